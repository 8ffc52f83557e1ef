"""A guideline an organisation issues under its own name: its ``report``.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles
or books) file a government's, an agency's or an NGO's publication whose title calls it a
guideline as a ``report``.  A public body's is read so already (:mod:`.publicpublisher`,
:func:`.reportkind.agency_document`); so is one whose publisher is such a body.  A
professional society's or an advisory panel's clinical guideline, written under the bodies'
names and printed by them, is not: the bodies are no public ones, and their publisher is
often their initials::

    European Pressure Ulcer Advisory Panel, National Pressure Injury Advisory Panel, Pan
    Pacific Pressure Injury Alliance. Prevention and treatment of pressure ulcers/injuries:
    clinical practice guideline. The international guideline. 3rd ed. EPUAP/NPIAP/PPPIA; 2019.

Such a work is a report when

* every author is an organisation (:func:`.corporate.is_organisation`), none a person;
* it was read as a book or of no kind, with no journal, volume or issue, no ISBN and no
  press's imprint as its publisher;
* a part of its title -- the title, or a part after ``: ``, ``. `` or a dash -- is the
  genre's name: words qualifying it, then the genre's noun closing the part (``clinical
  practice guideline``, ``The international guideline``, ``S3-Leitlinie``, ``Nationale
  VersorgungsLeitlinie``, ``Recomendações``).  A
  title that only opens with the word (``Dengue: Guidelines for Diagnosis, Treatment …``,
  ``Guideline for the treatment of …``) is what its publisher makes it (a public body's
  report, or a book), as before.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["guideline_designation", "issued_guideline"]

# the genre's noun closing a part of the title, in the languages guidelines are cited in:
# English, German ("Leitlinie", "S3-Leitlinie", "VersorgungsLeitlinie", "Richtlinie"),
# French ("recommandations", "lignes directrices"), Spanish ("guía de práctica clínica",
# "recomendaciones"), Portuguese ("diretrizes", "recomendações"), Italian ("linee guida")
_GENRE = lazy_compile(
    r"(?:^|[\s-])(?:(?:clinical\s)?(?:practice\s)?guidelines?|\w*leitlinien?|richtlinien?"
    r"|recommandations|lignes\sdirectrices|gu[íi]a\sde\spr[áa]ctica\scl[íi]nica|recomendaciones"
    r"|diretrizes|recomenda[çc][õo]es|linee\sguida)$",
    re.IGNORECASE,
)
# words that make the part a phrase about something, no designation ("Guidelines for …",
# "… on the management of …", "Evaluation of guidelines")
_PREPOSITION = lazy_compile(
    r"(?<!\w)(?:for|of|on|to|in|with|about|from|by|für|zur|zum|der|des|von|pour|de|du|sur"
    r"|para|sobre|da|do|per|di|della|del)(?!\w)",
    re.IGNORECASE,
)
# where a title's parts meet: a colon, a full stop, a dash between spaces
_PARTS = lazy_compile(r":\s|\.\s|\s[–—-]\s")
_ISBN = lazy_compile(r"\bISBN\b")


def guideline_designation(title: str | None) -> bool:
    """Is a part of ``title`` the name of the genre -- at most four words qualifying it,
    then "guideline(s)", "Leitlinie", "recommandations" … (see the module)?"""
    if not title:
        return False
    for part in _PARTS.split(" ".join(title.split())):
        part = part.strip(" .,;*_")
        words = part.split()
        if not words or len(words) > 5:
            continue
        if _PREPOSITION.search(part) is None and _GENRE.search(part) is not None:
            return True
    return False


def issued_guideline(ref: Reference) -> Reference:
    """``ref`` a ``report`` when it is a guideline organisations issue (see the module)."""
    if (
        ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN)
        or ref.host
        or ref.volume
        or ref.issue
        or not ref.authors
        or not all(is_organisation(name) for name in ref.authors)
        or _ISBN.search(ref.raw) is not None
        or (ref.publisher and has_publisher_word(ref.publisher))
        or not guideline_designation(ref.title)
    ):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
