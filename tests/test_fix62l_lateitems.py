"""fix62l: a typeset list's entry that follows an entry's set-apart end in one block."""

from __future__ import annotations

import pytest

from bibcheck.readers import plaintext
from bibcheck.readers.lateitems import split_late_items


@pytest.mark.parametrize(
    ("blocks", "items", "expected"),
    [
        # an entry's end, then the next entry: cut before the entry
        ([[0, 1]], [1], [[0], [1]]),
        # two lines of a split URL, then the entry
        ([[4, 5, 6, 7]], [6], [[4, 5], [6, 7]]),
        # three lines of text: still an entry's end
        ([[0, 1, 2, 3, 4]], [3], [[0, 1, 2], [3, 4]]),
        # four lines of text: a paragraph, kept whole
        ([[0, 1, 2, 3, 4]], [4], [[0, 1, 2, 3, 4]]),
        # a block that starts with an item: kept
        ([[0, 1, 2]], [0, 2], [[0, 1, 2]]),
        # no item at all: kept
        ([[0, 1], [3]], [], [[0, 1], [3]]),
        # only the first item counts; blocks stay in order
        ([[0], [2, 3, 4]], [3, 4], [[0], [2], [3, 4]]),
    ],
)
def test_split_late_items(
    blocks: list[list[int]], items: list[int], expected: list[list[int]]
) -> None:
    size = 1 + max((i for b in blocks for i in b), default=0)
    is_item = [i in items for i in range(size)]
    assert split_late_items(blocks, is_item) == expected


_BODY = (
    "On modular systems\n\n"
    "Modules were proposed early [1] and refined later [2], [3].\n"
    "Service boundaries follow data ownership [4].\n\n"
    "7\n\f"
)
_LIST = (
    "References\n\n"
    "[1] Q. Marlowe, “Dividing programs into parts,” Journal of Program\n"
    "Structure, vol. 3, no. 2, pp. 11–19, 1971.\n"
    "[2] T. Okafor and L. Brandt, “A note on services.” 2019. Accessed:\n"
    "Jan. 05, 2024. [Online].\n\n"
    "Available: https://example.\n\n"
    "org/notes/services.html\n"
    "[3] R. Ilves, “Coupling measured,” in Proc. Workshop on Metrics, 2010,\n"
    "pp. 1–8. doi:\n\n"
    "10.5555/0000000.0000001.\n"
    "[4] S. Lindqvist, Owning Data. Example Press, 2015.\n\n"
    "8\n"
)


def test_entries_after_set_apart_ends_are_read() -> None:
    raw = plaintext.read(_BODY + _LIST)
    assert [n.label for n in raw.literature] == ["1", "2", "3", "4"]
    assert raw.literature[3].text.startswith("S. Lindqvist, Owning Data.")
    assert raw.literature[2].text.startswith("R. Ilves, “Coupling measured,”")
    codes = {a.code.value for a in raw.anomalies}
    assert "citation-key-missing" not in codes
    assert "literature-numbering" not in codes


def test_typed_list_is_not_cut() -> None:
    # (not typeset: no pages; a typed list's blocks are read as before)
    text = _BODY.replace("\f", "") + _LIST
    raw = plaintext.read(text)
    assert [n.label for n in raw.literature][:2] == ["1", "2"]
