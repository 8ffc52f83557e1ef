"""A web resource listed under its title, NLM's way: ``Title [Internet]. Place: Body; …``.

NLM (Vancouver) lists a database, a dictionary online or a site with no author under its
title, the medium designator after it, then the body that keeps it, the day it was seen and
its address, in the language of the list::

    Lexicon of X [Internet]. Leipzig: University of Leipzig; [cited 2024 Feb 1].
        Available from: https://…
    Dicționarul Y [Internet]. Iași: Universitatea "Z"; [accesat 12.02.2025]. Disponibil
        la: https://…

The title is the sentence before the designator (a name quoted in the body's, ``"Z"``, is
no title), and a resource with no date of its own -- only the day it was seen -- that its
address serves is a web resource, no book (the corpus conventions: databases and web
pages are ``web``).  An entry with a body or a person before the title (a full stop in the
head) is left to the other rules.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["internet_title"]

# the head, one sentence (no full stop and space inside), then the designator
_HEAD = lazy_compile(
    r"^\s*+(?:\[\d{1,4}\]\s*+|\d{1,4}[.)]\s++)?"
    r"(?P<title>[^\s\[\]][^\[\]]{2,200}?)\s?"
    r"\[(?i:Internet|Online|en\slínea|em\slinha|en\sligne|on-line|online\sdatabase)\]\.(?:\s|$)"
)
_SENTENCE_BREAK = lazy_compile(r"\.\s")
_TAKEN = frozenset({RefKind.BOOK, RefKind.UNKNOWN})


def internet_title(ref: Reference) -> Reference:
    """``ref`` titled by the sentence before its ``[Internet]``, a web resource when it has
    no date of its own (see the module); unchanged for any other entry."""
    if ref.authors or ref.host is not None:
        return ref
    m = _HEAD.match(" ".join(ref.raw.split()))
    if m is None:
        return ref
    title = m.group("title").strip()
    if _SENTENCE_BREAK.search(title):
        return ref
    kind = ref.kind
    if kind in _TAKEN and ref.year is None and ref.url:
        kind = RefKind.WEB
    if title == ref.title and kind is ref.kind:
        return ref
    return dataclasses.replace(ref, title=title, kind=kind)
