"""A shared .bib (a project's master file) holds entries the document never cites: their
defects (a name BibTeX cannot split, a key defined twice, a crossref naming nothing) are
not findings about this document.  Every reader that takes a .bib folds them into one
info ``bibliography-uncited-defects`` per file; the defects of cited entries stay
warnings.  The same rule for LaTeX, Pandoc, Typst, Org, AsciiDoc and reST."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.bibfile import BibError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Severity
from bibcheck.readers.bibdefects import EntryDefect, classify, settle

SHARED = (
    "@article{kim2018, author={Kim, H. and Park, S.}, title={Tariffs at Sea}, journal={J},"
    " year={2018}}\n"
    "@article{odd2021, author={Ames, L, and Bose, J}, title={Ports}, journal={J}, year={2021}}\n"
    "@techreport{bodies2016, author={UN, WTO, WB, IMF}, title={A Joint Report},"
    " institution={UN}, year={2016}}\n"
    "@misc{twice2010, title={First}, year={2010}}\n"
    "@misc{twice2010, title={Second}, year={2010}}\n"
    "@incollection{child2012, title={A Chapter}, crossref={nobook}, year={2012}}\n"
)

DOCS = [
    pytest.param(
        "p.tex",
        "\\documentclass{article}\\begin{document}\nShips \\cite{kim2018,odd2021}.\n"
        "\\bibliographystyle{plain}\n\\bibliography{shared}\n\\end{document}\n",
        id="latex",
    ),
    pytest.param(
        "p.tex",
        "\\documentclass{article}\\usepackage{biblatex}\\addbibresource{shared.bib}\n"
        "\\begin{document}\nShips \\autocite{kim2018} and \\textcite{odd2021}.\n"
        "\\printbibliography\n\\end{document}\n",
        id="biblatex",
    ),
    pytest.param(
        "p.md",
        "---\nbibliography: shared.bib\n---\n\nShips [@kim2018; @odd2021].\n",
        id="pandoc",
    ),
    pytest.param(
        "p.qmd",
        "---\ntitle: Ports\nbibliography: [shared.bib]\n---\n\n@kim2018 say ships [@odd2021].\n",
        id="quarto",
    ),
    pytest.param(
        "p.typ",
        '= Ports\n\nShips @kim2018 and #cite(<odd2021>).\n\n#bibliography("shared.bib")\n',
        id="typst",
    ),
    pytest.param(
        "p.org",
        "#+title: Ports\n#+bibliography: shared.bib\n\nShips [cite:@kim2018;@odd2021].\n\n"
        "#+print_bibliography:\n",
        id="org",
    ),
    pytest.param(
        "p.adoc",
        "= Ports\n:bibtex-file: shared.bib\n\nShips cite:[kim2018, odd2021].\n\n"
        "[bibliography]\n== References\n\nbibliography::[]\n",
        id="asciidoc",
    ),
    pytest.param(
        "p.rst",
        "Ports\n=====\n\nShips :cite:p:`kim2018` and :cite:t:`odd2021`.\n\n"
        ".. bibliography:: shared.bib\n",
        id="rst",
    ),
]


@pytest.mark.parametrize(("name", "text"), DOCS)
def test_uncited_entries_defects_are_one_info_and_cited_ones_stay_warnings(
    tmp_path: Path, name: str, text: str
) -> None:
    (tmp_path / "shared.bib").write_text(SHARED)
    (tmp_path / name).write_text(text)
    doc = parse_file(tmp_path / name)
    codes = [a.code for a in doc.all_anomalies()]
    assert {"kim2018", "odd2021"} <= {e.label for e in doc.literature}
    # the cited entry's stray comma: a warning, as before
    odd = [a for a in doc.all_anomalies() if a.code is C.NAME_MALFORMED]
    assert len(odd) == 1 and "odd2021" in odd[0].message
    # the three uncited entries' defects: one info note naming each
    folded = [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNCITED_DEFECTS]
    assert len(folded) == 1
    for key in ("bodies2016", "twice2010", "child2012"):
        assert key in folded[0].message
    assert "3 entries" in folded[0].message
    assert C.LITERATURE_DUPLICATE_ENTRY not in codes
    assert not any(
        a.code is C.BIBLIOGRAPHY_UNREADABLE and "child2012" in a.message
        for a in doc.all_anomalies()
    )
    severities = {
        f.severity
        for f in anomaly_findings(doc)
        if "shared.bib" in f.message and "line" in f.message
    }
    warned = [
        f
        for f in anomaly_findings(doc)
        if f.severity is Severity.WARNING and "shared.bib" in f.message
    ]
    assert Severity.INFO in severities
    assert len(warned) == 1 and "odd2021" in warned[0].message


def test_a_cited_entrys_duplicate_key_and_missing_parent_stay_the_documents(
    tmp_path: Path,
) -> None:
    (tmp_path / "shared.bib").write_text(SHARED)
    (tmp_path / "p.md").write_text(
        "---\nbibliography: shared.bib\n---\n\nOnce [@twice2010], then [@child2012].\n"
    )
    doc = parse_file(tmp_path / "p.md")
    codes = [a.code for a in doc.all_anomalies()]
    assert C.LITERATURE_DUPLICATE_ENTRY in codes
    assert any(
        a.code is C.BIBLIOGRAPHY_UNREADABLE and "child2012" in a.message
        for a in doc.all_anomalies()
    )
    folded = [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNCITED_DEFECTS]
    assert len(folded) == 1 and "odd2021" in folded[0].message and "bodies2016" in folded[0].message


def test_nocite_all_makes_every_entry_the_documents(tmp_path: Path) -> None:
    (tmp_path / "shared.bib").write_text(SHARED)
    (tmp_path / "p.tex").write_text(
        "\\documentclass{article}\\begin{document}\nShips \\cite{kim2018}.\\nocite{*}\n"
        "\\bibliographystyle{plain}\n\\bibliography{shared}\n\\end{document}\n"
    )
    codes = [a.code for a in parse_file(tmp_path / "p.tex").all_anomalies()]
    assert codes.count(C.NAME_MALFORMED) == 2
    assert C.BIBLIOGRAPHY_UNCITED_DEFECTS not in codes


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (BibError(4, "entry 'a', author: odd", name=True, key="a"), EntryDefect),
        (BibError(5, "key 'b' defined again (first at line 4)", "b", key="b"), EntryDefect),
        (
            BibError(6, "entry 'c': crossref 'x' names no entry", parent_key="x", key="c"),
            EntryDefect,
        ),
        (BibError(7, "unparsable block: junk"), C.BIBLIOGRAPHY_UNREADABLE),
    ],
)
def test_classify(error: BibError, kind: object) -> None:
    found = classify(error, "refs.bib", error.line + 10, 3)
    if kind is EntryDefect:
        assert isinstance(found, EntryDefect) and found.key in "abc"
        assert (
            found.anomaly.line == 3 and f"refs.bib, line {error.line + 10}" in found.anomaly.message
        )
    else:
        assert not isinstance(found, EntryDefect) and found.code is kind


def test_settle_names_five_and_counts_the_rest() -> None:
    defects: list[EntryDefect] = []
    for i in range(1, 9):
        found = classify(BibError(i, f"entry 'k{i}' odd", name=True, key=f"k{i}"), "big.bib", i, 2)
        assert isinstance(found, EntryDefect)
        defects.append(found)
    settled = settle(defects, {"k3"})
    assert [a.code for a in settled] == [C.NAME_MALFORMED, C.BIBLIOGRAPHY_UNCITED_DEFECTS]
    note = settled[1].message
    assert "7 entries" in note and "and 2 more" in note and "'k3'" not in note
    assert settled[1].line == 2
    assert settle([], {"x"}) == []
