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
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["named_entry"]

# the opening element: up to the first full stop followed by a space and more text (a stop
# after a single letter is an initial's, read on: "Smith, J. A. Title")
_LEAD = lazy_compile(r"^(?P<lead>.{3,150}?(?<!\b[^\W\d_]))\.\s+(?=\S)")
_WORD = lazy_compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
_MIN_WORDS = 2  # "Arquivo Nacional", "Smith, John"


def named_entry(text: str) -> bool:
    """Does ``text`` open with a heading element written as names (every word capitalised
    but the particles and small words of names and bodies: ``Arquivo Municipal de
    Loulé.``, ``Câmara Municipal do Porto.``, ``Smith, John.``), followed by more text?"""
    found = _LEAD.match(text.strip())
    if found is None:
        return False
    lead = found.group("lead")
    words = _WORD.findall(lead)
    if len(words) < _MIN_WORDS or not words[0][0].isupper():
        return False
    return not any(w[0].islower() and w not in _SMALL for w in words)


# the lower-case words of personal names and of bodies' and archives' names
_SMALL = frozenset(
    "de da do das dos del della delle dei degli di du des van von der den ten ter la le "
    "of the and for at in on y e i et und für zu zur zum al a".split()
)
