"""A book's series statement before the imprint (Chicago and the humanities): no part of the
title, and its volume number makes no journal article of the book; an article's journal and
volume are no series."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import generic
from bibcheck.parse.references.series import series_statement, without_series


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        pytest.param(
            "Dodd, A. H. The Industrial Revolution in North Wales. Surtees Society, 2nd ser., "
            "vol. 14. Durham: Andrews, 1933.",
            "Surtees Society, 2nd ser., vol. 14",
            id="ordinal-series-bibliography",
        ),
        pytest.param(
            "A. H. Dodd, The Industrial Revolution in North Wales, Surtees Society, 2nd ser., "
            "vol. 14 (Durham: Andrews, 1933), 52.",
            "Surtees Society, 2nd ser., vol. 14",
            id="ordinal-series-note",
        ),
        pytest.param(
            "Stevenson, J. Letters of the Reign of Henry VI. Camden Society, n.s., 22. "
            "London: Nichols, 1861.",
            "Camden Society, n.s., 22",
            id="new-series",
        ),
        pytest.param(
            "Minchinton, W. E. The Trade of Bristol. Studies in Maritime History 7. Bristol: "
            "Record Society, 1957.",
            "Studies in Maritime History 7",
            id="series-word-and-number",
        ),
    ],
)
def test_series_statement_found(text: str, statement: str) -> None:
    span = series_statement(text)
    assert span is not None
    assert text[span[0] : span[1]] == statement


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Moss, Helen. “The Salt Boilers of Nantwich.” Economic History Review 12 (1959): "
            "201–15.",
            id="article-journal-volume",
        ),
        pytest.param(
            "Ward, Peter. Coal in Lancashire, vol. 2. Manchester: Clegg, 1920.",
            id="volume-of-the-work",
        ),
        pytest.param(
            "Tait, James. Mediaeval Manchester, Part 2. Manchester: University Press, 1904.",
            id="part-no-series-word",
        ),
    ],
)
def test_no_series_statement(text: str) -> None:
    assert series_statement(text) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param(
            "The Industrial Revolution in North Wales. Surtees Society, 2nd ser., vol. 14",
            "The Industrial Revolution in North Wales",
            id="after-full-stop",
        ),
        pytest.param(
            "Letters of the Reign of Henry VI, Camden Society, n.s., 22",
            "Letters of the Reign of Henry VI",
            id="after-comma",
        ),
        pytest.param(
            "Liverpool, Rock Salt and the Irish Trade",
            "Liverpool, Rock Salt and the Irish Trade",
            id="title-with-commas-kept",
        ),
    ],
)
def test_without_series(title: str, expected: str) -> None:
    assert without_series(title) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Dodd, A. H. The Industrial Revolution in North Wales. Surtees Society, 2nd ser., "
            "vol. 14. Durham: Andrews, 1933.",
            "The Industrial Revolution in North Wales",
            id="ordinal-series",
        ),
        pytest.param(
            "Stevenson, J. Letters of the Reign of Henry VI. Camden Society, n.s., vol. 22. "
            "London: Nichols, 1861.",
            "Letters of the Reign of Henry VI",
            id="new-series-volume",
        ),
    ],
)
def test_generic_reads_a_book_in_a_series(text: str, title: str) -> None:
    ref = generic.parse(text, text, [1], has_web_url=False)
    assert ref.title == title
    assert ref.kind is RefKind.BOOK
