"""A German place named with its river or region (``Frankfurt a. M.``, ``Halle a. S.``,
``Freiburg i. Br.``, ``Halle a. d. Saale``, ``Neustadt a. d. Weinstraße``) is one place, and
the year after it the year, not a page ``S. 1901`` (fix76k:
:data:`bibcheck.parse.references.patterns.PLACE_QUALIFIER`).  Every note is written for
this test."""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.patterns import PLACE_QUALIFIER

# (note, place, year, pages)
_ROWS = [
    ("Karl Weber, Die Salinen der Saale, Halle a. S. 1901, S. 12.", "Halle a. S.", 1901, "12"),
    ("Karl Weber, *Die Salinen der Saale*, Halle a. S. 1901, S. 12.", "Halle a. S.", 1901, "12"),
    ("Karl Weber, Die Salinen der Saale, Halle a. S. 1901.", "Halle a. S.", 1901, None),
    ("Otto Kuhn, *Die Messe*, Frankfurt a. M. 1911, S. 40.", "Frankfurt a. M.", 1911, "40"),
    (
        "Otto Kuhn, *Das Münster*, Freiburg i. Br. 1921, S. 40–45.",
        "Freiburg i. Br.",
        1921,
        "40–45",
    ),
    (
        "Otto Kuhn, *Der Weinbau*, Neustadt a. d. Weinstraße 1931, S. 4.",
        "Neustadt a. d. Weinstraße",
        1931,
        "4",
    ),
    (
        "Otto Kuhn, *Die Saline*, Halle a. d. Saale 1925, S. 8.",
        "Halle a. d. Saale",
        1925,
        "8",
    ),
    # guards (pass on main too): a place without a qualifier
    ("Otto Kuhn, Die Messe, Leipzig 1911, S. 40.", "Leipzig", 1911, "40"),
    ("Otto Kuhn, *Die Messe*, Frankfurt am Main 1911, S. 40.", "Frankfurt am Main", 1911, "40"),
]


@pytest.mark.parametrize(("note", "place", "year", "pages"), _ROWS)
def test_place_with_its_river(note: str, place: str, year: int, pages: str | None) -> None:
    ref = parse_reference(note, (1,), detect_styles=False, note=True)
    assert (ref.place, ref.year, ref.pages) == (place, year, pages)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("a. M.", True),
        ("a. S.", True),
        ("i. Br.", True),
        ("a. d. Saale", True),
        ("a.M.", True),
        # "o. J." (no year), "u. a." (and others), "a. a. O." (the place cited): no qualifier
        ("o. J.", False),
        ("u. a.", False),
        ("a. a. O.", False),
    ],
)
def test_qualifier(text: str, whole: bool) -> None:
    assert bool(re.fullmatch(PLACE_QUALIFIER, text)) is whole
