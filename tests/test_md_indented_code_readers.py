"""Indented code blocks in the sup-markdown and markdown-links readers (the rule of
:mod:`bibcheck.readers.mdcode`, shared with the pandoc-markdown reader): a ``[1]``, a
``<sup>2</sup>`` or a link shown in one is no citation; the indented paragraphs of a list
item or a footnote stay text.  Fixtures written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.supmarkdown import read as read_sup

_NOTES = (
    "\n\n## Notes\n\n1. Orr, Ada. *Tidal Mills*. Fen Press, 2019.\n2. Pike, Ben. *Sluices*. 2021.\n"
)


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        pytest.param(
            "Mills were old.<sup>1</sup>\n\nTo write a note:\n\n    Text<sup>2</sup>\n",
            ["1"],
            id="sup-in-code",
        ),
        pytest.param(
            "Mills were old.<sup>1</sup>\n\nExample:\n\n\tSee<sup>2</sup> here\n",
            ["1"],
            id="tab-indented",
        ),
        pytest.param(
            "Mills were old.<sup>1</sup>\n\n- A point\n\n    whose second paragraph cites.<sup>2</sup>\n",
            ["1", "2"],
            id="list-continuation-is-text",
        ),
        pytest.param(
            "Mills were old.<sup>1</sup>\nand lazy\n    continuation.<sup>2</sup>\n",
            ["1", "2"],
            id="no-blank-before-is-text",
        ),
    ],
)
def test_sup_markers_in_indented_code(body: str, labels: list[str]) -> None:
    doc = read_sup(body + _NOTES)
    assert [m.label for m in doc.markers] == labels


_LIST = (
    "\n\n## References\n\n"
    "1. Orr, Ada. 2019. [Tidal Mills](https://example.org/mills). Fen Press.\n"
    "2. Pike, Ben. 2021. [Silt and Sluices](https://example.org/silt). *Water History*.\n"
)


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        pytest.param(
            "# Mills\n\nThe mills were old [1].\n\nA citation is written:\n\n    as shown [2].\n",
            ["1"],
            id="number-in-code",
        ),
        pytest.param(
            "# Mills\n\nThe mills were old [1].\n\nLink syntax:\n\n"
            "    [a survey](https://example.org/silt)\n",
            ["1"],
            id="link-in-code",
        ),
        pytest.param(
            "# Mills\n\nThe mills were old [1].\n\n- One point\n\n    goes on here [2].\n",
            ["1", "2"],
            id="list-continuation-is-text",
        ),
    ],
)
def test_link_citations_in_indented_code(body: str, labels: list[str]) -> None:
    doc = read_links(body + _LIST)
    assert [m.label for m in doc.markers] == labels
