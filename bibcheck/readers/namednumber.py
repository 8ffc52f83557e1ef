"""A numbered list's number typed right after the authors' names it cites.

A numbered style that names the authors in the sentence puts the number right after the
names: ``as DerSimonian & Laird 19 proposed``, ``Higgins et al.23 showed``, ``Müller und
Weber 4 zeigten``.  Set in superscript, the number is read with the others; typed plain
(the superscript lost when the text was pasted, or never set), it looks like an
author-date citation whose year is broken.  Such a number cites entry n of the list when
entry n's first author is the name before it: the list, not the shape, decides, so a
count after a name (``Group 2 patients``) cites nothing unless entry 2 is that name's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.references.patterns import U

__all__ = ["first_authors", "named_numbers"]

_NAME = rf"[{U}][^\W\d_]*(?:['’-][^\W\d_]+)*"
_NAMED_NUMBER = lazy_compile(
    rf"(?<![\w.])(?P<name>{_NAME})"
    rf"(?:,?\s+{ET_AL}|\s+{AND}\s+{_NAME}(?:,?\s+{ET_AL})?)?"
    r"\s?(?P<numbers>\d{1,3}(?:[,–-]\d{1,3})*)"
    # (not a decimal, a longer number, a per cent, a year's start "19th")
    r"(?![\d%]|[.,]\d|st\b|nd\b|rd\b|th\b)"
)
# an entry's first author: the words before its first comma or full stop ("DerSimonian R",
# "DerSimonian, R.", "van der Berg K")
_HEAD = lazy_compile(r"[^,.;:(]{1,80}")
_WORD = lazy_compile(rf"{_NAME}")
_MAX_RANGE = 30


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def first_authors(entries: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Entry label -> the folded capitalised words of its first author (``{"19":
    "DerSimonian R, Laird N. …"}`` -> ``{"19": {"dersimonian"}}``)."""
    found: dict[str, frozenset[str]] = {}
    for label, text in entries.items():
        head = _HEAD.match(text.strip())
        words = _WORD.findall(head.group(0)) if head else []
        found[label] = frozenset(_fold(w) for w in words if len(w) > 1)
    return found


def _numbers(typed: str) -> list[str] | None:
    """ "19" -> ["19"]; "4,5" -> ["4", "5"]; "6–8" -> ["6", "7", "8"]; None if unread."""
    out: list[str] = []
    for part in typed.split(","):
        ends = part.replace("–", "-").split("-")
        if len(ends) == 1:
            out.append(ends[0])
            continue
        first, last = int(ends[0]), int(ends[-1])
        if len(ends) != 2 or not 0 < last - first <= _MAX_RANGE:
            return None
        out.extend(str(n) for n in range(first, last + 1))
    return out


def named_numbers(
    text: str, authors: Mapping[str, frozenset[str]]
) -> list[tuple[int, int, list[str]]]:
    """(start, end, labels) of each number typed after authors' names in ``text`` that
    cites the entries so numbered (``authors``: :func:`first_authors`): the first number's
    entry is the first name's; each further number an entry of the list."""
    found: list[tuple[int, int, list[str]]] = []
    for m in _NAMED_NUMBER.finditer(text):
        labels = _numbers(m.group("numbers"))
        if not labels or any(n not in authors for n in labels):
            continue
        if _fold(m.group("name")) not in authors[labels[0]]:
            continue
        found.append((m.start("numbers"), m.end("numbers"), labels))
    return found
