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
up to that date or number, with the subject a Polish or French act writes after its date
(``Ustawa z dnia 4 lutego 1994 r. o prawie autorskim i prawach pokrewnych (Dz.U. …)``,
``Ustawa z dnia 20 lipca 2017 r. Prawo wodne (Dz.U. …)``, ``Rozporządzenie … z dnia 7
grudnia 2017 r. w sprawie …``, ``Loi n° 78-17 du 6 janvier 1978 relative à
l'informatique``): the title runs to the gazette's parentheses (any subject) or, for a
subject opened by its word ("o", "w sprawie", "relative à", "sur"), to the next comma; a
judgment's title ends at its date; the articles cited after it are not read.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.legal_words import (
    BUDDHIST_ERA,
    GAZETTES,
    LAW_AMENDED,
    LAW_DATE_MARKS,
    LAW_FIRST,
    LAW_LAST,
    LAW_NUMBER_MARKS,
    SLAVIC_GAZETTE,
    STATUTES,
    VIKRAM_SAMVAT_LAWS,
)
from bibcheck.parse.references.nordic_acts import nordic_act
from bibcheck.parse.references.patterns import MARKS, U
from bibcheck.parse.references.quote_pairs import (
    DOUBLE_CLOSINGS,
    DOUBLE_OPENINGS,
    EN_DOUBLE,
    LOW_DOUBLE,
)

__all__ = [
    "act",
    "caseless_titled_law",
    "caseless_titled_law_closes",
    "designated_law",
    "year_numbered_law",
    "eu_act",
    "issued_act",
    "legislature_act",
    "numbered_named",
    "quoted_subject_act",
    "slavic_act",
    "titled_law",
]

_YEAR = r"(?:1[7-9]|20)\d\d"
# the designation an act opens with: German compounds ("Trinkwasserverordnung",
# "Bundes-Immissionsschutzgesetz", "Gesetz zur ..."), French, Polish, Dutch, Spanish,
# Portuguese, Italian, Czech
_DESIGNATION = (
    r"(?:[A-ZÄÖÜ][\w-]*(?:gesetz|verordnung|ordnung|satzung|richtlinie)(?:buch)?"
    rf"|{STATUTES}"
    # a court's judgment or order is dated too: "Wyrok SN z dnia 28 listopada 2007 r.",
    # "Urteil des BGH vom 12. März 2020", "Arrêt du 3 mai 2000"
    r"|Wyrok|Postanowienie|Urteil|Beschluss|Arrêt|Arrest|Rozsudek|Usnesení"
    # Czech and Slovak: "Nález Ústavního soudu ze dne 6. 3. 2013", "Uznesenie NS SR zo dňa …"
    r"|Nález|Rozhodnutí|Rozhodnutie|Uznesenie|Stanovisko)"
)
_MONTH = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września"
    r"|października|listopada|grudnia|januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|marzo|aprile|maggio|giugno"
    r"|luglio|agosto|settembre|ottobre|novembre|dicembre|janeiro|fevereiro|março|maio|junho"
    r"|julho|setembro|outubro|dezembro"
    # Albanian (its "mars" is the French one's)
    r"|janar|shkurt|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor"
    # Luxembourgish (its other months are the German ones)
    r"|Mäerz|Abrëll|Mee)"
)
# "vom 20. Juni 2023", "z dnia 7 grudnia 2017 r.", "du 29 juillet 1881", "van 3 april 1969",
# "7 agosto 1990" (Italian: no preposition), "vom 20.06.2023"; Albanian "datë 27 janar
# 1995", "datë 27.1.1995", "dt. 27.01.1995"
_DATE = (
    rf"(?:(?:vom|vum|v\.|z\sdnia|du|van|de|del|of|datë|dt\.)\s)?\d{{1,2}}(?:er)?\.?\s(?:de\s)?{_MONTH}"
    rf"\s(?:de\s)?(?P<dyear>{_YEAR})(?!\d)"
    # "vom 20.06.2023", Czech "ze dne 6. 3. 2013", Slovak "zo dňa 6. 3. 2013"
    rf"|(?:(?:vom|ze\sdne|zo\sdňa|z\sdnia|datë|dt\.)\s)?\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?P<nyear>{_YEAR})"
)
# "40/2015", "č. 258/2000", "n.º 58/2019", "n° 2020-290", "Nr. 12/2021"
# (Colombian and Afrikaans acts by number and year: "Ley 99 de 1993", "Decreto 1076 de 2015",
# "Wet … 120 van 1998")
_NUMBER = (
    r"(?:(?:[nN][º°o.]|[nN]\.\s?º|[nN]º|núm\.|č\.|Nr\.|No\.?)\s?)?"
    r"(?:\d{1,5}/(?P<syear>" + _YEAR + r")"
    r"|(?P<fyear>" + _YEAR + r")-\d{1,5}"
    r"|\d{1,5}\s(?:de|del|van|of)\s(?P<oyear>" + _YEAR + r"))(?![\d/])"
)
_NATIONAL = lazy_compile(
    rf"^(?P<title>(?:[{'A-ZÀ-ÖØ-Þ'}][\w-]*\s){{0,2}}{_DESIGNATION}"
    # (the older German designation before a comma: "Gesetz, betreffend die … vom 30. Juni
    # 1900"), its abbreviation in parentheses ("Gesetz über X (UVPG) vom 24. Februar 2010");
    # within its sentence (an act named in words, then its place and date: "Real orden sobre
    # los caminos. Madrid, 31 de diciembre de 1844" is no act "… caminos. Madrid")
    rf"(?:,?\s(?:[^,;().]|\.(?!\s[{U}])){{0,160}}?(?:\s\([^\W\d][\w-]{{1,15}}\))?)?,?\s"
    rf"(?:{_DATE}|{_NUMBER}))"
)
# the gazette that printed an act cited by title alone: "(BGBl. 2023 I Nr. 159)", "(Dz.U.
# 2019 poz. 1781)", "(BGBl. II Nr. 304/2001)"
_GAZETTE = lazy_compile(
    rf"^(?P<title>(?:[A-ZÀ-ÖØ-Þ][\w-]*\s){{0,2}}{_DESIGNATION}[^;()]{{0,200}}?)\s\("
    rf"(?:{GAZETTES})"
    rf"\s(?:[IV]{{1,3}}\s)?(?:[^()]{{0,30}}?)(?<!\d)(?P<year>{_YEAR})(?!\d)"
)
# South Slavic acts by the official gazette that printed them, its issue numbered by the
# year: "Закон о правима пацијената, „Службени гласник РС”, бр. 45/2013 и 25/2019",
# "Zakon o obveznim odnosima, Narodne novine, br. 35/05, 41/08", "Kazenski zakonik, Uradni
# list RS, št. 55/2008": the title runs to the gazette, the year is the first number's (the
# later numbers are the amendments')
_SLAVIC_ACT = (
    rf"(?:[{U}][\w-]*\s){{0,2}}?(?:[Зз]акон(?:ик)?|[Zz]akon(?:ik)?|Уредба|Uredba|Правилник"
    r"|Pravilnik|Устав|Ustav|Одлука|Odluka|Кодекс|Kodeks|Уставни\sзакон|Ustavni\szakon"
    # Bulgarian: an ordinance, a decree of the Council of Ministers
    r"|Наредба|Постановление)"
)
# the issue of a South Slavic gazette: numbered by the year ("бр. 45/2013", "br. 35/05"), or,
# as Bulgaria's State Gazette is cited, by its number and date ("бр. 67 от 27.07.1999 г.")
_ISSUE_NUMBER = r"(?:бр\.|br\.|број|broj|št\.)\s?\d{1,4}"


