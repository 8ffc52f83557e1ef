"""Generational suffixes (Jr, Sr, II, III, 3rd) after a Vancouver name belong to that name."""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "families"),
    [
        pytest.param(
            "Halvorsen TB 3rd, Oduya MK. Renal outcomes after induction. "
            "Kidney Int Rep. 2019;4(2):210-218.",
            ["halvorsen", "oduya"],
            id="3rd",
        ),
        pytest.param(
            "Brandt CE Jr, Lowe P, Aziz R. Steroid tapering in small-vessel disease. "
            "J Clin Rheumatol. 2016;22(5):233-240.",
            ["brandt", "lowe", "aziz"],
            id="jr",
        ),
        pytest.param(
            "Meyer DF II, Saito K. Plasma exchange revisited. Ther Apher Dial. 2012;16(1):5-11.",
            ["meyer", "saito"],
            id="roman-ii",
        ),
        pytest.param(
            "Quist AL, Fernand JR Sr. A cohort of relapsing patients. "
            "Lupus Sci Med. 2020;7(1):e000401.",
            ["quist", "fernand"],
            id="sr-last",
        ),
    ],
)
def test_vancouver_suffix_stays_with_its_name(text: str, families: list[str]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert family_names(ref.authors) == families


@pytest.mark.parametrize(
    ("author", "family"),
    [
        pytest.param("Halvorsen TB 3rd", "halvorsen", id="vancouver-3rd"),
        pytest.param("Walter Ellis Jr.", "ellis", id="natural-jr"),
        pytest.param("Henry Ford II", "ford", id="natural-ii"),
        pytest.param("Smith JA", "smith", id="plain"),
    ],
)
def test_family_name_drops_suffix(author: str, family: str) -> None:
    assert family_names((author,)) == [family]
