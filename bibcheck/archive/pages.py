"""Title and visible text of an archived or live page, longer than the link checker keeps.

The link checker keeps the first 4000 characters, enough for soft-404
checks; a quotation may stand anywhere in an article, so drift and quotation
checks need the whole text (bounded by the body size cap).  Archive replay
pages carry the Wayback toolbar, which is removed first.  The extraction
itself is :func:`bibcheck.net.pages.extract_page`.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.net.client import Exchange
from bibcheck.net.pages import extract_page

PAGE_CHARS = 300_000
TOOLBAR_RE = lazy_compile(
    r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
    re.IGNORECASE | re.DOTALL,
)


def page_of(ex: Exchange) -> tuple[str | None, str | None]:
    """(title, visible text) of an HTML or plain-text answer; (None, None) otherwise."""
    content_type = ex.content_type if ex.content_type.strip() else "text/html"
    return extract_page(ex.body, content_type, max_chars=PAGE_CHARS, strip=TOOLBAR_RE)
