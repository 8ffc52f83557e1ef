"""Round 80 (fix80w): charters named "Carta" in Italian, Spanish and Portuguese.

(:mod:`bibcheck.parse.references.charter_kind`.)  A charter opens with "Carta" and the
meeting's city or a charter's adjective (``Carta di Venezia``, ``Carta de Atenas``, ``Carta
Internazionale del Restauro``): a body's charter is a ``report``.  "Carta" with a sheet, a
scale or a mapping body is a map, and a letter's "Carta" (its writer, its addressee) no
charter.  Own invented entries; near-misses unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.charter_kind import _ADDRESSEE, _CARTA, _MAP
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "ICOMOS. (1964). *Carta di Venezia*. ICOMOS.",
        "ICOMOS. (1972). *Carta Internazionale del Restauro*. ICOMOS.",
        "Consejo Internacional de Museos. (1931). *Carta de Atenas*. Oficina Internacional "
        "de Museos.",
        "ICOMOS. Carta di Venezia. Venezia, 1964.",
        "ICOMOS: Carta Internazionale del Restauro, Roma 1972.",
        "Consejo de Europa. Carta Europea del Patrimonio Arquitectónico. Estrasburgo: "
        "Consejo de Europa; 1975.",
    ],
    ids=["it-city-apa", "it-adjective-apa", "es-city-apa", "it-city-note", "it-note", "es-europea"],
)
def test_carta_of_a_body_is_its_report(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        # a map: its sheet, its scale, its mapping body
        "Istituto Geografico Militare. (1890). *Carta topografica d'Italia, foglio 12*. IGM.",
        "Istituto Geografico Militare. (1900). *Carta d'Italia 1:100.000*. IGM.",
        "Servicio Geográfico del Ejército. Carta de España. Madrid: SGE; 1950.",
        "Istituto Geografico Militare. Carta d'Italia. Firenze: IGM; 1890.",
    ],
    ids=["sheet", "scale", "mapping-body-es", "mapping-body-it"],
)
def test_carta_that_is_a_map_stays_a_book(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("title", "charter"),
    [
        ("Carta di Venezia", True),
        ("Carta de Atenas", True),
        ("Carta d'Amsterdam", True),
        ("Carta del Restauro", True),
        ("Carta Iberoamericana de Gobierno Electrónico", True),
        ("Carta topografica d'Italia", False),
        ("Carta Geológica de Portugal", False),
        ("Carta de D. José de Gálvez", False),
        ("Carta de Don Pedro de Alvarado", False),
        ("Cartas de relación", False),
    ],
)
def test_carta_shape(title: str, charter: bool) -> None:
    assert (_CARTA.match(title) is not None) is charter


def test_a_letter_names_its_addressee() -> None:
    assert _ADDRESSEE.search("Carta de Pedro Ruiz al rey de Castilla") is not None
    assert _ADDRESSEE.search("Carta de Atenas") is None


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (lambda s: _CARTA.match(s), lambda n: "Carta di " + "V" * n),
        (lambda s: _CARTA.match(s), lambda n: "Carta " + "d'" * (n // 2)),
        (_MAP.search, lambda n: "1 : " * (n // 4)),
        (_MAP.search, lambda n: "fogliox " * (n // 8)),
        (_ADDRESSEE.search, lambda n: " a " * (n // 3)),
    ],
    ids=["carta-city", "carta-apostrophes", "map-colons", "map-words", "addressee"],
)
def test_linear(pattern: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(pattern, line)
