"""Author-date mentions of corporate authors (issue 11, heldout11 27-29).

* ``(Porto di Genova`` / ``Autorità, 2020, p. 4)``: a name broken over the line end counts
  on the line where its parenthesis opens.
* ``Autorità Portuale (2019) … 2015–2020`` and ``Regione Liguria (2020)``: the entry's own
  year, the first after its names, outranks a year elsewhere in another entry.
* ``(ISTAT, 2022, cap. 3)``, ``(Bundesamt, 2021, S. 4)``: a locator after the year.
* ``Title. Volume II: Subtitle.``: the volume belongs to a Harvard title.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.readers.authoryear import author_years, line_mentions

ENTRIES = [
    ("1", "Autorità Portuale (2019) Traffici del porto 2015–2020. Genova: Autorità Portuale."),
    ("2", "Regione Liguria (2020) Carta dei suoli. Genova: Regione Liguria."),
    ("3", "ISTAT (2022) Annuario statistico italiano. Roma: ISTAT."),
    ("4", "Statistisches Bundesamt (2021) Bevölkerung. Wiesbaden: Destatis."),
]


@pytest.mark.parametrize(
    ("line", "following", "found"),
    [
        ("i dati (Regione Liguria, 2020) mostrano", "", [(0, 29, "2")]),
        ("i traffici (Autorità Portuale, 2019) crescono", "", [(0, 35, "1")]),
        ("secondo i dati (Autorità", "Portuale, 2019, p. 4) il traffico", [(1, 14, "1")]),
        ("come indica l’istituto (ISTAT, 2022, cap. 3).", "", [(0, 35, "3")]),
        ("wie das Amt (Statistisches Bundesamt, 2021, S. 4) zeigt", "", [(0, 42, "4")]),
    ],
    ids=["own-year-wins", "own-year", "broken-over-lines", "cap-locator", "s-locator"],
)
def test_corporate_mentions(line: str, following: str, found: list[tuple[int, int, str]]) -> None:
    assert line_mentions(line, following, author_years(ENTRIES)) == found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "WHO (2021) Guidelines on air quality. Volume II: Methods. Geneva: World Health "
            "Organization.",
            "Guidelines on air quality. Volume II: Methods",
        ),
        (
            "Smith, J. (2010) Harbours of the North. Part 2: The Baltic. London: Verso.",
            "Harbours of the North. Part 2: The Baltic",
        ),
        (
            "Smith, J. (2010) Harbours of the North. London: Verso.",
            "Harbours of the North",
        ),
    ],
    ids=["corporate-volume", "part", "no-volume"],
)
def test_harvard_title_keeps_its_volume(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title
