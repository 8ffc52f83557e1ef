"""Family names in capitals joined by spaced dashes (Slovak and Czech usage), a lead-in before
them, and an edition after the title."""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "families", "title", "year"),
    [
        pytest.param(
            "LAZAR, J. – DOBROVODSKÝ, R. Základy rímskeho práva. Bratislava : Iura Edition, "
            "2006, s. 44.",
            ["lazar", "dobrovodský"],
            "Základy rímskeho práva",
            2006,
            id="two-names-dash",
        ),
        pytest.param(
            "ŠTENGLOVÁ, I. – PLÍVA, S. – TOMSA, M. a kol. Obchodní zákoník. Komentář. "
            "Praha : C. H. Beck, 2010, s. 90.",
            ["štenglová", "plíva", "tomsa"],
            "Obchodní zákoník. Komentář",  # (the title runs to the imprint)
            2010,
            id="three-names-a-kol",
        ),
        pytest.param(
            "ŽÁKOVÁ, E. – ČERNÝ, P. Dědické právo. 3. vyd. Praha : Leges, 2019, s. 12.",
            ["žáková", "černý"],
            "Dědické právo",
            2019,
            id="edition-after-title",
        ),
        pytest.param(
            "Bližšie pozri ŠKRINÁR, A. a kol. Rodinné právo. Bratislava : Wolters Kluwer, "
            "2017, s. 18.",
            ["škrinár"],
            "Rodinné právo",
            2017,
            id="slovak-lead-in",
        ),
    ],
)
def test_caps_names_with_dashes(text: str, families: list[str], title: str, year: int) -> None:
    ref = parse_reference(text, [1], note=True)
    assert family_names(ref.authors) == families
    assert (ref.title, ref.year) == (title, year)
