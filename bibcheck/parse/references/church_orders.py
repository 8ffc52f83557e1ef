"""A church's own statute or order, cited by its title with no author: a ``report``.

Church histories cite the order a church gives itself as they cite a state's act, by its
title, then where it was printed: ``Statutul pentru organizarea și funcționarea Bisericii
Ortodoxe Române, București, Editura …, 2008, art. 1.``, ``Kirchenordnung der Evangelischen
Kirche im Rheinland, Düsseldorf, 2003.``, ``Kerkorde van de Protestantse Kerk in Nederland,
Utrecht, 2004.``, ``Статут Української Православної Церкви, Київ, 1990.``.  The corpus
conventions (``tests/corpus/README.md``, kinds of sources that are not articles or books)
file such an official document as a ``report``.  The title opens the reference with the
order's word and names the church; a person's book about one (``Ion Rusu, Statutul
Bisericii …``) opens with its author and is left alone, as is a work printed *in* a host
(``…, în Revista …``).

The title's words hold the conjunction of their language (``organizarea și
funcționarea``), which the name readers take for two persons joined: the title is taken
back whole, up to the place of publication (or the first comma when no known place follows).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.official_body import CHURCH_LAW_WORDS, CHURCH_WORDS
from bibcheck.parse.references.places import is_place

__all__ = ["church_order"]

# the order's word opening the title, and the church named in it: the words of
# :mod:`.official_body`, which files a typed entry of a church's own law the same way
_ORDER = lazy_compile(rf"^[*_]?(?:{CHURCH_LAW_WORDS})\b")
_CHURCH = lazy_compile(rf"\b(?:{CHURCH_WORDS})\b", re.IGNORECASE)
# a host after the title: the work is printed in something else (an article, a chapter)
_HOSTED = lazy_compile(r",\s[*_]?(?:in|In|în|În|en|dans|w|im):?\s")
_TAKEN = frozenset({RefKind.UNKNOWN, RefKind.BOOK, RefKind.ARTICLE})


def church_order(ref: Reference, text: str) -> Reference:
    """``ref`` a ``report`` titled with the order's whole title when ``text`` opens with a
    church's statute or order (see the module); as it is otherwise."""
    if ref.kind not in _TAKEN or _ORDER.match(text) is None or _HOSTED.search(text):
        return ref
    parts = text.split(", ")
    end = next((i for i in range(1, min(len(parts), 8)) if is_place(parts[i].strip(" .*_"))), 1)
    title = ", ".join(parts[:end]).strip(" .*_")
    if not _CHURCH.search(title) or len(title) > 300:
        return ref
    # (the names read must be the title's words: "… și funcționarea Bisericii …")
    if any(author not in title for author in ref.authors):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT, title=title, authors=())
