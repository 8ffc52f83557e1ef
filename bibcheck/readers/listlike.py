"""A heading named like a reference list whose entries were not read as one.

A list's heading may be worded in a way the readers' vocabulary does not know
(``Bibliography of Printed Works``, ``Sources Quoted Throughout``, ``Works Cited in the
Essays Above``).  When the paragraphs under such a heading look like the entries of a list
-- short, dated, opening
with a name inverted (``Surname, Given``), a repeated author's dash or a number -- and none
of them was read as a literature entry, the list is reported as not read: never "no
literature list" in silence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.common import LITERATURE_WORDS, is_literature_heading
from bibcheck.readers.headingkey import heading_key
from bibcheck.text import fold_accents

__all__ = ["Heading", "unread_list_headings"]


@dataclass(frozen=True, slots=True)
class Heading:
    """A paragraph of a document: its line, text, and heading level (None: body text;
    0: a heading of unknown level)."""

    line: int
    text: str
    level: int | None


_PHRASES = tuple(sorted((fold_accents(w) for w in LITERATURE_WORDS), key=len, reverse=True))
_YEAR = lazy_compile(YEAR_BOUNDED)
# an entry's start: "Surname, Given", "Surname, I.", "———.", "3. ", "[3] "
_ENTRY_START = lazy_compile(
    r"^(?:[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+){0,2},\s[^\W\d_]|[—–-]{2,}|\[?\d{1,3}[.)\]]\s)"
)
_MIN_ENTRIES = 2


def _named_like_a_list(text: str) -> bool:
    """Does the heading ``text`` start with the name of a reference list, without being one
    of the names the readers know (those lists, a citation manager's too, are the readers'
    to read and report)?"""
    key = heading_key(text)
    if not key or len(key) > 120 or is_literature_heading(f"# {text.strip()}"):
        return False
    return any(key == p or key.startswith((p + " ", p + ":", p + ",")) for p in _PHRASES)


def _entry_like(text: str) -> bool:
    text = text.strip()
    return len(text) < 600 and bool(_YEAR.search(text)) and bool(_ENTRY_START.match(text))


def unread_list_headings(paragraphs: Sequence[Heading], read_lines: set[int]) -> list[Anomaly]:
    """An ``unread-region`` anomaly for each heading named like a reference list whose
    paragraphs (up to the next heading of its level or above; a sub-heading is part of the
    list) look like entries and none of which is in ``read_lines``."""
    found: list[Anomaly] = []
    for i, head in enumerate(paragraphs):
        if head.level is None or not _named_like_a_list(head.text):
            continue
        under: list[Heading] = []
        for para in paragraphs[i + 1 :]:
            if para.level is not None:
                if para.level == 0 or head.level == 0 or para.level <= head.level:
                    break
                continue  # a sub-heading of the list ("Manuscripts", "Printed Sources")
            if para.text.strip():
                under.append(para)
        if not under or any(p.line in read_lines for p in under):
            continue
        entries = sum(1 for p in under if _entry_like(p.text))
        if entries < _MIN_ENTRIES or 5 * entries < 3 * len(under):
            continue
        found.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"the {len(under)} paragraphs under the heading {head.text.strip()!r} look "
                "like a reference list but were not read as one: none of its entries was "
                "checked",
                head.line,
            )
        )
    return found
