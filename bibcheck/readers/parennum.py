"""Numbers in parentheses that cite a numbered reference list (Vancouver as typed).

A reference manager's numeric citations "converted to plain text" (EndNote, Mendeley,
Zotero's "unlink citations") and many hand-typed Vancouver papers cite the list as
``… over hours or days (1).``, ``(2, 3)``, ``(4–6)``, ``(7, p. 12)``.  Parentheses hold
much else: counts and percentages (``187 (31)``, ``86.2 (6.1)``), years (``(2019)``),
``(n = 12)``, ``(p. 3)``, ``(Table 1)``, enumerations (``: (1) age, (2) sex``), equation
numbers (``x = a + b (1)``, ``Eq. (2)``).  :func:`paren_citations` keeps only numbers
that can cite a list of ``size`` entries, in the places a citation stands, and
:func:`cites_in_parentheses` says whether a document cites its list that way at all (the
numbers cover the list and first appear in order, as Vancouver numbers them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.lettered import base
from bibcheck.readers.numlabels import expand
from bibcheck.readers.places import ABBREVIATION, LOCATOR_WORD, SUFFIXED

__all__ = [
    "cites_in_parentheses",
    "limit",
    "paren_citations",
    "unread_in_parentheses",
    "vancouver_numbers",
]

_NUM = r"[1-9]\d{0,2}"
# a place in the work after the number: a place word of the shared grammar ("(7, p. 12)",
# "(3, с. 12)") or, after a comma, any language's short word with a full stop ("(2, х. 23)",
# "(4, old. 5)": :data:`bibcheck.readers.places.ABBREVIATION`); read only where the document
# cites its numbered list in parentheses (:func:`cites_in_parentheses`)
# (or written after its number, as Turkic languages write it: "(4, 14–22-b.)", "(2, 8-бет)",
# "(5, IV jild, 5–9-b.)":
# :data:`bibcheck.readers.places.SUFFIXED`)
_LOC = (
    rf"(?:(?:,?\s*{LOCATOR_WORD}\.?|,\s*{ABBREVIATION})\s*\d+[a-z]?(?:\s*[-–—]\s*\d+[a-z]?)?"
    rf"|(?:,\s?{SUFFIXED}){{1,3}})"
)
PAREN = lazy_compile(rf"\((?P<label>{_NUM}(?:\s*[-–—,;]\s*{_NUM})*{_LOC}?)\)")
# what stands before a number that is no citation: a count or measure ("187 (31)"), an
# equation's name ("Eq. (2)", "equation (3)", "wzór (4)"), or an enumeration's place
_COUNT_BEFORE = lazy_compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*%?\s*$")
_EQUATION_BEFORE = lazy_compile(
    r"(?:\b(?:eqs?|eqn|equations?|formula[es]?|formulas|inequalit(?:y|ies)|gleichung(?:en)?"
    r"|formel|équations?|ecuaci(?:ón|ones)|equaç(?:ão|ões)|equazion[ei]|vergelijking"
    r"|wz(?:ór|oru|orze|ory|orów)|rovnic[ei]?|уравнени\w*|формул\w*)\.?|№)\s*$",
    re.I,
)
_ENUM_BEFORE = lazy_compile(
    r"(?:^|[:;,(]|\b(?:and|or|und|oder|et|ou|y|o|e|i|oraz|lub|и|или))\s*$", re.I
)
_WORD_AFTER = lazy_compile(r"\s*[^\W\d_]")
_MATH = lazy_compile(r"[=≤≥<>±∑∫√×]")
# a number in parentheses inside a formula: an operator next to it ("2^2+(2)(1)+1^2",
# "x = (3)", "(2)^2", "(5)/(6)"), or another parenthesis or bracket touching it ("(2)(1)");
# not a hyphen or dash, which joins a range of citations ("(2)-(4)")
_FORMULA_BEFORE = lazy_compile(r"(?:[+*/^=<>×·÷±≤≥∙−]\s*|[)(\]])$")
_FORMULA_AFTER = lazy_compile(r"^(?:\s*[+*/^=<>×·÷±≤≥∙−]|[(\[²³])")
_CHAIN = lazy_compile(r"^\s*(?:[-–—,]|and|or|to|bis|et|und|i|и)\s*$", re.I)
_EQUATION_LINE = 160  # a displayed equation with its number is a short paragraph
_YEARS = range(1500, 2100)
_HYPHEN_NAME = lazy_compile(r"[^\W\d_]-$")  # "covid-" of "covid-19"
_WORD_BEFORE = lazy_compile(r"(?:^|\s)([^\W\d_]+)\s+$")  # "Stata " of "Stata 17"
_CLAUSE_END = lazy_compile(r"\s*[.;,:!?]")


def _count_before(before: str, after: str) -> bool:
    """Does a count or measure stand before the parenthesis ("187 (31)", "84.2 (6.1)")?
    A year does not ("in 2019 (4)"), nor a number that is part of a name: joined to it by
    a hyphen ("covid-19 (10)", "SARS-CoV-2 (3)", "ICD-10 (7)") or a version after it that
    ends the clause ("in Stata 17 (18).", "on Windows 11 (4),"), nor a percentage whose
    clause the parenthesis ends ("reached 32.7% (1).", "de 21,6 % (4);"): a share is
    followed by its count inside the parentheses with it ("52% (n = 31)", "31 (52%)"), not
    by a bare number that closes the sentence, which is the source of the figure."""
    m = _COUNT_BEFORE.search(before)
    if m is None:
        return False
    if "%" in m.group(0) and _CLAUSE_END.match(after):
        return False  # "mencapai 32,7% (1).": the figure's source
    value = m.group(1)
    if value.isdigit() and int(value) in _YEARS:
        return False  # "in 2019 (4)" cites
    name = before[: m.start()]
    if _HYPHEN_NAME.search(name):
        return False
    word = _WORD_BEFORE.search(name)
    return not (word is not None and word.group(1)[0].isupper() and _CLAUSE_END.match(after))


def limit(size: int) -> int:
    """The highest number a list of ``size`` entries may be cited with (a number just past
    the list is a citation of a missing entry, a far one is no citation of it)."""
    return size + max(5, size // 4)


def paren_citations(text: str, size: int) -> list[tuple[int, int, list[str]]]:
    """The citations in parentheses of ``text`` as ``(start, end, labels)``, for a list of
    ``size`` entries: ``(3)``, ``(2, 5)``, ``(7–9)``, ``(4, p. 12)``."""
    found: list[tuple[int, int, list[str]]] = []
    last_equation = -1  # where the last equation number ended ("Eqs. (1)–(3)")
    for m in PAREN.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if last_equation >= 0 and _CHAIN.match(text[last_equation : m.start()]):
            last_equation = m.end()
            continue
        if _EQUATION_BEFORE.search(before) or (
            not after.strip() and len(text) <= _EQUATION_LINE and _MATH.search(before)
        ):
            last_equation = m.end()
            continue
        if _count_before(before, after):
            continue
        if _FORMULA_BEFORE.search(before[-3:]) or _FORMULA_AFTER.match(after[:3]):
            continue  # "2^2+(2)(1)+1^2": a term of a formula
        if _ENUM_BEFORE.search(before) and _WORD_AFTER.match(after):
            continue  # ": (1) age, (2) sex": an enumeration's place
        labels = expand(m.group("label"))
        if not labels or any(int(n) > limit(size) for n in labels):
            continue
        found.append((m.start(), m.end(), labels))
    return found


def cites_in_parentheses(paragraphs: Sequence[str], size: int) -> bool:
    """Does the text cite a numbered list of ``size`` entries with numbers in parentheses?
    The numbers it would read must cover much of the list and first appear mostly in
    order (Vancouver numbers works as they are first cited), or cover nearly all of it."""
    if size < 1:
        return False
    found = (labels for text in paragraphs for _, _, labels in paren_citations(text, size))
    return vancouver_numbers(found, size)


def vancouver_numbers(found: Iterable[Sequence[str]], size: int) -> bool:
    """Do the numbers of the citations ``found`` (in reading order) cite a list of ``size``
    entries as a numeric style does: covering much of it, first cited mostly in order?"""
    first: list[int] = []
    for labels in found:
        for n in map(base, labels):  # (a lettered "3a" stands at 3)
            if n not in first:
                first.append(n)
    if size < 1 or not first:
        return False
    listed = {n for n in first if n <= size}
    if len(listed) < min(3, size):
        return False
    rising = sum(1 for a, b in zip(first, first[1:], strict=False) if b > a)
    in_order = first[0] <= 2 and rising >= 0.7 * (len(first) - 1)
    cover = len(listed) / size
    return (cover >= 0.5 and in_order) or cover >= 0.8


def unread_in_parentheses(paragraphs: Sequence[tuple[int, str]], size: int) -> list[Anomaly]:
    """Numbers in parentheses that may cite the list but were not read as citations (too
    few, or out of any order): said, so that a list cited by nothing is not silent."""
    found = [
        (line, text[start:end], labels)
        for line, text in paragraphs
        for start, end, labels in paren_citations(text, size)
    ]
    listed = {n for _, _, labels in found for n in labels if int(n) <= size}
    if len(listed) < 2:
        return []
    line, shown, _ = found[0]
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(found)} numbers in parentheses in the body ({shown} …) may cite the "
            "numbered reference list but do not read as its citations (too few, or not in "
            "the order of first citation); they were not checked",
            line,
        )
    ]
