"""An author-date book whose title closes with the years it covers in parentheses
(``Doe, Jane. 2010. Farming in the Hills (1950–1990). London: Faber.``): the entry's year
read before the title, those years are the title's, not the facts of a note's closing
parentheses, and the imprint after them is read.  Facts with a place in them, and entries
with no year before the title, are read as before.  All examples are invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("line", "kind", "title", "year", "place", "publisher"),
    [
        (
            "Doe, Jane. 2010. Farming in the Hills (1950–1990). London: Faber.",
            RefKind.BOOK,
            "Farming in the Hills (1950–1990)",
            2010,
            "London",
            "Faber",
        ),
        (
            "Roe, Kim. 2013. Courts and Communes: Law in the Uplands (1990-2007). New Delhi: "
            "Lotus Press.",
            RefKind.BOOK,
            "Courts and Communes: Law in the Uplands (1990-2007)",
            2013,
            "New Delhi",
            "Lotus Press",
        ),
        (
            "Poe, Ann, and Kim Roe. 2019. The Great Flood (1953–1954). Chicago: Prairie Books.",
            RefKind.BOOK,
            "The Great Flood (1953–1954)",
            2019,
            "Chicago",
            "Prairie Books",
        ),
        # near misses, read as before: a place in the closing parentheses, no year first
        (
            "Smith, John. 2001. Wages in Leeds (Leeds, 1990–2000).",
            RefKind.UNKNOWN,
            "Wages in Leeds",
            2001,
            None,
            None,
        ),
        (
            "Smith, John. Wages in Leeds (1990–2000).",
            RefKind.UNKNOWN,
            "Wages in Leeds",
            2000,
            None,
            None,
        ),
    ],
)
def test_period_in_title(
    line: str, kind: RefKind, title: str, year: int, place: str | None, publisher: str | None
) -> None:
    ref = parse_reference(line, [0], detect_styles=True)
    assert (ref.kind, ref.title, ref.year, ref.place, ref.publisher) == (
        kind,
        title,
        year,
        place,
        publisher,
    )
