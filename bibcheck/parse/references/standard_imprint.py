"""The body that issues a standard, named after its title as its publisher.

A standard cited by its designation first ends with who issued it and when, with or
without a place, as a book's imprint::

    IEEE Std 802.3-2018 (Revision of IEEE Std 802.3-2015). IEEE Standard for Ethernet.
        IEEE, 2018.
    ISO 9001:2015. Quality management systems — Requirements. Geneva: ISO, 2015.
    IEC 61508-1:2010. Functional safety … — Part 1: General requirements. IEC; 2010.

:func:`imprint_after` reads ``(place, publisher)`` from the text after the title: the last
sentence of the entry, a short name (``IEEE``, ``ISO``, ``British Standards Institution``,
``DIN Media``), a year and nothing else (pages or a URL after it are no imprint of this
shape; an entry that goes on is left to the other parsers).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["imprint_after"]

# "IEEE, 2018.", "Geneva: ISO, 2019.", "Piscataway, NJ: IEEE; 2018", "Berlin: Beuth, 2019."
_IMPRINT = lazy_compile(
    rf"^(?:(?P<place>[{U}][\w'’.-]+(?:\s[{U}][\w'’.-]+){{0,2}}(?:,\s[A-Z]{{2}})?)\s?:\s)?"
    rf"(?P<pub>[{U}][\w&'’./-]*(?:\s(?:[{U}][\w&'’./-]*|of|for|and|de|für|&)){{0,5}})"
    r"[,;]?\s(?:(?:19|20)\d\d-\d\d-\d\d|(?P<year>(?:19|20)\d\d))\.?$"
)


def imprint_after(rest: str, title: str) -> tuple[str | None, str] | None:
    """``(place, publisher)`` of the imprint that ends ``rest`` after its ``title``
    (module docstring), or None when what follows the title is not one."""
    at = rest.find(title)
    if at < 0 or not title:
        return None
    after = rest[at + len(title) :].lstrip(" .,;*_").strip()
    m = _IMPRINT.match(after)
    if m is None:
        return None
    place = m.group("place")
    return (place.strip() if place else None), m.group("pub").strip(" .")
