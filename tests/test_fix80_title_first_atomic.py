"""A title-first entry's author list is read in time linear in its length (round 80).

:mod:`bibcheck.parse.references.title_first` looks for a Vancouver author list after a
title sentence.  Each family name was a run of letters around one lower-case letter
(``[A-Z][\\w'’-]*[a-zà-ÿ][\\w'’-]*``): a run splits around any of its lower-case letters, so
a list that failed to end in a journal and year tried every split of every name -- a
run of ``Oxford UP,`` after a sentence took time exponential in its length (8 runs: 1.2 s,
11 runs: 48 s), found by a fuzz of corpus lines with a segment repeated.  Each word of a
name is now taken whole, once (an atomic group).  Counted in steps (tests/worksteps.py).
"""

from __future__ import annotations

import functools

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.title_first import author_first
from tests.worksteps import work

# an ordinary entry takes some thousands of steps; 12 runs took tens of millions before
LIMIT = 400_000

_LIST = functools.partial(parse_reference, line_starts=[0], note=False)
_NOTE = functools.partial(parse_reference, line_starts=[0], note=True)


@pytest.mark.parametrize(
    "text",
    [
        "Edited by Jane Brightwater, Oxford UP, 2007. " + "Oxford UP, " * 12,
        "Collected essays on tides. " + "Halvorsen KB, " * 12 + "Harbour",
        "Tidal records of the port. " + "Vanderlinden AJ, " * 12 + "2019",
        "Port works and dredging. " + "de Groot Wilhelmsen PT, " * 12,
    ],
    ids=["press", "names-no-journal", "names-then-year", "two-word-families"],
)
@pytest.mark.parametrize("read", [_LIST, _NOTE], ids=["list", "note"])
def test_failing_author_lists_stay_cheap(read: functools.partial[object], text: str) -> None:
    read("Smith J. Title. Journal 2019;1:2.")  # patterns compiled, uncounted
    assert work(read, text, limit=LIMIT) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drinking water along the quays. Hansen KL, Berg-Olsen T. Mar Hist 2019; 18(1): 22-31.",
            "Hansen KL, Berg-Olsen T. Drinking water along the quays. Mar Hist 2019; 18(1): 22-31.",
        ),
        (
            "Ships in harbour. van der Berg Holm J, McKay AB. J Nav Arch 2001; 4: 1-9.",
            "van der Berg Holm J, McKay AB. Ships in harbour. J Nav Arch 2001; 4: 1-9.",
        ),
        ("Hansen KL, Berg-Olsen T. Drinking water. Mar Hist 2019; 18: 22-31.", None),
        ("Editorial. Hansen KL. Mar Hist 2019; 18: 22.", None),
    ],
)
def test_title_first_entries_still_turned(text: str, expected: str | None) -> None:
    assert author_first(text) == expected
