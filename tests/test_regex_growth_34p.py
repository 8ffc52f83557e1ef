"""Fix 34p: the patterns added for Polish lists without italics, acts' subjects, ČSN/ABNT
titles to the imprint and chapters' hosts, and ``apud`` stay linear (as in
tests/test_regex_growth.py, whose ``assert_linear`` this uses).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import acts, caps, commentary, polish_plain
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Kowal A., " * (n // 10) + "x", id="names-no-title"),
        pytest.param(lambda n: "A. " * (n // 3) + "Kowal", id="initials"),
        pytest.param(lambda n: "A.-" * (n // 3) + "x", id="hyphened-initials"),
        pytest.param(lambda n: "Ab " * (n // 3) + "x", id="words"),
        pytest.param(lambda n: "Kowal A., Tytuł" + ", Kraków" * (n // 8) + " x", id="places"),
        pytest.param(lambda n: "Kowal A., T, „" + "a" * n, id="open-quote"),
        pytest.param(lambda n: "Kowal A., T" + ", wyd" * (n // 5), id="editions"),
    ],
)
def test_polish_plain_is_linear(line: Line) -> None:
    assert_linear(polish_plain.parse, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Ustawa z dnia 4 lutego 1994 r. o" + " a" * (n // 2), id="subject"),
        pytest.param(
            lambda n: "Ustawa z dnia 4 lutego 1994 r." + " a," * (n // 3) + " (Dz.U", id="commas"
        ),
        pytest.param(lambda n: "Ustawa z dnia 4 lutego 1994" + " r." * (n // 3), id="r"),
    ],
)
def test_act_subject_is_linear(line: Line) -> None:
    assert_linear(acts.act, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "NOVÁK, Jan. T" + ". Praha" * (n // 7) + ":", id="places"),
        pytest.param(lambda n: "NOVÁK, Jan. T. Praha: " + "C. " * (n // 3), id="publisher"),
        pytest.param(lambda n: "NOVÁK, Jan. T. In: " + "NOVÁK, J. " * (n // 10), id="editors"),
        pytest.param(lambda n: "NOVÁK, Jan. T. In: ______ (Org.). " + "a" * n, id="host"),
        pytest.param(lambda n: "NOVÁK, " + "Jan de " * (n // 7) + "x", id="given-de"),
        pytest.param(lambda n: "NOVÁK, " + "J. " * (n // 3) + "x", id="given-initials"),
    ],
)
def test_caps_additions_are_linear(line: Line) -> None:
    assert_linear(caps.parse, line)
    assert_linear(lambda text: caps._IMPRINT.search(text), line)
    assert_linear(lambda text: caps._ONLINE_HOST.search(text), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a apud" * (n // 6), id="apud-repeated"),
        pytest.param(lambda n: "a" * n + " apud", id="apud-at-end"),
    ],
)
def test_apud_is_linear(line: Line) -> None:
    assert_linear(lambda text: commentary._APUD.search(text), line)
