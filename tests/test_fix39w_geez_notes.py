"""Ethiopic-script (Amharic, Tigrinya) notes and lists: the list headings, the ibidem and
op. cit. words, the author-date entry and the note whose items the wordspace "፡" parts."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an issue of a newspaper as a whole: the paper is the title, its date no part of it
        ("*Obermosel-Zeitung*, 3. März 1871, 4.", "Obermosel-Zeitung"),
        ("The Leeds Mercury, 14 June 1832, 3.", "The Leeds Mercury"),
        # a document in an archive: its own title, not the repository and shelfmark
        (
            "Stadtarchiv Trier (StAT), Tb 12-34, Protokoll der Armenkommission, 1851–1853, fol. 4v.",
            "Protokoll der Armenkommission, 1851–1853",
        ),
        (
            "Archives départementales de la Moselle (ADM), 7 M 21, Registre des décès de Metz, fol. 3.",
            "Registre des décès de Metz",
        ),
    ],
)
def test_issue_and_document_titles(text: str, title: str) -> None:
    for note in (False, True):
        assert parse_reference(text, [1], note=note).title == title


@pytest.mark.parametrize(
    "text",
    [
        "Mike Ross, “Port Deal Signed,” *The Leeds Mercury*, 14 June 1832, 3.",
        "Smith, John 1990.",
        "Stadtarchiv Trier, Tb 12-34, fol. 4v.",
    ],
)
def test_not_an_issue_or_document_title(text: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.title not in ("The Leeds Mercury", "Smith", "fol")


@pytest.mark.parametrize(
    "text",
    [
        "Dëse Bäitrag baséiert op engem Virtrag um Seminaire „Stad a Land“, 4. Mee 2019.",
        "This article is based on a paper given at the workshop “Cities and Ports”, May 2019.",
        "Dieser Beitrag geht auf einen Vortrag im Kolloquium „Stadt und Hafen“ 2019 zurück.",
    ],
)
def test_origin_notes_are_commentary(text: str) -> None:
    assert parse_reference(text, [1], note=True).kind is RefKind.COMMENTARY


@pytest.mark.parametrize(
    ("text", "year", "host"),
    [
        # the items of a note parted by "፡", the title unmarked (a Word file's italics apart)
        ("ሉል ብርሃነ፡ ዛንታ ዓዲ፡ ኣስመራ፡ ሕድሪ፡ 2005፡ ገጽ 3።", 2005, None),
        # a periodical unmarked, its volume a bare number before the pages
        ('ዳዊት ኃይሉ። 1990። "የጎጃም ገበያዎች"። ጥናት መጽሔት 4፡ 1–9።', 1990, "ጥናት መጽሔት"),
    ],
)
def test_ethiopic_unmarked(text: str, year: int, host: str | None) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.year == year and ref.authors
    if host is not None:
        assert ref.host == host
