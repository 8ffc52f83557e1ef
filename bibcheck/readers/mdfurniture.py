"""The furniture a blog or newsletter platform puts after a Markdown post's last list.

Substack, Ghost, WordPress (Jetpack), Hugo and Jekyll themes end a post with a line of
buttons: "Share · Leave a comment", "*Share this:* Facebook · WhatsApp · X", "Subscribe
now", a sign-up form's link.  Exported to Markdown they stand after the post's notes or
reference list, which then no longer ends the document.  Such a line is known whatever its
language by what its links point at (a share or comment endpoint, a sign-up form, a
profile: :func:`bibcheck.readers.links.is_chrome`) or by a button's words; the words beside
the links are few ("Share this:", "Tevera", a separator).

:func:`furniture_start` finds where that furniture begins at the end of some lines, so a
reader can look at the list above it as the document's last block.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers import mddestination
from bibcheck.readers.common import LIST_ITEM
from bibcheck.readers.links import CHROME_TEXT, is_chrome

__all__ = ["MAX_WORDS", "furniture", "furniture_start"]

MAX_WORDS = 8  # words a line of buttons may hold beside its links ("Share this:")
_MAX_LINES = 6  # lines of furniture looked at, from the end up
# a Markdown link "[text](url)" or "[text](url "title")", an image "![alt](src)", an
# autolink "<https://…>"
_LINK = lazy_compile(
    r"!?\[(?P<text>[^\[\]\n]{0,300})\]\([ \t]*+"
    + mddestination.url_group("url")
    + rf"(?:[ \t]++{mddestination.TITLE})?[ \t]*+\)"
    r"|<(?P<auto>https?://[^<>\s]{1,2000})>"
)
# an image wrapped in a link ("[![](badge.png)](url)"): its inner image read as text first
_IMAGE = lazy_compile(rf"!\[[^\[\]\n]{{0,300}}\]{mddestination.INLINE}")
_WORD = lazy_compile(r"[^\W_]")
_EMPHASIS = lazy_compile(r"[*_~`]+")


def furniture(paragraph: str) -> bool:
    """Is ``paragraph`` a line of a platform's buttons (share, comment, subscribe, follow),
    no text of the post's own?"""
    if LIST_ITEM.match(paragraph):
        return False  # an item of the list (a profile's link is an entry there)
    text = _IMAGE.sub(" ", paragraph)
    links = list(_LINK.finditer(text))
    if not links:
        return bool(CHROME_TEXT.match(_EMPHASIS.sub("", text).strip()))
    for m in links:
        url = m.group("auto") or m.group("url")
        if not is_chrome(url, _EMPHASIS.sub("", m.group("text") or "")):
            return False
    rest = _LINK.sub(" ", text)
    words = [w for w in rest.split() if _WORD.search(w)]
    return len(words) <= MAX_WORDS


def furniture_start(lines: Sequence[str], end: int | None = None) -> int:
    """Where the furniture at the end of ``lines[:end]`` begins (its paragraphs and the
    blank lines around them): ``end`` (after its blank lines) when there is none."""
    stop = len(lines) if end is None else end
    while stop > 0 and not lines[stop - 1].strip():
        stop -= 1
    while stop > 0:
        top = stop
        while top > 0 and lines[top - 1].strip() and stop - top < _MAX_LINES:
            top -= 1
        if top > 0 and lines[top - 1].strip():
            return stop  # a paragraph longer than a line of buttons
        if not furniture(" ".join(line.strip() for line in lines[top:stop])):
            return stop
        stop = top
        while stop > 0 and not lines[stop - 1].strip():
            stop -= 1
    return stop
