"""A heading's word inside running text, not a heading.

A table cell or a narrow column that ``pdftotext`` sets one word to a line may leave a word
that names a list (``sources``, ``literature``, ``références``) alone on its line, in the
middle of a sentence: the line before or after it goes on in lower case.  A heading is
capitalised in the scripts that have case (``References``, ``SOURCES``); a lower-case word
whose next line goes on in lower case is the text's, never a list's heading.  (A heading
in a script without case, or one typed in lower case over a list, is untouched: its next
line is an entry, which starts with a name.)
"""

from __future__ import annotations

__all__ = ["in_prose"]


def in_prose(line: str, following: str) -> bool:
    """Is ``line`` (a heading's word, as the list finder took it) running text: it starts
    with a lower-case letter and so does ``following``, the next line of text?"""
    text, nxt = line.strip(), following.strip()
    return bool(text) and text[0].islower() and bool(nxt) and nxt[0].islower()
