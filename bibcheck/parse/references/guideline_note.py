"""A body's guidelines or standards cited in a note, the body's name before the title.

Humanities notes in many languages cite a body's publication as a person's book, the name,
the title in italics, then the publisher and the place with the year::

    Council for International Organizations of Medical Sciences (CIOMS), *International
        Ethical Guidelines for …*, CIOMS, Geneva 2016, guideline 11.
    Zentrale Ethikkommission, *Empfehlungen zur …*, Berlin 2019, S. 4.

An entry no parser gave a kind to, whose title names what a body issues (guidelines,
standards, recommendations, in the languages cited: :data:`_GENRE`) under
an organisation's name (:func:`bibcheck.parse.references.corporate.is_organisation`), is
that body's report (tests/corpus/README.md: a guideline of an agency or an NGO is `report`),
its author the body.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import body_head, guideline_words
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["guideline_note"]

# what a body issues, named in its title: guidelines, guidance, standards, recommendations,
# a code of practice (:data:`.guideline_words.ANYWHERE`, the words of every language cited)
_GENRE = lazy_compile(rf"\b(?:{guideline_words.ANYWHERE})\b", re.IGNORECASE)
# the body's name (:data:`.body_head.COMMA_NAME`), its abbreviation in brackets perhaps,
# and the comma before the title
_BODY_BEFORE = lazy_compile(rf"^(?P<org>{body_head.COMMA_NAME})(?:{body_head.ABBREVIATION})?,\s?$")


def guideline_note(ref: Reference) -> Reference:
    """``ref``, a kindless work titled by a body's genre under the body's name, as the
    body's report."""
    if ref.kind is not RefKind.UNKNOWN or not ref.title or _GENRE.search(ref.title) is None:
        return ref
    raw = " ".join(ref.raw.split())
    at = raw.find(ref.title)
    if at <= 0:
        return ref
    before = _BODY_BEFORE.match(raw[:at].rstrip('*_“„"« '))
    if before is None or not is_organisation(before["org"].strip()):
        return ref
    authors = ref.authors or (before["org"].strip(),)
    return dataclasses.replace(ref, kind=RefKind.REPORT, authors=authors)