def _slavic_issue(dated: str, numbered: str = "") -> str:
    """The issue, its year captured as *numbered* ("/2013") or *dated* ("от 27.07.1999")."""
    date = rf"\sот\s\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?P<{dated}>{_YEAR})(?!\d)"
    if not numbered:
        return _ISSUE_NUMBER + date
    return rf"{_ISSUE_NUMBER}(?:/(?P<{numbered}>\d{{4}}|\d{{2}})(?!\d)|{date})"


_SLAVIC_ISSUE = _slavic_issue("dyear", "year")
# the gazette, "promulgated" before it as a Bulgarian act's citation writes ("обн. ДВ")
_PROMULGATED = r"(?:обн\.\s)?"
_SLAVIC = lazy_compile(
    rf"^(?P<title>{_SLAVIC_ACT}(?:\s[^,;(){LOW_DOUBLE}]{{1,200}}?)?),\s{_PROMULGATED}[„“\"]?"
    rf"(?:{SLAVIC_GAZETTE})[^,{LOW_DOUBLE}]{{0,30}}?[{EN_DOUBLE}]?,\s{_SLAVIC_ISSUE}"
)
# ... or printed the NLM way, the gazette a sentence of its own and its year before the
# issue: "Закон о безбедности хране. Службени гласник РС. 2009;(41); 2019;(17).",
# "Pravilnik o zaštiti bilja. Narodne novine. 2018;(45)." (the first year the act's, the later
# ones the amendments'), or the gazette in parentheses: "Правилник о X („Службени гласник
# РС”, бр. 132/2021)"
_SLAVIC_NLM = lazy_compile(
    rf"^(?P<title>{_SLAVIC_ACT}(?:\s[^.;(){LOW_DOUBLE}]{{1,400}}?)?)(?:\.\s[„“\"]?(?:{SLAVIC_GAZETTE})"
    rf"[^.;,{LOW_DOUBLE}]{{0,30}}?[{EN_DOUBLE}]?\.\s?(?P<year>{_YEAR})\s?;"
    # (the State Gazette's sentence, its issue dated: "Закон за X. Държавен вестник, бр. 91
    # от 25.09.2002 г.")
    rf"|\.\s{_PROMULGATED}[„“\"]?(?:{SLAVIC_GAZETTE})[^.;,{LOW_DOUBLE}]{{0,30}}?[{EN_DOUBLE}]?,\s"
    + _slavic_issue("sdyear")
    + rf"|,?\s\({_PROMULGATED}[„“\"]?(?:{SLAVIC_GAZETTE})"
    + rf"[^,(){LOW_DOUBLE}]{{0,30}}?[{EN_DOUBLE}]?,?\s"
    + _slavic_issue("pdyear", "pyear")
    + ")"
)
# EU acts as the South and East Slavic languages and Slovene cite them, the kind first, the
# Union's mark in the language's letters, the number after "бр." / "br." / "№" / "št.":
# "Уредба (ЕЗ) бр. 396/2005 Европског парламента и Савета од 23. фебруара 2005. о …",
# "Uredba (EU) 2016/679 Europskog parlamenta i Vijeća od 27. travnja 2016. o …", "Регламент
# (ЕС) № 1907/2006 на Европейския парламент …", "Директива 2000/60/ЕС", "Direktiva (EU)
# 2020/2184": the title runs to its sentence's end (a stop before a capital: the gazette), a
# semicolon or a comma before the passage cited
_SLAVIC_EU_KIND = (
    r"(?:Уредба|Uredba|Директива|Direktiva|Direktiv|Одлука|Odluka|Регламент|Reglement"
    r"|Решение|Рішення|Rješenje|Odločba|Sklep|Препорука|Preporuka|Препоръка|Рекомендация)"
)
_SLAVIC_EU_MARKS = r"(?:ЕЗ|EZ|ЕУ|EU|ЕС|ES|ЄС|ЕО|EO|ЕИО|ЕЕЗ|EEZ|ЕЭС|ЄЕС|EGS|ЕИО|Евратом|Euratom)"
# ... the kind qualified before it ("Provedbena uredba", "Delegirana uredba", Slovene
# "Izvedbena uredba") and its issuer after it, in the genitive: Croatian, Bosnian, Serbian,
# Slovene "Uredba Komisije (EZ) br. 2073/2005", "Direktiva Vijeća 98/83/EZ", "Direktiva Sveta",
# "Уредба Комисије (ЕЗ) бр. …", Bulgarian "Регламент на Комисията (ЕО) № …"
_SLAVIC_EU_QUALIFIED = (
    r"(?:(?:Provedbena|Delegirana|Izvedbena|Спроведбена|Делегирана|Делегиран)"
    r"\s(?:uredba|direktiva|odluka|уредба|директива|одлука|регламент)"
    rf"|{_SLAVIC_EU_KIND})"
    r"(?:\s(?:Komisije|Vijeća|Savjeta|Saveta|Sveta|Комисије|Савета|на\sКомисията|на\sСъвета))?"
)
_SLAVIC_EU = lazy_compile(
    rf"^(?P<title>{_SLAVIC_EU_QUALIFIED}\s(?:\({_SLAVIC_EU_MARKS}(?:,\s\w{{2,8}})?\)\s)?"
    rf"(?:(?:бр\.|br\.|№|št\.|č\.)\s?\d{{1,5}}/(?P<year1>{_YEAR})"
    rf"|(?P<year2>{_YEAR})/\d{{1,5}}(?:/{_SLAVIC_EU_MARKS})?"
    # (a directive before 2015 by its two-digit year: "Direktiva Vijeća 98/83/EZ")
    rf"|(?P<yy>\d\d)/\d{{1,5}}/{_SLAVIC_EU_MARKS})(?![\d/])"
    rf"(?:\s(?:[^.;,]|\.(?!\s[{U}„“\"])|,(?!\s(?:члан|čl\.|чл\.|стр\.|str\.|ст\.|art|нав|nav"
    r"|цит|cit|op\.|исто|isto|п\.|ал\.))){0,600})?)"
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
    r"|Diretiva|Regulamento"
    # (Maltese "Regolament (UE) 2017/352", "Direttiva 2000/60/KE", "Deċiżjoni")
    r"|Regolament|Deċiżjoni|Rakkomandazzjoni)"
)
# ... or, as the Nordic languages write it, by its issuers in the genitive, then the kind in
# lower case: "Europaparlamentets och rådets direktiv 2000/60/EG", "Rådets förordning (EG) nr
# 1/2003", "Kommissionens genomförandeförordning (EU) 2019/947", Danish "Europa-Parlamentets og
# Rådets direktiv 2000/60/EF", "Rådets beslutning"
_NORDIC_EU_DESIGNATION = (
    r"(?:(?:Europaparlamentets|Europa-Parlamentets|Europaparlamentets)\s(?:och|og)\s[Rr]ådets"
    r"|Rådets|Kommissionens)\s"
    r"(?:(?:delegerade|delegerede)\s)?"
    r"(?:direktiv|förordning|forordning|genomförandeförordning|gennemførelsesforordning"
    r"|beslut|beslutning|rekommendation|henstilling)"
    # Finnish, the issuers in the genitive too: "Komission delegoitu asetus (EU) 2018/772",
    # "Euroopan parlamentin ja neuvoston asetus (EU) 2016/429", "Neuvoston direktiivi
    # 98/83/EY", "Komission täytäntöönpanoasetus (EU) 2019/947"
    r"|(?:Euroopan\sparlamentin\sja\sneuvoston|Neuvoston|Komission)\s"
    r"(?:delegoitu\s)?"
    r"(?:asetus|direktiivi|päätös|täytäntöönpanoasetus|täytäntöönpanopäätös|suositus)"
)
# the Union's and its languages' marks after an act's number
_EU_MARKS = r"(?:EU|EC|EEC|UE|CE|CEE|EG|EWG|WE|EHS|ES|EF|EY|ETY|EEG|EØF|EOK|KE|KEE)"
# the date of adoption set off by commas after the enacting bodies, then the subject opened
# by a relative word, as the Romance languages print an act's title: "…del Consejo, de 23 de
# octubre de 2000, por la que se establece …", "…del Consiglio, del 23 ottobre 2000, che
# istituisce …", "…do Conselho, de 27 de abril de 2016, relativo à …"
_COMMA_DATED_SUBJECT = (
    r"(?:,\s(?:(?:de|del|do|du)\s)?\d{1,2}(?:º|°)?\s(?:de\s)?[^\W\d_]{3,10}\s(?:de\s)?"
    rf"{_YEAR}(?!\d)"
    r"(?:,\s(?:por\s(?:la|el)\sque|que|che|relativ[ao]s?|recante|sobre|concernente"
    r"|concerniente)\s[^,;]{1,400})?)?"
)
# Finnish writes the date right after the number, then the subject with no word opening it:
# "…2018/772, annettu 21 päivänä marraskuuta 2017, Euroopan parlamentin ja neuvoston
# asetuksen … täydentämisestä …"
_FI_DATED_SUBJECT = (
    rf",\sannettu\s\d{{1,2}}\späivänä\s[^\W\d_]{{3,12}}\s{_YEAR}(?!\d),\s[^,;]{{1,400}}"
)
# an English subject that lists its matters with commas: "… as regards rules for surveillance,
# eradication programmes, and disease-free status for …" (the list's last item after "and"
# or "or"; a page, an article or "as amended" after the comma is no part of it)
_PINPOINT = r"(?:p\.|pp\.|s\.|art|para|sec|recital|annex|as\samended|OJ\b)"
_LIST_TAIL = (
    rf",\s(?!{_PINPOINT})[a-z][^,;]{{0,120}}?(?:,\s(?!{_PINPOINT})[a-z][^,;]{{0,120}}?){{0,3}}"
    r",?\s(?:and|or)\s[^,;]{0,300}"
)
_EU = lazy_compile(
    rf"^(?P<title>(?:{_EU_DESIGNATION}|{_NORDIC_EU_DESIGNATION})\s(?:\({_EU_MARKS}"
    r"(?:,\sEuratom)?\)\s)?"
    rf"(?:(?:No|Nr|n[°º.]|nr)\.?\s?\d{{1,5}}/(?P<year1>{_YEAR})"
    rf"|(?P<year2>{_YEAR})/\d{{1,5}}(?:/{_EU_MARKS})?"
    rf"|(?P<yy>\d\d)/\d{{1,5}}/{_EU_MARKS})"
    r"(?![\d/])"
    # its enacting body, date and subject, when written: "... of the European Parliament and
    # of the Council of 16 December 2020 on the quality of water ... (recast), OJ L 435"
    # (Swedish and Danish "… av den 23 oktober 2000 om …", "… af 23. oktober 2000 om …")
    r"(?:\s(?:of|on|amending|laying|supplementing|des|der|zur|über|du|relatif|relative|modifiant"
    r"|z\sdnia|w\ssprawie|de|del|do|relativa|relativo|van|betreffende|ze\sdne|o|av|af|om)"
    rf"\s[^,;]{{0,400}}(?:{_LIST_TAIL})?{_COMMA_DATED_SUBJECT}|{_FI_DATED_SUBJECT})?)"
)


