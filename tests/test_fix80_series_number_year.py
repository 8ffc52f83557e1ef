"""A series' number closing NLM's series statement is no year (round 80).

NLM (Vancouver) prints a book's or a report's series after the imprint, in parentheses, its
number last: ``Geneva: WHO; 2019. (WHO Technical Report Series; 1014).``.  The year was read
as the last four digits of the imprint, so a four-digit series number -- the WHO's technical
reports, Methods in Molecular Biology's volumes -- took the year's place and was reported as a
malformed year (``1014``), the real year lost.  The number is now passed over like a page or
an inventory number; an imprint in parentheses (``(London: HMSO; 1998)``, a colon in it) is no
series statement.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.ieee import _last_year
from tests.growth import growth


def _year(text: str) -> int | None:
    return parse_reference(text, [0], detect_styles=True).year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "World Health Organization. Evaluation of certain harbour contaminants. Geneva: "
            "World Health Organization; 2019. (WHO Technical Report Series; 1014).",
            2019,
        ),
        (
            "Hale J. Tide tables. 2nd ed. London: HMSO; 1998. (Methods in Hydrography; vol. 1234).",
            1998,
        ),
        ("Hale J. Tide tables. London: HMSO; 1998. (Methods Hydrogr, vol. 1234).", 1998),
        (
            "Berg A, Lind K. Hamnar i Norden under 1800-talet. Stockholm: Sjöhistoriska museet; 2021. (Skrifter; 1503).",
            2021,
        ),
        (
            "Meier T, Vogel K. Häfen und Handel im Ostseeraum. Berlin: Springer; 2017. (Lecture Notes in Geography; v. 2025).",
            2017,
        ),
        # near-misses: a series number that is no four digits, a numbered report, no series
        ("Hale J. Tide tables. London: HMSO; 1998. (Methods in Hydrography; 12).", 1998),
        ("Berg A. Laxfiske. Göteborg: Havsmiljöinstitutet; 2019. (Rapport; 2019:4).", 2019),
        ("Hale J. Tide tables. London: HMSO; 1998.", 1998),
    ],
)
def test_the_imprints_year_is_read(text: str, year: int) -> None:
    assert _year(text) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Oslo: Sjøfart; 2019. (Skrifter; 1014).", 2019),
        ("Oslo: Sjøfart; 2019. (Skrifter, vol. 1014).", 2019),
        ("Oslo: Sjøfart; 2019. (Skrifter; no. 1014).", 2019),
        # an imprint in parentheses keeps its year
        ("(London: HMSO; 1998).", 1998),
        ("(London, 1998).", 1998),
    ],
)
def test_last_year(text: str, year: int | None) -> None:
    assert _last_year(text).year == year


@pytest.mark.parametrize("unit", ["(", "(a", "(a; ", "(Series; 1", "(a, vol. "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: _last_year(unit * n + " 2019"), 500, 2000) < 6
