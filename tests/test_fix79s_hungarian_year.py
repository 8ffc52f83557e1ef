"""A Hungarian list's head (round 79): the names family name first, joined by a dash, an
editor's mark perhaps, then the year bare with a full stop or a colon -- ``Kiss Jenő
(szerk.) 2001. Magyar dialektológia. Budapest: Osiris.``, ``Imre Samu 1971: A mai magyar
nyelvjárások rendszere. Budapest.``.  The names are the authors, stored inverted (``Kiss,
Jenő``), the editors too after ``(szerk.)``; the year is the entry's, the title what
follows.  A name in another order (``Peter Trudgill``) is no such head.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.hungarian_year import head
from tests.test_regex_growth import assert_linear

_CASES = [
    (
        "Vörös Ottó (szerk.) 2005. Nyelvjárások a Rábaközben. Győr: Hazánk.",
        (("Vörös, Ottó",), ("Vörös, Ottó",), "Nyelvjárások a Rábaközben", 2005),
    ),
    (
        "Balogh Lajos 1979: A Rábaköz nyelvjárása. Budapest.",
        (("Balogh, Lajos",), (), "A Rábaköz nyelvjárása", 1979),
    ),
    (
        "Juhász Dezső – Nagy Gizella (szerk.) 2010: Helynevek és családnevek. Szeged: Lazi.",
        (
            ("Juhász, Dezső", "Nagy, Gizella"),
            ("Juhász, Dezső", "Nagy, Gizella"),
            "Helynevek és családnevek",
            2010,
        ),
    ),
    (
        "Szabó T. Ödön 1968: Régi magyar szókincs. Kolozsvár: Dacia.",
        (("Szabó, T. Ödön",), (), "Régi magyar szókincs", 1968),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_hungarian_head(
    text: str, expected: tuple[tuple[str, ...], tuple[str, ...], str, int]
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.editors, ref.title, ref.year) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peter Trudgill 1974: The social life of dialects. Cambridge.",
        "World Bank 2019. World development report. Washington.",
        "Balogh Lajos 1979: 45.",  # a short note's page, no title
        "Balogh Lajos, A Rábaköz nyelvjárása. Budapest, 1979.",
    ],
)
def test_no_hungarian_head(text: str) -> None:
    assert head(text) is None


def test_hungarian_head_linear() -> None:
    assert_linear(head, lambda n: "Balogh Lajos – " * (n // 15) + "1979: Cím.")
    assert_linear(head, lambda n: "Balogh " + "T. " * (n // 3) + "1979: Cím.")
    assert_linear(head, lambda n: "Balogh" + "-Lajos" * (n // 6) + " 1979: Cím.")
