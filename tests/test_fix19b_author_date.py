"""Fix 19b: Vancouver names with a capital inside, Harvard's comma before the imprint,
author-date books with the publisher alone, the edition written ``edn``/``edition``."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "McKenzie RB, DiStefano LA. Sleep debt in trainees. Med Educ. 2018;52(3):301-9.",
            ("McKenzie RB", "DiStefano LA"),
        ),
        (
            "VanHook PQ, Ortiz M. Dosing errors in paediatrics. Pediatrics. 2007;12:44-50.",
            ("VanHook PQ", "Ortiz M"),
        ),
        (
            "Kowalski J, LeRoux AM, Holm Pedersen K. Exercise after stroke. Stroke. 2015;4:1-8.",
            ("Kowalski J", "LeRoux AM", "Holm Pedersen K"),
        ),
        (
            "FitzRoy GH, Tan W. Renal outcomes in gout. Kidney Int. 2020;98(1):77-85.",
            ("FitzRoy GH", "Tan W"),
        ),
    ],
    ids=["distefano", "vanhook-first", "leroux-middle", "fitzroy"],
)
def test_vancouver_names_with_an_inner_capital(text: str, authors: tuple[str, ...]) -> None:
    ref = _parse(text)
    assert ref.style == "vancouver"
    assert ref.authors == authors
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher"),
    [
        (
            "Moran, J (2011) Housing estates: a social history, Bristol: Policy Press.",
            "Housing estates: a social history",
            "Bristol",
            "Policy Press",
        ),
        (
            "Reyes, T. (1999) Street markets and the city, Milton Keynes: Open University Press.",
            "Street markets and the city",
            "Milton Keynes",
            "Open University Press",
        ),
        (
            "Okafor, N. (2016) Migrant towns, 2nd edn, New York, NY: Basic Books.",
            "Migrant towns",
            "New York, NY",
            "Basic Books",
        ),
        (
            "Hale, D. (2004) Suburbia revisited: essays, 3rd edition, Leeds: Northern Press.",
            "Suburbia revisited: essays",
            "Leeds",
            "Northern Press",
        ),
    ],
    ids=["one-word-place", "two-word-place", "edn-and-state", "edition-word"],
)
def test_harvard_comma_before_the_imprint(
    text: str, title: str, place: str, publisher: str
) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.title, ref.place, ref.publisher) == (
        RefKind.BOOK,
        title,
        place,
        publisher,
    )


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Rivera, M. 2014. Loft Living Again: Artists and the Market. Yale University Press.",
            "Loft Living Again: Artists and the Market",
            "Yale University Press",
        ),
        (
            "Abbott, Carl. 1998. Urban Frontiers. University of Nebraska Press.",
            "Urban Frontiers",
            "University of Nebraska Press",
        ),
    ],
    ids=["initial", "given-name"],
)
def test_author_date_book_with_the_publisher_alone(text: str, title: str, publisher: str) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.title, ref.publisher) == (RefKind.BOOK, title, publisher)


@pytest.mark.parametrize(
    "text",
    [
        "Lee, K. 2015. Title of a paper. Journal of Urban Studies.",
        "Lee, K. 2015. Title of a paper. University Review Quarterly.",
    ],
    ids=["journal", "review"],
)
def test_a_journal_alone_is_no_publisher(text: str) -> None:
    assert _parse(text).publisher is None


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        (
            "National Stroke Foundation. Audit of acute services. Med J Aust. 2014;45(3):210-8.",
            "45",
            "3",
            "210-8",
        ),
        (
            "Nordic Council of Ministers. Fish stocks report. Fish Res. 2019;208:33-41.",
            "208",
            None,
            "33-41",
        ),
    ],
    ids=["issue", "no-issue"],
)
def test_vancouver_organisation_keeps_the_whole_numbering(
    text: str, volume: str, issue: str | None, pages: str
) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.volume, ref.issue, ref.pages) == (RefKind.ARTICLE, volume, issue, pages)
