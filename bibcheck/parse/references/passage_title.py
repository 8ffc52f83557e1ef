"""A classical or religious text's page on a text site, cited with its passage.

A text site shows one passage of a work on a page of its own, and a list cites the page
by the work's name, set in italics, and the passage after it::

    *Pirkei Avot* 1:1, with English translation. Sefaria. <https://www.sefaria.org/Pirkei_Avot.1.1>
    *Berakhot* 2a, William Davidson Talmud. Sefaria. <https://www.sefaria.org/Berakhot.2a>
    *Genesis* 1, New Revised Standard Version. Bible Gateway. <…?search=Genesis+1&…>
    *Sure* 2, Die Kuh. Quran.com. <https://quran.com/de/2>

The page's title is the work and its passage (``Pirkei Avot 1:1``): the emphasis closes
before the passage's numbers only because the work's name is what a reader sets in
italics.  The passage belongs to the title when the page's link names the same passage
(its numbers, in their order, among the address's), so that a book's name followed by a
volume or an edition's number (``*Title* 2, …`` with a link to the whole book) is left as
it was read.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["passage_in_title", "with_passage"]

# the work's name in emphasis, then the passage: chapter, verse, a folio's side ("2a"), a
# range; then the element's comma or stop, or the link
_OPENING = lazy_compile(
    r"^\s*(?P<mark>[*_])(?P<name>[^*_\n]{2,60}?)(?P=mark)\s"
    r"(?P<passage>\d{1,3}[ab]?(?:[:.,]\d{1,3}[ab]?){0,2}(?:[–-]\d{1,3}[ab]?(?:[:.,]\d{1,3})?)?)"
    r"(?=[,;]\s|\.\s|\.?\s*$|\s[(<])"
)
_NUMBER = lazy_compile(r"(?<!\d)\d+[ab]?(?![0-9A-Za-z])")


def passage_in_title(text: str, url: str | None) -> str | None:
    """The page's title, the work's name and its passage (``Pirkei Avot 1:1``), when
    ``text`` opens with them and ``url`` names the passage; None otherwise."""
    m = _OPENING.match(text)
    if m is None or not url:
        return None
    name = " ".join(m.group("name").split())
    if len(name.split()) > 6:
        return None
    wanted = _NUMBER.findall(m.group("passage"))
    named = [n.lstrip("0") or "0" for n in _NUMBER.findall(url)]
    wanted = [n.lstrip("0") or "0" for n in wanted]
    if not any(named[i : i + len(wanted)] == wanted for i in range(len(named))):
        return None
    return f"{name} {m.group('passage')}"


def with_passage(ref: Reference, text: str) -> Reference:
    """``ref`` titled with the work and its passage when its title was read as the
    work's name alone, or not at all (see the module)."""
    title = passage_in_title(text, ref.url)
    if title is None:
        return ref
    if ref.title and not re.sub(r"\s+", " ", title).startswith(ref.title.strip(" .,*_")):
        return ref
    return dataclasses.replace(ref, title=title)
