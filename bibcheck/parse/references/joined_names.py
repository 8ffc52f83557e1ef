"""A bibliography entry headed by whole names joined in the list's language.

Chicago's bibliography inverts the first author's name and writes the others in natural
order, whole given names and all, the last after the list's word for "and" -- with no
comma before it in French, Spanish, German, Italian or Polish lists::

    Roux, Anne, Paul Henry et Marie Blanc. Titre. Paris : Éditeur, 2015.
    Lenz, Karl und Eva Roth. Titel. Berlin : Verlag, 2001.

French typography's space before the colon ("Paris : Éditeur") is GOST's area
punctuation too, but GOST names its authors by initials and joins them with commas,
never with a word: such a head is no GOST entry (:func:`joined_head`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND  # the list's word for "and"
from bibcheck.parse.references.patterns import U

# a whole name (never an initial): "Anne", "Jean-Paul", "Massot", "O'Neill"
_NAME = rf"[{U}][^\W\d_]['’\w]*+(?:-[{U}][^\W\d_]['’\w]*+)?"
# a particle before a family name in natural order
_PARTICLE = r"(?:de|du|des|da|di|del|della|van|von|van\sder|von\sder|le|la)"
# a co-author in natural order: "Jean Massot", "Anne M. Roux", "Paul de Lenz"
_PERSON = rf"{_NAME}(?:\s[{U}]\.)?(?:\s{_PARTICLE})?\s{_NAME}"
# (three names at least: "Sağlık, Eğitim ve Spor Bakanlığı", "Ministerio de Sanidad,
# Consumo y Bienestar Social" are one body's name, its words joined the same way)
_JOINED = lazy_compile(
    rf"^(?P<names>{_NAME}(?:\s{_NAME})?,\s{_NAME}(?:\s{_NAME})?(?:,\s{_PERSON})+)"
    rf"(?P<comma>,)?\s{AND}\s{_PERSON}\.\s"
)


def joined_head(rest: str) -> bool:
    """Does ``rest`` open with a bibliography's three names or more, the first inverted
    and the last joined by the list's word for "and", every given name whole?"""
    return _JOINED.match(rest) is not None


def serial_comma(text: str) -> str:
    """``text`` with a comma before the list's word for "and" of a :func:`joined_head`
    that has none ("Roux, Anne, Paul Henry, et Marie Blanc. …"), as the English lists
    write it; any other text as it is."""
    m = _JOINED.match(text)
    if m is None or m.group("comma"):
        return text
    return f"{text[: m.end('names')]},{text[m.end('names') :]}"
