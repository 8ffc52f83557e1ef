"""Access dates written with slashes: a date valid in either order is a real date.

``22/03/2017`` after "Accessed:" is 22 March (day first, as Britain, Australia, New
Zealand, India … write it), though an English label is read month first when both
numbers could be a month; ``03/22/2017`` after a day-first label is 22 March too.  Only
a date that is no day in either order is "not a real calendar date".
"""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Reference
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.dateorder import day_first, in_document_order
from bibcheck.parse.references.fields import find_access_date, parse_date


@pytest.mark.parametrize(
    ("raw", "month_first", "expected"),
    [
        ("22/03/2017", True, date(2017, 3, 22)),  # day > 12: day first whatever the label
        ("22/03/2017", False, date(2017, 3, 22)),
        ("03/22/2017", False, date(2017, 3, 22)),  # month > 12 impossible: month first
        ("03/22/2017", True, date(2017, 3, 22)),
        ("05/04/2017", True, date(2017, 5, 4)),  # ambiguous: the label's order
        ("05/04/2017", False, date(2017, 4, 5)),
        ("31.12.19", False, date(2019, 12, 31)),  # a two-digit year
        ("12/31/19", True, date(2019, 12, 31)),
        ("2023-03-12", False, date(2023, 3, 12)),
        # no day in either order: not a date
        ("32/13/2017", True, None),
        ("31/02/2017", False, None),
        ("30/02/2017", True, None),
        ("13/13/2017", False, None),
    ],
)
def test_parse_date_either_order(raw: str, month_first: bool, expected: date | None) -> None:
    assert parse_date(raw, month_first=month_first) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Accessed: 22/03/2017", date(2017, 3, 22)),
        ("(accessed 03/22/2017)", date(2017, 3, 22)),
        ("Retrieved 14/11/2020", date(2020, 11, 14)),
        ("Accessed: 30/02/2017", None),  # February has no 30th in either order
    ],
)
def test_find_access_date(text: str, value: date | None) -> None:
    found = find_access_date(text)
    assert found is not None
    assert found.value == value


@pytest.mark.parametrize(
    ("entry", "invalid"),
    [
        (
            "Cancer Society of New Zealand. Cancer statistics. https://www.cancernz.org.nz/"
            "statistics. Accessed: 22/03/2017.",
            False,
        ),
        (
            "Health Quality Commission. Annual report. https://www.hqsc.govt.nz/report. "
            "Accessed: 31/02/2017.",
            True,
        ),
    ],
)
def test_entry_access_date_invalid_only_when_no_day(entry: str, invalid: bool) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (C.ACCESS_DATE_INVALID in [a.code for a in ref.anomalies]) is invalid


@pytest.mark.parametrize(
    ("raws", "expected"),
    [
        (["22/03/2017", "05/04/2017"], True),  # one date only day first: the document's order
        (["03/22/2017", "05/04/2017"], False),
        (["05/04/2017", "06/04/2017"], None),  # nothing decides
        (["22/03/2017", "03/22/2017"], None),  # both ways: nothing decides
        (["2017-03-22", None, "22.03.2017"], None),  # no slash dates
    ],
)
def test_document_day_first(raws: list[str | None], expected: bool | None) -> None:
    assert day_first(raws) is expected


def _accessed(raw: str) -> Reference:
    found = find_access_date(f"Accessed: {raw}")
    assert found is not None
    return Reference(
        raw="x", line=1, end_line=1, access_date=found.value, access_date_raw=found.raw
    )


@pytest.mark.parametrize(
    ("raw", "first_day", "expected"),
    [
        ("05/04/2017", True, date(2017, 4, 5)),  # an English label read month first, re-read
        ("05/04/2017", False, date(2017, 5, 4)),
        ("22/03/2017", False, date(2017, 3, 22)),  # unambiguous: as it is
        ("2017-04-05", True, date(2017, 4, 5)),  # no slash date: as it is
    ],
)
def test_in_document_order(raw: str, first_day: bool, expected: date) -> None:
    assert in_document_order(_accessed(raw), first_day).access_date == expected


def test_document_dates_follow_the_unambiguous_ones() -> None:
    text = (
        "# Notes\n\n[^1]: NZ Ministry of Health. Cancer data. https://www.health.govt.nz/"
        "cancer. Accessed: 22/03/2017.\n[^2]: Statistics NZ. Census tables. "
        "https://www.stats.govt.nz/census. Accessed: 05/04/2017.\n\nText.[^1] More.[^2]\n"
    )
    doc = parse_bytes(text.encode(), "thesis.md")
    dates = sorted(str(f.reference.access_date) for f in doc.footnotes)
    assert dates == ["2017-03-22", "2017-04-05"]