# the subject written after an act's date (never a judgment's): Polish "r. o …", "r. w
# sprawie …", "r. – Kodeks …", "r. zmieniająca …", Czech/Slovak "…, kterým se mění …" is not
# read (after a comma), French "relative à …", "portant …", "sur …"; it ends at the gazette's
# parenthesis, a comma, a semicolon or the end
_SUBJECT = lazy_compile(
    r"(?:\sr\.)?\s(?:o|w\ssprawie|zmieniając[aey]|[–—-]|relative?s?|relatifs?|portant|sur"
    r"|o\szmianie"
    # Spanish and Portuguese: "Ley de 29 de junio de 1864 sobre …", "Real Decreto 12/2019
    # por el que …", "Orden de 3 de mayo de 1890 relativa a …", "Lei de 1 de outubro de
    # 1828 sobre …"
    r"|sobre|por\s(?:la|el)\sque|relativ[ao]s?)"
    r"\s[^,;()\s][^,;()]{0,300}"
)
# the subject a German or Luxembourgish act's title gives after its date ("Gesetz vom 24.
# Mai 1990 über die Schulen", "Verordnung vom 3. Juni 2010 zur Änderung …", "Gesetz vum 2.
# Mäerz 1990 iwwer d'Sproochen"), to the sentence's end: a full stop after a word (not a
# date's "3. Mai", not "Nr. 5") before the gazette or the year of an author-date list
_GERMAN_SUBJECT = lazy_compile(
    r"\s(?:über|zur|zum|betreffend|iwwer)\s[^,;().\s]"
    r"(?:[^,;().]|(?<=\s\d)\.|(?<=\s\d\d)\.|\.(?=\s\d{1,3}(?!\d)|\S)){0,300}"
)
# a subject of any words before the gazette's parentheses: "Ustawa z dnia 20 lipca 2017 r.
# Prawo wodne (Dz.U. 2023 poz. 1478)"; or, as PN-ISO 690 lists write it, before the
# gazette's sentence: "Ustawa z dnia 20 lipca 2017 r. Prawo wodne. Dz.U. 2023 poz. 1478."
_TO_GAZETTE = lazy_compile(
    rf"(?:\sr\.)?\s(?!r\.,)[^,;()\s][^;()]{{0,300}}?"
    rf"(?=\s\((?:{GAZETTES})\s|\.\s(?:{GAZETTES})\s?(?:[IV]{{1,3}}\s)?\d)"
)
# a subject in quotation marks after the number and a comma, as Greek notes write a law's
# title ("Ν. 4748/1930, «Περί ιδρύσεως …», ΦΕΚ Α΄ 166/1930"; Spanish "Ley 12/2023, «por el
# derecho a la vivienda», BOE …"): part of the act's title, as its words would be unquoted;
# Albanian notes write it with no comma too ("Ligji nr. 44/2015 "Kodi i Procedurave …""),
# and the date of a law numbered by its year between ("Ligji nr. 4/2021, datë 12.3.2021,
# «Për …»"; a number with no year is read to its date already)
_QUOTED_SUBJECT = lazy_compile(
    rf"(?:,\s(?:{_DATE}))?,?\s[{DOUBLE_OPENINGS}][^{DOUBLE_OPENINGS}{DOUBLE_CLOSINGS}]{{2,300}}[{DOUBLE_CLOSINGS}]"
)
# a provision cited before the gazette: no part of the subject
_PROVISION = lazy_compile(r",\s(?:art|ust|pkt|poz|§|s|Art|Abs|§§)\.?\s")
_JUDGMENT = lazy_compile(
    r"^(?:Wyrok|Postanowienie|Urteil|Beschluss|Arrêt|Arrest|Rozsudek|Usnesení|Nález|Rozhodnut"
    r"|Uznesenie|Stanovisko)"
)


