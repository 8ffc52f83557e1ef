"""Fix 52l: entries whose own lines are their fields ("Authors Year. Journal, vol, page."
/ title / URL, as astronomy bibliographies and their Sphinx citations write them), and
titles that are a journal with its numbers or the entry's "Author Year": a misread, read
again in the lines' order or said, never stored.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.relined import Misread, misread_title, relined
from tests.test_regex_growth import assert_linear

MISREAD = [
    pytest.param("ApJL, 951, 1", (), Misread.CERTAIN, id="journal-volume-page"),
    pytest.param("Phys. Rev. D, 88, 084013", (), Misread.CERTAIN, id="abbreviated-journal"),
    pytest.param("MNRAS, 480(2), 2588", (), Misread.CERTAIN, id="volume-issue"),
    pytest.param("Quinn 1964", ("Quinn, G.",), Misread.CERTAIN, id="own-author-year"),
    pytest.param(
        "Volonteri & Rees 2005a", ("Volonteri, M.", "Rees, M."), Misread.CERTAIN, id="two"
    ),
    pytest.param("Berti et al. 2009", (), Misread.POSSIBLE, id="et-al-year-no-authors"),
    pytest.param("Paris 1919", ("MacLeod, M.",), Misread.POSSIBLE, id="place-and-year"),
    pytest.param("Stellar dynamics of galactic nuclei", (), Misread.NO, id="negative-title"),
    pytest.param("Canals of the North, 1760-1830", (), Misread.NO, id="negative-dated-title"),
    pytest.param("Catalogue of the stars, revised", (), Misread.NO, id="negative-comma-words"),
    pytest.param("Apollo 11, the first landing", (), Misread.NO, id="negative-number-words"),
]


@pytest.mark.parametrize(("title", "authors", "misread"), MISREAD)
def test_misread_title(title: str, authors: tuple[str, ...], misread: Misread) -> None:
    assert misread_title(title, authors) is misread


RELINED = [
    pytest.param(
        "Okafor, N., Brandt, W. 2019. MNRAS, 488, 2110.\nDust lanes in barred spirals",
        "Okafor, N., Brandt, W. (2019). Dust lanes in barred spirals. MNRAS, 488, 2110.",
        id="journal-line-then-title",
    ),
    pytest.param(
        "Quinn 1964.\nTidal capture in dense clusters\nhttps://example.org/q64",
        "Quinn (1964). Tidal capture in dense clusters. https://example.org/q64",
        id="author-year-line-title-url",
    ),
    pytest.param("Okafor, N. 2019. MNRAS, 488, 2110.", None, id="negative-one-line"),
    pytest.param(
        "Okafor, N. 2019. Dust lanes in\nbarred spirals. MNRAS, 488, 2110.",
        None,
        id="negative-wrapped-title",
    ),
    pytest.param(
        "Okafor, N. 2019. MNRAS, 488, 2110.\nhttps://example.org/x", None, id="negative-url-next"
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELINED)
def test_relined(text: str, expected: str | None) -> None:
    assert relined(text) == expected


def test_a_line_structured_entry_gets_its_title_journal_and_numbers() -> None:
    text = (
        "Okafor, N., Brandt, W. 2019. MNRAS, 488, 2110.\n"
        "Dust lanes in barred spirals\n"
        "https://example.org/abs/2019"
    )
    ref = parse_reference(text, [10, 11, 12], detect_styles=True)
    assert (ref.title, ref.host, ref.volume, ref.pages, ref.year) == (
        "Dust lanes in barred spirals",
        "MNRAS",
        "488",
        "2110",
        2019,
    )
    assert ref.authors == ("Okafor, N.", "Brandt, W.")
    assert (ref.line, ref.end_line, ref.raw) == (10, 12, text)


def test_a_journal_as_title_with_no_lines_to_read_is_said() -> None:
    ref = parse_reference("Okafor, N. 2019. MNRAS, 488, 2110.", [3], detect_styles=True)
    assert ref.title is None
    assert AnomalyCode.REFERENCE_UNPARSED in [a.code for a in ref.anomalies]


def test_a_place_and_year_title_is_kept() -> None:
    ref = parse_reference("MacLeod, M. (2001). Paris 1919. Random House.", [1], detect_styles=True)
    assert ref.title == "Paris 1919"
    assert AnomalyCode.REFERENCE_UNPARSED not in [a.code for a in ref.anomalies]


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab, " * (n // 4), id="commas"),
    pytest.param(lambda n: "Ab, 1" * (n // 5), id="comma-numbers"),
    pytest.param(lambda n: "Ab & " * (n // 5), id="ampersands"),
    pytest.param(lambda n: "Ab 2001. " * (n // 9), id="years"),
]


@pytest.mark.parametrize("line", LINES)
def test_misread_title_is_linear(line: Line) -> None:
    assert_linear(lambda text: misread_title(text, ("Ab, C.",)), line)


@pytest.mark.parametrize("line", LINES)
def test_relined_is_linear(line: Line) -> None:
    assert_linear(lambda text: relined(f"Ab, C. 2001. {text}\nA title"), line)
