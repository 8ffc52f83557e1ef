"""AsciiDoc that cites a numbered bibliography by ``[n]`` typed in the text.

A writer who numbers the list (``- [[[ref1, 1]]] Author, Title…`` prints ``[1]`` before
the entry; ``. Author, Title…`` or ``1. Author…`` under a References title is an ordered
list) often types the citations as the printed numbers: ``… as the sea warms [1].``,
``[2, 3]``, ``[4-6]``, ``[4]–[6]``, rather than ``<<ref1>>``.  Such a ``[n]`` is a
citation of the entry the list prints with that number.

:func:`printed_numbers` maps each printed number to its entry's key, for a list whose
entries are all numbered; :func:`number_citations` finds the ``[n]`` of a line, never an
AsciiDoc macro's or attribute list's brackets (``kbd:[1]``, ``link:…[1]``, ``x[1]``);
:func:`cites_by_number` says whether the document cites its list so at all (the numbers
cover much of it, as :func:`~bibcheck.readers.parennum.vancouver_numbers` asks).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.parennum import limit, vancouver_numbers
from bibcheck.readers.plaintext import numeric_citations

__all__ = ["cites_by_number", "number_citations", "printed_numbers"]

# a printed number: "1", "[1]", "1." (a label as the writer typed it)
_PRINTED = lazy_compile(r"^\s*\[?(?P<n>[1-9]\d{0,3})\]?\.?\s*$")
# what stands glued before a macro's or an attribute list's brackets, which are no citation
# ("kbd:[1]", "link:x.html[1]", "a[1]", "#[1]"), and what follows them ("[1][2]", "[1]_x_")
_MARKUP_BEFORE = lazy_compile(r"[\w:/\[\]#+`]$")
_MARKUP_AFTER = lazy_compile(r"^[\[(\w#]")


def printed_numbers(printed: Sequence[tuple[str, str | None]]) -> dict[str, str]:
    """``{number: key}`` for a list whose entries (``(key, printed label)``, in the list's
    order) are all numbered, each number once; empty for any other list."""
    found: dict[str, str] = {}
    for key, label in printed:
        m = _PRINTED.match(label or "")
        if m is None or m.group("n") in found:
            return {}
        found[str(int(m.group("n")))] = key
    return found


def number_citations(line: str) -> list[tuple[int, int, list[str]]]:
    """The ``[n]`` citations of ``line`` as ``(start, end, numbers)`` (``[4]–[6]`` is one
    citation of 4, 5 and 6: :func:`bibcheck.readers.plaintext.numeric_citations`), but
    for the brackets of AsciiDoc's markup."""
    return [
        (start, end, numbers)
        for start, end, numbers in numeric_citations(line)
        if not _MARKUP_BEFORE.search(line[:start]) and not _MARKUP_AFTER.match(line[end:])
    ]


def cites_by_number(lines: Iterable[str], numbers: Mapping[str, str]) -> bool:
    """Do ``lines`` (the body, code and the list blanked) cite the list whose printed
    ``numbers`` are given by ``[n]``: the numbers read cover much of it, first cited
    mostly in order (or nearly all of it)?"""
    if not numbers:
        return False
    size = max(map(int, numbers))
    cited = (
        found
        for line in lines
        for _, _, found in number_citations(line)
        if all(int(n) <= limit(size) for n in found)
    )
    return vancouver_numbers(cited, size)
