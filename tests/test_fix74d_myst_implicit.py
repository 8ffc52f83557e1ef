"""A MyST project whose ``myst.yml`` has ``project:`` but no ``toc:`` builds every
``.md``, ``.ipynb`` and ``.tex`` file of its folder tree (mystmd's implicit table of
contents): the index file first, then the files of each folder before its subfolders,
names compared without case and punctuation and numbers by value; hidden folders,
``_build``, ``node_modules``, ``project: exclude:`` patterns and subfolders that are MyST
projects of their own left out.  bibcheck reads it as a book."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibcheck.books import BookKind, find_book, project_file_refusal, unlisted_notice
from bibcheck.errors import ExitCode
from bibcheck.mystproject import excluded, ordered, root_page
from bibcheck.pipeline import Outcome, read_manuscripts
from tests.test_cli import run

BIB = """@book{valdivia2020,
  author = {Valdivia, Ines},
  title = {Glaciers of the southern Andes},
  publisher = {Cordillera Press},
  year = {2020},
}
"""
CITING = "# {title}\n\nThe ice retreats {{cite:p}}`valdivia2020`.\n"
MYST = "version: 1\nproject:\n  title: Ice\n  bibliography:\n    - refs.bib\n"


def _notebook(markdown: str) -> str:
    return json.dumps(
        {
            "cells": [{"cell_type": "markdown", "metadata": {}, "source": [markdown]}],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _names(root: Path, paths: tuple[Path, ...]) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


# ---------------------------------------------------------------- MyST's order (pure)


@pytest.mark.parametrize(
    ("names", "order"),
    [
        (["chapter10.md", "chapter9.md", "chapter1.md"], ["chapter1.md", "chapter9.md", "chapter10.md"]),
        (["10-results.md", "2-methods.md", "01-intro.md"], ["01-intro.md", "2-methods.md", "10-results.md"]),
        (["b.md", "index.md", "a.md"], ["index.md", "a.md", "b.md"]),
        (["a.md", "readme.md", "main.ipynb"], ["main.ipynb", "readme.md", "a.md"]),
        (["Zeta.md", "alpha.md", "Beta.md"], ["alpha.md", "Beta.md", "Zeta.md"]),  # no case
        (["my_notes.md", "myfile.md"], ["myfile.md", "my_notes.md"]),  # punctuation ignored
        (["x/b.md", "x/index.md", "x/a.md"], ["x/index.md", "x/a.md", "x/b.md"]),
        (["appendix.tex", "1-start.md"], ["1-start.md", "appendix.tex"]),  # digits first
    ],
)  # fmt: skip
def test_ordered(names: list[str], order: list[str]) -> None:
    assert ordered(names) == order


@pytest.mark.parametrize(
    ("pages", "root"),
    [
        (["a.md", "index.md"], "index.md"),
        (["a.md", "README.md"], "README.md"),  # any case
        (["a.md", "main.md", "readme.md"], "readme.md"),  # index, readme, main in turn
        (["index.ipynb", "a.md", "index.tex"], "index.tex"),  # .md, then .tex, then .ipynb
        (["nb.ipynb", "x.tex", "b.md"], "b.md"),  # no index: the first .md
        (["nb.ipynb", "x.tex"], "x.tex"),
        (["nb.ipynb", "sub/a.md"], "sub/a.md"),  # the first .md, in a subfolder too
        ([], None),
    ],
)
def test_root_page(pages: list[str], root: str | None) -> None:
    assert root_page(pages) == root


@pytest.mark.parametrize(
    ("path", "patterns", "out"),
    [
        ("drafts/a.md", ["drafts"], True),  # a folder: all under it
        ("drafts/deep/a.md", ["drafts/"], True),
        ("notes/drafts/a.md", ["drafts"], False),
        ("notes/drafts/a.md", ["**/drafts"], True),
        ("scratch.md", ["**/scratch.md"], True),  # ** is any number of folders, none too
        ("a/b/scratch.md", ["**/scratch.md"], True),
        ("a/scratch.md", ["*.md"], False),  # * stays within a name
        ("a/scratch.md", ["a/*.md"], True),
        ("a/scratch.md", ["./a/scratch.md"], True),
        ("ch1.md", ["ch[0-9].md"], True),
        ("ch1.md", [], False),
    ],
)
def test_excluded(path: str, patterns: list[str], out: bool) -> None:
    assert excluded(path, patterns) is out


# ---------------------------------------------------------------- projects


PROJECT = {
    "myst.yml": MYST + "  exclude:\n    - drafts\n    - '**/scratch.md'\n",
    "refs.bib": BIB,
    "index.md": "# Ice\n\nA course on glaciers.\n",
    "chapter10.md": CITING.format(title="Ten"),
    "chapter9.md": CITING.format(title="Nine"),
    "01-intro.md": CITING.format(title="Intro"),
    "appendix.tex": "\\section{Appendix}\nSee \\cite{valdivia2020}.\n",
    "notes.rst": "Notes\n=====\n",  # no MyST page
    "data.csv": "a,b\n",
    "labs/index.md": CITING.format(title="Labs"),
    "labs/2-melt.ipynb": _notebook(CITING.format(title="Melt")),
    "labs/10-flow.md": CITING.format(title="Flow"),
    "labs/scratch.md": "# Scratch\n",
    "labs/deep/core.md": CITING.format(title="Core"),
    "alpine/one.md": CITING.format(title="Alpine"),
    "drafts/half.md": CITING.format(title="Half"),
    "_build/html/x.md": "built\n",
    ".github/ISSUE.md": "hidden\n",
    "node_modules/pkg/README.md": "package\n",
    "other/myst.yml": MYST,  # a project of its own
    "other/index.md": CITING.format(title="Other"),
    "other/more.md": CITING.format(title="More"),
}
CHAPTERS = [
    "01-intro.md",
    "appendix.tex",
    "chapter9.md",
    "chapter10.md",
    "alpine/one.md",
    "labs/index.md",
    "labs/2-melt.ipynb",
    "labs/10-flow.md",
    "labs/deep/core.md",
]


def test_a_myst_project_without_toc_is_a_book_in_mysts_order(tmp_path: Path) -> None:
    _write(tmp_path, PROJECT)
    for named in (tmp_path, tmp_path / "index.md"):
        book = find_book(named)
        assert book is not None and book.kind is BookKind.MYST
        assert book.root == tmp_path / "index.md"
        assert _names(tmp_path, book.chapters) == CHAPTERS
        assert not book.problems and not book.listed
        assert unlisted_notice(book) is None  # every page is the book's
    assert find_book(tmp_path / "chapter9.md") is None  # a page named alone is read alone


def test_the_announcement_says_the_toc_is_implicit(tmp_path: Path) -> None:
    _write(tmp_path, PROJECT)
    book = find_book(tmp_path)
    assert book is not None
    assert book.announcement(tmp_path / "index.md") == (
        f"{tmp_path / 'index.md'} is the root of a MyST project: 9 chapter files in its "
        "folder (myst.yml has no toc: MyST builds every .md, .ipynb and .tex file) are "
        "read too"
    )


def test_a_readme_or_the_first_page_is_the_root(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "myst.yml": MYST,
            "refs.bib": BIB,
            "README.md": "# Ice\n",
            "b.md": CITING.format(title="B"),
            "a.md": CITING.format(title="A"),
        },
    )
    book = find_book(tmp_path / "README.md")
    assert book is not None and _names(tmp_path, book.chapters) == ["a.md", "b.md"]
    (tmp_path / "README.md").unlink()
    book = find_book(tmp_path / "a.md")
    assert book is not None and _names(tmp_path, book.chapters) == ["b.md"]


@pytest.mark.parametrize(
    "files",
    [
        {"myst.yml": MYST, "paper.md": CITING.format(title="Paper")},  # a single page
        {"myst.yml": "version: 1\nsite:\n  template: book-theme\n", "a.md": "# A\n", "b.md": "# B\n"},
        {"myst.yml": "version: 1\nproject:\n  toc: notes.md\n", "a.md": "# A\n", "b.md": "# B\n"},
    ],
    ids=["single-page", "site-only", "toc-not-a-list"],
)  # fmt: skip
def test_no_book(tmp_path: Path, files: dict[str, str]) -> None:
    _write(tmp_path, files)
    assert find_book(tmp_path) is None


def test_the_project_file_named_points_to_the_root(tmp_path: Path) -> None:
    _write(tmp_path, PROJECT)
    message = project_file_refusal(tmp_path / "myst.yml")
    assert message is not None
    assert "give index.md (the MyST project's root: its 9 chapter files are read too)" in message


def test_an_explicit_toc_leaves_excluded_pages_out_of_patterns_and_notice(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "myst.yml": MYST
            + "  exclude:\n    - labs/old-*\n  toc:\n    - file: index.md\n    - pattern: 'labs/*.md'\n",
            "refs.bib": BIB,
            "index.md": "# Ice\n",
            "labs/10-flow.md": CITING.format(title="Flow"),
            "labs/2-melt.md": CITING.format(title="Melt"),
            "labs/old-notes.md": "# Old\n",
            "stray.md": "# Stray\n",
            "notes.rst": "Notes\n=====\n",  # no MyST page: never named
        },
    )
    book = find_book(tmp_path)
    assert book is not None
    assert _names(tmp_path, book.chapters) == ["labs/2-melt.md", "labs/10-flow.md"]
    assert unlisted_notice(book) == (
        f"{tmp_path}: 1 page of the MyST project is in no entry of myst.yml, so not read "
        "as its chapters: stray.md"
    )


def test_reading_the_folder_reads_every_page(tmp_path: Path) -> None:
    _write(tmp_path, PROJECT)
    readings = list(read_manuscripts([tmp_path]))
    read = [r.path.relative_to(tmp_path).as_posix() for r in readings if r.doc is not None]
    assert read == CHAPTERS  # the .tex page too, read as LaTeX
    skipped = [r.path.name for r in readings if r.outcome is Outcome.SKIPPED]
    assert "index.md" in skipped  # the root cites nothing itself


def test_ingest_a_myst_project_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(
        tmp_path,
        {
            "myst.yml": MYST,
            "refs.bib": BIB,
            "index.md": "# Ice\n\nA course on glaciers.\n",
            "1-retreat.md": CITING.format(title="Retreat"),
            "lessons/2-moraines.ipynb": _notebook(CITING.format(title="Moraines")),
        },
    )
    code, out, err = run(["ingest", "--db", str(tmp_path / "b.db"), str(tmp_path)], capsys)
    assert code == ExitCode.OK, err
    assert f"{tmp_path} holds a MyST project (myst.yml, root index.md): 2 chapter files" in out
    assert "index.md: not stored: it cites nothing itself" in out
    assert f"stored: {tmp_path / '1-retreat.md'}" in out
    assert f"stored: {tmp_path / 'lessons' / '2-moraines.ipynb'}" in out
