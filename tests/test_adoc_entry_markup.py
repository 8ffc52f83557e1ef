"""AsciiDoc inline markup in bibliography entries rendered before parsing; an editor's
mark after the names of an editor-only work; a report that says what it is after its
title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.adocmarkup import render_inline
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("A. Bo. _Tiles at Scale_. Acme, 2020.", "A. Bo. *Tiles at Scale*. Acme, 2020."),
        ("A. Bo. _Tiles at\nScale_. Acme, 2020.", "A. Bo. *Tiles at\nScale*. Acme, 2020."),
        ("A. Bo. *Tiles at Scale*. Acme, 2020.", "A. Bo. Tiles at Scale. Acme, 2020."),
        (
            "A. Bo. __Tiles__ at scale. `tilectl` v2, 2020.",
            "A. Bo. *Tiles* at scale. tilectl v2, 2020.",
        ),
        (
            "The **strong** and ``mono``spaced #marked# words.",
            "The strong and monospaced marked words.",
        ),
        ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
        ("See https://a.example/_x_/y and _Title_.", "See https://a.example/_x_/y and *Title*."),
        ("An _unclosed mark stays.", "An _unclosed mark stays."),
        ("_One_\n\n_two_ paragraphs _not\n\njoined_", "*One*\n\n*two* paragraphs _not\n\njoined_"),
    ],
    ids=[
        "emphasis",
        "emphasis-over-lines",
        "strong",
        "unconstrained-and-mono",
        "double-marks-highlight",
        "inside-words",
        "address-untouched",
        "unclosed",
        "blank-line-ends",
    ],
)
def test_render_inline(text: str, rendered: str) -> None:
    assert render_inline(text) == rendered


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "_a " * (n // 3) + "\n",
        lambda n: "x_" * (n // 2),
        lambda n: "`" + "a `b " * (n // 5),
        lambda n: "*" * n,
        lambda n: "_" * n,
    ],
    ids=["openers", "inside-words", "mono", "stars", "underscores"],
)
def test_render_inline_long_lines_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(render_inline, line)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "J. Ruiz, ed. *Tile Matrix Sets for Web Maps*. OGC 99-001r2, Open Geospatial "
            "Consortium, 2021.",
            ("J. Ruiz",),
            "Tile Matrix Sets for Web Maps",
        ),
        (
            "K. Lee and P. Ortiz, eds. *Handbook of Tiling*. Springer, Cham, 2019.",
            ("K. Lee", "P. Ortiz"),
            "Handbook of Tiling",
        ),
        (
            "R. Iyer, ed., *Spatial Indexing Notes*, Acme Press, 2015.",
            ("R. Iyer",),
            "Spatial Indexing Notes",
        ),
    ],
    ids=["ed", "eds-two-names", "ed-comma"],
)
def test_editor_mark_belongs_to_the_names(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    "text",
    [
        "G. M. Doe. *A Space-Filling Order for Disk Pages*. Technical report, Acme Ltd., "
        "Toronto, 1971.",
        "P. Quinn. *Load Shedding in Tile Servers*. Tech. Rep. TR-2019-04, Acme Labs, Berlin, 2019.",
        "S. Ortiz. *Caching Vector Tiles*. Research Report RJ 1234, Acme Research, San Jose, 1999.",
        "Acme Corp. *Tile Pipelines at Scale*. White paper, Acme Corp., 2021.",
        "L. Chen. *Notes on Tile Seeding*. Technical memorandum, Acme Labs, 1988.",
    ],
    ids=["technical-report", "tech-rep-number", "research-report", "white-paper", "tech-memo"],
)
def test_report_designated_after_the_title(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "A. Bo. *A Technical Report Writer's Guide*. Acme Press, London, 2010.",
        "A. Bo. *Tiles at Scale*. Acme Press, London, 2010.",
    ],
    ids=["genre-words-inside-title", "book"],
)
def test_books_stay_books(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is RefKind.BOOK
