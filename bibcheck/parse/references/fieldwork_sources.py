"""An interview or a fieldnote the author holds, cited as a clause of a note by its genre,
place and date::

    … a community organiser (pseudonym "Marta") gave the fullest account; interview and
        fieldnotes, Rotterdam, 14 March 2022, notebook 3.
    Fieldnotes, Accra, 3 June 2019.
    … comme le dit une ancienne ouvrière ; entretien, Lyon, 3 mai 2021.
    Entrevista, Madrid, 12 de marzo de 2020.
    Intervista e note di campo, Belluno, 3 maggio 2019.
    Interview, Berlin, 3. Mai 2021.
    Wywiad, Łódź, 3 maja 2021.

No work is cited: the corpus conventions file an interview held by the author and the
author's fieldnotes as ``commentary``.  The clause opens the note or follows a semicolon, a
colon or a full stop, and is the genre (an interview, fieldnotes, or both), a place and a
day's date; an interview published somewhere (``Interview, *Journal* 12``) has no such place
and date right after the genre.  Only a note read as no kind, or with no title, is
relabelled (:mod:`.unpublished_kind` reads the notes that open ``Interview with …``).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["fieldwork_note", "fieldwork_source"]

_GENRE = (
    r"(?:(?:the\s)?author['’]s\s)?(?:interviews?|field\s?notes?|field\sdiary|fieldwork\sdiary"
    r"|entretiens?|notes\sde\sterrain|carnet\sde\sterrain|entrevistas?|notas\sde\scampo"
    r"|diario\sde\scampo|interviste|intervista|note\sdi\scampo|diario\sdi\scampo"
    r"|Interviews?|Feldnotizen|Feldtagebuch|Gespräch|wywiady?|notatki\sterenowe"
    r"|dziennik\sterenowy|interview|veldnotities|veldwerknotities)"
)
_AND = r"(?:and|et|y|e|und|i|en|&)"
_MONTH = r"[^\W\d_]{3,10}\.?"
# a day's date: "14 March 2022", "3 mai 2021", "12 de marzo de 2020", "3. Mai 2021",
# "March 14, 2022", "14.03.2022", "2022-03-14"
_DATE = (
    rf"(?:\d{{1,2}}\.?\s(?:de\s)?{_MONTH}\s(?:de\s)?\d{{4}}|{_MONTH}\s\d{{1,2}},\s\d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})"
)
_CLAUSE = lazy_compile(
    rf"(?:^|[;:.]\s)(?i:{_GENRE}(?:\s{_AND}\s{_GENRE})?),\s"
    rf"[^\W\d_][^\d,;()]{{1,40}},\s{_DATE}\b",
)
# the kinds a fieldwork note may have been read as
_RELABELLED = frozenset({RefKind.UNKNOWN})


def fieldwork_source(text: str) -> bool:
    """Does ``text`` cite an interview or fieldnotes by genre, place and date?"""
    return _CLAUSE.search(" ".join(text.split())) is not None


def fieldwork_note(ref: Reference, text: str) -> Reference:
    """``ref`` a ``commentary`` when ``text`` cites the author's interview or fieldnotes
    (see the module) and it was read as no kind or with no title; ``ref`` itself
    otherwise."""
    if ref.kind not in _RELABELLED and not (ref.kind is RefKind.BOOK and not ref.title):
        return ref
    if not fieldwork_source(text):
        return ref
    return dataclasses.replace(ref, kind=RefKind.COMMENTARY)
