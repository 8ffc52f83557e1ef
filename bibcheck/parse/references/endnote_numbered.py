"""EndNote's "Numbered" output style typed into a list (no field codes left), the default
of many theses and lab reports::

    Broach, J. and J. Thorner, High-throughput screening for drug discovery. Nature,
        1996. 384(6604 Suppl): p. 14-6.
    Welling, M., et al., Auto-encoding variational Bayes. Journal of Stuff, 2019. 12(3):
        p. 1-9.
    Qu, X., A. Jain, and K. Persson, The electrolyte genome project. Comput. Mater. Sci.,
        2015. 103: p. 56-67.

The first person is family-first (``Broach, J.``), the others given-first (``J.
Thorner``) with ``and`` before the last, or ``et al.``; a comma, then the title to its
first full stop; then the journal, a comma, the year and a full stop, and the volume, the
issue in parentheses and ``p.`` before the pages.  The year after the journal and the
``: p.`` before the pages are what tell it from other comma-joined lists.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.patterns import INITIALS, SURNAME
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["parse"]

_FAMILY_FIRST = rf"{SURNAME}(?:\s{SURNAME}){{0,2}},\s{INITIALS}"
_GIVEN_FIRST = rf"{INITIALS}\s?{SURNAME}(?:\s{SURNAME}){{0,2}}"
_NAMES = lazy_compile(
    rf"^(?P<names>{_FAMILY_FIRST}"
    rf"(?:,\set\sal\.|(?:,\s{_GIVEN_FIRST}){{0,30}},?\s(?:and|&)\s{_GIVEN_FIRST})?),\s"
)
_PERSON = lazy_compile(rf"{_FAMILY_FIRST}|{_GIVEN_FIRST}")
# the title's end: the first full stop, question or exclamation mark before the journal
_TITLE_END = lazy_compile(r"(?<!\s[^\W\d_])[.?!]\s+(?=[^\W\d_])")
# "Nature, 1996. 384(6604 Suppl): p. 14-6.", "Comput. Mater. Sci., 2015. 103: p. 56-67."
_FACTS = lazy_compile(
    r"^(?P<journal>[^,]{2,200}?),\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\."
    r"(?:\s(?P<vol>[\w-]{1,10})?(?:\s?\((?P<iss>[^()]{1,30})\))?"
    r"(?::\s?(?:pp?\.\s?)?(?P<pages>[\w]+(?:\s?[–—-]\s?\w+)?))?)?\.?$"
)


def parse(body: str) -> Fields | None:
    """The fields of an EndNote "Numbered" journal entry, or None for another shape."""
    head = _NAMES.match(body)
    if head is None:
        return None
    after = body[head.end() :]
    end = _TITLE_END.search(after)
    if end is None:
        return None
    facts = _FACTS.match(after[end.end() :].strip())
    if facts is None or (facts.group("vol") is None and facts.group("pages") is None):
        return None
    names = head.group("names")
    people = tuple(m.group(0) for m in _PERSON.finditer(names))
    return Fields(
        "numbered",
        people,
        after[: end.start() + 1].rstrip(".").strip(),
        year_of(facts.group("year")),
        container=facts.group("journal").strip(),
        volume=facts.group("vol"),
        issue=facts.group("iss"),
        pages=facts.group("pages"),
        kind=RefKind.ARTICLE,
    )
