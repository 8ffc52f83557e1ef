"""A LaTeX manuscript's own ``.bib`` entry whose ``crossref`` parent stands only in a file
given with ``--bibliography`` (a shared proceedings file kept outside the project): the
child takes the parent's fields and no "names no entry" problem is reported, as BibTeX
run with both databases does.  Fixtures written for this test."""

from __future__ import annotations

import os
from pathlib import Path

from bibcheck.manuscript import ParsedDocument, parse_file
from bibcheck.model import AnomalyCode

MAIN = r"""\documentclass{article}
\begin{document}
Pest houses in Dubrovnik \cite{ragusa2016}.
\bibliographystyle{plain}
\bibliography{chapter}
\end{document}
"""

CHILD = "@incollection{ragusa2016,\n author = {Ivo Marin},\n title = {Lazarets of Ragusa},\n crossref = {plaguevol},\n pages = {12--40}\n}\n"  # noqa: E501
PARENT = "@collection{plaguevol,\n editor = {Lena Kraus},\n title = {Plague and the City},\n publisher = {Routledge},\n year = {2016}\n}\n"  # noqa: E501


def _parse(tmp_path: Path, given: tuple[str, ...]) -> ParsedDocument:
    (tmp_path / "chapter.bib").write_text(CHILD, encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "volumes.bib").write_text(PARENT, encoding="utf-8")
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    here = os.getcwd()
    os.chdir(tmp_path)  # --bibliography names are relative to the working directory
    try:
        return parse_file(tmp_path / "main.tex", bibliography=given)
    finally:
        os.chdir(here)


def test_parent_only_in_a_given_file(tmp_path: Path) -> None:
    doc = _parse(tmp_path, ("shared/volumes.bib",))
    refs = {n.label: n.reference for n in doc.footnotes}
    ref = refs["ragusa2016"]
    assert ref is not None
    assert (ref.year, ref.host, ref.publisher) == (2016, "Plague and the City", "Routledge")
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.BIBLIOGRAPHY_UNREADABLE not in codes


def test_without_the_given_file_the_parent_is_missing(tmp_path: Path) -> None:
    doc = _parse(tmp_path, ())
    messages = [a.message for a in doc.all_anomalies()]
    assert any("crossref 'plaguevol' names no entry" in m for m in messages)


def test_an_unreadable_given_file_is_reported_once(tmp_path: Path) -> None:
    doc = _parse(tmp_path, ("shared/missing.bib",))
    messages = [a.message for a in doc.all_anomalies()]
    assert sum("missing.bib" in m and "cannot be read" in m for m in messages) == 1
