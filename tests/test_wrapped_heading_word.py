"""A wrapped line that is one reference-list word ("bibliography", "references",
"sources") goes on with the sentence before it: it is no heading, so no reference list
and no unread-region under it.  A plain "References" after a finished sentence, a blank
line or a page number stays a heading (PDF-to-text).  Texts written for this test."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.common import (
    reference_lists,
    unread_lists,
    wraps_on,
)


@pytest.mark.parametrize(
    ("previous", "line", "wraps"),
    [
        ("- `tool`: writes the", "  bibliography", True),
        ("the program then writes the", "bibliography", True),
        ("1. collects the cited", "   references", True),
        ("- `biber`: like bibtex but with all", "  References", True),
        ("Some text, as many", "sources", True),
        ("The study ends here.", "References", False),
        ("", "References", False),
        ("12", "References", False),
        ("The study ends here.", "references", False),
        ("Table of the results", "References", False),
        ("- an item", "References", False),
    ],
)
def test_wraps_on(previous: str, line: str, wraps: bool) -> None:
    assert wraps_on(previous, line) is wraps


_WRAPPED = [
    "Tools used:",
    "",
    "- `bibtex`: reads the citations and writes the",
    "  bibliography",
    "- `biber`: does the same with more",
    "  options",
    "- `latexmk`: runs all of it",
    "",
    "The end.",
]
_PDF = [
    "The study ends here.",
    "References",
    "1. Orr, A. Tidal Mills. Fen Press, 2019.",
    "2. Pike, B. Silt. Water History, 2021.",
]


def test_wrapped_word_opens_no_list() -> None:
    assert reference_lists(_WRAPPED) == []
    assert not [a for a in unread_lists(_WRAPPED, set()) if a.code is AnomalyCode.UNREAD_REGION]


def test_plain_heading_still_opens_a_list() -> None:
    regions = reference_lists(_PDF)
    assert [(r.heading, r.items) for r in regions] == [("References", 2)]
