"""The title a ``.bib`` entry with no ``title`` of its own is printed under.

biblatex prints a whole book or proceedings (``@proceedings``, ``@collection``,
``@mvbook`` ...) written with only ``booktitle`` or ``maintitle`` under that title, and a
part of a book (``@inbook``, ``@incollection`` ...) with no title of its own under its
chapter's name, else (no chapter given) under the book's title::

    @proceedings{w19, booktitle = {Proceedings of the Ninth Workshop}}   -> that title
    @inbook{c7, chapter = {Sediment Transport}, booktitle = {Coastal Dynamics}}
                                      -> "Sediment Transport", in "Coastal Dynamics"
    @mvbook{m1, maintitle = {Histories of the Delta}}                    -> that title

A part named only by its chapter's number (``chapter = {9}``, the book from its
``crossref``) keeps no title: it is a part of the book, not a second copy of it, and its
book and number name it (no note). An entry left with no title at all is said
(:func:`untitled_anomaly`), never passed over: nothing can be looked up or matched by
its title. A journal article written without
its title (physics styles omit it: the journal, volume and page name the work) is no gap.
"""

from __future__ import annotations

import re

from bibcheck.model import Anomaly, AnomalyCode, BibRecord

__all__ = ["stand_in_title", "untitled_anomaly"]

# whole works: their booktitle/maintitle is their own title
_WHOLE = frozenset(
    {"proceedings", "mvproceedings", "collection", "mvcollection", "book", "mvbook"}
    | {"reference", "mvreference", "periodical"}
)
# parts of a book: titled by their chapter, else by the book they are in
_PARTS = frozenset(
    {"inbook", "incollection", "inproceedings", "conference", "bookinbook", "suppbook"}
    | {"suppcollection", "inreference", "suppperiodical"}
)
_WORDS = re.compile(r"[^\W\d_]{2,}\s+\S")  # a chapter's name, not "3" or "IV" or "A.2"


def _first(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = fields.get(name, "").strip().strip("{}").strip()
        if value:
            return value
    return None


def stand_in_title(entry_type: str, fields: dict[str, str]) -> tuple[str, str | None] | None:
    """(title, host) an entry with no title of its own is printed under, or None."""
    book = _first(fields, "booktitle", "maintitle")
    if entry_type in _WHOLE:
        return (book, None) if book else None
    if entry_type not in _PARTS:
        return None
    chapter = _first(fields, "chapter")
    if chapter and _WORDS.search(chapter):
        return chapter, book
    if chapter:
        return None  # "chapter 9" of a book: a part of it, no work of the book's title
    return (book, None) if book else None


def untitled_anomaly(record: BibRecord) -> Anomaly | None:
    """The note on a book, proceedings or part of one left with no title at all (None for
    other types: a journal article without its title, a ``@misc`` holding a note)."""
    if record.entry_type not in _WHOLE | _PARTS:
        return None  # (REVTeX's @misc{SM, note = {See Supplemental Material …}})
    if record.entry_type in _PARTS and _first(record.fields, "chapter"):
        return None  # named by its book and chapter number
    return Anomaly(
        AnomalyCode.TITLE_MISSING,
        f"entry {record.key!r} (@{record.entry_type}) has no title: no title, booktitle, "
        "maintitle or chapter field names the work",
        record.field_lines.get("title", record.line),
    )
