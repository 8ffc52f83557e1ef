"""MyST toctrees: a Markdown page's ```{toctree} fence (and :::{toctree}) followed as an
rst ``.. toctree::`` is, the tables of contents of Jupyter Book (``_toc.yml``) and MyST
(``myst.yml``), and the pages a project named as a folder leaves out of its toc."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bibcheck.books import BookKind, find_book, toc_files, unlisted_notice
from bibcheck.pipeline import Outcome, read_manuscripts
from bibcheck.sphinxtoc import TocTreeEntry, exclude_patterns, myst_toctree_entries

BIB = """@book{mwangi2019,
  author = {Mwangi, Wanjiru},
  title = {Tea gardens of the highlands},
  publisher = {Ridge Books},
  year = {2019},
}
"""
CONF = 'project = "Gardens"\nextensions = ["myst_parser", "sphinxcontrib.bibtex"]\nbibtex_bibfiles = ["refs.bib"]\n'
CITING = "# {title}\n\nThe estates grew {{cite:p}}`mwangi2019`.\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def E(name: str, pattern: bool = False) -> TocTreeEntry:
    return TocTreeEntry(name, pattern)


# ---------------------------------------------------------------- parsing (pure)

T3 = "```"


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            f"# Home\n\n{T3}{{toctree}}\n:maxdepth: 2\n\nsetup\nusage/basics\n{T3}\n",
            [E("setup"), E("usage/basics")],
        ),
        (
            f"{T3}{{toctree}}\n:caption: Parts\n\nGetting going <setup>\nself\nhttps://example.org\n{T3}\n",
            [E("setup")],
        ),
        (":::{toctree}\n:glob:\n\nnotes/*\nsummary\n:::\n", [E("notes/*", True), E("summary")]),
        ("~~~{toctree}\n---\nmaxdepth: 1\nglob:\n---\nchapters/*\n~~~\n", [E("chapters/*", True)]),
        (f"{T3}{{toctree}}\n---\nhidden: true\n---\nappendix\n{T3}\n", [E("appendix")]),
        # a toctree shown as an example inside a code block is none
        (f"````md\n{T3}{{toctree}}\nexample\n{T3}\n````\n\nText.\n", []),
        (f"{T3}{{code-block}} md\n:::{{toctree}}\nexample\n:::\n{T3}\n", []),
        # one inside an admonition (a directive holding Markdown) counts
        (
            f"````{{note}}\nSee these.\n{T3}{{toctree}}\ninner\n{T3}\n````\n{T3}{{toctree}}\nouter\n{T3}\n",
            [E("inner"), E("outer")],
        ),
        (f"{T3}python\nx = 1\n{T3}\n{T3}{{toctree}}\nafter\n{T3}\n", [E("after")]),
        ("# No toctree\n\nJust text {cite}`a`.\n", []),
        (".. toctree::\n\n   rst_only\n", []),  # rst syntax is not MyST's
    ],
)
def test_myst_toctree_entries(text: str, entries: list[TocTreeEntry]) -> None:
    assert myst_toctree_entries(text) == entries


@pytest.mark.parametrize(
    ("conf", "patterns"),
    [
        (
            "exclude_patterns = ['_build', 'Thumbs.db', '.DS_Store']\n",
            ["_build", "Thumbs.db", ".DS_Store"],
        ),
        (
            'exclude_patterns = [\n    "_build",\n    "README.md",\n    "drafts/*",\n]\n',
            ["_build", "README.md", "drafts/*"],
        ),
        ("exclude_patterns = []\n", []),
        ("project = 'x'\n", []),
    ],
)
def test_exclude_patterns(conf: str, patterns: list[str]) -> None:
    assert exclude_patterns(conf) == patterns


@pytest.mark.parametrize(
    ("toc", "names"),
    [
        (  # Jupyter Book 1: jb-book with parts and captions
            "format: jb-book\nroot: intro\nparts:\n  - caption: First\n    chapters:\n      - file: one\n      - file: two\n        sections:\n          - file: two/detail\n  - caption: Last\n    chapters:\n      - url: https://example.org\n        title: Elsewhere\n      - glob: extra/*\n",
            ["intro", "one", "two", "two/detail", "extra/*"],
        ),
        (  # jb-article: sections only
            "format: jb-article\nroot: index\nsections:\n  - file: methods\n  - file: results\n",
            ["index", "methods", "results"],
        ),
        (  # MyST: project toc with children and patterns
            "version: 1\nproject:\n  toc:\n    - file: index.md\n    - title: Guides\n      children:\n        - file: guides/a.md\n        - pattern: 'guides/more/*.md'\n    - url: https://example.org\n",
            ["index.md", "guides/a.md", "guides/more/*.md"],
        ),
    ],
)
def test_toc_files(toc: str, names: list[str]) -> None:
    data: Any = yaml.safe_load(toc)
    assert [e.name for e in toc_files(data)] == names


# ---------------------------------------------------------------- projects


def _sphinx_md(root: Path) -> None:
    _write(
        root,
        {
            "conf.py": CONF,
            "refs.bib": BIB,
            "index.md": f"# Gardens\n\n{T3}{{toctree}}\n:maxdepth: 2\n\nhistory\nplaces/index\n{T3}\n",
            "history.md": CITING.format(title="History"),
            "places/index.md": ":::{toctree}\n:glob:\n\n*\n:::\n\n# Places\n",
            "places/kericho.md": CITING.format(title="Kericho"),
            "places/limuru.md": CITING.format(title="Limuru"),
        },
    )


def test_a_sphinx_projects_markdown_toctrees_are_followed(tmp_path: Path) -> None:
    _sphinx_md(tmp_path)
    book = find_book(tmp_path)
    assert book is not None and book.kind is BookKind.SPHINX
    names = [c.relative_to(tmp_path).as_posix() for c in book.chapters]
    assert names == ["history.md", "places/index.md", "places/kericho.md", "places/limuru.md"]
    assert not book.problems


def test_reading_the_folder_reads_the_pages_in_toc_order(tmp_path: Path) -> None:
    _sphinx_md(tmp_path)
    readings = list(read_manuscripts([tmp_path]))
    read = [r.path.relative_to(tmp_path).as_posix() for r in readings if r.doc is not None]
    assert read == ["history.md", "places/kericho.md", "places/limuru.md"]
    assert not [r for r in readings if r.outcome is Outcome.FAILED]


def test_a_missing_myst_toctree_entry_is_said(tmp_path: Path) -> None:
    _sphinx_md(tmp_path)
    _write(tmp_path, {"index.md": f"# G\n\n{T3}{{toctree}}\nhistory\ngone\n{T3}\n"})
    book = find_book(tmp_path)
    assert book is not None
    assert book.problems == ("the toctree entry 'gone' in index.md names no page",)


def test_pages_outside_the_sphinx_toctrees_are_listed(tmp_path: Path) -> None:
    _sphinx_md(tmp_path)
    _write(
        tmp_path,
        {
            "drafts/old.md": CITING.format(title="Old"),
            "stray.rst": "Stray\n=====\n",
            "orphaned.md": "---\norphan: true\n---\n# Alone\n",
            "_build/html/x.md": "built\n",
            "README.md": "# Read me\n",
            "conf.py": CONF + "exclude_patterns = ['_build', 'README.md']\n",
        },
    )
    book = find_book(tmp_path)
    assert book is not None
    notice = unlisted_notice(book)
    assert notice is not None
    assert "2 pages of the Sphinx project are in no toctree" in notice
    assert notice.endswith(": drafts/old.md, stray.rst")
    readings = list(read_manuscripts([tmp_path]))
    assert any(r.outcome is Outcome.BOOK and r.message == notice for r in readings)
    assert not any(r.path.name == "old.md" and r.doc is not None for r in readings)


def test_a_jupyter_book_folder_lists_its_pages_outside_the_toc(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_config.yml": "title: Gardens\nbibtex_bibfiles:\n  - refs.bib\n",
            "_toc.yml": "format: jb-book\nroot: intro\nchapters:\n  - file: tea\n",
            "intro.md": "# Intro\n",
            "tea.md": CITING.format(title="Tea"),
            "scratch.ipynb": "{}",
            "refs.bib": BIB,
        },
    )
    book = find_book(tmp_path)
    assert book is not None and book.kind is BookKind.JUPYTER_BOOK
    assert unlisted_notice(book) == (
        f"{tmp_path}: 1 page of the Jupyter Book is in no entry of _toc.yml, so not read "
        "as its chapters: scratch.ipynb"
    )
    readings = list(read_manuscripts([tmp_path]))
    assert [r.path.name for r in readings if r.doc is not None] == ["tea.md"]


def test_a_myst_project_in_toc_order_and_nothing_unlisted(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "myst.yml": "version: 1\nproject:\n  bibliography: [refs.bib]\n  toc:\n    - file: index.md\n    - file: z-first.md\n    - file: a-second.md\n",
            "index.md": "# Home\n",
            "z-first.md": CITING.format(title="Z"),
            "a-second.md": CITING.format(title="A"),
            "refs.bib": BIB,
        },
    )
    book = find_book(tmp_path)
    assert book is not None and book.kind is BookKind.MYST
    assert unlisted_notice(book) is None
    readings = list(read_manuscripts([tmp_path]))
    assert [r.path.name for r in readings if r.doc is not None] == ["z-first.md", "a-second.md"]


def test_a_root_file_named_says_nothing_of_unlisted_pages(tmp_path: Path) -> None:
    _sphinx_md(tmp_path)
    _write(tmp_path, {"stray.md": "# Stray\n"})
    readings = list(read_manuscripts([tmp_path / "index.md"]))
    assert not any("in no toctree" in r.message for r in readings)
