"""fix81r: a body's yearly report or yearbook titled by one year, no other year printed for
it, is dated by that year (the year printed for the work, as heldout68 keys it), in the
languages notes are written in.  A span, a year printed after the title, and a title that
names a year as its subject are left.  Every case is invented for this file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear


def _year(text: str) -> int | None:
    return parse_reference(text, [0], detect_styles=True, note=True).year


YEARLY = [
    (
        "As the fire destroyed the 1987 ledgers; see Harwell Water Board, *Annual report 1993*,"
        " p. 6.",
        1993,
        "en-lead-in-prose",
    ),
    ("Harwell Water Board, *2004 Annual Report*, 12.", 2004, "en-year-first"),
    ("Landesamt für Bodenkunde, *Jahresbericht 2019*, S. 8.", 2019, "de"),
    ("Institut régional des sols, *Rapport annuel 2011*, p. 3.", 2011, "fr"),
    ("Servicio de Suelos, *Informe anual 2015*, p. 9.", 2015, "es"),
    ("Jūrų tyrimų centras, *Metinė ataskaita 2020*, p. 5.", 2020, "lt"),
    ("Ilmastokeskus, *Vuosikertomus 2018*, s. 22.", 2018, "fi"),
    ("Bodemkundig Instituut, *Jaarverslag 2007*, p. 14.", 2007, "nl"),
    ("Mullvadsstationen, *Årsredovisning 2012*, s. 4.", 2012, "sv"),
    ("Výskumná stanica Kolárovo, *Výročná správa 2016*, s. 11.", 2016, "sk"),
    ("Půdní ústav Hradec, *Výroční zpráva 2014*, s. 7.", 2014, "cs"),
]


@pytest.mark.parametrize(("text", "year"), [(t, y) for t, y, _ in YEARLY],
                         ids=[i for _, _, i in YEARLY])  # fmt: skip
def test_yearly_report_dated_by_its_title(text: str, year: int) -> None:
    assert _year(text) == year


# (near misses: what main reads, unchanged)
LEFT = [
    ("Harwell Water Board, *Annual Report 2021–22*, p. 3.", None, "span"),
    ("Northmoor Trust, *Annual report 2009* (Northmoor, 2010), p. 7.", 2010, "imprint-year"),
    ("Kelso, Amy, *Memories of 1956*, p. 3.", None, "year-as-subject"),
    ("Kelso Field Club, *The great flood of 1912*, p. 40.", None, "flood-of-year"),
]


@pytest.mark.parametrize(("text", "year"), [(t, y) for t, y, _ in LEFT],
                         ids=[i for _, _, i in LEFT])  # fmt: skip
def test_other_titles_with_years_are_left(text: str, year: int | None) -> None:
    assert _year(text) == year


_LINES: list[Callable[[int], str]] = [
    lambda n: "Annual report " * (n // 14),
    lambda n: "a " * (n // 2),
    lambda n: "1996 " * (n // 5),
]


@pytest.mark.parametrize("line", _LINES)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda t: _year("Body, *" + t + " 1996*, p. 4."), line)
