"""References whose italic title says where the names end (lightweight markup: AsciiDoc and
Markdown ``_Title_``, ``*Title*``, ``__Title__``), all parts joined by commas.

``Vale, C., Lurdes Simões, M., _Prediction of Track Condition_, Infrastructures, 7(3), 2022,
34`` (a family name of two words), ``Fielding, R., Nottingham, M., Reschke, J. (eds.), _HTTP
Semantics_, IETF RFC 9110, June 2022.`` (editors), and the normative references of ISO,
CEN and IEC documents (Metanorma writes them so): ``EN 13306:2017, _Maintenance
terminology_``, ``ISO/IEC 27001:2022, *Information security management systems*`` -- the
designation is the standard's number, neither an author nor part of the title (with the
italics lost too: ``ISO 690:2010, Information and documentation — Guidelines …``).
Whatever parser read a reference, one that opens with a designation and a comma, period or
colon (``ISO/IEC 27037:2012. _Title_.``, ``NIST SP 800-86, Title``, ``ITU-T Rec. X.509.
_Title_``) is titled by what follows it (:func:`leading_standard`).

With no italics left a comma cannot tell a two-word family name from a title; with them
everything before the title is the names.  A reference the Chicago parser reads with the
same title is left to it (:func:`parse` answers None then).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import chicago, role_marks
from bibcheck.parse.references.patterns import INITIALS, SURNAME, U
from bibcheck.parse.references.revised_standard import REVISION_WORDS
from bibcheck.parse.references.shared import Fields, last_year, pages, year_of

__all__ = ["parse"]

# everything before the first italic span, the span, what follows it
_SHAPE = lazy_compile(
    r"^(?P<head>[^_*]{2,400}?),\s(?P<mark>__|\*\*|_|\*)(?=\S)(?P<title>[^_*]{2,500}?)(?<=\S)"
    r"(?P=mark)(?P<after>(?:[,.:;]\s?|\s\().*)?$",
    re.S,
)
# a person as these lists invert one: the family name (up to three words: "Lurdes Simões",
# "van der Berg"), a comma, the initials
_PERSON = rf"{SURNAME}(?:\s{SURNAME}){{0,2}},\s{INITIALS}"
_ROLE = rf"(?:\s{role_marks.MARK}|{role_marks.COMMA_MARK})?"  # (:mod:`.role_marks`)
_PEOPLE = lazy_compile(
    rf"^(?P<people>{_PERSON}(?:,?\s(?:(?:and|&|und|et|y|e|i)\s)?{_PERSON})*)"
    rf"(?:,?\set\sal\.)?{_ROLE}$"
)
_ONE = lazy_compile(_PERSON)
# a standard's designation: its bodies' prefixes, the number with its part, the year
# ("EN 13306:2017", "ISO/IEC 27001:2022", "DIN EN ISO 9001:2015-11", "IEC 61508-1:2010",
# "BS 7671:2018+A2:2022", "IEEE Std 1003.1-2017", "ISO/TS 19115-3:2016")
# (NIST's series: "NIST SP 800-86", "NIST Special Publication 800-101 Revision 1", "NISTIR
# 8354", "NIST IR 8354"; the ITU's Recommendations: "ITU-T Rec. X.509")
_BODY = (
    r"(?:ISO|IEC|EN|CEN|CENELEC|ETSI|ITU-T|ITU-R|DIN|BS|NF|UNE|SS|NEN|ÖNORM|CSA|ANSI|IEEE"
    r"|ASTM|SAE|NISTIR|NIST"
    # North American, Japanese and Australian bodies: "ASCE/SEI 41-17", "ACI 318-19", "AISC
    # 360-16", "ASME B31.3", "NFPA 70", "JIS Z 8301", "AS/NZS 1170.0"
    r"|ASCE|ACI|AISC|ASME|AASHTO|NFPA|JIS|AS|TS"
    # European national bodies printing the Eurocodes and ENs they adopt: "PN-EN 1997-1",
    # "UNI EN 1992-1-1", "NBN EN 1990", "ČSN EN 1991-1-4", "SIST EN 1993-5", "VDI 2230",
    # "NP EN 1997-1:2010" (Portugal), "STN EN 1990", "MSZ EN 1992-1-1", "ELOT EN 1998-1",
    # "HRN EN 1990", "SRPS EN 1991", "LST EN 1997-1", "BDS EN 1992"
    r"|PN|UNI|NBN|ČSN|CSN|SIST|SFS|EVS|VDE|VDI|NP|STN|MSZ|ELOT|HRN|SRPS|LST|BDS"
    # (Norway's and Denmark's own standards: "NS 3940", "DS 418")
    r"|NS|DS"
    # Russia's, Belarus's and Ukraine's: "ГОСТ 7.1-2003", "ГОСТ Р 7.0.100–2018", "СТБ 1234",
    # "ДСТУ 8302:2015"
    r"|ГОСТ(?:\sР)?|СТБ|ДСТУ)"
)
# an amendment, a corrigendum or a national annex joined to the number: "+A1:2014", "+C2:2011",
# "/AC:2010", "+A1/C2:2019", "/NA:2016", and with a word: "en NB:2016" (Dutch), "mit NA:2010"
# (German), "and NA:2008", "et AN:2007" (French), "y AN" (Spanish)
_AMENDMENT = (
    r"(?:(?:[+/]|\s(?:en|mit|und|and|with|et|avec|y|e|i|\+)\s)(?:A\d{1,2}|C\d{1,2}|AC\d{0,2}|NB|NA|AN)"
    r"(?::(?:19|20)\d\d(?:-\d\d)?)?(?![\w-]))"
)
_DESIGNATION_CORE = (
    rf"(?:{_BODY}(?:/[A-Z]{{2,8}})*(?:\s|-(?={_BODY}[\s/-])))+"
    r"(?:Std\.?\s|Standard\s|Rec\.\s|Recommendation\s|Special\sPublication\s)?"
    # (a number that is a year alone is no standard's: "ISO 2019. Title" is a body's year)
    rf"(?!(?:19|20)\d\d(?![\d:-]|\.\d))[{U}]{{0,3}}\.?\s?"
    # (the number, its part, groups of three digits: "50126-1", "X.509", "EN 303 645"; the
    # Czech and Slovak class and number: "ČSN 73 1001", "STN 73 6101")
    r"(?:(?<=[ČC]SN\s|STN\s)\d\d\s\d{4}(?!\d)|\d[\d.]*(?:\s\d{3}(?!\d))*[A-Za-z]?)"
    # (ASTM's metric twin: "E8/E8M-22")
    r"(?:/[A-Z]{1,2}\d[\d.]*[A-Z]?(?=-|\b))?(?:-\d{1,3}(?!\d))*"
    rf"(?:{_AMENDMENT})*"
    # (the year after the colon, a space perhaps, as STN and ČSN lists set it: "STN EN ISO
    # 6579-1: 2017")
    rf"(?::\s?(?P<year>(?:19|20)\d\d)(?:-\d\d)?)?(?:{_AMENDMENT})*"
    # (the year after a hyphen or a dash: "ГОСТ 7.1-2003", "ГОСТ Р 7.0.100–2018"; ETSI's
    # version: "V2.1.1")
    r"(?:[-–](?P<year2>(?:19|20)\d\d))?(?:\sV\d+(?:\.\d+)*)?"
    r"(?:,?\s(?:Revision|Rev\.)\s\d+)?"  # (NIST's revisions: "800-101 Revision 1")
)
_DESIGNATION = lazy_compile(rf"^{_DESIGNATION_CORE}$")
# (for the designation after a title: :mod:`.title_tails`)
DESIGNATION_CORE = _DESIGNATION_CORE
# a designation opening a reference, then its title: after a comma, a period or a colon, or
# in italics at once ("ISO/IEC 27037:2012. _Title_.", "NISTIR 8354, Title. 2022.")
# (the edition it revises may follow it: "IEEE Std 802.3-2018 (Revision of IEEE Std
# 802.3-2015). Title.", "ISO 9001:2015 (replaces ISO 9001:2008). Title.")
_LEADING = lazy_compile(
    rf"^(?P<designation>{_DESIGNATION_CORE})(?:\s\({REVISION_WORDS}[^()]{{0,200}}\))?"
    r"(?:[,.:]\s|\s(?=[*_]))"
)
_ITALIC_START = lazy_compile(
    r"(?P<mark>__|\*\*|_|\*)(?=\S)(?P<title>[^_*]{2,500}?)(?<=\S)(?P=mark)"
)
# "Infrastructures, 7(3), 2022, 34" / "Journal, 12(5), 2016, 603–617": the journal first
_JOURNAL = lazy_compile(r"^(?P<journal>[^,\d]{2,120}),\s(?P<vol>\d+)(?:\((?P<iss>[^()]+)\))?,")


# ... and the same with the italics lost (plain text, PDF conversions, Word): the designation,
# a comma or period, the title to its end or to the next sentence (an imprint)
_PLAIN_STANDARD = lazy_compile(r"^(?P<designation>[^,]{4,60}?)[,.]\s(?P<rest>[^\W\d_].+)$", re.S)
# the standard's publisher, place and date after the title: ", CEN, Brussels, 2002"
# (or the body's name written out: ", International Organization for Standardization, Geneva,
# 2010", ", Deutsches Institut für Normung, Berlin, 2018")
_FACTS_TAIL = lazy_compile(
    r"(?:,\s(?:[A-Z]{2,8}|[A-Z][a-z]+(?:\s(?:for|of|and|&|für|de|du|la|[A-Z][a-z]+)){0,6}))"
    r"{0,3},\s(?:\d{1,2}\s)?(?:[A-Z][a-z]+\.?\s)?"
    r"(?:19|20)\d\d\.?$"
)


def parse(body: str) -> Fields | None:
    """Fields of a reference whose names or designation end at an italic title, or None."""
    m = _SHAPE.match(body)
    if m is None:
        return _plain_standard(body)
    head, title = m.group("head").strip(), m.group("title").strip(" ,.")
    after = (m.group("after") or "").lstrip(" ,.:;")
    standard = _DESIGNATION.match(head)
    if standard is not None:
        year = standard.group("year") or standard.group("year2") or last_year(after)
        return Fields("generic", (), title, year_of(year))
    people = _PEOPLE.match(head)
    if people is None:
        return _organisation_titled(body, head, title, after)
    by_chicago = chicago.parse(body)
    if by_chicago is not None and by_chicago.title == title and by_chicago.authors:
        return None  # read right as it is
    authors = tuple(p.group(0) for p in _ONE.finditer(people.group("people")))
    journal = _JOURNAL.match(after)
    return Fields(
        "generic",
        authors,
        title,
        year_of(last_year(after)),
        container=journal.group("journal").strip() if journal else None,
        volume=journal.group("vol") if journal else None,
        issue=journal.group("iss") if journal else None,
        pages=pages(after[journal.end() :]) if journal else None,
    )


# an organisation (or one person in natural order) before the italic title, as one name with
# no comma: "Close.io, *ciso8601*", "Internet Assigned Numbers Authority, *Time Zone
# Database*", "Deque Systems, _axe-core_" (a company's domain-like name keeps its full stop)
_ORG_HEAD = lazy_compile(rf"^[{U}][\w.&'’+-]*+(?:\s[\w.&'’+-]++){{0,7}}$")


def _organisation_titled(body: str, head: str, title: str, after: str) -> Fields | None:
    """Fields of an organisation's work cited ``Body, *Title* …`` (software, a database, a
    body's publication), unless the Chicago parser reads the same title."""
    if _ORG_HEAD.match(head) is None or head[-1] == ".":
        return None
    by_chicago = chicago.parse(body)
    if by_chicago is not None and by_chicago.title == title:
        return None  # read right as it is
    return Fields("generic", (head,), title, year_of(last_year(after)))


