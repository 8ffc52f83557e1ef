"""Fix 37k: the patterns added for a work's kind -- a public body's document, a body's
opinion after the title, MLA's publisher and year, a work's own volume, a journal with a
year alone, a volume and issue after the journal with no comma -- stay linear (as in
tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import apa, chicago, generic, ieee, reportkind
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Ministry " * (n // 9), id="bodies-no-title"),
        pytest.param(lambda n: "Guidelines " * (n // 11), id="genres"),
        pytest.param(lambda n: "Riksverket " + "2019 " * (n // 5), id="years"),
        pytest.param(lambda n: "x" * n + "myndigheten", id="long-compound"),
    ],
)
def test_agency_document_is_linear(line: Line) -> None:
    assert_linear(lambda text: reportkind.agency_document(text, "Guidelines 2019: x"), line)
    assert_linear(lambda text: reportkind.agency_document(text, text[: len(text) // 2]), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Avis de la " + "word " * (n // 5), id="no-body"),
        pytest.param(lambda n: "Opinion of " * (n // 11), id="repeated"),
    ],
)
def test_body_opinion_is_linear(line: Line) -> None:
    assert_linear(reportkind.body_opinion, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Granta" + " Books" * (n // 6) + ", 2019", id="long-name"),
        pytest.param(lambda n: "3rd ed." * (n // 7), id="editions"),
    ],
)
def test_mla_imprint_is_linear(line: Line) -> None:
    assert_linear(chicago._mla_imprint, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "*T*" + ". Vol. 2" * (n // 8), id="volumes"),
        pytest.param(lambda n: "T" + "*" * n, id="stars"),
    ],
)
def test_own_volume_is_linear(line: Line) -> None:
    assert_linear(lambda text: generic._without_own_volume(text, "T"), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Lancet. 2023." + " (x)" * (n // 4), id="notes"),
        pytest.param(lambda n: "Lancet" + " x" * (n // 2) + ". 2023 (", id="open-note"),
    ],
)
def test_ahead_of_print_is_linear(line: Line) -> None:
    assert_linear(lambda text: ieee._V_AHEAD.match(text), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Journal" + " 12" * (n // 3), id="numbers-no-issue"),
        pytest.param(lambda n: "*Journal* " + "1 (" * (n // 3), id="open-issues"),
    ],
)
def test_spaced_volume_is_linear(line: Line) -> None:
    assert_linear(lambda text: apa._JOURNAL.match(text), line)
    assert_linear(lambda text: apa._MARKED_JOURNAL.match(text), line)
