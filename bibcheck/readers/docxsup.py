"""Numbers typed in superscript in a Word body that cite a numbered reference list.

AMA, Vancouver-superscript and Nature styles converted to plain text (EndNote's and
Zotero's "unlink citations", or typed by hand) leave ``…older adults.¹ Anaemia²,³``: runs
formatted ``w:vertAlign="superscript"`` holding ``1``, ``2,3``, ``4–6``.  Superscripts are
also exponents (``m²``, ``10⁹``, ``x²``) and affiliation marks on an author line;
:func:`superscript_citations` keeps the runs that hold only numbers that may cite a list
of ``size`` entries and do not stand on a number or a unit, and
:func:`bibcheck.readers.parennum.vancouver_numbers` decides whether the document cites
its list that way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.lettered import LETTER, base
from bibcheck.readers.parennum import limit
from bibcheck.readers.plaintext import expand

__all__ = ["is_superscript", "superscript_citations"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBERS = lazy_compile(r"^\s*[1-9]\d{0,2}(?:\s*[-–—,;]\s*[1-9]\d{0,2})*[,;]?\s*$")
# (where the list letters an entry added in revision: "3a", "2a,3" (:mod:`lettered`))
_LETTERED_NUMBERS = lazy_compile(
    rf"^\s*[1-9]\d{{0,2}}{LETTER}?(?:\s*[-–—,;]\s*[1-9]\d{{0,2}}{LETTER}?)*[,;]?\s*$"
)
# what an exponent stands on: a digit, a closing bracket of a formula, a unit or a variable
# (a closing parenthesis is a formula's only around one: ``_formula_group``)
_EXPONENT_BEFORE = lazy_compile(
    r"(?:\d|\b(?:[a-zA-Z]|[kcdmµμnp]?m|[kmµμn]?g|[kmµμ]?[lL]|ft|in|mi|yd|mol|s|sec|Hz"
    r"|[µμn]?[ÅÅ])|[\]}])$"
)
_GROUP = lazy_compile(r"\(([^()]{0,60})\)$")
# inside a formula's parentheses: an operator, a lone variable, or operands that are
# single letters and numbers joined by "-" or "/" ("(1 + z)²", "(x)²", "(n-1)²", "(a/b)²")
_OPERATOR = lazy_compile(r"[+−×·*^]")
_OPERAND = lazy_compile(r"^(?:[^\W\d_]|\d+(?:[.,]\d+)?)$")
# an isotope's mass number stands before its element, after a space or an opening bracket
# ("the ¹H and ¹³C spectra", "³¹P{¹H}", "(¹⁵N)"): a citation stands after a word or a mark
_ELEMENTS = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge "
    "As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm "
    "Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th "
    "Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr".split()
)
_ISOTOPE_BEFORE = lazy_compile(r"(?:^|[\s({\[/–—-])$")
_SYMBOL_AFTER = lazy_compile(r"^([A-Z][a-z]?)(?![^\W\d_])")


def is_superscript(run: ET.Element) -> bool:
    props = run.find(W + "rPr")
    align = props.find(W + "vertAlign") if props is not None else None
    return align is not None and align.get(W + "val") == "superscript"


def superscript_citations(
    text: str, spans: Sequence[tuple[int, int]], size: int, *, lettered: bool = False
) -> list[tuple[int, int, list[str]]]:
    """The superscript runs of ``text`` (``spans``) that cite a list of ``size`` entries,
    as ``(start, end, labels)``; with ``lettered`` (the list letters an entry), ``3a``."""
    found: list[tuple[int, int, list[str]]] = []
    numbers = _LETTERED_NUMBERS if lettered else _NUMBERS
    for start, end in spans:
        shown = text[start:end]
        if not numbers.match(shown) or _exponent(text[:start]):
            continue
        if _isotope(text[:start], shown, text[end:]):
            continue
        labels = expand(shown.strip().rstrip(",;"))
        if labels and all(base(n) <= limit(size) for n in labels):
            found.append((start, end, labels))
    return found


def _exponent(before: str) -> bool:
    """Does a superscript after ``before`` stand on a number, a unit, a variable or a
    formula in brackets (an exponent, no citation)?"""
    if _EXPONENT_BEFORE.search(before):
        return True
    group = _GROUP.search(before)
    return group is not None and _formula_group(group.group(1))


def _formula_group(inside: str) -> bool:
    """Is ``inside`` (the text of a parenthesis) a formula's: ``1 + z``, ``x``, ``n-1``,
    ``a/b``?  A parenthetical remark (``IQR``, ``%``, ``n = 12``, ``1000``) is not."""
    inside = inside.strip()
    if _OPERATOR.search(inside):
        return True
    operands = re.split(r"\s*[-/]\s*", inside)
    if len(operands) == 1:
        return bool(re.match(r"^[^\W\d_]$", inside))  # "(x)²"
    return all(_OPERAND.match(o) for o in operands)


def _isotope(before: str, shown: str, after: str) -> bool:
    """Is the superscript number ``shown`` an isotope's mass number (``¹³C``, ``³¹P``)?"""
    if not shown.strip().isdigit() or not _ISOTOPE_BEFORE.search(before):
        return False
    symbol = _SYMBOL_AFTER.match(after)
    return symbol is not None and symbol.group(1) in _ELEMENTS
