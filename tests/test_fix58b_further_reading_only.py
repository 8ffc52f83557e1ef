"""Fix 58b (1): a document whose only list is a further-reading one is read, never passed over.

A primer, a lesson, a newsletter or a report chapter often cites nothing (or cites only by
notes) and ends with a list under ``Further reading``, ``Weiterführende Literatur``,
``Lectures complémentaires``, ``Leituras adicionais``, ``Lecturas recomendadas``,
``Suggested reading``.  That list is the document's literature in Markdown (Pandoc, with
``<sup>`` notes, with no citation at all), AsciiDoc, DOCX and ODT, as it already was in
HTML, Org and plain text: read, and scoped as further reading (none of its works is
uncited; an AsciiDoc or Word list cited by nothing is not reported as a list whose
citations were not read).  Where no reader reads it, the refusal names it (exit 2), never
"no reference list found".

Own fixtures: invented primers on urban heat, soil carbon and version control; works and
people are invented or written as a reader remembers them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.cli import ExitCode, main
from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.evidence import citation_evidence, describe
from bibcheck.readers.readinghead import list_heading_index, reading_heading_index
from bibcheck.readers.uncited import uncited_list
from tests.test_fix56a_list_parts import _read

# ---------------------------------------------------------------- the heading, by its lines

APA = [
    "Okafor, N. C. (2011). Heat in the city. *Urban Climate Letters*, 4(2), 11–19.",
    "Lind, P., & Moreau, A. (2016). *Cool roofs in practice*. Leeds: Northern Press.",
]
HEADS = [
    # (lines, the further-reading heading's index, the list heading's index)
    pytest.param(["# Primer", "", "## Further reading", "", *(f"- {e}" for e in APA)], 2, 2,
                 id="bulleted"),
    pytest.param(["# Primer", "", "## Weiterführende Literatur", "", *(f"{k}. {e}" for k, e in
                  enumerate(APA, 1))], 2, 2, id="numbered-german"),
    pytest.param(["# Primer", "", "**Lectures complémentaires**", "", *APA], 2, 2,
                 id="bold-line-paragraphs"),
    pytest.param(["# Primer", "", "## Leituras adicionais", "", f"* {APA[0]}"], 2, 2,
                 id="portuguese"),
    # a reference list wins; the reading list is read as its reader reads parts
    pytest.param(["## References", "", f"- {APA[0]}", "", "## Further reading", "",
                  f"- {APA[1]}"], 4, 0, id="after-references"),
    # a reading list of links with a word each: the body's links, no list of works
    pytest.param(["## Reading list", "", "- [Why queues grow](https://example.org/q) — a talk.",
                  "- A new [report on queues](https://example.org/r): worth it."], None, None,
                 id="links-with-a-word"),
    # a reading heading over prose, or over nothing
    pytest.param(["## Further reading", "", "Ask the librarian for the course pack.", "",
                  "## Appendix"], None, None, id="over-prose"),
    pytest.param(["## Suggested reading", "## Next steps", f"- {APA[0]}"], None, None,
                 id="over-a-heading"),
    pytest.param(["## Further work", "", f"- {APA[0]}"], None, None, id="not-reading"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "reading", "listed"), HEADS)
def test_reading_heading_index(lines: list[str], reading: int | None, listed: int | None) -> None:
    assert reading_heading_index(lines) == reading
    assert list_heading_index(lines) == listed


# ---------------------------------------------------------------- whole Markdown documents

MD_PLAIN = """# Notes on urban heat

Cities are warmer than the countryside around them, and the difference grows with the
size of the built-up area. Trees and light roofs both help.

## {head}

{items}
"""

WORKS = [
    "Okafor, N. C. (2011). Heat in the city. *Urban Climate Letters*, 4(2), 11–19.",
    "Lind, P., & Moreau, A. (2016). *Cool roofs in practice*. Leeds: Northern Press.",
    "Varga, E. (2019). Street trees and night temperatures. *Journal of Green Streets*, "
    "7, 201–214. https://doi.org/10.5555/jgs.2019.07",
]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _families(doc: ParsedDocument) -> list[str]:
    return [e.reference.authors[0].split(",")[0] for e in doc.literature]


def _uncited(doc: ParsedDocument) -> list[AnomalyCode]:
    return [a.code for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]


@pytest.mark.parametrize(
    "head",
    [
        "Further reading",
        "Weiterführende Literatur",
        "Lectures complémentaires",
        "Leituras adicionais",
        "Lecturas recomendadas",
        "Suggested reading",
    ],
)
@pytest.mark.parametrize("bullet", ["- ", "* ", "1. "])
def test_markdown_only_list_is_read(tmp_path: Path, head: str, bullet: str) -> None:
    """No citation at all: the list is read, its entries' fields parsed."""
    items = "\n".join(
        f"{k}. {w}" if bullet == "1. " else f"{bullet}{w}" for k, w in enumerate(WORKS, 1)
    )
    doc = parse_file(_write(tmp_path, "primer.md", MD_PLAIN.format(head=head, items=items)))
    assert _families(doc) == ["Okafor", "Lind", "Varga"]
    assert [e.reference.year for e in doc.literature] == [2011, 2016, 2019]
    assert doc.literature[2].reference.doi == "10.5555/jgs.2019.07"
    assert _uncited(doc) == []


