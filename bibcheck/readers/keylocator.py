"""A Pandoc author-in-text citation's locator: ``@key [204-228]``, no numeric citation.

Pandoc (and Quarto, R Markdown, Manubot) write a citation in running text as the bare key,
its locator in brackets after it: ``@middleton2005 [204-228]``, ``@smith04 [p. 33]``,
``@{doe:2020} [chap. 2]``.  The brackets hold page numbers of the work the key names; read
as a ``[n]`` citation they would be two unread numbers and a false coverage gap.  The
bracket belongs to the key when the key stands right before it, separated by at most one
space, and the ``@`` opens the key (not an e-mail address: ``ann@example.org [3]``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["key_locator"]

# a citation key as Pandoc reads it (letters, digits, "_", inner ":.#$%&-+?<>~/"), or braced;
# then at most one space before the bracket; the "@" not glued to a word (an address)
_KEY_BEFORE = lazy_compile(
    r"(?<![\w@.+-])@(?:\{[^{}\s]{1,200}\}|\w(?:[\w:.#$%&+?<>~/-]{0,200}\w)?)[ \t]?$"
)
_REACH = 220  # characters looked back for the key


def key_locator(text: str, bracket: int) -> bool:
    """Does the ``[`` at ``bracket`` open the locator of a citation key written right
    before it (``@key [12-14]``)?"""
    line_start = text.rfind("\n", 0, bracket) + 1
    start = max(line_start, bracket - _REACH)
    return _KEY_BEFORE.search(text[start:bracket]) is not None