# the subject a Dutch act's title gives after its date and a comma, opened by "houdende"
# (containing) or "tot" (to, for), with the short title in parentheses that ends it, up to
# the gazette's sentence: "Wet van 19 mei 2011, houdende een integraal kader … (Wet
# dieren). Stb. 2011, 345.", "Besluit van 2 mei 2014, tot wijziging van … . Stb. 2014, 9."
_DUTCH_SUBJECT = lazy_compile(
    r",\s(?:houdende|tot)\s[^;]{1,400}?"
    rf"(?=\.\s(?:{GAZETTES})\s?(?:[IV]{{1,3}}\s)?\d|\.?\s*$)"
)


def quoted_subject_act(body: str) -> bool:
    """Does ``body`` open with a civil-law act by its designation, number or date, then its
    subject in quotation marks (:data:`_QUOTED_SUBJECT`: "Ligji nr. 37/2017, «Kodi …»", "Ν.
    4748/1930, «Περί …»")?  The quoted words are the act's, no title of literature about it."""
    m = _NATIONAL.match(body)
    return m is not None and _QUOTED_SUBJECT.match(body, m.end()) is not None


def _with_subject(title: str, body: str, end: int) -> str:
    """``title`` (``body[:end]``) with the subject written after the act's date."""
    if _JUDGMENT.match(title):
        return title
    dutch = _DUTCH_SUBJECT.match(body, end)
    if dutch is not None:
        return (title + dutch.group(0)).rstrip(" .")
    quoted = _QUOTED_SUBJECT.match(body, end)
    if quoted is not None:
        return title + quoted.group(0)
    german = _GERMAN_SUBJECT.match(body, end)
    if german is not None:
        return (title + german.group(0)).rstrip(" .")
    subject = _TO_GAZETTE.match(body, end)
    if subject is None or _PROVISION.search(subject.group(0)):
        subject = _SUBJECT.match(body, end)
    if subject is None:
        return title
    return (title + subject.group(0)).rstrip(" .")


