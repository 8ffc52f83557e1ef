"""Citation-manager placeholders shown in a Markdown source's code, for the plain-text reader.

A Markdown file the plain-text reader reads (no Markdown citations, a typed list) may show
a placeholder in its code -- a fenced block, an indented block, a code span (``x =
{Smith, 2001 #12}``) -- or hide one in an HTML comment.  To the Markdown readers that is
code, no citation (:func:`bibcheck.readers.mask.mask`,
:func:`bibcheck.readers.mdcode.blank_indented_code`); :func:`code_placeholders_blanked`
makes it none for the plain-text reader too: each placeholder there blanked (same length,
same lines), every other character as written.
"""

from __future__ import annotations

from bibcheck.parse.cmplaceholders import placeholders
from bibcheck.readers.mask import mask
from bibcheck.readers.mdcode import blank_indented_code

__all__ = ["code_placeholders_blanked"]


def code_placeholders_blanked(text: str) -> str:
    """``text`` (a Markdown source) with the placeholders of its code and comments blanked."""
    if "#" not in text and "|" not in text and ":" not in text:
        return text  # (no placeholder's shape: every one has a "#", "|" or ":")
    shown = blank_indented_code(mask(text, latex=False), text).split("\n")
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if k >= len(shown) or shown[k] == line:
            continue
        written = {cite.braces for cite in placeholders(line)}
        if not written:
            continue
        kept = {cite.braces for cite in placeholders(shown[k])}
        for start, end in sorted(written - kept):
            line = line[:start] + " " * (end - start) + line[end:]
        changed = changed or line != lines[k]
        lines[k] = line
    return "\n".join(lines) if changed else text
