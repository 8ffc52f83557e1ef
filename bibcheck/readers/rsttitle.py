"""The title a reStructuredText document gives itself before its first section.

* A PEP (and any RFC-822 style header block that opens the file: ``PEP: 9``, ``Title:
  …``, ``Author: …``, continuation lines indented): its ``Title:`` field.
* A docutils field list or ``title`` directive before the first section title:
  ``:Title: …``, ``.. title:: …``.

None when the document names no title so: its first section title is the title then (an
over- and underlined first heading, as docutils promotes it).  Each line is matched once
by an anchored pattern (linear in the text).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["header_title"]

_HEADER_FIELD = lazy_compile(r"^(?P<name>[A-Za-z][\w-]{0,40}):(?:[ \t]++(?P<value>.*))?$")
_FIELD_TITLE = lazy_compile(r"^:[Tt]itle:[ \t]+(?P<value>\S.*)$")
_TITLE_DIRECTIVE = lazy_compile(r"^\.\.[ \t]+title::[ \t]+(?P<value>\S.*)$")
_ADORNMENT = lazy_compile(r"^([!-/:-@\[-`{-~])\1{2,}+\s*$")


def header_title(lines: Sequence[str]) -> str | None:
    """The document's title from its header block, field list or ``title`` directive."""
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    found = _rfc822_title(lines, start)
    if found:
        return found
    for i in range(start, len(lines)):
        line = lines[i]
        if _ADORNMENT.match(line.strip()) and i > start:
            return None  # the first section title: the preamble is over
        m = _FIELD_TITLE.match(line) or _TITLE_DIRECTIVE.match(line)
        if m:
            return _joined(m.group("value"), lines, i)
    return None


def _rfc822_title(lines: Sequence[str], start: int) -> str | None:
    """``Title:`` of a header block of at least two ``Name: value`` fields at the top."""
    fields = 0
    title = None
    i = start
    while i < len(lines) and lines[i].strip():
        m = _HEADER_FIELD.match(lines[i])
        if m is None:
            if lines[i][:1] in (" ", "\t") and fields:
                i += 1  # a value's continuation
                continue
            return None
        fields += 1
        if m.group("name").casefold() == "title" and title is None and m.group("value"):
            title = _joined(m.group("value"), lines, i) or None
        i += 1
    return title if fields >= 2 else None


def _joined(value: str, lines: Sequence[str], at: int) -> str:
    """A field's value with its indented continuation lines."""
    parts = [value.strip()]
    for line in lines[at + 1 :]:
        if not line[:1].isspace() or not line.strip():
            break
        parts.append(line.strip())
    return " ".join(parts)
