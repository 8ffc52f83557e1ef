"""APA entries of works without an author: the title moves to the author's place::

    *The household cookery book*. (1851). London: Groombridge.
    *Dictionnaire de cuisine*. (1839). À Paris.
    *Οδηγός μαγειρικής*. (1870). Εν Αθήναις.
    “Prices in the market.” (1905, July 14). *The Daily Courier*, p. 2.
    «Η αγορά των λαχανικών». (1910, 3 Μαΐου). *Ακρόπολις*, σ. 3.

Only a title the entry marks as one, italic (a book's) or in quotation marks (an article's),
is read so: a plain first sentence is an author, a person's or a body's ("World Health
Organization. (2020). *Title*."). An italic title followed by a place or a publisher is a
book (an old print names its place alone, in the words of its language: "À Paris", "Εν
Αθήναις", "In Venetia"); a quoted title followed by an italic periodical is an article in it.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["reread"]

_ITALIC = lazy_compile(
    r"^(?:\*(?P<a>[^*]{2,300})\*|_(?P<b>[^_]{2,300})_)\.?\s"
    r"\((?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?:,\s[^()]{1,30})?\)\.\s(?P<tail>\S.*)$"
)
_QUOTED = lazy_compile(
    r"^(?:“(?P<a>[^”]{2,300}?)[.,]?”|«(?P<b>[^»]{2,300}?)[.,]?»|\"(?P<c>[^\"]{2,300}?)[.,]?\")\.?\s"
    r"\((?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?:,\s[^()]{1,30})?\)\.\s"
    r"(?:\*(?P<host>[^*]{2,200})\*|_(?P<host2>[^_]{2,200})_)(?P<after>[,.].*)?$"
)
# a place, "Place: Publisher", or an old print's "in <city>" ("À Paris", "Εν Αθήναις")
_IMPRINT = lazy_compile(
    r"^(?:[^\W\d_][\w.'’ -]{1,40}(?:,\s[A-Z]{2})?:\s[^\W\d_][^:]{1,80}"
    r"|(?:Εν|À|A|In|Im|W|V|Во?|En)\s[^\W\d_][\w'’-]{2,30}"
    r"|[^\W\d_][\w'’-]{2,30})\.?(?:\s<?https?://\S+>?)?\s*$"
)


def reread(ref: Reference, rest: str) -> Reference:
    """``ref`` read again when ``rest`` puts a marked title first, before its date."""
    text = " ".join(rest.split())
    m = _ITALIC.match(text)
    if m is not None:
        title = (m.group("a") or m.group("b")).strip(" .")
        if _IMPRINT.match(m.group("tail")) is None:
            return ref  # (a report's number, a medium: left to the parsers)
        return replace(
            ref,
            authors=(),
            title=title,
            kind=RefKind.BOOK,
            host=None,
            year=int(m.group("year")),
            year_raw=m.group("year"),
        )
    q = _QUOTED.match(text)
    if q is None:
        return ref
    return replace(
        ref,
        authors=(),
        title=(q.group("a") or q.group("b") or q.group("c")).strip(" .,"),
        kind=RefKind.ARTICLE,
        host=(q.group("host") or q.group("host2")).strip(" ."),
        year=int(q.group("year")),
        year_raw=q.group("year"),
    )
