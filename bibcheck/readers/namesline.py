"""An item's first line that holds its authors only, as medical reference lists print them.

Vancouver, ICMJE, NLM and AMA lists write each author as a surname and initials, commas
between them and a full stop after the last (``Franck JM, Pavlova A, Bouchard L-S, Han
S.``, ``Lee K, de Vries AB, et al.``).  A converter wrapping at a fixed width may end an
item's first line right there (or inside the last name), and the title goes on, unindented,
on the next line: Markdown's lazy continuation of the item.  Ended by a full stop, such a
line looks whole; but names alone are no entry (no title, no year, no source), so the next
line is the rest of the same entry.  :func:`names_only` tells such a line.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["names_only"]

_CAPITAL = "A-ZÀ-ÞĀ-ſ"
# a surname: capitalised words, particles before or inside ("de Vries", "Van Horn",
# "Gordon-Grossman", "O'Neil")
_PARTICLE = r"(?:van|von|de|da|del|der|den|di|du|dos|le|la|ter|ten|bin|al|el)"
_WORD = rf"[{_CAPITAL}][\w'’-]*"
_SURNAME = rf"(?:{_PARTICLE}\s)*{_WORD}(?:\s(?:{_PARTICLE}\s)*{_WORD}){{0,3}}"
# initials written together, hyphenated ones too: "JM", "A", "L-S", "JMJM"
_INITIALS = r"[A-Z](?:-?[A-Z]){0,3}"
_NAME = rf"{_SURNAME}\s{_INITIALS}"
_NAMES = lazy_compile(
    rf"^{_NAME}(?:,\s{_NAME}){{0,40}}"
    # the list's end: "et al.", or a last surname whose initials the line break cut off
    rf"(?:,\s(?:et\s+al|and\s+others)\.?|\.|,\s{_SURNAME}|,)?$"
)


# one author alone: a surname of one word ("Han S."; "See Table S." is a sentence)
_ONE = lazy_compile(rf"^[{_CAPITAL}][\w'’-]*\s{_INITIALS}\.$")


def names_only(text: str) -> bool:
    """Is ``text`` a list of authors written as surname and initials, and nothing else?"""
    flat = " ".join(text.split())
    if "," not in flat:
        return _ONE.match(flat) is not None
    return _NAMES.match(flat) is not None
