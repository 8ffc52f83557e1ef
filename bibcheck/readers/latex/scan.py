"""Small scanners over LaTeX source text: brace groups, bracket options, blank lines.

All are linear in what they scan and bounded where a stray character could make
them scan to the end of the document again and again (an option ``[`` that is
never closed is looked for over at most :data:`OPTION_LIMIT` characters).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left

from bibcheck.lazyre import lazy_compile

OPTION_LIMIT = 1000  # an optional argument longer than this is not one
BLANK_LINE = lazy_compile(r"\n[ \t]*\n")
_BRACE = lazy_compile(r"\\.|[{}]", re.S)
_BRACKET_TOKEN = lazy_compile(r"\\.|[{}\]]|\n[ \t]*\n", re.S)
_NESTED_TOKEN = lazy_compile(r"\\.|[{}\[\]]|\n[ \t]*\n", re.S)
_ARGUMENT_NEXT = lazy_compile(r"[ \t]*\n?[ \t]*\{")


class BraceIndex:
    """Where each ``{`` of a text is closed, found in one pass (escaped braces skipped).

    Looking up a group is then a binary search, so reading the arguments of nested
    commands never scans the same text twice.
    """

    __slots__ = ("_closes", "_opens")

    def __init__(self, text: str) -> None:
        opens = array("q")
        closes = array("q")
        stack: list[int] = []
        for m in _BRACE.finditer(text):
            ch = m.group(0)
            if ch == "{":
                stack.append(len(opens))
                opens.append(m.start())
                closes.append(-1)
            elif ch == "}" and stack:
                closes[stack.pop()] = m.end()
        self._opens = opens
        self._closes = closes

    def end(self, start: int, limit: int) -> int | None:
        """Index after the ``}`` closing the ``{`` at ``start`` (before ``limit``), or None."""
        k = bisect_left(self._opens, start)
        if k >= len(self._opens) or self._opens[k] != start:
            return None
        close = self._closes[k]
        return close if 0 <= close <= limit else None


def bracket_end(text: str, start: int, limit: int) -> int | None:
    """Index after the ``]`` closing the ``[`` at ``start`` (a ``]`` inside braces does not
    close it); None when it is not closed within :data:`OPTION_LIMIT` characters."""
    depth = 0
    stop = min(limit, start + OPTION_LIMIT)
    for m in _BRACKET_TOKEN.finditer(text, start + 1, stop):
        token = m.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(0, depth - 1)
        elif token == "]":
            if depth == 0:
                return m.end()
        elif token[0] == "\n":
            return None  # an option never runs over a paragraph break
    return None


def nested_bracket_end(text: str, start: int, limit: int) -> int | None:
    """Index after the ``]`` that balances the ``[`` at ``start``, counting the brackets
    that are not in braces (``[Fei(1992 [1947])]``), when LaTeX's own reading
    (:func:`bracket_end`: the first ``]``) leaves no ``{`` argument after the option
    but the balanced one does; None otherwise (LaTeX's reading stands, or neither
    closes).  A writer means the whole, though LaTeX closes the option early."""
    first = bracket_end(text, start, limit)
    if first is not None and _ARGUMENT_NEXT.match(text, first, limit):
        return None
    depth = 0
    braces = 0
    stop = min(limit, start + OPTION_LIMIT)
    for m in _NESTED_TOKEN.finditer(text, start, stop):
        token = m.group(0)
        if token == "{":
            braces += 1
        elif token == "}":
            braces = max(0, braces - 1)
        elif token[0] == "\n":
            return None
        elif braces == 0 and token == "[":
            depth += 1
        elif braces == 0 and token == "]":
            depth -= 1
            if depth == 0:
                end = m.end()
                return end if end != first and _ARGUMENT_NEXT.match(text, end, limit) else None
    return None


def skip_space(text: str, pos: int, limit: int) -> int:
    """Position of the next character that is not a space, tab or single newline."""
    while pos < limit and text[pos] in " \t\n":
        if text[pos] == "\n" and BLANK_LINE.match(text, pos):
            return pos
        pos += 1
    return pos
