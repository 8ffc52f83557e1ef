"""APA's online work without an author: its italic title in the author's place, then the
date (or ``n.d.``), perhaps the site's name, then the address.  The italic span is the
title, never an author.  Every entry here is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

CASES = [
    # (entry, title, year, publisher)
    (
        "*Register of harbour lights: North coast*. (n.d.). Retrieved May 2, 2025, from "
        "https://lights.example.org/north",
        "Register of harbour lights: North coast",
        None,
        None,
    ),
    (
        "*Tide tables for the fen ports*. (2021, May 3). Coastal Trust. "
        "https://tides.example.org/fen",
        "Tide tables for the fen ports",
        2021,
        "Coastal Trust",
    ),
    (
        "*Dictionary of fen dialects*. (2012–). https://fen.example.org",
        "Dictionary of fen dialects",
        2012,
        None,
    ),
    (
        "_Glosario de faros_. (s.f.). https://faros.example.org/glosario",
        "Glosario de faros",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "year", "publisher"), CASES)
def test_titlefirst_web(text: str, title: str, year: int | None, publisher: str | None) -> None:
    ref = parse_reference(text, [0])
    assert ref.authors == ()
    assert ref.title == title
    assert ref.year == year
    assert ref.publisher == publisher
    assert ref.kind is RefKind.WEB


GUARDS = [
    # an author first: unchanged
    (
        "Coastal Trust. (2019). *Tide tables for the fen ports*. https://tides.example.org",
        ("Coastal Trust",),
        "Tide tables for the fen ports",
    ),
    # a printed book without author (its imprint): read by titlefirst as before
    (
        "*The fenland almanac*. (1851). London: Groombridge.",
        (),
        "The fenland almanac",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), GUARDS)
def test_guards(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [0])
    assert ref.authors == authors
    assert ref.title == title
