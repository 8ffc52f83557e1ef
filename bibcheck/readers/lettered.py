"""Lettered reference numbers: ``3a`` is a source inserted in revision between 3 and 4.

A numeric manuscript revised late keeps its numbering by lettering the new entries (``3a.``
after ``3.``, ``[12b]``) and citing them so (``[3a]``, ``[3a,4]``, ``[2–3a]``).  A lettered
number sits at its base number's place: ``3a`` follows ``3`` and is followed by ``3b`` or
``4``, so it is no gap and no order error.  Shared by the numeric readers (plain text,
PDF text, Word, HTML).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["LETTER", "base", "follows", "is_lettered", "label", "sort_key"]

# the letter after a number (one lowercase Latin letter, no letter after it)
LETTER = r"(?:[a-z](?![^\W\d_]))"
_LETTERED = lazy_compile(r"(\d{1,4})([a-z])")


def is_lettered(text: str) -> bool:
    """Is ``text`` a lettered number (``3a``, ``12b``)?"""
    return _LETTERED.fullmatch(text) is not None


def label(text: str) -> str:
    """The label of a printed number: leading zeros dropped, the letter kept
    (``"03"`` -> ``"3"``, ``"3a"`` -> ``"3a"``); a number in another script's digits
    becomes ASCII digits."""
    m = _LETTERED.fullmatch(text)
    return f"{int(m.group(1))}{m.group(2)}" if m else str(int(text))


def base(text: str) -> int:
    """The number a label stands at: ``3a`` -> 3, ``12`` -> 12."""
    m = _LETTERED.fullmatch(text)
    return int(m.group(1)) if m else int(text)


def sort_key(text: str) -> tuple[int, str]:
    """Order of labels in a list: ``3`` < ``3a`` < ``3b`` < ``4``."""
    m = _LETTERED.fullmatch(text)
    return (int(m.group(1)), m.group(2)) if m else (int(text), "")


def follows(previous: str, text: str) -> bool:
    """Is ``text`` the label right after ``previous`` in a list: ``3`` -> ``3a`` or ``4``,
    ``3a`` -> ``3b`` or ``4``?"""
    number, letter = sort_key(text)
    was, was_letter = sort_key(previous)
    if not letter:
        return number == was + 1
    if number != was:
        return False
    return ord(letter) == (ord(was_letter) + 1 if was_letter else ord("a"))
