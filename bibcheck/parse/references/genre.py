"""The kind of work GOST 7.1 / ДСТУ 8302 name after the title, as its "other title
information": ``Title : підручник``, ``: учебник для вузов``, ``: навч. посіб.``, ``: учеб.
пособие``, ``: монографія``, ``: довідник``, ``: зб. наук. пр.``, ``: сб. науч. тр.``, ``:
textbook``.  The designation is no part of the title proper, and it says the work is a
book (a thesis's ``: дис. … канд.`` is :mod:`.thesis`'s).  Written with or without GOST's
area dashes, whichever parser read the reference."""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

_BOOK_GENRE = lazy_compile(
    r"\s?:\s(?=(?:підручник|учебник|навч(?:альн\w*|\.)\s?(?:-\s?метод\w*\.?\s)?посіб"
    r"|учеб(?:ное|\.)?\s?(?:-\s?метод(?:ическое|\.)\s)?пособ|учебно-методическое\s"
    r"|монограф|довідник|справочник|хрестомат|практикум|(?:курс|конспект)\sлекц"
    r"|(?:зб|сб)(?:\.|ірник|орник)\s(?:наук|науч|стат|матер)"
    # (GOST writes the designation in lower case, in Latin script too: ": textbook"; a
    # subtitle in title case is the title's own, "Italy: Handbook for Travellers")
    r"|(?-i:monograph|textbook|handbook)"
    # a (short) statistical collection, abbreviated as GOST 7.12 has it: ": крат. стат. сб.",
    # ": стат. зб."
    r"|(?:крат\.\s)?стат\.\s(?:сб|зб)\.)"
    r")",
    re.IGNORECASE,
)


def book_genre(ref: Reference) -> Reference:
    """``ref`` with its title cut before a book's genre designation, and a book when its
    kind was not known; as it was when its title has none (or nothing before it)."""
    title = ref.title
    if not title:
        return ref
    genre = _BOOK_GENRE.search(title)
    if genre is None or not title[: genre.start()].strip():
        return ref
    kind = RefKind.BOOK if ref.kind is RefKind.UNKNOWN else ref.kind
    return dataclasses.replace(ref, title=title[: genre.start()].rstrip(), kind=kind)
