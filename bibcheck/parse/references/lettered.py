"""A numbered entry holding several works, lettered: its first work.

Chemistry lists (ACS above all) gather the works cited together under one number and
letter them: ``8. (a) Eperon, G. E.; Snaith, H. J. Title. *Energy Environ. Sci.* **2014**,
*7*, 982. (b) Lee, J.-W.; Park, N.-G. Other. *Adv. Energy Mater.* **2015**, *5*, 1501310.``
The entry is read (and compared with its notes) as its first work: the text from the
``(a)`` to the ``(b)``, so that the names are not taken for a title after the label and the
year is the first work's, not the last one's.  :func:`first_lettered` gives that text, the
rest written as spaces (line breaks kept, so that every field keeps its line).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["first_lettered"]

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
