"""A span of years as an imprint's date (``Place: Publisher, 1906–1909``) or after a
multi-volume work's facts is the years the work appeared over: its year is the first.  A
span that is no imprint's date is the date the work gives."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import span_start
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # Chicago bibliography, given name first and inverted
        ("Anna Berg. *Norske folkeviser*. Kristiania: Aschehoug, 1906–1909.", 1906),
        ("Berg, Anna. *Norske folkeviser*. Kristiania: Aschehoug, 1906--1909.", 1906),
        ("Berg, Anna. *Norske folkeviser*. 3 vols. Kristiania: Aschehoug, 1906–1909.", 1906),
        # Chicago notes: the imprint in parentheses, with and without a locator
        ("Anna Berg, *Norske folkeviser* (Kristiania: Aschehoug, 1906–1909).", 1906),
        ("Anna Berg, *Norske folkeviser* (Kristiania: Aschehoug, 1906–1909), 12.", 1906),
        ("Jón Jónsson, *Íslensk lög* (Reykjavík: S. E. Pálsson, 1921–1925), 4–6.", 1921),
        # Vancouver and GOST imprints
        ("Hansen P. Danske viser. København: Gyldendal; 1906–1909.", 1906),
        ("Иванов И. И. Русские песни. М.: Наука, 1906–1909.", 1906),
        # a single year is itself
        ("Anna Berg, *Norske folkeviser* (Kristiania: Aschehoug, 1909), 12.", 1909),
    ],
)
def test_imprint_span_gives_the_first_year(text: str, year: int) -> None:
    assert parse_reference(text, (1,)).year == year


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        ("Kristiania: Aschehoug, 1906–1909.", "1909", "1906"),
        ("(Oslo: Cappelen, 1950–1952), 7.", "1952", "1950"),
        ("Report on the census, 1990–2000.", "2000", "2000"),  # no imprint: the date given
        ("Oslo: Cappelen, 1952–1950.", "1950", "1950"),  # no span forward
        ("Oslo: Cappelen, 1950–1952 and later", "1952", "1952"),
    ],
)
def test_span_start(text: str, year: str, want: str) -> None:
    assert span_start(text, year) == want


def test_span_start_is_linear() -> None:
    assert_linear(
        lambda text: span_start(text, "1952"),
        lambda n: ("Oslo: Cappelen, 1950–1952" + "x" * 50 + ": ") * (n // 77),
    )
