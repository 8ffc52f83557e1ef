"""The number citeproc prints in an entry's left margin.

A numeric style's entry carries its printed number in a ``csl-left-margin`` element before
the text: Pandoc's citeproc writes a span (``<span class="csl-left-margin">1. </span>``),
citeproc-js (Zotero's HTML bibliography, the style previews and pages built on it) a div
(``<div class="csl-left-margin">[1]</div><div class="csl-right-inline">Text</div>``).
:func:`margin_number` gives that number and the entry's HTML after the element, so that a
reader that numbers the entries itself prints the number once.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["margin_number"]

_MARGIN = lazy_compile(
    r"^\s*+<(?P<tag>span|div)\b[^<>]*\bclass=[\"'][^\"'<>]*\bcsl-left-margin\b[^<>]*>"
    r"\s*+[\[(]?(?P<n>\d{1,4})[\])]?\.?\s*+</(?P=tag)\s*>",
    re.I,
)


def margin_number(html: str) -> tuple[int, str] | None:
    """The number in the ``csl-left-margin`` element that opens ``html`` and the HTML
    after it, or None when no such element opens it (an author-date entry)."""
    m = _MARGIN.match(html)
    if m is None:
        return None
    return int(m.group("n")), html[m.end() :]
