"""Name forms the style parsers read once they are written the usual way round.

* A particle after the initials of an inverted name (Dutch, German, French and Spanish lists
  sort by the family name without its particle): ``Ham, W. van der, Title`` is
  ``van der Ham, W.``; ``Müller, K. von``, ``Bourdelais, P. de``.  :func:`particle_first`
  moves the particle before the family name, one character for one, so that every
  position after the name is unchanged.
* Initials before a family name of two words, as Spanish and Portuguese write a person's
  two surnames: ``G. Doménech Pascual`` is ``Doménech Pascual, G.`` (:func:`iberian`).  Only
  in a reference with Iberian words: ``F. Scott Fitzgerald`` keeps his given name.
"""

from __future__ import annotations

import re

from bibcheck.parse.references.patterns import SURNAME_PLAIN, L, U

__all__ = ["iberian", "particle_first"]

_PARTICLE = r"(?:van|von|vom|zu|de|der|den|du|da|di|do|dos|del|della|la|le|ten|ter)"
# "Ham, W. van der, ...", "Rooy, M. van ‘...’", "Bosch, A. en W. van der Ham" is no case
_INVERTED_PARTICLE = re.compile(
    rf"^(?P<family>{SURNAME_PLAIN}(?:\s{SURNAME_PLAIN})?),\s"
    rf"(?P<initials>(?:[{U}][{L}]?\.\s?-?){{0,2}}[{U}][{L}]?\.)\s"
    rf"(?P<particle>{_PARTICLE}(?:\s{_PARTICLE}){{0,2}})"
    r"(?=\s?[,:;(]|\s(?:en|y|and|und|et|&|e|i|og|och)\s)"
)


def particle_first(text: str) -> str:
    """``text`` with a particle written after the first name's initials moved before the
    family name (the same length: ``Ham, W. van der`` -> ``van der Ham, W.``)."""
    m = _INVERTED_PARTICLE.match(text)
    if m is None:
        return text
    moved = f"{m.group('particle')} {m.group('family')}, {m.group('initials')}"
    return moved + text[m.end() :]


# Words only Spanish and Portuguese references have ("núm.", "y", "del", "ção", "2.ª ed.")
_IBERIAN_WORD = re.compile(
    r"«|\bnúm\.|\bn\.[ºo]|\d\.?[ªº]\s|\s[yY]\s|ción\b|ção\b"
    r"|\b(?:del|los|las|das|dos|tomo|coord|cit)\b"
)
_INITIALS_TWO_SURNAMES = re.compile(
    rf"^(?P<initials>(?:[{U}][{L}]?\.\s?-?){{1,3}})\s?"
    rf"(?P<family>{SURNAME_PLAIN}\s(?:(?:de|del|de\sla)\s)?{SURNAME_PLAIN})$"
)


def iberian(authors: tuple[str, ...], text: str) -> tuple[str, ...]:
    """``authors`` with ``G. Doménech Pascual`` inverted to ``Doménech Pascual, G.`` when
    ``text`` is Spanish or Portuguese (the two words after the initials are two surnames)."""
    if not _IBERIAN_WORD.search(text):
        return authors
    turned = []
    for author in authors:
        m = _INITIALS_TWO_SURNAMES.match(author.strip())
        turned.append(
            f"{m.group('family')}, {m.group('initials').strip()}" if m is not None else author
        )
    return tuple(turned)
