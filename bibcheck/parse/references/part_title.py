"""A title whose part's number stands inside it: "Title. I. Part's title".

A series of papers on one study numbers each paper's part after the common title, a roman
numeral with its full stop, then the part's own title, all one title::

    Effect of soil on the vines of the valley. I. Water and nutrients. *Journal …*, 12(1):1–9.
    Growth of the wheat crop. II. Yield and quality. *Field Crops …*, 4:20–31.
    Studies on the grain. Part III. Protein content. *Cereal …*, 9:5–8.

The parsers end the title at the full stop before the numeral (and take ``I.`` for an
initial, or the part for the journal).  :func:`masked` hides the full stops round the
numeral (the same length: the lines and offsets stay) so that the title is read whole, and
:func:`unmasked` gives the title its stops back.  Only a numeral of one to four letters
(``I`` to ``XIII``), or ``Part``/``Deel``/``Teil`` and one, after a sentence of three words
at least and before a capitalised word, and only when the reading so gained is a
journal's article (an editor's initial after a book's title, "Title. I. Smith, ed.",
gives none).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["masked", "unmasked"]

# the mark that stands for a hidden full stop (never in a reference's text)
_HIDDEN = "\u2024"
# a sentence of three words at least, its full stop, the part's numeral and its stop, a
# capitalised word of the part's title, with no comma right after it (not "I. Smith,")
_PART = lazy_compile(
    r"(?<=[a-z\d)])(?P<stop>\.)\s(?P<word>(?:Part|Deel|Teil)\s)?(?P<numeral>[IVX]{1,4})"
    r"(?P<stop2>\.)\s(?=[A-Z][a-z]{2,}(?:\s|,\s[a-z]))"
)
# the three words before the part's number
_WORDS_BEFORE = lazy_compile(r"\w+\s\w+\s\w+$")


def masked(text: str) -> str | None:
    """``text`` with the full stops round a title's part's numeral hidden (see the module),
    or None when it has none."""
    if _HIDDEN in text:
        return None
    for m in _PART.finditer(text):
        if not _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        out = list(text)
        out[m.start("stop")] = _HIDDEN
        out[m.start("stop2")] = _HIDDEN
        return "".join(out)
    return None


def unmasked(ref: Reference, text: str) -> Reference | None:
    """``ref`` (read from :func:`masked` text) with its full stops back, ``text`` its raw
    text; None when its title does not hold the whole part or it is no journal's article
    (the shape is a series of papers in a journal: a reading of any other kind gained
    nothing that can be trusted)."""
    if not ref.title or _HIDDEN not in ref.title or ref.kind is not RefKind.ARTICLE:
        return None
    title = ref.title.replace(_HIDDEN, ".")
    host = ref.host.replace(_HIDDEN, ".") if ref.host else ref.host
    return dataclasses.replace(ref, raw=text, title=title, host=host)
