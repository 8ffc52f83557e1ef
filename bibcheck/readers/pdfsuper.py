"""Superscript numbers citing a numbered list, in text converted from a PDF.

Journals that cite by superscript numbers (Nature, Science, the Vancouver and AMA styles)
number the list ``1.``, ``2.`` in the order of first citation.  ``pdftotext`` prints the
superscripts as plain digits glued to the word or punctuation they follow
(``nephropathy4``, ``function1–3 .``, ``evidence4–6,8``, ``diabetes,5``) or after a space
where the text says "ref." (``(ref. 8 )``, ``(refs. 5,6 )``, ``as in refs 5,6,12 .``).
A group is one number, a list (``5,6``) or a range (``1–3``).

Not citations: a decimal or a thousands separator (``0.55``, ``4,953``: a digit before the
point), a unit's power (``m2``, ``cm3``: the unit alone is the word), a number inside a
word (``HbA1c``, ``NCT05890521``), a name glued to its number (``CO2``, ``M4``: two capitals
at most; ``SGLT2``, ``IL6``: capitals, and the caller drops a name the text repeats).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import expand_labels

__all__ = ["Glued", "glued_citations"]

_GROUP = r"[1-9]\d{0,2}(?:[–-][1-9]\d{0,2}|,[1-9]\d{0,2})*"
_AFTER = r"(?=\s|[.,;:!?)\]]|$)"
# a group glued to a word's last letter, or to closing punctuation after a word
_GLUED = lazy_compile(rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:)\]\"'”’»]))(?P<g>{_GROUP}){_AFTER}")
# "(ref. 8 )", "refs. 5,6", "refs 4–6": the superscript after the word "ref."
_REF = lazy_compile(rf"(?<![^\W\d_])[Rr]efs?\.?\s(?P<g>{_GROUP}(?:,\s[1-9]\d{{0,2}})*){_AFTER}")
_UNIT = lazy_compile(r"(?:^|[\s(/\d·])(?:[kcmdμnp]?(?:m|g|l|s|L|W|J|Hz|Pa|mol|M))$")
_WORD = lazy_compile(r"(?<![^\W\d_])[^\W\d_]++$")  # (from a word's first letter only)


@dataclass(frozen=True, slots=True)
class Glued:
    """A superscript citation group in a line."""

    start: int
    end: int
    numbers: list[str]
    name: str  # the word it is glued to when that may be a name ("SGLT2"), else ""


def glued_citations(line: str) -> list[Glued]:
    """The superscript citation groups of ``line`` (see the module's description)."""
    found: list[Glued] = []
    for m in _REF.finditer(line):
        found.append(Glued(m.start("g"), m.end("g"), _numbers(m.group("g")), ""))
    taken = [(g.start, g.end) for g in found]
    for m in _GLUED.finditer(line):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = line[: m.start()]
        if _UNIT.search(before):
            continue  # "1.73 m2", "5 cm3"
        word = _WORD.search(before)
        name = ""
        if word is not None and word.group(0).isupper() and len(word.group(0)) > 1:
            if len(word.group(0)) <= 2:
                continue  # "CO2", "M4"
            name = word.group(0) + m.group("g")
        found.append(Glued(m.start("g"), m.end("g"), _numbers(m.group("g")), name))
    return sorted(found, key=lambda g: g.start)


def _numbers(group: str) -> list[str]:
    return expand_labels(re.sub(r"\s", "", group).replace("–", "-"))
