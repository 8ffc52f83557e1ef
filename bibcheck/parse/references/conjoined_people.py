"""Two people in one whole-name field, joined by the word for "and" of the field's language.

A wiki's citation template names its authors in one parameter as the writer types them:
``forfatter=Anne Holm og Peter Berg`` (Danish, Norwegian), ``författare=Eva Lind och Per
Ek`` (Swedish), ``Autor=Hans Leicht und Anna Roth`` (German), ``auteur=Jean Dupont et Marie
Roux``, ``autor=Juan Pérez y Ana M. Ruiz``, ``autore=Mario Rossi e Anna Bianchi``,
``author=Jan de Vries en Piet Bakker`` (Dutch), ``autor=Pere Vila i Anna Roca`` (Catalan,
Polish), ``author=Anna Kiss és Géza Papp`` (Hungarian), ``tekijä=Matti Virtanen ja Liisa
Koski`` (Finnish).  Each side is a person when it is two to five capitalised words (an
initial such as ``M.`` among them, particles between them) and no body's name
(:mod:`.body_name`); else the value is one name: a Spanish second surname (``José Ortega y
Gasset``: one word after "y") or a body (``Ministerio de Cultura y Deporte``) stays whole.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND
from bibcheck.parse.nameparticles import PARTICLES
from bibcheck.parse.references import body_name

__all__ = ["conjoined_people"]

# the word for "and" between the last two people, in the wiki's language (the shared "and":
# :data:`~bibcheck.parse.coauthors.AND`; single spaces: the caller collapses runs)
_AND = lazy_compile(rf" {AND} ")
# the lower-case words of a person's name ("Maria da Silva", "Jan de Vries")
_PARTICLES = PARTICLES | frozenset({"da", "das", "do", "dos", "della", "zu", "af", "av"})


def _person(piece: str) -> bool:
    """Is ``piece`` one person's name in natural order: two to five words, no digits,
    each capitalised or a particle, the first capitalised?"""
    words = piece.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in piece) or "," in piece:
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w in _PARTICLES for w in words)


def conjoined_people(value: str) -> list[str]:
    """The people of ``value`` when it joins whole names by "and" in some language (see the
    module), else ``[value]`` (one person, a body, free text)."""
    text = " ".join(value.split())
    if body_name.names_body(text):
        return [text]
    pieces = [p.strip() for p in _AND.split(text)]
    if len(pieces) > 1 and all(_person(p) for p in pieces):
        return pieces
    return [text]
