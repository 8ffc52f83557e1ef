"""Body bytes -> text: charset detection, then the title and visible text of a page.

One extractor for every stage: the link checker keeps the first
:data:`PAGE_TEXT_CHARS` characters (enough for soft-404 checks), the archive
stage asks for much more (a quotation may stand anywhere in an article) and
removes the Wayback toolbar with ``strip``.  Regular expressions rather than
a full HTML parser: only the title and a rough text sample are needed, and
it must stay cheap on megabyte pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import charset_normalizer

from bibcheck.lazyre import Regex, lazy_compile

PAGE_TEXT_CHARS = 4000
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
HTML_TYPES = TEXT_TYPES[:2]

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_TITLE_RE = lazy_compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_DROP_RE = lazy_compile(
    r"<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_DROP_OPEN_RE = lazy_compile(r"<(script|style|noscript|template|svg|head)\b", re.IGNORECASE)
_COMMENT_RE = lazy_compile(r"<!--.*?-->", re.DOTALL)
PREFIX_FACTOR = 16  # characters of markup first read per character of text wanted
# characters at the end of a cut text that the cut may change: an entity cut short
# (the longest, with its ``&`` and ``;``, has 33), a word or space cut in two
_CLEAN_REACH = 40
_TAG_RE = lazy_compile(r"<[^>]*>")


def mime_of(content_type: str) -> str:
    """``text/html`` of ``Text/HTML; charset=utf-8``."""
    return content_type.split(";")[0].strip().lower()


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _decode_strict(body: bytes, encoding: str) -> str | None:
    """``body`` decoded, tolerating only a character cut at the very end (size cap)."""
    try:
        return body.decode(encoding)
    except LookupError:
        return None
    except UnicodeDecodeError as e:
        if e.start >= len(body) - 4:
            return body[: e.start].decode(encoding, errors="replace")
        return None


def _candidates(body: bytes, content_type: str, tried: str | None) -> Iterator[str | None]:
    """The declared charsets after the header's (``tried``, already tried when given) in
    order of trust, each worked out only if the one before did not decode."""
    if not tried:
        yield _charset(content_type)
    if m := _CHARSET_RE.search(body[:4096]):
        yield m.group(1).decode("ascii", "replace")
    yield "utf-8"


def decode_body(body: bytes, content_type: str) -> str:
    """Text of ``body``: header charset, then meta charset, UTF-8, then detection.

    Declared charsets are often wrong on old sites (UTF-8 declared, cp1251
    sent), so each candidate must decode cleanly before it is believed.
    """
    declared = _charset(content_type) if ";" in content_type else None
    if declared:  # most pages: the header's charset decodes, no search for a meta tag
        text = _decode_strict(body, declared)
        if text is not None:
            return text
    for name in _candidates(body, content_type, declared):
        text = _decode_strict(body, name) if name else None
        if text is not None:
            return text
    best = charset_normalizer.from_bytes(body[:65536]).best()
    encoding = best.encoding if best is not None else "latin-1"
    return body.decode(encoding, errors="replace")


def _clean(text: str) -> str:
    """Entities decoded, whitespace runs collapsed to one space, no space at the ends.
    (``str.split`` and the ``\\s`` of a ``str`` pattern know the same whitespace; a
    regular-expression substitution costs five times as much per space.)"""
    return " ".join(html.unescape(text).split())


def extract_page(
    body: bytes,
    content_type: str,
    *,
    max_chars: int = PAGE_TEXT_CHARS,
    strip: Regex | None = None,
) -> tuple[str | None, str | None]:
    """(title, first ``max_chars`` of the visible text) of an HTML or plain-text body.

    ``strip`` removes matching markup first (e.g. an archive's replay toolbar).
    Other media types give ``(None, None)``.
    """
    mime = mime_of(content_type)
    if mime not in TEXT_TYPES or not body:
        return None, None
    text = decode_body(body, content_type)
    if mime == "text/plain":
        return None, _clean(text)[:max_chars]
    if strip is not None:
        text = strip.sub(" ", text)
    title_m = _TITLE_RE.search(text)
    title = _clean(_TAG_RE.sub(" ", title_m.group(1))) if title_m else None
    return title or None, _visible(text, max_chars)


def _visible(text: str, max_chars: int) -> str:
    """The first ``max_chars`` of the visible text of ``text`` (HTML).

    A long page is worked on from a prefix first (most pages have their first
    thousands of characters of text within it): cut, at each step, where the
    prefix and the whole page could part - an element, comment or tag left
    open at the cut - so that what remains is exactly the start of the whole
    page's visible text (never a dropped element's contents).  When it is too
    short for ``max_chars``, the whole page is read.
    """
    end = max_chars * PREFIX_FACTOR
    if len(text) > 2 * end:
        part = _COMMENT_RE.sub(" ", text[:end])
        part = part[: _find(part, "<!--")]
        part = _DROP_RE.sub(" ", part)
        if m := _DROP_OPEN_RE.search(part):
            part = part[: m.start()]
        part = _TAG_RE.sub(" ", part)
        visible = _clean(part[: _find(part, "<")])
        if len(visible) >= max_chars + _CLEAN_REACH:  # the cut's effect lies beyond
            return visible[:max_chars]
    if "<!--" in text:  # (most pages have no comment: no pass over them for one)
        text = _COMMENT_RE.sub(" ", text)
    visible = _TAG_RE.sub(" ", _DROP_RE.sub(" ", text))
    return _clean(visible)[:max_chars]


def _find(text: str, sub: str) -> int:
    """Where ``sub`` first occurs in ``text``, else its length."""
    at = text.find(sub)
    return len(text) if at < 0 else at
