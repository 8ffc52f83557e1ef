"""Fix 38w: the patterns added for Celtic statutes, neutral citations and joined appeals,
inverted names joined by "a" / "ac", and "et al." before op. cit. stay linear (as in
tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import chicago, legal
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Deddf " + "Cymru " * (n // 6) + "20", id="deddf-no-year"),
        pytest.param(lambda n: "Acht " + "(na) " * (n // 5), id="acht-parens"),
        pytest.param(lambda n: "Bill – " * (n // 7) + "[2014] UKS", id="neutral-unfinished"),
        pytest.param(lambda n: "A v B; " * (n // 7) + "[20", id="joined-many"),
        pytest.param(lambda n: "A v B; C v D " * (n // 13), id="joined-no-year"),
    ],
)
def test_legal_patterns_are_linear(line: Line) -> None:
    assert_linear(legal.cites_authority, line)
    assert_linear(legal.parse, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Wyn Jones, R." + " a Scully, R." * (n // 13), id="and-inverted"),
        pytest.param(lambda n: "Wyn Jones" + " Wyn" * (n // 4) + ", R. a", id="long-surname"),
        pytest.param(lambda n: "R. Wyn Jones" + " ac R. Scully" * (n // 13) + ",", id="ac"),
    ],
)
def test_welsh_name_lists_are_linear(line: Line) -> None:
    assert_linear(chicago.parse, line)
    assert_linear(chicago.parse_note, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Gjoni" + " et al.," * (n // 8) + " vep. e cit.", id="et-al-run"),
        pytest.param(lambda n: "Po aty " * (n // 7), id="po-aty-run"),
    ],
)
def test_repeat_words_are_linear(line: Line) -> None:
    assert_linear(
        lambda text: find_repeats(["Gjoni, A. (2015). Title. Journal, 2, 3.", text]), line
    )
