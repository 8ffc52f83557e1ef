"""Fix 60a (3): a further-reading list after the references is read in markdown-links, Org
and AsciiDoc, as sup-markdown reads it: its works are entries labelled ``FR1``, ``FR2``…
and listed on purpose (never uncited), never the notes the text cites; a section of prose
or of links with a word each is no list of works and stays unread.

Own fixtures: an invented note on tides and harbours; works and people are invented.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument, RawNote
from bibcheck.readers.common import read_list
from bibcheck.readers.readinglists import labelled, section_entries, with_reading
from bibcheck.readers.readingsection import markdown_reading_sections, reading_sections
from bibcheck.readers.sourceheads import source_heads

# ----------------------------------------------------------------- the pure functions


@pytest.mark.parametrize(
    ("lines", "breaks", "expected"),
    [
        (
            ["## Further reading", "", "- Marsh, T. (2009). *Coastlines*.", "- Ortega, R. (2019)."],
            (),
            [("FR1", 3), ("FR2", 4)],
        ),
        # a sub-heading starts a part of its own ("** Books", "** Articles")
        (
            [
                "* Further reading",
                "** Books",
                "1. Ruiz, A. (2004). x.",
                "** Articles",
                "1. Vidal, M.",
            ],
            (1, 2, 4),
            [("FR1", 3), ("FR2", 5)],
        ),
        # paragraphs apart by blank lines
        (
            ["## Pour aller plus loin", "", "Marchand, L. (2008). x.", "", "Roux, C. (2015). y."],
            (),
            [("FR1", 3), ("FR2", 5)],
        ),
    ],
)
def test_section_entries(
    lines: list[str], breaks: tuple[int, ...], expected: list[tuple[str, int]]
) -> None:
    heads = source_heads("org" if lines[0].startswith("* ") else "sup-markdown", lines)
    sections = list(reading_sections(lines, heads, nested=True))
    found = section_entries(lines, sections, breaks=breaks)
    assert [(e.label, e.line) for e in found] == expected
    assert all(e.nocite for e in found)


def test_labelled_continues() -> None:
    lines = ["## Further reading", "- Marsh, T. (2009). *Coastlines*. Delta Press."]
    first = section_entries(lines, list(markdown_reading_sections(lines)))
    assert [e.label for e in labelled(first, 2)] == ["FR3"]


_ORG = [
    "* Body",
    "Tides follow the moon [1].",
    "* References",
    "1. Okafor N. Tidal forces. Harbour Books; 2011.",
    "* Further reading",
    "- Marsh, T. (2009). /Coastlines/. Delta Press.",
    "- Ortega, R. (2019). /Estuaries/. Sal Books.",
]


def _read(start: int, stop: int, file: str = "") -> list[RawNote]:
    items, _, _ = read_list(_ORG, start, set(), stop)
    return [replace(e, file=file) for e in items]


@pytest.mark.parametrize(
    ("literature", "expected"),
    [
        # beside the references: read apart, labelled FR
        (_read(3, 4), [("1", 4), ("FR1", 6), ("FR2", 7)]),
        # beside a .bib's entries too (a line of the .bib is no line of the document)
        (_read(3, 4, "refs.bib"), [("1", 4), ("FR1", 6), ("FR2", 7)]),
        # the document's only list: left as the reader read it
        (_read(5, 7), [("1", 6), ("2", 7)]),
        ([], []),
    ],
)
def test_with_reading(literature: list[RawNote], expected: list[tuple[str, int]]) -> None:
    sections = list(reading_sections(_ORG, source_heads("org", _ORG), nested=True))
    listed = with_reading(_ORG, sections, literature, set())
    assert [(e.label, e.line) for e in listed] == expected


# ------------------------------------------------------------------ whole documents

_LINKS_BODY = """# Tides and harbours

