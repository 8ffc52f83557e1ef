"""A list entry's first person written family name first, comma, given name(s), as
French, Italian, Spanish, German and English humanities bibliographies head an entry
before its title: ``Descartes, René, *Œuvres*, …``, ``DESCARTES, René, …``, ``Leibniz,
Gottfried Wilhelm, …``, ``Marion, Jean-Luc, …``, ``Rossi, M., …``.

``Family, Given`` is one person, not two.  The people after the first are written given
name first (``Adam, Charles, et Paul Tannery (éd.)``, ``Dupont, Jean et Marie Durand``):
the shape is read only when each of them is a full name, so a list of bare family names
(``Dupont, Durand et Martin``) is never joined.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND
from bibcheck.parse.references.patterns import L, U

__all__ = ["people"]

# a family name: a capitalised word (hyphenated, elided, in capitals), after particles
_FAMILY_WORD = rf"(?:[{U}][{L}'’]+|[{U}][{U}'’]+)(?:-(?:[{U}][{L}'’]+|[{U}][{U}'’]+))*"
_PARTICLE = r"(?:de|du|des|d'|d’|da|di|del|della|van|von|der|den|la|le|dos|das)"
# (one word, or several in capitals: "Dubois Léa, Petit Marc et Costa Ana" is a list
# written NOM Prénom, never "Dubois Léa" as a family name)
_CAPS_WORD = rf"[{U}][{U}'’]+(?:-[{U}][{U}'’]+)*"
_FAMILY = rf"(?:(?:(?i:{_PARTICLE})\s?)*(?:{_FAMILY_WORD}|{_CAPS_WORD}(?:\s{_CAPS_WORD}){{1,3}}))"
# a given name: a capitalised word, hyphenated (Jean-Luc), or initials (R., J.-L., G. W.)
_GIVEN_WORD = rf"(?:[{U}][{L}'’]+(?:-[{U}][{L}'’]+)?|[{U}][{L}]?\.(?:-?[{U}]\.)?)"
_GIVEN = rf"(?:{_GIVEN_WORD}(?:\s{_GIVEN_WORD}){{0,3}}(?:\s{_PARTICLE})?)"
_HEAD = lazy_compile(
    rf"(?P<family>{_FAMILY}),\s(?P<given>{_GIVEN})"
    rf"(?P<rest>(?:,\s(?:{AND}\s)?|\s{AND}\s).+)?"
)
# the words joining the people: a comma, the shared "and" (:data:`~bibcheck.parse.coauthors.AND`)
_SEPARATOR = lazy_compile(rf",\s(?:{AND}\s)?|\s{AND}\s")
# a full name given name first: "Paul Tannery", "M. Durand", "Jean-Luc de La Fontaine"
_FULL = lazy_compile(rf"{_GIVEN_WORD}(?:\s(?:{_GIVEN_WORD}|{_PARTICLE}))*\s{_FAMILY_WORD}")


def people(head: str) -> tuple[str, ...] | None:
    """The people of ``head`` when its first is written ``Family, Given`` and every other
    one given name first (``Family, Given`` returned as one name), else None."""
    m = _HEAD.fullmatch(head.strip())
    if m is None:
        return None
    first = f"{m.group('family')}, {m.group('given')}"
    rest = m.group("rest")
    if not rest:
        return (first,)
    others = [p.strip() for p in _SEPARATOR.split(rest) if p.strip()]
    if not others or not all(_FULL.fullmatch(p) for p in others):
        return None
    return (first, *others)
