"""A photograph in an image archive, cited as German notes and lists cite one.

The archive (or its index) is the author, the photograph's number in it may stand before the
colon or after the title, and the year the picture was taken is written ``Aufnahme 1967``::

    Bildarchiv X, Aufn.-Nr. ab123456: Rathaus, Nordfassade, Aufnahme 1931, https://…
    Bildarchiv X: Rathaus, Nordfassade, Aufnahme 1931, Aufn.-Nr. ab123456, https://…
    Stadtarchiv Y, Bild-Nr. 4711: Marktplatz mit Brunnen, Foto 1902.

:func:`number_after` moves the number from before the colon to the end (the second form),
so the archive is read as the author and the words after the colon as the title;
:func:`photo_kind` files the record as ``web`` when it is given by its address, as the
corpus conventions file an online archive's item (and ``Aufnahme``, the year's word, is no
place).  A drawing or a file by its inventory number (``Inv.-Nr.``, ``Sign.``) is no
photograph and is left alone.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.patterns import U

__all__ = ["number_after", "photo_kind"]

# the photograph's number in the archive: "Aufn.-Nr.", "Aufnahme-Nr.", "Bild-Nr.", "Foto-Nr.",
# "Neg.-Nr." (the negative's)
_LABEL = (
    r"(?:Aufn\.-Nr\.|Aufnahme-?Nr\.|Aufnahmenummer|Bild-?Nr\.|Bildnummer|Foto-?Nr\.|Neg\.-Nr\."
    r"|Negativ-?Nr\.)"
)
_LEAD = lazy_compile(
    rf"^(?P<body>[{U}][^,:;()\d]{{2,80}}?),\s(?P<number>{_LABEL}\s?[\w./-]{{1,30}}):\s"
    rf"(?P<rest>[{U}\d„\"].+?)\.?$"
)
# what makes a record a photograph's: its number's label, or the year the picture was taken
_PHOTO = lazy_compile(
    rf"{_LABEL}|,\s(?:Aufnahme|Foto|Fotografie|Photographie)(?:\svon\s[^,]{{2,40}})?"
    r"\s(?:\d{1,2}\.\s?\d{1,2}\.\s?)?(?:1[89]\d\d|20\d\d)\b"
)
_YEAR_WORD = frozenset({"Aufnahme", "Foto", "Fotografie", "Photographie"})


def number_after(text: str) -> str | None:
    """``text`` with a photograph's archive number moved from before the colon to the end
    (module doc), or None when ``text`` does not open so."""
    m = _LEAD.match(text.strip())
    if m is None:
        return None
    return f"{m.group('body')}: {m.group('rest')}, {m.group('number')}."


def photo_kind(ref: Reference, text: str, web: bool) -> Reference:
    """``ref`` filed as a web resource when ``text`` cites a photograph by an address
    (``web``); ``Aufnahme`` read as its place is none."""
    if not web or _PHOTO.search(text) is None:
        return ref
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN, RefKind.REPORT):
        return ref
    place = None if ref.place in _YEAR_WORD else ref.place
    return dataclasses.replace(ref, kind=RefKind.WEB, place=place)
