"""A Jupyter Book's ``_config.yml`` says which pages are pages: ``exclude_patterns`` (the
Sphinx patterns Jupyter Book passes on: a folder matched leaves out everything under it,
``*`` stays within a name, ``**`` crosses folders) and ``only_build_toc_files: true``
(pages outside ``_toc.yml`` are left out of the build on purpose, so the notice says the
setting leaves them out instead of calling them forgotten chapters)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.books import BookKind, find_book, unlisted_notice
from bibcheck.pipeline import Outcome, read_manuscripts
from bibcheck.sphinxtoc import excluded

BIB = """@book{oduya2015,
  author = {Oduya, Amani},
  title = {Rain and the river basin},
  publisher = {Delta Press},
  year = {2015},
}
"""
CITING = "# {title}\n\nThe basin floods each spring {{cite:p}}`oduya2015`.\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _book(root: Path, config: str, toc: str, pages: dict[str, str]) -> None:
    _write(
        root,
        {
            "_config.yml": "title: Rivers\nbibtex_bibfiles:\n  - refs.bib\n" + config,
            "_toc.yml": toc,
            "refs.bib": BIB,
            "intro.md": "# Rivers\n\nA course on rivers.\n",
            **pages,
        },
    )


TOC = "format: jb-book\nroot: intro\nchapters:\n  - file: rain\n  - file: basins/nile\n"
PAGES = {
    "rain.md": CITING.format(title="Rain"),
    "basins/nile.md": CITING.format(title="Nile"),
}


# ---------------------------------------------------------------- Sphinx's matching (pure)


@pytest.mark.parametrize(
    ("path", "patterns", "out"),
    [
        ("drafts/old.md", ["drafts"], True),  # a folder matched: all under it
        ("drafts/deep/old.md", ["drafts"], True),
        ("notes/drafts/old.md", ["drafts"], False),  # patterns are from the source folder
        ("README.md", ["README.md"], True),
        ("basins/README.md", ["README.md"], False),
        ("lab/.ipynb_checkpoints/a-checkpoint.ipynb", ["**.ipynb_checkpoints"], True),
        ("week1/scratch.ipynb", ["*/scratch.ipynb"], True),
        ("week1/day2/scratch.ipynb", ["*/scratch.ipynb"], False),  # * stays in a name
        ("week1/day2/scratch.ipynb", ["**/scratch.ipynb"], True),
        ("ch1.md", ["ch[0-9].md"], True),
        ("chx.md", ["ch[!0-9].md"], True),
        ("ch1.md", ["ch[!0-9].md"], False),
        ("ch1.md", ["ch?.md"], True),
        ("rain.md", ["_build", "Thumbs.db", ".DS_Store"], False),
        ("rain.md", [], False),
        ("odd[.md", ["odd[.md"], True),  # an unclosed class is a character
    ],
)
def test_sphinx_exclude_matching(path: str, patterns: list[str], out: bool) -> None:
    assert excluded(path, patterns) is out


# ---------------------------------------------------------------- exclude_patterns


def test_jupyter_book_exclude_patterns_are_no_pages(tmp_path: Path) -> None:
    _book(
        tmp_path,
        'exclude_patterns: [_build, "**.ipynb_checkpoints", drafts, "README.md", "*/notes-*.md"]\n',
        TOC,
        {
            **PAGES,
            "README.md": "# About this repository\n",
            "drafts/flood.md": CITING.format(title="Flood"),
            "drafts/old/delta.md": CITING.format(title="Delta"),
            "basins/notes-nile.md": "notes\n",
            "basins/.ipynb_checkpoints/nile-checkpoint.ipynb": "{}",
            "lab/.ipynb_checkpoints/x.ipynb": "{}",
            "basins/congo.md": CITING.format(title="Congo"),
        },
    )
    book = find_book(tmp_path)
    assert book is not None and book.kind is BookKind.JUPYTER_BOOK
    assert unlisted_notice(book) == (
        f"{tmp_path}: 1 page of the Jupyter Book is in no entry of _toc.yml, so not read "
        "as its chapters: basins/congo.md"
    )


def test_sphinx_config_exclude_patterns_override_the_top_level_ones(tmp_path: Path) -> None:
    _book(
        tmp_path,
        "exclude_patterns: [drafts]\nsphinx:\n  config:\n    exclude_patterns: [scratch]\n",
        TOC,
        {**PAGES, "drafts/a.md": "# A\n", "scratch/b.md": "# B\n"},
    )
    book = find_book(tmp_path)
    assert book is not None
    notice = unlisted_notice(book)
    assert notice is not None and notice.endswith("as its chapters: drafts/a.md")


def test_a_toc_glob_leaves_excluded_pages_out(tmp_path: Path) -> None:
    _book(
        tmp_path,
        "exclude_patterns: ['basins/old-*']\n",
        "format: jb-book\nroot: intro\nchapters:\n  - file: rain\n  - glob: basins/*\n",
        {
            **PAGES,
            "basins/congo.md": CITING.format(title="Congo"),
            "basins/old-niger.md": CITING.format(title="Niger"),
        },
    )
    book = find_book(tmp_path / "intro.md")
    assert book is not None
    names = [c.relative_to(tmp_path).as_posix() for c in book.chapters]
    assert names == ["rain.md", "basins/congo.md", "basins/nile.md"]
    assert not book.problems


def test_sphinx_exclude_patterns_leave_out_a_whole_folder(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "conf.py": "project = 'Rivers'\nexclude_patterns = ['_build', 'drafts']\n",
            "index.rst": "Rivers\n======\n\n.. toctree::\n\n   rain\n",
            "rain.rst": "Rain\n====\n",
            "drafts/deep/old.rst": "Old\n===\n",
            "stray.rst": "Stray\n=====\n",
        },
    )
    book = find_book(tmp_path)
    assert book is not None and book.kind is BookKind.SPHINX
    notice = unlisted_notice(book)
    assert notice is not None and notice.endswith("as its chapters: stray.rst")


# ---------------------------------------------------------------- only_build_toc_files


@pytest.mark.parametrize(
    ("setting", "on"),
    [
        ("only_build_toc_files: true\n", True),
        ("only_build_toc_files: True\n", True),
        ('only_build_toc_files: "true"\n', True),
        ("only_build_toc_files: false\n", False),
        ("", False),  # Jupyter Book's default: every page of the folder is built
    ],
)
def test_only_build_toc_files_says_the_setting_leaves_pages_out(
    tmp_path: Path, setting: str, on: bool
) -> None:
    _book(
        tmp_path,
        setting,
        TOC,
        {**PAGES, "basins/congo.md": CITING.format(title="Congo"), "scratch.ipynb": "{}"},
    )
    book = find_book(tmp_path)
    assert book is not None
    notice = unlisted_notice(book)
    assert notice is not None
    if on:
        assert notice == (
            f"{tmp_path}: 2 pages in no entry of _toc.yml are left out of the Jupyter Book "
            "by only_build_toc_files: true in _config.yml, so not read: basins/congo.md, "
            "scratch.ipynb"
        )
    else:
        assert notice == (
            f"{tmp_path}: 2 pages of the Jupyter Book are in no entry of _toc.yml, so not "
            "read as their chapters: basins/congo.md, scratch.ipynb"
        )


def test_only_build_toc_files_with_one_page_left_out(tmp_path: Path) -> None:
    _book(tmp_path, "only_build_toc_files: true\n", TOC, {**PAGES, "extra.md": "# Extra\n"})
    book = find_book(tmp_path)
    assert book is not None
    assert unlisted_notice(book) == (
        f"{tmp_path}: 1 page in no entry of _toc.yml is left out of the Jupyter Book by "
        "only_build_toc_files: true in _config.yml, so not read: extra.md"
    )


def test_only_build_toc_files_with_every_page_listed_says_nothing(tmp_path: Path) -> None:
    _book(
        tmp_path,
        "only_build_toc_files: true\nexclude_patterns: [old]\n",
        TOC,
        {**PAGES, "old/x.md": "# X\n"},
    )
    book = find_book(tmp_path)
    assert book is not None and unlisted_notice(book) is None


def test_reading_the_folder_reads_the_toc_and_says_the_setting(tmp_path: Path) -> None:
    _book(
        tmp_path,
        "only_build_toc_files: true\n",
        TOC,
        {**PAGES, "basins/congo.md": CITING.format(title="Congo")},
    )
    readings = list(read_manuscripts([tmp_path]))
    read = [r.path.relative_to(tmp_path).as_posix() for r in readings if r.doc is not None]
    assert read == ["rain.md", "basins/nile.md"]
    notices = [r.message for r in readings if r.outcome is Outcome.BOOK]
    assert any(
        "only_build_toc_files: true" in m and m.endswith(": basins/congo.md") for m in notices
    )
    assert not [r for r in readings if r.outcome is Outcome.FAILED]
