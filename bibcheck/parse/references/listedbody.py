"""A note that sends the reader to a body's web page or data portal, when the list holds
that body's work.

A list of literature names a statistical office, a ministry or an agency by its
publication (``Generalitat de Catalunya (2019). Enquesta … Barcelona: Direcció General de
Política Lingüística.``, ``Eurostat (2023). Title.``); a note then points to the same body's
online series or database (``The series can be consulted on the data portal of the
Direcció General de Política Lingüística: <URL>``, ``Eurostat, "…" dataset, accessed …``).
The portal is the body's, whose work the list holds: no entry is missing.  Only a web
resource no person signs is so accounted for, and only by a body's entry (no person's
name, inverted or with initials, among its authors), named whole in the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.patterns import U

__all__ = ["body_names", "names_listed_body"]

# a person's name as a list writes it: inverted ("Woolard, Kathryn A."), or with an initial
# ("K. A. Woolard", "Woolard K.")
_PERSON = lazy_compile(rf",|(?:^|\s)[{U}]\.")
# a body's name worth matching: two words, or one of four letters at least ("Eurostat")
_NAME = lazy_compile(r"\S+(?:\s\S+)+|[^\W\d_]{4,}")


def _body_entry(ref: Reference) -> bool:
    return bool(ref.authors) and not any(_PERSON.search(a) for a in ref.authors)


def body_names(entries: Iterable[Reference]) -> frozenset[str]:
    """The authors and publishers of the list's entries that a body, not a person, signs."""
    names: set[str] = set()
    for ref in entries:
        if not _body_entry(ref):
            continue
        for name in (*ref.authors, ref.publisher or ""):
            flat = " ".join(name.split()).strip(" .,;:")
            if _NAME.fullmatch(flat):
                names.add(flat.casefold())
    return frozenset(names)


def names_listed_body(note: Reference, names: frozenset[str]) -> bool:
    """Does ``note`` cite a web resource no person signs whose text names one of the bodies
    ``names`` (:func:`body_names`) as a whole word run?"""
    if note.kind is not RefKind.WEB or not names or any(_PERSON.search(a) for a in note.authors):
        return False
    text = " ".join(note.raw.split()).casefold()
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)
