"""Jupyter notebooks: their Markdown cells are read as a Markdown document, on the
notebook file's own line numbers; code cells and outputs cite nothing; a Quarto notebook's
first raw cell of front matter names its bibliography.  Notebooks written for these tests
(as nbformat, Python's json module and a hand-written single-string cell lay them out)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.readers.notebook import is_notebook, notebook_text


def md(*lines: str) -> dict[str, object]:
    return {"cell_type": "markdown", "metadata": {}, "source": [f"{x}\n" for x in lines]}


def code(*lines: str, output: str = "") -> dict[str, object]:
    outputs = [{"output_type": "stream", "name": "stdout", "text": [output]}] if output else []
    return {
        "cell_type": "code",
        "execution_count": 1,
        "metadata": {},
        "outputs": outputs,
        "source": [f"{x}\n" for x in lines],
    }


CELLS = [
    md("# Week 2: Estimation", "", "Least squares is old [1]; Gauss used it too [2]."),
    code("x = [3, 4]", "print(x[0] + x[1])", output="[7]"),
    md("Penalised fits came later [3]."),
    md(
        "## References",
        "",
        "1. Legendre, A.-M. (1805). Nouvelles méthodes pour la détermination des orbites des"
        " comètes. Paris: Courcier.",
        "2. Gauss, C. F. (1809). Theoria motus corporum coelestium. Hamburg: Perthes.",
        "3. Tikhonov, A. N. (1963). Solution of incorrectly formulated problems. Soviet"
        " Mathematics Doklady, 4, 1035–1038.",
    ),
]


def notebook(cells: list[dict[str, object]], *, ascii: bool) -> str:
    data = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(data, indent=1, ensure_ascii=ascii) + "\n"


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize("ascii", [False, True], ids=["nbformat-utf8", "json-ascii"])
def test_markdown_cells_are_read_on_the_files_lines(ascii: bool) -> None:
    text = notebook(CELLS, ascii=ascii)
    doc = parse_bytes(text.encode(), "week2.ipynb")
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    first, later = line_of(text, "Least squares"), line_of(text, "Penalised")
    assert cited == [("1", first), ("2", first), ("3", later)]
    assert [e.line for e in doc.literature] == [
        line_of(text, "Legendre, A."),
        line_of(text, "Gauss, C. F."),
        line_of(text, "Tikhonov"),
    ]
    assert doc.literature[1].reference.title == "Theoria motus corporum coelestium"
    assert doc.stray_markers == ()  # x[0] and the output's [7] are code, not citations
    assert doc.title == "Week 2: Estimation"


def test_a_cell_written_as_one_string() -> None:
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": "Old method [1].\n\nNew [2]."},
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": "## References\n\n1. Smith, J. (2001). Old methods. Wiley.\n"
            "2. Brown, K. (2010). New methods. Springer.",
        },
    ]
    doc = parse_bytes(notebook(cells, ascii=False).encode(), "one.ipynb")
    assert sorted(m.label for f in doc.footnotes for m in f.markers) == ["1", "2"]
    assert [e.reference.title for e in doc.literature] == ["Old methods", "New methods"]


def test_quarto_front_matter_names_the_bibliography(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{gauss1809, author = {Gauss, Carl Friedrich}, title = {Theoria motus},"
        " year = {1809}, publisher = {Perthes}}\n",
        encoding="utf-8",
    )
    cells = [
        {
            "cell_type": "raw",
            "metadata": {},
            "source": ["---\n", "bibliography: refs.bib\n", "---"],
        },
        md("Orbits were fitted by least squares [@gauss1809, p. 205]."),
        code("import numpy as np"),
    ]
    path = tmp_path / "orbits.ipynb"
    path.write_text(notebook(cells, ascii=False), encoding="utf-8")
    doc = parse_file(path)
    assert [(f.label, f.reference.year) for f in doc.footnotes] == [("gauss1809", 1809)]


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        pytest.param("a.ipynb", "{}", True, id="extension"),
        pytest.param("a.json", notebook(CELLS, ascii=True), True, id="content"),
        pytest.param("a.json", '{"name": "x"}', False, id="other-json"),
        pytest.param("a.md", "# Title [1]", False, id="markdown"),
    ],
)
def test_is_notebook(path: str, text: str, expected: bool) -> None:
    assert is_notebook(path, text) is expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param('{"cells": [', "invalid JSON", id="truncated"),
        pytest.param('{"nbformat": 4}', "no list of cells", id="no-cells"),
    ],
)
def test_a_broken_notebook_is_refused_clearly(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        notebook_text(text, "broken.ipynb")
    with pytest.raises(InputError, match=message):
        parse_bytes(text.encode(), "broken.ipynb")


def v3(cells: list[dict[str, object]], *, indent: int | None) -> str:
    """An nbformat-3 notebook: its cells in a worksheet, code under ``input``."""
    data = {
        "metadata": {"name": ""},
        "nbformat": 3,
        "nbformat_minor": 0,
        "worksheets": [{"cells": cells, "metadata": {}}],
    }
    return json.dumps(data, indent=indent, ensure_ascii=False) + "\n"


def heading(level: object, source: object) -> dict[str, object]:
    return {"cell_type": "heading", "level": level, "metadata": {}, "source": source}


V3_CELLS: list[dict[str, object]] = [
    heading(1, ["Glacier retreat in the Alps"]),
    md("Retreat sped up after 1980 [1], and again after 2000 [2]."),
    {
        "cell_type": "code",
        "collapsed": False,
        "input": ["a = b[1]"],
        "language": "python",
        "metadata": {},
        "outputs": [],
    },
    heading(2, "References"),
    {
        "cell_type": "markdown",
        "metadata": {},
        "source": "1. Keller, R. (1991). Alpine ice. Bern: Haupt.\n"
        "2. Moreau, L. (2008). Thin glaciers. Grenoble: PUG.",
    },
]


@pytest.mark.parametrize("indent", [1, None], ids=["nbformat-writer", "one-line"])
def test_an_nbformat3_notebook_is_read_from_its_worksheets(indent: int | None) -> None:
    text = v3(V3_CELLS, indent=indent)
    doc = parse_bytes(text.encode(), "glaciers.ipynb")
    assert sorted(m.label for f in doc.footnotes for m in f.markers) == ["1", "2"]
    assert [e.reference.title for e in doc.literature] == ["Alpine ice", "Thin glaciers"]
    assert doc.title == "Glacier retreat in the Alps"
    assert doc.stray_markers == ()  # b[1] is code


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(heading(1, ["Methods"]), "# Methods", id="level-1-list"),
        pytest.param(heading(3, "Results"), "### Results", id="level-3-string"),
        pytest.param(heading(None, ["Notes"]), "# Notes", id="no-level"),
        pytest.param(heading(9, ["Deep"]), "# Deep", id="level-out-of-range"),
        pytest.param(heading(2, ["Two\n", "lines"]), "## Two lines", id="two-lines"),
    ],
)
def test_an_nbformat3_heading_cell_is_a_markdown_heading(
    cell: dict[str, object], expected: str
) -> None:
    for indent in (1, None):
        lines = [x for x in notebook_text(v3([cell], indent=indent)).text.splitlines() if x]
        assert lines == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"nbformat": 3, "worksheets": []}', id="no-worksheet"),
        pytest.param('{"nbformat": 3, "worksheets": [{"cells": 1}]}', id="cells-not-a-list"),
    ],
)
def test_an_nbformat3_notebook_without_cells_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="no list of cells"):
        notebook_text(text, "empty.ipynb")
