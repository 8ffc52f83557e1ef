"""A standard's designation: the one pattern every rule about standards reads it by.

A designation is the issuing body's prefix (several joined by ``/``, a space or a hyphen:
``BS EN ISO``, ``PN-EN``, ``ISO/IEC``, ``ANSI/IEEE``, ``UNI/TR``), ``Std`` perhaps, a
letter series perhaps (``ASTM D``, ``JIS X``, ``NF Z``, ``ITU-T G.``, ``ГОСТ Р``), then the
number with its parts, year, amendments and version: ``ISO/IEC 27001:2022``, ``IEEE Std
802.11-2020``, ``EN 1992-1-1``, ``DIN 820-2``, ``UNI EN ISO 9001``, ``ASTM D638-14``,
``3GPP TS 38.300``, ``ITU-T G.711``, ``GB/T 7714-2015``, ``JIS X 0208``, ``NF Z 44-005``,
``CEI 64-8``, ``ETSI EN 301 549 V3.2.1``, ``BS EN 1992-1-1:2004+A1:2014``, ``CNR-DT 200
R1/2013``, ``ISO 9001:2015/Amd 1``, ``ГОСТ Р 7.0.100-2018``.

:data:`DESIGNATION` is the pattern as a fragment, for rules that look for one inside a
longer text (:mod:`.standard_kind`); :func:`standard_designation` asks whether a text is
one and nothing else; :data:`OPENING` is the prefix a title or a number opens with
(:func:`opens_with_designation`, :mod:`.standardkind`).  A short code of two letters or a
series (``SN``, ``IS``, ``TS``, ``TR`` ...) is a body only in a designation standing alone
or after another body: a title opening ``SN 1987A: ...`` names a supernova.

The bodies are one list, :data:`BODIES`, each with the ways a reference names it: its code
opens a designation (:data:`DESIGNATION_CODES`, in the order the pattern tries them), or it
stands alone where an IEEE entry prints a journal, the document's number after it
(``"Title," IETF, RFC 9000``: :data:`ISSUERS`, with the long names a body is printed by,
for :mod:`.standard_kind`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = [
    "BODIES",
    "BODY",
    "DESIGNATION",
    "DESIGNATION_CODES",
    "ISSUERS",
    "OPENING",
    "StandardsBody",
    "alternation",
    "opens_with_designation",
    "standard_designation",
]


@dataclass(frozen=True, slots=True)
class StandardsBody:
    """A body's code and the roles a reference names it in."""

    code: str
    designates: bool = False  # its code opens a standard's designation
    issues: bool = False  # an entry prints it alone where a journal would stand
    names: tuple[str, ...] = ()  # the body's long names, printed where a journal would stand


def _designates(*codes: str) -> tuple[StandardsBody, ...]:
    return tuple(StandardsBody(code, designates=True) for code in codes)


def _both(*codes: str) -> tuple[StandardsBody, ...]:
    return tuple(StandardsBody(code, designates=True, issues=True) for code in codes)


def _issues(*codes: str) -> tuple[StandardsBody, ...]:
    return tuple(StandardsBody(code, issues=True) for code in codes)


BODIES: tuple[StandardsBody, ...] = (
    # international, European and national standards bodies and the consortia that number
    # their specifications, in the order the designation pattern tries them
    *_both("ISO", "IEC"),
    *_designates("EN"),
    *_both("CEN", "CENELEC", "ETSI", "ITU-T", "ITU-R"),
    *_designates("IEEE"),
    *_both("ANSI"),
    *_designates("ASTM", "ASME", "SAE", "EIA", "TIA", "CSA"),
    *_both("DIN"),
    *_designates("VDE", "BS", "NF", "UNE"),
    *_both("UNI"),
    *_designates("CEI", "PN", "ČSN", "CSN", "STN", "SIST", "NEN", "ÖNORM", "OENORM", "SFS"),
    *_both("ABNT"),
    *_designates("NBR", "ELOT", "MSZ", "LST", "EVS", "JIS", "GB/T", "GB", "AS/NZS", "NZS"),
    *_designates("TCVN", "SNI", "ГОСТ", "GOST", "СТБ", "ДСТУ", "DSTU"),
    *_both("3GPP"),
    *_designates("CNR-DT", "CNR"),
    # bodies printed alone where a journal would stand, no designation's prefix
    StandardsBody("IETF", issues=True, names=("Internet Engineering Task Force",)),
    *_issues("IRTF", "IAB"),
    StandardsBody("W3C", issues=True, names=("World Wide Web Consortium",)),
    *_issues("WHATWG", "ISO/IEC", "ITU", "CEN/CENELEC"),
    StandardsBody("IEEE SA", issues=True, names=("IEEE Standards Association",)),
    StandardsBody("ECMA", issues=True, names=("ECMA International",)),
    *_issues("OASIS", "OGC", "NIST", "BSI", "AFNOR", "PKN", "AENOR", "JSA", "SAC"),
    StandardsBody("Khronos", issues=True, names=("Khronos Group",)),
    StandardsBody("Unicode Consortium", issues=True),
)

