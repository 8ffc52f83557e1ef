"""What an author-date entry with a parenthesised year sets after its title with commas, that
the generic reading kept in the title (pure functions)::

    BIS (2024), Annual Economic Report 2024, Bank for International Settlements.
    IMF (2023), Title, IMF Country Report No. 23/45, International Monetary Fund.
    Mian, A. and A. Sufi (2014), House of Debt, University of Chicago Press.
    Deutsche Bundesbank (2025): Finanzstabilitätsbericht 2025, Frankfurt am Main.
    Basler Ausschuss (2010): Title, Bank für Internationalen Zahlungsausgleich, Basel, Dezember.
    Banco de España (2021): Informe anual 2020, Madrid.

From the title's end, comma-parted parts are cut while each is a place of publication
(``Bonn und Frankfurt am Main`` too), an issue's month, a report's series and number, or a
publisher or issuing body named by its kind (``… Press``, ``Verlag``, ``Fund``, ``Bank``,
``Institute``); the first part always stays.  A series' number, a title that names a
report, or an issuing body that is no press makes the work a report; a press, a book.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import bodywords
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.reportkind import numbered_report, titled_report
from bibcheck.parse.references.year_paren_colon import MONTH, SERIES

__all__ = ["dated_comma_tail", "tail_start"]

# "Name (2014), ", "Name(2014), ", "Name (2019): ": the head with its parenthesised year
_DATED_HEAD = lazy_compile(r"^[^()]{1,200}?\s?\((?:1[5-9]|20)\d\d[a-z]?\)[,:]\s")
_PRESS = lazy_compile(
    r"\b(?:Press|Publishing|Publishers?|Verlag|Verlagsgesellschaft|Editorial|Éditions|"
    r"Editora|Editrice|Wydawnictwo|Uitgeverij|Forlag|Förlag)\b"
)
# an issuing body: a body's word of :mod:`.bodywords`, whole or in its plural (the part may
# be a title's: "Money, Credit and Banking"; when a name, its opener and closer count), or
# a word only a central bank's name makes a body's in a publisher's place ("Federal
# Reserve", "Bank for International Settlements", "Bank für Internationalen
# Zahlungsausgleich"), a title's word elsewhere
_BODY = lazy_compile(
    bodywords.pattern(edges=True, whole=True) + r"|\b(?:Settlements|Zahlungsausgleich|Reserve)\b"
)
_JOINED_PLACES = lazy_compile(r"\s(?:und|and|y|et|e|i|en|och|&)\s")
_MAX_WORDS = 8


def _publisher(part: str) -> RefKind | None:
    """The kind a publisher's part tells (a press: a book; an issuing body: a report)."""
    if ":" in part or not part[:1].isupper() or len(part.split()) > _MAX_WORDS:
        return None
    if _PRESS.search(part):
        return RefKind.BOOK
    if _BODY.search(part):
        return RefKind.REPORT
    return None


def _places(part: str) -> bool:
    return all(is_place(p.strip()) for p in _JOINED_PLACES.split(part))


def tail_start(title: str) -> tuple[int, RefKind | None] | None:
    """Where the cuttable tail of ``title`` starts and the kind it tells, or None."""
    parts = title.split(", ")
    kind: RefKind | None = None
    keep = len(parts)
    while keep > 1:
        part = parts[keep - 1].strip().rstrip(".")
        if SERIES.search(part) or (numbered_report(part) and any(c.isdigit() for c in part)):
            kind = RefKind.REPORT
        elif (told := _publisher(part)) is not None:
            kind = kind or told
        elif not (_places(part) or MONTH.match(part)):
            break
        keep -= 1
    if keep == len(parts):
        return None
    return len(", ".join(parts[:keep])), kind


def dated_comma_tail(ref: Reference) -> Reference:
    """``ref`` with the publisher, place, month and series cut from its title's end."""
    title = ref.title
    if not title or ", " not in title or _DATED_HEAD.match(ref.raw) is None:
        return ref
    if ref.kind not in (RefKind.UNKNOWN, RefKind.BOOK, RefKind.REPORT):
        return ref
    found = tail_start(title)
    if found is None:
        return ref
    end, told = found
    cut = title[:end].strip()
    kind = ref.kind
    if told is RefKind.REPORT or titled_report(cut):
        kind = RefKind.REPORT
    elif told is RefKind.BOOK and kind is RefKind.UNKNOWN:
        kind = RefKind.BOOK
    return dataclasses.replace(ref, title=cut, kind=kind)
