"""Works cited by the abbreviations a list of abbreviations defines.

A book or a chapter that cites a few works over and over defines short forms for them
once, in a list before the text or the notes::

    Life = James Boswell, Life of Johnson, ed. G. B. Hill (Oxford: Clarendon Press, 1934).
    CW = The Collected Works of John Smith, 12 vols. (London: Hale, 1901–12).

(one definition a paragraph, or several in one, ``Abbreviations: Life = …; CW = …``).  A
note then cites the work by its short form and a locator, ``Life, 1:182–83.``, ``CW
4:12``, or after the document it cites in it, ``Smith to Brown, 3 May 1790, *Letters*,
2:14.``: it cites the work the definition names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR_BOUNDED

__all__ = ["Abbreviation", "abbreviation_list", "cited_abbreviation"]

_MARKS = "*_ "
# "Life = James Boswell, …", "*Yale Works* = *The Yale Edition …*" (a short form of up to
# four words, then the reference, which holds a year)
_DEFINITION = lazy_compile(
    r"^(?P<short>[*_]?[^\W\d_][\w.'’&-]*(?:\s[\w.'’&-]+){0,3}[*_]?)\s=\s(?P<work>\S.{8,})$"
)
_LEAD = lazy_compile(
    r"^(?:abbreviations?|short\stitles|sigla)(?:\sused(?:\sin\s[\w\s]+?)?)?:\s", re.I
)
_NEXT = lazy_compile(r";\s+(?=[*_]?[^\W\d_][\w.'’&-]*(?:\s[\w.'’&-]+){0,3}[*_]?\s=\s)")
_YEAR = lazy_compile(YEAR_BOUNDED)


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A short form and the reference it stands for (written where ``line`` is)."""

    short: str
    work: str
    line: int


def abbreviation_list(paragraphs: Sequence[tuple[int, str]]) -> list[Abbreviation]:
    """The definitions of short forms among ``paragraphs`` ((line, text) pairs)."""
    found: list[Abbreviation] = []
    for line, text in paragraphs:
        text = _LEAD.sub("", text.strip())
        if "=" not in text or len(text) > 2000:
            continue
        for part in _NEXT.split(text):
            m = _DEFINITION.match(part.strip())
            if m is None or not _YEAR.search(m.group("work")):
                continue
            short = m.group("short").strip(_MARKS)
            if short and not any(a.short == short for a in found):
                found.append(Abbreviation(short, m.group("work").strip(), line))
    return found


# the locator after a short form: "1:182–83", "18:112", "1: sig. C2r", "II, 45", "4.12", "p. 3"
_LOCATOR = r"(?:[IVXLC]+|\d+)(?:\s?[:.,]\s?(?:sig\.\s)?[\w–-]+)?|(?:pp?|vol|sig)\.\s?[\w–-]+"


def cited_abbreviation(note: str, abbreviations: Sequence[Abbreviation]) -> Abbreviation | None:
    """The abbreviation the first work of ``note`` cites by, or None: the short form at the
    note's start (after a lead-in) or after the document it cites in it, then a locator."""
    first = re.split(r";\s|\.\s(?=[A-Z])", note.strip(), maxsplit=1)[0]
    for abbreviation in abbreviations:
        short = re.escape(abbreviation.short)
        pattern = (
            rf"(?:^(?:(?i:see|cf\.|see\salso|compare)\s)?|,\s)[*_]?{short}[*_]?,?\s(?:{_LOCATOR})"
        )
        if re.search(pattern, first, re.I if abbreviation.short.islower() else 0):
            return abbreviation
    return None
