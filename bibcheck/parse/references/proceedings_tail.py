"""A paper's proceedings left at the end of its title (pure functions).

SIAM's, the AMS's and some Harvard lists set the proceedings after the title with a comma
and a lower-case "in", and the pages after them::

    A. Okafor (2004), Fast cuts in graphs, in Proceedings of the 45th Symposium on …, pp. 3–9.
    Okafor, A. (2004). Fast cuts in graphs, in Proceedings of the 45th Symposium …, pp. 3–9.
    Okafor, A. (2004) Schnelle Schnitte, in: Tagungsband der 12. Konferenz …, S. 3–9.

A parser that read no host took all of it for the title.  :func:`proceedings_tail` cuts
the title where the proceedings begin (a conference's proceedings by name, an event by its
kind: :func:`.venues.conference_venue`), makes them the host (their pages apart) and the
entry a chapter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.venues import conference_venue

__all__ = ["proceedings_tail"]

# ", in Proceedings …", ", in: Proceedings …", ", In Proc. …"
_IN = lazy_compile(r",\s(?:in|In|im|dans|en):?\s")
# the pages that close the proceedings: ", pp. 3–9", ", S. 3–9", ", p. 4"
_PAGES = lazy_compile(
    r",\s(?:pp?|S|s|pág|págs)\.\s?(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?)[.,]?\s*$"
)


def proceedings_tail(ref: Reference) -> Reference:
    """``ref`` with proceedings at the end of its title (``Title, in Proceedings of …, pp.
    3–9``) made its host and pages, a chapter; otherwise unchanged."""
    if not ref.title or ref.host or ref.kind not in (RefKind.UNKNOWN, RefKind.ARTICLE):
        return ref
    for m in _IN.finditer(ref.title):
        rest = ref.title[m.end() :]
        if m.start() < 3 or not conference_venue(rest):
            continue
        pages = _PAGES.search(rest)
        host = rest[: pages.start()] if pages else rest
        host = re.sub(r",\s(?:pp?|S)\.?$", "", host.strip(" ,."))
        return replace(
            ref,
            title=ref.title[: m.start()].strip(" ,."),
            host=host,
            kind=RefKind.CHAPTER,
            pages=ref.pages or (pages.group("pages") if pages else None),
        )
    return ref
