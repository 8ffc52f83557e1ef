"""URLs and DOIs broken over lines by a converter or a narrow column, joined again.

``pdftotext`` (like any text wrapped to a width) breaks a long address where the
typesetter allowed it: after ``/``, ``.``, ``-``, ``_``, ``?``, ``=``, ``&``, ``#``, or
between ``https:`` and ``//``; the rest starts the next line (indented, in a list with
a hanging indent).  The reference parser finds URLs within one line, so a reader joins
the lines of a note or list entry first.

A line is joined with the next when its last word is an address that has not ended
(it ends with one of the break characters above, or is a bare ``https:``) and the next
line starts with what can only be the rest of an address: a token with a path or
query character, a host name, a slug or a DOI tail (a record number of five digits or
more after a DOI's dot: ``…/zenodo.`` / ``7712345``).  A capitalised word, a sentence
(``Accessed 2 June``, ``and then``) or a year on its own is never taken, so an address
that really ends at the line end is left alone.

A DOI broken after a hyphen keeps it, except a hyphen between two digits in a DOI with no
other hyphen and no ISSN's shape there (``…/TSE.2019.29-`` / ``12345``): a number is
hyphenated by a typesetter, not by the DOI's registrant, whose hyphens between digits are
an ISSN's (``1742-6596``, Elsevier's ``S0140-6736…``) or come with others (Springer's
``978-3-030-…``).  A hyphen after a letter (``abc-`` / ``def``) is the DOI's: ``\\url``
and ``\\doi`` break an address without adding one, and pdftotext prints what was set.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from enum import Enum

__all__ = [
    "Hyphen",
    "join_broken_ranges",
    "join_cjk_wraps",
    "join_hyphen",
    "join_hyphenated",
    "join_wrapped_urls",
    "joined_hyphen_at",
    "line_end_hyphen",
    "restore_joined_hyphens",
    "typeset_hyphen",
    "url_continues",
]

# In the last word of a line: an address (or a DOI) possibly cut short.  Searched in
# that word only (no spaces), so the first start found runs to its end: linear.
_TAIL = re.compile(
    r"(?:^|[(<\[:])(?P<url>(?:(?:https?|ftp)://|www\.)\S*|(?:https?|ftp):|10\.\d{4,9}/\S*)$",
    re.I,
)
_OPEN_END = tuple("/.-_?=&#~%:+")
_FIRST = re.compile(r"^\s*(?P<tok>[^\s<>\"“”«»]+)(?P<after>.*)$")
_PATHISH = re.compile(r"[/=?&#%_~]")
_HOST = re.compile(r"^[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z0-9]{2,}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_WORD = re.compile(r"^[a-z0-9]+$")
_DOI_PART = re.compile(r"10\.\d{4,9}/\S")  # a DOI's suffix has begun
_RECORD = re.compile(r"^\d{5,}$")  # a record number (a year has four digits)
_CLOSERS = ".,;:)]'’\""
_LABEL = re.compile(r"^(?:[A-Za-z]+:|www\.)")  # "doi:", "https:", "URL:", "www.": a new one
_DOI_START = re.compile(r"10\.\d{4,9}/")
_ISSN_HEAD = re.compile(r"(?<!\d)\d{4}$")  # "1742" of "1742-" / "6596"
_ISSN_TAIL = re.compile(r"\d{3}[\dXx](?!\d)")


def _tail(line: str) -> tuple[int, str] | None:
    """Where the address that ends ``line`` starts, and the address."""
    text = line.rstrip()
    word = text.rsplit(None, 1)[-1] if text.strip() else ""
    m = _TAIL.search(word)
    if m is None:
        return None
    return len(text) - len(word) + m.start("url"), m.group("url")


def url_continues(line: str, following: str) -> bool:
    """Is ``following`` the rest of an address cut off at the end of ``line``?"""
    tail = _tail(line)
    if tail is None:
        return False
    url = tail[1]
    first = _FIRST.match(following)
    if first is None:
        return False
    tok, after = first.group("tok"), first.group("after").strip()
    core = tok.rstrip(_CLOSERS)
    if re.fullmatch(r"(?:https?|ftp):", url, re.I):
        return tok.startswith("//")
    if not url.endswith(_OPEN_END) or not core or _LABEL.match(tok):
        return False  # "https://a.org/b." + "doi:10.1/x": a new address, not the rest
    if url.endswith(("-", "_")) and core[0].isalnum() and not core[0].isupper():
        return True  # "…/market-" + "report.pdf": the hyphen belongs to the address
    if _PATHISH.search(core) or _HOST.match(core):
        return True  # "about-net/phase-two", "consumerfinance.gov/f/…", "report.pdf"
    if url.endswith(".") and _DOI_PART.search(url) and _RECORD.match(core):
        return True  # "…/10.5281/zenodo." + "7712345", "…/journal.pone." + "0123456"
    alone = not after or after.startswith(("(", "[", "<"))
    return alone and bool(_SLUG.match(core) or (_WORD.match(core) and not core.isdigit()))


def join_wrapped_urls(
    parts: Sequence[tuple[str, int]],
) -> tuple[list[tuple[str, int]], list[tuple[int, str]]]:
    """Join the lines ``(text, line)`` of one note where an address was wrapped.

    Returns the parts (a joined line keeps the line number of its first part) and, for
    each join, the line where the address starts and the joined address.
    """
    out: list[tuple[str, int]] = []
    joins: list[tuple[int, str]] = []
    for text, line in parts:
        if out and url_continues(out[-1][0], text):
            head, start = out[-1]
            tail = _tail(head)
            rest = text.lstrip()
            if tail is not None and typeset_hyphen(tail[1], rest.split(None, 1)[0]):
                head = head.rstrip()[:-1]
            joined = head.rstrip() + rest
            url = joined[tail[0] :].split()[0] if tail else ""
            out[-1] = (joined, start)
            joins.append((start, url.rstrip(_CLOSERS)))
        else:
            out.append((text, line))
    return out, joins


def typeset_hyphen(url: str, following: str) -> bool:
    """Is the hyphen that ends ``url``, a DOI broken at a line end before the token
    ``following``, one a typesetter added (a number broken: ``…/TSE.2019.29-`` /
    ``12345``) rather than the DOI's own?"""
    doi = _DOI_START.search(url)
    if doi is None or not url.endswith("-"):
        return False
    suffix = url[doi.end() : -1]
    if not suffix[-1:].isdigit() or not following[:1].isdigit():
        return False
    if "-" in suffix or "-" in following:
        return False  # hyphens of its own: "978-3-030-12-" / "345-6_7"
    return not (_ISSN_HEAD.search(suffix[-5:]) and _ISSN_TAIL.match(following))


