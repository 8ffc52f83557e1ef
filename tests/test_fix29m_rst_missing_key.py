"""A Sphinx page (sphinxcontrib-bibtex) citing with a role a key the project's .bib does not
hold (a misspelt key: ``kunsch1989`` for ``kuensch1989``) cites a work missing from the
literature: ``citation-key-missing`` at the citation, found as ``missing-literature-entry``,
never a footnote marker without definition (a ``:cite:`` key names no footnote).  A
docutils citation ``[Label]_`` without its target on the page or in its project is a work
missing from the literature too (round 34: a citation label names a work, not a footnote;
a footnote ``[#]_`` / ``[1]_`` without its definition stays a marker without definition)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import FindingKind

BIB = (
    "@book{hartigan1975, author={Hartigan, John A.}, title={Clustering Algorithms},"
    " publisher={Wiley}, year={1975}}\n"
    "@article{rousseeuw1987, author={Rousseeuw, Peter J.}, title={Silhouettes},"
    " journal={Journal of Computational and Applied Mathematics}, year={1987}}\n"
    "@article{oestergaard2003, author={Østergaard, Lars}, title={Seeding k-means},"
    " journal={Pattern Letters}, year={2003}}\n"
)

PAGE = """\
Clustering
==========

Choose the number of clusters with silhouettes :cite:p:`rousseeuw1987`.
The seeding follows :cite:t:`ostergaard2003`, and the classic
algorithms are in :cite:p:`hartigan1975,lloyd1982` and :footcite:`lloyd1982`.

.. footbibliography::

References
----------

.. bibliography::
"""


def _project(tmp_path: Path, conf: str | None) -> Path:
    docs = tmp_path / "docs"
    (docs / "guide").mkdir(parents=True)
    if conf is not None:
        (docs / "conf.py").write_text(conf, encoding="utf-8")
    (docs / "refs.bib").write_text(BIB, encoding="utf-8")
    page = docs / "guide" / "clustering.rst"
    page.write_text(PAGE, encoding="utf-8")
    return page


@pytest.mark.parametrize(
    "conf",
    [
        'extensions = ["sphinxcontrib.bibtex"]\nbibtex_bibfiles = ["refs.bib"]\n',
        'extensions = ["sphinxcontrib.bibtex"]\nbibtex_bibfiles = ["refs.bib", "missing.bib"]\n',
    ],
)
def test_a_key_the_bib_lacks_is_a_missing_entry(tmp_path: Path, conf: str) -> None:
    doc = parse_file(_project(tmp_path, conf))
    anomalies = doc.all_anomalies()
    missing = [a for a in anomalies if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line, a.lines) for a in missing] == [
        ("ostergaard2003", 5, (5,)),
        ("lloyd1982", 6, (6,)),
    ]
    assert C.MARKER_WITHOUT_DEFINITION not in {a.code for a in anomalies}
    found = analyse_document(doc, {}, {})
    assert {f.kind for f in found if 5 in f.lines or 6 in f.lines} == {
        FindingKind.MISSING_LITERATURE_ENTRY
    }
    assert FindingKind.FOOTNOTE_NUMBERING not in {f.kind for f in found}
    assert sorted(f.label for f in doc.footnotes) == ["hartigan1975", "rousseeuw1987"]


def test_no_bib_named_gives_no_footnote_numbering(tmp_path: Path) -> None:
    doc = parse_file(_project(tmp_path, None))
    codes = [a.code for a in doc.all_anomalies()]
    assert codes.count(C.BIBLIOGRAPHY_UNREADABLE) == 1
    assert C.MARKER_WITHOUT_DEFINITION not in codes
    found = analyse_document(doc, {}, {})
    assert FindingKind.FOOTNOTE_NUMBERING not in {f.kind for f in found}


def test_a_docutils_citation_without_target_is_a_missing_entry(tmp_path: Path) -> None:
    page = tmp_path / "page.rst"
    page.write_text(
        "Title\n=====\n\nAs shown [Lloyd1982]_ and :cite:p:`x`.\n\n.. [Other1999] Other, A. "
        "Title. 1999.\n",
        encoding="utf-8",
    )
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    codes = {(a.code, a.footnote) for a in parse_file(page).all_anomalies()}
    assert (C.CITATION_KEY_MISSING, "Lloyd1982") in codes
    assert (C.MARKER_WITHOUT_DEFINITION, "Lloyd1982") not in codes
    assert (C.CITATION_KEY_MISSING, "x") in codes
    assert (C.MARKER_WITHOUT_DEFINITION, "x") not in codes
