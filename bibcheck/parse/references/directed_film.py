"""A film listed under its title with its director: ``Title. Directed by …, Studio, Year.``

MLA 9 (and the styles that follow it in other languages) lists a film under its title when
the film itself is the subject, its director in the sentence after the title and the
distributor or studio and the year last::

    Medea. Directed by Pier Paolo Pasolini, San Marco, 1969.
    Le Mépris. Réalisé par Jean-Luc Godard, Rome Paris Films, 1963.
    Der Himmel über Berlin. Regie: Wim Wenders, Road Movies, 1987.
    La strada. Regia di Federico Fellini, Ponti-De Laurentiis, 1954.
    Roma. Dirigida por Alfonso Cuarón, Espectáculos Fílmicos El Coyote, 2018.

A film is a medium (``web``, as the corpus conventions file films and videos), not the book
a title, a name and a year look like.  A stage production names a performance's full date
(``National Theatre, London, 21 July 2014``) and stays as read.

The credit may also close its own sentence, the studio and year in the next one::

    Cléo de 5 à 7. Réalisé par Agnès Varda. Ciné-Tamaris, 1962.
    Rejs. Reżyseria: Marek Piwowarski. Zespół Filmowy Tor, 1970.
    Ostře sledované vlaky. Režie: Jiří Menzel. Filmové studio Barrandov, 1966.

There the reading by sentences takes the credit for part of the title (or a place and a
publisher), so the entry is read again whole: its title, the director as its author (as
:mod:`.credited_film` reads the credit after a comma), the studio (and its place) and the
year.  The director is the film's author in MLA's comma form too (``Medea. Directed by Pier
Paolo Pasolini, San Marco, 1969.``: Pasolini, the studio San Marco), and with MLA 8's
``Dir.`` (``Stalker. Dir. Andrei Tarkovsky, Mosfilm, 1979.``) or no studio (``Stalker.
Directed by Andrei Tarkovsky, 1979.``).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.patterns import U

__all__ = ["directed_film"]

# the words that credit a film's director (English, French, German, Italian, Spanish,
# Dutch, Polish, Czech and Slovak)
_CREDIT = (
    r"(?:Directed\s+by|Réalisé\s+par|Réalisation\s*:|Realisiert\s+von|Regie:?|Regia\s+di"
    r"|Regia:|Dirigid[ao]\s+por|Regie\s+van|Regisseur:?|Reżyseria:?|Režie:?|Réžia:?|Dir\.)"
)
_DIRECTED = lazy_compile(
    rf"[.?!]\s+{_CREDIT}\s+(?=[{U}])[^.]+?"
    # the studio or distributor, then the year alone (no day and month: a performance)
    r",\s+[^,\d]+,\s+(?:1[89]|20)\d\d\.?\s*$"
)
# a person's name: words without digits or stops, initials with their stops ("D. W.
# Griffith", "Jean-Luc Godard", "Agnès Varda"), a capital first (never "Dir. of Staff")
_NAME = r"(?:[^\W\d_]\.\s?){0,3}[^\s.,;:\d]+(?:\s(?:[^\W\d_]\.\s)?[^\s.,;:\d]+){0,4}"
_SENTENCE_CREDIT = lazy_compile(
    rf"^(?P<title>[^.?!]{{2,200}}?[?!]?)[.]?\s+{_CREDIT}\s+(?=[{U}])(?P<name>{_NAME})\.\s+"
    r"(?:(?P<studio>[^\W\d_][^,\d]{1,60}(?:,\s[^,\d]{2,60})?),\s+)?"
    r"(?P<year>(?:18[89]|19\d|20\d)\d)\.?\s*$"
)
# the credit's name before a comma, MLA's order: "Title. Directed by X, Studio, 1969."
_COMMA_CREDIT = lazy_compile(
    rf"^(?P<title>[^.?!]{{2,200}}?[?!]?)[.]?\s+{_CREDIT}\s+(?=[{U}])(?P<name>{_NAME}),\s+"
    # (a studio may have a number in its name, "20th Century Fox", never a year)
    r"(?:(?P<studio>[^\W_](?:(?!(?:18|19|20)\d\d)[^,]){1,60}),\s+)?"
    r"(?P<year>(?:18[89]|19\d|20\d)\d)\.?\s*$"
)


def directed_film(ref: Reference) -> Reference:
    """``ref`` as a film (``web``) when it is one listed under its title with its director
    (see the module doc); else ``ref`` as it is."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or ref.host:
        return ref
    flat = " ".join(ref.raw.split())
    whole = _SENTENCE_CREDIT.match(flat) or _COMMA_CREDIT.match(flat)
    # (the title read as the author, the credit as the title: the whole entry is the film's)
    if whole is not None and all(a in whole.group("title") for a in ref.authors):
        studio = whole.group("studio")
        place = None
        if studio and ", " in studio:
            place, studio = studio.split(", ", 1)
        year = whole.group("year")
        return dataclasses.replace(
            ref,
            kind=RefKind.WEB,
            authors=(whole.group("name"),),
            title=whole.group("title").strip(" *_"),
            year=int(year),
            year_raw=year,
            publisher=studio,
            place=place,
        )
    if ref.authors or _DIRECTED.search(flat) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
