"""The small words a family name opens with: one base list the readers and parsers share.

A family name may open with a particle written in small letters: Dutch ``van``, ``van
der``, ``ten``, ``ter``; German ``von``; French ``de``, ``du``, ``le``, ``la``; Italian
``di``, ``da``, ``del``; Portuguese and Spanish ``de``, ``da``, ``dos``, ``del``
(``Ludwig van Beethoven``, ``Jan ter Braak``, ``Maria da Silva``, ``Zanden, Jan Luiten
van``).  :data:`PARTICLES` is the list every caller reads; each caller adds the words its
own texts need (German ``vom``, ``zu``; Italian ``della``; the Arabic ones, :data:`ARABIC`)
or leaves out those it must not read (a pattern of names in capitals leaves out the words
that are English or French words too) where it is used, and says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ARABIC", "DUTCH_TE", "GERMANIC", "PARTICLES", "particle_first", "particle_pattern"]

# the particles of Dutch, German, French, Italian, Spanish and Portuguese names that every
# list of names writes in small letters
PARTICLES = frozenset("van von de der den da di du la le del dos ten ter".split())
# the Arabic article and "son of", written apart ("Aziz al Azmeh", "Hasan el Saadi",
# "Muhammad ibn Musa", "Ali bin Hassan")
ARABIC = frozenset("al el bin ibn".split())
# the Dutch and German ones, which stay with the family name when a list writes them after
# the given names ("Ham, W. van der" is van der Ham; a Romance "Oliveira, Ana de" is
# Oliveira): with German "vom", "zu", "zur" ("Müller, Karl vom", "Hardenberg, Karl zu")
GERMANIC = frozenset("van von der den ten ter vom zu zur".split())
# Dutch "ten" and "ter" ("te" with an article: "Jan ter Braak"), which several older
# patterns of names leave out of :data:`PARTICLES` as they have always read names
DUTCH_TE = frozenset({"ten", "ter"})


def particle_pattern(words: Iterable[str], *, capitalised: bool = False) -> str:
    """``words`` as a pattern's alternatives, the longest first (``(?:della|van|de)``); with
    ``capitalised``, each word's first letter in either case (``[vV]an``), as a name is
    written at a sentence's start ("Van den Abeele", "De Souza")."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if capitalised:
        return "(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in ordered) + ")"
    return f"(?:{'|'.join(map(re.escape, ordered))})"


# the particle words a Vancouver name filed under its family name may end with
_FILED = GERMANIC | {"de", "te", "dem"}


def particle_first(name: str) -> str:
    """A Vancouver name filed the Dutch and German way, its particle after the initials,
    written with the particle first as the family name has it: ``Berg J van den`` ->
    ``van den Berg J``, ``Linden P von der`` -> ``von der Linden P``; any other name as it
    is (``van Dijk MA``, ``Berg J``, ``Smith, John de``)."""
    words = name.split()
    k = len(words)
    while k > 2 and words[k - 1] in _FILED:
        k -= 1
    if k == len(words) or "," in name or not words[k - 1].isupper():
        return name
    return " ".join([*words[k:], *words[:k]])