# the codes a designation opens with, in order
DESIGNATION_CODES: tuple[str, ...] = tuple(b.code for b in BODIES if b.designates)
# what an IEEE entry prints where a journal would stand: codes and long names
ISSUERS: tuple[str, ...] = tuple(n for b in BODIES if b.issues for n in (b.code, *b.names))


def alternation(names: tuple[str, ...]) -> str:
    """A pattern's group of ``names`` in their order, a space in a name any white space
    (a name holds letters, digits, ``/``, ``-`` and spaces: nothing to escape)."""
    unsafe = [n for n in names if not re.fullmatch(r"[\w/ -]+", n)]
    if unsafe:
        raise ValueError(f"a body's name with a pattern's sign in it: {unsafe}")
    return "(?:" + "|".join(n.replace(" ", r"\s") for n in names) + ")"


# bodies whose name is no word nor a common code: international, European and national
# standards bodies and the consortia that number their specifications (:data:`BODIES`)
_NAMED_BODY = alternation(DESIGNATION_CODES)
# national bodies of two letters, a body's document series and committees: a body in a
# designation, never alone at a title's opening, and never with a letter after it (a named
# body may take its series so, "ENV 1993", "NFC 15-100"; "ISBN 978-…", "SSRN 3867764" and
# "DSM 5" are no standards)
_SHORT_CODE = r"(?:SN|SS|DS|NS|IS|SR|KS|NP|AS|TS|TR|TC|PAS|TECDOC)(?![^\W\d_])"
BODY = rf"(?:{_NAMED_BODY}|{_SHORT_CODE})"

# the number: parts and groups of three digits ("301 549"), a revision ("R1/2013"), the
# year, amendments ("+A1:2014", "+ A1:2014" as a line broken after the plus is joined), an
# amendment or corrigendum after a slash ("/Amd 1"), a
# version ("V3.2.1")
_NUMBER = (
    r"\d[\d.]*(?:\s\d{3}(?!\d))*(?:-\d[\d.]*)*(?:\s?R\d{1,2})?(?:/\d{4})?"
    r"(?::\d{4}(?:-\d{2})?|:\d{2}(?!\d))?(?:\+\s?A\d{1,2}(?::\d{4})?)*(?:-\d{4})?"
    # (ASTM's inch-pound and metric pair, the edition's year after both: "E8/E8M-22",
    # "C150/C150M-22", "A370-24")
    r"(?:/[A-Z]\w*\s?\d{0,4}(?:-\d{2}(?:\d{2})?(?![\d.]))?)?(?:\s[Vv]\d[\d.]*)?"
)
DESIGNATION = rf"{BODY}(?:[/\s-]{BODY})*(?:\s?Std\.?)?\s?(?:[A-ZР]{{1,2}}\.?\s?)?{_NUMBER}"
_DESIGNATION_ONLY = lazy_compile(rf"^{DESIGNATION}$")

# the bodies a title or a number opens with, up to where the number begins ("ABNT NBR",
# "ISO/IEC", "PN-EN", "DIN EN ISO", "ГОСТ Р"): a named body first
OPENING = rf"(?:ABNT\s)?{_NAMED_BODY}(?:[/\s-]|(?=\d))(?:{BODY}(?:[/\s-]|(?=\d)))*"
_OPENS_DESIGNATION = lazy_compile(rf"^{OPENING}(?:Std\.?\s)?(?:[A-ZР]{{1,2}}\.?\s?)?\d")


def opens_with_designation(text: str | None) -> bool:
    """``text`` opens with a standard's designation (``NBR 10520``, ``ISO 690:2010 …``):
    the entry is a standard, whatever its entry type calls it (a ``@manual``)."""
    # (a designation is short: its opening is all there is to look at)
    if text is None:
        return False
    opening = text[:80].replace("{", "").replace("}", "").strip()
    return _OPENS_DESIGNATION.match(opening) is not None


def standard_designation(text: str | None) -> bool:
    """``text`` is a standard's designation and nothing else (``IEEE Std 754-2019``,
    ``ISO 8601-1:2019``): a number, never a title."""
    return text is not None and _DESIGNATION_ONLY.fullmatch(text.strip(" .,*_")) is not None
