"""fix64f: shapes met in a sweep of real AsciiDoc, Typst, Org and ODT documents.

* Hayagriva prints a formattable string without the braces that keep its text from case
  changes (``Post-Quantum {TLS}``), and the reader stored them in the title.
* An AsciiDoc list of references whose items open with their own inline anchor
  (``. [[brena]]R. F. Brena, ...``) cited by ``<<brena>>`` was read as wikitext links.
* A Typst thesis template that includes the chapters the main file names
  (``for c in chapters { include "chapters/" + c + ".typ" }``) was read as an empty
  document with no anomaly: a silent zero.
* A Typst footnote that is all code (``#footnote[#src("app/x")]``) was a marker without
  definition.
* A median with its interquartile range, ``49 [40-67]``, was read as citations of works 40
  to 67 (28 false ``citation-key-missing``).

Every document and entry here was written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.hayagriva import to_csl
from bibcheck.readers.plaintext import numeric_citations

# --------------------------------------------------------------------------
# Hayagriva: case-protecting braces are no text
# --------------------------------------------------------------------------

_BRACES = [
    ("Fast {GPU} Kernels for Sparse Solvers", "Fast GPU Kernels for Sparse Solvers"),
    ("{RFC} 9000 in Practice", "RFC 9000 in Practice"),
    ("Die {Bundesrepublik} und der {NATO}-Beitritt", "Die Bundesrepublik und der NATO-Beitritt"),
    ("Nested {{ACME}} braces", "Nested ACME braces"),
    ("A cost of \\{x\\} units", "A cost of {x} units"),
    ("Bounds for ${n}^2$ terms in {LaTeX}", "Bounds for ${n}^2$ terms in LaTeX"),
    ("Pipes {|} and angles {<}a{>}", "Pipes | and angles <a>"),
]


@pytest.mark.parametrize(("written", "printed"), _BRACES)
def test_hayagriva_title_drops_case_braces(written: str, printed: str) -> None:
    item = to_csl("k", {"type": "article", "title": written, "date": 2021})
    assert item["title"] == printed


def test_hayagriva_parent_and_publisher_drop_braces() -> None:
    item = to_csl(
        "k",
        {
            "type": "article",
            "title": {"value": "{SAT} Solving at Scale", "short": "{SAT}"},
            "parent": {"type": "proceedings", "title": "Proc. {IEEE} {S\\&P}"},
            "publisher": "{ACM} Press",
        },
    )
    assert item["title"] == "SAT Solving at Scale"
    assert item["container-title"] == "Proc. IEEE S\\&P"
    assert item["publisher"] == "ACM Press"


# --------------------------------------------------------------------------
# AsciiDoc: list items opened by their own inline anchor
# --------------------------------------------------------------------------

_ANCHORED = [
    (
        "= Indoor positioning survey\n:toc:\n\n== Background\n\n"
        "Fingerprinting was surveyed early <<kim>>, and magnetic maps came later <<ota,Ota>>.\n"
        "Both are compared in <<kim>>.\n\n"
        "=== References\n\n"
        ". [[kim]]J. Kim, \u201cRadio fingerprints indoors,\u201d J. Loc. Syst., vol. 3, 2011.\n"
        ". [[ota]] K. Ota and R. Lee. Magnetic field maps for phones. Sensors 12, 2016.\n"
        ". [[uncited]]P. Moe. A further survey of beacons. 2018.\n",
        {"kim": 2, "ota": 1},
    ),
    (
        "= Bericht\n\n== Einleitung\n\nDas Verfahren stammt von <<mueller2019>> und wurde "
        "erweitert <<schmidt2020>>.\n\n"
        "== Literaturverzeichnis\n\n"
        "* [[mueller2019]]M\u00fcller, A. (2019). Ortung in Geb\u00e4uden. Berlin: Springer.\n"
        "* anchor:schmidt2020[] Schmidt, B. (2020). Funkkarten. M\u00fcnchen: Hanser.\n",
        {"mueller2019": 1, "schmidt2020": 1},
    ),
]


@pytest.mark.parametrize(("text", "cited"), _ANCHORED)
def test_asciidoc_inline_anchored_entries_are_cited(
    tmp_path: Path, text: str, cited: dict[str, int]
) -> None:
    path = tmp_path / "draft.adoc"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "asciidoc"
    got = {f.label: len(f.markers) for f in doc.footnotes}
    assert got == cited
    labels = {e.label for e in doc.literature}
    assert set(cited) <= labels
    # the anchor is no part of the entry's text
    assert all(
        "[[" not in (e.reference.authors[0] if e.reference.authors else "") for e in doc.literature
    )


# --------------------------------------------------------------------------
# Typst: a template including the chapters the main file names
# --------------------------------------------------------------------------

_BIB = (
    "@article{ahn2020,\n  author = {Ahn, Jae},\n  title = {Sandboxes on phones},\n"
    "  journal = {Mobile Systems},\n  year = {2020},\n}\n"
    "@book{berg2018,\n  author = {Berg, Lena},\n  title = {Virtual apps},\n"
    "  publisher = {Acme},\n  year = {2018},\n}\n"
)

_TEMPLATES = [
    # (loop as the template writes it, how the main file names the chapters)
    (
        '  for chapter in chapters {\n    include "chapters/" + chapter + ".typ"\n  }\n',
        'chapters: ("intro", "method"),',
    ),
    (
        '  for name in parts {\n    include("chapters/" + name + ".typ")\n  }\n',
        'parts: ("intro", "method"),',
    ),
]


def _thesis(tmp_path: Path, loop: str, given: str) -> Path:
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "intro.typ").write_text(
        "= Introduction\n\nApps run in sandboxes @ahn2020.\n", encoding="utf-8"
    )
    (tmp_path / "chapters" / "method.typ").write_text(
        "= Method\n\nWe follow @berg2018[p. 7] and @ahn2020.\n", encoding="utf-8"
    )
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    params = given.split(":")[0]
    (tmp_path / "template.typ").write_text(
        f"#let thesis(title: none, {params}: (), body) = {{\n"
        '  set page(paper: "a4")\n' + loop + '  bibliography("refs.bib")\n  body\n}\n',
        encoding="utf-8",
    )
    main = tmp_path / "thesis.typ"
    main.write_text(
        f'#import "template.typ": thesis\n\n#show: thesis.with(\n  title: [Apps],\n  {given}\n)\n',
        encoding="utf-8",
    )
    return main


@pytest.mark.parametrize(("loop", "given"), _TEMPLATES)
def test_typst_template_reads_named_chapters(tmp_path: Path, loop: str, given: str) -> None:
    doc = parse_file(_thesis(tmp_path, loop, given))
    assert doc.reader == "typst"
    got = {f.label: len(f.markers) for f in doc.footnotes}
    assert got == {"ahn2020": 2, "berg2018": 1}
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.INCLUDE_UNREADABLE]


@pytest.mark.parametrize(
    "include",
    [
        '  for c in chapters {\n    include "chapters/" + c + ".typ"\n  }\n',  # no values
        "  include chapter-file(1)\n",  # an expression
    ],
)
def test_typst_unfollowed_expression_include_is_said(tmp_path: Path, include: str) -> None:
    (tmp_path / "template.typ").write_text(
        "#let thesis(chapters: (), body) = {\n" + include + "  body\n}\n", encoding="utf-8"
    )
    main = tmp_path / "thesis.typ"
    main.write_text(
        '#import "template.typ": thesis\n#show: thesis.with()\n\n= Intro\n\nText.\n',
        encoding="utf-8",
    )
    doc = parse_file(main, reader="typst")
    assert [a for a in doc.anomalies if a.code is AnomalyCode.INCLUDE_UNREADABLE]


# --------------------------------------------------------------------------
# Typst: a footnote that is all code
# --------------------------------------------------------------------------

_CODE_NOTES = [
    '#footnote[#source-link("app/Models")]',
    '#footnote[#repo("src/main.rs", line: 12)]',
    '#footnote[#link(base + "/docs")]',
]


@pytest.mark.parametrize("note", _CODE_NOTES)
def test_typst_code_footnote_is_a_note(tmp_path: Path, note: str) -> None:
    path = tmp_path / "report.typ"
    path.write_text(
        '#let base = "https://example.org"\n\n= Design\n\n'
        f"The models are kept apart{note}. A second remark#footnote[Plain words.].\n",
        encoding="utf-8",
    )
    doc = parse_file(path, reader="typst")
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert not doc.stray_markers
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.MARKER_WITHOUT_DEFINITION]


# --------------------------------------------------------------------------
# Numeric citations: an estimate's interval is no range of works
# --------------------------------------------------------------------------

_INTERVALS = [
    # (text, the labels cited: each text has an interval, some a citation beside it)
    ("The median was 49[40-67] days.", []),
    ("Median stay 49 [40\u201367] days in the cohort.", []),
    ("Die mittlere Dauer betrug 3,5 [2-6] Stunden [7].", ["7"]),
    ("The odds ratio was 12 [10-15] in the trial.", []),
    ("As shown in [4-6], the median was 49 [40-67].", ["4", "5", "6"]),
    ("In 2019 [3-5] found a median of 20 [11-30].", ["3", "4", "5"]),
    ("Up to 35%[2-3] had a median of 8 [6-9] visits.", ["2", "3"]),
    ("Several studies 7 [8-9] agree: 14 [10-22] days.", ["8", "9"]),
]


@pytest.mark.parametrize(("text", "labels"), _INTERVALS)
def test_estimate_interval_is_no_citation(text: str, labels: list[str]) -> None:
    found = [label for _, _, ls in numeric_citations(text) for label in ls]
    assert found == labels
