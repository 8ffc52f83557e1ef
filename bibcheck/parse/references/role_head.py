"""MLA 9's role after the names that head an entry: ``Names, role. Title. …``.

MLA puts who the people were after their names when they are not the work's authors::

    Hall, Edith, et al., editors. Medea in Performance 1500–2000. Legenda, 2000.
    Mastronarde, Donald J., editor. Euripides: Medea. Cambridge UP, 2002.
    Cracknell, Carrie, director. Medea. By Euripides, National Theatre, London, 21 July 2014.
    Grube, G. M. A., translator. Republic. By Plato, Hackett, 1992.

The role is no part of the names, and the title follows it.  Editors, translators and
compilers are not the work's authors: the entry is read with the names and then without
authors (an edited volume has none).  Who made a film, a production, a recording or an
artwork (director, performer, creator, composer, artist …) is its author, as MLA lists it.
:func:`role_head` says which of the two an entry is and gives it without the role.
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
# "Family, Given[ Initials][, and Given Family| et al.], role[s]. " at the entry's start
_HEAD = lazy_compile(
    rf"^(?P<names>[{U}][\w'’-]+(?:[ -][{U}][\w'’-]+)?,\s+[{U}][\w'’.-]*(?:\s+[{U}][\w'’.-]*)*"
    rf"(?:,?\s+(?:and|&)\s+[^,.]{{2,60}}|,\s+et\s+al\.)?)"
    rf",\s+(?P<role>(?:{_EDITING}|{_MAKING})s?)\.\s+(?P<rest>\S.*)$",
    flags=0,
)
# Vancouver's initials with no stops ("Carver AB, Lund T, editors."): its editors head the
# entry as its authors, which that style's reading keeps
_INITIALS = lazy_compile(r"(?<![\w.])[A-Z]{1,3}(?![\w.'’])")
_EDITING_ROLE = lazy_compile(rf"^(?:{_EDITING})s?$")


@dataclass(frozen=True, slots=True)
class RoleHead:
    """An entry headed by names and a role: the entry without the role (``Hall, Edith, et
    al. Title. …``) and whether the names edited or translated it (not its authors)."""

    text: str
    editing: bool


def role_head(text: str) -> RoleHead | None:
    """The entry ``text`` without the role after its names, or None when it has none."""
    m = _HEAD.match(text.strip())
    if m is None or _INITIALS.search(m["names"]):
        return None
    names = m["names"].removesuffix(".")
    return RoleHead(f"{names}. {m['rest']}", _EDITING_ROLE.match(m["role"].lower()) is not None)
