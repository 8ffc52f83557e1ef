"""Notes tied to entries of a history's list: PDF hyphenation, titles read as author and
title, documents of an archival entry."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, LiteratureEntry
from bibcheck.parse.matching import CALL_NUMBER, LiteratureIndex, differences, same_letters
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Seventeenth- and Eighteenth-Century Psalters",
            "Seventeenthand Eighteenth-Century Psalters",
            True,
        ),
        ("The Anti-Trinitarian Controversy", "The AntiTrinitarian Controversy", True),
        ("Court and Country", "Court and County", False),
        ("The Rise of Print", "The Rise of Printers", False),
    ],
    ids=["hyphen-before-and", "hyphen-inside-word", "other-word", "longer-word"],
)
def test_same_letters(a: str, b: str, same: bool) -> None:
    assert same_letters(a, b) is same


def _index(*entries: str) -> LiteratureIndex:
    return LiteratureIndex(
        [
            LiteratureEntry(n, 100 + n, parse_reference(text, (100 + n,)))
            for n, text in enumerate(entries, 1)
        ]
    )


_LIST = (
    "Staatsarchiv Venedig, Sant'Uffizio, Processi, III.b.4.",
    "Archivio Segreto, Rome. Nunziature, Francia, IV.c.2.",
    "Cole, Henry. The Rise of the Printed Psalter. London: Hale, 1961.",
)


@pytest.mark.parametrize(
    ("note", "number"),
    [
        ("Archivio Segreto, Rome (hereafter AS), Nunziature, Francia, IV.c.2, fol. 8v.", 2),
        ("Staatsarchiv Venedig, Sant'Uffizio, Processi, III.b.4, fol. 12r.", 1),
        ("Archivio Segreto, Rome, Nunziature, Spagna, IV.c.9, fol. 3r.", None),
    ],
    ids=["with-definition", "same-words", "another-series"],
)
def test_document_of_an_archival_entry(note: str, number: int | None) -> None:
    found = _index(*_LIST).match(parse_reference(note, (1,), detect_styles=True, note=True))
    if number is None:
        assert found is None or found.method != CALL_NUMBER
    else:
        assert found is not None and (found.number, found.method) == (number, CALL_NUMBER)


@pytest.mark.parametrize(
    ("note", "entry"),
    [
        (
            "The Psalter of Our Lady, Newly Set Forth in English (Douai: Kellam, 1599), sig. a2r.",
            "The Psalter of Our Lady, Newly Set Forth in English. Douai: Kellam, 1599.",
        ),
        (
            "Henry Cole, Seventeenth- and Eighteenth-Century Psalters (London: Hale, 1961), 4.",
            "Cole, Henry. Seventeenthand Eighteenth-Century Psalters. London: Hale, 1961.",
        ),
    ],
    ids=["title-read-as-author-and-title", "pdf-hyphenation"],
)
def test_no_title_difference(note: str, entry: str) -> None:
    index = _index(entry)
    ref = parse_reference(note, (1,), detect_styles=True, note=True)
    match = index.match(ref)
    assert match is not None
    codes = {a.code for a in differences(ref, index.entry(match), match, "1")}
    assert not codes & {AnomalyCode.LITERATURE_TITLE_DIFFERS, AnomalyCode.LITERATURE_WEAK_MATCH}


@pytest.mark.parametrize(
    ("note", "number"),
    [
        ("Grey to Wood, 4 May 1846, Durham University Library, Grey Papers, box 12.", 1),
        ("Grey to Wood, 4 May 1846, Bodleian Library, Oxford, Grey Papers, box 12.", None),
    ],
    ids=["letter-in-listed-collection", "letter-in-another-library"],
)
def test_document_of_a_listed_collection(note: str, number: int | None) -> None:
    index = _index(
        "Durham University Library, Grey Papers, boxes.",
        "Cole, Henry. Psalters. London: Hale, 1961.",
    )
    found = index.match(parse_reference(note, (1,), detect_styles=True, note=True))
    if number is None:
        assert found is None or found.method != CALL_NUMBER
    else:
        assert found is not None and (found.number, found.method) == (number, CALL_NUMBER)
