"""A case named in the text, its note only the reporter: ``In *Smith v. Jones*, the court
held …¹`` with ``¹ 123 F.3d 456 (9th Cir. 1999).``

US court opinions, briefs and law reviews do not repeat in the citation a case name the
sentence has just given (the Bluebook's rule for a name in the textual sentence): the note
is the volume, the reporter, the first page, the pin cite and the court and year.  The work
cited is that case, whose name is the title: :func:`named_in_text` gives the note's
reference that title, taken from the last ``X v. Y`` of the text its marker closes.

Only a note that is a bare reporter citation (no words but the reporter's) is named so; a
note that names its case, or that is no case, is left as read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["case_name_in", "named_in_text"]

# "141 S. Ct. 2190 (2021).", "123 F.3d 456, 460 (9th Cir. 1999).", "578 U.S. 330 (2016)",
# "2 Cal. 5th 1034, 1040–41 (2017)" (no signal, no name: the note is the reporter alone)
_REPORTER_ONLY = lazy_compile(
    r"^\d{1,4}\s[A-Z][A-Za-z.'’\s\d]{0,40}?\s\d{1,6}(?:,\s\d{1,6}(?:\s?[–-]\s?\d{1,6})?)?"
    r"\s\([^()\n]{0,60}?(?:1[6-9]|20)\d\d\)\.?$"
)
# a party's words: a capitalised word ("TransUnion", "Int’l", "Inc.", "U.S."), "&", and the
# small words inside a name ("Defenders of Wildlife", "Board of Education")
_PARTY_WORD = lazy_compile(r"(?:[A-Z][\w'’.&-]*|&|of|for|the|and|de|ex|rel\.)[,;:]?")
# the prose words a sentence opens a case name with: no part of the name
_PROSE = frozenset(
    "In See Under After Before Since Following As Like Unlike And But Then When While "
    "Although Though Even Compare Cf. With By From Per Thus Here There This That These "
    "Those Until Because If Also Both Only Accord Contra".split()
)
_SMALL = frozenset("of for the and de ex rel.".split())
# abbreviations a party's name ends with, whose period is no sentence's end
_SUFFIX = lazy_compile(r"(?:Inc|Co|Corp|Ltd|LLC|LLP|L\.L\.C|N\.A|S\.A|plc|PLC)\.?")
_ABBREVIATED = lazy_compile(r"(?:Inc|Co|Corp|Ltd|Bros|Ass[’']n|Int[’']l|Dep[’']t|U\.S|Cir)\.")


def named_in_text(ref: Reference, texts: Iterable[str]) -> Reference:
    """``ref`` titled with the case the text before its marker names, when ``ref`` is a
    note that gives only the reporter (see the module's docstring)."""
    if ref.title or ref.kind not in (RefKind.REPORT, RefKind.UNKNOWN):
        return ref
    if _REPORTER_ONLY.match(ref.raw.strip()) is None:
        return ref
    for text in texts:
        name = case_name_in(text)
        if name is not None:
            return dataclasses.replace(ref, title=name, kind=RefKind.REPORT)
    return ref


def case_name_in(text: str) -> str | None:
    """The last ``X v. Y`` case name of ``text`` (prose), or None."""
    at = text.rfind(" v. ")
    if at < 0:
        return None
    left = _first_party(text[:at].split())
    right = _second_party(text[at + 4 :].split())
    if not left or not right:
        return None
    return f"{' '.join(left)} v. {' '.join(right)}"


def _first_party(words: list[str]) -> list[str]:
    """The name before ``v.``, read back from it: capitalised words and a name's small
    words, the prose word that opens the sentence ("In", "See") not among them; a comma
    inside it only before a company's suffix ("Spokeo, Inc.")."""
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip('“”"‘(')
        if len(kept) == 8 or not _PARTY_WORD.fullmatch(bare):
            break
        if bare.endswith(",") and not (kept and _SUFFIX.fullmatch(kept[0])):
            break
        kept.insert(0, bare)
    while kept and (kept[0] in _PROSE or kept[0] in _SMALL):
        kept.pop(0)
    while kept and kept[-1] in _SMALL:
        kept.pop()
    return kept


def _second_party(words: list[str]) -> list[str]:
    """The name after ``v.``, up to a comma, a sentence's end or a word that is none."""
    kept: list[str] = []
    for word in words:
        bare = word.strip('”"’)')
        if len(kept) == 8 or not _PARTY_WORD.fullmatch(bare):
            break
        if bare.endswith((",", ";", ":")):
            kept.append(bare[:-1])
            break
        if bare.endswith(".") and not _ABBREVIATED.fullmatch(bare):
            kept.append(bare[:-1])
            break
        kept.append(bare)
    while kept and kept[-1] in _SMALL:
        kept.pop()
    return kept
