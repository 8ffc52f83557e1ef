"""Markdown reference lists whose entries carry an anchor the text links to by author and
year, in the Markdown forms (the HTML forms are :mod:`bibcheck.readers.mdhtml`'s):

* **Pandoc's fenced divs.**  ``pandoc --citeproc -t markdown`` with ``link-citations``
  writes each citation as an in-page link (``[Moreau 2001](#ref-moreau2001)``,
  ``([Lund 2010, 4](#ref-lund2010); …)``) and the list as fenced divs::

      ::: {#refs .references .csl-bib-body .hanging-indent}
      ::: {#ref-lund2010 .csl-entry}
      Lund, A. 2010. "Peat and Time." *Journal of Soils* 4: 1--9.
      :::
      :::

  (a numeric style puts the number in a ``[[1] ]{.csl-left-margin}`` span).
* **Entries opening with an empty anchor** under a literature heading:
  ``- <a id="ref-lund2010"></a>Lund, A. (2010). …``, ``<span id="lund"></span>Lund …``,
  linked to by author and year (``[Lund 2010](#ref-lund2010)``,
  ``<a href="#lund">[Lund 2010]</a>``).  A numbered list linked to by its numbers
  (``[[1]](#ref-1)``) is :mod:`bibcheck.readers.pagecites`'s and is left alone.

Each entry becomes a numbered item ``[n] text`` in its place (lines keep their numbers);
the functions return the entries' anchors with their numbers, and the caller writes each
in-page link to one of them as the cited words followed by ``[n]``.  A link to anything
else (a heading, a figure, a table) cites nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import LITERATURE_HEADINGS, heading_key, heading_text

__all__ = [
    "anchored_entries",
    "entry_number",
    "fenced_bibliographies",
    "fenced_divs",
    "literature_heading_above",
]

# ":::: {#refs .references .csl-bib-body}" / "::: {#ref-lund2010 .csl-entry}" / ":::"
_FENCE_OPEN = lazy_compile(r"^[ \t]{0,3}:{3,}[ \t]*+\{(?P<attrs>[^{}\n]{1,400})\}[ \t]*+$")
_FENCE_CLOSE = lazy_compile(r"^[ \t]{0,3}:{3,}[ \t]*+$")
_FENCE_ID = lazy_compile(r"(?:^|\s)#(?P<id>[^\s{}#]{1,200})")
# citeproc's spans: "[[1] ]{.csl-left-margin}[Lund, A. …]{.csl-right-inline}"
_CSL_SPAN = lazy_compile(r"\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*+\])*+)\]\{\.csl-[a-z-]{1,40}\}")
# a numeric style's number in its margin span, opening an entry: "[[1] ]{.csl-left-margin}"
_LEFT_MARGIN = lazy_compile(
    r"^[ \t]*+\[\\?\[?(?P<n>\d{1,4})\\?\]?\.?[ \t]*+\]\{\.csl-left-margin\}[ \t]*+"
)
# a line opening with an empty anchor, after an optional item mark, and the entry's own
# number after it ("[3]", "3.")
_ANCHORED = lazy_compile(
    r"^[ \t]{0,3}(?:[-*+][ \t]++|(?P<item>\d{1,4})[.)][ \t]++)?"
    r"<(?P<tag>a|span)\b[^<>\n]{0,200}?\b(?:id|name)[ \t]*+=[ \t]*+[\"']"
    r"(?P<id>[^\"'\s<>]{1,200})[\"'][^<>\n]{0,200}(?:/>|>[ \t]*+</(?P=tag)[ \t]*+>)[ \t]*+"
    r"(?:\\?\[(?P<bracket>\d{1,4})\\?\][ \t]*+)?(?P<rest>.*)$",
    re.I,
)
_NUMBERED_ID = lazy_compile(r"(?:^|_)(?:bib_?item|ref|cite)[_-]?(?P<n>\d{1,4})$", re.I)


def fenced_divs(
    out: list[str], before: int, span: tuple[int, int] | None = None, *, restart: bool = False
) -> dict[str, int]:
    """Rewrite the ``csl-entry`` fenced divs of ``out`` (of its lines ``span`` only, when
    given) in place as ``[n] text`` items (numbered after ``before`` entries already
    found); their ids -> numbers.  ``restart``: a list of several, one per section, each
    numbered from 1: numbered on after ``before``, whatever it prints."""
    numbers: dict[str, int] = {}
    n = before
    inside = False  # in an entry's div
    pending = ""
    current, fresh = "", False  # the id of the entry read, and whether it is its first
    lo, hi = span if span is not None else (0, len(out) - 1)
    for i in range(lo, hi + 1):
        line = out[i]
        opened = _FENCE_OPEN.match(line)
        if opened is not None:
            classes = opened.group("attrs").split()
            ident = _FENCE_ID.search(opened.group("attrs"))
            if ".csl-entry" in classes:
                n += 1
                label = entry_number(ident.group("id"), n) if ident and not restart else n
                current = ident.group("id") if ident is not None else ""
                fresh = bool(current) and current not in numbers  # (a repeated id: the first)
                if fresh:
                    numbers[current] = label
                inside, pending, out[i] = True, f"[{label}] ", ""
            elif ".csl-bib-body" in classes or ".references" in classes:
                out[i] = "" if literature_heading_above(out, i) else "## References"
            continue
        if _FENCE_CLOSE.match(line) is not None:
            if inside or numbers:
                out[i] = ""
            inside, pending = False, ""
            continue
        if inside and line.strip():
            printed = _LEFT_MARGIN.match(line) if pending else None
            if printed is not None:  # a numeric style's own number: the entry's label
                label = int(printed.group("n")) if not restart else int(pending[1:-2])
                if fresh:
                    numbers[current] = label
                pending, line = f"[{label}] ", line[printed.end() :]
            text = _CSL_SPAN.sub(lambda m: m.group("text"), line).strip()
            out[i] = pending + text if pending else "    " + text
            pending = ""
    return numbers


def fenced_bibliographies(lines: list[str]) -> list[tuple[int, int]]:
    """First and last line of each fenced bibliography div (``::: {#refs .references
    .csl-bib-body}`` to its own closing fence, nested divs counted)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        opened = _FENCE_OPEN.match(lines[i])
        classes = opened.group("attrs").split() if opened is not None else []
        if ".csl-bib-body" not in classes and ".references" not in classes:
            i += 1
            continue
        depth, j = 1, i + 1
        while j < len(lines) and depth:
            if _FENCE_OPEN.match(lines[j]):
                depth += 1
            elif _FENCE_CLOSE.match(lines[j]):
                depth -= 1
            j += 1
        spans.append((i, j - 1))
        i = j
    return spans


