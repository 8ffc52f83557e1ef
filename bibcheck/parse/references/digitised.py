"""A digitised manuscript's page, cited as a web page by its publisher and title:
``British Library. "Add MS 49622: The Gorleston Psalter." Digitised Manuscripts. https://….
Accessed 2 October 2024.``

A library's shelfmark in an entry makes it an archival work (``unknown``: the manuscript
itself, :func:`bibcheck.parse.references.archival.archival_file`); but an entry that cites
the library's web page of the digitised copy, by the page's own title in quotation marks,
its address and the date it was consulted, cites a web page (as the ``Wexcombe Museum,
Collection Database, object record …, https://…, accessed …`` of a museum's online
catalogue does).  A manuscript cited by repository and shelfmark with a link beside it
(``Paris, BnF, lat. 6371, fol. 3v, https://gallica…``) stays the manuscript: its "title"
is the shelfmark run, in no quotation marks.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fields import find_access_date

__all__ = ["digitised_page"]

_ADDRESS = lazy_compile(r"\bhttps?://\S")
_PUBLISHER_ALONE = lazy_compile(r"[^,;.]{2,100}\.\s*")
_OPENING_QUOTES = "\"“„«‘'‚‹「『"


def digitised_page(ref: Reference, text: str) -> bool:
    """Is ``ref`` (read from ``text``) a web page with its own quoted title, an address
    and an access date?"""
    if ref.kind is not RefKind.WEB or not ref.title or _ADDRESS.search(text) is None:
        return False
    if find_access_date(text) is None:
        return False
    at = text.find(ref.title)
    before = text[:at].rstrip()  # (« Titre », with the French spaces)
    if at <= 0 or before[-1:] not in tuple(_OPENING_QUOTES):
        return False
    # (the page's publisher alone before its title: "British Library. “Add MS …”"; a
    # repository, fonds and shelfmark before a document's title is the archival file, its
    # catalogue's address beside it: "Archivo …, Guerra Moderna, 2764-B, «Informe». …")
    return _PUBLISHER_ALONE.fullmatch(before[:-1]) is not None
