"""Notes numbered ``(1)`` or ``¹`` at their line's start, as the superscript reader reads notes.

A Markdown or plain document typed by hand may number its notes in parentheses or in
Unicode superscript digits, the calls in the text written the same way or as superscripts::

    The pier was rebuilt in 1888.(1) Trade doubled within a decade.^2^

    ## Notes

    (1) Marsh, A. Piers of the North Sea. Harbour Press, 2019.
    (2) Lind, O. "Customs records". Maritime Archive Journal 8 (2011).

    … after the storm¹ … within a decade² …
    ¹ Marsh, A. Piers of the North Sea. Harbour Press, 2019.

:func:`rewrite` writes such a list's items as ``<sup>n</sup> text`` and the calls of the same
style in the text above it as ``<sup>n</sup>``, line for line (line numbers stay).  It takes
the last run of items numbered 1, 2, 3 … in one style at line starts, and only when the text
above item 1 cites at least two of them (one, for a single note), in that style or as
superscripts (``<sup>n</sup>``, after :mod:`bibcheck.readers.mdcaret`): an ordinary numbered
list of steps, ``(1) Open the valve``, that nothing cites, stays as written.  A run right
under a literature list's heading (``## References``) is a numbered reference list, which
the list readers read with its ``(n)`` labels and wrapped lines: it stays as written too.

Notes numbered ``(1)`` may be called by Unicode superscript digits in the text, as a word
processor's export or a hand typing them leaves them (notes numbered ``1)`` so called are
the page-text reader's, :mod:`bibcheck.readers.pdftext`, which reads them)::

    The pier was rebuilt in 1888¹ and trade doubled within a decade.²

    (1) Marsh, A. Piers of the North Sea. Harbour Press, 2019.
    (2) Lind, O. "Customs records". Maritime Archive Journal 8 (2011).

Such calls count (and are rewritten) only when they cite the notes in order: the first
superscript call is ``¹`` and each call after it cites a note already called or the next
ones (:func:`in_order`); a power, ``x²``, ``m²`` (a single letter's), is no call.  A call in
parentheses is taken only where a note's call stands (:data:`bibcheck.readers.parennotes.CALL`:
glued to the word before it, or before a stop), a superscript digit only glued to a letter
or a stop (``10²``, a power, is no call).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.parennotes import CALL

__all__ = ["in_order", "rewrite", "super_called"]

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPER = str.maketrans(_SUPERSCRIPTS, "0123456789")
_ITEM = re.compile(
    rf"^(?P<indent>[ \t]{{0,3}})"
    rf"(?:\((?P<p>\d{{1,3}})\)[ \t]+|(?P<s>[{_SUPERSCRIPTS}]{{1,3}})[ \t]*)(?=\S)"
)
# a superscript call: glued to a letter, a closing quote or bracket, or a stop
_SUPER_CALL = re.compile(rf"(?<=[^\W\d_]|[.,;:!?\"'”’»)\]])(?P<s>[{_SUPERSCRIPTS}]{{1,3}})")
# a superscript call where notes are numbered "(n)": glued to a word of two letters or more
# (not "x²", "m²": a variable's, a unit's power), a year ("in 1888¹"; not "10²"), a closing
# quote or bracket, or a stop
_WORD_SUPER_CALL = re.compile(
    rf"(?:(?<=[^\W\d_]{{2}})|(?<=\b(?:1[5-9]|20)\d\d)|(?<=[.,;:!?\"'”’»)\]]))"
    rf"(?P<s>[{_SUPERSCRIPTS}]{{1,3}})"
)
_SUP = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>")
_TOLERANCE = 2  # a number or two may be lost between items


def _item(line: str) -> tuple[str, int] | None:
    m = _ITEM.match(line)
    if m is None:
        return None
    if m.group("p") is not None:
        return "p", int(m.group("p"))
    return "s", int(m.group("s").translate(_FROM_SUPER))


def _run(lines: Sequence[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """The style and (line index, number) of the last run of items numbered from 1."""
    for first in range(len(lines) - 1, -1, -1):
        found = _item(lines[first])
        if found is None or found[1] != 1:
            continue
        style = found[0]
        items = [(first, 1)]
        for k in range(first + 1, len(lines)):
            nxt = _item(lines[k])
            if nxt is None or nxt[0] != style:
                continue
            if not 0 < nxt[1] - items[-1][1] <= _TOLERANCE + 1:
                break
            items.append((k, nxt[1]))
        return style, items
    return None


def _calls(line: str, style: str, last: int) -> list[tuple[int, int, int]]:
    """(start, end, number) of the calls of ``style`` in ``line``."""
    if style == "p":
        found = [(m.start(), m.end(), int(m.group("label"))) for m in CALL.finditer(line)]
    else:
        found = [
            (m.start(), m.end(), int(m.group("s").translate(_FROM_SUPER)))
            for m in _SUPER_CALL.finditer(line)
        ]
    return [c for c in found if 0 < c[2] <= last + _TOLERANCE]


def _super_calls(line: str, last: int) -> list[tuple[int, int, int]]:
    """(start, end, number) of the superscript-digit calls in ``line`` (a word's, a stop's)."""
    found = [
        (m.start(), m.end(), int(m.group("s").translate(_FROM_SUPER)))
        for m in _WORD_SUPER_CALL.finditer(line)
    ]
    return [c for c in found if 0 < c[2] <= last + _TOLERANCE]


def in_order(numbers: Sequence[int]) -> bool:
    """Do ``numbers`` (calls in the text's order) cite notes in order: from 1, each a note
    already called or at most a few past the highest called so far?"""
    high = 0
    for n in numbers:
        if n > high + _TOLERANCE + 1 or (high == 0 and n != 1):
            return False
        high = max(high, n)
    return high >= 2


def rewrite(lines: list[str]) -> list[str]:
    """``lines`` with a cited list of notes numbered ``(n)`` or ``¹`` (and its calls of the
    same style) written as ``<sup>n</sup>``; the same lines when there is none."""
    return _rewrite(lines, super_called=False)


def super_called(lines: list[str]) -> list[str]:
    """``lines`` rewritten as :func:`rewrite` does only where notes numbered ``(n)`` are
    called by superscript digits in order (``… in 1888¹``); else the same lines.
    (A reader's score takes this shape alone: the others are other readers' to score.)"""
    return _rewrite(lines, super_called=True)


def _under_literature_heading(lines: Sequence[str], first: int) -> bool:
    """Does the run starting at ``first`` stand right under a literature list's heading
    (``## References``, ``References`` underlined), blank lines between?"""
    k = first - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0:
        return False
    if k > 0 and re.fullmatch(r"\s*(?:=+|-+)\s*", lines[k]):
        k -= 1  # a Setext heading's underline
    return is_literature_heading(lines[k])


def _rewrite(lines: list[str], *, super_called: bool) -> list[str]:
    run = _run(lines)
    if run is None:
        return lines
    style, items = run
    first, last = items[0][0], items[-1][1]
    if _under_literature_heading(lines, first):
        return lines  # a numbered reference list: the list readers read "(n)" labels
    numbers = {n for _, n in items}
    cited = {n for line in lines[:first] for _, _, n in _calls(line, style, last)}
    cited |= {int(m.group(1)) for line in lines[:first] for m in _SUP.finditer(line)}
    supers: list[int] = []
    if style == "p":  # notes "(n)" called by superscript digits, "… in 1888¹"
        supers = [n for line in lines[:first] for _, _, n in _super_calls(line, last)]
        if not in_order(supers):
            supers = []
    enough = min(2, len(numbers))
    if super_called and len(set(supers) & numbers) < enough:
        return lines  # (not called by superscript digits)
    if len(cited & numbers) < enough and len(set(supers) & numbers) < enough:
        return lines  # steps, points of a list: nothing cites them
    out = list(lines)
    for k in range(first):
        calls = _calls(out[k], style, last)
        if supers:
            calls = sorted(calls + _super_calls(out[k], last))
        for start, end, n in reversed(calls):
            out[k] = f"{out[k][:start]}<sup>{n}</sup>{out[k][end:]}"
    for k, n in items:
        m = _ITEM.match(out[k])
        assert m is not None
        out[k] = f"{m.group('indent')}<sup>{n}</sup> {out[k][m.end() :]}"
    return out