def anchored_entries(out: list[str], targets: Collection[str], before: int) -> dict[str, int]:
    """Rewrite in place the entries under a literature heading that open with an empty
    anchor some in-page link names by author and year (``targets``: the anchors such
    links name) as ``[n] text`` items; their ids -> numbers."""
    numbers: dict[str, int] = {}
    n = before
    in_list = False
    for i, line in enumerate(out):
        if heading_text(line) is not None:
            in_list = heading_key(line) in LITERATURE_HEADINGS
            continue
        if not in_list or "<" not in line:
            continue
        m = _ANCHORED.match(line)
        if m is None or m.group("id") not in targets or not m.group("rest").strip():
            continue
        n += 1
        own = m.group("item") or m.group("bracket")
        label = int(own) if own else entry_number(m.group("id"), n)
        numbers.setdefault(m.group("id"), label)
        out[i] = f"[{label}] {m.group('rest').strip()}"
    return numbers


def entry_number(ident: str, position: int) -> int:
    """The entry's number: an id that says it (``ref-3``, citeproc-el's
    ``citeproc_bib_item_3``); else its place."""
    m = _NUMBERED_ID.search(ident)
    return int(m.group("n")) if m else position


def literature_heading_above(lines: list[str], start: int) -> bool:
    """Is the nearest heading above line ``start``, with only blank lines between, a
    literature heading?"""
    for i in range(start - 1, -1, -1):
        if heading_text(lines[i]) is not None:
            return heading_key(lines[i]) in LITERATURE_HEADINGS
        if lines[i].strip():
            return False
    return False
