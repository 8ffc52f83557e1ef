"""Statutes and regulations of the civil-law systems and of the European Union, by their
designation, then the date or the number that holds their year.

An act's year is in its date (``Trinkwasserverordnung vom 20. Juni 2023``, ``Rozporządzenie
Ministra Zdrowia z dnia 7 grudnia 2017 r.``, ``Loi du 29 juillet 1881``, ``Wet van 3 april
1969``, ``Legge 7 agosto 1990, n. 241``), its number (``Ley 40/2015``, ``Zákon č. 258/2000
Sb.``, ``Lei n.º 58/2019``, ``Loi n° 2020-290``, ``Directive (EU) 2020/2184``, ``Council
Directive 98/83/EC``, ``Regulation (EC) No 1907/2006``) or, failing both, the gazette that
printed it (``Verordnung über X (BGBl. 2023 I Nr. 159)``, ``Ustawa o Y (Dz.U. 2019 poz.
1781)``).  A court's judgment is dated the same way (``Wyrok SN z dnia 28 listopada 2007 r.,
V CSK 288/07, OSNC 2009``: 2007, not the reporter's year).  The title is the designation
up to that date or number; the subject and the articles cited after it are not read.
"""

from __future__ import annotations

import re

from bibcheck.parse.references.legal_words import GAZETTES, STATUTES

__all__ = ["act"]

_YEAR = r"(?:1[7-9]|20)\d\d"
# the designation an act opens with: German compounds ("Trinkwasserverordnung",
# "Bundes-Immissionsschutzgesetz", "Gesetz zur ..."), French, Polish, Dutch, Spanish,
# Portuguese, Italian, Czech
_DESIGNATION = (
    r"(?:[A-ZÄÖÜ][\w-]*(?:gesetz|verordnung|ordnung|satzung|richtlinie)(?:buch)?"
    rf"|{STATUTES}"
    # a court's judgment or order is dated too: "Wyrok SN z dnia 28 listopada 2007 r.",
    # "Urteil des BGH vom 12. März 2020", "Arrêt du 3 mai 2000"
    r"|Wyrok|Postanowienie|Urteil|Beschluss|Arrêt|Arrest|Rozsudek|Usnesení)"
)
_MONTH = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września"
    r"|października|listopada|grudnia|januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|marzo|aprile|maggio|giugno"
    r"|luglio|agosto|settembre|ottobre|novembre|dicembre|janeiro|fevereiro|março|maio|junho"
    r"|julho|setembro|outubro|dezembro)"
)
# "vom 20. Juni 2023", "z dnia 7 grudnia 2017 r.", "du 29 juillet 1881", "van 3 april 1969",
# "7 agosto 1990" (Italian: no preposition), "vom 20.06.2023"
_DATE = (
    rf"(?:(?:vom|v\.|z\sdnia|du|van|de|del|of)\s)?\d{{1,2}}(?:er)?\.?\s(?:de\s)?{_MONTH}"
    rf"\s(?:de\s)?(?P<dyear>{_YEAR})(?!\d)|(?:vom\s)?\d{{1,2}}\.\d{{1,2}}\.(?P<nyear>{_YEAR})"
)
# "40/2015", "č. 258/2000", "n.º 58/2019", "n° 2020-290", "Nr. 12/2021"
_NUMBER = (
    r"(?:(?:n[º°o.]|n\.º|nº|núm\.|č\.|Nr\.|No\.?)\s?)?(?:\d{1,5}/(?P<syear>" + _YEAR + r")"
    r"|(?P<fyear>" + _YEAR + r")-\d{1,5})(?![\d/])"
)
_NATIONAL = re.compile(
    rf"^(?P<title>(?:[{'A-ZÀ-ÖØ-Þ'}][\w-]*\s){{0,2}}{_DESIGNATION}"
    # (the older German designation before a comma: "Gesetz, betreffend die … vom 30. Juni
    # 1900")
    rf"(?:,?\s[^,;()]{{0,160}}?)?,?\s(?:{_DATE}|{_NUMBER}))"
)
# the gazette that printed an act cited by title alone: "(BGBl. 2023 I Nr. 159)", "(Dz.U.
# 2019 poz. 1781)", "(BGBl. II Nr. 304/2001)"
_GAZETTE = re.compile(
    rf"^(?P<title>(?:[A-ZÀ-ÖØ-Þ][\w-]*\s){{0,2}}{_DESIGNATION}[^;()]{{0,200}}?)\s\("
    rf"(?:{GAZETTES})"
    rf"\s(?:[IV]{{1,3}}\s)?(?:[^()]{{0,30}}?)(?<!\d)(?P<year>{_YEAR})(?!\d)"
)
# EU acts: "Directive (EU) 2020/2184", "Regulation (EU) 2016/679", "Directive 2000/60/EC",
# "Council Directive 98/83/EC", "Regulation (EC) No 1907/2006", "Commission Implementing
# Regulation (EU) 2019/947", "Richtlinie (EU) 2020/2184", "Règlement (UE) 2016/679"
_EU_DESIGNATION = (
    r"(?:(?:Commission|Council|European\sParliament\sand\sCouncil)\s)?"
    r"(?:(?:Delegated|Implementing|Framework)\s)?"
    r"(?:Directive|Regulation|Decision|Recommendation|Richtlinie|Verordnung|Beschluss"
    r"|Règlement|Décision|Dyrektywa|Rozporządzenie|Decyzja|Directiva|Reglamento|Decisión"
    r"|Direttiva|Regolamento|Decisione|Richtlijn|Verordening|Besluit|Směrnice|Nařízení"
    r"|Diretiva|Regulamento)"
)
_EU = re.compile(
    rf"^(?P<title>{_EU_DESIGNATION}\s(?:\((?:EU|EC|EEC|UE|CE|CEE|EG|EWG|WE|EHS|ES)"
    r"(?:,\sEuratom)?\)\s)?"
    rf"(?:(?:No|Nr|n[°º.]|nr)\.?\s?\d{{1,5}}/(?P<year1>{_YEAR})"
    rf"|(?P<year2>{_YEAR})/\d{{1,5}}(?:/(?:EU|EC|EEC|UE|CE|CEE|EG|EWG))?"
    r"|(?P<yy>\d\d)/\d{1,5}/(?:EU|EC|EEC|UE|CE|CEE|EG|EWG))"
    r"(?![\d/])"
    # its enacting body, date and subject, when written: "... of the European Parliament and
    # of the Council of 16 December 2020 on the quality of water ... (recast), OJ L 435"
    r"(?:\s(?:of|on|amending|laying|supplementing|des|der|zur|über|du|relatif|relative|modifiant"
    r"|z\sdnia|w\ssprawie|de|del|relativa|relativo|van|betreffende|ze\sdne|o)\s[^,;]{0,400})?)"
)


def act(body: str) -> tuple[str, str] | None:
    """(the act's designation, its year) when ``body`` starts with a civil-law or EU act
    (see the module doc), or None."""
    m = _EU.match(body)
    if m is not None:
        yy = m.group("yy")
        year = m.group("year1") or m.group("year2") or (f"19{yy}" if yy > "50" else f"20{yy}")
        return m.group("title").rstrip(" ."), year
    m = _NATIONAL.match(body)
    if m is not None:
        year = m.group("dyear") or m.group("nyear") or m.group("syear") or m.group("fyear")
        return m.group("title").strip(" ,"), year
    m = _GAZETTE.match(body)
    if m is not None:
        return m.group("title").strip(" ,"), m.group("year")
    return None
