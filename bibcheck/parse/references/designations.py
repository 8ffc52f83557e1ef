"""A standard's designation, as a key: ``ДСТУ 7525:2014``, ``ГОСТ Р 7.0.100–2018``,
``ISO 690:2010``, ``DIN EN ISO 9001:2015``, ``PN-EN 1990``, ``ABNT NBR 6023:2018``,
``GB/T 7714—2015``, ``ČSN ISO 690``.

A note may cite a standard by its designation alone (``ДСТУ 7525:2014. С. 7.``, ``ISO
690:2010, cl. 4``) while the literature list gives its title too: the entry that opens with
that designation (or names it after ``: `` / ``. ``, as GOST's title-first entries do,
``Вода питьевая : ГОСТ 2874-82``) is the one cited.  :func:`designation` reads the key;
an edition's year, when both give one, must agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

# the issuing bodies, national and international
_BODY = (
    r"(?:ISO|IEC|EN|CEN|CENELEC|ETSI|ITU-T|ITU-R|DIN|VDI|BS|NF|UNE|SS|SN|SFS|DS|NS|NEN|NBN"
    r"|ÖNORM|UNI|ČSN|CSN|STN|PN|MSZ|SIST|HRN|SRPS|STAS|SR|ELOT|LST|LVS|EVS|IS|CSA|ANSI|IEEE"
    r"|ASTM|SAE|ASME|AS|NZS|JIS|KS|CNS|GB/T|GB/Z|GB|NBR|ABNT|IRAM|NOM|NMX|SABS|SANS"
    r"|ГОСТ|GOST|ДСТУ|DSTU|СТБ|ДБН|СНиП|ОСТ|СТ\sСЭВ)"
)
BODY = _BODY  # (for the modules that read a designation in another place)
# bodies joined by "/", "-" or a space ("BS EN ISO", "PN-EN", "ISO/IEC", "ГОСТ Р"), "Std"
# perhaps, then the number with its parts, then perhaps the year after ":" or a dash
_DESIGNATION = lazy_compile(
    rf"(?<![\w/-])(?:ABNT\s)?(?P<bodies>{_BODY}(?:[/\s-]{_BODY})*)(?P<letter>\s[РR](?=\s))?"
    r"(?:\s(?:Std\.?|Standard))?"
    r"\s?(?P<number>(?:[A-Z]{1,2}\s?)?\d{1,6}(?:\.\d{1,4})*(?:-\d{1,3}(?!\d))*)"
    r"(?:\s?[:–—-]\s?(?P<year>(?:19|20)\d\d)(?:-\d\d)?)?(?![\d.:]\d)"
)
# where a designation may stand in an entry: its start, or after ": " or ". " (the title
# first, then the designation)
_PLACE = lazy_compile(r"(?:^|:\s|\.\s)$")
_LEAD_IN = lazy_compile(r"^\s*(?:(?:див|дивіться|см|see|cf|vgl|siehe|voir|zob|viz)\.?:?\s)?", re.I)


@dataclass(frozen=True, slots=True)
class Designation:
    """``ДСТУ 7525:2014`` -> bodies ``ДСТУ``, number ``7525``, year 2014."""

    bodies: str
    number: str
    year: int | None

    def names(self, other: Designation) -> bool:
        """The same standard (the same edition when both give a year)?"""
        return (
            self.bodies == other.bodies
            and self.number == other.number
            and (self.year is None or other.year is None or self.year == other.year)
        )


def _key(m: re.Match[str]) -> Designation:
    bodies = re.sub(r"[/\s-]+", " ", m.group("bodies")).upper().replace("GOST", "ГОСТ")
    bodies = bodies.replace("DSTU", "ДСТУ") + (" Р" if m.group("letter") else "")
    number = m.group("number").replace(" ", "")
    year = m.group("year")
    return Designation(bodies, number, int(year) if year else None)


def opening_designation(text: str) -> Designation | None:
    """The designation a note opens with (after a lead-in: ``Див.: ДСТУ 7525:2014``)."""
    start = _LEAD_IN.match(text)
    m = _DESIGNATION.match(text, start.end() if start else 0)
    return _key(m) if m else None


def listed_designation(text: str) -> Designation | None:
    """The designation an entry names where standards' entries give it: at its start, or
    after ``: `` or ``. `` (not inside a title: "Implementing ISO 9001 in small firms")."""
    for m in _DESIGNATION.finditer(text[:400]):
        if _PLACE.search(text[max(0, m.start() - 2) : m.start()]):
            return _key(m)
    return None


def designation_only(text: str) -> bool:
    """Is the note the designation and a locator at most (``ДСТУ 7525:2014. С. 7.``,
    ``ISO 690:2010, cl. 4.2``)?"""
    start = _LEAD_IN.match(text)
    m = _DESIGNATION.match(text, start.end() if start else 0)
    return m is not None and _LOCATOR_REST.fullmatch(text[m.end() :]) is not None


_LOCATOR_REST = lazy_compile(
    r"[.,]?\s*(?:(?:[СсCSsPpрР]|стор|стр|pp|cl|клаузула|п|пп|разд|розд|sec|Abschn|art)\.?\s?"
    r"[\d.,–—\s-]{1,30}\.?)?\s*"
)
