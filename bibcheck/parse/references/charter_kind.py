"""A body's charter: a ``report``, no book.

International bodies of heritage conservation, planning and architecture issue charters under
their own names, and notes and lists cite them as they cite a book, the body first, the
title, the place and year of the meeting that adopted it::

    ICOMOS: Internationale Charta über … (Charta von Venedig), Venedig 1964.
    ICOMOS. International Charter for the Conservation … (The Venice Charter). Venice, 1964.
    CIAM: La Charte d'Athènes, Paris 1943.
    Australia ICOMOS: The Burra Charter, Burwood 2013.
    ICOMOS. The Kraków Document on Rebuilding. Paris: ICOMOS; 2003.
    ICOMOS. Déclaration de Xi'an sur la conservation du contexte … Paris: ICOMOS; 2005.

The corpus conventions (tests/corpus/README.md, kinds of sources that are not articles or
books) file standards, guidelines and such charters as a ``report``.  :func:`charter_kind`
does so when the one author is an organisation (:func:`.corporate.is_organisation`), the work
was read as a book or of no kind (no journal, no chapter of one) and its title is named a
charter, a declaration or a body's "document on" a matter: the genre's noun, perhaps after up
to three qualifying words, opens it (a person's "Charta öfver …" -- a map, in Swedish -- is not
a body's, nor is a survey's "Carta geológica …", a map in Portuguese, Spanish and Italian:
"Carta" is no charter's noun here).  A body whose name tells no organisation (``New Zealand
ICOMOS``) counts when it is its own publisher (:func:`.self_issued.issues_itself`).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.self_issued import issues_itself

__all__ = ["charter_kind"]

_CHARTER = lazy_compile(
    rf"^(?:(?:The|Die|La|Le|Der|El|A|O|Il)\s)?(?:[{U}][\w'’-]+\s){{0,3}}"
    r"(?:Charta|Charter|Charte|Declaration|Déclaration|Declaración|Declaração"
    r"|Dichiarazione|Deklaration|Erklärung|Document\s(?:on|of)|Dokument\s(?:zur|über))\b"
)


def charter_kind(ref: Reference) -> Reference:
    """``ref`` as a ``report`` when it is a body's charter (module doc)."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or ref.host or len(ref.authors) != 1:
        return ref
    if not ref.title or _CHARTER.match(ref.title) is None:
        return ref
    if not is_organisation(ref.authors[0]) and not issues_itself(ref.authors[0], ref.publisher):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
