"""Ethiopic-script (Amharic, Tigrinya) notes and lists: the list headings, the ibidem and
op. cit. words, the author-date entry and the note whose items the wordspace "፡" parts."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.readers.common import LITERATURE_HEADINGS, NOTES_HEADINGS


@pytest.mark.parametrize("heading", ["መወከሲታት", "ዋቢ መጻሕፍት", "ማጣቀሻዎች", "ምንጮች"])
def test_ethiopic_literature_headings(heading: str) -> None:
    assert heading in LITERATURE_HEADINGS


def test_ethiopic_notes_heading() -> None:
    assert "የግርጌ ማስታወሻዎች" in NOTES_HEADINGS


@pytest.mark.parametrize(
    ("texts", "kind", "target"),
    [
        (["ዳዊት ኃይሉ፡ *የጎጃም ታሪክ*፡ ባሕር ዳር፡ ዓባይ ማተሚያ፡ 1990፡ ገጽ 4።", "ዝኒ ከማሁ፡ ገጽ 9።"], "ibid", 0),
        (["ሉል ብርሃነ፡ *ዛንታ ዓዲ*፡ ኣስመራ፡ ሕድሪ፡ 2005፡ ገጽ 3።", "ኣብ ዝተጠቕሰ፡ ገጽ 11።"], "ibid", 0),
        (
            [
                "ሉል ብርሃነ፡ *ዛንታ ዓዲ*፡ ኣስመራ፡ ሕድሪ፡ 2005፡ ገጽ 3።",
                "Jane Roe, *Highland Towns* (London: Pell, 2001), 4.",
                "ሉል ብርሃነ፡ ኣብ ዝተጠቕሰ፡ ገጽ 20።",
            ],
            "op-cit",
            0,
        ),
        (["Jane Roe, *Highland Towns* (London: Pell, 2001), 4.", "Ibid., 7."], "ibid", 0),
    ],
)
def test_ethiopic_repeats(texts: list[str], kind: str, target: int) -> None:
    rep = find_repeats(texts)[-1]
    assert rep is not None
    assert (rep.kind, rep.target) == (kind, target)


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        # author-date: names, year, title (the full stop written "።")
        ("ሉል ብርሃነ። 2005። *ዛንታ ዓዲ*። ኣስመራ፡ ሕድሪ።", ("ሉል ብርሃነ",), "ዛንታ ዓዲ", 2005),
        ('ዳዊት ኃይሉ። 1990። "የጎጃም ገበያዎች"። *ጥናት* 4፡ 1–9።', ("ዳዊት ኃይሉ",), "የጎጃም ገበያዎች", 1990),
        # a note's items parted by "፡ "
        ("ሉል ብርሃነ፡ *ዛንታ ዓዲ*፡ ኣስመራ፡ ሕድሪ፡ 2005፡ ገጽ 3።", ("ሉል ብርሃነ",), "ዛንታ ዓዲ", 2005),
    ],
)
def test_ethiopic_entries(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    for note in (False, True):
        ref = parse_reference(text, [1], note=note)
        assert (ref.authors, ref.title, ref.year) == (authors, title, year)
