"""The publication date an AMA web entry states beside its update date.

AMA (and the styles of medical publishers after it) dates a web page or an online document
by sentences of their own after the title: the date it was published, the date it was last
updated, the date it was seen::

    National Institute for Health and Care Excellence. Hypertension in Adults. NICE guideline
    NG136. Published August 28, 2019. Updated November 21, 2023. Accessed January 8, 2025.

The work's year is the published one; a later update does not change it (an entry that gives
only ``Updated …`` is dated by that, as before).  The same sentences in French (``Publié le
3 mars 2020. Mis à jour le …``), German (``Veröffentlicht am 3. März 2020. Aktualisiert am
…``), Spanish (``Publicado el 3 de marzo de 2020. Actualizado …``) and Portuguese
(``Publicado em …``), and the preprint's ``Posted online`` / ``Preprint posted online``.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["published_year"]

_PUBLISHED = lazy_compile(
    r"(?:^|[.;]\s)(?:Published(?:\sonline)?|(?:Preprint\s)?[Pp]osted(?:\sonline)?|Publié(?:\sle)?"
    r"|Mis\sen\sligne(?:\sle)?|Veröffentlicht(?:\sam)?|Publicado(?:\s(?:el|em))?)\s"
    r"(?P<date>(?:[^.;]|(?<=\d)\.){0,30}?\b(?P<year>(?:1[6-9]|20)\d\d))\b(?!\s?[–-]\s?\d)",
)
_UPDATED = lazy_compile(
    r"(?:^|[.;]\s)(?:Updated|Last\supdated|Mis\sà\sjour|Aktualisiert|Actualizado|Atualizado)\b",
    re.IGNORECASE,
)


def published_year(text: str) -> tuple[int, str] | None:
    """The year of the ``Published …`` sentence of an entry that also states an update
    date (and the year as written), else None."""
    if _UPDATED.search(text) is None:
        return None
    m = _PUBLISHED.search(text)
    if m is None:
        return None
    return int(m.group("year")), m.group("year")
