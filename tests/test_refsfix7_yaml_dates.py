"""CSL items written in YAML: an unquoted date is text as written, not a date object.

YAML reads ``issued: 2023-11-23`` (and a time stamp) as a date; ``2023-11`` and ``2024``
stay text and a number.  The year, the access date and the raw item must not depend on it.
"""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.readers.pandoc import read as read_pandoc

_FRONT = """
---
title: A report
references:
- id: item
  type: {kind}
  title: A work
{field}
---

As shown [@item].
"""


@pytest.mark.parametrize(
    ("field", "year", "raw"),
    [
        pytest.param("  issued: 2021-03-09", 2021, "2021-03-09", id="full-date"),
        pytest.param("  issued: 2019-07-01T08:30:00", 2019, "2019-07-01T08:30:00", id="timestamp"),
        pytest.param("  issued: 2018-05", 2018, "2018-05", id="year-month"),
        pytest.param("  issued: 2017", 2017, "2017", id="year"),
        pytest.param("  issued: {raw: 2016-02-29}", 2016, "2016-02-29", id="raw-date"),
        pytest.param("  issued: {date-parts: [[2015, 4, 2]]}", 2015, "2015-4-2", id="date-parts"),
    ],
)
def test_an_unquoted_yaml_date_is_the_year(field: str, year: int, raw: str) -> None:
    text = textwrap.dedent(_FRONT).lstrip("\n").format(kind="report", field=field)
    ref = read_pandoc(text).literature[0].reference
    assert ref is not None
    assert (ref.year, ref.year_raw) == (year, raw)
    assert str(year) in ref.raw


@pytest.mark.parametrize(
    ("field", "day"),
    [
        pytest.param("  accessed: 2022-10-04", "2022-10-04", id="date"),
        pytest.param("  accessed: 2022-10-04T12:00:00", "2022-10-04", id="timestamp"),
    ],
)
def test_an_unquoted_yaml_access_date_is_read(field: str, day: str) -> None:
    text = textwrap.dedent(_FRONT).lstrip("\n").format(kind="webpage", field=field)
    ref = read_pandoc(text).literature[0].reference
    assert ref is not None
    assert ref.access_date is not None and ref.access_date.isoformat() == day
