"""A title that is a number (pure functions).

Digits alone are no title as a rule: a style misread took the year or a volume for one.
But some works are titled by a number (Orwell's ``1984``, Bolaño's ``2666``, a history's
``1789``), and an entry that read the whole of a book around it, its authors, its own year
(another number) and its imprint, read the title right::

    Orwell, G. (1949). 1984. London: Secker & Warburg.
    Bolaño, R. (2004). 2666. Barcelona: Anagrama.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["number_title"]

_NUMBER = lazy_compile(r"\d{3,4}")


def number_title(
    title: str, *, year: str | None, authors: tuple[str, ...], publisher: str | None
) -> bool:
    """Is ``title`` (digits only) a book's title: three or four digits, not the entry's
    year, with the entry's authors and publisher read?"""
    if not _NUMBER.fullmatch(title) or not authors or not publisher:
        return False
    return year is not None and title not in year
