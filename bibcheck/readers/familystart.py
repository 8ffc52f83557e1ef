"""Where a mention of a family name of several words starts: at its first word.

``Slicher van Bath (1957)``, ``García Márquez (1967)``, ``Lloyd Wright (1943)``: a mention
is matched by the name right before its year (``Bath``, ``Márquez``), and the words of the
family name before it stand in the sentence as any words do.  A text converted from PDF may
break the line inside the name (``… waarover Slicher`` / ``van Bath (1957, 87) …``): the
mention starts on the line with the name's first word, as it is read.  The words before the
matched name (capitalised, with the particles between them) belong to it when the entry it
cites is filed under the first of them too (the index of
:func:`bibcheck.readers.authoryear.author_years` keys each word of a listed family name).
"""

from __future__ import annotations

from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["family_start"]

# up to three words right before the mention, each a capitalised word or a particle,
# parted by white space (a line end too)
_WORDS_BEFORE = lazy_compile(
    rf"(?:(?<![\w'’-])(?:[{U}][\w'’-]+|van|von|de|der|den|del|della|da|dos|das|du|la|le|ter|ten)"
    r"\s+){1,3}$"
)
_WORD = lazy_compile(rf"[{U}][\w'’-]+")


def family_start(
    text: str, start: int, index: Mapping[tuple[str, str], str], label: str, year: str
) -> int:
    """``start`` moved back to the first word of the family name the mention at ``start``
    ends (the entry ``label`` is filed under that word with ``year`` too), else as it is."""
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return start
    # (the earliest word the entry is filed under: "In Slicher van Bath (1957)" starts at
    # "Slicher")
    for word in _WORD.finditer(text, before.start(), start):
        name = word.group(0)
        if index.get((name, year)) == label or index.get((name, year[:4])) == label:
            return word.start()
    return start
