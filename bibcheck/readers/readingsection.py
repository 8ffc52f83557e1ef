"""The further-reading sections of a document, found once for every reader that needs them.

A section is named a further-reading list by its heading's text (``Further reading``,
``Weiterführende Literatur``, ``Pour aller plus loin``:
:func:`bibcheck.readers.listscope.is_further_reading_heading`) and runs to the next heading
that closes it, or to the end.  The headings are given as the format writes them
(:class:`bibcheck.readers.listscope.SectionHead`, from
:func:`bibcheck.readers.sourceheads.source_heads`), or found in Markdown lines
(:func:`markdown_reading_sections`: ``## x`` or a line wholly in bold names a section; only
a ``## x`` heading closes one, a bold line inside a list being a part's name).  All lines are
numbered from 1.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import heading_key, heading_text
from bibcheck.readers.listscope import SectionHead, is_further_reading_heading
from bibcheck.readers.pdftext import entry_start

__all__ = [
    "ReadingSection",
    "markdown_reading_sections",
    "reading_sections",
    "section_rows",
    "works_listed",
]

_ITEMS = 6  # items looked at
# a list item's mark: "- ", "* ", "+ ", "1. ", "1) ", "[1] ", AsciiDoc's "** ", ". "
_MARK = lazy_compile(r"^\s*+(?:[-*+•.]{1,5}|\d{1,3}[.)]|\[\d{1,3}\])\s++")


@dataclass(frozen=True, slots=True)
class ReadingSection:
    """A further-reading section: its heading's line and text; ``body``: the lines under
    the heading up to the next heading that closes the section (or the end); ``first``,
    ``last``: its first and last lines with text (None when it has none)."""

    head: int
    text: str
    body: range
    first: int | None
    last: int | None


def section_rows(head: SectionHead, heads: Sequence[SectionHead], count: int) -> range:
    """The lines of the section under ``head``: up to the next of ``heads`` (a heading of
    any level: a sub-heading's list is its own section), or to line ``count``."""
    later = [h.line for h in heads if h.line > head.line]
    return range(head.line + 1, (min(later) if later else count + 1))


def reading_sections(
    lines: Sequence[str],
    heads: Sequence[SectionHead],
    closers: Sequence[SectionHead] | None = None,
    *,
    nested: bool = False,
) -> Iterator[ReadingSection]:
    """The further-reading sections of ``lines`` under ``heads``, in line order; each runs
    up to the next of ``closers`` (the headings that close a section; by default every
    one of ``heads``: :func:`section_rows`).  ``nested``: a section holds its
    sub-sections (``Further reading`` → ``Books``), closed by a heading of its level or
    above (or of unknown level, 0)."""
    ordered = sorted(heads, key=lambda h: h.line)
    every = ordered if closers is None else closers
    for head in ordered:
        if not is_further_reading_heading(head.text):
            continue
        stops = every
        if nested and head.level > 0:
            stops = [h for h in every if h.level <= head.level]
        body = section_rows(head, stops, len(lines))
        filled = [n for n in body if 0 < n <= len(lines) and lines[n - 1].strip()]
        yield ReadingSection(
            head.line,
            head.text,
            body,
            filled[0] if filled else None,
            filled[-1] if filled else None,
        )


def works_listed(lines: Sequence[str], rows: range) -> bool:
    """Do half the first items of ``rows`` (1-based lines; list items, or paragraphs) start
    as entries do (:func:`bibcheck.readers.pdftext.entry_start`)?  A section of links with
    a word each, or of prose, is no list of works."""
    starts: list[bool] = []
    blank = True
    for n in rows:
        if len(starts) >= _ITEMS:
            break
        if not 0 < n <= len(lines):
            continue
        text = lines[n - 1].strip()
        m = _MARK.match(text)
        if m is not None and text[m.end() :]:
            starts.append(entry_start(text[m.end() :].strip()))
        elif text and blank:
            starts.append(entry_start(text))
        blank = not text
    return bool(starts) and 2 * sum(starts) >= len(starts)


def markdown_reading_sections(lines: Sequence[str]) -> Iterator[ReadingSection]:
    """The further-reading sections of Markdown ``lines``: under a ``## x`` heading or a
    line wholly in bold (its text as :func:`heading_key` gives it), each up to the next
    ``## x`` heading (:func:`heading_text`)."""
    heads: list[SectionHead] = []
    closers: list[SectionHead] = []
    for i, line in enumerate(lines):
        key = heading_key(line)
        if key is None:
            continue
        heads.append(SectionHead(i + 1, 0, key))
        if heading_text(line) is not None:
            closers.append(heads[-1])
    return reading_sections(lines, heads, closers)
