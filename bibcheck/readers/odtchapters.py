"""Note numbers that restart in each chapter of an OpenDocument text.

LibreOffice counts footnotes through the document, per page or per chapter, as the
notes configuration says (``<text:notes-configuration text:note-class="footnote"
text:start-numbering-at="chapter"/>`` in ``styles.xml``).  A chapter is what an outline
level 1 heading starts.  Where notes restart in each chapter the same mark (``1``) stands
for a note of every chapter, so a note is labelled ``<chapter>.<mark>`` (``2.5``), the
corpus convention for restarting notes: the chapter's printed number (``2 Bakgrund``,
``Kapitel 3``, ``Chapter IV``); where a chapter holding notes prints none, or two print
the same, every chapter by its place among the chapters that hold notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.odtstyles import TEXT

__all__ = ["ChapterHead", "chapter_labels", "printed_number", "restarting_classes"]

# a chapter heading's printed number: "2 Bakgrund", "3. Method", "Kapitel 4", "Chapter IV:"
_NUMBER = lazy_compile(
    r"^\s*+(?:(?P<word>[^\W\d_]{2,20}+)\.?\s++)?(?P<num>\d{1,3}|[IVXLC]{1,7})(?![\w-])"
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True, slots=True)
class ChapterHead:
    """A paragraph of the body as far as chapters go: its number, and for an outline
    level 1 heading its text."""

    number: int
    heading: str | None  # the text of a chapter's heading, None for any other paragraph


def restarting_classes(roots: Iterable[ET.Element | None]) -> frozenset[str]:
    """The note classes (``footnote``, ``endnote``) whose numbers restart in each chapter."""
    found: set[str] = set()
    for root in roots:
        if root is None:
            continue
        for config in root.iter(TEXT + "notes-configuration"):
            if config.get(TEXT + "start-numbering-at") == "chapter":
                found.add(config.get(TEXT + "note-class") or "footnote")
    return frozenset(found)


def printed_number(heading: str) -> str | None:
    """The chapter number a heading prints (Arabic; a Roman one turned Arabic), or None."""
    m = _NUMBER.match(heading)
    if m is None:
        return None
    number = m.group("num")
    if number.isdigit():
        return str(int(number))
    if m.group("word") is None and heading[m.end() : m.end() + 1] not in (".", ":"):
        return None  # "CIVIL Rights": a word in capitals, no chapter's Roman number
    return str(_roman(number))


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def chapter_labels(paras: Sequence[ChapterHead], noted: Iterable[int]) -> dict[int, str]:
    """The chapter label of each paragraph number in ``noted`` (paragraphs holding notes),
    for paragraphs after a chapter heading; where fewer than two chapters hold notes,
    nothing restarts and no paragraph gets a label."""
    wanted = set(noted)
    chapter: tuple[int, str] | None = None  # (heading paragraph, heading text)
    of: dict[int, tuple[int, str]] = {}
    for para in paras:
        if para.heading is not None:
            chapter = (para.number, para.heading)
        if chapter is not None and para.number in wanted:
            of[para.number] = chapter
    chapters = sorted(set(of.values()))
    if len(chapters) < 2:
        return {}
    printed = [printed_number(text) for _, text in chapters]
    if None in printed or len(set(printed)) < len(printed):
        # (an unnumbered chapter among them, or numbers that repeat: chapters are counted)
        printed = [str(place) for place in range(1, len(chapters) + 1)]
    names = {head: str(name) for head, name in zip(chapters, printed, strict=True)}
    return {number: names[head] for number, head in of.items()}
