"""A title only like a list entry's (a weak match) by other authors is another work: a note
citing a foundation's "Sleep science approaches in the workplace" is not tied to Okafor et
al.'s "Sleep science in the workplace".  The same weak likeness by the same authors (the
name's words in any order) or with no authors on one side stays a weak match."""

from __future__ import annotations

import pytest

from bibcheck.model import LiteratureEntry, Reference
from bibcheck.parse.matching import MATCH, WEAK, LiteratureIndex


def ref(title: str, *authors: str, year: int = 2021) -> Reference:
    return Reference(
        raw=title, line=1, end_line=1, title=title, authors=authors, year=year, year_raw=str(year)
    )


ENTRIES = [
    LiteratureEntry(
        1,
        101,
        ref(
            "Sleep science in the workplace: Evidence and practice review",
            "Okafor, T.",
            "Lindqvist, R.",
        ),
    ),
    LiteratureEntry(
        2,
        102,
        ref("Urban heat islands and the health of older city residents", "Hartmann, Greta"),
    ),
]
INDEX = LiteratureIndex(ENTRIES)
SLEEP = "Sleep science approaches in the workplace: A review of the evidence"
HEAT = "Heat islands and older residents: health effects in cities"


@pytest.mark.parametrize(
    ("note", "number"),
    [
        (ref(SLEEP, "Centre for Healthy Work"), None),
        (ref(SLEEP, "Mbeki, A.", "Castro, L."), None),
        (ref(SLEEP, "Okafor, T.", "Lindqvist, R."), 1),
        (ref(SLEEP, "T. Okafor"), 1),
        (ref(SLEEP), 1),
        (ref(HEAT, "Greta Hartmann"), 2),
        (ref(HEAT, "Ivanova, M."), None),
    ],
    ids=[
        "corporate-author",
        "other-people",
        "same-authors",
        "first-author-name-order",
        "no-authors-in-note",
        "name-order",
        "other-author",
    ],
)
def test_weak_title_match_needs_no_other_authors(note: Reference, number: int | None) -> None:
    match = INDEX.match(note)
    if number is None:
        assert match is None
    else:
        assert match is not None and match.number == number
        assert WEAK <= match.score < MATCH  # the case is a weak match indeed
