"""An act titled by its heading, then the place and date it was given: no author, no chapter.

A decree of the old states is cited by its heading in words, then where and when it was
signed, then the collection of laws that prints it: ``Real decreto che approva il
regolamento delle poste. Palermo, 4 marzo 1841. In: Collezione delle leggi …; 1841.``,
``Decreto que aprova o regulamento das minas. Lisboa, 31 de dezembro de 1852. In:
Colecção oficial da legislação portuguesa …``, ``Real orden sobre caminos de hierro.
Madrid, 31 de diciembre de 1844. En: Colección legislativa …``.  An NLM reading takes the
heading for an author and the place and date for the title (of a chapter).  When the title
read is a place and a date and the one "author" is the act's heading, the heading is the
title, there is no author, and the act is a report (the corpus files legislation so).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["placedated_act"]

# "Napoli, 19 giugno 1836", "Lisboa, 31 de dezembro de 1852", "Paris, le 4 mai 1848",
# "Madrid, 3 de enero de 1855", "Wien, am 4. März 1850", "London, 4 May 1850"
_PLACE_DATE = lazy_compile(
    r"^[^\W\d_][^\W\d_'’ -]{1,40},\s(?:(?:le|il|el|o|am)\s)?\d{1,2}(?:º|°|er|\.)?\s"
    r"(?:de\s)?[^\W\d_]{3,12}\.?\s(?:de\s)?\d{4}$"
)
# an act's heading: a decree, an order, a law, an edict (perhaps royal) in the languages of
# the old states' collections of laws
_ACT_HEAD = lazy_compile(
    r"^(?i:(?:real|regio|reale|royal|sovrano|sovrana|imperial|imperiale|k\.\s?k\.)\s)?"
    r"(?i:decreto|decree|décret|dekret|rescritto|orden|ordinanza|ordonnance|legge|ley|lei|loi"
    r"|alvará|carta\sde\slei|edict|editto|edicto|édit|proclama|patente|verordnung|gesetz)\b"
)
_LEAST_WORDS = 4  # a heading in words, not a name


def placedated_act(ref: Reference) -> Reference:
    """``ref`` titled by its heading when its title was read as the place and date it was
    given and its one author as the act's heading (see the module)."""
    if len(ref.authors) != 1 or not ref.title or not _PLACE_DATE.match(ref.title.strip(" .")):
        return ref
    head = ref.authors[0].strip(" .")
    if not _ACT_HEAD.match(head) or len(head.split()) < _LEAST_WORDS:
        return ref
    return dataclasses.replace(ref, authors=(), title=head, kind=RefKind.REPORT, host=None)
