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

from bibcheck.readers.parennum import limit
from bibcheck.readers.plaintext import expand

__all__ = ["is_superscript", "superscript_citations"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBERS = re.compile(r"^\s*[1-9]\d{0,2}(?:\s*[-–—,;]\s*[1-9]\d{0,2})*[,;]?\s*$")
# what an exponent stands on: a digit, a closing bracket of a formula, a unit or a variable
_EXPONENT_BEFORE = re.compile(
    r"(?:\d|\b(?:[a-zA-Z]|[kcmµμn]?m|[kmµμn]?g|[kmµμ]?[lL]|ft|in|mi|yd|mol|s|sec|Hz|cm|km|mm)"
    r"|[)\]}])$"
)


def is_superscript(run: ET.Element) -> bool:
    props = run.find(W + "rPr")
    align = props.find(W + "vertAlign") if props is not None else None
    return align is not None and align.get(W + "val") == "superscript"


def superscript_citations(
    text: str, spans: Sequence[tuple[int, int]], size: int
) -> list[tuple[int, int, list[str]]]:
    """The superscript runs of ``text`` (``spans``) that cite a list of ``size`` entries,
    as ``(start, end, labels)``."""
    found: list[tuple[int, int, list[str]]] = []
    for start, end in spans:
        shown = text[start:end]
        if not _NUMBERS.match(shown) or _EXPONENT_BEFORE.search(text[:start]):
            continue
        labels = expand(shown.strip().rstrip(",;"))
        if labels and all(int(n) <= limit(size) for n in labels):
            found.append((start, end, labels))
    return found