# An act named by a title that ends in the word for a law, as the Baltic, Mongolian, Turkic,
# Armenian and Georgian languages name their statutes, then its date or gazette with the
# year: "Zemes pārvaldības likums. Latvijas Vēstnesis, 2014. gada 30. oktobris, nr. 214.",
# "Соёлын өвийг хамгаалах тухай хууль, 2014 оны 5 дугаар сарын 15", "… туралы Қазақстан
# Республикасының Заңы, 2019 жылғы …", "… to‘g‘risida”gi Qonun, 2020-yil …", "… haqqında
# Qanun, 2015", "Vietos savivaldos įstatymas, 1994", "Karistusseadustik" / "… seadus, 2001";
# or by the word first and the title quoted: "Likums „Par zemes privatizāciju”. …, 1992."
_LAW_WORD = (
    r"(?:likums|įstatymas|seadus|seadustik|хууль|заңы|заң|qonuni|qonun|қонуни|қонун|qanunu"
    r"|qanun|kanunu|kanun|օրենք|კანონი)"
)
_TITLED = lazy_compile(
    rf"^(?P<title>[{U}][^.,;:()«»“”„\"]{{2,200}}?\s(?i:{_LAW_WORD}))[.,]\s"
    rf"[^;]{{0,160}}?(?<![\d/.-])(?P<year>{_YEAR})(?![\d/])"
)
_WORD_THEN_TITLE = lazy_compile(
    rf"^(?i:{_LAW_WORD})\s[{DOUBLE_OPENINGS}](?P<title>[^{DOUBLE_CLOSINGS}]{{3,200}})"
    rf"[{DOUBLE_CLOSINGS}][.,]\s"
    rf"[^;]{{0,200}}?(?<![\d/.-])(?P<year>{_YEAR})(?![\d/])"
)

# A Turkish regulation, by-law, communiqué, circular, decree or directive named by its title,
# the kind closing it, then the official gazette that printed it and its date: "Atık
# Yönetimi Yönetmeliği, Resmî Gazete, 2 Nisan 2015, Sayı 29314" (the gazette named: a title
# ending in "Yönetmeliği" alone may be a commentary's on it, :mod:`.closing_acts`)
_TURKISH_ACT_TITLED = lazy_compile(
    rf"^(?P<title>[{U}][^.,;:()«»“”„\"]{{2,200}}?\s(?i:Yönetmeli(?:k|ği)|Tüzü(?:k|ğü)"
    r"|Tebliği?|Genelgesi?|Kararnamesi?|Yönergesi?))[.,]\s(?:[^;]{0,40}?\s)?"
    rf"Resm[iîİ]\s?Gazete\b[^;]{{0,120}}?(?<![\d/.-])(?P<year>{_YEAR})(?![\d/])"
)


def titled_law(body: str) -> tuple[str, str] | None:
    """(the act's title, its year) when ``body`` starts with an act named by a title that
    ends in (or follows) the word for a law (:data:`_TITLED`), or with a Turkish
    regulation's title and its gazette (:data:`_TURKISH_ACT_TITLED`), or None."""
    m = _TITLED.match(body) or _WORD_THEN_TITLE.match(body) or _TURKISH_ACT_TITLED.match(body)
    return (m.group("title").strip(), m.group("year")) if m is not None else None


# the body of the Union named as a reference's author before an act it did not name itself by
# ("European Commission Directive 2002/49/EC of the European Parliament and of the Council
# …": the act is the Parliament's and the Council's, "European Commission" the author; an
# act's own issuer is one word, "Commission Directive 2006/25/EC", and stays in its title)
_UNION_BODY = lazy_compile(
    r"^(?P<body>European\s(?:Commission|Union|Parliament|Council)|Council\sof\sthe\sEuropean"
    r"\sUnion|Europäische\s(?:Kommission|Union)|Commission\seuropéenne|Union\seuropéenne"
    r"|Comisión\sEuropea|Unión\sEuropea|Commissione\seuropea|Unione\seuropea"
    r"|Komisja\sEuropejska|Unia\sEuropejska|Europese\s(?:Commissie|Unie))[.,:]?\s"
)


def issued_act(body: str) -> tuple[str, str, str] | None:
    """(the Union's body named as author, the act's designation, its year) when ``body``
    names a body of the European Union before an EU act (see :data:`_UNION_BODY`), or
    None."""
    named = _UNION_BODY.match(body)
    if named is None:
        return None
    m = _EU.match(body[named.end() :])
    if m is None:
        return None
    year = m.group("year1") or m.group("year2")
    yy = m.group("yy")
    # (the act's subject ends with its sentence: the gazette follows, "… noise. Off. J. …")
    title = _SENTENCE_END.split(m.group("title"), maxsplit=1)[0].rstrip(" .")
    return named.group("body"), title, year or (f"19{yy}" if yy > "50" else f"20{yy}")


