"""Note calls written as a number in parentheses, in any script's digits.

Papers in Arabic script (Arabic, Persian, Sorani Kurdish, Urdu), and typed papers in
many other languages, call their endnotes as ``…لەناوبران.(١)``, ``… گفته است (۲).``,
``… दिया गया।(३)`` or ``… the treaty.(4)``, the notes numbered the same way under a notes
heading: ``(١) Martin van Bruinessen, …``.  A number in parentheses is much else in a text:
a point of a list (``: (1) age, (2) sex``, a line starting ``(1)``), a term of a formula
(``2(3)``, ``= (4)``), a year (``(1992)``).  :data:`CALL` takes the number only where a
note's call stands: glued to the word or stop before it, or after a word and a space when a
stop or the line's end follows (``… گفته است (۲).``); :func:`calls` keeps only the numbers
that the notes could have.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.text import ascii_digits

__all__ = ["CALL", "ITEM", "callable_number", "calls"]

# the definition of a note: "(١) text", "(12) text" (any script's decimal digits)
ITEM = r"\((?P<p>\d{1,4})\)"
# A call: glued to what stands before it (a letter, a stop, a quote; not a digit, a bracket
# or an operator of a formula), or after a word and one space with a stop or the line's end
# after it.  Not a term before or after another number in parentheses ("(2)(1)"), nor one
# with a word glued after it.
CALL = lazy_compile(
    r"(?:(?<=[^\s\d(\[{<=+\-*/^×·])|(?<=[^\W\d_] )(?=\(\d{1,3}\)[.,;:!?،؛۔।]|\(\d{1,3}\)\s*$))"
    r"(?<!\(\d\))(?<!\(\d\d\))(?<!\(\d\d\d\))"
    r"\((?P<label>\d{1,3})\)(?![\w(\[])"
)
_MARGIN = 3  # numbers a call may go past the last note (a call of a note that is missing)


def callable_number(label: str, last_note: int) -> bool:
    """Can ``label`` (a number, any script's digits) call one of notes numbered up to
    ``last_note``, or one just past them that is missing?"""
    return 0 < int(ascii_digits(label)) <= last_note + _MARGIN


def calls(line: str, last_note: int) -> list[tuple[int, str]]:
    """The note calls of ``line`` as ``(column, label)`` (column 1-based, label in ASCII
    digits), for notes numbered up to ``last_note``."""
    return [
        (m.start() + 1, ascii_digits(m.group("label")))
        for m in CALL.finditer(line)
        if callable_number(m.group("label"), last_note)
    ]
