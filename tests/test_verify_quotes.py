"""Quotations on the cited page: normalisation, exact, windowed fuzzy, changed, missing."""

from __future__ import annotations

import pytest

from bibcheck.model import VerifyVerdict
from bibcheck.verify.quotes import judge_quote, normalise

PAGE_EN = (
    "Minsk, 1 February. The minister said that “exports to China grew by 25 percent in 2022 "
    "and will reach five billion dollars next year”. He added that cooperation with the "
    "Shanghai Cooperation Organisation remains a priority for the govern-\nment. Other news "
    "of the day follows below, with weather and sport."
)
PAGE_RU = (
    "Минск, 1 февраля. Министр заявил, что «экспорт в Китай вырос на 25 процентов в 2022 "
    "году и в следующем году достигнет пяти миллиардов долларов». Он добавил, что "
    "сотрудничество с Шанхайской организацией сотрудничества остаётся приоритетом."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Экспорт — вырос»", "экспорт вырос"),
        ("co\u00adoperation", "cooperation"),
        ("govern-\nment", "government"),
        ("“Quoted” 'text'", "quoted text"),
        ("Ёлка", "елка"),
        ("A  B\tC", "a b c"),
    ],
    ids=["guillemets-dash", "soft-hyphen", "line-break-hyphen", "curly-quotes", "yo", "spaces"],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("quote", "page", "verdict"),
    [
        ("exports to China grew by 25 percent in 2022", PAGE_EN, VerifyVerdict.QUOTE_FOUND),
        ("remains a priority for the government", PAGE_EN, VerifyVerdict.QUOTE_FOUND),
        ("exports to China grew by 25 per cent in 2022", PAGE_EN, VerifyVerdict.QUOTE_FOUND),
        ("exports to China grew by 35 percent in 2022", PAGE_EN, VerifyVerdict.QUOTE_CHANGED),
        ("exports to India grew by 25 percent in 2022", PAGE_EN, VerifyVerdict.QUOTE_CHANGED),
        ("imports from China fell sharply and will reach five billion dollars next year",
         PAGE_EN, VerifyVerdict.QUOTE_CHANGED),
        ("the central bank raised its key rate to fight inflation", PAGE_EN,
         VerifyVerdict.QUOTE_NOT_FOUND),
        ("экспорт в Китай вырос на 25 процентов в 2022 году", PAGE_RU,
         VerifyVerdict.QUOTE_FOUND),
        ("экспорт в Китай вырос на 15 процентов в 2022 году", PAGE_RU,
         VerifyVerdict.QUOTE_CHANGED),
        ("экспорт в Китай вырос на 25 процентов", PAGE_EN, VerifyVerdict.QUOTE_UNCHECKED),
        ("grew by 25", PAGE_EN, VerifyVerdict.QUOTE_UNCHECKED),
        ("exports to China grew by 25 percent … will reach five billion dollars next year",
         PAGE_EN, VerifyVerdict.QUOTE_FOUND),
        ("exports to China grew [...] and will reach ten billion dollars next year", PAGE_EN,
         VerifyVerdict.QUOTE_CHANGED),
        ("exports to China fell by 25 percent in 2022", PAGE_EN, VerifyVerdict.QUOTE_CHANGED),
    ],
    ids=["exact", "hyphenated-on-page", "typography", "number-changed", "name-changed",
         "words-changed", "absent", "russian-exact", "russian-number", "translated",
         "too-short", "ellipsis", "ellipsis-changed", "word-changed"],
)  # fmt: skip
def test_judge_quote(quote: str, page: str, verdict: VerifyVerdict) -> None:
    judged = judge_quote(quote, [("live", "https://news.test/a", page)])
    assert judged is not None and judged.verdict is verdict


def test_changed_quotation_gives_the_nearest_passage() -> None:
    judged = judge_quote("exports to China grew by 35 percent in 2022", [("live", "u", PAGE_EN)])
    assert judged is not None
    assert "25 percent" in judged.passage and "35" in judged.detail and "25" in judged.detail


def test_found_in_the_archived_copy_when_the_live_page_changed() -> None:
    live = "The page was rewritten and says something else now entirely."
    judged = judge_quote(
        "exports to China grew by 25 percent in 2022",
        [("live", "https://news.test/a", live), ("archive", "https://archive.test/x", PAGE_EN)],
    )
    assert judged is not None
    assert judged.verdict is VerifyVerdict.QUOTE_FOUND and judged.version == "archive"


def test_no_page_no_judgement() -> None:
    assert judge_quote("exports to China grew by 25 percent", []) is None
