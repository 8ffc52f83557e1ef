"""Code chunks as knitr ends them: R Markdown (``.Rmd``) and Quarto (``.qmd``) sources.

knitr, which renders these files before Pandoc sees them, opens a chunk at a fence of
three or more backticks with a ``{engine ...}`` header and closes it at the next line of
three or more backticks alone, whatever the opener's length: a chunk opened with four
backticks and closed with three ends there.  CommonMark would keep it open until a fence
at least as long as the opener -- in such a file, to the end, hiding every citation after
it.  :func:`knitr_fences` rewrites each chunk opener longer than three backticks to a
three-backtick one of the same length (the extra backticks become spaces), so every
reader and scanner that follows the CommonMark rule ends the chunk where knitr does.
A plain fence (```` ```` ```` with no ``{engine}`` header) is Pandoc's, not knitr's,
and keeps the CommonMark rule.  Lengths, lines and columns do not move.
"""

from __future__ import annotations

from pathlib import PurePath

from bibcheck.lazyre import lazy_compile

__all__ = ["KNITR_SUFFIXES", "is_knitted", "knitr_fences"]

KNITR_SUFFIXES = frozenset({".rmd", ".qmd", ".rmarkdown"})

# a knitr chunk opener: optional indent or blockquote marks, four or more backticks, a
# "{engine ...}" header alone on the line (knitr's markdown chunk.begin)
_OPENER = lazy_compile(
    r"^(?P<lead>[\t >]{0,8})(?P<ticks>`{4,})(?P<head>[ \t]*\{[A-Za-z][^\n]*\}[ \t]*)$"
)
_CLOSER = lazy_compile(r"^[\t >]{0,8}(?P<ticks>`{3,})[ \t]*$")
# any backtick fence that opens a block: a three-backtick chunk, a plain or info fence
_FENCE = lazy_compile(r"^[\t >]{0,8}(?P<ticks>`{3,})(?P<info>[^`\n]*)$")
_MAX_INDENT = 3  # a fence indented further is an indented code block's line in CommonMark


def is_knitted(path: str | PurePath) -> bool:
    """Is ``path`` a source knitr renders (R Markdown, Quarto)?"""
    return PurePath(path).suffix.lower() in KNITR_SUFFIXES


def _three_ticks(lead: str, ticks: str, head: str) -> str:
    """An opener of ``ticks`` backticks as a three-backtick one of the same length."""
    spare = len(ticks) - 3
    if len(lead) + spare <= _MAX_INDENT and "\t" not in lead and ">" not in lead:
        return lead + " " * spare + "```" + head  # columns of the header kept
    return lead + "```" + head + " " * spare


def knitr_fences(text: str) -> str:
    """``text`` with its long knitr chunk openers made three backticks long (same length,
    same lines).  Inside a chunk nothing opens (knitr ends it at the next fence line); a
    plain fence ends at a fence at least as long as its own (CommonMark, as Pandoc)."""
    if "````" not in text:
        return text
    lines = text.split("\n")
    closing = 0  # the open block's closing length: 3 in a knitr chunk, 0 outside any
    changed = False
    for k, line in enumerate(lines):
        if closing:
            m = _CLOSER.match(line)
            if m is not None and len(m.group("ticks")) >= closing:
                closing = 0
            continue
        if "`" not in line[:12]:
            continue
        m = _OPENER.match(line)
        if m is not None:
            lines[k] = _three_ticks(m.group("lead"), m.group("ticks"), m.group("head"))
            changed = True
            closing = 3
            continue
        fence = _FENCE.match(line)
        if fence is not None:
            chunk = fence.group("info").lstrip().startswith("{")
            closing = 3 if chunk else len(fence.group("ticks"))
    return "\n".join(lines) if changed else text
