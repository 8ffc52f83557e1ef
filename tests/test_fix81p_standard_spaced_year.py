"""fix81p: an STN, ČSN or PN list sets a standard's year after the designation's colon with
a space (``STN EN ISO 6579-1: 2017. Mikrobiológia …``): the designation with its year heads
the entry and is no part of the title (:mod:`bibcheck.parse.references.italic_titled`),
as with the colon glued (``ISO 690:2021.``).  Own invented examples."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.italic_titled import leading_standard
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "STN EN ISO 6579-1: 2017. Mikrobiológia potravinového reťazca. Dôkaz salmonel."
            " Bratislava : ÚNMS SR, 2017.",
            # (the title's sentences up to the imprint, as the list's other titles)
            "Mikrobiológia potravinového reťazca. Dôkaz salmonel",
            2017,
        ),
        (
            "ČSN EN ISO 4833-1: 2014. Mikrobiologie potravinového řetězce. Praha : ÚNMZ, 2014.",
            "Mikrobiologie potravinového řetězce",
            2014,
        ),
        (
            "PN-EN ISO 22000: 2018. Systemy zarządzania bezpieczeństwem żywności."
            " Warszawa : PKN, 2018.",
            "Systemy zarządzania bezpieczeństwem żywności",
            2018,
        ),
        # near misses, as before: the colon glued; a title after the colon, no year
        (
            "ISO 690:2021. Information and documentation. Geneva : ISO, 2021.",
            "Information and documentation",
            2021,
        ),
        (
            "ISO 9001: Quality management systems. Geneva : ISO, 2015.",
            "Quality management systems",
            2015,
        ),
    ],
)
def test_spaced_year_after_designation(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "STN EN ISO 1: " * (n // 14),
        lambda n: "STN EN ISO 1-1: 2017" + "+A1" * (n // 3),
    ],
)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(leading_standard, line)
