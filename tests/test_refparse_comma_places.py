"""Comma-form notes whose publisher carries no word naming it one (``…, Madrid, Taurus,
1970``): a known place of publication tells the imprint apart from a title with commas of
its own.  Fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.places import is_place


@pytest.mark.parametrize(
    ("name", "known"),
    [
        pytest.param("Madrid", True, id="city"),
        pytest.param("New York", True, id="two-words"),
        pytest.param("Cambridge (MA)", True, id="state-in-parentheses"),
        pytest.param("München", True, id="german-form"),
        pytest.param("Warszawa", True, id="polish-form"),
        pytest.param("Москва", True, id="cyrillic"),
        pytest.param("Київ", True, id="ukrainian"),
        pytest.param("Aires", False, id="word-of-a-two-word-name"),
        pytest.param("Taurus", False, id="publisher"),
        pytest.param("Ministerio de Agricultura", False, id="body"),
    ],
)
def test_is_place(name: str, known: bool) -> None:
    assert is_place(name) is known


@pytest.mark.parametrize(
    ("text", "authors", "title", "place", "publisher", "year"),
    [
        pytest.param(
            "Laura Gil Navarro, Los molinos harineros del Duero, siglos XV–XVII, Valladolid, "
            "Junta de Castilla y León, 1996, pp. 33–41.",
            ("Gil Navarro, Laura",),
            "Los molinos harineros del Duero, siglos XV–XVII",
            "Valladolid",
            "Junta de Castilla y León",
            1996,
            id="title-with-comma-plain-publisher",
        ),
        pytest.param(
            "Véase Tomás Ruiz Peña, El motín de 1766: hambre y política, 1760–1770, Madrid, "
            "Cátedra, 2003, p. 12.",
            ("Ruiz Peña, Tomás",),
            "El motín de 1766: hambre y política, 1760–1770",
            "Madrid",
            "Cátedra",
            2003,
            id="lead-in-and-dates-in-title",
        ),
        pytest.param(
            "Francisca Soto y Llamas, Cofradías y hospitales en Toledo, Toledo, Zocodover, 1999.",
            ("Soto y Llamas, Francisca",),
            "Cofradías y hospitales en Toledo",
            "Toledo",
            "Zocodover",
            1999,
            id="family-names-joined-by-y",
        ),
        pytest.param(
            "Luca Ferri, Mercanti e banchieri, Venezia 1400–1500, Bologna, Il Mulino, 2010.",
            ("Luca Ferri",),
            "Mercanti e banchieri, Venezia 1400–1500",
            "Bologna",
            "Il Mulino",
            2010,
            id="italian-publisher-with-article",
        ),
        pytest.param(
            "Anna Nowak, Handel zbożem, Gdańsk i Toruń, Kraków, Universitas, 2012, s. 9.",
            ("Anna Nowak",),
            "Handel zbożem, Gdańsk i Toruń",
            "Kraków",
            "Universitas",
            2012,
            id="polish-place-in-title-is-no-imprint",
        ),
    ],
)
def test_comma_form_with_known_place(
    text: str,
    authors: tuple[str, ...],
    title: str,
    place: str,
    publisher: str,
    year: int,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.BOOK)
    assert (ref.place, ref.publisher, ref.year) == (place, publisher, year)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Smith, John, A history of barley, Oxford, 1990, p. 3.", id="no-publisher"),
        pytest.param("Jane Roe, Mills and markets, Harvest, Granary, 1990.", id="unknown-place"),
    ],
)
def test_no_known_place_no_comma_imprint(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.publisher is None or ref.style != "comma"
