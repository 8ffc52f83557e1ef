"""The list entry a short-title note names, found by its author and its title words.

Chicago and the humanities styles of many languages cite a work in full once and then by
the author's name and a short title (``Smith, *Wealth*, 45.``, ``Weber, Wirtschaft, S.
12.``, ``Gunnar Karlsson, *Goðamenning*, bls. 358.``); a work may even be cited in short
form only, the list giving it in full.  The note names one work of the list: the one entry
of that author whose title starts with the short title's words (``Wealth`` -> ``Wealth of
Nations``) or, when none does, holds all its main words (``Christianization`` -> ``The
Christianization of Iceland``), among the author's several works.  The author is the
note's name as written: a family name (``Smith``) or a whole name in natural order, as
Icelanders are cited and listed (``Jón Viðar Sigurðsson`` is no ``Jón Jóhannesson``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import LiteratureEntry
from bibcheck.parse.names import family_name, same_family
from bibcheck.text import title_key

__all__ = ["entry_by_short_title"]

# the marks a short title is set in
_MARKS = lazy_compile(r"[*_„“”«»\"]")
# a title's main word: four letters or more ("of", "and", "the", "og", "des" are none)
_MAIN = 4


def entry_by_short_title(
    author: str, title: str, literature: Sequence[LiteratureEntry], year: int | None = None
) -> int | None:
    """The index of the one entry of ``literature`` by ``author`` (as a short note writes
    the name) whose title ``title`` shortens (its first words, else all its main words),
    of ``year`` when the note repeats one; None when no single entry is that work."""
    words = title_key(_MARKS.sub("", title)).split()
    name = " ".join(_MARKS.sub("", author).split())
    if not words or not name:
        return None
    own = [
        i
        for i, e in enumerate(literature)
        if e.reference.authors
        and _same_author(name, e.reference.authors[0])
        and (year is None or e.reference.year == year)
    ]
    starting = [
        i for i in own if title_key(literature[i].reference.title).split()[: len(words)] == words
    ]
    if len(starting) == 1:
        return starting[0]
    if starting:
        return None
    main = {w for w in words if len(w) >= _MAIN} or set(words)
    holding = [i for i in own if main <= set(title_key(literature[i].reference.title).split())]
    return holding[0] if len(holding) == 1 else None


def _same_author(name: str, listed: str) -> bool:
    """Is the entry's first author ``listed`` the person a note names ``name``?  The family
    names agree; a name of several words in natural order (an Icelander's given name and
    patronymic, which the list writes so too) has each of its words in the listed name."""
    if not same_family(family_name(listed), family_name(name)):
        return False
    words = name.casefold().split()
    if len(words) < 2 or "," in listed or "," in name:
        return True
    return set(words) <= set(listed.casefold().replace(",", " ").split())
