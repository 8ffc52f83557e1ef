"""A Sphinx page whose only bibliographic content is its bibliography directive
(reStructuredText ``.. bibliography::``, MyST ```{bibliography}```): the project's .bib
entries are its list, listed on purpose; a page whose entries cannot be found is refused
naming the directive, its line and what is missing (fix59b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.sitecite import myst_bibliography
from bibcheck.readers.sphinxbibpage import bib_directive, myst_directive

BIB = """@book{okafor2011,
  author = {Okafor, Nneka C.},
  title = {Heat in the City},
  publisher = {Northern Press},
  year = {2011}
}

@article{lind2016,
  author = {Lind, Per and Moreau, Anne},
  title = {Cool Roofs in Practice},
  journal = {Urban Climate Letters},
  volume = {4},
  pages = {11--19},
  year = {2016}
}

@misc{vale2020,
  author = {Vale, Tomas},
  title = {Shade Maps of Five Cities},
  year = {2020},
  url = {https://example.org/shade}
}
"""
KEYS = ["okafor2011", "lind2016", "vale2020"]
WIDE = AnomalyCode.BIBLIOGRAPHY_PROJECT_WIDE


@pytest.mark.parametrize(
    ("options", "whole"),
    [
        ([], False),
        ([":all:"], True),
        (["   :style: plain", "   :all:"], True),
        (["   :filter: docname in docnames"], False),
        (["   :list: enumerated", "   :all:"], True),
        (["", "   :all:"], False),  # (a blank line ends the options: ":all:" is content)
        (["Some text :all:"], False),
    ],
)
def test_directive_options(options: list[str], whole: bool) -> None:
    found = bib_directive(7, "`.. bibliography::`", options)
    assert (found.line, found.whole) == (7, whole)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# R\n\n```{bibliography}\n```\n", (3, [])),
        ("# R\n\n```{bibliography}\n:all:\n```\n", (3, [":all:"])),
        ("# R\n\n:::{bibliography}\n:style: plain\n:::\n", (3, [":style: plain"])),
        ("# R\n\n````{bibliography}\n---\nall:\n---\n````\n", (3, [":all:"])),
        ("# R\n\n```python\nx = 1\n```\n", None),
    ],
)
def test_myst_bibliography(text: str, expected: tuple[int, list[str]] | None) -> None:
    assert myst_bibliography(text) == expected


def _project(tmp_path: Path, conf: str | None, sub: str = "") -> Path:
    """A Sphinx source folder (conf.py, refs.bib) with the page's folder ``sub`` in it."""
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    if conf is not None:
        (tmp_path / "conf.py").write_text(conf, encoding="utf-8")
    folder = tmp_path / sub
    folder.mkdir(parents=True, exist_ok=True)
    return folder


CONF = 'extensions = ["sphinxcontrib.bibtex"]\nbibtex_bibfiles = ["refs.bib"]\n'
RST_PAGE = "Bibliography\n============\n\n.. bibliography::\n{options}"
MYST_PAGE = "# Bibliography\n\n```{{bibliography}}\n{options}```\n"


@pytest.mark.parametrize(
    ("name", "page", "line"),
    [("bibliography.rst", RST_PAGE, 4), ("bibliography.md", MYST_PAGE, 3)],
)
@pytest.mark.parametrize("sub", ["", "reference"])
@pytest.mark.parametrize(("options", "wide"), [("", True), ("   :all:\n", False)])
def test_page_lists_the_project_entries(
    tmp_path: Path, name: str, page: str, line: int, sub: str, options: str, wide: bool
) -> None:
    folder = _project(tmp_path, CONF, sub)
    path = folder / name
    # (an rst directive's options are indented under it; MyST's start at the margin)
    path.write_text(
        page.format(options=options if name.endswith(".rst") else options.lstrip()), "utf-8"
    )
    doc = parse_file(path)
    assert [e.label for e in doc.literature] == KEYS
    assert [e.reference.year for e in doc.literature] == [2011, 2016, 2020]
    assert doc.literature[1].reference.title == "Cool Roofs in Practice"
    assert doc.footnotes == ()
    codes = [(a.code, a.line) for a in doc.all_anomalies()]
    assert codes == ([(WIDE, line)] if wide else [])
    if wide:
        message = next(a.message for a in doc.anomalies if a.code is WIDE)
        assert "all 3 entries of" in message and "refs.bib" in message


def test_rst_directive_naming_its_file(tmp_path: Path) -> None:
    """sphinxcontrib-bibtex before 2.0: ``.. bibliography:: refs.bib``, no conf.py."""
    folder = _project(tmp_path, None)
    path = folder / "refs-page.rst"
    path.write_text("References\n==========\n\n.. bibliography:: refs.bib\n   :all:\n", "utf-8")
    doc = parse_file(path)
    assert sorted(e.label for e in doc.literature) == sorted(KEYS)
    assert all(e.reference.anomalies == () for e in doc.literature)
    assert [a.code for a in doc.all_anomalies()] == []


def test_cited_pages_unchanged(tmp_path: Path) -> None:
    """A page citing with :cite: keeps its cited entries as its list."""
    folder = _project(tmp_path, CONF)
    path = folder / "intro.rst"
    path.write_text("Intro\n=====\n\nHeat :cite:`okafor2011`.\n\n.. bibliography::\n", "utf-8")
    doc = parse_file(path)
    assert [e.label for e in doc.literature] == ["okafor2011"]
    assert WIDE not in [a.code for a in doc.all_anomalies()]


@pytest.mark.parametrize(
    ("name", "page", "line"),
    [("bibliography.rst", RST_PAGE, 4), ("bibliography.md", MYST_PAGE, 3)],
)
@pytest.mark.parametrize(
    ("conf", "missing"),
    [
        (None, "no"),
        ('extensions = ["sphinxcontrib.bibtex"]\n', "bibtex_bibfiles"),
        ('bibtex_bibfiles = ["gone.bib"]\n', "gone.bib"),
    ],
)
def test_refused_naming_what_is_missing(
    tmp_path: Path, name: str, page: str, line: int, conf: str | None, missing: str
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    if conf is not None:
        (folder / "conf.py").write_text(conf, encoding="utf-8")
    path = folder / name
    path.write_text(page.format(options=""), "utf-8")
    with pytest.raises(InputError) as caught:
        parse_file(path)
    said = str(caught.value)
    assert f"directive (line {line})" in said
    assert "bibliography" in said and missing in said


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# R\n\n```{bibliography}\n:all:\n```\n", 3),
        ("# R\n\n<!--\n```{bibliography}\n```\n-->\n", None),  # a placeholder, commented out
        ("# R\n\n<!-- old -->\n\n```{bibliography}\n```\n", 5),
    ],
)
def test_myst_directive_outside_comments(text: str, line: int | None) -> None:
    found = myst_directive(text)
    assert (found.line if found is not None else None) == line
