"""A Sphinx page citing with sphinxcontrib-bibtex roles (``:cite:`key```) against the
``bibtex_bibfiles`` of its ``conf.py``: the cited entries are the page's literature list
(as sphinxcontrib-bibtex prints them), each entry's problems reported once, and the page's
own footnotes may cite other works.  Fixtures written for this test."""

from __future__ import annotations

from pathlib import Path

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, FindingKind

BIB = """@article{ames2004,
  author = {Ames, Rita}, title = {Tidal mixing}, journal = {Estuaries}, year = {2004},
  doi = {https://doi.org/10.5555/est.2004.12}}
@book{lund1999, author = {Lund, Kari}, title = {Salt Marshes}, publisher = {Harbor},
  year = {1999}}
"""

PAGE = """Project 3
=========

Tidal mixing was measured :cite:`ames2004` and mapped :cite:`lund1999`, again
:cite:`ames2004`.  The gauges are described elsewhere [#gauge]_.

.. [#gauge] Harbour Board, Gauge manual, 2011.
"""


def test_cited_entries_are_the_literature(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    page = tmp_path / "project3.rst"
    page.write_text(PAGE, encoding="utf-8")
    doc = parse_file(page)
    assert sorted(e.label for e in doc.literature) == ["ames2004", "lund1999"]
    keyed = {f.label: f.literature.method for f in doc.footnotes if f.literature is not None}
    assert keyed == {"ames2004": "key", "lund1999": "key"}
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.NO_LITERATURE_LIST not in codes
    assert codes.count(AnomalyCode.DOI_NORMALISED) == 1  # once, not per note and entry
    kinds = {f.kind for f in analyse_document(doc, {}, {})}
    assert FindingKind.MISSING_LITERATURE_ENTRY not in kinds  # the gauge manual's note
