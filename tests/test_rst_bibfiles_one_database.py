"""The ``bibtex_bibfiles`` of a Sphinx project are one database, as sphinxcontrib-bibtex
reads them: an ``@string`` defined in an earlier file applies in a later one, and a
``crossref`` parent may stand in any of the files (the order conf.py names them).
Fixtures written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

STRINGS = """@string{hmj = {Bulletin of the History of Medicine}}
@book{pestbook,
  editor = {Verena Lohse}, title = {Seuchen in der Stadt}, publisher = {Wallstein},
  address = {Göttingen}, year = {2014}}
"""

REFS = """@article{brandt2018,
  author = {Karl Brandt}, title = {Cholera in Hamburg}, journal = hmj,
  year = {2018}, volume = {92}, pages = {101--130}}
@incollection{weil2014,
  author = {Ruth Weil}, title = {Pockenhäuser}, crossref = {pestbook}, pages = {45--61}}
"""

PAGE = """Epidemics
=========

Hamburg's cholera :cite:p:`brandt2018`; smallpox houses :cite:t:`weil2014`.

.. bibliography::
"""


def _project(tmp_path: Path, order: list[str]) -> Path:
    (tmp_path / "strings.bib").write_text(STRINGS, encoding="utf-8")
    (tmp_path / "refs.bib").write_text(REFS, encoding="utf-8")
    conf = f"extensions = ['sphinxcontrib.bibtex']\nbibtex_bibfiles = {order!r}\n"
    (tmp_path / "conf.py").write_text(conf, encoding="utf-8")
    page = tmp_path / "epidemics.rst"
    page.write_text(PAGE, encoding="utf-8")
    return page


def test_macros_and_parents_across_the_project_files(tmp_path: Path) -> None:
    doc = parse_file(_project(tmp_path, ["strings.bib", "refs.bib"]))
    refs = {n.label: n.reference for n in doc.footnotes}
    brandt, weil = refs["brandt2018"], refs["weil2014"]
    assert brandt is not None and weil is not None
    assert brandt.host == "Bulletin of the History of Medicine"
    assert weil.year == 2014  # from the parent in the other file
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.STRING_UNDEFINED not in codes
    assert AnomalyCode.BIBLIOGRAPHY_UNREADABLE not in codes


@pytest.mark.parametrize("order", [["refs.bib", "strings.bib"]])
def test_a_macro_defined_only_later_stays_undefined(tmp_path: Path, order: list[str]) -> None:
    """BibTeX reads the files in order: a macro defined in a later file does not apply
    (the parent is still found: crossref resolves over all of them)."""
    doc = parse_file(_project(tmp_path, order))
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.STRING_UNDEFINED in codes
    refs = {n.label: n.reference for n in doc.footnotes}
    weil = refs["weil2014"]
    assert weil is not None and weil.year == 2014