MD_NOTES = """# Harbour ledgers

The ledgers were read as trade records.[^1] Later work saw the clerks in them.[^2]

[^1]: Okafor (2011), p. 12.
[^2]: Lind and Moreau (2016), p. 40.

## Further reading

- Okafor, N. C. (2011). *Heat in the Harbour*. Leeds: Northern Press.
- Lind, P., & Moreau, A. (2016). *Clerks of the Port*. York: River Press.
- Varga, E. (2019). *Quays and Cranes*. Hull: Maritime Books.
"""

MD_SUP = """# Soil carbon primer

Soils store more carbon than plants and air together.<sup>1</sup>

---
<sup>1</sup> Estimate of the lab's own survey, 2021.

## Lecturas recomendadas

1. Okafor, N. C. (2004). Carbono en el suelo. *Revista de Suelos*, 30(4), 623–627.
2. Lind, P., & Moreau, A. (2000). La distribución vertical del carbono. *Ecología Aplicada*, 10(2), 423–436.
"""


def test_pandoc_notes_and_reading_list(tmp_path: Path) -> None:
    """Notes citing by author and year, and a further-reading list: both read, none uncited."""
    doc = parse_file(_write(tmp_path, "ledgers.md", MD_NOTES))
    assert doc.reader == "pandoc-markdown"
    assert len(doc.footnotes) == 2
    assert _families(doc) == ["Okafor", "Lind", "Varga"]
    assert _uncited(doc) == []


def test_sup_notes_and_reading_list(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "soil.md", MD_SUP))
    assert doc.reader == "sup-markdown"
    assert len(doc.footnotes) == 1
    assert _families(doc) == ["Okafor", "Lind"]
    assert [e.reference.title for e in doc.literature] == [
        "Carbono en el suelo",
        "La distribución vertical del carbono",
    ]


def test_reading_list_of_links_is_still_the_body_links(tmp_path: Path) -> None:
    """A newsletter citing by links, with a reading list of links: still link citations."""
    text = (
        "# Grid notes 12\n\nThe [queue report](https://example.org/queues) is out, and the "
        "[storage outlook](https://example.org/storage) too.\n\n## Reading list\n\n"
        "- [Why queues grow](https://example.org/why) — a long interview.\n"
        "- Our [back issue](https://example.org/issue/9) if you missed it.\n"
    )
    doc = parse_file(_write(tmp_path, "issue.md", text))
    assert doc.reader == "markdown-links"
    assert doc.literature == ()
    assert len(doc.footnotes) == 4


# ---------------------------------------------------------------- AsciiDoc, DOCX, ODT

CITED = [
    "Berg, Anna. 2004. The Customs House and Its Books. London: Verso.",
    "Hale, Thomas. 2011. Clerks of the Port. Oxford: Clarendon Press.",
]
MORE = [
    "Jones, Mark. 2020. Order in the Ledger. Hull: Maritime Books.",
    "Lee, Sara. 2018. Quays and Cranes. York: River Press.",
]
NOTES = ["Berg (2004), p. 12.", "Interview with a clerk, 12 May 2019."]


@pytest.mark.parametrize(
    "head", ["Further reading", "Weiterführende Literatur", "Lecturas recomendadas"]
)
@pytest.mark.parametrize("fmt", ["asciidoc", "docx", "odt", "pandoc-markdown"])
def test_only_list_read_in_every_format(fmt: str, head: str) -> None:
    doc = _read(fmt, [(1, head, [*CITED, *MORE])], NOTES)
    assert doc.reader == fmt
    assert [e.reference.raw.split(",")[0] for e in doc.literature] == [
        "Berg",
        "Hale",
        "Jones",
        "Lee",
    ]
    assert _uncited(doc) == []
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]


