"""Fix 35d: the patterns added for works cited through another ("apud", "cit. in", "zit.
nach"), the statements that end a comma-form title, editors' roles after a name and a
list entry's place and year stay linear (as in tests/test_regex_growth.py, whose
``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import commaform, commentary, repeat, title_statements
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a, cit. in" * (n // 10), id="cit-in-repeated"),
        pytest.param(lambda n: "a, quoted" * (n // 9), id="quoted-no-in"),
        pytest.param(lambda n: "a" * n + ", zit. nach  ", id="zit-at-end"),
        pytest.param(lambda n: "x cit. en " + " " * n + "nota 3", id="spaces-before-note"),
    ],
)
def test_cited_through_is_linear(line: Line) -> None:
    assert_linear(lambda text: commentary._APUD.search(text), line)
    assert_linear(commentary.cited_through, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Titlu" + ", 2" * (n // 3), id="digits"),
        pytest.param(lambda n: "Titlu" + ", ed" * (n // 4), id="ed-no-period"),
        pytest.param(lambda n: "Titlu" + ", vol" * (n // 5), id="vol-no-number"),
        pytest.param(lambda n: "Titlu" + ", translated" * (n // 12), id="translated-no-by"),
        pytest.param(lambda n: "Titlu, ed. a " + "I" * n, id="long-numeral"),
    ],
)
def test_title_statements_are_linear(line: Line) -> None:
    assert_linear(title_statements.title_before_statements, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Popa, Ioan (coord.), T" + ", Cluj" * (n // 6), id="places"),
        pytest.param(lambda n: "Popa, Ioan, T" + ", 1990" * (n // 6) + " x", id="years"),
        pytest.param(lambda n: "Popa, Ioan, T, Iasi, 1990, p. 4" + " și" * (n // 3), id="si"),
        pytest.param(lambda n: "Popa, Ioan (" + "coord" * (n // 5), id="open-role"),
    ],
)
def test_comma_form_additions_are_linear(line: Line) -> None:
    assert_linear(commaform.parse, line)
    assert_linear(commaform.edited, line)
    assert_linear(commaform.inverted_placed, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Șandru " * (n // 7) + "x", id="capitals"),
        pytest.param(lambda n: "Ș, *" * (n // 4), id="open-italics"),
    ],
)
def test_op_cit_is_linear(line: Line) -> None:
    assert_linear(lambda text: repeat._OP_CIT.search(text), line)
