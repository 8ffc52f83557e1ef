"""HTML character references left in a plain-text export (``Smith &amp; Jones, 2019``).

Some tools write a manuscript's text with its ampersands (and quotes, angle brackets)
still escaped as HTML writes them, though the file has no markup at all: every
"Smith & Jones" of its citations and its reference list reads ``Smith &amp; Jones``.
Read as typed, two-author citations match no entry and an author-date paper can look
as if it cited nothing.  :func:`unescaped_entities` gives the text as it was meant:
only when ``&amp;`` stands between words (the sign of an escaped export, which a typed
text never shows) are the character references turned into their characters.  Lines
are kept (a reference holds no newline), so line numbers stay those of the file.
"""

from __future__ import annotations

import html

from bibcheck.lazyre import lazy_compile

# "Smith &amp; Jones", "Smith, &amp; Jones": an escaped ampersand standing between words
_ESCAPED_AND = lazy_compile(r"(?<=[\w,.]) &amp; (?=\w)")
# the character references such an export writes (named, decimal, hexadecimal)
_REFERENCE = lazy_compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# markup: a text with tags is HTML or XML, read by its own reader, never unescaped here
_TAG = lazy_compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")


def unescaped_entities(text: str) -> str:
    """``text`` with its HTML character references as characters when it is a plain-text
    export written escaped (``&amp;`` between words, no tags); else ``text`` itself."""
    if "&amp;" not in text or _ESCAPED_AND.search(text) is None or _TAG.search(text):
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m[0]), text)
