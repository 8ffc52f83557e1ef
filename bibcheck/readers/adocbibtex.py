"""The order of the list asciidoctor-bibtex prints for ``bibliography::[]``.

asciidoctor-bibtex collects the keys of every ``cite:[...]``/``citenp:[...]`` in the
order they appear in the document (a citation inside a footnote where the footnote
stands) and keeps the first occurrence of each.  The list keeps that order only for a
*numeric* CSL style (``:bibtex-style:``, ``ieee`` by default) with ``:bibtex-order:
appearance`` (the default); with ``:bibtex-order: alphabetical``, and with any style
that is not numeric (``apa``, ``chicago-author-date``, ``harvard-*``, note styles),
the entries are sorted by their authors (``Surname, Given``, upper-cased; the editors
when there are none) and then the year.

Whether a style is numeric is known from its CSL file; here it is told from the name,
by the families of styles that are (``ieee``, ``vancouver``, ``nature``, ``*-numeric``
...) and those that are not (``apa``, ``*-author-date``, ``harvard``, ``*-note``).  A
style known to be neither keeps the order of appearance, the documented default.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum

from bibcheck.model import RawNote
from bibcheck.readers.keyed import Cites
from bibcheck.readers.listorder import ListSort, SortPart, numeric_style, ordered

__all__ = ["ListOrder", "appearance", "list_order", "numeric_style", "ordered_keys"]


class ListOrder(Enum):
    """How the printed list is ordered."""

    APPEARANCE = "appearance"
    ALPHABETICAL = "alphabetical"


DEFAULT_STYLE = "ieee"  # asciidoctor-bibtex's default :bibtex-style:
_ALPHABETICAL = ListSort((SortPart.NAME, SortPart.YEAR), use_prefix=True)


def list_order(style: str | None, order: str | None) -> ListOrder:
    """The order of the printed list for ``:bibtex-style:`` and ``:bibtex-order:`` (None:
    the attribute is not set)."""
    if (order or "").strip().lower() == "alphabetical":
        return ListOrder.ALPHABETICAL
    if numeric_style(style or DEFAULT_STYLE) is False:
        return ListOrder.ALPHABETICAL
    return ListOrder.APPEARANCE


def appearance(cites: Cites, in_text: Sequence[str] = ()) -> Cites:
    """``cites`` in the order of their first citation in the document (each at its
    earliest line: a reader that takes the notes first meets a footnote's citations
    before those of the body above it); keys on one line in the order ``in_text`` (the
    keys as the text cites them) gives, else as they were met."""
    earliest = {key: min(cites.lines.get(key) or {at}) for key, (at, _) in cites.first.items()}
    place: dict[str, int] = {}
    for key in in_text:
        place.setdefault(key, len(place))
    keys = sorted(cites.first, key=lambda key: (earliest[key], place.get(key, len(place))))
    first = {key: (earliest[key], cites.first[key][1]) for key in keys}
    return Cites(first, {key: set(lines) for key, lines in cites.lines.items()})


def ordered_keys(
    keys: Sequence[str], entries: Mapping[str, RawNote], order: ListOrder
) -> list[str]:
    """``keys`` (in order of appearance) as the printed list orders them (by author as
    written, "van" first, then the year: :func:`bibcheck.readers.listorder.ordered`)."""
    if order is ListOrder.APPEARANCE:
        return list(keys)
    return ordered(keys, entries, _ALPHABETICAL)
