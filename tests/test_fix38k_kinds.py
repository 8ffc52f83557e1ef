"""Fix 38k: a work's kind and the fields that decide it, in notes of every reader.

- publication facts dated to a month (``(Place: Body, April 2024)``) name a report: a book's
  facts give the year alone;
- a site Chicago calls a blog, newsletter or podcast (``*Site* (blog), May 2, 2024``) holds
  web pages, and a date's day or a locator (``table 4.2``) is no journal's volume;
- a group as the author of a Nature-style article (``The X Trial Investigators. Title.
  Journal 12, 1–9 (2020).``);
- Bluebook's volume before the author of a treatise in several volumes, and its star pages.

Own fixtures, in the shapes real notes have.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import (
    bluebook,
    caseless,
    chicago,
    nature,
    parse_reference,
    reportkind,
)
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Northern Transit Authority, Rail Freight in the Pennines (Manchester: NTA, "
            "March 2021), 14.",
            RefKind.REPORT,
        ),
        (
            "Harbour Lights Institute, Coastal Energy Futures (Bristol, October 2022), 7.",
            RefKind.REPORT,
        ),
        (
            "Maria Quell, Measuring Office Heat Loads (Denver, CO: Quell Press, June 2011), 3.",
            RefKind.REPORT,
        ),
        # a book: a publisher's imprint, the year alone
        (
            "Maria Quell, Measuring Office Heat Loads (Denver, CO: Quell Press, 2011), 3.",
            RefKind.BOOK,
        ),
        (
            "Regional Water Council, Drought Planning in Practice (Leeds: RWC, 2019), 22.",
            RefKind.BOOK,
        ),
    ],
)
def test_note_report_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), note=True).kind is kind


def test_body_page_online_stays_web() -> None:
    ref = parse_reference(
        "Regional Water Council. Drought planning in practice [Internet]. Leeds: RWC; 2019 "
        "[cited 2024 Mar 3]. Available from: https://example.org/drought",
        (1,),
        detect_styles=True,
    )
    assert ref.kind is RefKind.WEB


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Ada Brook, “Why Cities Need Trees,” Green Streets (blog), May 2, 2024, "
            "https://greenstreets.example.org/p/why-trees.",
            "Green Streets (blog)",
        ),
        (
            "Lee Tam, “Ten Years of Rain,” Weather Notes (newsletter), January 31, 2023, "
            "https://weathernotes.example.com/p/rain.",
            "Weather Notes (newsletter)",
        ),
    ],
)
def test_site_medium_is_web(text: str, host: str) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (ref.kind, ref.host, ref.volume) == (RefKind.WEB, host, None)


def test_locator_is_no_volume() -> None:
    ref = parse_reference(
        "National Statistics Board, “Household Heating,” Quarterly Energy Bulletin, table 4.2, "
        "accessed May 5, 2024, https://stats.example.gov/energy/quarterly/.",
        (1,),
        note=True,
    )
    assert (ref.kind, ref.host, ref.volume) == (RefKind.WEB, "Quarterly Energy Bulletin", None)


@pytest.mark.parametrize(
    ("text", "author", "title", "journal"),
    [
        (
            "The HEART-FAIL Trial Investigators. Dapagliflozin in older adults with heart "
            "failure. Eur. Heart J. 41, 2100–2110 (2020).",
            "The HEART-FAIL Trial Investigators",
            "Dapagliflozin in older adults with heart failure",
            "Eur. Heart J.",
        ),
        (
            "Lung Health: Global Initiative (LHGI) Writing Group. LHGI 2021 report on chronic "
            "obstructive disease. Respir. Med. 180, S1–S40 (2021).",
            "Lung Health: Global Initiative (LHGI) Writing Group",
            "LHGI 2021 report on chronic obstructive disease",
            "Respir. Med.",
        ),
    ],
)
def test_nature_group_author(text: str, author: str, title: str, journal: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.host) == (
        RefKind.ARTICLE,
        (author,),
        title,
        journal,
    )


@pytest.mark.parametrize(
    ("text", "author", "title", "volume", "year"),
    [
        (
            "4B Hannah Kessler et al., Treatise on Marine Insurance § 12:40 (2d ed. 2018).",
            "Hannah Kessler",
            "Treatise on Marine Insurance § 12:40",
            "4B",
            2018,
        ),
        (
            "3 Edward Coke, Institutes of the Laws of England *162 (1644).",
            "Edward Coke",
            "Institutes of the Laws of England",
            "3",
            1644,
        ),
        ("See 1 Edward Coke, Institutes *4 (on the rule).", "Edward Coke", "Institutes", "1", None),
    ],
)
def test_bluebook_leading_volume(
    text: str, author: str, title: str, volume: str, year: int | None
) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (ref.kind, ref.authors, ref.title, ref.volume, ref.year) == (
        RefKind.BOOK,
        (author,),
        title,
        volume,
        year,
    )


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "(Leeds, " * (n // 8), id="open-facts"),
        pytest.param(lambda n: "(a, May " * (n // 8), id="months"),
    ],
)
def test_month_dated_facts_is_linear(line: Line) -> None:
    assert_linear(reportkind.month_dated_facts, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "A Group. " * (n // 9), id="groups"),
        pytest.param(lambda n: "The " + "x Group" * (n // 7), id="no-stop"),
    ],
)
def test_group_article_is_linear(line: Line) -> None:
    assert_linear(lambda text: nature._GROUP_ARTICLE.match(text + " (2020)."), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " Jan" * (n // 4), id="months"),
        pytest.param(lambda n: " Janx" + "a" * n, id="long-word"),
        pytest.param(lambda n: ", table" * (n // 7) + "s", id="locators"),
    ],
)
def test_no_volume_before_is_linear(line: Line) -> None:
    assert_linear(chicago._NO_VOLUME_BEFORE.search, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "2 Ann Roe, " + "T " * (n // 2), id="no-star"),
        pytest.param(lambda n: "2 Ann Roe, T" + " *1" * (n // 3), id="stars"),
    ],
)
def test_leading_volume_is_linear(line: Line) -> None:
    assert_linear(bluebook.parse, line)


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (
            "کریمی، رضا. «سفرنامه‌های دورهٔ قاجار». فصلنامهٔ تاریخ، دوره ۵، شماره ۲ (۱۳۹۵): ۴۵–۶۰.",
            "فصلنامهٔ تاریخ",
        ),
        (
            "العلي، أحمد. «الموانئ في العصر المملوكي». مجلة الدراسات التاريخية، مج ١٢، ع ٣ (١٩٩٩): ٥–٢٠.",
            "مجلة الدراسات التاريخية",
        ),
        ('כהן, דוד. "ערי הנמל". ציון, כרך 12, גיליון 3 (1999): 5–20.', "ציון"),
    ],
)
def test_caseless_unmarked_journal(text: str, journal: str) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.kind, ref.host) == (RefKind.ARTICLE, journal)


def test_caseless_book_stays_book() -> None:
    ref = parse_reference("کریمی، رضا. «سفرنامه‌های دورهٔ قاجار». تهران: نشر نی، ۱۳۹۵.", (1,))
    assert (ref.kind, ref.host) == (RefKind.BOOK, None)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: ". " + "نامه " * (n // 5), id="no-volume"),
        pytest.param(lambda n: ". نامه" + "، س 1" * (n // 5), id="volumes"),
    ],
)
def test_unmarked_periodical_is_linear(line: Line) -> None:
    assert_linear(caseless._PERIODICAL.match, line)
