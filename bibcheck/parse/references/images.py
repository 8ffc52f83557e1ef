"""Images in a reference's text: never the cited work.

A note or entry may show a picture beside the citation (a slide, a cover, a badge):
Markdown's ``![alt](src)`` (with a title, ``![alt](src "Slide 3")``) or HTML's ``<img
src=...>``.  Its alt text is no title and its ``src`` no link to the work: both are
blanked (same length, line breaks kept, so columns and lines stay) before the fields are
read.  A linked image, ``[![cover](cover.jpg)](https://example.org/book)``, keeps its
link: the link is the work's, the picture inside it is blanked.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["without_images"]

# (the alt text and target as urls._MD_LINK reads a link's: escapes and one level of
# balanced brackets / parentheses, possessive, so a text full of "![" is read in linear time)
_MD_IMAGE = lazy_compile(
    r"!\[(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*+\])*+\]"
    r"\((?:[^()\[\]\s]|\([^()\[\]\s]*+\))*+(?:[ \t]++(?:\"[^\"\n]*+\"|'[^'\n]*+'))?[ \t]*+\)"
)
_HTML_IMAGE = lazy_compile(r"<img\b[^<>]*+>", re.I)


def _blank(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def without_images(text: str) -> str:
    """``text`` with every image blanked (see the module doc)."""
    if "![" in text:
        text = _MD_IMAGE.sub(_blank, text)
    if "<" in text:
        text = _HTML_IMAGE.sub(_blank, text)
    return text
