"""Content drift and quotation presence: pure functions, table-tested."""

from __future__ import annotations

import pytest

from bibcheck.archive.drift import (
    drift,
    normalize,
    quote_checkable,
    quote_present,
    quotes_present,
    script,
    text_similarity,
    title_similarity,
)

ARTICLE = (
    "The ministers met in Geneva on Tuesday. The treaty was signed in 1998 by both parties "
    "and ratified a year later. Observers called it a turning point for cooperation. "
) * 3
EDITED = ARTICLE.replace("Tuesday", "Wednesday") + " Updated: a typo was corrected."
OTHER = (
    "Our shop sells garden furniture, tables and chairs at the best prices. "
    "Free delivery for orders above fifty euros. Subscribe to our newsletter. "
) * 3
RU = "Министры встретились в Женеве. Договор был подписан в 1998 году обеими сторонами. " * 3


@pytest.mark.parametrize(
    ("live", "old", "low", "high", "drifted"),
    [
        (("Treaty news", ARTICLE), ("Treaty news", ARTICLE), 0.99, 1.0, False),
        (("Treaty news", EDITED), ("Treaty news", ARTICLE), 0.9, 1.0, False),
        (("Garden shop", OTHER), ("Treaty news", ARTICLE), 0.0, 0.3, True),
        ((None, ARTICLE), (None, ARTICLE), 0.99, 1.0, False),  # no titles: text only
        (("Treaty news", ""), ("Treaty news", ""), 0.99, 1.0, False),  # titles only
        (("Договор", RU), ("Договор", RU), 0.99, 1.0, False),
    ],
)
def test_drift_score(
    live: tuple[str | None, str],
    old: tuple[str | None, str],
    low: float,
    high: float,
    drifted: bool,
) -> None:
    result = drift(live[0], live[1], old[0], old[1], threshold=0.6)
    assert result is not None
    assert low <= result.score <= high
    assert result.drifted is drifted


def test_nothing_to_compare() -> None:
    assert drift(None, "", None, None, 0.6) is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("Hello, World!", "hello world", 1.0), ("", "x", None), (None, "x", None)],
)
def test_title_similarity(a: str | None, b: str | None, expected: float | None) -> None:
    assert title_similarity(a, b) == expected


def test_text_similarity_ignores_order_and_falls_with_other_words() -> None:
    assert text_similarity("a b c d", "d c b a") == pytest.approx(1.0)
    score = text_similarity("apples and pears", "cars and trains")
    assert score is not None and score < 0.5


def test_normalize_folds_quotes_case_and_yo() -> None:
    assert normalize("«Ёлка» — “Tree”!") == "елка tree"


@pytest.mark.parametrize(
    ("quote", "page", "present"),
    [
        ("the treaty was signed in 1998 by both parties", ARTICLE, True),
        ("The treaty was signed in 1998, by both parties", ARTICLE, True),  # punctuation
        ("the treaty was singed in 1998 by both parties", ARTICLE, True),  # a typo
        ("the treaty was never signed by anyone at all", ARTICLE, False),
        ("the treaty was signed in 1998 by both parties", OTHER, False),
        ("договор был подписан в 1998 году обеими сторонами", RU, True),
        ("the treaty was signed", "", False),
    ],
)
def test_quote_present(quote: str, page: str, present: bool) -> None:
    assert quote_present(quote, page, threshold=85) is present


@pytest.mark.parametrize(
    ("quote", "page", "checkable"),
    [
        ("the treaty was signed in 1998", ARTICLE, True),
        ("договор был подписан в 1998 году", ARTICLE, False),  # translated quotation
        ("the treaty was signed in 1998", RU, False),
        ("short", ARTICLE, False),
        ("the treaty was signed in 1998", None, False),
    ],
)
def test_quote_checkable_only_in_the_page_script(
    quote: str, page: str | None, checkable: bool
) -> None:
    assert quote_checkable(quote, page) is checkable


def test_quotes_present_combines() -> None:
    yes = "the treaty was signed in 1998 by both parties"
    no = "a sentence that is nowhere in the article"
    assert quotes_present([yes], ARTICLE, 85) is True
    assert quotes_present([yes, no], ARTICLE, 85) is False
    assert quotes_present(["договор был подписан в 1998 году"], ARTICLE, 85) is None
    assert quotes_present([], ARTICLE, 85) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hello", "latin"), ("Привет", "cyrillic"), ("123 !", None), ("Привет world", "cyrillic")],
)
def test_script(text: str, expected: str | None) -> None:
    assert script(text) == expected
