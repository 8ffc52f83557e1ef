"""A budget, report or survey cited with no date of its own is the year its title names it
by (``Adopted Budget, Fiscal Year 2017``, ``Annual Comprehensive Financial Report 2025``):
one year beside a periodical publication's word -- never a range, never a title's year
where the reference dates the work itself, never a year alone (a novel titled ``1984``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import period_year
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Approved Operating Budget, Fiscal Year 2021", "2021"),
        ("FY2024 Capital Budget in Brief", "2024"),
        ("Comprehensive Annual Financial Report 2018", "2018"),
        ("Statistical Yearbook for 2012", "2012"),
        ("Annual Report for the Year 1931", "1931"),
        ("2023 Tenant Survey", "2023"),
        ("2020 Regional Housing Needs Plan", "2020"),
        ("Annual Report 2021–22", None),  # a range
        ("Revenue Budget 2019/20", None),
        ("Flood Risk Plan 2021 to 2027", None),
        ("Report on the Floods of 1910 and 1911", None),  # two years
        ("1984", None),  # a year alone
        ("The Summer of 1976", None),  # no periodical's word
        ("", None),
    ],
)
def test_period_year(title: str, want: str | None) -> None:
    assert period_year(title) == want


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Lakeview County, *Approved Operating Budget, Fiscal Year 2021*, p. 14. "
            "https://lakeview.example.gov/budget/fy2021.pdf",
            2021,
        ),
        (
            "Lakeview County, *Comprehensive Annual Financial Report 2018*, schedule 6. "
            "https://lakeview.example.gov/cafr-2018.pdf",
            2018,
        ),
        ("Town of Brill, Statistical Yearbook for 2012, table 3.", 2012),
        # the reference's own date wins over its title's year
        (
            "Lakeview County, *Approved Operating Budget, Fiscal Year 2021* (Lakeview, 2020), 14.",
            2020,
        ),
    ],
)
def test_year_from_title_when_none_is_written(text: str, year: int) -> None:
    for detect in (True, False):
        assert parse_reference(text, (1,), detect_styles=detect, note=True).year == year


@pytest.mark.parametrize(
    "title",
    [
        lambda n: "Budget " * (n // 7),
        lambda n: "2019 " * (n // 5),
        lambda n: "FY" + "2" * n,
        lambda n: "Report for the " * (n // 15),
    ],
)
def test_period_year_is_linear(title: Callable[[int], str]) -> None:
    assert_linear(period_year, title)
