"""Court decisions, statutes, treaties and parliamentary records by the shape they are cited in:
their ``report``.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles
or books) file legislation, case law, treaties and parliamentary papers as ``report``.  The
parsers read many of them whole (:mod:`.legal`, :mod:`.civil_law`, :mod:`.german_law`,
:mod:`.bluebook_law`); this module tells their kind when a parser read the note or entry as
some other shape, by the marks the legal systems cite them with:

* a court's designation opening the citation, then its date, chamber or number: French
  ``Cass. civ., 16 juin 1896``, ``Cass. ch. réunies``, ``CE, Ass., …``; Italian ``Corte cost.,
  sent. n. …``, ``Cons. Stato, sez. V, …``, ``CGUE, …``; German ``BVerfGE 124, 78``, ``BGH,
  Urt. v. …``; Spanish ``STC 31/2010``, ``STS 101/2012``, ``Sentencia 101/2012, de …``;
* an official record opening it: ``HC Deb 30 July 1928, vol. 220, cols …``, ``BT-Drs.
  19/1234``, ``S. Doc. No. 77-8``, ``Cong. Rec.``;
* a statute or code by its designation: ``Ley 52/2007, de …``, ``Ley de 10 de febrero de 1939
  …``, ``loi n° 98-… du …``, ``L. 7 agosto 1990, n. 241``, ``d.lgs. n. 33/2013``, ``Regulation
  (EU) 2016/679``, ``Regolamento (UE) 2016/679``, ``C. civ. (1804), art. 1382``, ``§ 823 Abs.
  1 BGB``, ``Art. 44 GG``;
* a mark only legal sources carry, anywhere: an ECLI, a case number of the EU courts (``Case
  C-131/12``, ``cause riunite C-92/09``), a treaty series (``94 LNTS 57``), an official
  journal or gazette (``OJ L 119``, ``BGBl. I S. 1``, ``G.U. n. 80``, ``JORF``, ``BOE, núm.
  310``), the United States Code and Reports (``5 U.S.C. § 706``, ``603 U.S. 369 (2024)``), a
  law report after a case's name (``Case of Proclamations (1611) 12 Co Rep 74``).

A note or entry so marked is a ``report`` when it was read as no kind, a book or a web page
(a court's designation and a date opening it outweigh a journal read in it too); an article
about a case (``Author, "Title", Journal …``) is left as read: only what the citation opens
with, or marks a bare citation has, decides.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.act_commentary import about_act
from bibcheck.parse.references.acts import (
    caseless_titled_law,
    caseless_titled_law_closes,
    eu_act,
    slavic_act,
)
from bibcheck.parse.references.baltic_acts import baltic_act
from bibcheck.parse.references.cjk_acts import cjk_act
from bibcheck.parse.references.cjk_law_articles import cjk_law_article
from bibcheck.parse.references.commentary import strip_lead_in
from bibcheck.parse.references.entrymemo import entry_memo
from bibcheck.parse.references.legal import chapter_titled
from bibcheck.parse.references.nordic_acts import nordic_act
from bibcheck.parse.references.numbered_acts import cited_act
from bibcheck.parse.references.official_acts import further_act

__all__ = ["legal_kind", "legal_opening", "legal_source"]

_MONTH = r"[^\W\d_]{3,10}\.?"
# a date, as the notes of the languages print a decision's ("16 juin 1896", "2 aprile 2020",
# "27 de febrero de 2012", "24 September 2019", "17.6.2009", "1er févr. 1930")
_DATE = (
    rf"(?:\d{{1,2}}(?:er|º|°)?\s(?:de\s)?{_MONTH}\s(?:de\s)?\d{{4}}"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)

# the courts' designations that open a decision's citation, then a comma or the chamber
_COURT = (
    # French: the Cour de cassation and its chambers, the Conseil d'État and constitutionnel,
    # courts of appeal and first instance, the European courts as French writes them
    r"Cass\.?\s?(?:civ|crim|com|soc|req|ch\.\s?(?:réunies|mixte)|ass\.\s?plén|plén)?\.?"
    r"(?:\s?(?:1re|2e|3e|Ire|IIe|IIIe|1ère))?"
    r"|C\.\s?cass\.|Civ\.\s?(?:1re|2e|3e)|Crim\.|Com\.|Soc\.|Ch\.\s?réunies"
    r"|CE|C\.E\.|Cons\.\s?const\.|Conseil\sd['’]État|Conseil\sconstitutionnel"
    r"|Cour\sde\scassation|CEDH|CJCE|CJUE|TGI\s[^\W\d_]+|CA\s[^\W\d_]+|T\.\s?confl\."
    # Italian: the Corte costituzionale, di cassazione, the Consiglio di Stato, TAR, the CJEU
    r"|Corte\scost(?:\.|ituzionale)|Cass\.\s?(?:civ|pen)\.?(?:,\s?sez\.)?|Corte\sdi\scassazione"
    r"|Cons\.\s?(?:di\s)?St(?:ato|\.)|Consiglio\sdi\sStato|T\.?A\.?R\.?\s[^\W\d_]+"
    r"|Corte\sdei\sconti|CGUE|Corte\sgiust(?:\.|izia)|C\.\s?giust\.|Corte\sEDU"
    # German: the federal courts, a Land's courts by their place
    r"|(?:BVerfG|BGH|BAG|BSG|BFH|BVerwG|BPatG|RG|EuGH|EuG|EGMR)"
    r"|(?:OLG|LG|OVG|VGH|VG|LSG|LAG|FG|KG|AG)\s[^\W\d_][\w-]+"
    # Spanish: the Tribunal Supremo and Constitucional
    r"|Tribunal\s(?:Supremo|Constitucional)|TS|TC|TEDH|TJUE"
)
_COURT_DECISION = lazy_compile(
    rf"^(?:{_COURT}),?\s(?:[^,;]{{1,40}},\s){{0,3}}"
    rf"(?:{_DATE}|(?:Urt|Beschl|Urteil|Beschluss|sent|ord|arr|déc|n)\.?\s|sez\.|Ad\.\s?plen"
    r"|Ass\.|Sect\.|Az\.|\d{1,2}\s(?:BvR|BvE|BvF|BvL|StR|ZR|AZR)\b)"
)
# a decision by the reports' volume and page ("BVerfGE 124, 78", "BGHZ 181, 328", "BVerwGE
# 109, 203") or by the Spanish courts' series and number ("STC 31/2010", "STS 101/2012",
# "ATC 12/2015", "Sentencia 101/2012, de 27 de febrero", "Sentencia del Tribunal …")
_REPORTED_DECISION = lazy_compile(
    r"^(?:(?:BVerfG|BGH|BVerwG|BAG|BSG|BFH|RG)(?:E|Z|St|SZ)\s\d{1,3},\s\d"
    r"|(?:STC|STS|SAN|STSJ|SAP|ATC|ATS|STEDH|STJUE)\s\d{1,5}/\d{2,4}"
    r"|Sentencia\s(?:\d{1,5}/\d{4}|del\s(?:Tribunal|TS|TC)\b|de\s\d))"
)
# a West Slavic court's judgment, order or resolution by its court and date: "Wyrok SN z
# dnia 14 czerwca 2005 r., III CK 12/05", "Postanowienie Sądu Apelacyjnego w Krakowie z
# dnia …", "Rozsudek Nejvyššího soudu ze dne 3. 5. 2010", "Uznesenie … zo dňa …"
_DATED_JUDGMENT = lazy_compile(
    r"^(?:Wyrok|Postanowienie|Uchwała|Rozsudek|Rozsudok|Usnesení|Uznesenie|Nález)"
    r"(?:\s[^\s,;]{1,40}){0,8}?\s(?:z\sdnia|ze\sdne|zo\sdňa)\s\d{1,2}\.?\s"
)
# an official record: Hansard (a volume and column, "vol." or "vol"), the Bundestag's and the
# Bundesrat's printed papers and plenary minutes, the United States' Congress
_RECORD = lazy_compile(
    r"^(?:(?:HC|HL)\sDeb\s(?:\([^()]{1,20}\)\s)?\d"
    r"|(?:BT|BR|LT)-(?:Drs|Drucks|Drucksache|PlPr|Plenarprot)\.?\s?\d{1,2}/\d"
    r"|(?:Deutscher\sBundestag,\s)?(?:Drucksache|Plenarprotokoll)\s\d{1,2}/\d"
    r"|(?:S|H\.R?|H)\.\s(?:Doc|Rep|Res|Con\.\sRes)\.\sNo\.\s\d"
    r"|\d{1,3}\sCong\.\sRec\.\s\d"
    # the States General's papers and proceedings by their chamber and session ("Kamerstukken
    # II 2019/20, 19637, nr. 2615", "Handelingen I 2015/16, nr. 12", "Kamerstuk 34 086"),
    # Belgium's ("Parl. St. Kamer 2019-20, nr. 55-1234/1", "Doc. parl., Chambre, 2019-2020"),
    # Sweden's bills and inquiries ("Prop. 2017/18:105", "SOU 2019:12"), Norway's ("Prop. 54
    # L (2019–2020)", "Ot.prp. nr. 3 (2001–2002)")
    r"|(?:Aanhangsel\s(?:van\sde\s)?)?(?:Kamerstukken|Handelingen)\s(?:I{1,2}|EK|TK)\s\d{4}[/-]\d"
    r"|Kamerstuk\s\d"
    r"|Parl\.\s?St\.\s(?:Kamer|Senaat|Vl\.\sParl\.)|Doc\.\sparl\.,?\s(?:Chambre|Sénat)"
    r"|Prop\.\s\d{4}/\d{2}:\d|SOU\s\d{4}:\d|Prop\.\s\d{1,3}\s[LS]\s\(\d{4}"
    r"|Ot\.\s?prp\.\snr\.\s\d"
    # the Spanish and Portuguese parliaments' records of their sittings by their title:
    # "Diario de Sesiones de las Cortes …", "Diário da Câmara dos Deputados"
    r"|Diario\sde\s(?:las\s)?Sesiones\sde\s|Diário\sda\s(?:Câmara|Assembleia)\s"
    # a constitution by its title: "Constitución política de la Monarquía Española",
    # "Constitution de la République française", "Verfassung des Deutschen Reiches"
    r"|(?:Constitución|Constituição|Constitution|Costituzione|Verfassung|Konstytucja)"
    r"\s(?:política\s|politique\s)?(?:de|del|da|do|des|della|dello|of|the)\s)"
)
# a statute, a code or an EU act by its designation
_ACT = lazy_compile(
    # Spanish: "Ley 52/2007, de …", "Ley Orgánica 3/2018", "Ley de 10 de febrero de 1939",
    # "Real Decreto 1/2020", "Decreto 123/1999", "Orden de 3 de marzo de 1940"
    r"^(?:(?:Ley(?:\sOrgánica)?|Real\sDecreto(?:-ley|\sLegislativo)?|Decreto(?:-ley)?|Orden)"
    rf"\s(?:\d{{1,4}}/\d{{4}}|de\s{_DATE})"
    # French: "loi n° 98-… du …", "Loi du 9 avril 1898", "ordonnance n° 2016-131 du …"
    r"|(?i:loi|décret|ordonnance|arrêté)(?:\sorganique)?\s(?:n[°o]\s?[\d-]+\s)?du\s\d"
    # Italian: "L. 7 agosto 1990, n. 241", "legge 6 novembre 2012, n. 190", "d.lgs. n.
    # 33/2013", "D.Lgs. 14 marzo 2013, n. 33", "d.P.R. …", "d.l. …"
    r"|(?:L\.|l\.|[Ll]egge|D\.\s?[Ll]gs\.?|d\.\s?lgs\.?|[Dd]ecreto\slegislativo|D\.\s?L\.|d\.l\."
    r"|[Dd]\.\s?P\.\s?R\.|D\.\s?M\.|d\.m\.|D\.\s?P\.\s?C\.\s?M\.|R\.\s?D\.|r\.d\.)"
    rf"\s(?:{_DATE}|n\.\s?\d)"
    # ... and a ministry's or an office's decree by its issuer and date: "Decreto
    # direttoriale del Ministero dell'ambiente 13 febbraio 2017, n. 30/STA"
    r"|[Dd]ecreto\s(?:direttoriale|dirigenziale|ministeriale|interministeriale)"
    rf"\s(?:del|della|dell['’])\s?[^,\d]{{2,80}}?\s{_DATE}"
    # Romanian and Moldovan: "Legea nr. 489/2006 privind …", "Decretul nr. 177/1948 pentru
    # …", "Hotărârea Guvernului nr. 12/2001", "Ordonanța de urgență nr. 5/2002", Moldova's
    # "Hotărîrea Guvernului nr. 8 din 12.01.2010", "Legea din 4 martie 1925"
    r"|(?:Legea|Lege|Decretul(?:-lege)?|Decret(?:-lege)?|Hot[ăa]r[âîa]rea(?:\sGuvernului)?"
    r"|Ordonan[țţ]a(?:\sde\surgen[țţ][ăa])?(?:\sa\sGuvernului)?|Ordinul|Regulamentul|Codul)"
    r"\s(?:nr\.\s?\d{1,5}|din\s\d{1,2}\s[a-zăâîșşțţ]{3,10}\s\d{4})"
    # EU acts in the languages of their citation
    r"|(?:Regulation|Directive|Decision|Regolamento|Direttiva|Decisione|Règlement|Décision"
    r"|Verordnung|Richtlinie|Beschluss|Reglamento|Directiva|Decisión)\s"
    r"\((?:EU|EC|EEC|UE|CE|CEE|EG|EWG|Euratom)\)\s(?:No\s|n\.\s?|n°\s?|Nr\.\s)?\d{1,4}/\d"
    # Greek: a law or a legislative, presidential, royal decree by its number and year: "Ν.
    # 4748/1930", "Ν.Δ. 12/1974", "Π.Δ. 55/1998", "Β.Δ. 3/1936", "Α.Ν. 2/1967", "Νόμος 2932/2001"
    r"|(?:(?:Ν|Ν\.\s?Δ|Π\.\s?Δ|Β\.\s?Δ|Α\.\s?Ν)\.\s?|Νόμος\s)\d{1,5}/\d{2,4}(?!\d)"
    # a code's article: "C. civ. (1804), art. 1382", "Code civil, art. 1384", "C. pén., art."
    r"|(?:C\.\s?(?:civ|pén|com|trav)\.|Code\s(?:civil|pénal|de\scommerce|du\stravail"
    r"|de\sprocédure\s(?:civile|pénale)))(?:\s\(\d{4}\))?,?\s(?:art\.|article)"
    # a provision of a German or Italian code: "§ 823 Abs. 1 BGB", "Art. 44 Abs. 1 GG", "art.
    # 97 Cost.", "Art. 8 EMRK"
    r"|(?:§§?|Art\.|art\.|Artt?\.)\s?\d+[a-z]?(?:\s(?:Abs|S|Nr|comma|co|al|lett)\.?\s?\d+[a-z]?)*"
    r"\s(?:BGB|StGB|GG|ZPO|StPO|HGB|VwVfG|VwGO|PUAG|BDSG|DSGVO|UWG|AktG|GmbHG|EMRK|GRCh|AEUV"
    r"|EUV|Cost\.|c\.c\.|c\.p\.|c\.p\.c\.|TFUE|TUE|CEDU|TFEU|TEU|ECHR)\b)"
)
# marks only a legal source carries, wherever they stand
_MARK = lazy_compile(
    r"\bECLI:[A-Z]{2}:"
    # a bill's explanatory statement, a legislative material, as its title opens: Polish
    # "Uzasadnienie projektu kodeksu …", French "Exposé des motifs du projet …", Spanish
    # "Exposición de motivos …", German "Begründung zum Entwurf …" (a heading, not prose)
    r"|(?:^|[,.]\s)[*_]{0,2}(?:Uzasadnienie\s(?:do\s)?projektu|Exposé\sdes\smotifs"
    r"|Exposición\sde\smotivos|Begründung\s(?:zum|des)\s(?:Regierungs)?[Ee]ntwurf)\b"
    r"|\b(?:Case|Cases|Joined\sCases|[Cc]ausa|cause\sriunite|[Aa]ff\.|affaire|affaires\sjointes"
    r"|Rs\.|verb\.\sRs\.|[Aa]sunto|asuntos\sacumulados)\s[CTF]-\d{1,4}/\d{2}"
    r"|\b\d{1,4}\s(?:LNTS|UNTS|UKTS|CTS|ETS|CETS|TIAS|Stat\.)\s\d"
    # the World Court's reports: "I.C.J. Reports 1974, p. 3", "[1974] ICJ Rep 3", "P.C.I.J.
    # (ser. A) No. 10", "P.C.I.J. Series A, No. 17"
    r"|\bI\.\s?C\.\s?J\.\sReports\s\d{4}|\bICJ\s(?:Reports|Rep)\s\d"
    r"|\bP\.\s?C\.\s?I\.\s?J\.,?\s\(?(?:[Ss]er\.|Series\s[ABC]\b)"
    # a United Nations document by its symbol, a resolution by its organ and number: "U.N.
    # Doc. A/810", "UN Doc A/RES/2625(XXV)", "G.A. Res. 217 (III)", "S.C. Res. 242"
    r"|\bU\.?\s?N\.?\sDoc\.?\s[A-Z]{1,4}/|\b(?:G\.\s?A\.|S\.\s?C\.)\sRes\.\s\d"
    # (the Official Journal: Maltese "ĠU L 57", "Ġurnal Uffiċjali")
    r"|(?<!\w)(?:OJ|JO|GU|ĠU|ABl\.|DO)\s?(?:EU\s)?[LC]\s\d{1,4}\b"
    # (an official journal by its name: :func:`.official_acts.further_act`)
    r"|\bBGBl\.\s?(?:I{1,3}\s)?S\.\s?\d|\bG\.\s?U\.\s?(?:n\.|\d)|\bJORF\b|\bBOE\b"
    # (the Greek Government Gazette by its issue: "ΦΕΚ Α΄ 166/1930", "ΦΕΚ 58/Α/1998")
    r"|\bΦΕΚ\s?(?:[ΑΒΓΔ][΄'’]?\s?)?\d{1,4}/"
    # an administration's or an authority's act by its number and date: Italian "delibera n.
    # 1309 del 28 dicembre 2016", "circolare n. 2/2017 del …", French "délibération n° 2019-
    # 160 du …", "circulaire du 3 mai 2010", Spanish "Resolución de 3 de mayo de 2010"
    r"|\b(?:[Dd]elibera(?:zione)?|[Dd]eterminazione|[Cc]ircolare|[Pp]rovvedimento)"
    r"\s(?:n\.\s?\d+(?:/\d+)?\s)?del\s\d{1,2}\s[^\W\d_]{3,10}\s\d{4}"
    # (the authority's designation of it, letters and all: "délibération SAN-2019-001 du …",
    # "décision n° 2009-580 DC du …")
    r"|\b(?:[Dd]élibération|[Cc]irculaire|[Dd]écision)\s(?:(?:n[°º]\s?)?"
    r"(?:[A-Z]{1,5}-)?\d[\d-]*(?:\s[A-Z]{1,4})?\s)?du\s\d"
    r"|\b(?:Resolución|Instrucción|Circular)\s(?:\d+/\d{4},\s)?de\s\d{1,2}\sde\s[^\W\d_]{3,10}\sde\s\d{4}"
    r"|\b\d{1,3}\sU\.S\.C\.(?:A\.)?\s§|\b\d{1,3}\sC\.F\.R\.\s§|\b\d{1,3}\sU\.S\.\s\d{1,4}\s\(\d{4}\)"
)
# a case's name, then the year of the report and its volume, series and page ("Case of
# Proclamations (1611) 12 Co Rep 74", "Entick v Carrington (1765) 19 St Tr 1029", "Donoghue v
# Stevenson [1932] AC 562", "Slade's Case (1602) 4 Co Rep 91"): no comma, no quotation mark
# (an apostrophe within or closing a word is none), before the year (an article's
# author and quoted title are followed by them too); the series abbreviated, words of four
# letters at most (no title's words: "WHO (2010) World Health Report 2010")
_REPORTED_CASE = lazy_compile(
    r"^[^\W\d_](?:[^,;:'\"‘’“”«»()\[\]]|(?<=\w)['’](?=[\w\s])){2,150}\s(?:\(\d{4}\)\s\d{1,4}|\[\d{4}\](?:\s\d{1,4})?)"
    r"(?:\s[A-Z][A-Za-z]{0,3}){1,3}\s\d{1,5}\b"
)

# a quotation mark opening the citation, before an act's designation
_OPENING_QUOTE = lazy_compile(r"^\s*[«“„\"‘‚‹]\s?")

# the kinds a legal source may have been read as: none, a book, a web page (an article is
# left, but when a court's designation and date open the citation)
_RELABELLED = frozenset({RefKind.UNKNOWN, RefKind.BOOK, RefKind.WEB})

# an act of Ethiopian law as Amharic and Tigrinya title it: its subject, then its kind -- a
# proclamation "አዋጅ", a regulation "ደንብ" / Tigrinya "ደንቢ", a directive "መመሪያ" / "መምርሒ" --
# then its number and the Ethiopian-calendar year it was issued in ("የስፖርት ማኅበራት ምዝገባና
# አስተዳደር መመሪያ ቁጥር 12/2008", "የሠራተኛ አዋጅ ቁጥር 1156/2011"): the whole title, nothing after it
_ETHIOPIC_ACT = lazy_compile(
    r"[\u1200-\u137f][^\d«»“”*_]{1,200}?\s(?:አዋጅ|ደንብ|ደንቢ|መመሪያ|መምርሒ)"
    r"\s(?:ቁጥር|ቁ\.)\s?\d{1,5}/\d{4}"
)


def _body(text: str) -> str:
    """The citation itself: markup, a lead-in ("See", "Cfr.", "Vgl.") and a "v." aside."""
    body = " ".join(re.sub(r"[*_]", "", text).split())
    body = strip_lead_in(body)
    return re.sub(r"^(?:[Vv]\.|[Cc]fr\.|[Cc]f\.|[Vv]gl\.|[Vv]oir|[Vv]éase|[Ss]ee)\s", "", body)


def legal_opening(text: str) -> bool:
    """Does ``text`` open with a court's decision, an official record or an act's designation
    (see the module)?"""
    body = _body(text)
    return bool(
        _COURT_DECISION.match(body)
        or _REPORTED_DECISION.match(body)
        or _DATED_JUDGMENT.match(body)
        or _RECORD.match(body)
        or _ACT.match(body)
        or _REPORTED_CASE.match(body)
        # (an EU act by its number in any of its forms: "Directiva 2000/60/CE del …",
        # "Europaparlamentets och rådets direktiv 2000/60/EG …")
        or eu_act(body)
        # (a Nordic act by its kind and number: "Lög nr. 38/1990 um …", "Lov nr. 1460 af 19.
        # december 2017 om …", "Reglugerð nr. 189/1972 um …", :mod:`.nordic_acts`)
        or nordic_act(body) is not None
        # (a South Slavic act with its gazette's number: "Закон о X, „Службени гласник РС”,
        # бр. 41/2009", "Pravilnik o Y. Narodne novine. 2018;(45).", :mod:`.acts`)
        or slavic_act(body)
    )


@entry_memo  # (asked by the reading and by the kind: .entrymemo)
def legal_source(text: str) -> bool:
    """Does ``text`` cite a legal source: by its opening (:func:`legal_opening`) or by a mark
    only legal sources carry (an ECLI, an EU case number, a treaty series, an official
    journal or gazette, the United States Code or Reports, a statute's or an order's number:
    :mod:`.numbered_acts`, an East Asian act's promulgation number: :mod:`.cjk_acts`, or its
    article: :mod:`.cjk_law_articles`, a Baltic act, an EU act in a Baltic language or their
    register or gazette: :mod:`.baltic_acts`)?"""
    # (an act quoted by its designation and title: "«Decreto-Lei n.º 31 207: aprova …»,
    # *Diário do Governo*, …")
    text = _OPENING_QUOTE.sub("", text, count=1)
    return (
        legal_opening(text)
        or _MARK.search(text) is not None
        or cited_act(text)
        or further_act(text)
        or cjk_act(text)
        or cjk_law_article(text)
        or baltic_act(text)
    )


def legal_kind(ref: Reference, text: str | None = None) -> Reference:
    """``ref`` a ``report`` when its text (``text``, else its raw text) cites a legal source
    and it was read as no kind, a book or a web page; or as an article when a court's
    designation and date open it."""
    source = ref.raw if text is None else text
    ref = _caseless_act_named(ref, ref.raw)
    if ref.kind is RefKind.REPORT:
        return ref
    if _caseless_act_titled(ref):
        # (an act of a script with no capitals titled by its name and year, an author-date
        # list's way, its number in parentheses after it: "ગુજરાત સરકાર. (1961). *…
        # અધિનિયમ, ૧૯૬૧* (ગુજરાત અધિનિયમ નં. 10, 1962). …" -- no journal's article, no
        # publisher's book)
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    if (
        ref.kind in _RELABELLED
        and ref.title
        and not any(", " in name for name in ref.authors)
        and chapter_titled(ref.title)
    ):
        # (an act titled by its name and chapter, under the government that passed it or
        # none, its printer the publisher: "Gvern ta' Malta. 1973. *Att dwar il-Merkantili
        # Marittimu (Kap. 234)*. Valletta: Stamperija tal-Gvern." -- legislation, no book)
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    if ref.kind is RefKind.BOOK and ref.publisher:
        return ref  # (a book about a decision or an act, with its publisher)
    if ref.kind in _RELABELLED and _ETHIOPIC_ACT.fullmatch((ref.title or "").rstrip(" .")):
        # (a ministry's directive under the ministry's name or none: "የወጣቶችና ስፖርት ሚኒስቴር፣
        # *… መመሪያ ቁጥር 12/2008* (አዲስ አበባ፣ 2008 ዓ.ም.)" -- a body's act, no book)
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    if ref.kind in _RELABELLED and legal_source(source):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    if (
        ref.kind in _RELABELLED
        and ref.authors
        and ref.title
        and legal_opening(ref.title)
        # (not a person's work titled after the act: "García, J. Ley 40/2015 en la práctica.",
        # :mod:`.act_commentary`)
        and not about_act(ref.title, ref.authors)
    ):
        # (an act under the legislature that passed it, author-date's way: "Alþingi. 2019.
        # *Lög nr. 165/2019 um sviðslistir*. https://…", "Eduskunta. 2021. *Eläintautilaki
        # 76/2021*.": the title opens with the act's designation)
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    if ref.kind is RefKind.ARTICLE and _COURT_DECISION.match(_body(source)):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref


def _caseless_act_named(ref: Reference, source: str) -> Reference:
    """``ref`` titled by the act's name alone, dated by its Common Era year, a report, when
    it is under no name, read as a report or as :func:`_caseless_act_titled` reads it, its
    title the act's name and year, and its text opens with that name, in italics or not ("मुलुकी देवानी
    (संहिता) ऐन, २०७४ (सन् २०१७)। काठमाडौं: …" is "मुलुकी देवानी (संहिता) ऐन", 2017: the year after
    an act's name is no part of its title)."""
    if ref.authors or not (ref.kind is RefKind.REPORT or _caseless_act_titled(ref)):
        return ref
    title = (ref.title or "").rstrip(" .,")
    if not caseless_titled_law_closes(title):
        return ref
    source = source.lstrip(" *_")
    law = caseless_titled_law(source)
    if law is None or not source.startswith(law[0]):
        return ref
    return dataclasses.replace(
        ref, kind=RefKind.REPORT, title=law[0], year=int(law[1]), year_raw=law[1]
    )


def _caseless_act_titled(ref: Reference) -> bool:
    """Is ``ref``'s whole title an act's name in a script with no capitals and its year
    (:func:`.acts.caseless_titled_law`), read as no kind, a book, a web page or an article
    with no pages, under a body's name or none (no person's "Family, I.")?"""
    if ref.kind not in _RELABELLED and not (ref.kind is RefKind.ARTICLE and not ref.pages):
        return False
    if any(", " in name for name in ref.authors):
        return False
    title = (ref.title or "").rstrip(" .,")
    law = caseless_titled_law(title)
    return law is not None and caseless_titled_law_closes(title)
