"""A notebook's coverage says what of it was read (real-document sweep 31, P4).

Only the Markdown cells of a Jupyter notebook are the manuscript; its code cells, raw
cells and outputs are not read.  The coverage line (and the JSON coverage object, the
document's ``source_format``) says so, the value survives the store, and a refusal of
a notebook names the format.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import SourceFormat
from bibcheck.parse.coverage import coverage
from bibcheck.store.documents import load_document, save_document
from tests.test_fix31u_link_fragments import MD
from tests.test_notebook import CELLS, code, md, notebook

LINKED = [
    md(
        "# Returns",
        "",
        "Estimated first by Lee [[1979](https://notes.example.org/zreferences.html#id12)]"
        " and again by Kim [[1984](https://notes.example.org/zreferences.html#id40)].",
    ),
    code("import numpy as np", "np.mean([1, 2])", output="1.5"),
]


@pytest.mark.parametrize(
    ("cells", "name"),
    [
        (CELLS, "week2.ipynb"),  # a numbered reference list
        (LINKED, "returns.ipynb"),  # link citations
        (LINKED, "returns.json"),  # known by its content, not its name
    ],
    ids=["numbered", "links", "sniffed"],
)
def test_notebook_coverage_says_code_and_outputs_not_read(
    cells: list[dict[str, object]], name: str
) -> None:
    doc = parse_bytes(notebook(cells, ascii=False).encode(), name)
    assert doc.source_format is SourceFormat.NOTEBOOK
    cover = coverage(doc)
    assert "on the Markdown cells of a Jupyter notebook" in cover.line()
    assert "Not read: the notebook's code cells, raw cells and outputs." in cover.line()
    data = cover.as_json()
    assert data["source_format"] == "jupyter-notebook"
    assert data["source_not_read"] == "code cells, raw cells and outputs"


def test_markdown_file_coverage_unchanged() -> None:
    doc = parse_bytes(MD, "notes.md")
    assert doc.source_format is SourceFormat.TEXT
    data = coverage(doc).as_json()
    assert data["source_format"] is None and data["source_not_read"] is None
    assert "notebook" not in str(data["text"]) and "Not read: nothing reported." in str(
        data["text"]
    )


def test_source_format_is_stored(db: Database, tmp_path: Path) -> None:
    doc = parse_bytes(notebook(LINKED, ascii=True).encode(), str(tmp_path / "r.ipynb"))
    save_document(db, doc, size=1, now=datetime(2026, 12, 1, tzinfo=UTC))
    back = load_document(db, doc.id)
    assert back.source_format is SourceFormat.NOTEBOOK
    assert coverage(back).line() == coverage(doc).line()


@pytest.mark.parametrize(
    "cells",
    [
        [md("# Notes", "", "Nothing is cited [1] here, see x[0].")],
        [code("print('hello')")],
    ],
    ids=["unread-brackets", "code-only"],
)
def test_refusal_names_the_notebook(cells: list[dict[str, object]]) -> None:
    with pytest.raises(InputError, match=r"a Jupyter notebook: only its Markdown cells"):
        parse_bytes(notebook(cells, ascii=False).encode(), "tiny.ipynb")


def test_refusal_of_a_markdown_file_does_not_mention_notebooks() -> None:
    with pytest.raises(InputError) as err:
        parse_bytes(b"# Notes\n\nNothing is cited [1] here.\n", "tiny.md")
    assert "notebook" not in str(err.value)


def test_notebook_json_is_valid() -> None:
    json.loads(notebook(LINKED, ascii=True))
