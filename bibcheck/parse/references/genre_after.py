"""A genre word right after a work's title: what the work is, named bare.

Lists outside APA write what a work is as the first element after its title, no brackets:
``Dan Roe, Ann Lee. ["CIFAR-10-C"](https://doi.org/…). Dataset, Zenodo 2019.``, ``Ann Lee.
*seqtool*. Software, version 2.1, GitHub 2023.``, and Chicago's notes after the quoted
title (``Ann Lee, “Title,” dataset, version 1.2 (Zenodo, 2024), https://doi.org/…``).  A data
set and a program are ``web`` by the corpus conventions (tests/corpus/README.md), whatever a
parser made of that element (a journal called "Dataset, Zenodo 2019", "dataset, version").
:func:`named_genre_kind` gives such a reference its kind; a work with a volume or an issue
(a data paper in a journal) keeps its own.
The genre word read as the title's last comma-separated element (``Body, Title, dataset,
https://…``) is cut from it.  (APA's bracketed ``[Data set]`` is :mod:`.described`'s.)
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.title_end import after_title
from bibcheck.parse.references.venues import venue_start

__all__ = ["named_genre_kind"]

# the genre, the element's first word(s), then its end: "Dataset,", "Data set.", "Software,"
_GENRE = lazy_compile(
    r"(?:Data\sset|Dataset|Datensatz|Jeu\sde\sdonnées|Conjunto\sde\sdatos"
    r"|(?:Computer\s)?Software|Computer\sprogram|Logiciel"
    # (Icelandic: a statistics office's database, a database, a data set, software: "„Afli
    # eftir mánuðum.“ Talnagrunnur. Sótt …")
    r"|Talnagrunnur|Gagnagrunnur|Gagnasafn|Hugbúnaður)(?=[,.;:]|\s\(|$)",
    re.IGNORECASE,
)
# (“ too: it closes German and Icelandic quotes, „Titill.“ Talnagrunnur)
_CLOSED = lazy_compile(r"[”“\"’'»]*\s*")
_TAKEN = (RefKind.ARTICLE, RefKind.BOOK, RefKind.UNKNOWN, RefKind.REPORT)
# ... or the genre word read into the title's end after a comma, as comma-separated lists
# write it: "Body, Portate medie giornaliere, stazione X, dataset, https://…"
# a body named by its acronym with at most three capitalised words, then a comma: "ARPA
# Lombardia, ", "ISTAT, ", "SMHI, "
_BODY_HEAD = lazy_compile(
    r"^(?P<body>(?:[A-Z][\w-]*\s){0,3}[A-Z]{3,8}(?![\w-])(?:\s[A-Z][\w-]*){0,3}),\s(?=\w+\s\w)"
)
_TITLE_TAIL = lazy_compile(
    r",\s(?:data\sset|dataset|Datensatz|jeu\sde\sdonnées|conjunto\sde\sdatos"
    r"|set\sdi\sdati|datasett|dataset\sonline)$",
    re.IGNORECASE,
)


def named_genre_kind(ref: Reference) -> Reference:
    """``ref`` as ``web`` when the element after its title names it a data set or software
    (module docstring); otherwise unchanged."""
    # (a "volume" that is the year is none: "Dataset, Zenodo 2019" read as a journal's)
    volume = ref.volume if ref.volume not in (ref.year_raw, str(ref.year)) else None
    if ref.host and _GENRE.match(ref.host):
        volume = None  # ("dataset, version 1.2" read as a journal: the version's number)
    if ref.kind not in _TAKEN and ref.kind is not RefKind.WEB or not ref.title:
        return ref
    tail = _TITLE_TAIL.search(ref.title)
    if tail is not None and tail.start() > 0 and not (volume or ref.issue):
        title = ref.title[: tail.start()]
        body = _BODY_HEAD.match(title) if not ref.authors else None
        if body is not None:
            # (the body that publishes the data heads the entry: its author, no title)
            return dataclasses.replace(
                ref, title=title[body.end() :], authors=(body.group("body"),), kind=RefKind.WEB
            )
        return dataclasses.replace(ref, title=title, kind=RefKind.WEB)
    if ref.kind not in _TAKEN or volume or ref.issue:
        return ref
    after = after_title(ref.raw, ref.title)
    if after is None:
        return ref
    start = venue_start(after)
    # (Chicago's comma inside the title's quotes: "“Title,” dataset, version 1.2 (Zenodo,
    # 2024)", the genre after the closing quote)
    closed = _CLOSED.match(after, start)
    start = closed.end() if closed else start
    if _GENRE.match(after, start) is None:
        return ref
    # (the genre and what follows it read as a journal is none: "dataset, version")
    if ref.host and _GENRE.match(ref.host):
        return dataclasses.replace(ref, kind=RefKind.WEB, host=None, volume=None)
    return dataclasses.replace(ref, kind=RefKind.WEB)
