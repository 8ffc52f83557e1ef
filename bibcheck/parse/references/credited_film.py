"""A film listed under its title with its director's credit after a comma.

French notes and lists (and the Italian, Spanish, German and English ones that follow the
same order) give a film's title, then its director by the credit's word, then the studio or
distributor and the year::

    Cléo de 5 à 7, réal. Agnès Varda, 1962.
    Le Bonheur, réalisé par Agnès Varda, Paris, Ciné-Tamaris, 1965.
    L'Atalante, dir. Jean Vigo, 1934.
    La strada, regia di Federico Fellini, 1954.
    Der Himmel über Berlin, Regie: Wim Wenders, 1987.
    Roma, dirigida por Alfonso Cuarón, Netflix, 2018.

The director is the film's author and the film a medium (``web``, as the corpus conventions
file films).  French ``dir.`` also marks the editor of a volume, after the editor's name
(``Dupont, Marie (dir.), Titre, Paris, Colin, 2010``) or after a title with the book's
imprint (``Histoire de la France, dir. Jean Favier, Paris, Fayard, 1984``): ``dir.`` is read
as a director only between the title and the year alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["DIRECTOR_CREDIT", "FILM_NAME", "CreditedFilm", "credited_film"]

# the words that credit a film's director and no one else
_DIRECTOR_CREDIT = (
    r"(?:[Rr]éal\.|[Rr]éalisation\s*:?|[Rr]éalisé\spar|[Rr]egia\sdi|[Rr]egia:|Regie:?"
    r"|[Dd]irigid[ao]\spor|[Dd]irected\sby|[Rr]eżyseria:?|[Rr]ežie:?)"
)
# a person's name: two to four words, each capitalised or a particle
_NAME = (
    rf"[{U}][^\s,\d]+(?:\s(?:(?:de|du|da|di|del|della|van|von|der|le|la)\s)?[{U}][^\s,\d]+){{1,3}}"
)
# (for :mod:`.imprinted_film`, which reads the credit before an imprint in parentheses)
DIRECTOR_CREDIT = _DIRECTOR_CREDIT
FILM_NAME = _NAME
_YEAR = r"(?P<year>(?:18[89]|19\d|20\d)\d)"
_CREDITED = lazy_compile(
    rf"^(?P<title>[^,]{{2,200}}?),\s{_DIRECTOR_CREDIT}\s(?P<name>{_NAME})"
    rf"(?:,\s(?P<studio>[^,\d]{{2,60}}(?:,\s[^,\d]{{2,60}})?))?,\s{_YEAR}\.?$"
)
# "dir." only between the title and the year: a book's editor has its imprint after him
_DIRECTED = lazy_compile(rf"^(?P<title>[^,]{{2,200}}?),\s[Dd]ir\.\s(?P<name>{_NAME}),\s{_YEAR}\.?$")


@dataclass(frozen=True, slots=True)
class CreditedFilm:
    """A film's title, director, studio (and its place) and year as the entry gives them."""

    title: str
    director: str
    year: int
    studio: str | None = None
    place: str | None = None


def credited_film(text: str) -> CreditedFilm | None:
    """The film ``text`` lists with its director's credit (see the module doc), or None.

    >>> credited_film("L'Atalante, dir. Jean Vigo, 1934.")
    CreditedFilm(title="L'Atalante", director='Jean Vigo', year=1934, studio=None, place=None)
    >>> credited_film("Histoire de la France, dir. Jean Favier, Paris, Fayard, 1984.") is None
    True
    """
    flat = " ".join(text.split())
    found = _CREDITED.match(flat) or _DIRECTED.match(flat)
    if found is None:
        return None
    title = found.group("title").strip(" *_")
    studio = found.groupdict().get("studio")
    place = None
    if studio and ", " in studio:
        place, studio = studio.split(", ", 1)
    return CreditedFilm(title, found.group("name"), int(found.group("year")), studio, place)
