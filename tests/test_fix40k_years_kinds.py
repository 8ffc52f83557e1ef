"""Session 40 (fix40k): a journal volume dated over two years is of its first year; a
report cited with its link and a place-and-year imprint is a report, not a web page.  Own
fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a volume dated over two years: its first year, as "(1987–88)" reads
        ("Ana Ruiz, «Los hospitales del norte», *Asclepio* 11-12 (1961-1962): 45-60.", 1961),
        ('Mark Hill, "Tithes and Tenants," Rural History 4 (1993–1994): 17–33.', 1993),
        ('Mark Hill, "Tithes and Tenants," Rural History 4 (1993–94): 17–33.', 1993),
        # one year stays that year; an imprint's span stays the imprint's reading
        ('Mark Hill, "Tithes and Tenants," Rural History 4 (1994): 17–33.', 1994),
        ('Mark Hill, "Tithes," in *Fields*, ed. Jo Bell (Leeds: Moor, 1957–1961), 4.', 1957),
    ],
)
def test_a_volume_dated_over_two_years_is_of_its_first(text: str, year: int) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).year == year


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a report cited with its link, the place of issue and the year after the title
        (
            "Urząd Miasta, *Raport o stanie gminy za rok 2021*, Kraków 2022, "
            "https://example.pl/raport (dostęp: 3.02.2023).",
            RefKind.REPORT,
        ),
        (
            "Inspekcja Ochrony, *Sprawozdanie z działalności w 2020 r.*, Lublin 2021, "
            "https://example.pl/spr (dostęp: 1.03.2022).",
            RefKind.REPORT,
        ),
        # a page's headline dated to a month, or with no facts: a web page still
        (
            "Jan Nowak, *Report finds more rain*, March 2023, https://example.com/news "
            "(accessed 3 May 2023).",
            RefKind.WEB,
        ),
        (
            "Jan Nowak, *Report finds more rain*, https://example.com/news (accessed 3 May 2023).",
            RefKind.WEB,
        ),
    ],
)
def test_a_placed_report_online_is_a_report(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], note=True).kind is kind


def test_the_place_and_year_pattern_is_linear() -> None:
    from bibcheck.parse.references.reportkind import _PLACE_AND_YEAR
    from tests.test_regex_growth import assert_linear

    assert_linear(
        lambda s: list(_PLACE_AND_YEAR.finditer(s)), lambda n: ", Abcdefgh 19" * (n // 12)
    )
