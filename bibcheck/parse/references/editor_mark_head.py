"""A bibliography entry headed by a volume's editors, their mark after the names.

Chicago's bibliography, and the French, Spanish, Italian and German lists that follow it,
write an edited volume under its editors with the mark after the names, then the title and
the book's facts::

    Moulin, Anne Marie, dir. Titre de l'ouvrage. Paris : Fayard, 1996.
    Dupont, Marie, et Paul Henry, éd. Titre. Lyon : ENS Éditions, 2010.
    García, Ana Belén, coord. Título. Madrid : Cátedra, 2004.
    Smith, John Paul, ed. Title. London: Verso, 2001.
    Dupont, Marie Claire (dir.). Titre. Paris : Seuil, 2001.

The mark (:data:`.role_marks.ABBREVIATED` bare after a comma, any mark of
:data:`.role_marks.MARKS` in parentheses) is no part of the names nor of the title: the entry
is read without it (:func:`without_mark`) and its names are its editors, kept as its names
too (the convention of :mod:`.role_marks`).  Only a book's entry: its facts close it
("Place: Publisher, Year."), so a film's director (``Hitchcock, Alfred, dir. Title. Studio,
1960.``, :mod:`.role_head`) or a stage production's is never read so; nor are given names
by initials alone (``Van Aken, P. L., ed. …``) nor a mark joined to a role other than a
translator's (``Hale, Anna, ed. and trans. …`` is; ``… ed. and comp. …`` is not), read
as :mod:`.role_marks` reads them.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import U

__all__ = ["without_mark"]

# a whole name: "Anne", "Jean-Paul", "O'Neill"
_NAME = rf"[{U}][^\W\d_]['’\w]*+(?:-[{U}][^\W\d_]['’\w]*+)?"
_INITIAL = rf"[{U}]\."
# the given names of the inverted first name, whole, a middle initial perhaps ("Anne
# Marie", "Anne M."; initials alone, "Van Aken, P. L., ed.", are read as the lists of
# initials are, :mod:`.role_marks`)
_GIVEN = rf"{_NAME}(?:\s{_NAME})?(?:\s{_INITIAL}){{0,2}}"
_PARTICLE = r"(?:de|du|des|da|di|del|della|van|von|van\sder|von\sder|le|la)"
# a co-editor in natural order: "Paul Henry", "Anne M. Roux", "Paul de Lenz"
_PERSON = rf"{_NAME}(?:\s{_INITIAL})?(?:\s{_PARTICLE})?\s{_NAME}"
_NAMES = (
    rf"{_NAME}(?:\s{_NAME})?,\s{_GIVEN}"
    rf"(?:,\s{_PERSON}){{0,4}}(?:,?\s{AND}\s{_PERSON})?"
)
_HEAD = lazy_compile(
    rf"^(?P<names>{_NAMES})"
    rf"(?:,\s(?:{role_marks.alternation(role_marks.ABBREVIATED)})\."
    rf"|\s\((?:{role_marks.MARKS})\.?\)\.?)"
    # a translator's mark joined to it: "dir. et trad.", "ed. and trans.", "Hrsg. und Übers."
    rf"(?:\s{AND}\s(?:trad|trans|transl|tr|Übers)\.)?"
    # (no other word joined to the mark: "Hale, Anna, ed. and comp. Title" is
    # :mod:`.role_marks`')
    rf"\s(?!{AND}\s)(?P<rest>\S.*)$"
)
# co-editors after the first: a comma or the list's word for "and" after the given names
_CO_EDITED = lazy_compile(rf",\s[^,]+(?:,|\s{AND}\s)")
# the marks a title may already be set off by
_MARKED = frozenset("*_«“\"„‘'")
# the rest: a title, up to two more sentences (an edition, a series), then the book's
# place, publisher and year closing the entry ("Paris : Fayard, 1996.")
_BOOK = lazy_compile(
    r"^[^.]{2,300}\.\s(?:[^.]{2,200}\.\s){0,2}"
    rf"[{U}][^\W\d_][^.:;\d]{{0,40}}\s?:\s[^:;.\d]{{2,120}},\s(?:1[5-9]|20)\d\d\.?\s*$"
)


def without_mark(text: str) -> str | None:
    """The entry ``text`` without the editors' mark after its names (``Moulin, Anne Marie,
    dir. Titre. Paris : Fayard, 1996.`` -> ``Moulin, Anne Marie. Titre. Paris : Fayard,
    1996.``), or None when it is no book's entry so headed."""
    m = _HEAD.match(text.strip())
    if m is None or _BOOK.match(m["rest"]) is None:
        return None
    names = m["names"].removesuffix(".")
    rest = m["rest"]
    if _CO_EDITED.search(names) is not None and rest[:1] not in _MARKED:
        # ("Roux, Anne, et Paul Henry, éd. Titre. …": two names joined before a plain title
        # may be a body's name (:mod:`.joined_names`); the mark says they are persons, the
        # title set off as it is in italics)
        title, dot, after = rest.partition(". ")
        rest = f"*{title}*{dot}{after}"
    return f"{names}. {rest}"
