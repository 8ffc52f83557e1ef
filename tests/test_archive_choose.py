"""Choosing the snapshot: pure functions, table-tested."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bibcheck.archive.choose import (
    Capture,
    capture_problem,
    home_url,
    in_doubt,
    is_home_copy,
    near,
    normalize_timestamp,
    order_candidates,
    split_by_target,
    target_date,
    title_matches,
)

U = "http://example.org/a/page"


def caps(*specs: tuple[str, int | None]) -> list[Capture]:
    return [Capture(ts, U, status) for ts, status in specs]


@pytest.mark.parametrize(
    ("access", "year", "doc", "expected"),
    [
        (date(2020, 3, 12), 2019, date(2026, 1, 1), date(2020, 3, 12)),  # access date wins
        (None, 2019, date(2026, 1, 1), date(2019, 12, 31)),  # else the end of the year
        (None, None, date(2026, 1, 1), date(2026, 1, 1)),  # else the document's date
        (None, None, None, None),
        (None, 0, date(2026, 1, 1), date(2026, 1, 1)),  # a nonsense year is ignored
    ],
)
def test_target_date(
    access: date | None, year: int | None, doc: date | None, expected: date | None
) -> None:
    assert target_date(access, year, doc) == expected


@pytest.mark.parametrize(
    ("captures", "target", "expected"),
    [
        # several around the date: closest at or before first, then after (closest first)
        (
            caps(
                ("20180101000000", 200),
                ("20200301000000", 200),
                ("20200401000000", 200),
                ("20220101000000", 200),
            ),
            date(2020, 3, 12),
            ["20200301000000", "20180101000000", "20200401000000", "20220101000000"],
        ),
        # a capture later on the target day itself counts as "at"
        (
            caps(("20200312235959", 200), ("20200313000000", 200)),
            date(2020, 3, 12),
            ["20200312235959", "20200313000000"],
        ),
        # only after: closest after first
        (
            caps(("20230101000000", 200), ("20210101000000", 200)),
            date(2020, 3, 12),
            ["20210101000000", "20230101000000"],
        ),
        # error pages, redirects and revisits (status 0 = "-") are never candidates
        (
            caps(
                ("20190101000000", 404),
                ("20190201000000", 302),
                ("20190301000000", 0),
                ("20190401000000", 500),
                ("20190501000000", 204),
            ),
            date(2020, 1, 1),
            ["20190501000000"],
        ),
        # unknown status (Memento) is a candidate, judged when fetched
        (caps(("20190101000000", None)), date(2020, 1, 1), ["20190101000000"]),
        # no target: latest first
        (
            caps(("20190101000000", 200), ("20210101000000", 200)),
            None,
            ["20210101000000", "20190101000000"],
        ),
        # duplicates and malformed timestamps dropped
        (
            caps(
                ("20190101000000", 200),
                ("20190101000000", 200),
                ("2019", 200),
                ("20191399000000", 200),
            ),
            date(2020, 1, 1),
            ["20190101000000"],
        ),
        ([], date(2020, 1, 1), []),
    ],
)
def test_order_candidates(
    captures: list[Capture], target: date | None, expected: list[str]
) -> None:
    assert [c.timestamp for c in order_candidates(captures, target)] == expected


def test_split_by_target_separates_sides() -> None:
    before, after = split_by_target(
        caps(("20190101000000", 200), ("20210101000000", 200)), date(2020, 1, 1)
    )
    assert [c.timestamp for c in before] == ["20190101000000"]
    assert [c.timestamp for c in after] == ["20210101000000"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("20200312101112", "20200312101112"),
        ("2020", "20200101000000"),
        ("202003", "20200301000000"),
        ("20200312", "20200312000000"),
        ("2020031210", "20200312100000"),
        ("20201312", None),  # month 13
        ("abc", None),
        ("", None),
        ("202003121011121", None),  # 15 digits
    ],
)
def test_normalize_timestamp(raw: str, expected: str | None) -> None:
    assert normalize_timestamp(raw) == expected


@pytest.mark.parametrize(
    ("ts", "target", "window_days", "expected"),
    [
        ("20200301000000", date(2020, 3, 12), 365, True),
        ("20180301000000", date(2020, 3, 12), 365, False),
        ("20200301000000", None, 365, False),
        ("garbage", date(2020, 3, 12), 365, False),
    ],
)
def test_near(ts: str, target: date | None, window_days: int, expected: bool) -> None:
    assert near(ts, target, timedelta(days=window_days)) is expected


@pytest.mark.parametrize(
    ("title", "text", "problem"),
    [
        ("Page not found", "Sorry.", "soft 404"),
        ("Страница не найдена", "Ошибка", "soft 404"),
        ("Example", "This domain is for sale! Buy this domain today.", "soft 404"),
        (None, "", "empty"),
        ("The treaty history", "A long article about the treaty. " * 20, None),
        # an article about 404 errors is not a soft 404 (long page, pattern in the body)
        ("Errors on the web", "Why a 404 page not found happens. " * 200, None),
    ],
)
def test_capture_problem(title: str | None, text: str, problem: str | None) -> None:
    found = capture_problem(U, title, text)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


@pytest.mark.parametrize(
    ("page_title", "cited", "expected", "doubt"),
    [
        ("The treaty history - Example News", "The treaty history", True, False),
        ("Welcome to Example", "The treaty history", False, True),
        (None, "The treaty history", None, True),
        ("Anything", None, None, True),
    ],
)
def test_title_match_and_doubt(
    page_title: str | None, cited: str | None, expected: bool | None, doubt: bool
) -> None:
    assert title_matches(page_title, cited) is expected
    assert in_doubt(page_title, cited) is doubt


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("http://example.org/a/page?x=1", "http://example.org/"),
        ("https://example.org:8443/deep/path/", "https://example.org:8443/"),
        ("http://example.org/", None),
        ("http://example.org/index.html", None),
    ],
)
def test_home_url(url: str, home: str | None) -> None:
    assert home_url(url) == home


def test_is_home_copy() -> None:
    home_text = "Welcome to the site. Latest news, articles and more. " * 5
    assert is_home_copy("Site home", home_text, "Site home", home_text)
    assert not is_home_copy("An article", "Some article text " * 20, "Site home", home_text)
    assert is_home_copy("Site home", "", "Site home", home_text)  # title-only page
    assert not is_home_copy("", "", "Site home", home_text)
