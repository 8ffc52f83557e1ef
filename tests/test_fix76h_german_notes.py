"""German humanities notes and entries (DIN 1505 shapes): names in natural order, a colon,
the title, then ``in:`` and a journal's volume and year with no pages."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

IN_JOURNAL = [
    (
        "Anna Roth und Karl Weber: Digitale Karten im Archiv, in: Zeitschrift für "
        "Geographie 4 (2021), DOI: 10.99999/zfg-4-2021.",
        ("Anna Roth", "Karl Weber"),
        "Digitale Karten im Archiv",
        2021,
        RefKind.ARTICLE,
    ),
    (
        "Anna Roth: Digitale Karten im Archiv, in: *Zeitschrift für Geographie* 4 (2021), "
        "https://doi.org/10.99999/zfg-4-2021.",
        ("Anna Roth",),
        "Digitale Karten im Archiv",
        2021,
        RefKind.ARTICLE,
    ),
    (
        "Jonas Feld / Maria Sommer: Mapping Field Boundaries from Historical Sheets, in: "
        "*Proceedings of the European Cartographic Society* 7 (2019), 12th European "
        "Cartographic Conference, Ljubljana, DOI: 10.99999/ecs-7-2019.",
        ("Jonas Feld", "Maria Sommer"),
        "Mapping Field Boundaries from Historical Sheets",
        2019,
        RefKind.CHAPTER,
    ),
    (
        "Jonas Feld und Maria Sommer: Mapping Field Boundaries from Historical Sheets, in: "
        "Proceedings of the European Cartographic Society 7 (2019), Ljubljana.",
        ("Jonas Feld", "Maria Sommer"),
        "Mapping Field Boundaries from Historical Sheets",
        2019,
        RefKind.CHAPTER,
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "authors", "title", "year", "kind"), IN_JOURNAL)
def test_natural_names_in_journal(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind, note: bool
) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is kind
