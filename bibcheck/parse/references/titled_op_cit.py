"""The work an ``op. cit.`` note names by its title as well as its author.

An ``op. cit.`` note names its author and, when the author has several works among the
notes, the one meant by its (short) title between the name and the phrase, as Polish,
Italian, Spanish and French notes do::

    1. J. Nowak, *Prawo i kara*, Kraków 1930, s. 5.
    4. J. Nowak, *Studia nad karą*, Kraków 1931, s. 1.
    8. J. Nowak, *Prawo i kara*, op. cit., s. 88.     <- note 1, not note 4

The note repeats the latest earlier full note of that author whose title holds those words
(:func:`titled_target`); with no such note, the latest note of the author as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.text import title_key

_MARKS = " \t*_«»“”„\"'‘’"
_ELLIPSIS = ("...", "…")
_MIN_KEY = 4  # characters of a title's key below which words name no work


def titled_target(
    texts: Sequence[str],
    found: Sequence[object | None],
    target: int,
    author: str,
    short: str | None,
) -> int:
    """``target`` (the latest earlier note naming ``author``), or the latest earlier full
    note (``found[j]`` None: no repeat itself) naming ``author`` whose title holds
    ``short``, the title the ``op. cit.`` note gives, when ``target``'s text does not."""
    if not short:
        return target
    words = short.strip(_MARKS)
    for mark in _ELLIPSIS:
        words = words.removesuffix(mark)
    key = title_key(words.strip(_MARKS))
    if len(key) < _MIN_KEY or key in title_key(texts[target]):
        return target
    surname = author.strip(" ,").split(",")[0].casefold()
    for j in range(target - 1, -1, -1):
        if found[j] is None and surname in texts[j].casefold() and key in title_key(texts[j]):
            return j
    return target
