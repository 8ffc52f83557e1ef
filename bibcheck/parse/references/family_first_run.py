"""Full names written family name first, parted by commas, opening a reference entry.

Vietnamese lists (and Korean and Chinese ones with hyphenated given names) write each
author's full name as the language orders it and part the names by commas: ``Trần Minh
Khoa, Lê Thị Hồng (2020). Title``, ``Đỗ Văn Tâm, Vũ Quang Huy, Bùi Thị Lan: Title``.  A
style parser takes the comma for the one after an inverted family name (``Smith, John``)
and the second name for the title.  :func:`joined` writes "and" before the last name of
such a run when the year in parentheses (``Names (2020). Title``) or a comma and the title
(``Names, Title, Journal``) follows it, the way the parsers read a list of names there
(before a full stop or a colon they part such names themselves); every name stays as
written, so the names read are the document's.  Only names
:func:`bibcheck.parse.names.family_first` knows are taken: ``García Márquez, Gabriel
José`` (one name inverted), ``John Smith, Mary Jones`` and ``Ministry of Health, Republic
of Indonesia`` stay as they are.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND
from bibcheck.parse.names import family_first

__all__ = ["joined"]

# a part of the entry up to a comma, a full stop, a colon, a semicolon, a parenthesis or
# a bracket: a name's words (the last may be an initial, its full stop kept)
_PART = lazy_compile(r"[^\W\d_][^,.;:()\[\]\"“”*_\d\n]{1,60}+(?:(?<=\s[A-ZĐ])\.)?")
_MAX_NAMES = 12
# the year in parentheses after the names, as author-date lists write it
_YEAR_AFTER = lazy_compile(r"\s*+\((?:\d{4}|n\.\s?d\.)")
# ... or a comma and the title (not a year: "Names, 2020. Title" is left as it is; nor "and"
# and the last name: "A, B, & C (2020)" is a list the parsers read)
_TITLE_AFTER = lazy_compile(rf",\s(?!\d)(?!{AND}\s)")


def joined(text: str) -> str:
    """``text`` with "and" for the comma before the last of two or more family-first full
    names that open it, the year in parentheses or a comma and the title after them
    (``Trần Minh Khoa, Lê Thị Hồng (2020)`` -> ``Trần Minh Khoa and Lê Thị Hồng (2020)``);
    ``text`` itself for any other entry."""
    ends: list[int] = []  # where each name of the run ends
    start = 0
    while len(ends) < _MAX_NAMES:
        m = _PART.match(text, start)
        if m is None or not family_first(m.group(0).strip()):
            break
        ends.append(m.end())
        if not text.startswith(", ", m.end()):
            break
        start = m.end() + 2
    if len(ends) < 2:
        return text
    if _YEAR_AFTER.match(text, ends[-1]) is None and _TITLE_AFTER.match(text, ends[-1]) is None:
        return text  # (a full stop or a colon after the names: the parsers part them)
    last = ends[-2]  # (the comma before the last name)
    return f"{text[:last]} and {text[last + 2 :]}"
