"""The repeated-author dash of a bibliography: ``——. Title.`` is by the authors before it.

Chicago, MLA, MHRA and Turabian bibliographies list several works of one author under
the name written once; each entry after the first starts with a dash in its place::

    Wesley, John. The Nature, Design, and General Rules. Newcastle, 1743.
    ——. A Plain Account of the People Called Methodists. London, 1749.
    ——, ed. A Collection of Hymns. London, 1780.

The dash is a 3-em dash (``——``, ``———``, ``⸻``), or as typed and converted: three hyphens
(``---``), underscores (``___``).  Parsed on its own such an entry has no author;
:func:`with_repeated_authors` gives it those of the entry before it (a dash after a dash
keeps passing them on).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bibcheck.model import Reference

__all__ = ["repeats_author", "without_dash", "with_repeated_authors"]

# (a single dash is no repeated name: "– Title" is a stray mark a converter left)
_DASH = re.compile(r"^\s*(?:[—―](?:\s?[—―])+|[⸺⸻]+|-{3,}|_{3,})\s?(?=[.,])")
# ... with the role of the person it stands for: "——, ed.", "———, trans. and ed."
_DASH_ROLE = re.compile(
    _DASH.pattern
    + r"[.,]\s*(?:(?:eds?|trans|comp|hrsg|éd)\.(?:,?\s(?:and\s)?(?:eds?|trans)\.)*\s*)?",
    re.I,
)


def repeats_author(text: str) -> bool:
    """Does ``text`` start with the repeated-author dash (``——.``, ``———,``, ``___.``)?"""
    return _DASH.match(text) is not None


def without_dash(text: str) -> str:
    """``text`` less the repeated-author dash and the role after it (``——, ed. Title``
    -> ``Title``); ``text`` as it is when it does not start with the dash."""
    m = _DASH_ROLE.match(text)
    return text if m is None else text[m.end() :]


def with_repeated_authors(refs: Sequence[Reference]) -> list[Reference]:
    """``refs`` (a list's entries in order), each entry that starts with the repeated-
    author dash given the authors of the entry before it."""
    out: list[Reference] = []
    for ref in refs:
        if out and out[-1].authors and repeats_author(ref.raw):
            ref = replace(ref, authors=out[-1].authors)
        out.append(ref)
    return out
