"""A list keyed by bracketed labels, cited by them beside page footnotes, in PDF text.

A LaTeX paper in BibTeX's ``alpha`` style (``[Bac78]``, ``[BKK+86]``) or a named style
(``[Duda and Hart, 1973]``, see :mod:`bibcheck.readers.namedkeys`) labels each entry of
its list with a key and cites it by that key, ``[Bro86]``, ``[Dij72, EWD340]``,
``[Cod79, section 2.1]``; it may have footnotes at its page feet besides.  The notes keep
their numbers, the list's citations are labelled ``[key]``.  A citation the converter
broke over a line end (``[Scheirer and`` / ``Slaney, 1997]``) is read where it starts,
its marks at that line's end.

Pure functions: the key an entry's first line starts with, and the citations of a line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import Regex
from bibcheck.readers.notecites import boxing
from bibcheck.readers.symbolic import ITEM, marker_pattern, split_labels

__all__ = ["MIN_CITED", "KeyedCites", "entry_key", "keyed_entries"]

MIN_CITED = 2  # distinct entries the body must cite by "[key]"
_WRAP = 60  # characters of the next line a citation broken over the line end may take


def entry_key(line: str) -> str | None:
    """The key ``line`` starts an entry with (``[Bac78] John W. Backus …`` -> ``Bac78``):
    a bracketed label with a digit in it (an alpha key's year, a named key's), followed
    by the entry's text; ``[1]`` is a number, no key."""
    m = ITEM.match(line)
    if m is None or m.group("bullet") or m.group("bold") or not m.group("text"):
        return None
    key = m.group("key")
    return key if re.search(r"\d", key) and not key.isdigit() else None


def keyed_entries(labels: Sequence[str], first_lines: Sequence[str]) -> bool:
    """Is every entry (its label, its first line) printed ``[label] …``?"""
    return bool(labels) and all(
        entry_key(line) == label for label, line in zip(labels, first_lines, strict=True)
    )


@dataclass(frozen=True, slots=True)
class KeyedCites:
    """The citations of a list keyed by ``labels`` in a line of text."""

    labels: tuple[str, ...]
    pattern: Regex

    @classmethod
    def of(cls, labels: Collection[str]) -> KeyedCites:
        ordered = tuple(sorted(set(labels)))
        return cls(ordered, marker_pattern(ordered))

    def cites(self, line: str, following: str = "") -> list[tuple[int, int, list[str]]]:
        """The citations of ``line`` as (start, end, keys); one broken over the line end
        into ``following`` ends at the line's end."""
        joined = f"{line} {following.lstrip()[:_WRAP]}" if following.strip() else line
        found: list[tuple[int, int, list[str]]] = []
        for m in self.pattern.finditer(joined):
            if m.start() >= len(line):
                break
            keys = [k for k in split_labels(m.group("label"), self.labels) if k in self.labels]
            if keys:
                found.append((m.start(), min(m.end(), len(line.rstrip())), keys))
        return found

    def mark(self, line: str, following: str = "") -> str:
        """``line`` with each citation replaced by its marks (labels boxed:
        :func:`bibcheck.readers.notecites.boxing`)."""
        for start, end, keys in reversed(self.cites(line, following)):
            marks = "".join(f"\x00{boxing(k)}\x00" for k in keys)
            line = f"{line[:start]}{marks}{line[end:]}"
        return line
