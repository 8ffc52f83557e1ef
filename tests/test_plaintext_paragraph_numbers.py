"""Plain text that numbers its paragraphs the way patent specifications do (``[0003]``):
the zero-padded numbers are no citations; the ``[n]`` beside them are.  Fixtures written for
these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.plaintext import MARKER

_LIST = (
    "\nReferences\n\n[1] Smith, J. Fouling of plates. Wiley, 2001.\n"
    "[2] Brown, K. Cleaning in place. Elsevier, 2005.\n"
)


@pytest.mark.parametrize(
    ("body", "cited", "stray"),
    [
        pytest.param(
            "Plates foul [1]. Cleaning helps [2].\n\n[0003] The device of [1] is known.\n",
            [("1", 1), ("1", 3), ("2", 1)],
            [],
            id="paragraph-number-then-citation",
        ),
        pytest.param(
            "[0001] The invention relates to plates [2].\n[0002] Deposits form [1].\n",
            [("1", 2), ("2", 1)],
            [],
            id="every-line-numbered",
        ),
        pytest.param(
            "Plates foul [1]; see also [3].\n",
            [("1", 1)],
            [("3", 1)],
            id="a-real-number-past-the-list-still-cites",
        ),
    ],
)
def test_zero_padded_paragraph_numbers_are_no_citations(
    body: str, cited: list[tuple[str, int]], stray: list[tuple[str, int]]
) -> None:
    doc = parse_bytes((body + _LIST).encode(), "spec.txt")
    assert doc.reader == "plain-text"
    found = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert found == cited
    assert [(m.label, m.line) for m in doc.stray_markers] == stray


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("[0003]", [], id="patent-paragraph"),
        pytest.param("[01]", [], id="padded"),
        pytest.param("[0]", ["0"], id="zero"),
        pytest.param("[10]", ["10"], id="ten"),
        pytest.param("[3, 10]", ["3, 10"], id="list"),
    ],
)
def test_marker_pattern(text: str, labels: list[str]) -> None:
    assert [m.group("label") for m in MARKER.finditer(text)] == labels
