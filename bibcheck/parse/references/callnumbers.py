"""Call numbers (shelfmarks) written with their series: ``MR/HA/22/3``, ``D/DU/12``,
``FO 371/12345``, a run of items ``MR/HA/22/1–14``; a library's manuscript by its
collection and number, ``Add. MS 48800``, ``MS Ashmole 1729``; a music library's by its
collection's letters and number, ``Vm1 1162`` (:mod:`.library_holding`).

An archival entry of a bibliography lists the call numbers of a collection
(``West Yorkshire Archive Service ... MR/HA/22/1–14; MR/HA/31/2``); a note names one
document of it (``WYAS Calderdale, MR/HA/22/3, fol. 8r``).  :meth:`CallNumber.covers` says
whether the entry's call number holds the note's.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.library_holding import COLLECTION_MARK

__all__ = ["CallNumber", "call_numbers"]

# Letters first and a slash somewhere (see call_numbers): no date ("12/05/1927"), no page
# range ("1812–27").  A series' letters may be followed by its sub-series' abbreviated word
# ("LCP Corr 1921/407", a collection's correspondence files).
_CALL_NUMBER = lazy_compile(
    r"(?<![\w/.-])(?P<head>[A-Z]{1,6}(?:\s[A-Z][a-z]{1,5}\.?(?=\s\d+/))?"
    r"(?:/[A-Z]{1,6})*(?:/|\s)(?:\d+[A-Za-z]?/)*)"
    r"(?P<lo>\d{1,6})(?:\s?[–—-]\s?(?P<hi>\d{1,6}))?(?![\w/])"
)

# A manuscript by its collection and number, as libraries cite them: "Add. MS 48800",
# "Egerton MS 2014", "Add MSS 35349–35351", "MS Ashmole 1729" (the collection's name, then
# the number: no slash)
_WORD = r"(?:In|See|The|And|For|From|Cf|With|Also|Vol|No|Fol|Fols|Page|Pages|Part)\b"
_MANUSCRIPT = lazy_compile(
    rf"(?<![\w.])(?:(?!{_WORD})(?P<fonds>[A-Z][a-z]{{1,12}})\.?\s(?:MSS?|Ch)\.?"
    rf"|MSS?\.?\s(?!{_WORD})(?P<after>[A-Z][a-z]{{1,12}})\.?)"
    r"\s(?P<lo>\d{1,6})(?:\s?[–—-]\s?(?P<hi>\d{1,6}))?(?![\w/])"
)


@dataclass(frozen=True, slots=True)
class CallNumber:
    """A call number as series ``head`` and item numbers ``lo``..``hi``."""

    head: str  # "MR/HA/22/", "FO 371/"
    lo: int
    hi: int

    def covers(self, other: CallNumber) -> bool:
        """Does this call number (an entry's, maybe a run) hold ``other`` (a note's): the
        same items or fewer, or a piece inside one of them ("MR/HA/31/2/4" in "MR/HA/31/2")?"""
        if self.head == other.head:
            return self.lo <= other.lo <= other.hi <= self.hi
        if not other.head.startswith(self.head):
            return False
        item = other.head[len(self.head) :].split("/")[0]
        return item.isdigit() and self.lo <= int(item) <= self.hi


def call_numbers(text: str) -> list[CallNumber]:
    """The call numbers ``text`` names, in order."""
    found = []
    for m in _CALL_NUMBER.finditer(text):
        if "/" not in m.group(0):
            continue
        lo = int(m.group("lo"))
        hi = int(m.group("hi")) if m.group("hi") else lo
        if hi < lo:
            continue
        found.append(CallNumber(" ".join(m.group("head").split()).upper(), lo, hi))
    for m in _MANUSCRIPT.finditer(text):
        lo = int(m.group("lo"))
        hi = int(m.group("hi")) if m.group("hi") else lo
        if hi >= lo:
            found.append(
                CallNumber(f"MS {(m.group('fonds') or m.group('after')).upper()} ", lo, hi)
            )
    for m in COLLECTION_MARK.finditer(text):  # a music library's "Vm1 1162"
        lo = int(m.group("lo"))
        hi = int(m.group("hi")) if m.group("hi") else lo
        if hi >= lo:
            found.append(CallNumber(f"{m.group('head').upper()} ", lo, hi))
    return found
