"""A collective book listed under its title, its editor named after the title.

French, German, Italian, Polish, Spanish and English notes list a volume many people wrote
under its title, then its editor by the language's word, then the imprint::

    Histoire de la France, dir. Jean Favier, Paris, Fayard, 1984.
    Geschichte Bayerns, hrsg. von Max Spindler, München, Beck, 1967.
    Storia d'Italia, a cura di Ruggiero Romano, Torino, Einaudi, 1972.
    A History of Europe, ed. by John Smith, London, Routledge, 1990.
    Dzieje Polski, red. Andrzej Nowak, Kraków, Znak, 2015.
    Historia de España, coord. Juan Pérez, Madrid: Alianza, 2001.

and in a note the same with the place and year alone, the page cited after them::

    Storia di Brescia, a cura di Mario Rossi, Milano, 2001, p. 45.
    A History of Wales, edited by Ann Lloyd, Cardiff, 1994.
    Dzieje Krakowa, red. Jan Nowak, Kraków 1997, s. 12.

Read by commas, the title takes the authors' place and the editor the title's.  The title
is the words before the editor's word; the editors are no authors (a collective work has
none, as the corpus conventions key it) but its editors, the place and publisher come after
the names, and the work is a book.  A film credited by ``dir.`` has no imprint after the
name (``L'Atalante, dir. Jean Vigo, 1934.``: :mod:`.credited_film`), nor a publisher after
its country (``Il sorpasso, dir. Dino Risi, Italia, 1962.``).
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["TitledCollection", "titled_collection"]

# the words that name the editor after a title (never a film's director: an imprint follows)
_EDITOR_WORD = (
    r"(?:[Dd]ir\.|[Ss]ous\s+la\s+direction\s+de|[ÉéEe]d\.\s+par|[Hh]rsg\.\s+v(?:on|\.)"
    r"|[Hh]g\.\s+v(?:on|\.)|[Hh]erausgegeben\s+von|[Aa]\s+cura\s+di|[Ee]ds?\.\s+by"
    r"|[Ee]dited\s+by|[Ee]ds?\.|[ÉéEe]d\.|(?:[Pp]od\s+)?[Rr]ed\.|[Cc]oord\.|[Bb]ajo\s+la"
    r"\s+dirección\s+de|[Oo]rg\.)"
)
# a person's name: two to four words, each capitalised (or an initial) or a particle
_NAME = (
    rf"[{U}][^\s,\d:;]+(?:\s(?:(?:de|du|da|di|del|della|van|von|der|le|la)\s)?"
    rf"[{U}][^\s,\d:;]+){{1,3}}"
)
_AND = r"\s(?:et|and|und|e|y|i|a|&)\s"
# the page a note cites after the year: ", p. 45", ", pp. 12-14", ", S. 7 f.", ", s. 12"
_CITED_PAGE = r"(?:,\s(?:pp?|S|s|str|ss|pág|págs)\.\s?\d{1,5}(?:\s?[–-]\s?\d{1,5})?(?:\s?ff?\.)?)?"
_ENTRY = lazy_compile(
    rf"^(?P<title>[^,]{{2,200}}?),\s(?P<mark>{_EDITOR_WORD})\s(?P<names>{_NAME}(?:{_AND}{_NAME})?),\s"
    r"(?P<place>[^\W\d_][^,:;\d]{1,50}?)"
    # (the publisher after the place, or none: "Milano, 2001", Polish "Kraków 1997")
    r"(?:(?:,|\s?:)\s(?P<publisher>[^,\d]{2,80}?),\s|,\s|\s)"
    rf"(?P<year>(?:1[5-9]|20)\d\d){_CITED_PAGE}\.?$"
)
_NAMES_AND = lazy_compile(_AND)


@dataclass(frozen=True, slots=True)
class TitledCollection:
    """A collective book's title, editors (no authors), place, publisher and year."""

    title: str
    editors: str
    place: str
    publisher: str | None
    year: int

    @property
    def editor_names(self) -> tuple[str, ...]:
        """The editors one by one (``Anna Rossi e Marco Bianchi``: two)."""
        return tuple(_NAMES_AND.split(self.editors))


def titled_collection(text: str) -> TitledCollection | None:
    """The collective book ``text`` lists under its title with its editor after it (see
    the module doc), or None for another shape.

    >>> titled_collection("Histoire de la France, dir. Jean Favier, Paris, Fayard, 1984.")
    TitledCollection(title='Histoire de la France', editors='Jean Favier', place='Paris', \
publisher='Fayard', year=1984)
    >>> titled_collection("L'Atalante, dir. Jean Vigo, 1934.") is None
    True
    >>> titled_collection("Storia di Como, a cura di Anna Neri, Como, 1999, p. 4.").place
    'Como'
    """
    found = _ENTRY.match(" ".join(text.split()))
    if found is None:
        return None
    publisher = found.group("publisher")
    if publisher is None and found.group("mark").lower() == "dir.":
        return None  # "L'Atalante, dir. Jean Vigo, France, 1934.": a film, its country
    return TitledCollection(
        found.group("title").strip(" *_"),
        found.group("names"),
        found.group("place").strip(),
        publisher.strip() if publisher else None,
        int(found.group("year")),
    )
