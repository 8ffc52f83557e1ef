"""Fix 57e (1): a further-reading list named in more words and languages.

A list headed ``Additional reading``, ``Ergänzende Literatur``, ``Letture aggiuntive``,
``Leituras adicionais``, ``Bibliographie complémentaire`` is a list of works the text need
not cite, also when it is the document's only list: none of its entries is uncited.  In
HTML, a list under such a heading (``Weiterführende Literatur`` after ``Literatur`` and
``Einzelnachweise``) is read, and scoped as further reading.

Own fixtures: an invented paper on harbour ledgers (the helpers of fix 56a build it in
each format).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.listscope import is_further_reading_heading
from tests.test_fix56a_list_parts import CITED, MORE, UNCITED, _read, _surnames, _uncited

HEADINGS = {
    "Additional reading": True,
    "Additional Readings": True,
    "Supplementary reading": True,
    "Ergänzende Literatur": True,
    "Literaturempfehlungen": True,
    "Lektüreempfehlungen": True,
    "Leituras adicionais": True,
    "Letture aggiuntive": True,
    "Lecturas adicionales": True,
    "Bibliographie complémentaire": True,
    "Aanvullende literatuur": True,
    # a list of the works cited, or no list at all
    "Additional references": False,
    "Additional information": False,
    "Literaturhinweise": False,
    "Literatur": False,
    "Supplementary material": False,
}


@pytest.mark.parametrize(("text", "want"), HEADINGS.items())
def test_further_reading_heading(text: str, want: bool) -> None:
    assert is_further_reading_heading(text) is want


NOTES = ["See the harbour board's website, https://example.org/port", "Interview, 12 May 2019."]


@pytest.mark.parametrize(
    "head", ["Additional reading", "Ergänzende Literatur", "Letture aggiuntive"]
)
@pytest.mark.parametrize("fmt", ["org", "pdf-text", "html"])
def test_only_list_is_further_reading(fmt: str, head: str) -> None:
    """The document's only list is a further-reading one: read, and none uncited."""
    parsed = _read(fmt, [(1, head, [*CITED, UNCITED, *MORE[:2]])], NOTES)
    assert _surnames(parsed) == {"Berg", "Hale", "Moss", "Jones", "Lee"}
    assert _uncited(parsed) == set()


def test_only_list_named_as_the_list_is_still_uncited() -> None:
    """The same list headed ``Literatur``: its works are uncited (the check still works)."""
    parsed = _read("pdf-text", [(1, "Literatur", [*CITED, UNCITED])], NOTES)
    assert _uncited(parsed) == {"Berg", "Hale", "Moss"}


LIT = [
    "Berg, Anna: Das Zollhaus und seine Bücher. Berlin 2004.",
    "Hale, Thomas: Die Schreiber des Hafens. München 2011.",
    "Moss, Ian: Gezeiten des Handels. Leipzig 2015.",
]
READING = [
    "Jones, Mark: Ordnung im Hauptbuch. Hamburg 2020.",
    "Lee, Sara: Kais und Kräne. Bremen 2018.",
]
GERMAN_NOTES = ["Berg: Das Zollhaus und seine Bücher, S. 12.", "Hale: Die Schreiber, S. 40."]


def _page(order: list[str], reading: str) -> bytes:
    out = [
        "<!DOCTYPE html>",
        "<html><body>",
        "<h1>Hafenbücher</h1>",
        '<p>Die Bücher wurden als Handelsregister gelesen.<sup id="r1"><a href="#fn1">1</a>'
        '</sup> Spätere Arbeiten sahen die Schreiber.<sup id="r2"><a href="#fn2">2</a></sup></p>',
    ]
    for head in order:
        out.append(f"<h2>{reading if head == 'reading' else head}</h2>")
        if head == "Einzelnachweise":
            out += ["<ol>"]
            out += [f'<li id="fn{k}">{n}</li>' for k, n in enumerate(GERMAN_NOTES, 1)]
            out += ["</ol>"]
        else:
            items = LIT if head == "Literatur" else READING
            out += ["<ul>", *(f"<li>{e}</li>" for e in items), "</ul>"]
    return "\n".join([*out, "</body></html>"]).encode()


@pytest.mark.parametrize(
    "order",
    [
        ["Literatur", "reading", "Einzelnachweise"],
        ["Einzelnachweise", "Literatur", "reading"],
        ["Literatur", "Einzelnachweise", "reading"],
    ],
)
@pytest.mark.parametrize(
    "reading", ["Weiterführende Literatur", "Lecturas complementarias", "Pour aller plus loin"]
)
def test_html_second_list_is_further_reading(order: list[str], reading: str) -> None:
    parsed = parse_bytes(_page(order, reading), "paper.html")
    assert parsed.reader == "html"
    assert [e.reference.raw.split(",")[0] for e in parsed.literature] == [
        "Berg",
        "Hale",
        "Moss",
        "Jones",
        "Lee",
    ]
    uncited = [a for a in parsed.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert [a.literature_entry for a in uncited] == [3]
