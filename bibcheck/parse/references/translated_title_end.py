"""A title whose translation in brackets closes it after a full stop inside it::

    Bourdieu, P. (1990). Reprodukcja. Elementy teorii systemu nauczania [Reproduction:
        Elements of a theory of the educational system]. Warszawa: PWN.
    Nowak, J. (2011). Miasto. Szkice z socjologii [The city: Sketches in sociology]. Kraków.
    Müller, K. (2004). Heimat. Eine Spurensuche [Home: A search]. Berlin: Ullstein.

Polish, Czech, German and other lists write a subtitle after a full stop; the reader reads
the title up to that stop.  The reader's translation in brackets is given for the whole title
(:mod:`.bracketed_translation`), so the title runs to the bracket: the sentence between the
stop and the bracket is the title's own.  Only where the bracket is a translation (a few
words in Latin script after a title in Latin script with no English words, or in another
script) and the sentence before it holds no year, number or imprint (``Warszawa: PWN``).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.bracketed_translation import without_translation

__all__ = ["through_translation"]

# after the title read: its stop, one sentence of words (no digit, colon, bracket or stop),
# then the bracket
_SPILL = lazy_compile(
    r"\.\s+(?P<rest>[^\W\d_][^\d.:;()\[\]]{0,200}?)\s(?P<bracket>\[[^\[\]\d]{3,300}\])(?=\.|\s|$)"
)


def through_translation(ref: Reference, text: str) -> Reference:
    """``ref`` with the sentence between its title's full stop and the title's bracketed
    translation put back into the title; ``ref`` itself otherwise."""
    title = ref.title
    if not title or "[" in title:
        return ref
    at = text.find(title)
    if at < 0:
        return ref
    m = _SPILL.match(text, at + len(title))
    if m is None:
        return ref
    longer = f"{title}. {' '.join(m.group('rest').split())}"
    if without_translation(f"{longer} {' '.join(m.group('bracket').split())}") != longer:
        return ref  # the bracket is no translation of the title
    return dataclasses.replace(ref, title=longer)
