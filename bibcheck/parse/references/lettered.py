"""A numbered entry holding several works, lettered: its first work.

Chemistry lists (ACS above all) gather the works cited together under one number and
letter them: ``8. (a) Eperon, G. E.; Snaith, H. J. Title. *Energy Environ. Sci.* **2014**,
*7*, 982. (b) Lee, J.-W.; Park, N.-G. Other. *Adv. Energy Mater.* **2015**, *5*, 1501310.``
The entry is read (and compared with its notes) as its first work: the text from the
``(a)`` to the ``(b)``, so that the names are not taken for a title after the label and the
year is the first work's, not the last one's.  :func:`first_lettered` gives that text, the
rest written as spaces (line breaks kept, so that every field keeps its line).

The later works' addresses are no less the entry's: :func:`with_later_links` keeps them among
its ``links``, checked and archived with the first work's.  (A later work's bare DOI,
``DOI: 10.1021/ol200002b``, has no place: a reference holds one DOI, its first work's.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.urls import extract_urls

__all__ = ["first_lettered", "with_later_links"]

# the first work's letter at the entry's start: "(a) ", "(a)", "a) " (not "(A)": a
# designation, "(A) Title")
_FIRST = lazy_compile(r"^\s*(?:\(a\)|a\))\s?(?=\S)")
# the second work's letter after the first work's end (a full stop, a page, a DOI, an
# address or a ";"), before the next work's first word
_SECOND = lazy_compile(r"(?<=[.;,\w)/])\s+(?:\(b\)|b\))\s?(?=[^\W\d_]|[*_\"“])")


def first_lettered(text: str) -> str:
    """``text`` with all but its first lettered work written as spaces, when it opens with
    ``(a)`` and holds a ``(b)``; ``text`` itself otherwise."""
    first = _FIRST.match(text)
    if first is None:
        return text
    second = _SECOND.search(text, first.end())
    if second is None:
        return text
    return (
        _blank(text[: first.end()])
        + text[first.end() : second.start()]
        + _blank(text[second.start() :])
    )


def _blank(part: str) -> str:
    """``part`` as spaces, its line breaks kept."""
    return "".join(c if c == "\n" else " " for c in part)


def with_later_links(ref: Reference, text: str, line_starts: Sequence[int]) -> Reference:
    """``ref`` (``text``'s first lettered work) with the addresses the later works name
    added to its ``links``, each once, after its own (its ``url`` stays the first work's:
    none when that names none)."""
    have = {u for u in (ref.url, *ref.links) if u}
    later = tuple(
        dict.fromkeys(
            u.url for u in extract_urls(text, line_starts).urls if u.url and u.url not in have
        )
    )
    return dataclasses.replace(ref, links=(*ref.links, *later)) if later else ref
