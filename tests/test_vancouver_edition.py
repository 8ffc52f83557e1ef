"""Vancouver books with an edition statement between title and imprint, and NLM's place
with its state in parentheses (:mod:`bibcheck.parse.references.vancouver`)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.vancouver import EDITION, vancouver_imprint


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher", "year"),
    [
        (
            "Nordic Society of Anaesthesiology. Handbook of regional anaesthesia. 4th ed., "
            "text rev. Copenhagen: Munksgaard; 2019.",
            "Handbook of regional anaesthesia",
            "Copenhagen",
            "Munksgaard",
            2019,
        ),
        (
            "Haldane PJ, Oduya K. Clinical pharmacology for nurses. 2nd ed., rev. "
            "Bethesda (MD): National Library of Medicine (US); 2011.",
            "Clinical pharmacology for nurses",
            "Bethesda (MD)",
            "National Library of Medicine (US)",
            2011,
        ),
        (
            "Varga L. Paediatric dosing tables. 3rd rev. ed. Boston (MA): Little Harbour "
            "Press; 2016.",
            "Paediatric dosing tables",
            "Boston (MA)",
            "Little Harbour Press",
            2016,
        ),
        (
            "World Council of Nursing. Classification of nursing procedures. 10th rev. "
            "Geneva: WCN; 2018.",
            "Classification of nursing procedures",
            "Geneva",
            "WCN",
            2018,
        ),
        (
            "Moreau P. Soins palliatifs. 3e éd. Paris: Masson; 2014.",
            "Soins palliatifs",
            "Paris",
            "Masson",
            2014,
        ),
    ],
    ids=["text-rev", "ed-rev-state", "rev-ed", "tenth-rev", "french"],
)
def test_vancouver_book_with_edition(
    text: str, title: str, place: str, publisher: str, year: int
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.place, ref.publisher, ref.year, ref.kind) == (
        title,
        place,
        publisher,
        year,
        RefKind.BOOK,
    )


@pytest.mark.parametrize(
    ("sentence", "edition"),
    [
        ("5th ed., text rev. Washington", "5th ed., text rev. "),
        ("2. Aufl. Berlin", "2. Aufl. "),
        ("Rev. ed.", "Rev. ed."),
        ("Rev Sci Instrum. 2020", None),
        ("5th International Congress", None),
    ],
    ids=["text-rev", "german", "rev-ed", "journal", "congress"],
)
def test_edition_statement(sentence: str, edition: str | None) -> None:
    m = EDITION.match(sentence)
    assert (m.group(0) if m else None) == edition


def test_imprint_place_in_parentheses() -> None:
    assert vancouver_imprint("Atlanta (GA): Centers for Disease Control, 2020.") == (
        "Atlanta (GA)",
        "Centers for Disease Control",
    )
