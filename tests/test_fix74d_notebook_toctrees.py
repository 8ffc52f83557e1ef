"""A Sphinx (MyST-NB, nbsphinx) project's notebook pages hold toctrees in their cells: a
Markdown cell's MyST ```` ```{toctree} ```` fence, a raw cell of reST format with its
``.. toctree::``, an nbsphinx Markdown cell tagged ``nbsphinx-toctree`` whose links are
the entries.  The pages they list are followed as an rst page's are; a notebook that is
no JSON is a problem said, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bibcheck.books import BookKind, find_book, unlisted_notice
from bibcheck.errors import InputError
from bibcheck.pipeline import Outcome, read_manuscripts
from bibcheck.readers.notebook import Cell, notebook_cells
from bibcheck.sphinxtoc import TocTreeEntry, cell_toctree_entries

BIB = """@article{haddad2018,
  author = {Haddad, Rania},
  title = {Salt marshes under rising seas},
  journal = {Coastal Letters},
  year = {2018},
  volume = {7},
  pages = {11--19},
}
"""
CONF = (
    "project = 'Coasts'\nextensions = ['myst_nb', 'sphinxcontrib.bibtex']\n"
    "bibtex_bibfiles = ['refs.bib']\n"
)
CITING = "# {title}\n\nThe marsh retreats {{cite:p}}`haddad2018`.\n"
T3 = "```"
RST = {"raw_mimetype": "text/restructuredtext"}


def _cell(kind: str, source: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    cell: dict[str, Any] = {
        "cell_type": kind,
        "metadata": metadata or {},
        "source": source.splitlines(True),
    }
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    return cell


def _notebook(*cells: dict[str, Any]) -> str:
    return json.dumps(
        {
            "cells": list(cells),
            "metadata": {"kernelspec": {"name": "python3", "language": "python"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        },
        indent=1,
    )


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _project(root: Path, index: str, pages: dict[str, str]) -> None:
    _write(root, {"conf.py": CONF, "refs.bib": BIB, "index.rst": index, **pages})


def _chapters(root: Path) -> list[str]:
    book = find_book(root)
    assert book is not None and book.kind is BookKind.SPHINX
    return [c.relative_to(root).as_posix() for c in book.chapters]


INDEX = "Coasts\n======\n\n.. toctree::\n\n   marshes\n   closing\n"


def E(name: str, pattern: bool = False) -> TocTreeEntry:
    return TocTreeEntry(name, pattern)


# ---------------------------------------------------------------- a cell's entries (pure)


@pytest.mark.parametrize(
    ("kind", "source", "metadata", "entries"),
    [
        ("markdown", f"# Marshes\n\n{T3}{{toctree}}\n:maxdepth: 1\n\nsites/a\nsites/b\n{T3}\n", {}, [E("sites/a"), E("sites/b")]),
        ("markdown", ":::{toctree}\n:glob:\n\nsites/*\n:::\n", {}, [E("sites/*", True)]),
        ("raw", ".. toctree::\n   :maxdepth: 2\n\n   sites/a\n   Site B <sites/b>\n", RST, [E("sites/a"), E("sites/b")]),
        ("raw", ".. toctree::\n\n   sites/a\n", {"format": "text/restructuredtext"}, [E("sites/a")]),
        ("raw", ".. toctree::\n\n   sites/a\n", {"raw_mimetype": "text/x-rst"}, [E("sites/a")]),
        # a raw cell with no format (or another one) is copied out as it is: no reST
        ("raw", ".. toctree::\n\n   sites/a\n", {}, []),
        ("raw", ".. toctree::\n\n   sites/a\n", {"raw_mimetype": "text/html"}, []),
        # an rst directive in a Markdown cell is no MyST toctree
        ("markdown", ".. toctree::\n\n   sites/a\n", {}, []),
        # nbsphinx: a Markdown cell tagged nbsphinx-toctree lists its links
        (
            "markdown",
            "## Sites\n\n* [A marsh](sites/a.ipynb)\n* [Notes](../notes.rst#top)\n* [Web](https://example.org/x)\n",
            {"nbsphinx-toctree": {"maxdepth": 1}},
            [E("sites/a.ipynb"), E("../notes.rst")],
        ),
        ("markdown", "[B](sites/b.ipynb)\n", {"tags": ["nbsphinx-toctree"]}, [E("sites/b.ipynb")]),
        ("markdown", "[B](sites/b.ipynb)\n", {"tags": ["hide-input"]}, []),  # links only
        # code is code
        ("code", f"print('''{T3}{{toctree}}\nsites/a\n{T3}''')\n", {}, []),
        ("markdown", f"{T3}md\n{T3}{{toctree}}\nsites/a\n{T3}\n{T3}\n", {}, []),  # shown as an example
    ],
)  # fmt: skip
def test_cell_toctree_entries(
    kind: str, source: str, metadata: dict[str, Any], entries: list[TocTreeEntry]
) -> None:
    assert cell_toctree_entries(kind, source, metadata) == entries


def test_notebook_cells_reads_each_cell() -> None:
    text = _notebook(
        _cell("markdown", "# T\n\nText.\n"),
        _cell("code", "x = 1\n"),
        _cell("raw", ".. note:: n\n", RST),
    )
    assert notebook_cells(text) == [
        Cell("markdown", "# T\n\nText.\n", {}),
        Cell("code", "x = 1\n", {}),
        Cell("raw", ".. note:: n\n", RST),
    ]


def test_notebook_cells_of_an_nbformat3_notebook() -> None:
    text = json.dumps(
        {
            "nbformat": 3,
            "worksheets": [
                {"cells": [{"cell_type": "heading", "level": 1, "source": "Title"}]},
                {"cells": [{"cell_type": "markdown", "source": ["a\n", "b\n"]}]},
            ],
        }
    )
    assert [(c.kind, c.source) for c in notebook_cells(text)] == [
        ("heading", "Title"),
        ("markdown", "a\nb\n"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"cells": [', "not a Jupyter notebook (invalid JSON at line 1"),
        ('{"metadata": {}}', "not a Jupyter notebook (no list of cells)"),
    ],
)
def test_notebook_cells_refuses_what_is_no_notebook(text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        notebook_cells(text, "x.ipynb")
    assert str(err.value).startswith(f"x.ipynb: {message}")


# ---------------------------------------------------------------- projects


def test_a_markdown_cell_toctree_is_followed(tmp_path: Path) -> None:
    _project(
        tmp_path,
        INDEX,
        {
            "marshes.ipynb": _notebook(
                _cell("markdown", "# Marshes\n\nThe sites follow.\n"),
                _cell("code", "import numpy\n"),
                _cell(
                    "markdown",
                    f"{T3}{{toctree}}\n:maxdepth: 1\n\nsites/estuary\nsites/lagoon\n{T3}\n",
                ),
            ),
            "sites/estuary.md": CITING.format(title="Estuary"),
            "sites/lagoon.ipynb": _notebook(_cell("markdown", CITING.format(title="Lagoon"))),
            "closing.md": CITING.format(title="Closing"),
        },
    )
    assert _chapters(tmp_path) == [
        "marshes.ipynb",
        "sites/estuary.md",
        "sites/lagoon.ipynb",
        "closing.md",
    ]
    book = find_book(tmp_path)
    assert book is not None and not book.problems and unlisted_notice(book) is None


def test_a_raw_rest_cell_toctree_is_followed_and_nested(tmp_path: Path) -> None:
    _project(
        tmp_path,
        INDEX,
        {
            "marshes.ipynb": _notebook(
                _cell("markdown", "# Marshes\n"),
                _cell("raw", ".. toctree::\n   :glob:\n\n   sites/*\n", RST),
            ),
            "sites/a-estuary.ipynb": _notebook(
                _cell("markdown", CITING.format(title="Estuary")),
                _cell("raw", ".. toctree::\n\n   deeper/tide\n", RST),
            ),
            "sites/b-lagoon.md": CITING.format(title="Lagoon"),
            "sites/deeper/tide.md": CITING.format(title="Tide"),
            "closing.md": CITING.format(title="Closing"),
        },
    )
    assert _chapters(tmp_path) == [
        "marshes.ipynb",
        "sites/a-estuary.ipynb",
        "sites/deeper/tide.md",
        "sites/b-lagoon.md",
        "closing.md",
    ]


def test_a_raw_cell_with_no_format_lists_nothing(tmp_path: Path) -> None:
    _project(
        tmp_path,
        INDEX,
        {
            "marshes.ipynb": _notebook(_cell("raw", ".. toctree::\n\n   sites/estuary\n")),
            "sites/estuary.md": CITING.format(title="Estuary"),
            "closing.md": CITING.format(title="Closing"),
        },
    )
    assert _chapters(tmp_path) == ["marshes.ipynb", "closing.md"]
    book = find_book(tmp_path)
    assert book is not None
    notice = unlisted_notice(book)
    assert notice is not None and notice.endswith("as its chapters: sites/estuary.md")


def test_an_nbsphinx_toctree_cell_is_followed(tmp_path: Path) -> None:
    _project(
        tmp_path,
        INDEX,
        {
            "marshes.ipynb": _notebook(
                _cell("markdown", "# Marshes\n"),
                _cell(
                    "markdown",
                    "## Sites\n\n* [Estuary](sites/estuary.ipynb)\n* [Lagoon](sites/lagoon.rst)\n",
                    {"tags": ["nbsphinx-toctree"]},
                ),
            ),
            "sites/estuary.ipynb": _notebook(_cell("markdown", CITING.format(title="Estuary"))),
            "sites/lagoon.rst": "Lagoon\n======\n",
            "closing.md": CITING.format(title="Closing"),
        },
    )
    assert _chapters(tmp_path) == [
        "marshes.ipynb",
        "sites/estuary.ipynb",
        "sites/lagoon.rst",
        "closing.md",
    ]


def test_a_notebook_root_document(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "conf.py": CONF + "root_doc = 'start'\n",
            "refs.bib": BIB,
            "start.ipynb": _notebook(
                _cell("markdown", f"# Coasts\n\n{T3}{{toctree}}\nmarshes\n{T3}\n")
            ),
            "marshes.md": CITING.format(title="Marshes"),
        },
    )
    book = find_book(tmp_path / "start.ipynb")
    assert book is not None and book.root.name == "start.ipynb"
    assert [c.name for c in book.chapters] == ["marshes.md"]


def test_a_notebook_toctree_entry_naming_no_page_is_said(tmp_path: Path) -> None:
    _project(
        tmp_path,
        INDEX,
        {
            "marshes.ipynb": _notebook(_cell("markdown", f"{T3}{{toctree}}\ngone\n{T3}\n")),
            "closing.md": CITING.format(title="Closing"),
        },
    )
    book = find_book(tmp_path)
    assert book is not None
    assert book.problems == ("the toctree entry 'gone' in marshes.ipynb names no page",)


def test_a_broken_notebook_is_a_problem_named_not_a_traceback(tmp_path: Path) -> None:
    _project(
        tmp_path,
        INDEX,
        {
            "marshes.ipynb": '{"cells": [\n {"cell_type": "markdown", "source": ["# M"\n',
            "closing.md": CITING.format(title="Closing"),
        },
    )
    book = find_book(tmp_path)
    assert book is not None
    assert [c.name for c in book.chapters] == ["marshes.ipynb", "closing.md"]
    [problem] = book.problems
    assert problem.startswith("marshes.ipynb: not a Jupyter notebook (invalid JSON at line ")
    assert problem.endswith(": its toctree is not followed")
    readings = list(read_manuscripts([tmp_path]))
    failed = {r.path.name: r.message for r in readings if r.outcome is Outcome.FAILED}
    assert failed["conf.py"] == f"{tmp_path / 'conf.py'}: {problem}"
    assert "not a Jupyter notebook" in failed["marshes.ipynb"]
    assert [r.path.name for r in readings if r.doc is not None] == ["index.rst", "closing.md"]


def test_reading_the_folder_reads_the_pages_a_notebook_lists(tmp_path: Path) -> None:
    _project(
        tmp_path,
        INDEX,
        {
            "marshes.ipynb": _notebook(
                _cell("markdown", "# Marshes\n"),
                _cell("raw", ".. toctree::\n\n   sites/estuary\n", RST),
            ),
            "sites/estuary.md": CITING.format(title="Estuary"),
            "closing.md": CITING.format(title="Closing"),
        },
    )
    readings = list(read_manuscripts([tmp_path]))
    read = [r.path.relative_to(tmp_path).as_posix() for r in readings if r.doc is not None]
    assert read == ["index.rst", "sites/estuary.md", "closing.md"]
    assert not [r for r in readings if r.outcome is Outcome.FAILED]
    # the notebook holding the toctree cites nothing: said, not failed
    [skipped] = [r for r in readings if r.outcome is Outcome.SKIPPED]
    assert skipped.path.name == "marshes.ipynb"
    assert "this file of the Sphinx project cites nothing" in skipped.message
