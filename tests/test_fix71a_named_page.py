"""One helper, ``_named_page``, finds the file a page's name stands for, for Sphinx toctree
names (none if no file) and for the tables of contents of other book tools (the name as
given if no file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck import books

# (files present, name asked for, file expected or None)
SPHINX_CASES = [
    (["intro.rst"], "intro", "intro.rst"),
    (["intro.rst"], "intro.rst", "intro.rst"),
    (["intro.md", "intro.rst"], "intro", "intro.rst"),  # (the suffixes' order decides)
    (["intro.ipynb"], "intro", "intro.ipynb"),
    (["intro.rst"], "preface", None),
    (["intro.tex"], "intro", None),
    (["Intro.RST"], "Intro.RST", "Intro.RST"),
]

TOC_CASES = [
    (["ch1.md"], "ch1", "ch1.md"),
    (["ch1.qmd"], "ch1.qmd", "ch1.qmd"),
    (["ch1.Rmd"], "ch1", "ch1.Rmd"),
    (["ch1.markdown"], "ch1.markdown", "ch1.markdown"),
    ([], "missing", "missing"),  # (no file: the name as given)
    (["ch1.md"], "ch2", "ch2"),
]


def _files(folder: Path, names: list[str]) -> None:
    for name in names:
        (folder / name).write_text("x\n", encoding="utf-8")


@pytest.mark.parametrize(("present", "name", "expected"), SPHINX_CASES)
def test_sphinx_page(tmp_path: Path, present: list[str], name: str, expected: str | None) -> None:
    _files(tmp_path, present)
    found = books._sphinx_page(tmp_path / name)
    assert (found.name if found else None) == expected
    assert books._named_page(tmp_path / name, books._SPHINX_SUFFIXES) == found


@pytest.mark.parametrize(("present", "name", "expected"), TOC_CASES)
def test_toc_name(tmp_path: Path, present: list[str], name: str, expected: str) -> None:
    _files(tmp_path, present)
    assert books._with_suffix(tmp_path / name) == tmp_path / expected


def test_no_page_is_none(tmp_path: Path) -> None:
    assert books._named_page(tmp_path / "ch1", (".md",)) is None