def leading_standard(body: str) -> tuple[str, str, int | None] | None:
    """``(designation, title, year)`` of a standard cited by its designation first, then
    its title -- in italics or to the end of its sentence (``ISO/IEC 27037:2012. _Information
    technology — …_. Geneva: ISO, 2012.``, ``NIST SP 800-86, Guide to …, 2006``) -- or
    None.  The designation is the standard's number, never its title."""
    m = _LEADING.match(body)
    if m is None:
        return None
    rest = body[m.end() :].lstrip()
    italic = _ITALIC_START.match(rest)
    if italic is not None:
        title = italic.group("title").strip(" ,.")
    else:
        title = re.split(r"\.\s", rest, maxsplit=1)[0].rstrip(" .")
        title = _FACTS_TAIL.sub("", title).strip(" ,")
    if len(title) < 4 or not re.match(rf"[{U}\W]", title) or title[0].isdigit():
        return None  # ("ISO 9001:2015, 2015.": nothing but facts after it)
    year = m.group("year") or m.group("year2") or last_year(rest)
    return m.group("designation"), title, year_of(year).year


def _plain_standard(body: str) -> Fields | None:
    """A standard cited by its designation with no italics: ``ISO 690:2010, Information and
    documentation — Guidelines …``, ``ISO 9001:2015. Title. Geneva: ISO; 2015.``"""
    m = _PLAIN_STANDARD.match(body)
    standard = _DESIGNATION.match(m.group("designation").strip()) if m else None
    if m is None or standard is None:
        return None
    rest = m.group("rest").strip()
    title = re.split(r"\.\s", rest, maxsplit=1)[0].rstrip(" .")
    title = _FACTS_TAIL.sub("", title).strip(" ,")
    year = standard.group("year") or standard.group("year2") or last_year(rest)
    return Fields("generic", (), title or None, year_of(year))
