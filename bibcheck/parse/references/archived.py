"""A work's own address and its archived copy, when an entry names both.

Writers name an archived copy beside (or instead of) a page that may go away:
``[Title](https://council.example/plan) (2016), archived at <https://web.archive.org/web/
20160914083012/https://council.example/plan>``, or Wikipedia's ``Archived from the original
on 4 June 2020 at https://web.archive.org/web/20200604101522/https://example.org/page``.
The work's address (``Reference.url``) is the original page; the copy is
``Reference.archive_url``.  A Wayback-style copy with no original written beside it holds
the original in its path (``/web/<timestamp>/<original>``), which is then the work's
address.  An entry whose only address is an archive's own page (``https://web.archive.org/
save``, a tool cited as a work) has no copy: that page is the work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

# The web archives a writer names a copy in: the Wayback Machine (and other Wayback
# installations), archive.today's hosts, WebCite, Archive-It.
ARCHIVES = lazy_compile(
    r"https?://(?:web\.archive\.org|wayback\.[\w.]+|archive\.(?:today|ph|is|li|vn|fo|md)"
    r"|www\.webcitation\.org|wayback\.archive-it\.org)/",
    re.I,
)
# a Wayback copy's path: "/web/20200604101522/https://…", "/web/2016id_/example.org/…"
_WAYBACK = lazy_compile(
    r"^https?://(?:web\.archive\.org|wayback\.[\w.]+|wayback\.archive-it\.org(?:/\d+)?)"
    r"/(?:web/)?\d{4,14}(?:[a-z]{2}_)?/(?P<original>\S+)$",
    re.I,
)
_SCHEME = lazy_compile(r"^(?:https?|ftp)://", re.I)


def original_of(url: str) -> str | None:
    """The original page a Wayback-style copy ``url`` holds in its path, or None."""
    m = _WAYBACK.match(url.strip())
    if m is None:
        return None
    original = m.group("original")
    if not _SCHEME.match(original):
        original = "http://" + original.lstrip("/")
    return original if "." in original.split("//", 1)[1].split("/", 1)[0] else None


def own_and_copy(urls: Sequence[str]) -> tuple[str | None, str | None]:
    """``(the work's own address, its archived copy)`` among an entry's ``urls``, in the
    order written; ``(None, None)`` when no address is an archived copy of a page."""
    copies = [u for u in urls if ARCHIVES.match(u) and original_of(u) is not None]
    if not copies:
        return None, None
    own = next((u for u in urls if not ARCHIVES.match(u)), None)
    return (own or original_of(copies[0])), copies[0]


# The words that introduce an archived copy, its address cut out of the entry's text after
# them (the cut leaves a run of spaces, or the text's end): "archived at", "Archived from
# the original on 4 June 2020 at", "kopia archiwalna:", "archivado desde el original el
# 3 de marzo de 2020", "archiviert am 3. März 2020 unter".  No part of a title.
_ON = r"(?:\s+(?:on|el|en|am|vom|le|dnia)\s+[^,;()\s][^,;()]{2,30}?)?"
_LEAD_IN = lazy_compile(
    r"[,;]?\s*(?<!\w)(?:"
    r"(?:an?\s+)?archived(?:\s+(?:copy|version))?(?:\s+from\s+the\s+original)?"
    + _ON
    + r"(?:\s+(?:at|in|on|via))?"
    r"|(?:kopia|wersja)\s+archiwalna"
    + _ON
    + r"|archivado(?:\s+desde\s+el\s+original)?"
    + _ON
    + r"(?:\s+en)?"
    r"|archiviert" + _ON + r"(?:\s+(?:bei|unter|in))?"
    r"|archivé" + _ON + r"(?:\s+(?:sur|dans))?"
    r")\s*:?(?=\s\s|\s*$)",
    re.I,
)


def without_lead_in(rest: str) -> str:
    """``rest`` (an entry's text, its addresses cut out) without the words that introduced
    an archived copy's address."""
    return _LEAD_IN.sub(" ", rest)
