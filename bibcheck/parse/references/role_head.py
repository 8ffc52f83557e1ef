"""MLA 9's role after the names that head an entry: ``Names, role. Title. …``.

MLA puts who the people were after their names when they are not the work's authors::

    Hall, Edith, et al., editors. Medea in Performance 1500–2000. Legenda, 2000.
    Mastronarde, Donald J., editor. Euripides: Medea. Cambridge UP, 2002.
    Cracknell, Carrie, director. Medea. By Euripides, National Theatre, London, 21 July 2014.
    Grube, G. M. A., translator. Republic. By Plato, Hackett, 1992.

The role is no part of the names, and the title follows it.  Translators and compilers are
not the work's authors: the entry is read with the names and then without authors.  Editors
head an edited volume as every list's editors' mark does (``(eds.)``, ``(Hg.)``: the
convention of :mod:`.role_marks`): they are kept as the entry's names.  Who made a film, a
production, a recording or an artwork (director, performer, creator, composer, artist …) is
its author, as MLA lists it.  :func:`role_head` says which of the two an entry is and gives
it without the role.

Chicago abbreviates the director's role (``Hitchcock, Alfred, dir. Title. Studio, 1960.``),
and French and German lists put it in parentheses after the names (``Godard, Jean-Luc
(réal.). Title. Studio, 1963.``, ``Wenders, Wim (Regie). Title. Studio, 1987.``): the
director is the film's author.  French ``dir.`` after the names is also a volume's editor
(``Dupont, Marie (dir.)``), so it counts as a director's only after a comma and before a
title closed by a studio and a year alone (no ``Place: Publisher``), a film's entry; then
the entry says it directed (:attr:`RoleHead.film`), and the film is a medium (``web``, as
the corpus conventions file films).  A stage production names a performance's full date (``National
Theatre, London, 21 July 2014``): no film.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["RoleHead", "role_head"]

_EDITING = "editor|translator|compiler|adapter|reviser"
_MAKING = (
    "director|performer|creator|composer|conductor|artist|photographer|choreographer"
    "|producer|host|narrator|speaker|interviewer|designer|illustrator|curator|librettist"
)
# Chicago's director ("Hitchcock, Alfred, dir."), a film's only before a studio and a year
_DIR = "dir"
# a director's credit in parentheses after the names (French, German, Italian, Spanish,
# Polish, Czech)
_CREDIT = (
    r"réal\.|réalisateur|réalisatrice|Regie|Regisseur|Regisseurin|regia|regista|dirección"
    r"|reż\.|reżyseria|režie|režisér"
)
_DIRECTING = lazy_compile(rf"^(?:director|{_DIR})s?$")
# "Family, Given[ Initials][, and Given Family| et al.], role[s]. " at the entry's start
_HEAD = lazy_compile(
    rf"^(?P<names>[{U}][\w'’-]+(?:[ -][{U}][\w'’-]+)?,\s+[{U}][\w'’.-]*(?:\s+[{U}][\w'’.-]*)*"
    rf"(?:,?\s+(?:and|&)\s+[^,.]{{2,60}}|,\s+et\s+al\.)?)"
    rf"(?:,\s+(?P<role>(?:{_EDITING}|{_MAKING}|{_DIR})s?)\.|\s+\((?P<credit>{_CREDIT})\)\.?)"
    rf"\s+(?P<rest>\S.*)$",
    flags=0,
)
# the rest of a film's entry: its title, then the studio (its place) and the year alone
_FILM_REST = lazy_compile(r"^[^.]{2,200}\.\s+[^\d:]{2,80},\s+(?:18[89]|19\d|20\d)\d\.?\s*$")
# Vancouver's initials with no stops ("Carver AB, Lund T, editors."): its editors head the
# entry as its authors, which that style's reading keeps
_INITIALS = lazy_compile(r"(?<![\w.])[A-Z]{1,3}(?![\w.'’])")
_EDITING_ROLE = lazy_compile(rf"^(?:{_EDITING})s?$")
_EDITOR_ROLE = lazy_compile(r"^editors?$")


@dataclass(frozen=True, slots=True)
class RoleHead:
    """An entry headed by names and a role: the entry without the role (``Hall, Edith, et
    al. Title. …``) and whether the names edited or translated it (not its authors)."""

    text: str
    editing: bool  # the names are no authors (editors, translators, compilers …)
    film: bool = False
    # the role is an editor's: the editors are kept as the entry's names (:mod:`.role_marks`)
    editors: bool = False  # a director's, of a film: "Title. Studio, 1960."


def role_head(text: str) -> RoleHead | None:
    """The entry ``text`` without the role after its names, or None when it has none."""
    m = _HEAD.match(text.strip())
    if m is None or _INITIALS.search(m["names"]):
        return None
    role = (m["role"] or "").lower()
    directing = m["credit"] is not None or _DIRECTING.match(role) is not None
    film = directing and _FILM_REST.match(m["rest"]) is not None
    if role == _DIR and not film:
        return None  # (French "dir." of a volume's editor, or a stage production)
    names = m["names"].removesuffix(".")
    editing = _EDITING_ROLE.match(role) is not None
    editors = _EDITOR_ROLE.match(role) is not None
    return RoleHead(f"{names}. {m['rest']}", editing, film, editors)