# (the next sentence perhaps in italics: "… (recast). *Official Journal of …*"; also after
# another act's number the subject names: "… repealing Regulation (EC) No 1881/2006. Official
# Journal of …")
# (or the year APA prints after an act's title: "… ('Animal Health Law'). (2016). *Official …")
_SENTENCE_END = lazy_compile(
    r"(?:(?<!\d)|(?<=\d/(?:19|20)\d\d))\.\s(?=[*_]{0,2}[A-Z]|\((?:1[6-9]|20)\d\d[a-z]?\))"
)


# An act by its designation and number, then its own name, as Peru and other Latin American
# states cite them: "Ley N.º 29338, Ley de Recursos Hídricos (2009), art. 2", "Decreto
# Legislativo N° 1013, Decreto Legislativo que aprueba …", "Lei n.º 9.433, Lei das Águas, de
# 8 de janeiro de 1997": the name (opened by a designation again) is the title; the year is
# the one in parentheses after it or in the date that follows; the article is a locator
_NUMBERED_NAMED = lazy_compile(
    rf"^(?:{STATUTES})(?:\s(?:Supremo|Legislativo|Ejecutivo|Federal))?\s"
    r"(?:(?:[nN][º°o.]|[nN]\.\s?º|[nN]º|No\.?|Nr\.?)\s?)?\d[\d.]{0,8}(?:[-/]\d{1,5}){0,3}"
    rf",\s(?P<title>(?:{STATUTES})\s[^,;()\d]{{2,200}}?)"
    rf"(?:\s\((?P<y1>{_YEAR})\)|,\s(?:de\s|del\s)?{_DATE})?(?=\s*$|[,;.](?:\s|$))"
)


def numbered_named(body: str) -> tuple[str, str | None] | None:
    """(the act's name, its year or None) when ``body`` starts with an act cited by its
    designation and number, then its name (see :data:`_NUMBERED_NAMED`), or None."""
    m = _NUMBERED_NAMED.match(body)
    if m is None:
        return None
    return m.group("title").strip(), m.group("y1") or m.group("dyear") or m.group("nyear")


# the date of enactment set off by a comma after the act's name ("Ley N.º 070 "Avelino
# Siñani", 20 de diciembre de 2010"): no part of the name (a date with no comma is:
# "Loi du 29 juillet 1881", "Trinkwasserverordnung vom 20. Juni 2023")
_COMMA_DATE = lazy_compile(rf",\s(?:{_DATE})$")


def _undated(title: str) -> str:
    """An act's ``title`` without the date a comma sets off at its end."""
    m = _COMMA_DATE.search(title)
    return title[: m.start()] if m is not None and m.start() > 0 else title


def eu_act(body: str) -> bool:
    """Does ``body`` open with an act of the European Union by its designation and number
    (:data:`_EU`: "Directiva 2000/60/CE …", "Europaparlamentets och rådets direktiv
    2000/60/EG …")?"""
    return _EU.match(body) is not None or _SLAVIC_EU.match(body) is not None


def slavic_act(body: str) -> bool:
    """Does ``body`` open with a South Slavic act cited with its gazette (:data:`_SLAVIC`,
    :data:`_SLAVIC_NLM`: "Закон о X, „Службени гласник РС”, бр. 41/2009", "Pravilnik o Y.
    Narodne novine. 2018;(45).")?  (The gazette's publishing house, "Beograd: Službeni
    glasnik; 2015.", prints books too: its name alone is no act's mark.)"""
    return _SLAVIC.match(body) is not None or _SLAVIC_NLM.match(body) is not None


def act(body: str) -> tuple[str, str] | None:
    """(the act's designation, its year) when ``body`` starts with a civil-law or EU act
    (see the module doc), or None."""
    m = _EU.match(body)
    if m is not None:
        yy = m.group("yy")
        year = m.group("year1") or m.group("year2") or (f"19{yy}" if yy > "50" else f"20{yy}")
        # (the act's subject ends with its sentence: "… (recast). Official Journal of …")
        return _SENTENCE_END.split(m.group("title"), maxsplit=1)[0].rstrip(" ."), year
    m = _NATIONAL.match(body)
    if m is not None:
        year = (
            m.group("dyear")
            or m.group("nyear")
            or m.group("syear")
            or m.group("fyear")
            or m.group("oyear")
        )
        title = m.group("title")
        # (the date a comma sets off is the title's end, and left out, only when no subject
        # follows it: "Ligji nr. 7895, datë 27.1.1995, «Kodi Penal …»" keeps it)
        subjected = _with_subject(title, body, m.end())
        if subjected == title:
            subjected = _undated(title)
        return subjected.strip(" ,"), year
    m = _GAZETTE.match(body)
    if m is not None:
        return m.group("title").strip(" ,"), m.group("year")
    m = _SLAVIC_EU.match(body)
    if m is not None:
        yy = m.group("yy")
        year = m.group("year1") or m.group("year2") or (f"19{yy}" if yy > "50" else f"20{yy}")
        return m.group("title").rstrip(" .,"), year
    m = _SLAVIC.match(body) or _SLAVIC_NLM.match(body)
    if m is not None:
        found = m.groupdict()
        groups = ("year", "dyear", "sdyear", "pyear", "pdyear")
        year = next(found[g] for g in groups if found.get(g))
        if len(year) == 2:  # "35/05": the issue of 2005, "12/98" of 1998
            year = ("19" if year > "40" else "20") + year
        return m.group("title").strip(" ,"), year
    named = (
        nordic_act(body) or titled_law(body) or caseless_titled_law(body) or year_numbered_law(body)
    )
    if named is not None:
        return named
    designated = designated_law(body)
    if designated is not None and designated[1] is not None:
        return designated[0], designated[1]
    return None