class Hyphen(Enum):
    """What a hyphen at a line end is (:func:`line_end_hyphen`)."""

    NONE = "none"  # no word hyphen there (or an address, or a script without case)
    SOFT = "soft"  # the typesetter's: dropped, the word joined ("contem-" / "porary")
    HARD = "hard"  # the word's own: kept, joined with no space ("Tenant-" / "Screening")


_LAST_WORD = re.compile(r"(?:^|\s)(?P<word>\S*?[^\W_])-$")


def line_end_hyphen(line: str, following: str) -> Hyphen:
    """Is the hyphen that ends ``line`` (a word's last character, a word on ``following``
    next) a typesetter's soft hyphen or the word's own?

    The word's own when the continuation starts with a capital or a digit
    (``Tenant-`` / ``Screening``, ``COVID-`` / ``19``), when the part before it is
    written in capitals, ends with a digit or is a single letter (``MEMS-`` / ``based``,
    ``3-`` / ``dimensional``, ``e-`` / ``mail``: a typesetter leaves at least two letters
    before a break) or when the word already has a hyphen (``state-of-`` / ``the-art``).
    A lower-case continuation after any other word is hyphenation (``contem-`` /
    ``porary``).  A hyphen in an address is left to :func:`join_wrapped_urls` (``\\url``
    and pdftotext add none); a continuation in a script without case (Arabic, Han) is not
    joined here.
    """
    text = line.rstrip()
    m = _LAST_WORD.search(text)
    nxt = following.lstrip()[:1]
    if m is None or not nxt or _tail(text) is not None:
        return Hyphen.NONE
    word = m.group("word").lstrip("([{\"'‘“«")
    if "/" in word or not (nxt.isalpha() or nxt.isdigit()):
        return Hyphen.NONE
    if nxt.isupper() or nxt.isdigit():
        return Hyphen.HARD
    if not nxt.islower():
        return Hyphen.NONE  # a script without case: as before, not joined here
    letters = [c for c in word if c.isalpha()]
    if "-" in word or word[-1].isdigit() or len(letters) < 2 or all(c.isupper() for c in letters):
        return Hyphen.HARD
    return Hyphen.SOFT


