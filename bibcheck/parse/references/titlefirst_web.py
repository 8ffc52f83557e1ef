"""APA entries of online works without an author: the italic title in the author's place,
then the date (or ``n.d.``, ``s.f.``, ``o.J.``), perhaps the site's name, then the address::

    *Register of harbour lights*. (n.d.). Retrieved May 2, 2025, from https://…
    *Register of harbour lights*. (2021, May 3). Coastal Trust. https://…
    *Dictionary of fen dialects*. (2012–). https://…

An author is never italic, so the italic span is the title (:mod:`.titlefirst` reads the
printed books of this shape, with their imprint).  The entry gives a web address (no
DOI's): a web page or a database, ``web``; the sentence after the date is the site's name,
its publisher.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.shared import year_of

__all__ = ["reread"]

_SHAPE = lazy_compile(
    r"^(?:\*(?P<a>[^*]{2,300})\*|_(?P<b>[^_]{2,300})_)\.?\s"
    # (no date: "n.d.", Spanish "s.f.", French "s.d.", German "o.J.")
    r"\((?P<date>n\.\s?d\.|s\.\s?[fd]\.|o\.\s?J\."
    # (a year, a year and a letter, a range, a range left open: "2012–")
    r"|(?P<year>(?:1[5-9]|20)\d\d(?:[a-z]|\s?[–-]\s?(?:(?:1[5-9]|20)\d\d)?)?)"
    r"(?:,\s[^()]{1,30})?)\)\."
    r"(?:\s(?P<site>[^\s.*_][^.*_]{1,118}[^\s.*_])\.?)?$"
)


def reread(ref: Reference, rest: str, web: bool) -> Reference:
    """``ref`` read again when ``rest`` (the entry without its address and access date) is
    an online work's title first, its date, perhaps its site (see the module); ``web``: the
    entry gives a web address (no DOI's)."""
    if not web:
        return ref
    m = _SHAPE.match(" ".join(rest.split()))
    if m is None:
        return ref
    title = (m.group("a") or m.group("b") or "").strip(" .")
    if ref.title == title and not ref.authors:
        return ref
    year = year_of(m.group("year"))
    return replace(
        ref,
        authors=(),
        title=title,
        kind=RefKind.WEB,
        year=year.year,
        year_raw=year.raw,
        publisher=m.group("site") or ref.publisher,
    )