ADOC = """= Notes on urban heat
:author: A. Writer

Cities are warmer than the countryside around them.

== {head}

* Okafor, N. C. (2011). Heat in the city. _Urban Climate Letters_, 4(2), 11–19.
* Lind, P., & Moreau, A. (2016). _Cool roofs in practice_. Leeds: Northern Press.
"""


def test_asciidoc_reading_list_cited_by_nothing_is_no_unread_citations(tmp_path: Path) -> None:
    """A further-reading list is cited by nothing by its nature: not said as citations
    not read; a list headed as the references still is."""
    doc = parse_file(_write(tmp_path, "heat.adoc", ADOC.format(head="Further reading")))
    assert doc.reader == "asciidoc"
    assert _families(doc) == ["Okafor", "Lind"]
    assert [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION] == []
    doc = parse_file(_write(tmp_path, "heat2.adoc", ADOC.format(head="References")))
    assert [a.code for a in doc.all_anomalies()] == [AnomalyCode.UNREAD_REGION]


UNCITED = {
    # (paragraphs, reading) -> anomaly lines
    "list-no-candidate": ([(3, "Cities are warm.")], False, [7]),
    "reading-no-candidate": ([(3, "Cities are warm.")], True, []),
    "reading-with-a-year-in-parentheses": ([(3, "As shown (Okafor 2011).")], True, [3]),
}


@pytest.mark.parametrize(("paragraphs", "reading", "lines"), UNCITED.values(), ids=list(UNCITED))
def test_uncited_list(paragraphs: list[tuple[int, str]], reading: bool, lines: list[int]) -> None:
    found = uncited_list(paragraphs, 2, 7, reading=reading)
    assert [a.line for a in found] == lines


# ---------------------------------------------------------------- refusals and exit codes

RST = """Notes on urban heat
===================

Cities are warmer than the countryside around them.

Further reading
---------------

* Okafor, N. C. (2011). Heat in the city. *Urban Climate Letters*, 4(2), 11–19.
* Lind, P., & Moreau, A. (2016). *Cool roofs in practice*. Leeds: Northern Press.
"""


def test_evidence_names_a_reading_list() -> None:
    found = describe(citation_evidence(RST))
    assert (
        found == "a list under 'Further reading' (further reading; heading at line 6) with 2 items"
    )


def test_unread_reading_list_is_refused_with_its_lines(tmp_path: Path) -> None:
    """A format whose reader does not read the list: refused, naming the list (never "no
    reference list found", never a document that "cites nothing")."""
    with pytest.raises(InputError) as caught:
        parse_file(_write(tmp_path, "heat.rst", RST))
    assert type(caught.value) is InputError
    assert "a list under 'Further reading' (further reading; heading at line 6)" in str(
        caught.value
    )


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "b.db")
    items = "\n".join(f"- {w}" for w in WORKS)
    read = _write(tmp_path, "primer.md", MD_PLAIN.format(head="Further reading", items=items))
    assert main(["ingest", "--db", db, str(read)]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "3 literature entries" in out and "(a reference list only, no citations)" in out
    refused = _write(tmp_path, "heat.rst", RST)
    assert main(["ingest", "--db", db, str(refused)]) == ExitCode.INPUT
    assert "'Further reading'" in capsys.readouterr().err


LINKS_AND_WORKS = """# Grid notes 14

The [queue report](https://example.org/queues) is out, and the
[storage outlook](https://example.org/storage) too. Transmission is the
bottleneck, as [one long interview](https://example.org/why) argued.

## Suggested reading

- Okafor, N. C. (2011). Heat in the city. *Urban Climate Letters*, 4(2), 11–19.
- Lind, P., & Moreau, A. (2016). *Cool roofs in practice*. Leeds: Northern Press.
"""


def test_reading_list_of_a_links_page_is_read(tmp_path: Path) -> None:
    """A page citing by links with a list of works under a further-reading heading it
    does not cite: the list is read (its works need not be cited) and the body's links
    stay its citations (fix59b: it was reported as an unread region before)."""
    doc = parse_file(_write(tmp_path, "grid.md", LINKS_AND_WORKS))
    assert doc.reader == "markdown-links"
    assert [a.code for a in doc.all_anomalies() if a.code is not AnomalyCode.READER_UNCERTAIN] == []
    assert [(f.label, f.line) for f in doc.footnotes] == [("L1", 3), ("L2", 4), ("L3", 5)]
    assert [(e.line, e.reference.authors, e.reference.year) for e in doc.literature] == [
        (9, ("Okafor, N. C.",), 2011),
        (10, ("Lind, P.", "Moreau, A."), 2016),
    ]
