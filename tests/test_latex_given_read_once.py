"""The files given with ``--bibliography`` to a LaTeX manuscript are read once: their texts
go ahead to the manuscript's own ``.bib`` files (parents, macros) and their entries come
after those, from the same reading (fix round 34; they were read twice).  A counting test,
and a table of what the given files still give.  Fixtures written for this test."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from bibcheck.manuscript import ParsedDocument, parse_file
from bibcheck.readers import bibsource

MAIN = r"""\documentclass{article}
\begin{document}
Salt roads \cite{salt1998}, ferries \cite{ferry2004}, tolls \cite{toll2011}.
\bibliographystyle{plain}
\bibliography{own}
\end{document}
"""

OWN = (
    "@string{hist = {Journal of Transport History}}\n"
    "@incollection{salt1998,\n author = {Marta Osei},\n title = {Salt Roads},\n"
    " crossref = {roadsvol},\n pages = {1--20}\n}\n"
    "@article{toll2011,\n author = {Pia Lund},\n title = {Bridge Tolls},\n"
    " journal = {Own Journal},\n year = {2011}\n}\n"
)
SHARED = (
    "@collection{roadsvol,\n editor = {Karl Brandt},\n title = {Roads Before Rail},\n"
    " publisher = {Boydell},\n year = {1998}\n}\n"
    "@article{ferry2004,\n author = {Ines Vidal},\n title = {River Ferries},\n"
    " journal = hist,\n year = {2004}\n}\n"
    "@article{toll2011,\n author = {Pia Lund},\n title = {Bridge Tolls},\n"
    " journal = {Given Journal},\n year = {2011}\n}\n"
)
CSL = (
    '[{"id": "ferry2004", "type": "article-journal", "title": "Ferries Again",'
    ' "issued": {"date-parts": [[2005]]}}]'
)


def _parse(tmp_path: Path, given: tuple[str, ...]) -> ParsedDocument:
    (tmp_path / "own.bib").write_text(OWN, encoding="utf-8")
    (tmp_path / "shared.bib").write_text(SHARED, encoding="utf-8")
    (tmp_path / "extra.json").write_text(CSL, encoding="utf-8")
    (tmp_path / "main.tex").write_text(MAIN, encoding="utf-8")
    here = os.getcwd()
    os.chdir(tmp_path)  # --bibliography names are relative to the working directory
    try:
        return parse_file(tmp_path / "main.tex", bibliography=given)
    finally:
        os.chdir(here)


def test_each_given_file_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: Counter[str] = Counter()
    real = bibsource.read_regular_file

    def counted(path: Path, limit: int) -> bytes:
        reads[Path(path).name] += 1
        return real(path, limit)

    monkeypatch.setattr(bibsource, "read_regular_file", counted)
    _parse(tmp_path, ("shared.bib", "extra.json", "missing.bib"))
    assert reads == Counter({"shared.bib": 1, "extra.json": 1, "missing.bib": 1})


@pytest.mark.parametrize(
    ("given", "key", "fields"),
    [
        # the given file's parent completes the manuscript's own entry
        (("shared.bib",), "salt1998", (1998, "Roads Before Rail", "Boydell")),
        # the manuscript's @string applies in the given file
        (("shared.bib",), "ferry2004", (2004, "Journal of Transport History", None)),
        # a key both define: the manuscript's own definition wins
        (("shared.bib",), "toll2011", (2011, "Own Journal", None)),
        # a CSL-JSON file given: its entries come after, the first given file's win
        (("shared.bib", "extra.json"), "ferry2004", (2004, "Journal of Transport History", None)),
        (("extra.json",), "ferry2004", (2005, None, None)),
    ],
    ids=["parent", "macro", "own-first", "bib-before-json", "json"],
)
def test_what_the_given_files_give(
    tmp_path: Path, given: tuple[str, ...], key: str, fields: tuple[object, ...]
) -> None:
    doc = _parse(tmp_path, given)
    ref = {n.label: n.reference for n in doc.footnotes}[key]
    assert ref is not None
    assert (ref.year, ref.host, ref.publisher) == fields


def test_an_unreadable_given_file_is_said_once(tmp_path: Path) -> None:
    doc = _parse(tmp_path, ("shared.bib", "missing.bib"))
    messages = [a.message for a in doc.all_anomalies()]
    assert sum("missing.bib" in m and "cannot be read" in m for m in messages) == 1
