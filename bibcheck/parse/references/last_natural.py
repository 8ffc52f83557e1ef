"""The last name of an inverted author list written initials first after the word for "and".

Dutch, German and Scandinavian author–date lists invert the first name only and write the
last one given name first, its particle in small letters before the family name: ``De
Vries, M. & L.A. te Winkel (1882)``, ``Berg, P. und K. von Stein (1990)``, ``Lund, A. och
K. Ek (2001)``.  :func:`with_last_natural` adds that name to the inverted names read
before it; an inverted last name (``Jansen, P., & Berg, K.``) is read by the style
parsers already.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import GERMANIC, PARTICLES, particle_pattern
from bibcheck.parse.references.patterns import SURNAME_LOOSE, U

__all__ = ["with_last_natural"]

# (Dutch "te" as well: "L.A. te Winkel", "J. te Velde")
_PARTICLE = particle_pattern(PARTICLES | GERMANIC | {"te", "zum"})
_LAST = lazy_compile(
    r",?\s(?:&|and|en|und|och|og|et|y|e)\s"
    rf"(?P<person>(?:[{U}]\.\s?-?)+\s?(?:{_PARTICLE}\s){{0,3}}{SURNAME_LOOSE})\s*$"
)
_INVERTED = lazy_compile(rf"{SURNAME_LOOSE},\s(?:[{U}]\.\s?-?)+")


def with_last_natural(text: str, people: tuple[str, ...]) -> tuple[str, ...]:
    """``people`` (the inverted names read from the list ``text``) with the list's last
    name added when ``text`` ends in one written initials first after "and"."""
    if not people:
        return people
    m = _LAST.search(text)
    if m is None or _INVERTED.search(text, m.start()):
        return people
    person = m.group("person")
    return people if person in people else (*people, person)
