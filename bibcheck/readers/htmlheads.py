"""Headings a word processor writes as paragraphs.

Word ("Web Page, Filtered"), Google Docs and LibreOffice export a heading typed as a
centred or bold line, or in a Title/Heading paragraph style, as ``<p>``:
``<p class=MsoNormal align=center style='text-align:center'>Works Cited</p>``.  A short
paragraph alone that is styled so, or that is followed by an entry-shaped paragraph (a
hanging indent, or a year in it), is a heading when its text is one (the caller asks).
"""

from __future__ import annotations

import re

from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.htmltree import text_of

# a paragraph style's class as the exporters name it ("MsoTitle", "MsoHeading1", Google
# Docs' "title"), not a site's "site-title"
_STYLE_CLASS = lazy_compile(r"^(?:Mso)?(?:Title|Subtitle|Heading\s?\d?)$", re.I)
_CHROME = ("header", "nav", "footer", "aside")
_CENTRED = lazy_compile(r"text-align\s*:\s*center", re.I)
_BOLD = lazy_compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_HANGING = lazy_compile(r"text-indent\s*:\s*-", re.I)
_YEAR = lazy_compile(r"\b(?:1[5-9]|20)\d{2}\b")
_BLOCKS = ("p", "div", "li", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6")


def paragraph_heading(tag: Tag) -> bool:
    """Is ``tag`` a short paragraph styled or placed as a heading?"""
    if tag.name not in ("p", "div") or tag.find(list(_BLOCKS)) is not None:
        return False
    text = " ".join(text_of(tag).split())
    if not text or len(text) > 60 or tag.find_parent(list(_CHROME)) is not None:
        return False
    return _styled(tag, text) or _entry_follows(tag)


def _styled(tag: Tag, text: str) -> bool:
    style = str(tag.get("style") or "")
    if str(tag.get("align") or "").lower() == "center" or _CENTRED.search(style):
        return True
    if _BOLD.search(style) or any(
        _STYLE_CLASS.search(c) for c in tag.get_attribute_list("class") or []
    ):
        return True
    bold = tag.find(["b", "strong"])
    return bold is not None and " ".join(text_of(bold).split()) == text


def _entry_follows(tag: Tag) -> bool:
    after = tag.find_next_sibling(list(_BLOCKS))
    if after is None or after.name not in ("p", "div"):
        return False
    return bool(_HANGING.search(str(after.get("style") or ""))) or bool(
        _YEAR.search(text_of(after))
    )
