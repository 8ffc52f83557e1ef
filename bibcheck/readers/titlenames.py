"""The name an author-date text cites a title-first entry of its list by.

An entry with no author opens with its title (ISO 690 and the national styles after it,
APA's work with no author); the text cites it by the title's main part, before the
subtitle, with the year::

    Bryndzové halušky : tradičné jedlo Liptova. 2019. [online]. …
        -> "(Bryndzové halušky, 2019)"
    Strategie rozvoje venkova: období 2021–2027. 2021. Praha : MZe. …
        -> "(Strategie rozvoje venkova, 2021)"

:func:`title_names` gives that part (two to six words, the first capitalised, no initials,
commas or digits: a person's names "Berg, A.: Title" or "Berg A: Title" are no title) for
the index of :mod:`bibcheck.readers.authoryear`, which reads a mention of it with a year as
it reads a body's name.  A title with no subtitle that ends at its full stop is already
read as a body's name there (:func:`~bibcheck.readers.authoryear.corporate_name`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["title_names"]

# the title's main part, up to the colon before its subtitle (spaced, as ISO 690 sets it,
# or not): two to six words of letters (an apostrophe or a hyphen inside), the first
# capitalised, none a single letter (an initial)
_MAIN = lazy_compile(
    rf"(?P<main>[{U}][^\W\d_]{{1,30}}+"
    r"(?:['’-][^\W\d_]{1,30}+)?"
    r"(?:[ \t]+[^\W\d_]{2,30}+(?:['’-][^\W\d_]{1,30}+)?){1,5}+)[ \t]?:[ \t]"
)


def title_names(head: str) -> set[str]:
    """The main part of the title that opens an entry's ``head`` (its text before the
    year): ``{"Bryndzové halušky"}`` for ``Bryndzové halušky : tradičné jedlo Liptova.``;
    none for a head that opens with a person's names or with no title and subtitle."""
    m = _MAIN.match(head.strip())
    return {" ".join(m["main"].split())} if m else set()
