"""The listed edition a canonical passage is cited from.

A classics article lists its texts under their authors' one names (``Thucydides.
Historiae, ed. H. S. Jones and J. E. Powell. 2 vols. Oxford, 1942.``) and cites them by
passage with the author abbreviated (``Thuc. 2.41.5.``, ``Pl. Menex. 239a–246a``, ``Lys.
2.4–16``): the note cites the listed edition of the author its abbreviation begins, when
one entry alone is under such a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import Reference
from bibcheck.parse.references.locus import passage_author

__all__ = ["listed_edition"]


def _one_name(ref: Reference) -> str | None:
    """The author's one name of an entry listed so (no given name, no comma), or None."""
    if len(ref.authors) != 1 or "," in ref.authors[0] or not ref.title:
        return None
    return ref.authors[0]


def listed_edition(text: str, entries: Sequence[Reference]) -> Reference | None:
    """The one entry of ``entries`` under an ancient author's one name that the canonical
    passage opening the note ``text`` abbreviates (``Thuc.`` → ``Thucydides``), or None."""
    author = passage_author(text)
    if author is None:
        return None
    stem = author.rstrip(".").casefold()
    if len(stem) < 2:
        return None
    found = [
        e
        for e in entries
        if (name := _one_name(e)) is not None
        and (name.casefold().startswith(stem) if author.endswith(".") else name == author)
    ]
    return found[0] if len(found) == 1 else None
