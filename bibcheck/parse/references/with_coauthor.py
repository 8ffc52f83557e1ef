"""A co-author named after ``with`` (Chicago's "with" author): one of the work's names.

A book written by one or two people "with" another (a journalist, a junior scholar) is
cited with that person after ``with``, after the other names and before the title
(Chicago 14.76; a note's names in natural order, a bibliography's first name inverted)::

    Jane Doe and Ann Roe, with Kim Poe, *Title* (Place: Publisher, 2004), 78.
    Doe, Jane, and Ann Roe, with Kim Poe. *Title*. Place: Publisher, 2004.
    Doe, Jane, with Kim Poe. *Title*. …

The person after ``with`` shares the work's authorship, so the corpus keys them as an
author; a parser reading ``with Kim Poe`` as part of the title (or the whole head as a
title) misreads the entry.  :func:`joined` writes the names as one list (``Jane Doe, Ann
Roe, and Kim Poe``), which the parsers read as they read any list of names.  Only a whole
name (given names and a family name, capitalised) after a lower-case ``with`` that follows
names from the start of the text counts: ``with a preface by …`` names no author, and a
title that opens with ``With`` is capitalised.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import INITIALS, SURNAME, U

__all__ = ["joined"]

# a given name written out or as initials ("Miriam", "Jean-Paul", "G. S.")
_GIVEN = rf"(?:{INITIALS}|[{U}][\w'’]+(?:-[{U}][\w'’]+)?)"
_NATURAL = rf"{_GIVEN}(?:\s{_GIVEN}){{0,2}}\s{SURNAME}"
_INVERTED = rf"{SURNAME},\s{_GIVEN}(?:\s{_GIVEN}){{0,2}}"
_AND = r"(?:and|&)"
# the names before "with": natural order (a note) or the first inverted (a bibliography)
_NAMES = (
    rf"(?:{_NATURAL}(?:(?:,\s{_NATURAL})*,?\s{_AND}\s{_NATURAL})?"
    rf"|{_INVERTED}(?:(?:,\s{_NATURAL})*,?\s{_AND}\s{_NATURAL})?)"
)
# (the names matched once, atomically: were the engine to try each other way of splitting a
# run of initials among given names when the co-author's pattern fails after "with", the
# tries would multiply -- 45 s for forty initials before "with" and fifty after it; no other
# split of the names could be followed by "with" either, the names being names to the end)
_WITH = lazy_compile(
    rf"^(?>(?P<names>{_NAMES}))(?P<with>,?\swith\s)"
    rf"(?P<co>{_NATURAL}(?:,?\s{_AND}\s{_NATURAL})?)(?=[,.]\s)"
)
# the lower-case "with" the names lead to: looked for first, and within a head's length only,
# so the names' pattern (runs of initials backtrack) never runs over a long text
_WITH_WORD = lazy_compile(r"\swith\s")
_HEAD = 300
# the "and" before a list's last name
_LAST_AND = lazy_compile(rf",?\s{_AND}\s(?=[^,]*$)")
_CO_AND = lazy_compile(rf",?\s{_AND}\s")


def joined(text: str) -> str | None:
    """``text`` with the co-authors after ``with`` written as the names' last (``Jane Doe
    and Ann Roe, with Kim Poe, Title`` -> ``Jane Doe, Ann Roe, and Kim Poe, Title``); None
    when its names are no list followed by ``with`` and a whole name."""
    word = _WITH_WORD.search(text, 0, _HEAD)
    if word is None:
        return None
    found = _WITH.match(text[: word.end() + _HEAD])
    if found is None:
        return None
    names = _LAST_AND.sub(", ", found.group("names"))
    co = _CO_AND.split(found.group("co"))
    listed = ", ".join([names, *co[:-1]])
    join = ", and " if "," in listed else " and "
    return f"{listed}{join}{co[-1]}{text[found.end() :]}"
