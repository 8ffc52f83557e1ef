"""Markdown's emphasis marks in a reference's text, read through.

The chemistry styles print the journal in italics, the year or the volume in bold: a
writer of a Markdown post types them as such (ACS ``*Science* **2012**, *338*, 643–647``,
RSC ``*J. Am. Chem. Soc.*, 2009, **131**, 6050``).  A style parser that reads the plain
shape reads the words of those spans, not their marks; a ``*`` or ``_`` inside a word
(``snake_case``) is no mark.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["unmarked"]

# "*Science*", "**2012**", "_J. Am. Chem. Soc._", "__338__": the span's words, its marks
# not (the span opens and closes with the same mark, at no letter or digit)
_MARKED = lazy_compile(r"(?<![\w*])(\*\*|\*|__|_)(?=[^\s*_])([^*_\n]+?)(?<=\S)\1(?![\w*])")


def unmarked(text: str) -> str:
    """``text`` without Markdown's emphasis marks (``*Science* **2012**, *338*`` ->
    ``Science 2012, 338``); ``text`` itself when it has none."""
    if "*" not in text and "_" not in text:
        return text
    return _MARKED.sub(r"\2", text)
