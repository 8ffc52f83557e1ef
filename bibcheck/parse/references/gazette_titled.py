"""A work whose title was read as the official journal it is printed in: the title is
what stands before the journal.

A note may cite a treaty, an agreement or a regulation by its title, then the journal
that printed it (set in italics as a journal's name is) with its series, issue and date::

    Partnership Agreement between the EU and the Island States, *Official Journal of the
    European Union* L 77 (3 March 2015), 5–90.
    Ooreenkoms oor Handel tussen die EU en die Eilandstate, *Amptelike Tydskrif van die
    Europese Unie* L 77 (3 Maart 2015), 5–90.

A note parser takes the italics for the title and the words before them for an author (or
for nothing).  When the title read is an official journal's name alone
(:data:`.legal_words.NAMED_GAZETTES`) and words stand before it, those words are the title,
no author's, and the work is a ``report`` (the corpus files legislation and treaties so).
(The same when the title read runs on from the journal's name into its issue's series,
number and date: "Official Journal of the European Union L 77, 3.3.2015, p. 5".)  A title
that only names a journal among its words ("The *Official Journal* and its
readers") is left as read.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_words import NAMED_GAZETTES

__all__ = ["gazette_titled"]

# a title that is an official journal's name and nothing else, or its name with the
# issue's series, number, date and pages after it ("… L 250, 16.9.2016, p. 3–20")
_GAZETTE_ONLY = lazy_compile(rf"(?:{NAMED_GAZETTES})(?:,?\s\(?(?:[A-Z]{{1,2}}\s)?\d.{{0,80}})?")
# the marks between the work's title and the journal's name
_TRIM = " \t,;.:*_“”\"'‘’"


def gazette_titled(ref: Reference) -> Reference:
    """``ref`` with the words before the official journal it was titled as for its title
    (see the module); as it is otherwise."""
    title = (ref.title or "").strip(_TRIM)
    gazette = _GAZETTE_ONLY.fullmatch(title) if title else None
    if gazette is None:
        return ref
    flat = " ".join(ref.raw.split())
    at = flat.find(title[:30])
    if at <= 0:
        return ref
    before = flat[:at].strip(_TRIM)
    # (a title of a few words at least, not an author's initials or a lead-in's word)
    if len(before.split()) < 3:
        return ref
    named = ", ".join(ref.authors)
    if ref.authors and named.strip(_TRIM) != before:
        return ref
    return dataclasses.replace(ref, title=before, authors=(), kind=RefKind.REPORT)
