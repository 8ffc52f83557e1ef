"""A year range left open (``2009–``, ``2009–present``) dates a series still appearing or a
database still growing: a valid form (its first year), no malformed year.  Every entry
here is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import parse_year

YEARS = [
    # (token, year, problem?)
    ("2009–", 2009, False),
    ("2009-", 2009, False),
    ("2009 –", 2009, False),
    ("2009–present", 2009, False),
    ("1998-ongoing", 1998, False),
    ("2011–heute", 2011, False),
    ("2004–présent", 2004, False),
    ("2015–Present", 2015, False),
    # unchanged
    ("2019-2021", 2019, False),
    ("2023", 2023, False),
    ("202-", None, True),
    ("1250–", None, None),  # out of range: not read as a year
]


@pytest.mark.parametrize(("token", "year", "problem"), YEARS)
def test_parse_year(token: str, year: int | None, problem: bool | None) -> None:
    info = parse_year(token)
    if problem is None:
        assert info is None
        return
    assert info is not None
    assert info.year == year
    assert (info.problem is not None) is problem


ENTRIES = [
    (
        "Marsh, P. L., & Oduya, K. (Eds.). (2009–). *Register of harbour pilots*. "
        "Retrieved May 2, 2025, from https://pilots.example.org",
        "Register of harbour pilots",
        2009,
    ),
    (
        "Quist, H. (Ed.). (2012-). *Dictionary of fen dialects*. https://fen.example.org",
        "Dictionary of fen dialects",
        2012,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), ENTRIES)
def test_apa_open_range_no_malformed_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0])
    assert ref.title == title
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]
    assert ref.year == year
