"""An act whose title closes with its designation, printed in its official gazette: a
``report``.

Turkish puts a phrase's head last, and an act's name ends with what it is -- a law
(``Kanun``, ``Kanunu``), a regulation (``Yönetmelik``, ``Yönetmeliği``), a by-law
(``Tüzük``, ``Tüzüğü``), a communiqué (``Tebliğ``, ``Tebliği``), a circular (``Genelge``,
``Genelgesi``), a decree (``Kararname``, ``Kararnamesi``), a directive (``Yönerge``,
``Yönergesi``).  APA lists in Turkish cite such an act as an article, the gazette in the
journal's place and its issue's number after it::

    Sağlık Bakanlığı. (2019). Atık yönetimi yönetmeliği. Resmî Gazete, 30728.
    Türk Gıda Kodeksi Etiketleme Tebliği. (2017). Resmî Gazete, 30028.

:mod:`.gazette_acts` reads acts whose designation opens the title (``Ley 14/1986 …``,
``Real orden de …``); this module reads those whose designation closes it, when the text
names the Resmî Gazete: either alone is not enough (an article may be titled for a law,
``Yeni iş kanunu``; a book may be about the gazette).  The corpus files legislation as
``report``; the title stays as read.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["closing_act"]

# the designation closing the title (bare, or with the compound's suffix)
_DESIGNATION = lazy_compile(
    r"(?<!\w)(?:Kanunu?|Yönetmeli(?:k|ği)|Tüzü(?:k|ğü)|Tebliği?|Genelgesi?|Kararnamesi?"
    r"|Yönergesi?)$",
    re.IGNORECASE,
)
# the Republic of Türkiye's official gazette
_GAZETTE = lazy_compile(r"\bResm[iî]\sGazete\b")
# what such an act may have been read as (a book with no publisher: the gazette's issue)
_RELABELLED = frozenset({RefKind.ARTICLE, RefKind.UNKNOWN, RefKind.WEB})


def closing_act(ref: Reference) -> Reference:
    """``ref`` a ``report`` when its title closes with an act's designation and its text
    names the official gazette (see the module); ``ref`` itself otherwise."""
    title = (ref.title or "").strip(" .,*_")
    if not title or _DESIGNATION.search(title[-20:]) is None:
        return ref
    if ref.kind not in _RELABELLED and not (ref.kind is RefKind.BOOK and not ref.publisher):
        return ref
    if _GAZETTE.search(" ".join(ref.raw.split())) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
