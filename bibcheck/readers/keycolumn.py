"""A column of alphabetic list keys printed apart from the entries' texts.

A list in BibTeX's ``alpha`` style labels each entry with a key made of its authors'
names and its year (``[Knu84]``: one author, ``Knu``\\ th, 1984; ``[KP81]``: two authors,
``K`` and ``P``; ``[ABC+99]``: more than three).  ``pdftotext`` without ``-layout``
often prints the keys as one block, one under another, and then the entries' texts in
the same order, each entry starting on a new line::

    [ABC+99]
    [Knu84]
    Anna Abel, Bruno Bauer, Carla Conti, and Dora Diaz. Breaking
    paragraphs two ways. Software: Practice and Experience, 1999.
    Donald E. Knuth. The TeXbook. Addison-Wesley, 1984.

:func:`rejoin_keys` gives each key back to its text when that can be told: the block
splits into exactly as many entries as the column has keys, each entry starting on a
line after one that may end an entry (or after a blank line), its first line naming the
key's first author (a word that starts with the key's letters: ``Knu``, or ``K`` of
``KP``), its last line holding the key's year (``84`` -> ``1984``; the line before, when
the last goes on with it: ``pages 12-19.``), and no other split does so.  Any other
case leaves the lines as they are: the symbolic list's reader then reports the keys
that stand apart from their texts (:mod:`bibcheck.readers.symbolic`), never reading a
key with another entry's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.labelcolumn import rejoin_labels

__all__ = ["key_column", "lone_key", "rejoin_keys"]

_MAX_LINES = 400  # lines of texts after a column, at most, that are tried
_ENTRY_LINES = 12  # lines of one entry, at most
# an alpha key alone on its line: letters (a "+" for more authors), a year of two or four
# digits, a letter telling apart works of one year ("Knu84a")
_LONE_KEY = lazy_compile(
    r"^\s*\[(?P<key>[A-Za-z][A-Za-z'-]{0,7}\+?(?P<year>\d{2}|\d{4})[a-z]?)\]\s*$"
)
_FOLIO = lazy_compile(r"^\s*\d{1,4}\s*$")
# a line that may end an entry (as :mod:`bibcheck.readers.labelcolumn`): a digit, a
# closing mark or a word, a full stop after it or not; no comma or hyphen at its end
_ENDS = lazy_compile(r"(?:\d|[)\]”\"’»]|[^\W\d_]{2,})[.)]?\s*$")
_WORDS = lazy_compile(r"[^\W\d_][\w'’-]*")


def lone_key(line: str) -> str | None:
    """The key of ``line`` when it is nothing but an alpha key in brackets."""
    m = _LONE_KEY.match(line)
    return m.group("key") if m else None


def key_column(lines: Sequence[str], i: int) -> list[int]:
    """The lines of the column of lone keys that starts at line ``i`` (blank lines may
    stand between them); empty if none starts there."""
    found: list[int] = []
    for j in range(i, len(lines)):
        if not lines[j].strip() and found:
            continue
        if lone_key(lines[j]) is None:
            break
        found.append(j)
    return found


def rejoin_keys(lines: Sequence[str]) -> list[str]:
    """``lines`` with each column of lone keys moved onto its entries' first lines (the
    keys' lines blanked, the lines keeping their numbers); a column whose texts do not
    split one way only into as many entries as it has keys is left as it is."""
    return rejoin_labels(lines, _column_at, _starts)


def _column_at(lines: Sequence[str], i: int) -> list[int]:
    """The column of lone keys that starts at line ``i`` (none in the middle of one)."""
    if i > 0 and lone_key(lines[i - 1]) is not None:
        return []
    return key_column(lines, i)


def _starts(lines: Sequence[str], column: list[int]) -> list[int] | None:
    """The first lines of the entries of the keys of ``column`` in the text after it."""
    keys = [lone_key(lines[j]) or "" for j in column]
    return _split(lines, _block(lines, column[-1] + 1), keys)


def _block(lines: Sequence[str], after: int) -> list[int]:
    """The lines of text after a column (blank lines kept, leading ones skipped): up to
    a lone key or label, a page number, a page break or the end."""
    j = after
    while j < len(lines) and not lines[j].strip():
        j += 1
    block: list[int] = []
    while j < len(lines) and len(block) < _MAX_LINES:
        line = lines[j]
        if lone_key(line) is not None or _FOLIO.match(line) or "\f" in line:
            break
        block.append(j)
        j += 1
    while block and not lines[block[-1]].strip():
        block.pop()
    return block


def _split(lines: Sequence[str], block: list[int], keys: list[str]) -> list[int] | None:
    """The first lines of the entries of ``keys`` in ``block``, when one split only fits
    (see the module docstring); None otherwise.  An entry runs over no blank line; the
    last one ends with the block."""
    if not block or len(block) > _ENTRY_LINES * len(keys):
        return None
    text = [lines[j] for j in block]
    opens = [k == 0 or _after_end(text, k) for k in range(len(text))]

    @cache
    def ways(n: int, k: int) -> tuple[int, tuple[int, ...]]:
        """How many splits (two at most) give keys ``n`` on their entries, entry ``n``
        starting at line ``k``, and one of them."""
        count = 0
        found: tuple[int, ...] = ()
        for end in range(k, min(len(text), k + _ENTRY_LINES)):
            if not text[end].strip():
                break
            nxt = end + 1
            if n + 1 == len(keys):
                if nxt == len(text) and _fits(keys[n], text[k:nxt]):
                    return 1, (k,)
                continue
            rest = nxt
            while rest < len(text) and not text[rest].strip():
                rest += 1
            if rest == len(text) or not opens[rest] or not _fits(keys[n], text[k:nxt]):
                continue
            more, tail = ways(n + 1, rest)
            if more:
                count, found = count + more, (k, *tail)
            if count > 1:
                return 2, ()
        return count, found

    count, found = ways(0, 0)
    ways.cache_clear()
    if count != 1:
        return None
    return [block[k] for k in found]


def _after_end(text: list[str], k: int) -> bool:
    """May an entry start at ``text[k]``: a capital (or a name particle's lower case)
    first, after a blank line or a line that may end an entry?"""
    if not text[k].lstrip()[:1].isalpha():
        return False
    previous = text[k - 1]
    return not previous.strip() or _ENDS.search(previous) is not None


def _fits(key: str, entry: list[str]) -> bool:
    """Does ``entry`` (its lines) fit alpha key ``key``: its first line has a word that
    starts with the key's letters (all of them for a key of one author's name,
    ``Knu``; the first for a key of initials, ``KP``, ``ABC+``), and its end a year
    that ends in the key's digits (an entry of this style ends with its year: an entry
    that ran on into the next one's text, dated otherwise, does not fit)?"""
    m = re.match(r"(?P<letters>[A-Za-z'-]+)\+?(?P<year>\d+)", key)
    if m is None:
        return False
    letters, year = m.group("letters"), m.group("year")
    first = letters if letters[1:].islower() and len(letters) >= 3 else letters[0]
    if not any(w.casefold().startswith(first.casefold()) for w in _WORDS.findall(entry[0])):
        return False
    century = r"(?:1[5-9]|20)" if len(year) == 2 else ""
    dated = re.compile(rf"(?<!\d){century}{year}(?!\d)")
    if dated.search(entry[-1]):
        return True
    # (the year on the line before a last line that goes on with it: "pages 12-19.",
    # "doi:10.1000/x"; a last line with a capital first may be another entry's)
    last = entry[-1].lstrip()[:1]
    return len(entry) > 1 and not last.isupper() and dated.search(entry[-2]) is not None
