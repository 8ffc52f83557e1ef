"""A title in straight single quotes after the names, as plain text types British quotes.

British and Commonwealth humanities styles (MHRA, OUP, CUP) quote an article's or a
chapter's title in single quotes, and a plain-text copy types them straight::

    Ann Roe, 'Glosses and Glossators, 1100-1200', in Ben Lee (ed.), The Book (Place: Press, 2009)

Straight quotes are apostrophes too (``Chaucer's``), so the parsers read only curly ones as
marks.  :func:`curled` turns the pair into ``‘…’`` when its shape is plain: the names, then
``, '`` opening the title, and a closing quote right after a word and right before a comma
or full stop and a space; every other straight quote in between stands between two letters
(an apostrophe: ``Boethius's``, ``l'abbaye``).  Anything else is left as typed.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["curled"]

# the names before the title: no digits, quotes or brackets, at most 160 characters
_LEAD = lazy_compile(
    r"[^'‘’“”\"()\[\]\d,]{2,80}(?:,\s(?:and\s)?[^'‘’“”\"()\[\]\d,]{2,80}){0,5},\s'"
)
_CLOSE = lazy_compile(r"(?<=[^\W_]|[?!)])'(?=[,.]\s)")


def _apostrophe(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()


def curled(body: str) -> str:
    """``body`` with its straight-quoted title after the names in curly quotes (see the
    module), or ``body`` as it is."""
    lead = _LEAD.match(body)
    if lead is None:
        return body
    start = lead.end()
    close = _CLOSE.search(body, start)
    if close is None or close.start() - start < 2:
        return body
    inner = range(start, close.start())
    if any(body[i] == "'" and not _apostrophe(body, i) for i in inner):
        return body
    return f"{body[: start - 1]}‘{body[start : close.start()]}’{body[close.end() :]}"
