"""Is a text a whole HTML page (the HTML reader's), or Markdown holding some HTML?

A page saved from a browser or written by a book toolchain (``<!DOCTYPE html>``,
``<html>``, ``<body>``) is HTML whatever its inline markup looks like: a note body that
opens its own line with ``<sup>1</sup>`` is no ``sup-markdown`` definition there, and an
indented paragraph no Markdown code block.  Markdown with HTML fragments in it (an
ATX heading, a ``[^n]:`` definition, a block quote, a Pandoc citation, three times or
more) and no page of its own is not one.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["HTML_EXTENSIONS", "has_page_markup", "markdown_signs", "whole_page"]

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
# a whole page, not HTML written inside another markup
_WHOLE_PAGE = lazy_compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.I)
# Markdown around the HTML: ATX headings, note definitions, block quotes, Pandoc citations
_MARKDOWN_SIGNS = lazy_compile(r"(?m)^(?:#{1,6}[ \t]+\S|\[\^[^\]\n]+\]:|>[ \t])|\[-?@[\w]")
_HEAD = 200_000  # (a page says what it is near its top)


def markdown_signs(text: str) -> int:
    """How many Markdown constructs stand in the first part of ``text``."""
    return len(_MARKDOWN_SIGNS.findall(text[:_HEAD]))


def has_page_markup(text: str) -> bool:
    """Does ``text`` have a doctype, ``<html>`` or ``<body>`` near its top?"""
    return _WHOLE_PAGE.search(text[:_HEAD]) is not None


def whole_page(text: str) -> bool:
    """Is ``text`` a whole HTML page: page markup, and less than three Markdown signs?"""
    return has_page_markup(text) and markdown_signs(text) < 3
