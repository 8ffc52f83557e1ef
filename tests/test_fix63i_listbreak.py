"""fix63i: a keyed list whose entry a column break split with a blank line goes on."""

from __future__ import annotations

import pytest

from bibcheck.readers.symbolic import symbolic_list

_HEAD = ["References"]
_SPLIT = [
    "[BC99] Guy Blelloch and Perry Cheng. On bounding time and space",
    "for multiprocessor garbage collection. In Proceedings of the",
    "",
    "conference on programming language design, pages 104-117, 1999.",
    "[CB01] Perry Cheng and Guy Blelloch. A parallel collector. 2001.",
    "[Ung84] David Ungar. Generation scavenging. Pittsburgh, 1984.",
]
_SPLIT_DE = [
    "[Luh64] Niklas Luhmann. Funktionen und Folgen formaler",
    "",
    "organisation. Berlin: Duncker & Humblot, 1964.",
    "[Web22] Max Weber. Wirtschaft und Gesellschaft. Tübingen, 1922.",
    "[Hab81] Jürgen Habermas. Theorie des kommunikativen Handelns. 1981.",
]


@pytest.mark.parametrize(
    ("lines", "labels", "first_has"),
    [
        (_HEAD + _SPLIT, ["BC99", "CB01", "Ung84"], "conference on programming"),
        (_HEAD + _SPLIT_DE, ["Luh64", "Web22", "Hab81"], "organisation. Berlin"),
    ],
)
def test_entry_goes_on_after_column_break(
    lines: list[str], labels: list[str], first_has: str
) -> None:
    found = symbolic_list(lines, list(range(1, len(lines) + 1)))
    assert found is not None
    assert found.labels() == labels
    assert first_has in found.entries[0].text
