"""Superscript numbers citing a numbered list, in text converted from a PDF.

Journals that cite by superscript numbers (Nature, Science, the Vancouver and AMA styles)
number the list ``1.``, ``2.`` in the order of first citation.  ``pdftotext`` prints the
superscripts as plain digits glued to the word or punctuation they follow
(``nephropathy4``, ``function1–3 .``, ``evidence4–6,8``, ``diabetes,5``, after a closing
bracket and a comma ``(version 4.3.1),11``) or after a space
where the text says "ref." (``(ref. 8 )``, ``(refs. 5,6 )``, ``as in refs 5,6,12 .``).
A group is one number, a list (``5,6``) or a range (``1–3``).

Not citations: a decimal or a thousands separator (``0.55``, ``4,953``: a digit before the
point), a unit's power (``m2``, ``cm3``: the unit alone is the word), a number inside a
word (``HbA1c``, ``NCT05890521``), a name glued to its number (``CO2``, ``M4``: two capitals
at most; ``SGLT2``, ``IL6``: capitals, and the caller drops a name the text repeats; a
code of capitals whose last part is short, ``TIM-HF2``, is :attr:`Glued.coded`).  A marker
glued to such a name is one when the text prints the name apart elsewhere: ``TIM-HF22``
is ``TIM-HF2`` and 2 (:func:`after_name`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import expand_labels

__all__ = ["Glued", "after_name", "glued_citations", "printed_names"]

_GROUP = r"[1-9]\d{0,2}(?:[–-][1-9]\d{0,2}|,[1-9]\d{0,2})*"
_AFTER = r"(?=\s|[.,;:!?)\]]|$)"
# a group glued to a word's last letter, or to closing punctuation after a word or after
# a closing bracket ("(version 4.3.1),11")
_GLUED = lazy_compile(
    rf"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:)\]\"'”’»])|(?<=[)\]][.,;:]))(?P<g>{_GROUP}){_AFTER}"
)
# "(ref. 8 )", "refs. 5,6", "refs 4–6": the superscript after the word "ref."
_REF = lazy_compile(rf"(?<![^\W\d_])[Rr]efs?\.?\s(?P<g>{_GROUP}(?:,\s[1-9]\d{{0,2}})*){_AFTER}")
_UNIT = lazy_compile(r"(?:^|[\s(/\d·])(?:[kcmdμnp]?(?:m|g|l|s|L|W|J|Hz|Pa|mol|M))$")
# (from a word's first letter only; a compound's parts with it: "TIM-HF", "Tele-HF")
_WORD = lazy_compile(r"(?<![^\W\d_-])[^\W\d_]++(?:-[^\W\d_]++)*+$")
# a name in capitals printed with its number, not glued to a marker: "TIM-HF2", "SGLT2"
_NAME = lazy_compile(r"(?<![\w-])[^\W\d_]++(?:-[^\W\d_]++)*+\d{1,4}(?![\w-])")


@dataclass(frozen=True, slots=True)
class Glued:
    """A superscript citation group in a line."""

    start: int
    end: int
    numbers: list[str]
    name: str  # the word it is glued to when that may be a name ("SGLT2"), else ""
    # a code in capitals whose last part is short ("TIM-HF2", "ALPHA-HF3"): a name, no
    # citation, unless the text prints the name apart (:func:`after_name`)
    coded: bool = False


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
        coded = False
        if word is not None and word.group(0).isupper() and len(word.group(0)) > 1:
            if len(word.group(0)) <= 2:
                continue  # "CO2", "M4"
            name = word.group(0) + m.group("g")
            coded = len(word.group(0).rsplit("-", 1)[-1]) <= 2  # "TIM-HF2"
        found.append(Glued(m.start("g"), m.end("g"), _numbers(m.group("g")), name, coded))
    return sorted(found, key=lambda g: g.start)


def _numbers(group: str) -> list[str]:
    return expand_labels(re.sub(r"\s", "", group).replace("–", "-"))


def printed_names(text: str) -> Counter[str]:
    """The names in capitals with their number that ``text`` prints set apart
    (``TIM-HF2``, ``SGLT2``, ``BRCA1``), and how often: what a glued marker may follow."""
    return Counter(m.group(0) for m in _NAME.finditer(text) if m.group(0).isupper())


def after_name(glued: Glued, names: Collection[str]) -> Glued | None:
    """The marker glued to a name that the text prints elsewhere on its own: ``TIM-HF22``
    where ``TIM-HF2`` stands apart is the trial ``TIM-HF2`` and the marker ``2``; None when
    no such name is found."""
    if not glued.name:
        return None
    word = glued.name[: len(glued.name) - (glued.end - glued.start)]
    group = glued.name[len(word) :]
    lead = group[: len(group) - len(group.lstrip("0123456789"))]  # its first number
    for cut in range(len(lead) - 1, 0, -1):
        rest = group[cut:]
        if word + lead[:cut] in names and not rest.startswith("0"):
            return Glued(glued.start + cut, glued.end, _numbers(rest), "")
    return None
