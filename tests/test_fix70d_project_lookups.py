"""fix70d: a Pandoc chapter is scored, then read, and both ask which bibliography the
project around it names: the project file (``build.bat``, ``Makefile``, ``_quarto.yml``)
is read once for the document, and nothing is kept from one document to the next (a
project file written again between two documents is read again).  Reads are counted, not
timed.  Every text was written for these tests."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bibcheck.manuscript import parse_file

CHAPTER = (
    "# Kapitel 2\n\n"
    "Die Quellenlage ist dünn [@lenz2011], aber die Edition hilft [@ortner2019, S. 12].\n"
)
BIB = (
    "@book{lenz2011, author = {Lenz, Ida}, title = {Quellen der Stadt}, year = {2011}}\n"
    "@book{ortner2019, author = {Ortner, Paul}, title = {Edition der Ratsbücher},"
    " year = {2019}}\n"
)

# (project file, its text naming refs.bib)
_PROJECTS = [
    ("build.bat", "@echo off\r\npandoc kapitel2.md --citeproc --bibliography=refs.bib -o k.docx\r\n"),
    ("Makefile", "k.pdf: kapitel2.md\n\tpandoc $< --citeproc --bibliography refs.bib -o $@\n"),
    ("build.sh", "#!/bin/sh\npandoc kapitel2.md --bibliography=refs.bib -o k.pdf\n"),
    ("_quarto.yml", "project:\n  type: book\nbibliography: refs.bib\n"),
]  # fmt: skip


def _counting_opens(monkeypatch: pytest.MonkeyPatch, counts: Counter[str]) -> None:
    real: Callable[..., int] = os.open

    def counted(path: Any, *args: Any, **kwargs: Any) -> int:
        counts[Path(os.fsdecode(path)).name] += 1
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", counted)


@pytest.mark.parametrize(("name", "text"), _PROJECTS)
def test_project_file_read_once_per_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    chapter = tmp_path / "kapitel2.md"
    chapter.write_text(CHAPTER, encoding="utf-8")
    counts: Counter[str] = Counter()
    _counting_opens(monkeypatch, counts)
    doc = parse_file(chapter)
    assert doc.bibliographies and doc.bibliographies[0].entries == 2
    assert counts[name] == 1
    # a second document: the project file read again, once
    counts.clear()
    parse_file(chapter)
    assert counts[name] == 1


def test_project_file_written_again_is_read_again(tmp_path: Path) -> None:
    (tmp_path / "build.bat").write_text(
        "pandoc kapitel2.md --bibliography=refs.bib -o k.docx\r\n", encoding="utf-8"
    )
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "other.bib").write_text(BIB.split("\n@")[0] + "\n", encoding="utf-8")
    chapter = tmp_path / "kapitel2.md"
    chapter.write_text(CHAPTER, encoding="utf-8")
    first = parse_file(chapter)
    (tmp_path / "build.bat").write_text(
        "pandoc kapitel2.md --bibliography=other.bib -o k.docx\r\n", encoding="utf-8"
    )
    second = parse_file(chapter)
    assert [b.entries for b in first.bibliographies] == [2]
    assert [b.entries for b in second.bibliographies] == [1]
