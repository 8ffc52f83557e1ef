"""Where a title ends before what follows it (issue 11, ninth held-out corpus): a report
series and its number after a German title (quoted or not), an MDPI (ACS) journal after a
single author's title sentence, a series between an MDPI book title and its publisher, and
an editor's mark after a French note's author."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.parse.references import parse_reference


def case(text: str, id: str, note: bool = False, **expected: Any) -> Any:  # noqa: A002
    return pytest.param(text, note, expected, id=id)


CASES = [
    case(
        "Anna Keller und Jonas Brandt: Wege aus der Wohnungsnot, DIW Wochenbericht Nr. 14, "
        "Berlin 2021.",
        "de-report-series-number",
        note=True,
        title="Wege aus der Wohnungsnot",
        year=2021,
    ),
    case(
        "Petra Lang: „Warum die Mieten steigen“, ifw Kurzanalyse Nr. 7, Kiel 2022.",
        "de-quoted-title-report-series",
        note=True,
        title="Warum die Mieten steigen",
        year=2022,
    ),
    case(
        "Okafor, B.T. Corrosion of steel footbridges in coastal climates. Corros. Sci. Rev. "
        "2018, 12, 45–61.",
        "mdpi-one-author-abbreviated-journal",
        title="Corrosion of steel footbridges in coastal climates",
        year=2018,
        volume="12",
        pages="45–61",
    ),
    case(
        "Lindqvist, E.; Berg, O. Wind Loads on Slender Towers; Structural Design Series 4; "
        "Springer: Berlin, Germany, 2015.",
        "mdpi-book-series-out-of-title",
        title="Wind Loads on Slender Towers",
        year=2015,
    ),
    case(
        "M. Durand (dir.), Les ports de l’Atlantique au XIXe siècle, Nantes, Ouest Éditions, "
        "1994, p. 22.",
        "fr-note-editor-mark",
        note=True,
        authors=("M. Durand",),
        title="Les ports de l’Atlantique au XIXe siècle",
        year=1994,
    ),
]


@pytest.mark.parametrize(("text", "note", "expected"), CASES)
def test_title_ends(text: str, note: bool, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    got = {name: getattr(ref, name) for name in expected}
    if got.get("title"):
        got["title"] = got["title"].strip(" .,")
    assert got == expected
