"""A note's book in the comma form, ``Title, Publisher, Place, Year``, read with its imprint
when a page is cited after the year (``…, București, 2005, p. 45``) and when the author's
name is inverted (``Popescu, Ion, Title, Editura Humanitas, București, 2005.``); the
publishing-house words of more languages (Romanian "Editura", Slovene "Založba", Croatian
"Naklada", Estonian "Kirjastus", Turkish "Yayınları" …).  All examples are invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bst import facts
from bibcheck.parse.references.publicpublisher import publishing_house


@pytest.mark.parametrize(
    ("tail", "publisher", "place", "year", "pages"),
    [
        (
            "Editura Humanitas, București, 2005, p. 45.",
            "Editura Humanitas",
            "București",
            2005,
            "45",
        ),
        ("Prosveta, Beograd, 1998, str. 12.", "Prosveta", "Beograd", 1998, "12"),
        ("Academia, Praha, 2003, s. 14-16.", "Academia", "Praha", 2003, "14-16"),
        ("Mladinska knjiga, Ljubljana, 2001.", "Mladinska knjiga", "Ljubljana", 2001, None),
        ("Wiley-Blackwell, Malden, MA, 2012.", "Wiley-Blackwell", "Malden, MA", 2012, None),
    ],
)
def test_book_facts_with_a_cited_page(
    tail: str, publisher: str, place: str, year: int, pages: str | None
) -> None:
    found = facts(tail)
    assert found is not None
    assert (found.kind, found.publisher, found.place, found.year, found.pages) == (
        RefKind.BOOK,
        publisher,
        place,
        year,
        pages,
    )


def test_no_book_facts_after_a_page_word_without_digits() -> None:
    assert facts("Prosveta, Beograd, 1998, str. xii.") is None


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher", "place", "year", "pages"),
    [
        (
            "Ion Popescu, Istoria Bucureștilor, Editura Humanitas, București, 2005, p. 45.",
            ("Ion Popescu",),
            "Istoria Bucureștilor",
            "Editura Humanitas",
            "București",
            2005,
            "45",
        ),
        (
            "Jan Novák, Dějiny Prahy, Academia, Praha, 2003, s. 14.",
            ("Jan Novák",),
            "Dějiny Prahy",
            "Academia",
            "Praha",
            2003,
            "14",
        ),
        (
            "Popescu, Ion, Istoria Bucureștilor, Editura Humanitas, București, 2005.",
            ("Popescu, Ion",),
            "Istoria Bucureștilor",
            "Editura Humanitas",
            "București",
            2005,
            None,
        ),
        (
            "Kovač, Ana, Zgodovina Ljubljane, Založba ZRC, Ljubljana, 2001.",
            ("Kovač, Ana",),
            "Zgodovina Ljubljane",
            "Založba ZRC",
            "Ljubljana",
            2001,
            None,
        ),
    ],
)
def test_comma_form_book(
    text: str,
    authors: tuple[str, ...],
    title: str,
    publisher: str,
    place: str,
    year: int,
    pages: str | None,
) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.publisher, ref.place, ref.year, ref.pages) == (
        RefKind.BOOK,
        authors,
        title,
        publisher,
        place,
        year,
        pages,
    )


def test_inverted_name_before_a_title_with_commas_and_no_house_is_left_alone() -> None:
    # (no publishing house: the commas may part more names than one's, as before)
    ref = parse_reference("Smith, John, Harbours, docks, and quays, London, 2001.", [0])
    assert ref.publisher is None


@pytest.mark.parametrize(
    ("name", "house"),
    [
        ("Editura Humanitas", True),
        ("Založba ZRC", True),
        ("Naklada Ljevak", True),
        ("Kirjastus Varrak", True),
        ("İletişim Yayınları", True),
        ("Видавництво Старого Лева", True),
        ("Издателство Просвета", True),
        ("Naklada Jesenski i Turk", True),
        ("Izdavačka kuća Svjetlost", True),
        # (the role's noun after a body's name: no publishing house)
        ("Državni zavod za statistiku, nakladnik", False),
        ("Zavod za udžbenike, izdavač", False),
        ("Humanitas", False),
        ("Harbours", False),
    ],
)
def test_publishing_house_words(name: str, house: bool) -> None:
    assert publishing_house(name) is house
