"""Markdown that Pandoc's citeproc wrote: linked numbers and ``csl-entry`` reference divs.

A manuscript kept as Markdown after ``pandoc --citeproc -t gfm`` (or ``markdown_strict``,
``commonmark``) with a numeric superscript style (Nature, Science, AMA, Vancouver
superscript) cites as ``<sup>[1](#ref-Key),[2](#ref-Key2)</sup>`` (a range
``<sup>[3](#ref-A)–[5](#ref-C)</sup>``) and lists its references as raw HTML::

    <div id="refs" class="references csl-bib-body" line-spacing="2">

    <div id="ref-Key" class="csl-entry">

    <span class="csl-left-margin">1. </span><span class="csl-right-inline">Doe, J. ...</span>

    </div>
    ...
    </div>

:func:`rewrite` turns these into the forms the superscript reader reads, line for line
(line numbers stay): each superscript group into ``<sup>1,2</sup>``/``<sup>3–5</sup>``,
each entry into ``1. Doe, J. ...`` with its ``<div>`` lines blank, so one entry is one
reference and its number is the one its citations link to.  The bibliography div may stand
before the end (a Nature paper's Methods follow the references): :func:`bibliography_end`
says where the body goes on.

A file with several such bibliographies (a style gallery, a book's chapters concatenated,
each section with its own list numbered from 1) has them numbered as one list and each
section's citations numbered by its own list (:mod:`cslsections`); the lists' lines and
the anomalies of citations of another section's entries are in :class:`CslMarkdown`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly
from bibcheck.readers.csldivs import DIV_CLOSE, div_end
from bibcheck.readers.cslinline import inline_markdown
from bibcheck.readers.cslsections import scope

__all__ = ["CslMarkdown", "bibliography_end", "rewrite", "sup_group"]

# one linked number of a citation: "[12](#ref-Smith2020)" (Pandoc's anchors are ref-<key>)
_LINK = lazy_compile(r"\[(?P<n>\d{1,4})\]\(#ref-[^()\s]+\)")
_SEPARATOR = r"\s*(?:[,;–—-]|&#8211;|&ndash;)?\s*"
_GROUP = lazy_compile(
    rf"<sup>\s*(?P<body>{_LINK.pattern}(?:{_SEPARATOR}{_LINK.pattern})*)\s*</sup>".replace(
        "?P<n>", "?:"
    )
)
_BIB_OPEN = lazy_compile(r"^\s*<div\b[^<>]*\b(?:csl-bib-body|id=[\"']refs[\"'])[^<>]*>\s*$", re.I)
_ENTRY_OPEN = lazy_compile(r"^\s*<div\b[^<>]*\bclass=[\"'][^\"']*\bcsl-entry\b[^<>]*>\s*$", re.I)
_SPAN = lazy_compile(r"<span\b[^<>]*>|</span\s*>", re.I)
# (a span in Pandoc's HTML, a div in citeproc-js's: "<div class="csl-left-margin">[1]</div>")
_MARGIN = lazy_compile(
    r"<(?P<tag>span|div)\b[^<>]*\bclass=[\"']csl-left-margin[\"'][^<>]*>\s*(?P<label>[^<>]*?)\s*"
    r"</(?P=tag)\s*>",
    re.I,
)
_BRACKETED = lazy_compile(r"\[(\d{1,4})\]")
# HTML in an entry's text (Pandoc's is Markdown already)
_CITEPROC_JS_TEXT = lazy_compile(r"<(?:a|i|b|em|strong|sup|sub)\b|&#?\w{1,8};", re.I)
# the div citeproc-js puts the entry's text in: "<div class="csl-right-inline">…</div>"
_INLINE_DIV = lazy_compile(r"<div\b[^<>]*\bclass=[\"']csl-right-inline[\"'][^<>]*>|</div\s*>", re.I)


def sup_group(m: re.Match[str]) -> str:
    """``<sup>[1](#ref-a),[2](#ref-b)</sup>`` -> ``<sup>1,2</sup>`` (ranges kept)."""
    body = _LINK.sub(lambda link: link.group("n"), m.group("body"))
    body = re.sub(r"&#8211;|&ndash;", "–", body)
    return "<sup>" + re.sub(r"\s+", "", body) + "</sup>"


@dataclass(frozen=True, slots=True)
class CslMarkdown:
    """The rewritten lines, and where citeproc's bibliography div opened and closed
    (indices; None when there is none)."""

    lines: list[str]
    bibliography: tuple[int, int] | None
    # the bibliographies of a file with several, one per section (empty with one)
    sections: tuple[tuple[int, int], ...] = ()
    # citations of a section linking to another section's entry only
    anomalies: tuple[Anomaly, ...] = ()
    # how many entries the lists before each hold (its numbers as read: printed + offset)
    offsets: tuple[int, ...] = ()


def rewrite(lines: Sequence[str]) -> CslMarkdown:
    """``lines`` with citeproc's linked superscripts and entry divs rewritten (see above);
    the same lines where there are none."""
    out = [_GROUP.sub(sup_group, line) if "#ref-" in line else line for line in lines]
    spans = _bibliographies(out)
    if not spans:
        return CslMarkdown(out, None)
    if len(spans) > 1:  # one per section: numbered as one list, each section by its own
        found = scope(lines, out, spans, _entry_line)
        whole = (spans[0][0], spans[-1][1])
        return CslMarkdown(out, whole, tuple(spans), tuple(found.anomalies), tuple(found.offsets))
    start, end = spans[0]
    for i in range(start, end + 1):
        out[i] = _entry_line(out[i])
    return CslMarkdown(out, spans[0])


def bibliography_end(doc: CslMarkdown) -> int | None:
    """Index of the first line after the bibliography div, when body text follows it."""
    if doc.bibliography is None:
        return None
    after = doc.bibliography[1] + 1
    return after if any(line.strip() for line in doc.lines[after:]) else None


def _bibliographies(lines: list[str]) -> list[tuple[int, int]]:
    """Each bibliography div's first and last line: ``<div id="refs" ...>`` to its
    ``</div>`` (divs counted), holding ``csl-entry`` divs."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _BIB_OPEN.match(lines[i]):
            j = div_end(lines, i)
            if any(_ENTRY_OPEN.match(lines[k]) for k in range(i, j + 1)):
                found.append((i, j))
                i = j
        i += 1
    return found


def _entry_line(line: str) -> str:
    """A line of the bibliography div: its div tags gone (a blank line), its entry's
    ``<span class="csl-left-margin">1. </span>`` the list number, the other spans
    (``csl-right-inline``, ``nocase``) dropped, their text kept."""
    if _BIB_OPEN.match(line) or _ENTRY_OPEN.match(line) or not DIV_CLOSE.sub("", line).strip():
        return ""
    line = _MARGIN.sub(lambda m: _number(m.group("label")), line, count=1)
    line = _INLINE_DIV.sub("", _SPAN.sub("", line)).lstrip()
    # (citeproc-js's text is HTML: "<i>Title</i>", "<a href=…>", "&#38;")
    return inline_markdown(line) if _CITEPROC_JS_TEXT.search(line) else line


def _number(label: str) -> str:
    """A margin label as a list number: ``1.`` stays, ``1`` and ``[1]`` become ``1.``."""
    label = label.strip()
    bracketed = _BRACKETED.fullmatch(label)
    if bracketed is not None:
        return bracketed.group(1) + ". "
    return label + " " if not label.isdigit() else label + ". "
