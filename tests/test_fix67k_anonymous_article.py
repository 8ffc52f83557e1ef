"""An article cited without author, "Title. Journal Name, 12(3), 45–67.": the title is no
name in natural order, the journal no title (round 67,
:mod:`bibcheck.parse.references.anonymous_article`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.anonymous_article import (
    anonymous_article,
    dated_anonymous,
    journal_named,
)

# (entry, title, journal, volume): each read with the title as its author before round 67
UNSIGNED = [
    pytest.param(
        "Neue Wege der Stadtforschung. Zeitschrift für Geographie, 12(3), 45–67.",
        "Neue Wege der Stadtforschung",
        "Zeitschrift für Geographie",
        "12",
        id="german",
    ),
    pytest.param(
        "Urban Heat Island Studies. Journal of Applied Climatology, 5(2), 11–20.",
        "Urban Heat Island Studies",
        "Journal of Applied Climatology",
        "5",
        id="english-title-case",
    ),
    pytest.param(
        "Urban Heat Island Studies. Journal of Applied Climatology 5(2):11–20.",
        "Urban Heat Island Studies",
        "Journal of Applied Climatology",
        "5",
        id="english-colon-pages",
    ),
    pytest.param(
        "Climate Adaptation Plans. Revue de Géographie Alpine, 98(4), 101–115.",
        "Climate Adaptation Plans",
        "Revue de Géographie Alpine",
        "98",
        id="french-journal",
    ),
    pytest.param(
        "La Ciudad Sostenible. Revista de Geografía Urbana, 12(3), 45–67.",
        "La Ciudad Sostenible",
        "Revista de Geografía Urbana",
        "12",
        id="spanish",
    ),
    pytest.param(
        "Nuove Città Italiane. Rivista Geografica Italiana, 7(2), 100–110.",
        "Nuove Città Italiane",
        "Rivista Geografica Italiana",
        "7",
        id="italian",
    ),
    pytest.param(
        "Climate change and cities. Nature Climate Change. 2019;12(3):45–67.",
        "Climate change and cities",
        "Nature Climate Change",
        "12",
        id="vancouver-dated",
    ),
    pytest.param(
        "Heat waves and mortality in older adults. Journal of Public Health. 2020;42(1):10-18.",
        "Heat waves and mortality in older adults",
        "Journal of Public Health",
        "42",
        id="vancouver-dated-long-title",
    ),
    pytest.param(
        "Nieuwe Steden. Tijdschrift voor Economische en Sociale Geografie, 90(1), 1–9.",
        "Nieuwe Steden",
        "Tijdschrift voor Economische en Sociale Geografie",
        "90",
        id="dutch",
    ),
]


@pytest.mark.parametrize(("text", "title", "journal", "volume"), UNSIGNED)
def test_unsigned_article(text: str, title: str, journal: str, volume: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.host, ref.volume) == ((), title, journal, volume)


# (entry, authors, title): read as before
SIGNED = [
    pytest.param(
        "Anna Maria Berg. Urban heat and health. Journal of Applied Climatology, 5(2), 11–20.",
        ("Anna Maria Berg",),
        "Urban heat and health",
        id="natural-order-author",
    ),
    pytest.param(
        "Berg AM, Lund K. Urban heat and health. J Appl Climatol. 2019;5(2):11-20.",
        ("Berg AM", "Lund K"),
        "Urban heat and health",
        id="vancouver",
    ),
    pytest.param(
        "World Health Organization. Weekly Epidemiological Record. 2019;94(1):1-9.",
        ("World Health Organization",),
        "Weekly Epidemiological Record",
        id="vancouver-body-as-author",
    ),
    pytest.param(
        "Heat waves in New York City. Journal of Applied Climatology, 5(2), 11–20.",
        (),
        "Heat waves in New York City",
        id="title-ends-capitalised",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), SIGNED)
def test_signed_or_plain_unchanged(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


SHAPES = [
    pytest.param(
        "Title of it. Journal of Things, 1(2), 3–4.", ("Title of it", "Journal of Things")
    ),
    pytest.param("Berg AM. Title of it. Journal of Things, 1(2), 3–4.", None),
    pytest.param("Title of it. Journal of things, 1(2), 3–4.", None),
    pytest.param("Title of it. Journal of Things. London: Press, 2001.", None),
]


@pytest.mark.parametrize(("text", "found"), SHAPES)
def test_anonymous_article_shape(text: str, found: tuple[str, str] | None) -> None:
    assert anonymous_article(text) == found


@pytest.mark.parametrize(
    ("name", "journal"),
    [
        ("Zeitschrift für Geographie", True),
        ("Revue de Géographie", True),
        ("Journal", False),
        ("We studied heat", False),
    ],
)
def test_journal_named(name: str, journal: bool) -> None:
    assert journal_named(name) is journal


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Heat and health in cities. Journal of Urban Health. 2021;98(2):101-9.",
            "Heat and health in cities",
        ),
        ("World Health Organization. Weekly Epidemiological Record. 2019;94(1):1-9.", None),
        ("Smith J, Lee K. Heat and health. J Urban Health. 2021;98(2):101-9.", None),
    ],
)
def test_dated_anonymous(text: str, title: str | None) -> None:
    found = dated_anonymous(text)
    assert (found[0] if found else None) == title
