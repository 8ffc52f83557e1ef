"""A publisher holding an abbreviation with a full stop is read whole, not cut at it."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.shared import place_publisher, tidy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington, DC: U.S. Department of Energy.",
            ("Washington, DC", "U.S. Department of Energy"),
        ),
        (
            "London: U.K. Stationery Office. https://example.org",
            ("London", "U.K. Stationery Office"),
        ),
        ("New York: St. Martin's Press.", ("New York", "St. Martin's Press")),
        ("Grand Rapids, MI: Wm. B. Eerdmans.", ("Grand Rapids, MI", "Wm. B. Eerdmans")),
        ("Oxford: Basil Harwood Co. Ltd.", ("Oxford", "Basil Harwood Co. Ltd")),
        ("Praha: C. H. Beck, 2014", ("Praha", "C. H. Beck")),
        # an ordinary publisher's full stop still ends it
        ("Boston: Harbour Books. Reprinted 1999.", ("Boston", "Harbour Books")),
        ("Chicago: Lakeside Co. Second printing.", ("Chicago", "Lakeside Co")),
    ],
)
def test_place_publisher(text: str, expected: tuple[str, str]) -> None:
    assert place_publisher(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wm. B. Eerdmans.", ["Wm. B. Eerdmans."]),
        ("St. Martin's Press. Second printing.", ["St. Martin's Press.", "Second printing."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("St. Martin's Press.", "St. Martin's Press"),
        ("U.S. Census Bureau.", "U.S. Census Bureau"),
        ("Proc. Natl. Acad. Sci.", "Proc. Natl. Acad. Sci."),  # an abbreviation keeps it
        ("Trans. X.", "Trans. X."),
    ],
)
def test_tidy_final_stop(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize(
    ("entry", "authors", "publisher", "place"),
    [
        (
            "Okafor, N. (2015). *Harbour dredging*. Washington, DC: U.S. Department of Energy.",
            ("Okafor, N.",),
            "U.S. Department of Energy",
            "Washington, DC",
        ),
        (
            "Lindqvist, P. (2019). *Silting harbours*. St. Martin's Press.",
            ("Lindqvist, P.",),
            "St. Martin's Press",
            None,
        ),
        (
            "Marsh, T. (2004). *Reading the tides*. Wm. B. Eerdmans.",
            ("Marsh, T.",),
            # (whole; its final stop is kept: after an initial, a name's last word is
            # told from an abbreviation's, "J. Chem.", by no rule of its own)
            "Wm. B. Eerdmans.",
            None,
        ),
        (
            "Ortega, R. (2012). *Estuary survey* (Report No. 4411). "
            "Washington, DC: U.S. Geological Survey.",
            ("Ortega, R.",),
            "U.S. Geological Survey",
            "Washington, DC",
        ),
    ],
)
def test_apa_publisher_whole(
    entry: str, authors: tuple[str, ...], publisher: str, place: str | None
) -> None:
    ref = parse_reference(entry, (1,))
    assert ref.authors == authors
    assert ref.publisher == publisher
    assert ref.place == place


def test_corporate_author_kept_whole() -> None:
    ref = parse_reference(
        "U.S. Office of Coastal Surveys. (2021). *Harbour depths* (OCS-21-7).", (1,)
    )
    assert ref.authors == ("U.S. Office of Coastal Surveys",)
    assert ref.title == "Harbour depths"
    assert ref.year == 2021
