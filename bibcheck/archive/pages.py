"""Title and visible text of a page, longer than the link checker keeps.

:func:`bibcheck.net.fetch.extract_page` keeps the first 4000 characters, enough
for soft-404 checks; a quotation may stand anywhere in an article, so drift
and quotation checks need the whole text (bounded by the body size cap).
Archive replay pages carry the Wayback toolbar, which is removed first.
"""

from __future__ import annotations

import html
import re

from bibcheck.net.fetch import TEXT_TYPES, Exchange, decode_body

PAGE_CHARS = 300_000
_TOOLBAR_RE = re.compile(
    r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
    re.IGNORECASE | re.DOTALL,
)
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_DROP_RE = re.compile(
    r"<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACE_RE.sub(" ", html.unescape(text)).strip()


def page_of(ex: Exchange) -> tuple[str | None, str | None]:
    """(title, visible text) of an HTML or plain-text answer; (None, None) otherwise."""
    mime = ex.content_type.split(";")[0].strip().lower() or "text/html"
    if mime not in TEXT_TYPES or not ex.body:
        return None, None
    text = decode_body(ex.body, ex.content_type)
    if mime == "text/plain":
        return None, _clean(text)[:PAGE_CHARS]
    text = _TOOLBAR_RE.sub(" ", text)
    title_m = _TITLE_RE.search(text)
    title = _clean(_TAG_RE.sub(" ", title_m.group(1))) if title_m else None
    visible = _TAG_RE.sub(" ", _DROP_RE.sub(" ", _COMMENT_RE.sub(" ", text)))
    return title or None, _clean(visible)[:PAGE_CHARS]
