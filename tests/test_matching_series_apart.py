"""A note runs a series on after its title with a comma; the bibliography sets it apart
with a full stop: the title is the same (no ``literature-title-differs``).  Words the entry
does not set apart are a different title."""

from __future__ import annotations

import unicodedata

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.matching import element_apart

ENTRY = "Puig, Marta. Els molins del Ter, 1750–1850. Estudis d’Història Local 7. Girona: Lleida Press, 1994."


@pytest.mark.parametrize(
    ("longer", "shorter", "raw", "apart"),
    [
        (
            "Els molins del Ter, 1750–1850, Estudis d’Història Local 7",
            "Els molins del Ter, 1750–1850",
            ENTRY,
            True,
        ),
        # (accents decomposed, as a PDF's text holds them)
        (
            "Els molins del Ter, 1750–1850, Estudis d’Història Local 7",
            "Els molins del Ter, 1750–1850",
            unicodedata.normalize("NFD", ENTRY),
            True,
        ),
        (
            "Mills of the Tees, Northern History Series 3",
            "Mills of the Tees",
            "Roe, Ann. Mills of the Tees. Northern History Series 3 (Hull: Barton, 2001).",
            True,
        ),
        # the words are not an element of the entry: another title
        (
            "Els molins del Ter, 1750–1850, i altres assaigs",
            "Els molins del Ter, 1750–1850",
            ENTRY,
            False,
        ),
        (
            "Mills of the Tees and Wear",
            "Mills of the Tees",
            "Roe, Ann. Mills of the Tees. Hull: Barton, 2001.",
            False,
        ),
    ],
    ids=["series", "decomposed", "series-in-parentheses", "other-words", "no-separator"],
)
def test_element_apart(longer: str, shorter: str, raw: str, apart: bool) -> None:
    assert element_apart(longer, shorter, raw) is apart


DOC = """# Capítol

Els molins van créixer.[^1]

[^1]: Marta Puig, Els molins del Ter, 1750–1850, Estudis d’Història Local 7 (Girona: Lleida Press, 1994), 33.

## Bibliografia

Puig, Marta. Els molins del Ter, 1750–1850. Estudis d’Història Local 7. Girona: Lleida Press, 1994.
"""


def test_note_with_series_matches_its_entry() -> None:
    doc = parse_bytes(DOC.encode(), "capitol.md")
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.LITERATURE_MISSING not in codes
    assert AnomalyCode.LITERATURE_TITLE_DIFFERS not in codes
