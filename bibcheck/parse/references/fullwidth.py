"""Full-width punctuation as its ASCII form, one character for one.

Chinese and Japanese text types the marks round a Latin mention and between an entry's
areas full width: ``（Wang, 2022）``, ``（Lind, 2019；Berg, 2011：12）``,
``扬奎斯特，萨金特．书名[M]．北京：出版社，2010``.  The full-width forms of ASCII
(U+FF01 to U+FF5E) stand 0xFEE0 above the ASCII characters they are the wide forms of;
:func:`half_width_marks` writes the marks asked for as those characters, one character for
one, so every offset and line number into the text stays the written text's.  (Digits of
any script, ``３`` too: :func:`bibcheck.text.ascii_digits`, also one for one.)

Every reader and parser that reads a full-width mark as its ASCII form calls this one
function: the author-date spans of :mod:`bibcheck.readers.authoryear`, the unspaced
comma of :mod:`bibcheck.readers.widecomma`, the GB/T areas of :mod:`.gbt_forms`.
"""

from __future__ import annotations

from functools import cache

__all__ = ["FULL_WIDTH_MARKS", "half_width_marks"]

_OFFSET = 0xFEE0  # "（" (U+FF08) is "(" (U+0028) wide
_FIRST, _LAST = 0xFF01, 0xFF5E

# the marks read: parentheses, semicolon, colon, comma, full stop
FULL_WIDTH_MARKS = "（）；：，．"


@cache
def _table(marks: str) -> dict[int, int]:
    table: dict[int, int] = {}
    for mark in marks:
        if not _FIRST <= ord(mark) <= _LAST:
            raise ValueError(f"{mark!r} is no full-width form of an ASCII character")
        table[ord(mark)] = ord(mark) - _OFFSET
    return table


def half_width_marks(text: str, marks: str = FULL_WIDTH_MARKS) -> str:
    """``text`` with each of ``marks`` (full-width forms) written as its ASCII character
    (``（`` -> ``(``, ``，`` -> ``,``), anything else as written: the same length, each
    character where it stood."""
    table = _table(marks)
    return text if text.isascii() else text.translate(table)
