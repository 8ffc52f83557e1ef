"""Years where they belong (issue 11): the years a title covers stay in the title when the
year of publication follows ("Title, 1805-1875, Place, Publisher, 1974"), and a Vancouver
journal written without a period before its year ("Blood 2015;126:1981–1989") gives the
year 2015, not the last page."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.parse.references import parse_reference


def case(text: str, id: str, note: bool = False, **expected: Any) -> Any:  # noqa: A002
    return pytest.param(text, note, expected, id=id)


CASES = [
    case(
        "Jean Morel, Le port de Brest, 1789-1815, Rennes, Presses universitaires, 1992, p. 40.",
        "fr-title-covers-years",
        note=True,
        title="Le port de Brest, 1789-1815",
        year=1992,
    ),
    case(
        "Hugh Lane, The Tithe War in Ireland, 1830–38, Dublin, Four Courts, 2003, p. 9.",
        "en-title-covers-years-short-range",
        note=True,
        title="The Tithe War in Ireland, 1830–38",
        year=2003,
    ),
    case(
        "Smith J, Brown K. Ferritin in pregnancy. Blood 2016;128:1991–1999.",
        "vancouver-journal-no-period",
        title="Ferritin in pregnancy",
        year=2016,
        volume="128",
        pages="1991–1999",
    ),
]


@pytest.mark.parametrize(("text", "note", "expected"), CASES)
def test_years(text: str, note: bool, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    got = {name: getattr(ref, name) for name in expected}
    if got.get("title"):
        got["title"] = got["title"].strip(" .,")
    assert got == expected
