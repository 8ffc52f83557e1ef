"""Author-date mentions of a reference list's entries in running text.

``(Sutton & Barto, 2017)``, ``Sutton and Barto (2017)``, ``Schulman et al., 2016)``: a
family name that heads exactly one entry, with a year that entry has, cites that entry.
A (name, year) pair two entries share cites neither.  Used by the readers whose lists
are cited this way beside numbers or links (Markdown articles, HTML pages).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_YEAR = r"(?:1[5-9]|20)\d{2}"
AUTHOR_YEAR = re.compile(
    r"(?<![\w.])(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)"
    r"(?:\s+(?:et\s+al\.?|и\s+др\.|(?:and|&|и)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+))?"
    rf",?\s+(?:\((?P<y1>{_YEAR})[a-z]?\)|(?P<y2>{_YEAR})[a-z]?(?=\s*[);]))"
)
_HEAD_END = re.compile(rf"[\"“«*_\[(]|\b{_YEAR}\b")
_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+")
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")

AuthorYears = dict[tuple[str, str], str]


def author_years(entries: Iterable[tuple[str, str]]) -> AuthorYears:
    """(family name, year) -> the label of the one entry whose head names that person and
    whose text has that year; ``entries`` are (label, plain text) pairs."""
    found: AuthorYears = {}
    shared: set[tuple[str, str]] = set()
    for label, text in entries:
        flat = text.replace("\n", " ")
        head = _HEAD_END.split(flat, maxsplit=1)[0][:120]
        names = set(_NAME.findall(head))
        for pair in {(n, y) for n in names for y in _ANY_YEAR.findall(flat)}:
            if pair in found and found[pair] != label:
                shared.add(pair)
            found.setdefault(pair, label)
    return {pair: label for pair, label in found.items() if pair not in shared}


def mentions(text: str, index: AuthorYears) -> Iterator[tuple[int, str]]:
    """(end offset, entry label) of each author-date mention of an entry in ``text``."""
    if not index:
        return
    for m in AUTHOR_YEAR.finditer(text):
        label = index.get((m.group("name"), m.group("y1") or m.group("y2") or ""))
        if label is not None:
            yield m.end(), label