def join_hyphen(line: str, following: str) -> tuple[str, str] | None:
    """``line`` with the first word of ``following`` joined to it across a hyphen at its
    end (dropped if soft, kept if the word's own), and the rest of ``following``; None if
    ``line`` does not end with a word's hyphen (:func:`line_end_hyphen`)."""
    kind = line_end_hyphen(line, following)
    if kind is Hyphen.NONE:
        return None
    head = line.rstrip()
    word, _, rest = following.strip().partition(" ")
    return (head[:-1] if kind is Hyphen.SOFT else head) + word, rest.strip()


def join_hyphenated(parts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Words hyphenated at line ends (``Scandina-`` / ``vian harbours``) joined again, a
    word's own hyphen kept (:func:`line_end_hyphen`); an address is left to
    :func:`join_wrapped_urls`."""
    out = [(text.strip(), line) for text, line in parts]
    for j in range(len(out) - 1):
        text, line = out[j]
        following, after = out[j + 1]
        joined = join_hyphen(text, following)
        if joined is not None and not url_continues(text, following):
            out[j] = (joined[0], line)
            out[j + 1] = (joined[1], after)
    return [(text, line) for text, line in out if text]


_NEIGHBOURS = 5  # lines either side whose length is the column's width
_LONGER = 8  # a joined line is longer than its neighbours by at least a short word
_GUTTER = re.compile(r"\S {3,}\S")  # -layout output: columns apart by wide gaps
_TOKEN = re.compile(r"\S+")
_LONGEST = 60  # a longer token is no word (an address, a formula): not looked into


_WORDS = re.compile(r"[^\W_]+")


def _hyphen_dropped(word: str, k: int, seen: Counter[str]) -> bool:
    """Did ``word`` have a hyphen before its ``k``-th character that the converter
    dropped?  Its case changes there as no word's does (``Tenant|Screening``) or an
    acronym of the document ends there (``DDR|Wirtschaft``, ``MEMS|based``: ``DDR`` and
    ``MEMS`` are words elsewhere in it); and the word as printed is not one the document
    writes elsewhere (a name in camel case, ``BatchVolt``, recurs)."""
    before, after = word[:k], word[k:]
    if len(before) < 2 or len(after) < 3 or not after[:3].isalpha():
        return False
    joined = _WORDS.findall(word)
    if not joined or any(seen[w] > 1 for w in joined):
        return False
    head = before[-2:]
    if head.isalpha() and head.islower() and after[0].isupper() and after[1:3].islower():
        return True  # "Tenant|Screening" (a capital after two small letters)
    caps = _WORDS.findall(before)[-1:]
    if caps and caps[0].isupper() and len(caps[0]) >= 2 and seen[caps[0]] > 0:
        # an acronym the document uses, then a capitalised or a lower-case word
        return (after[0].isupper() and after[1:3].islower()) or after[:3].islower()
    return False


def joined_hyphen_at(line: str, near: Sequence[int], seen: Counter[str]) -> int | None:
    """Where in ``line`` a hyphen that ended a line was dropped by the converter, or
    None (``near``: the lengths of the lines around it; ``seen``: how often each word
    occurs in the document).

    ``pdftotext`` (without ``-layout``) drops the hyphen that ends a line and joins the
    next line to it, whatever the hyphen: ``Tenant-`` / ``Screening`` comes out as one
    line with ``TenantScreening``.  Such a line is longer than the lines of its column
    (all but perhaps one of those nearby: the longest may be joined too, or run over a
    gutter), and the join lies near the column's edge: past three fifths of the nearby
    lines' middle length, not past the longest.  A word there whose case changes as no
    word's does (:func:`_hyphen_dropped`) had its hyphen.  Only one such place may be
    found, else nothing is said.  Addresses are left as they are.
    """
    text = line.rstrip()
    sizes = sorted((n for n in near if n), reverse=True)
    if len(sizes) < 2 or len(text) < sizes[1] + _LONGER or _GUTTER.search(text.strip()):
        return None
    low, high = sizes[len(sizes) // 2] * 3 // 5, sizes[0] + 2
    found = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if "/" in word or "@" in word or len(word) > _LONGEST or m.end() < low:
            continue
        if m.start() > high:
            break
        for k in range(2, len(word) - 2):
            if low <= m.start() + k <= high and _hyphen_dropped(word, k, seen):
                found.append(m.start() + k)
    return found[0] if len(found) == 1 else None


def restore_joined_hyphens(lines: Sequence[str]) -> list[str]:
    """The lines of converted text with each hyphen the converter dropped where it
    joined two lines put back (:func:`joined_hyphen_at`)."""
    out = list(lines)
    seen = Counter(w for line in lines for w in _WORDS.findall(line))
    sizes = [len(line.rstrip()) for line in lines]
    for i, line in enumerate(lines):
        near = sizes[max(0, i - _NEIGHBOURS) : i] + sizes[i + 1 : i + 1 + _NEIGHBOURS]
        at = joined_hyphen_at(line, near, seen)
        if at is not None:
            out[i] = f"{line[:at]}-{line[at:]}"
    return out


# Scripts written without spaces between words: Han (with its extension A and the
# compatibility ideographs), kana, and the full-width punctuation of Chinese and Japanese.
# Hangul is not among them: Korean puts a space between words, and a Korean line wrapped
# at the column edge is most often wrapped at such a space.
_UNSPACED = (
    r"\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff01-\uff60"
)
_CJK_END = re.compile(rf"[{_UNSPACED}]$")
_CJK_START = re.compile(rf"^[{_UNSPACED}]")


def join_cjk_wraps(parts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Lines broken at the column edge inside Chinese or Japanese text (``统计公`` / ``报``,
    ``村落`` / ``の祭祀``) joined with no space: in those scripts a line break is no word
    space.  A break with a Latin word, a digit or Hangul on either side is left alone (the
    reader joins it with a space).  The joined line keeps the number of its first part."""
    out: list[tuple[str, int]] = []
    for text, line in parts:
        stripped = text.strip()
        head = out[-1][0].rstrip() if out else ""
        if stripped and _CJK_END.search(head) and _CJK_START.match(stripped):
            out[-1] = (head + stripped, out[-1][1])
        else:
            out.append((text, line))
    return out


_RANGE_OPEN = re.compile(r"(?<![\w/.-])\d{1,6}\s?[-–—]$")
_RANGE_CLOSE = re.compile(r"^\d{1,6}(?![\w/-])")


def join_broken_ranges(parts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """A page range broken after its dash at a line end (``34(5): 112-`` / ``123.``)
    joined again with no space; an address is left to :func:`join_wrapped_urls`."""
    out: list[tuple[str, int]] = []
    for text, line in parts:
        stripped = text.strip()
        head = out[-1][0].rstrip() if out else ""
        if _RANGE_OPEN.search(head) and _RANGE_CLOSE.match(stripped):
            out[-1] = (head + stripped, out[-1][1])
        else:
            out.append((text, line))
    return out
