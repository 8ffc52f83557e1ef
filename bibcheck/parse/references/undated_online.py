"""A work online with no date of its own, only the day it was seen: a ``web`` resource.

ABNT NBR 6023 and the ISO 690 lists of its family date every work they describe: a book
whose year is unknown is dated all the same, guessed in brackets (``[2019?]``, ``[20--]``).
An entry under a body's heading that gives its online address and the day it was consulted
and no date of its own is a site, a system or a portal the body keeps online, not a book::

    BRASIL. Ministério da Saúde. *Painel de monitoramento*: dados abertos. Brasília, DF:
        Ministério da Saúde. Disponível em: https://…. Acesso em: 3 mar. 2025.

(the imprint's place and publisher are the site's owner's).  Such an entry, read as a book
with no year, no ISBN, edition, volume or pages, is ``web``.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["undated_online"]

# what a book prints and a site does not: an ISBN, an edition, a volume, pages, a bracketed
# (guessed) date of publication
_BOOKISH = lazy_compile(
    r"\bIS[BS]N\b|\b\d+\.?\s?(?:ed|éd|Aufl|vyd|wyd)\.|\b(?:v|vol|t)\.\s?\d|\b(?:p|pp|s)\.\s?\d"
    r"|\[(?:c\.?\s?)?(?:1[5-9]|20)[\d-]{2}\??\]|\b\d{1,4}\s?p\.(?:\s|$)",
    re.IGNORECASE,
)


def undated_online(ref: Reference, has_web_url: bool, accessed: bool) -> Reference:
    """``ref`` a ``web`` resource when it is an ABNT (or ISO 690) entry read as a book
    with a web address and an access date (``accessed``: the entry says when it was seen)
    but no date of its own (see the module)."""
    if (
        ref.kind is not RefKind.BOOK
        or ref.style != "caps"
        or not has_web_url
        or not accessed
        or ref.year is not None
        or ref.year_raw is not None
        or ref.volume
        or ref.pages
    ):
        return ref
    if _BOOKISH.search(" ".join(ref.raw.split())) is not None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
