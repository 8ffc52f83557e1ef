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
    # (a name in lower case counts only if an entry starts with it: "boyd, d. (2014)")
    r"(?<![\w.])(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+|[a-z][\w'’-]+(?=\s+\(?\d))"
    r"(?:\s+(?:et\s+al\.?|и\s+др\.|(?:and|&|и)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+))?"
    # (the year, then the closing parenthesis, or a locator: "p. 4", Italian and Spanish
    # "cap. 11", German "S. 4", "ch. 3", "para. 2")
    rf",?\s+(?:\((?P<y1>{_YEAR}[a-z]?)\)|(?P<y2>{_YEAR}[a-z]?)(?=\s*(?:[);]"
    r"|,\s*(?:pp?|págs?|cap|capp|chap|ch|S|sec|para|par|fig|tab|tav)\.\s?\d)))"
)
# the words of a corporate name before the one a mention is matched by: "(ARPA" before
# "Piemonte, 2022)", "(Regione Piemonte, 2021)" -- the mention starts at its parenthesis
_NAME_BEFORE = re.compile(r"\((?:[A-ZÀ-ÖØ-Þ][\w'’&-]*\s+){1,4}$")
_HEAD_END = re.compile(rf"[\"“«*_\[(]|\b{_YEAR}\b")
_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+")
_LOWER_FIRST = re.compile(r"([a-z][a-z'’-]+),\s[a-z]\.")
_ANY_YEAR = re.compile(rf"\b{_YEAR}[a-z]?\b")  # "2019a": the letter tells two works apart

AuthorYears = dict[tuple[str, str], str]


def author_years(entries: Iterable[tuple[str, str]]) -> AuthorYears:
    """(family name, year) -> the label of the one entry whose head names that person and
    whose text has that year; ``entries`` are (label, plain text) pairs."""
    # (a pair with the entry's own year, the first after its names, outranks a pair with a
    # year elsewhere in another entry: "ARPA Piemonte (2022) … 1990–2021" does not take
    # "Regione Piemonte (2021)"'s mentions)
    found: dict[tuple[str, str], tuple[bool, str]] = {}
    shared: set[tuple[str, str]] = set()
    for label, text in entries:
        flat = text.replace("\n", " ")
        head = _HEAD_END.split(flat, maxsplit=1)[0][:120]
        names = set(_NAME.findall(head))
        lower = _LOWER_FIRST.match(head)  # "boyd, d.", "hooks, b.": as they write it
        if lower:
            names.add(lower.group(1))
        years = _ANY_YEAR.findall(flat)
        own = next(iter(_ANY_YEAR.findall(flat[len(head) :])), None)
        for pair in {(n, y) for n in names for y in years}:
            ranked = (pair[1] == own, label)
            if pair not in found or ranked[0] > found[pair][0]:
                found[pair] = ranked
                shared.discard(pair)
            elif ranked[0] == found[pair][0] and found[pair][1] != label:
                shared.add(pair)
    return {pair: label for pair, (_, label) in found.items() if pair not in shared}


def mentions(text: str, index: AuthorYears) -> Iterator[tuple[int, str]]:
    """(end offset, entry label) of each author-date mention of an entry in ``text``."""
    for _, end, label in spans(text, index):
        yield end, label


def spans(text: str, index: AuthorYears) -> Iterator[tuple[int, int, str]]:
    """(start, end, entry label) of each author-date mention of an entry in ``text``."""
    if not index:
        return
    for m in AUTHOR_YEAR.finditer(text):
        year = m.group("y1") or m.group("y2") or ""
        label = index.get((m.group("name"), year)) or index.get((m.group("name"), year[:4]))
        if label is not None:
            before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
            yield (before.start() + 1 if before else m.start()), m.end(), label


def line_mentions(line: str, following: str, index: AuthorYears) -> list[tuple[int, int, str]]:
    """``(row, offset, entry label)`` of each mention that starts on ``line``: ``row`` 0 if
    it ends on ``line`` (``offset`` there), 1 if it ends on the ``following`` line
    ("(Okafor et al.," / "2006)"; "Whit-" / "combe (2021)"), ``offset`` in that line.  So
    each mention counts once, where it starts, and its marker stands after its year."""
    stripped = line.rstrip()
    if stripped.endswith("-") and following[:1].islower():  # a word hyphenated at the end
        base = len(stripped) - 1
        text = stripped[:-1] + following[:80]
    else:
        base = len(line) + 1
        text = f"{line} {following[:80]}"
    found = []
    for start, end, label in spans(text, index):
        if start >= min(base, len(line)):
            continue
        found.append((0, min(end, len(line)), label) if end <= base else (1, end - base, label))
    return found
