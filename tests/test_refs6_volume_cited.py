"""A note citing one volume of a multi-volume work: the volume is not part of the title, and
the note's year within the bibliography entry's span of years is no disagreement."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bibcheck.model import AnomalyCode, LiteratureEntry, LiteratureMatch
from bibcheck.parse.matching import differences, year_span
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        pytest.param(
            "Núria Sales, Història dels senyorius, vol. 2 (Vic: Eumo, 1984), 55.",
            "Història dels senyorius",
            1984,
            id="catalan-vol",
        ),
        pytest.param(
            "Jean Meyer, La noblesse bretonne, t. 1 (Paris: SEVPEN, 1966), 210.",
            "La noblesse bretonne",
            1966,
            id="french-t",
        ),
        pytest.param(
            "Otto Brunner, Land und Herrschaft, Bd. 3 (Wien: Rohrer, 1942), 17.",
            "Land und Herrschaft",
            1942,
            id="german-bd",
        ),
        pytest.param(
            "Fernand Braudel, The Mediterranean World, vol. II (London: Collins, 1973), 901.",
            "The Mediterranean World",
            1973,
            id="roman-volume",
        ),
    ],
)
def test_volume_after_title_is_not_title(note: str, title: str, year: int) -> None:
    ref = parse_reference(note, [1], note=True)
    assert (ref.title, ref.year) == (title, year)


_ENTRY = "Sales, Núria. Història dels senyorius. 3 vols. Vic: Eumo, 1982–1986."


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param(_ENTRY, (1982, 1986), id="range-of-volumes"),
        pytest.param(
            "Ortega, Marc. Cotó i mar, 1728–1832. Barcelona: Afers, 1995.",
            (1995, 1995),
            id="title-range-is-no-span",
        ),
        pytest.param("Lind, Eva. Kustens folk. Umeå: Boréa, 2001.", (2001, 2001), id="single-year"),
    ],
)
def test_year_span(text: str, span: tuple[int, int]) -> None:
    assert year_span(parse_reference(text, [1], detect_styles=True)) == span


@pytest.mark.parametrize(
    ("note", "differs"),
    [
        pytest.param(
            "Núria Sales, Història dels senyorius, vol. 2 (Vic: Eumo, 1984), 55.",
            False,
            id="within",
        ),
        pytest.param(
            "Núria Sales, Història dels senyorius, vol. 2 (Vic: Eumo, 1991), 55.",
            True,
            id="outside",
        ),
    ],
)
def test_year_within_span_agrees(note: str, differs: bool) -> None:
    ref = parse_reference(note, [1], note=True)
    lit = parse_reference(_ENTRY, [10], detect_styles=True)
    entry = LiteratureEntry(number=1, line=10, reference=lit)
    found = differences(ref, entry, LiteratureMatch(1, "title", 100.0), "2")
    codes = {a.code for a in found}
    assert (AnomalyCode.LITERATURE_YEAR_DIFFERS in codes) is differs


def test_an_incomplete_year_still_differs() -> None:
    # "202-" (a year cut short) meets no span: the difference is said, as on the sample
    note = parse_reference(
        "Núria Sales, Història dels senyorius, vol. 2 (Vic: Eumo, 1984), 55.", [1], note=True
    )
    ref = replace(note, year=None, year_raw="198-")
    lit = parse_reference(_ENTRY, [10], detect_styles=True)
    entry = LiteratureEntry(number=1, line=10, reference=lit)
    found = differences(ref, entry, LiteratureMatch(1, "title", 100.0), "2")
    assert AnomalyCode.LITERATURE_YEAR_DIFFERS in {a.code for a in found}
