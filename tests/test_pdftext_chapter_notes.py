"""PDF-to-text reader: a book whose chapters each end with their own ``Notes`` list.

The documents are written for the tests in the shape ``pdftotext`` (without ``-layout``)
gives a monograph with endnotes per chapter: a running head and a page number on every
page, the chapter's number over its title, markers glued to words, a ``Notes`` list
numbered from 1 in each chapter that runs on over a page break (the running head and the
page number between two notes), the next chapter's text right after it.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RawDocument
from bibcheck.readers.pdftext import read

FF = "\f"
HEAD = "Lamps on the Headland"

CHAPTER_ONE = [
    "2",
    "",
    "Keepers and Their Books",
    "",
    "The first keepers were paid by the light dues of passing ships.1 They",
    "kept a log of the lamp and of the weather that the Board inspected.2",
    "Their wages rose twice before 1800, each time after a petition.3 The",
    "petitions were drafted by the same attorney in the port town.4 Few",
    "keepers could write; their wives often kept the log instead.5",
    "",
    "Notes",
    "1. Ruth Penhale, Light Dues and Shipping (Exeter: Harbour Press, 1979), 12–15.",
    "2. Trinity Archive, Logs of the Lizard Light, 1752–1790.",
    "3. Penhale, Light Dues, 40.",
]
CHAPTER_ONE_NEXT_PAGE = [
    "4. Owen Tregear, “Attorneys of the Western Ports,” Maritime Law Review 8",
    "(1991): 77–90.",
    "5. Ibid., 84.",
]
CHAPTER_TWO = [
    "3",
    "",
    "Oil, Gas and the Lens",
    "",
    "Colza oil replaced tallow candles in the lamps by 1830.1 The new lenses",
    "made by a Paris firm needed a steadier flame than the old reflectors.2",
    "The keepers distrusted both novelties for a decade.3",
    "",
    "Notes",
    "1. Alan Hosking, The Lamp Room (Truro: Cove Books, 2004), 101.",
    "2. Penhale, Light Dues, 88–90.",
    "3. Hosking, The Lamp Room, 120.",
]
WANT_LABELS = ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3"]


def _pages(separator: str, blank_notes: bool = False) -> str:
    """The two chapters over four pages, each page under the running head and its folio;
    ``separator`` is a form feed (pdftotext) or nothing (pages told by their numbers)."""

    def page(lines: list[str], folio: int) -> str:
        return f"{separator}{HEAD}\n\n{folio}\n\n" + "\n".join(lines) + "\n\n"

    one = CHAPTER_ONE
    if blank_notes:  # the notes apart by blank lines
        notes = one.index("Notes")
        one = one[: notes + 1] + [x for n in one[notes + 1 :] for x in (n, "")][:-1]
    return (
        page(one, 41)
        + page(CHAPTER_ONE_NEXT_PAGE, 42)
        + page(CHAPTER_TWO, 43)
        + page(["Index", "", "lamps, 3, 41"], 44)
    )


CASES = [
    pytest.param(FF, False, id="form-feeds"),
    pytest.param("", False, id="folios-only"),
    pytest.param(FF, True, id="notes-apart-by-blank-lines"),
]


def _doc(separator: str, blank_notes: bool) -> tuple[str, RawDocument]:
    text = _pages(separator, blank_notes)
    return text, read(text)


@pytest.mark.parametrize(("separator", "blank_notes"), CASES)
def test_every_chapters_notes_are_read(separator: str, blank_notes: bool) -> None:
    _, doc = _doc(separator, blank_notes)
    assert [n.label for n in doc.footnotes] == WANT_LABELS


@pytest.mark.parametrize(("separator", "blank_notes"), CASES)
def test_markers_of_the_notes_after_the_page_break(separator: str, blank_notes: bool) -> None:
    text, doc = _doc(separator, blank_notes)
    lines = text.replace(FF, "").split("\n")
    got = {m.label: m.line for m in doc.markers}
    for label, glued in [
        ("1.4", "attorney in the port town.4"),
        ("1.5", "kept the log instead.5"),
        ("2.1", "lamps by 1830.1"),
        ("2.3", "for a decade.3"),
    ]:
        want = next(n for n, line in enumerate(lines, 1) if glued in line)
        assert got.get(label) == want, label


@pytest.mark.parametrize(("separator", "blank_notes"), CASES)
def test_a_note_ends_where_the_next_chapter_starts(separator: str, blank_notes: bool) -> None:
    _, doc = _doc(separator, blank_notes)
    notes = {n.label: n.text for n in doc.footnotes}
    assert notes["1.5"] == "Ibid., 84."
    assert notes["1.4"].endswith("(1991): 77–90.")
    assert "Lamps on the Headland" not in notes["1.3"]
    assert notes["2.3"] == "Hosking, The Lamp Room, 120."
    body = " ".join(block.text for block in doc.blocks)
    assert "Colza oil replaced tallow" in body
