"""AsciiDoc inline markup in a bibliography entry, rendered before the entry is parsed.

An entry reads ``G. Doe. _A Title in Italics_. Report, *Acme*, 2020. `v1.2`.``: the
reference parsers read an italic title as Markdown writes it (``*Title*``), so AsciiDoc's
emphasis ``_x_`` / ``__x__`` becomes ``*x*``; strong ``*x*`` / ``**x**``, monospace
``\u0060x\u0060`` / ``\u0060\u0060x\u0060\u0060`` and highlight ``#x#`` are their text.
A marked span may run over the entry's lines (no blank line within).  Addresses are left
as written (``https://a.org/_x_/`` is no emphasis), and so is what is not closed.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["render_inline"]

_URL = lazy_compile(r"(?:https?|ftp)://\S+|<(?:https?|ftp)://[^\s<>]+>", re.IGNORECASE)

# Unconstrained pairs first ("__x__" anywhere), then constrained ones ("_x_" between
# non-word characters).  Each body excludes its own mark, so a scan from an opener stops
# at the next mark: linear on a long line.
_DOUBLE = lazy_compile(r"(__|\*\*|``|##)(?=\S)(?P<body>[^_*`#]+?)(?<=\S)\1")
_SINGLE = lazy_compile(
    r"(?<![\w_*`#\\])(?P<mark>[_*`#])(?=\S)(?P<body>(?:(?!(?P=mark))[^\n]|\n(?!\n))+?)"
    r"(?<=\S)(?P=mark)(?![\w_*`#])"
)


_ITALIC = "\ue010"  # stands for the "*" of an emphasis until every pair is rendered


def _span(m: re.Match[str]) -> str:
    body = m.group("body")
    return f"{_ITALIC}{body}{_ITALIC}" if m.group(1)[0] == "_" else body


def _render(text: str) -> str:
    text = _SINGLE.sub(_span, _DOUBLE.sub(_span, text.replace(_ITALIC, "")))
    return text.replace(_ITALIC, "*")


def render_inline(text: str) -> str:
    """``text`` (an entry, its lines joined by ``"\\n"``) with AsciiDoc's inline markup
    rendered: emphasis as ``*x*``, strong, monospace and highlight as their text; the
    number of lines is kept."""
    out: list[str] = []
    pos = 0
    for m in _URL.finditer(text):
        out += [_render(text[pos : m.start()]), m.group(0)]
        pos = m.end()
    out.append(_render(text[pos:]))
    return "".join(out)
