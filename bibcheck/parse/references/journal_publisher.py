"""A Vancouver journal followed by its publisher, as reference managers export it::

    Title. Prog Nucl Magn Reson Spectrosc. Elsevier B.V.; 2013;72:1-20.
    Title. *Nutrients*. MDPI AG; 2020;12(3):801.

NLM writes ``Journal. 2013;72:1-20``; some managers put the journal's publisher between
the journal and the year, closed by a semicolon.  :func:`publisher_between` takes the
publisher out, so that the journal, the year, the volume and the pages are read as NLM's.
A book's imprint (``Place: Publisher; 2011.``) has a colon and no volume after its year
and is never one.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["publisher_between"]

# "<journal>. <publisher>; <year>[ Mon[ d]];<volume>": the publisher after the journal's
# last sentence stop, no colon in it (a place's), the year then the volume after ";"
_BETWEEN = lazy_compile(
    r"^(?P<journal>[*_]?[^\W\d_][^;:]{1,150}?[*_]?)\.\s"
    r"(?P<publisher>[^\W\d_][^.;:]*(?:\.[^\s.;:][^.;:]*)*\.?)\s?;\s?"
    r"(?P<tail>(?:1[5-9]|20)\d\d(?:\s[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?)?;\s?\d.*)$"
)


def publisher_between(text: str) -> tuple[str, str] | None:
    """``(text without its publisher, publisher)`` when ``text`` (what follows a Vancouver
    title) names the journal, then its publisher, then ``year;volume``; None otherwise."""
    m = _BETWEEN.match(text)
    if m is None:
        return None
    journal = m.group("journal").strip("*_ ")
    publisher = m.group("publisher").strip()
    if ". " in publisher or len(publisher) < 2:
        return None
    return f"{journal}. {m.group('tail')}", publisher