Tides follow the moon, as [a study of tidal forces](https://example.org/okafor) showed.
Harbours silt up [within decades](https://example.org/lindqvist), and dredging follows.

## References

1. Okafor, N. (2011). [Tidal forces](https://example.org/okafor). Harbour Books.
2. Lindqvist, P. (2016). [Silting harbours](https://example.org/lindqvist). Nordic Press.

"""

_ORG_NUMBERED = """#+TITLE: Tides

* Body
Tides follow the moon [1]. Harbours silt up [2].

* References
1. Okafor N. Tidal forces. Harbour Books; 2011.
2. Lindqvist P. Silting harbours. Nordic Press; 2016.

"""

_ORG_NOTES = """#+TITLE: Tides

* Body
Tides follow the moon.[fn:1] Harbours silt up.[fn:2]

* Notes
[fn:1] Okafor, N. (2011). /Tidal forces/. Harbour Books, p. 4.
[fn:2] Lindqvist, P. (2016). /Silting harbours/. Nordic Press, p. 9.

* References
- Okafor, N. (2011). /Tidal forces/. Harbour Books.
- Lindqvist, P. (2016). /Silting harbours/. Nordic Press.

"""

_ADOC_KEYS = """= Tides

Tides follow the moon <<okafor>>. Harbours silt up <<lindqvist>>.

[bibliography]
== References

* [[[okafor]]] Okafor N. Tidal forces. Harbour Books; 2011.
* [[[lindqvist]]] Lindqvist P. Silting harbours. Nordic Press; 2016.

"""

_ADOC_PLAIN = """= Tides

Tides follow the moon (Okafor 2011). Harbours silt up (Lindqvist 2016).

== References

* Okafor, N. (2011). _Tidal forces_. Harbour Books.
* Lindqvist, P. (2016). _Silting harbours_. Nordic Press.

"""

MAIN = {
    "links.md": (_LINKS_BODY, "markdown-links", ["1", "2"], ["1", "2"]),
    "numbered.org": (_ORG_NUMBERED, "org", ["1", "2"], ["1", "2"]),
    "notes.org": (_ORG_NOTES, "org", ["1", "2"], ["1", "2"]),
    "keys.adoc": (_ADOC_KEYS, "asciidoc", ["okafor", "lindqvist"], ["okafor", "lindqvist"]),
    "plain.adoc": (_ADOC_PLAIN, "asciidoc", ["1", "2"], ["1", "2"]),
}

# (the further-reading section in each format's markup, the years of its works)
READING = {
    "md": [
        (
            "## Further reading\n\n- Marsh, T. (2009). *Coastlines*. Delta Press.\n"
            "- Ortega, R. (2019). *Estuaries*. Sal Books.\n",
            [2009, 2019],
        ),
        (
            "## Weiterführende Literatur\n\n* Keller, U. (2005). *Gezeiten*. Hafen Verlag.\n"
            "* Brandt, O. (2013). *Küsten*. Nordsee Verlag.\n",
            [2005, 2013],
        ),
        (
            "## Lecturas adicionales\n\n1. Ruiz, A. (2004). *Mareas y puertos*. Editorial "
            "Costa.\n2. Vidal, M. (2012). *Estuarios*. Ediciones Ría.\n",
            [2004, 2012],
        ),
        (
            "## Pour aller plus loin\n\nMarchand, L. (2008). *Les marées*. Éditions du Port.\n\n"
            "Roux, C. (2015). *Estuaires*. Presses de la Côte.\n",
            [2008, 2015],
        ),
    ],
    "org": [
        (
            "* Further reading\n- Marsh, T. (2009). /Coastlines/. Delta Press.\n"
            "- Ortega, R. (2019). /Estuaries/. Sal Books.\n",
            [2009, 2019],
        ),
        (
            "* Weiterführende Literatur\n- Keller, U. (2005). /Gezeiten/. Hafen Verlag.\n"
            "- Brandt, O. (2013). /Küsten/. Nordsee Verlag.\n",
            [2005, 2013],
        ),
        (
            "* Pour aller plus loin\n\nMarchand, L. (2008). /Les marées/. Éditions du Port.\n\n"
            "Roux, C. (2015). /Estuaires/. Presses de la Côte.\n",
            [2008, 2015],
        ),
        (
            "* Lecturas adicionales\n** Libros\n1. Ruiz, A. (2004). /Mareas y puertos/. "
            "Editorial Costa.\n** Artículos\n1. Vidal, M. (2012). Estuarios del norte. /Revista "
            "de Costas/, 4(2), 11–19.\n* Index\nharbours, tides\n",
            [2004, 2012],
        ),
    ],
    "adoc": [
        (
            "== Further reading\n\n* Marsh, T. (2009). _Coastlines_. Delta Press.\n"
            "* Ortega, R. (2019). _Estuaries_. Sal Books.\n",
            [2009, 2019],
        ),
        (
            "== Weiterführende Literatur\n\n. Keller, U. (2005). _Gezeiten_. Hafen Verlag.\n"
            ". Brandt, O. (2013). _Küsten_. Nordsee Verlag.\n",
            [2005, 2013],
        ),
        (
            "Lecturas adicionales\n--------------------\n\nRuiz, A. (2004). _Mareas y puertos_. "
            "Editorial Costa.\n\nVidal, M. (2012). _Estuarios_. Ediciones Ría.\n",
            [2004, 2012],
        ),
        (
            "== Pour aller plus loin\n\n=== Livres\n\n* Marchand, L. (2008). _Les marées_. "
            "Éditions du Port.\n\n=== Articles\n\n* Roux, C. (2015). Estuaires du nord. _Revue "
            "des côtes_, 4(2), 11–19.\n\n== Index\n\nharbours, tides\n",
            [2008, 2015],
        ),
    ],
}

CASES = [
    pytest.param(name, k, id=f"{name}-{k}")
    for name in MAIN
    for k in range(len(READING[name.rsplit(".", 1)[1]]))
]


def _doc(tmp_path: Path, name: str, text: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(str(path))


@pytest.mark.parametrize(("name", "k"), CASES)
def test_reading_list_read(tmp_path: Path, name: str, k: int) -> None:
    body, reader, notes, labels = MAIN[name]
    section, years = READING[name.rsplit(".", 1)[1]][k]
    doc = _doc(tmp_path, name, body + section)
    assert doc.reader == reader
    assert [e.label for e in doc.literature] == [*labels, "FR1", "FR2"]
    assert [e.reference.year for e in doc.literature[-2:]] == years
    # the notes are the reference list's, never the further-reading list's
    assert [f.label for f in doc.footnotes] == notes
    # no finding at all: nothing uncited, missing, unread or unlisted
    assert [a.code.value for a in doc.anomalies] == []


@pytest.mark.parametrize("name", list(MAIN))
def test_without_reading_list_unchanged(tmp_path: Path, name: str) -> None:
    body, reader, notes, labels = MAIN[name]
    doc = _doc(tmp_path, name, body)
    assert (doc.reader, [e.label for e in doc.literature]) == (reader, labels)
    assert [a.code.value for a in doc.anomalies] == []


PROSE = {
    "md": "## Further reading\n\nAsk at the harbour office for the local tide tables.\n",
    "org": "* Further reading\nAsk at the harbour office for the local tide tables.\n",
    "adoc": "== Further reading\n\nAsk at the harbour office for the local tide tables.\n",
}


@pytest.mark.parametrize("name", list(MAIN))
def test_prose_section_is_no_list(tmp_path: Path, name: str) -> None:
    body, reader, notes, labels = MAIN[name]
    doc = _doc(tmp_path, name, body + PROSE[name.rsplit(".", 1)[1]])
    assert [e.label for e in doc.literature] == labels
    assert [a.code.value for a in doc.anomalies] == []


def test_links_reading_list_of_links_is_no_list(tmp_path: Path) -> None:
    # (a word or two on each link: links the body's reader reads, no works)
    section = (
        "## Further reading\n\n- [Why tides rise](https://blog.example.net/tides) — an "
        "interview\n- [Mud and boats](https://blog.example.net/mud) — a podcast\n"
    )
    doc = _doc(tmp_path, "links.md", _LINKS_BODY + section)
    assert [e.label for e in doc.literature] == ["1", "2"]
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert [(a.code.value, a.line) for a in doc.anomalies] == [("link-not-cited", 13)]
