"""Findings and anomalies name the file their line is in (an included chapter, a .bib):
``places`` on every finding and ``file`` on every anomaly in the JSON report and the
export, ``file:line`` in the Markdown and HTML reports -- and the document's own lines
stay bare numbers.  Also the shared observatory word and the DIN-or-caps-colon decision
made once, in :mod:`bibcheck.parse.references.caps_colon`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.errors import InputError
from bibcheck.export.json import build_export
from bibcheck.manuscript import parse_file
from bibcheck.model import Anomaly, AnomalyCode, ParsedDocument
from bibcheck.parse.references import caps_colon, patterns, reportkind
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.xmlkind import foreign_xml
from bibcheck.report import load_reports, render
from bibcheck.report.json import report_json
from bibcheck.store import open_db
from bibcheck.store.documents import save_document
from tests.helpers import T0

MAIN = r"""\documentclass{article}
\begin{document}
Ports grew quickly.\footnote{See \url{https://example.org/harbour}.}
\input{chapters/history}
\end{document}
"""

# two notes of the included chapter cite one URL (a duplicate-citation finding), a third
# closes its URL with a parenthesis (an anomaly of that note)
CHAPTER = r"""\section{History}
The quay was rebuilt twice.\footnote{Port Board, \emph{Annual Report}, 1901, \url{https://example.org/report1901}.}
Trade doubled after the railway.\footnote{Port Board, \emph{Annual Report}, 1901, \url{https://example.org/report1901}.}
Cranes came later.\footnote{See \url{https://example.org/cranes).}
"""
HERE = "chapters/history.tex"


@pytest.fixture
def project(tmp_path: Path) -> ParsedDocument:
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "history.tex").write_text(CHAPTER)
    (tmp_path / "main.tex").write_text(MAIN)
    return parse_file(tmp_path / "main.tex")


def _stored(doc: ParsedDocument, path: Path) -> Database:
    db = open_db(path)
    save_document(db, doc, size=1, now=T0)
    return db


def _kind(findings: list[dict[str, object]], kind: str) -> dict[str, object]:
    return next(f for f in findings if f["kind"] == kind)


def test_the_notes_of_the_chapter_carry_its_file(project: ParsedDocument) -> None:
    # the premise the rest relies on: the reader records where the included lines are
    assert [(fn.label, fn.file) for fn in project.footnotes] == [
        ("1", ""),
        ("2", HERE),
        ("3", HERE),
        ("4", HERE),
    ]


def test_a_finding_in_an_included_file_is_placed_there(
    project: ParsedDocument, tmp_path: Path
) -> None:
    db = _stored(project, tmp_path / "r.db")
    (data,) = load_reports(db)
    finding = _kind(report_json(data)["findings"], "duplicate-citation")
    assert finding["lines"] == [2, 3]
    assert finding["places"] == [f"{HERE}:2", f"{HERE}:3"]
    assert f"line {HERE}:2, {HERE}:3" in render(data, "md")
    assert f"{HERE}:2, {HERE}:3" in render(data, "html")
    exported = _kind(build_export(db)["findings"], "duplicate-citation")
    assert exported["places"] == finding["places"]
    assert exported["lines"] == finding["lines"]  # the documented field is unchanged


def test_the_documents_own_lines_stay_numbers(tmp_path: Path) -> None:
    text = "Ports grew.[^1] Quays too.[^2]\n\n[^1]: See <https://example.org/a>.\n\n"
    text += "[^2]: See <https://example.org/a>.\n"
    path = tmp_path / "post.md"
    path.write_text(text)
    db = _stored(parse_file(path), tmp_path / "p.db")
    (data,) = load_reports(db)
    finding = _kind(report_json(data)["findings"], "duplicate-citation")
    assert finding["places"] == [str(n) for n in finding["lines"]]  # type: ignore[union-attr]
    assert all(a["file"] is None for a in report_json(data)["anomalies"])


@pytest.mark.parametrize(
    ("line", "footnotes", "literature", "want"),
    [
        # a note's line in the chapter: placed by the note the finding concerns
        (2, ("2",), (), f"{HERE}:2"),
        # the same line, but the finding names no note or entry: not guessed
        (2, (), (), "2"),
        # a line of main.tex for a note of main.tex stays bare
        (3, ("1",), (), "3"),
        # a line no named note holds stays bare too
        (9, ("2",), (), "9"),
        # an unknown label or entry number
        (2, ("99",), (7,), "2"),
    ],
)
def test_placer_table(
    project: ParsedDocument,
    line: int,
    footnotes: tuple[str, ...],
    literature: tuple[int, ...],
    want: str,
) -> None:
    assert project.placer().places((line,), footnotes, literature) == (want,)
    assert project.line_places((line,), footnotes, literature) == (want,)


def test_anomalies_carry_their_file(project: ParsedDocument, tmp_path: Path) -> None:
    db = _stored(project, tmp_path / "a.db")
    (data,) = load_reports(db)
    trailing = [
        a for a in report_json(data)["anomalies"] if a["code"] == "url-trailing-punctuation"
    ]
    assert [(a["line"], a["footnote"], a["file"]) for a in trailing] == [(4, "4", HERE)]
    exported = [a for a in build_export(db)["anomalies"] if a["code"] == "url-trailing-punctuation"]
    assert [a["file"] for a in exported] == [HERE]
    damaged = [a for a in report_json(data)["anomalies"] if a["code"] == "document-damaged"]
    assert damaged and all(a["file"] is None for a in damaged)  # concerns no note: not guessed
    lone = Anomaly(AnomalyCode.URL_MISSING, "x", None, footnote="2")
    assert project.anomaly_file(lone) == ""


@pytest.mark.parametrize(
    ("name", "observatory"),
    [
        ("Osservatorio Smart Working", True),
        ("Observatorio de la Sostenibilidad", True),
        ("Observatório das Metrópoles", True),
        ("Obserwatorium Polskiej Nauki", True),
        ("European Observatory on Health Systems", True),
        ("Observation Post Ltd", False),
        ("Servatorio Rossi", False),
    ],
)
def test_one_observatory_word_for_both_rules(name: str, observatory: bool) -> None:
    assert (reportkind._OBSERVATORY.search(name) is not None) is observatory
    word = re.compile(rf"\b{patterns.OBSERVATORY_WORD}\b", re.IGNORECASE)
    assert (word.search(name) is not None) is observatory


@pytest.mark.parametrize(
    ("body", "authors", "title"),
    [
        # DIN ISO 690: capitals and written-out given names, a German designation -> German
        (
            "VOGT, Karin: Holzbau im Bestand. Kassel, Universität, Dissertation, 2016",
            ("Vogt",),
            "Holzbau im Bestand",
        ),
        # the Spanish shape stays caps_colon's: initials, an italic title, no German word
        (
            "RALLO LOMBARTE, A.: *El derecho al olvido*, Tirant lo Blanch, Valencia, 2014",
            ("RALLO LOMBARTE, A.",),
            "El derecho al olvido",
        ),
    ],
)
def test_din_or_caps_colon_is_decided_once(body: str, authors: tuple[str, ...], title: str) -> None:
    fields = caps_colon.parse(body)
    assert fields is not None
    assert [a.split(",")[0].casefold() for a in fields.authors][:1] == [
        a.split(",")[0].casefold() for a in authors
    ]
    assert fields.title == title


@pytest.mark.parametrize(
    ("heading", "literature"),
    [
        ("# IV. Webographie et références", True),
        ("## Fuentes y bibliografía", True),
        ("# Literatur / Quellen", True),
        ("# 2. Sources, Literatur", True),
        ("# VII) Bibliografia", True),
        ("# Quellen und Literatur", True),
        ("**Bibliografia e sitografia**", True),
        # a listed name joined to a word that is not one
        ("# Sources and methods", False),
        ("# Literature and culture", False),
        ("# Notes and sources", False),
        # a word that merely starts like a numeral
        ("# Mix. References", False),
        ("# Webographie et", False),
    ],
)
def test_joined_and_roman_numbered_list_headings(heading: str, literature: bool) -> None:
    assert is_literature_heading(heading) is literature


TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>History of the Harbour, vol. 2</title></titleStmt>
<sourceDesc><bibl>Printed for the author, 1781.</bibl></sourceDesc></fileDesc></teiHeader>
<text><body><p>The quay was rebuilt.<note place="bottom">See the Board's minutes, 1779.</note>
Trade grew.<note place="bottom">Smith, Harbours, p. 12.</note><note place="margin">1780.</note></p>
</body></text></TEI>
"""


@pytest.mark.parametrize("name", ["gibbon.xml", "edition.tei", "notes.html"])
def test_a_tei_edition_is_refused_by_name_with_its_notes(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(TEI)
    with pytest.raises(InputError) as refused:
        parse_file(path)
    message = str(refused.value)
    assert "a TEI document (XML, root element <TEI>, holding 3 note elements" in message
    assert "(2 at a page's foot or end), 1 bibliographic items)" in message


def test_an_html_page_that_mentions_tei_is_not_taken_for_one(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Encoding</title></head><body>"
        "<p>We encoded the letters in TEI.<sup><a href='#fn1' id='r1'>1</a></sup></p>"
        "<ol><li id='fn1'>J. Smith, <i>Editing Letters</i> (London: Dock Press, 2015), 4."
        "</li></ol></body></html>"
    )
    assert foreign_xml(page) is None
    path = tmp_path / "page.html"
    path.write_text(page)
    assert [fn.label for fn in parse_file(path).footnotes] == ["1"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a root no HTML has, with no prolog: refused as XML
        ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><text/></TEI>", "TEI"),
        ("<TEI.2><text/></TEI.2>", "TEI.2"),
        ("<rdf:RDF xmlns:rdf='x'></rdf:RDF>", "rdf:RDF"),
        # roots HTML fragments share: no prolog, no judgement
        ("<article><p>Text.</p></article>", None),
        ("<div><p>Text.<sup>1</sup></p></div>", None),
        ("<book>x</book>", None),
    ],
)
def test_bare_xml_roots(text: str, root: str | None) -> None:
    doc = foreign_xml(text)
    assert (doc.root if doc is not None else None) == root
