"""A plain-text draft's bibliography after its notes, wrapped by hand with hanging indents.

The notes are read as before; the entries under the bibliography heading are one entry
each, its flush line and the indented lines under it joined.  All examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import plaintext
from bibcheck.readers.endnotetext import end_notes
from bibcheck.readers.hangingindent import hanging_entries
from bibcheck.readers.wordnotes import line_entries


@pytest.mark.parametrize(
    ("block", "want"),
    [
        # entries wrapped under a four-space hang, some on one line
        (
            [
                "Abel, K. 2013. The Mill and the",
                "    Town. Leeds: Aire Press.",
                "Brook, L. 2001. Stone Floors. York: Ouse.",
                "Cole, M. 1999. 'Roofs of the",
                "    worsted mills'. Mill History 4",
                "    (2): 3-19.",
                "Dale, N. 2020. Chimneys. Hull: Humber.",
            ],
            [[0, 1], [2], [3, 4, 5], [6]],
        ),
        # a two-space hang
        (
            [
                "Ash, P. 2010. A long",
                "  title. Bath.",
                "Bell, Q. 2011. B.",
                "Cox, R. 2012. C",
                "  d.",
            ],
            [[0, 1], [2], [3, 4]],
        ),
        # near-misses: one entry a line; a paragraph of prose; continuation lines at random
        (
            ["Abel, K. 2013. A.", "Brook, L. 2001. B.", "Cole, M. 1999. C.", "Dale, N. 2020. D."],
            None,
        ),
        (["This plan follows", "the method set out", "by Kerr and by", "the Burra Charter."], None),
        (
            [
                "Abel, K. 2013. A",
                "      long.",
                "Brook, L. 2001. B",
                "  c.",
                "Cole, M. 1999. C",
                "   d.",
            ],
            None,
        ),
    ],
)
def test_hanging_entries(block: list[str], want: list[list[int]] | None) -> None:
    assert hanging_entries(block) == want


_WRAPPED = [
    "Abel, K. 2013. The Mill and the",
    "    Town. Leeds: Aire Press.",
    "Brook, L. 2001. Stone Floors. York: Ouse.",
    "Cole, M. 1999. 'Roofs of the",
    "    worsted mills'. Mill History 4 (2): 3-19.",
    "Dale, N. 2020. Chimneys of the",
    "    West Riding. Hull: Humber.",
]


def test_line_entries_join_hanging_lines() -> None:
    lines = ["BIBLIOGRAPHY", "", *_WRAPPED]
    entries = line_entries(lines, 1)
    assert [e.text for e in entries] == [
        "Abel, K. 2013. The Mill and the\nTown. Leeds: Aire Press.",
        "Brook, L. 2001. Stone Floors. York: Ouse.",
        "Cole, M. 1999. 'Roofs of the\nworsted mills'. Mill History 4 (2): 3-19.",
        "Dale, N. 2020. Chimneys of the\nWest Riding. Hull: Humber.",
    ]
    assert [(e.line, e.end_line) for e in entries] == [(3, 4), (5, 5), (6, 7), (8, 9)]


def test_end_notes_list_joins_hanging_lines() -> None:
    lines = [
        "The mill stands empty.¹ Its floors are of the usual type.²",
        "Its chimney is the tallest in the valley.³",
        "",
        "Notes",
        "",
        "1. Abel, The Mill and the Town, 4.",
        "2. Cole, 'Roofs', 7.",
        "3. Dale, Chimneys, 12.",
        "",
        "Bibliography",
        "",
        *_WRAPPED,
    ]
    found = end_notes(lines)
    assert found is not None
    assert [e.text.split("\n")[0] for e in found.literature] == [
        "Abel, K. 2013. The Mill and the",
        "Brook, L. 2001. Stone Floors. York: Ouse.",
        "Cole, M. 1999. 'Roofs of the",
        "Dale, N. 2020. Chimneys of the",
    ]


def test_plain_text_draft_with_wrapped_bibliography() -> None:
    text = "\n".join(
        [
            "THE MILL",
            "",
            "1. INTRODUCTION",
            "",
            "The mill stands empty.[1] Its floors are of the usual",
            "type.[2] Its chimney is the tallest in the valley.[3]",
            "",
            "NOTES",
            "",
            "1. Abel, The Mill and the Town, 4.",
            "2. Cole, 'Roofs', 7.",
            "3. Dale, Chimneys, 12.",
            "",
            "BIBLIOGRAPHY",
            "",
            *_WRAPPED,
            "",
        ]
    )
    doc = plaintext.read(text)
    assert len(doc.footnotes) == 3
    assert len(doc.literature) == 4
    assert doc.literature[2].text.endswith("Mill History 4 (2): 3-19.")
