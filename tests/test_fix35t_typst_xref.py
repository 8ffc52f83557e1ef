"""Typst cross references that are no citations, and bibliography files named twice.

* ``@fig:map`` of the ``i-figured`` package (and the thesis templates built on it) refers
  to the figure labelled ``<map>``: the package adds the kind's prefix (``fig:``,
  ``tbl:``, ``lst:``, ``eqt:``).  A key no label and no entry has, shaped like a cross
  reference, is a broken cross reference (``xref-unresolved``, an info), not a missing
  citation key.
* A label inside math (the ``equate`` package's per-line ``#<eq:a>``, ``#label("a")``)
  and ``#label("a")`` in markup are labels.
* A bibliography file named again (by each chapter importing the module that names it)
  is read and listed once.

Every text here is written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, BibliographyFile, RawDocument
from bibcheck.parse.coverage import coverage
from bibcheck.readers import ReadOptions
from bibcheck.readers import typst as reader
from bibcheck.readers.bibsource import Source, load
from bibcheck.readers.typstscan import scan

BIB = (
    "@book{okafor2017, author = {Okafor, Nneka}, title = {Reading Estuaries}, year = {2017}}\n"
    "@article{lindqvist2022, author = {Lindqvist, Per}, title = {Salt Wedges}, "
    "journal = {Estuarine Letters}, year = {2022}}\n"
    "@misc{sonar:survey, author = {Varga, Eszter}, title = {A Sonar Survey}, year = {2020}}\n"
)
HEAD = '#import "@preview/i-figured:0.2.4"\n#show figure: i-figured.show-figure\n'
TAIL = '\n#bibliography("works.bib")\n'


def _read(tmp_path: Path, text: str, files: dict[str, str] | None = None) -> RawDocument:
    (tmp_path / "works.bib").write_text(BIB, encoding="utf-8")
    for name, content in (files or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    main = tmp_path / "thesis.typ"
    main.write_text(text, encoding="utf-8")
    return reader.read_opts(text, str(main), ReadOptions())


def _codes(doc: RawDocument) -> list[tuple[AnomalyCode, int | None]]:
    return [(a.code, a.line) for a in doc.anomalies]


@pytest.mark.parametrize(
    ("body", "files", "cited"),
    [
        # a figure's own label, referred to with the package's prefix
        ("#figure(rect(), caption: [Tide gauge]) <gauge>\nThe gauge in @fig:gauge, after "
         "@okafor2017.\n", {}, ["okafor2017"]),
        # a table, a listing and an equation
        ("#figure(table(columns: 2, [a], [b]), caption: [Costs]) <costs>\n"
         "#figure(```py\nprint(1)\n```, caption: [Loop]) <loop>\n"
         "$ q = u h $ <discharge>\n"
         "See @tbl:costs, @lst:loop and @eqt:discharge; compare @lindqvist2022.\n",
         {}, ["lindqvist2022"]),
        # Cyrillic labels, as a GOST report writes them
        ("#figure(rect(), caption: [Схема]) <схема>\nНа @fig:схема показано @okafor2017.\n",
         {}, ["okafor2017"]),
        # the label defined in an included chapter, the reference in the main file
        ('#include "ch/one.typ"\nAs @fig:delta showed @okafor2017.\n',
         {"ch/one.typ": "#figure(rect(), caption: [Delta]) <delta>\n"}, ["okafor2017"]),
        # the label written with its prefix: an ordinary cross reference
        ("#figure(rect(), caption: [Bar]) <fig:bar>\nSee @fig:bar.\n", {}, []),
        # a key of the bibliography is a citation, whatever label its tail names
        ("= Survey <survey>\nThe data @sonar:survey.\n", {}, ["sonar:survey"]),
    ],
)  # fmt: skip
def test_prefixed_references_to_labels_are_cross_references(
    tmp_path: Path, body: str, files: dict[str, str], cited: list[str]
) -> None:
    doc = _read(tmp_path, HEAD + body + TAIL, files)
    assert [m.label for m in doc.markers] == cited
    assert _codes(doc) == []


@pytest.mark.parametrize(
    ("body", "broken", "missing"),
    [
        ("Shown in @fig:nowhere.\n", [("fig:nowhere", 1)], []),
        ("Costs @tbl-ghost and\nthe proof @eq:gone.\n", [("tbl-ghost", 1), ("eq:gone", 2)], []),
        ("See @sec:later, @app:data and again @sec:later.\n",
         [("sec:later", 1), ("app:data", 1)], []),
        ("#ref(<lst:absent>) runs.\n", [("lst:absent", 1)], []),
        # not shaped like a cross reference: a missing citation key
        ("As @hansen2031 found.\n", [], ["hansen2031"]),
        # cited on purpose: a citation, whatever its shape
        ("#cite(<fig:nowhere>) is cited.\n", [], ["fig:nowhere"]),
    ],
)  # fmt: skip
def test_a_reference_to_nothing_shaped_like_a_cross_reference(
    tmp_path: Path, body: str, broken: list[tuple[str, int]], missing: list[str]
) -> None:
    doc = _read(tmp_path, body + TAIL)
    xrefs = [a for a in doc.anomalies if a.code is AnomalyCode.XREF_UNRESOLVED]
    assert [(a.message.split()[0], a.line) for a in xrefs] == [(f"@{k}", n) for k, n in broken]
    keys = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert keys == missing
    assert [m.label for m in doc.markers] == missing


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # equate's per-line labels
        ("$ a &= b + c #<eq:first> \\\n  d &= e #<eq:second> $\n", {"eq:first", "eq:second"}),
        ('$ x = y #label("eq:named") $\n', {"eq:named"}),
        ("$ z = 1 $ <eq:after>\n", {"eq:after"}),
        ('= Methods #label("sec:methods")\n', {"sec:methods"}),
        # an escaped dollar is no math, a "<" in math is no label
        ("$ a < b $ and \\$5 <cost>\n", {"cost"}),
    ],
)  # fmt: skip
def test_labels_in_math_and_label_calls(text: str, labels: set[str]) -> None:
    assert scan(text).labels == labels


def test_a_label_call_given_to_a_function_is_a_code_label() -> None:
    found = scan('#subfigure(rect(), caption: [A], label("fig:part"))\n#mylabel("x")\n')
    assert found.code_labels == {"fig:part"}
    assert found.labels == set()


@pytest.mark.parametrize(
    "equation",
    [
        "$ E &= m c^2 #<eq:rest> \\\n  p &= m v $\n",
        '$ E = m c^2 #label("eq:rest") $\n',
        "$ E = m c^2 $ <eq:rest>\n",
    ],
)
def test_a_reference_to_a_label_in_math_cites_nothing(tmp_path: Path, equation: str) -> None:
    doc = _read(tmp_path, equation + "By @eq:rest, as @okafor2017 notes.\n" + TAIL)
    assert [m.label for m in doc.markers] == ["okafor2017"]
    assert _codes(doc) == []


FUNCS = (
    "#let load-bib(main: false) = {\n"
    '  let bib = "works.bib"\n'
    "  if main { bibliography(bib) } else { bibliography(bib) }\n"
    "}\n"
)


def test_a_bibliography_named_by_each_chapter_is_listed_once(tmp_path: Path) -> None:
    chapter = '#import "../funcs.typ": load-bib\n= {name}\nText @okafor2017.\n#load-bib()\n'
    files = {
        "funcs.typ": FUNCS,
        "ch/a.typ": chapter.format(name="Alpha"),
        "ch/b.typ": chapter.format(name="Beta"),
    }
    text = '#include "ch/a.typ"\n#include "ch/b.typ"\n#bibliography("works.bib")\n'
    doc = _read(tmp_path, text, files)
    assert [(f.name, f.entries, f.named_in) for f in doc.bibliographies] == [
        ("works.bib", 3, "line 3")
    ]
    assert _codes(doc) == []


@pytest.mark.parametrize(
    ("names", "listed", "problems"),
    [
        (["works.bib", "works.bib"], 1, 0),
        (["works.bib", "sub/../works.bib", "./works.bib"], 1, 0),
        (["works.bib", "other.bib"], 2, 0),
        (["gone.bib", "sub/../gone.bib"], 0, 1),  # a missing file: one problem
    ],
)
def test_a_file_named_twice_is_read_once(
    tmp_path: Path, names: list[str], listed: int, problems: int
) -> None:
    (tmp_path / "works.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "other.bib").write_text(BIB.replace("{", "{x", 3), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    bib = load([Source(n, tmp_path, k + 1) for k, n in enumerate(names)])
    assert len(bib.files) == listed
    assert len(bib.anomalies) == problems
    assert bib.sources == len(names)


def test_the_coverage_line_names_a_file_once(tmp_path: Path) -> None:
    path = tmp_path / "thesis.typ"
    path.write_text("Text @okafor2017.\n" + TAIL, encoding="utf-8")
    (tmp_path / "works.bib").write_text(BIB, encoding="utf-8")
    doc = parse_file(str(path))
    same = BibliographyFile("works.bib", 3, "funcs.typ")
    doc = replace(doc, bibliographies=(same, same))
    assert coverage(doc).bibliographies == ("works.bib (3 entries, named in funcs.typ)",)


def test_a_chapter_whose_references_are_mostly_cross_references(tmp_path: Path) -> None:
    """A chapter with no ``#`` directive, read alone: its cross references are no keys the
    bibliography beside it lacks (one citation and three figure references is Typst)."""
    (tmp_path / "works.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "results.typ"
    path.write_text(
        "= Results\n\nThe wedge (@fig:wedge, @fig:tide) moves upstream @lindqvist2022;\n"
        "@tbl:runs lists the runs.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.reader == "typst"
    assert [fn.label for fn in doc.footnotes] == ["lindqvist2022"]
    assert [a.code for a in doc.all_anomalies()].count(AnomalyCode.XREF_UNRESOLVED) == 3