# An act numbered by its legislature and its place in that legislature's sequence, with no
# year, as Kosovo numbers its laws in Albanian, Serbian and English ("Ligji Nr. 06/L-084 për
# Mbrojtjen e Mjedisit", "Zakon br. 05/L-020 o zaštiti …", "Закон бр. 05/L-020 о …", "Law No.
# 04/L-174 on Spatial Planning"): the title is the designation, the number, a date a comma
# sets off ("Ligji Nr. 06/L-084, datë 14.2.2018, për …") and the subject its word opens, to
# the sentence's end, a comma or a parenthesis; the year is the date's, else the first year
# printed after it (the gazette's, the entry's own), else none
_LEGISLATURE_NUMBER = r"(?:[Nn]r\.?|[Nn]o\.|br\.|бр\.|№)\s?\d{1,2}/[LЛ]-\d{1,4}(?![\w/])"
_LEGISLATURE_ACT = lazy_compile(
    rf"^(?P<title>(?:{STATUTES}|{_SLAVIC_ACT}|Law|Administrative\sInstruction)"
    rf"(?:\s[{U}][\w-]{{1,20}})?\s{_LEGISLATURE_NUMBER}"
    rf"(?:,\s(?:{_DATE}),?)?"
    r"(?:\s(?:për|mbi|on|o|о|za|за|for|of)\s[^.,;()\s][^.,;()]{0,300})?)"
)
_YEAR_AFTER = lazy_compile(rf"(?<![\d/.-])(?P<year>{_YEAR})(?![\d/])")


def legislature_act(body: str) -> tuple[str, str | None] | None:
    """(the act's title, its year or None) when ``body`` starts with an act numbered by its
    legislature and sequence (:data:`_LEGISLATURE_ACT`: "Ligji Nr. 06/L-084 për X. Gazeta
    Zyrtare …, 2018."), or None."""
    m = _LEGISLATURE_ACT.match(body)
    if m is None:
        return None
    year = m.group("dyear") or m.group("nyear")
    if year is None:
        later = _YEAR_AFTER.search(body, m.end(), m.end() + 300)
        year = later.group("year") if later is not None else None
    return m.group("title").strip(" ,"), year


# An act named by its kind first, then its subject, then its number or date, in the
# languages of :data:`LAW_FIRST` ("ກົດໝາຍວ່າດ້ວຍແຮ່ທາດ (ສະບັບປັບປຸງ) ເລກທີ 02/ສພຊ, ລົງວັນທີ 03
# ພະຈິກ 2017, ມາດຕາ 37", "พระราชบัญญัติแร่ พ.ศ. 2560 มาตรา 12", "Luật Khoáng sản số
# 60/2010/QH12 ngày 17 tháng 11 năm 2010, Điều 5", "Закон про охорону праці № 2694-XII від
# 14.10.1992, ст. 5"): the title is the name up to the amended mark, the number or the date
# (an act named by its kind alone keeps its number: "Batas Republika Blg. 9003", "قانون رقم
# 12 لسنة 2003"); the year is its date's (a Buddhist Era year less 543); the article cited
# after it is no part of either
_MARK = (
    rf"(?:\s?{LAW_AMENDED}|,?\s?(?:(?:{LAW_NUMBER_MARKS})\s?\d|(?:{LAW_DATE_MARKS})\s?\d"
    rf"|(?:{BUDDHIST_ERA})\s?\d))"
)
_DESIGNATED = lazy_compile(
    rf"^(?P<title>(?:{LAW_FIRST})[^\d,;:()\[\]{{}}<>|]{{0,200}}?)(?={_MARK})"
)
# the same name quoted, in the Arabic script, its comma or stop after the closing mark:
# "«قانون حمایت از حقوق مؤلفان»، مصوب ۱۳۴۸، مادهٔ ۳", "«نظام المطبوعات والنشر». رقم م/٣٢"
_QUOTED_DESIGNATED = lazy_compile(
    rf"^«(?=[\u0600-\u06ff])(?P<title>(?:{LAW_FIRST})[^\d,;:()\[\]{{}}<>|«»]{{0,200}}?)»"
    rf"[.\u060c]?(?={_MARK})"
)
# an act in the Arabic script: its year may be a Hijri one (1200–1499, solar or lunar),
# kept as written
_ARABIC_SCRIPT = lazy_compile(r"[\u0600-\u06ff]")
# the number after a name that is the act's kind alone ("Blg. 9003", "رقم 12")
_NUMBER_AFTER = lazy_compile(rf"\s?(?:{LAW_NUMBER_MARKS})\s?\d[\w/.-]{{0,30}}")
# the year in the designation after the name: a Buddhist Era one, or of the Common Era
_ERA_YEAR = lazy_compile(rf"(?:{BUDDHIST_ERA})\s?(?P<year>\d{{4}})(?!\d)")
# the scripts of the countries that count years by the Buddhist Era: Thai, Lao, Khmer
_BUDDHIST_SCRIPT = lazy_compile(r"[\u0e00-\u0eff\u1780-\u17ff]")
_ANY_YEAR = lazy_compile(r"(?<!\d)(?P<year>\d{4})(?!\d)")
# where the designation ends: a semicolon, or the article cited
_DESIGNATION_END = lazy_compile(
    r";|\b(?:ມາດຕາ|มาตรา|មាត្រា|ပုဒ်မ|Điều|ст\.|стаття|артыкул|Pasal|Seksyon|Kifungu|ماده|المادة"
    r"|Madde|Art\.|§)"
)


def era_year(text: str, buddhist: bool = False, hijri: bool = False) -> int | None:
    """The Common Era year of the first year in ``text`` (the designation after an act's
    name): a year marked with the Buddhist Era ("พ.ศ. 2560", in any digits) less 543, or
    the first four-digit year of 1700–2100 (an unmarked year of 2400–2700 is a Buddhist Era
    one when the act is ``buddhist``: Thai, Lao, Khmer; one of 1200–1499 a Hijri one, as
    written, when it is ``hijri``: "مصوب ۱۳۶۵" in a Persian act), or None."""
    m = _ERA_YEAR.search(text)
    if m is not None:
        return int(m.group("year")) - 543
    for m in _ANY_YEAR.finditer(text):
        year = int(m.group("year"))
        if buddhist and 2400 <= year <= 2700:
            return year - 543
        if hijri and 1200 <= year < 1500:
            return year
        if 1700 <= year <= 2100:
            return year
    return None


