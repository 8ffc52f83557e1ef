"""A paragraph under a part's heading of a bibliography, opening with a name, is an entry.

A bibliography in parts ("Fontes de arquivo / Fontes orais / Bibliografia", "Primary
sources / Secondary sources", "Fonti archivistiche / Bibliografia", "Quellen / Literatur")
lists, besides dated works, archival items that have no year and whose shelfmark is
written in abbreviated words ("Arquivo Municipal de Loulé. Fundo fotográfico, n.º inv.
FT-0112.", "Museo Civico di Lodi. Raccolta disegni, inv. n. 45."): counted word by word
they read like a sentence (:func:`~bibcheck.readers.proseentry.running_prose`).  An entry
opens with its heading element -- a person, a body, an archive -- written as names and
closed by a full stop, then goes on; a sentence about the list ("The
interviews were recorded by the author.") opens with lower-case words.  Under a part's
heading, a paragraph opening with a name is an entry however the rest reads.

French, Italian and Spanish humanities lists close the heading element with a comma, not a
full stop ("Archives nationales de la Marine, fonds Dupré, carton 12, « Journal de
bord »", "Archivio di Stato di Lucca, Notarile, busta 7"), and name a body with an elided
article ("Archives de l'Académie", "Archivio dell'Ospedale"): both read as names.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["named_entry"]

# the opening element: up to the first full stop followed by a space and more text (a stop
# after a single letter is an initial's, read on: "Smith, J. A. Title")
_LEAD = lazy_compile(r"^(?P<lead>.{3,150}?(?<!\b[^\W\d_]))\.\s+(?=\S)")
# (or up to the first comma, when it closes two words or more: "Archives de l'Académie, fonds …")
_COMMA_LEAD = lazy_compile(r"^(?P<lead>[^,.]{3,150}),\s+(?=\S)")
_WORD = lazy_compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
# an elided article or preposition before a name: "l'Académie", "d'Orsay", "dell'Ospedale"
_ELIDED = lazy_compile(r"(?:l|d|dell|all|dall|nell|sull|degl|j|qu)['’](?=[^\W\d_])", re.I)
_MIN_WORDS = 2  # "Arquivo Nacional", "Smith, John"


def named_entry(text: str) -> bool:
    """Does ``text`` open with a heading element written as names (every word capitalised
    but the particles and small words of names and bodies: ``Arquivo Municipal de
    Loulé.``, ``Câmara Municipal do Porto.``, ``Smith, John.``), followed by more text?"""
    text = text.strip()
    return any(
        found is not None and _names(found.group("lead"))
        for found in (_LEAD.match(text), _COMMA_LEAD.match(text))
    )


def _names(lead: str) -> bool:
    """Is ``lead`` two words or more, each capitalised but the small words of names (an
    elided article's name counted by the name: ``l'Académie``)?"""
    words = [w[e.end() :] if (e := _ELIDED.match(w)) else w for w in _WORD.findall(lead)]
    if len(words) < _MIN_WORDS or not words[0][0].isupper():
        return False
    return not any(w[0].islower() and w not in _SMALL for w in words)


# the lower-case words of personal names and of bodies' and archives' names
_SMALL = frozenset(
    "de da do das dos del della delle dei degli di du des van von der den ten ter la le "
    "of the and for at in on y e i et und für zu zur zum al a "
    # (Polish and Czech: "Archiwum Państwowe w Lublinie", "Státní archiv v Plzni")
    "w we z ze v ve".split()
)
