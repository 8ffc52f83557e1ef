"""Attribute blocks in a reference's text: never words of the work.

Pandoc writes a link's, a span's or a code span's attributes in braces right after it:
``[the survey](https://example.org/s){target="_blank"}``, ``[Orr]{.smallcaps}``,
``[text](url){.external #ref-1 rel=noopener}``; kramdown writes them ``{:target="_blank"}``
(``{: .class}``).  They say how the page shows the link, not what the work is: a quoted
value (``"_blank"``) is no title.  A block is blanked (same length, line breaks kept) when
it follows ``)``, ``]`` or a backtick with no space and holds only attributes (``#id``,
``.class``, ``key=value``, ``key="value"``, ``-``), so braces around words ("{Fen} Mills")
stay text.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["without_attributes"]

# (each token starts with its own character -- "#", ".", "-" or a letter before "=" -- and
# every repetition is possessive: linear time on any text)
_ATTRIBUTES = lazy_compile(
    r"(?<=[)\]`])\{:?[ \t]*+"
    r"(?:(?:[#.][\w:-]++|-|[A-Za-z_][\w.:-]*+=(?:\"[^\"\n]*+\"|'[^'\n]*+'|[^\s\"'{}]++))[ \t]*+)++"
    r"\}"
)


def without_attributes(text: str) -> str:
    """``text`` with every attribute block after a link, span or code span blanked."""
    if "{" not in text:
        return text
    return _ATTRIBUTES.sub(lambda m: " " * len(m.group(0)), text)
