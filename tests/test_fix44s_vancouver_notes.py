"""Vancouver entries read as notes: the journal's name before ``2019;12(2)`` is no prose date,
and an editors' mark ends the names, whatever words the title joins with "and"."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start

CITED = [
    "Tamu A, Lowa B. Rainfall and taro yields in the lowlands. Journal of Island Farming. "
    "2018;7(1):12–20.",
    "Ruan K. Soil and water on small islands. Review of Agriculture. 2021;3:44–51.",
    "Peni S. Fishing and trade. Bulletin of Marine Studies. 2005;19(4):201-9.",
]


@pytest.mark.parametrize("text", CITED)
def test_vancouver_journal_year_is_cited(text: str) -> None:
    assert citation_start(text) == (0, False)
    ref = parse_reference(text, [1], note=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.year is not None


PROSE = [
    "The harvest fell in the dry months of Sept. 2019, as the growers told us.",
    "Planting began in spring 2021 and ended late.",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_dates_stay_commentary(text: str) -> None:
    assert citation_start(text) == (0, True)


EDITED = [
    (
        "Tamu A, Lowa B, editors. Gardens and Markets of the Western Islands. Suva: Reef Press; "
        "2011.",
        "Gardens and Markets of the Western Islands",
        2011,
    ),
    (
        "Ruan K, eds. Fire and Water in the Pacific. Apia: Lagoon Books; 1999.",
        "Fire and Water in the Pacific",
        1999,
    ),
    (
        "Peni S, Tau M, editor. Canoes and Voyages. Nukualofa: Tide House; 2003.",
        "Canoes and Voyages",
        2003,
    ),
    ("Lowa B (ed.). Songs and Dances. Honiara: Shell Press; 1987.", "Songs and Dances", 1987),
]


@pytest.mark.parametrize(("text", "title", "year"), EDITED)
def test_editors_mark_ends_the_names(text: str, title: str, year: int) -> None:
    for note, styles in ((False, False), (False, True), (True, False), (True, True)):
        ref = parse_reference(text, [1], detect_styles=styles, note=note)
        assert ref.title == title
        assert ref.year == year
        assert ref.kind is RefKind.BOOK
