"""Fix 37t: the patterns added for Thai author-date mentions and name lists, bodies cited
by their abbreviation, editors' roles before an author-date year, "e.a." before a year and
Harvard's "Journal, 56(1&2):347-360" stay linear (as in tests/test_regex_growth.py, whose
``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import chicago, gost, script_names, serial
from bibcheck.readers import authoryear
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

_INDEX = authoryear.author_years(
    [
        ("1", "กรมป่าไม้. (2562). รายงาน. กรุงเทพฯ: กรมป่าไม้."),
        ("2", "World Meteorological Organization. (2019). State. Geneva: WMO."),
    ]
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "ก" * n + " (2562", id="thai-run-open-year"),
        pytest.param(lambda n: "ก " * (n // 2) + ", 256", id="thai-words-short-year"),
        pytest.param(lambda n: "กก, " * (n // 4) + "(", id="thai-commas"),
        pytest.param(lambda n: "และคณะ " * (n // 7) + "(2", id="et-al-repeated"),
        pytest.param(lambda n: "World Meteorological Organization [WMO" * (n // 40), id="abbr"),
        pytest.param(lambda n: "(" + "WMO, " * (n // 5), id="abbr-no-year"),
    ],
)
def test_thai_and_abbreviated_mentions_are_linear(line: Line) -> None:
    assert_linear(lambda text: list(authoryear.spans(text, _INDEX)), line)
    assert_linear(
        lambda text: authoryear.abbreviations("World Meteorological Organization", text), line
    )


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "กก ขข" + " และกก ขข" * (n // 10) + ",", id="and-names-comma-end"),
        pytest.param(lambda n: "กก ขข" + ", กก" * (n // 4), id="one-word-names"),
        pytest.param(lambda n: "กก " * (n // 3) + "และ", id="words-then-and"),
    ],
)
def test_thai_name_lists_are_linear(line: Line) -> None:
    assert_linear(script_names.joined_people, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            lambda n: "Venter, K." + " & Muller, P." * (n // 13) + " (reds", id="open-role"
        ),
        pytest.param(
            lambda n: "Venter, K." + ", Muller, P." * (n // 12) + " (eds.) 19", id="short-year"
        ),
        pytest.param(lambda n: "Botes, A.J." + " e.a." * (n // 5) + " 1997", id="ea-repeated"),
    ],
)
def test_author_date_editors_are_linear(line: Line) -> None:
    assert_linear(lambda text: chicago._AD_AUTHORS.match(text), line)
    assert_linear(lambda text: gost._MORE_THEN_YEAR.match(text), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Tydskrif" + ", 5" * (n // 3) + "(1&", id="commas-numbers"),
        pytest.param(lambda n: "T" * n + ", 56(1&2):", id="long-host-no-pages"),
        pytest.param(lambda n: "Tydskrif, 56(" + "&" * n, id="ampersands"),
    ],
)
def test_harvard_numbering_is_linear(line: Line) -> None:
    assert_linear(serial.read, line)
