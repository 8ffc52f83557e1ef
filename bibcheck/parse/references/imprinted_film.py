"""A film in a note with its director's credit and its imprint in parentheses (Chicago).

*The Chicago Manual of Style* (17th ed., 14.265) cites a film or a video in a note by its
title, its director's credit, the studio's place, name and year in parentheses, as a book's
imprint, and the medium last::

    *Night Train*, directed by Anna Weller (Berlin: Nordfilm, 1961), film.
    *The Harbour*, directed by Tom Reid (1958; London: Archive Video, 2004), DVD.
    *Le Port*, réalisé par Jeanne Morel (Paris : Films du Quai, 1955), film.
    *Il porto*, regia di Marco Sala (Roma: Lux Film, 1952).

The parsers read the credit as the title (``directed by Anna Weller``) and the studio as
a publisher.  The director is the film's author (as :mod:`.credited_film` reads the credit
after a comma) and the film a medium, ``web`` by the corpus conventions; the year is the
imprint's, the release cited (a reissue's original year before a semicolon is not, as a
reprint is dated by the edition cited: ``(1958; London: Archive Video, 2004)`` is 2004).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.credited_film import DIRECTOR_CREDIT, FILM_NAME, CreditedFilm

__all__ = ["imprinted_film"]

_YEAR = r"(?:18[89]|19\d|20\d)\d"
# the medium closing the note, in the languages of such notes
_MEDIUM = (
    r"(?:film|motion\spicture|feature\sfilm|documentary(?:\sfilm)?|DVD|Blu-ray(?:\sdisc)?"
    r"|videocassette|VHS|video|streaming\svideo|Spielfilm|Dokumentarfilm|documentaire"
    r"|película|documental|filme|documentario|elokuva|dokumentärfilm|dokumentarfilm)"
)
_IMPRINTED = lazy_compile(
    rf"^(?P<title>[^,]{{2,200}}?),\s{DIRECTOR_CREDIT}\s(?P<name>{FILM_NAME})\s"
    rf"\((?:(?P<first>{_YEAR});\s)?(?:(?P<place>[^():;,]{{2,60}}?)\s?:\s)?"
    rf"(?P<studio>[^():;]{{2,80}}?),\s(?P<year>{_YEAR})\)"
    # (the medium, then a pinpoint of time: "…), DVD, 00:12:40.")
    rf"(?:,\s(?i:{_MEDIUM})(?:,\s[\d:.–-]{{2,20}})?)?\.?$"
)


def imprinted_film(text: str) -> CreditedFilm | None:
    """The film ``text`` cites with its director's credit and its imprint in parentheses
    (see the module), or None.

    >>> film = imprinted_film("*Night Train*, directed by Anna Weller (Berlin: Nord, 1961).")
    >>> (film.title, film.director, film.year, film.studio, film.place)
    ('Night Train', 'Anna Weller', 1961, 'Nord', 'Berlin')
    """
    flat = " ".join(text.split())
    found = _IMPRINTED.match(flat)
    if found is None:
        return None
    title = found.group("title").strip(" *_")
    if not title:
        return None
    year = int(found.group("year"))
    place = found.group("place")
    return CreditedFilm(
        title,
        found.group("name"),
        year,
        found.group("studio").strip(),
        place.strip() if place else None,
    )
