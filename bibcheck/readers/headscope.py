"""Headings of a list named for the part of a book it serves.

A chapter of a monograph or of an edited volume often names its own list after the
chapter (``Works Cited in This Chapter``, ``References for Chapter 4``, ``Bibliography to
this Essay``, ``Notes to Chapter Two``): the list's name with a phrase of scope after it.
:func:`unscoped` drops that phrase, so the name left is looked up like any other heading.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

# the part of a publication a list belongs to
_PART = (
    r"(?:chapter|essay|article|paper|volume|book|section|part|entry|lecture|study|"
    r"introduction|appendix|contribution|thesis|dissertation|kapitel|chapitre|"
    r"cap[ií]tulo|capitolo)"
)
_NUMBER = r"(?:\d+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "in this chapter", "for the present volume", "to chapter 4", "(chapter IV)", "zu Kapitel 3"
_SCOPE = lazy_compile(
    r"(?<!\s)\s*+[(\[]?\s*+"
    r"(?:(?:in|for|to|of|from|zu|du|del|de)\s++)?"
    rf"(?:(?:this|the\s++present|these)\s++{_PART}s?|{_PART}\s++{_NUMBER}\b)"
    r"\s*+[)\]]?\s*+$",
    re.I,
)


def unscoped(key: str) -> str:
    """``key`` (a heading's text, lower case) without a phrase of scope at its end:
    ``works cited in this chapter`` -> ``works cited``; a heading without one is kept."""
    m = _SCOPE.search(key)
    if m is None or m.start() == 0:
        return key
    return key[: m.start()].rstrip(" ,:;–—-")
