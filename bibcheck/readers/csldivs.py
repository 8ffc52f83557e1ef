"""The ``<div>`` elements citeproc writes into Markdown: where a bibliography div
(``<div id="refs" class="references csl-bib-body">``) opens and closes.

Pandoc's citeproc (``-t gfm``, ``markdown_strict``), citeproc-el (ox-hugo), Hugo and
Jekyll keep the bibliography as raw HTML in the Markdown: a ``csl-bib-body`` div holding
one ``csl-entry`` div per entry.  Both readers of such Markdown (:mod:`cslmarkdown`, the
superscript form, and :mod:`mdhtml`, the linked and unlinked author-date forms) find the
div here, its end by counting the divs opened and closed after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import Regex, lazy_compile

__all__ = ["DIV_CLOSE", "div_end", "div_spans"]

_DIV_OPEN = lazy_compile(r"<div\b", re.I)
DIV_CLOSE = lazy_compile(r"</div\s*>", re.I)


def div_end(lines: Sequence[str], start: int, column: int = 0) -> int:
    """Index of the line where the div that opens on line ``start`` at ``column`` closes
    (divs counted); the last line when it never closes."""
    depth = 0
    j = start
    for j in range(start, len(lines)):
        text = lines[j][column:] if j == start else lines[j]
        depth += len(_DIV_OPEN.findall(text)) - len(DIV_CLOSE.findall(text))
        if depth <= 0:
            break
    return j


def div_spans(lines: Sequence[str], opening: Regex) -> list[tuple[int, int]]:
    """First and last line of each div ``opening`` finds (searched anywhere in a line:
    after a ``<style>`` element, say), one after another (a div inside one is its own)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        m = opening.search(lines[i])
        if m is None:
            i += 1
            continue
        j = div_end(lines, i, m.start())
        spans.append((i, j))
        i = j + 1
    return spans
