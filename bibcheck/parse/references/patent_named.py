"""A patent named after its title in the words of other languages: its ``patent``.

:func:`.patent.titled_first` reads ``Names, Title, US Patent 10,384,212 B2, 2019``; engineering
theses and notes in other languages name the patent in their own words, before or after the
office's number:

* ``F. Rossi, Title, Brevetto europeo EP 3 456 789 B1, 2020`` (Italian), ``Brevetto italiano
  n. 102019000012345``;
* ``Brevet européen EP 3 456 789``, ``Brevet FR 3 012 345 A1`` (French);
* ``Europäisches Patent EP 3 456 789 B1``, ``Patentschrift DE 10 2016 204 311 B4`` (German);
* ``Patente europea EP 3 456 789``, ``Patente de invención ES 2 345 678 T3`` (Spanish,
  Portuguese);
* ``Patent europejski EP 3 456 789``, ``Opis patentowy PL 234567 B1`` (Polish);
* ``Octrooi NL 2012345`` (Dutch).

The designation is no part of the title; a title *about* a patent goes on in words after it
and is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["named_patent"]

_OFFICE = (
    r"(?:US|EP|WO|DE|JP|CN|GB|FR|KR|CA|AU|RU|CH|AT|ES|IT|NL|SE|DK|FI|NO|BE|BR|MX|PT|PL|CZ|SK"
    r"|HU|RO|UA)"
)
_WORD = (
    r"(?:Brevetto(?:\s(?:europeo|italiano|internazionale|per\sinvenzione(?:\sindustriale)?))?"
    r"|Brevet(?:\s(?:européen|français|d['’]invention))?"
    r"|(?:Europäisches\s|Deutsches\s)?Patent(?:schrift)?|Offenlegungsschrift"
    r"|Patente(?:\s(?:europea|europeia|de\sinvenção|de\sinvención|española|brasileira))?"
    r"|Patent\seuropejski|Opis\spatentowy"
    # Dutch: "Europees octrooi EP 3 812 594 B1", "Nederlands octrooi NL 2012345 C",
    # "Octrooiaanvrage WO 2019/123456 A1"
    r"|(?:(?:Europees|Nederlands|Internationaal)\s)?[Oo]ctrooi(?:aanvrage|schrift)?"
    # the same words in running text, lower case: "brevet européen", "europäisches Patent",
    # "patente europea", "brevetto europeo", "European patent"
    r"|(?:europ(?:äisches|ean)\s)?[Pp]atent|brevet(?:\seurop[ée]en)?|patente(?:\seuropea)?"
    r"|brevetto(?:\seuropeo)?)"
)
# ... or the office's code, the number and the kind code alone: "EP 3 812 594 A1", "US
# 10,123,456 B2", "WO 2019/123456 A1", "NL 2012345 C", "DE 10 2016 204 311 A1" (the kind
# code is what makes it a patent document's number)
_BARE = rf"\b{_OFFICE}\s?\d[\d\s,./]{{4,18}}\d\s(?:[AB][1-9]|C[1-9]?|U[1-9]?|T[1-9]|[AB])\b"
# A patent of the nineteenth century by the country that granted it and its short number
# after a number's label, in notes of any language: "patente britânica n.º 1187, 1866",
# "brevetto inglese n. 2456", "British patent No. 1187", "brevet français n° 45 612",
# "patente española núm. 3410"; a grant of the old Italian, Spanish and Portuguese states:
# "Privativa industriale n. 311", "attestato di privativa n. 12", "privilegio de invención
# núm. 1532", "privilégio de invenção n.º 87"
_NATION = (
    r"(?:brit[aâá]nnic[oa]|brit[aâá]nica|britannique|British|ingl[eê]sa?|inglese|English"
    r"|anglais|fran[cç]es[ae]?|français|French|american[oa]|américain|American"
    r"|norte-american[oa]|estadounidense|portugu[eê]s[ae]?|italian[oa]|italien|Italian"
    r"|alem[ãa]o?|tedesc[oa]|allemand|German|espanhola?|español[a]?|spagnol[oa]|espagnol"
    r"|Spanish|belg[ae]|belge|Belgian|austr[ií]ac[oa]|autrichien|Austrian|sard[oa]"
    r"|napoletan[oa]|toscan[oa]|piemontese)"
)
_GRANT = (
    r"(?:(?:attestato\sdi\s)?privativa(?:\sindustriale)?|privilegio\sde\sinvenci[óo]n"
    r"|privilégio\sde\sinven[çc][ãa]o|privilegio\s(?:exclusivo|industriale)"
    r"|(?:patente|brevetto|brevet|patent)(?:\s(?:de\sinven[çc][ãa]o|de\sinvenci[óo]n"
    r"|d['’]invention|per\sinvenzione))?)"
)
_LABEL = r"(?:n\.\s?[º°o]\.?|n\.|n[°º]\.?|nr\.?|No\.|núm\.|num\.)"
_SHORT = (
    rf"\b(?i:(?:{_NATION}\s)?{_GRANT}(?:\s{_NATION})?)\s{_LABEL}\s?\d{{1,3}}(?:[\s.,]?\d{{3}})?\b"
)
# the word, perhaps a number's abbreviation, the office's code and the number, its kind code
# (after the word and a number's abbreviation, an older patent's short number too: "patent
# nr 51234", "Patent No. 48,211")
_DESIGNATION = lazy_compile(
    rf"(?:\b{_WORD}\s(?:(?:n\.|n[°º]|nr|Nr\.|No\.|núm\.)\s?"
    rf"(?=(?:{_OFFICE}\s?)?\d[\d\s,.]{{3}})|(?=(?:{_OFFICE}\s?)?\d[\d\s,./]{{5}}))"
    rf"(?:{_OFFICE}\s?)?\d[\d\s,./]{{2,18}}\d(?:\s?[ABCUTYEH]\d?\b)?|{_BARE}|{_SHORT})"
)
# the designation closing the title, the date perhaps after it; or in parentheses after
# the title, as APA and its translations write it: "Title (U.S. Patent No. 7,654,321)",
# "Titel (Svenskt patent nr 51234)"
_TITLE_END = lazy_compile(
    rf"[,.;]?\s{_DESIGNATION.pattern}(?:[,.]?\s[\w.,\s]{{0,20}}?(?:1[89]|20)\d\d)?\.?$"
    rf"|\s\((?:[^()]{{0,30}}?\s)?{_DESIGNATION.pattern}\)\.?$"
)
# a patent granted as a privilege, as Sweden, Denmark and the German lands called their
# patents until the nineteenth century: a title opening "Privilegium exclusivum på …"
_PRIVILEGE = lazy_compile(r"^Privilegium\sexclusivum\b")


def named_patent(ref: Reference, rest: str) -> Reference:
    """``ref`` as a patent when, after its title, its text names one in the words of its
    language (see the module); the designation cut from the title."""
    if ref.kind in (RefKind.PATENT, RefKind.COMMENTARY) or not ref.title:
        return ref
    if ref.kind is RefKind.BOOK and _PRIVILEGE.match(ref.title):
        return replace(ref, kind=RefKind.PATENT)
    found = _DESIGNATION.search(rest)
    if found is None:
        return ref
    flat = " ".join(rest.split())
    at = flat.find(" ".join(ref.title.split()))
    if at >= 0 and at + len(ref.title) <= flat.find(" ".join(found.group(0).split())):
        return replace(ref, kind=RefKind.PATENT, host=None)
    cut = _TITLE_END.search(ref.title)
    if cut is None:
        return ref  # (a title about a patent)
    title = ref.title[: cut.start()].strip(" ,.;") or None
    return replace(ref, title=title, kind=RefKind.PATENT, host=None)