def designated_law(body: str) -> tuple[str, str | None] | None:
    """(the act's name, its Common Era year or None) when ``body`` starts with an act named
    by its kind first, then its number or date (:data:`_DESIGNATED`), or None."""
    m = _DESIGNATED.match(body) or _QUOTED_DESIGNATED.match(body)
    if m is None:
        return None
    title = m.group("title").strip(" ,")
    rest = tail = body[m.end() :]
    if re.fullmatch(rf"(?:{LAW_FIRST})(?:\s[{U}]\w*)?", title):
        # the act is known by its number ("Batas Republika Blg. 9003")
        number = _NUMBER_AFTER.match(rest)
        if number is None:
            return None
        title += number.group(0)
    end = _DESIGNATION_END.search(tail, 0, 200)
    buddhist = _BUDDHIST_SCRIPT.search(title) is not None
    hijri = _ARABIC_SCRIPT.search(title) is not None
    year = era_year(tail[: end.start() if end is not None else 200], buddhist, hijri)
    return title.strip(" ,"), str(year) if year is not None else None


# An act of a script with no capitals named by a title that ends in the word for a law, then
# its year (:data:`LAW_LAST`): "सूचना का अधिकार अधिनियम, 2005, धारा 6", "তথ্য অধিকার আইন,
# ২০০৯", "… ဥပဒေ (၂၀၁၂)"
# (a word of the name may be in parentheses: "मुलुकी देवानी (संहिता) ऐन, २०७४"; the Common Era
# year bracketed after a Vikram Samvat one, "ऐन, २०७४ (सन् २०१७)", "ऐन, १९१० (सन् १८५४; …", is
# the act's year, the name and year in italics or not: "*मुलुकी ऐन, १९१०* (सन् १८५४)")
_CASELESS_TITLED = lazy_compile(
    r"^(?P<title>[^\W\d][^\d,;:()\[\]]{0,200}?(?:\([^\d,;:()\[\]]{1,60}\)[^\d,;:()\[\]]{0,100}?)?"
    rf"\s?(?P<word>{LAW_LAST})),?\s\(?"
    r"(?P<year>\d{4})(?!\d)(?:[*_]?\s?[(\[]\s?(?:सन्|ई\.)\s?(?P<ce>\d{4})(?!\d))?"
)


# the government or body that issued an act, before it: "महाराष्ट्र शासन, … अधिनियम, 1966"
_ISSUER_FIRST = lazy_compile(r"^[^\W\d][^\d,;:()\[\]*«»\"“”]{1,80},\s\*?(?=[^\W\d])")


def issued_caseless_law(body: str) -> tuple[str, str] | None:
    """(the act's title, its year) when ``body`` names the government that issued it and
    then an act of a script with no capitals by its title and year ("गुजरात सरकार,
    *… અધિનિયમ, 1949*, कलम 4"; :func:`caseless_titled_law`), or None."""
    issuer = _ISSUER_FIRST.match(body)
    return None if issuer is None else caseless_titled_law(body[issuer.end() :])


def caseless_titled_law_closes(title: str) -> bool:
    """Does ``title`` end with the act's year (``… અધિનિયમ, ૧૯૬૧``): is it the act's name and
    year and nothing more (:func:`caseless_titled_law`)?"""
    m = _CASELESS_TITLED.match(title)
    return m is not None and not title[m.end() :].strip(" .,)")


# An act of Sri Lanka as its Sinhala and Tamil texts name it, its year and number before its
# title: Sinhala "1973 අංක 25 දරන ක්‍රීඩා නීතිය" (the sports law numbered 25 of 1973), "2007
# අංක 56 දරන … පනත", "1978 අංක 16 දරන විශ්වවිද්‍යාල පනත"; Tamil "1978 ஆம் ஆண்டின் 16 ஆம் இலக்க
# பல்கலைக்கழகங்கள் சட்டம்": the title the words up to the word for a law or act
# (:data:`LAW_LAST`), the year the first number
_YEAR_NUMBERED = lazy_compile(
    r"^(?P<year>\d{4})\s?(?:අංක\s?\d{1,4}\s?දරන|ஆம்\sஆண்டின்\s\d{1,4}\s?ஆம்\sஇலக்க)\s"
    rf"(?P<title>[^\W\d][^\d,;:()\[\].]{{0,200}}?(?:{LAW_LAST}))(?![^\W\d_]|[{MARKS}])"
)


def year_numbered_law(body: str) -> tuple[str, str] | None:
    """(the act's title, its year) when ``body`` starts with an act of Sri Lanka named by its
    year and number, then its title (:data:`_YEAR_NUMBERED`: "1973 අංක 25 දරන ක්‍රීඩා
    නීතිය"), or None."""
    m = _YEAR_NUMBERED.match(body)
    if m is None or not 1700 <= int(m.group("year")) <= 2100:
        return None
    return m.group("title").strip(), m.group("year")


def caseless_titled_law(body: str) -> tuple[str, str] | None:
    """(the act's title, its Common Era year) when ``body`` starts with an act named by a
    title that ends in the word for a law, in a script with no capitals (a Nepali act's
    Vikram Samvat year less 57), or None."""
    m = _CASELESS_TITLED.match(body)
    if m is None:
        return None
    year = int(m.group("year"))
    if m.group("ce") is not None:
        year = int(m.group("ce"))
    elif re.fullmatch(VIKRAM_SAMVAT_LAWS, m.group("word")):
        year -= 57
    if not 1700 <= year <= 2100:
        return None
    return m.group("title").strip(), str(year)
