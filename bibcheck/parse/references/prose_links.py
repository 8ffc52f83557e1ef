"""The words before a linked title in a note: the authors' names, or prose running into
the link.

``Nordberg, Bengt, [Stadsspråk och dialektutjämning](url), Uppsala, 1985`` names its author
before the linked title; ``Thanks to [Jane Roe for the idea](url)!``, ``Yes you can escape
[shortcodes in posts](url)`` and ``With [proper attribution](url), of course`` are sentences of
a blog's notes, whose words before the link are no author.  Names end with a separator
(a comma, a full stop, a colon, a closing parenthesis after a year); prose runs into the link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import ParsedUrl

__all__ = ["names_before_link", "other_links"]

_SEPARATED = lazy_compile(r"[,.:;)]\s*+$")


def names_before_link(head: str) -> bool:
    """Can ``head``, the words before a linked title (as the title text has them), be the
    names of its authors?"""
    # (an organisation's name may hold lower-case words: "Magistrát města Brna, [Title](…)")
    return _SEPARATED.search(head) is not None and re.search(r"[^\W\d_]", head) is not None


def other_links(urls: Sequence[ParsedUrl]) -> tuple[str, ...]:
    """The clean URLs of a reference after its first (``[several](a) [tools](b)``: b), each
    once: they are checked and archived with the first."""
    seen = {urls[0].url} if urls else set()
    found: list[str] = []
    for parsed in urls[1:]:
        if parsed.url and parsed.url not in seen:
            seen.add(parsed.url)
            found.append(parsed.url)
    return tuple(found)
