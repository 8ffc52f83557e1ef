"""Legal sources of the civil-law traditions, which a list of literature leaves out.

Notes in Spanish, French, German, Italian, Dutch and other European legal writing cite
statutes, decrees and court decisions by their official designation, a European Case Law
Identifier or an official gazette: ``Real Decreto 463/2020, de 14 de marzo (BOE núm.
67)``, ``Ley 40/2015, de 1 de octubre``, ``STS 1360/2022, de 31 de octubre
(ECLI:ES:TS:2022:3956)``, ``Loi n° 2020-290 du 23 mars 2020``, ``BVerfGE 7, 198``, ``BGH,
Urt. v. 12.3.2019``, ``Cass. civ. 1re, 3 mai 2000``, ``d.lgs. n. 50/2016``, ``HR 12 maart
2001``, ``Koninklijk Besluit van 19 december 1836``, ``BGBl. I S. 1045``, ``Case C-131/12``,
Turkish ``6306 sayılı … Kanun`` (``Resmî Gazete, 31.05.2012, Sayı: 28309``),
and Indonesian ``Undang-Undang Nomor 5 Tahun 1960``, ``Putusan Mahkamah Konstitusi Nomor
35/PUU-X/2012``, and the acts named by their kind, then number or date, of Lao, Thai,
Vietnamese, Ukrainian, Arabic and other languages (:func:`.acts.designated_law`).
Their bibliography lists the literature only, so a note citing one of them is no
``missing-literature-entry`` (:func:`legal_source`).  A book about a statute (``Comentario a
la Ley 40/2015, Madrid: Civitas, 2016``) is literature: a publisher's place and name, or a
quoted title before the designation, make it one.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.acts import (
    designated_law,
    legislature_act,
    quoted_subject_act,
    titled_law,
)
from bibcheck.parse.references.legal_words import GAZETTES, NAMED_GAZETTES, STATUTES
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.quote_pairs import DOUBLE, DOUBLE_CLOSINGS, DOUBLE_OPENINGS

__all__ = ["jurisdiction_law", "legal_source"]

# (Portuguese "n.º": "Lei n.º 58/2019", "Portaria n.º 35/2016")
_NUMBER = r"(?:n(?:[º°o]|\.\s?[º°]|úm\.?|r\.?|\.)\s?)?\d{1,5}(?:/\d{2,4}|-\d{2,5})?"
# European Case Law Identifier; European Legislation Identifier in a URL
_ECLI = lazy_compile(r"\bECLI:[A-Z]{2}:[A-Z0-9.]{1,7}:\d{4}:[\w.]{1,25}", re.I)
# (each part of the address read once: a run of "<http://a" costs no scan per start)
_ELI = lazy_compile(r"https?://[^\s/]{1,100}+(?:/[^\s/]{0,100}+){0,12}?/eli/", re.I)
# a decision by its court's abbreviation and number: "STS 1360/2022", "STC 148/2021",
# "SAN 12/2020", "ATS 3/2021", "BVerfGE 7, 198", "BGHZ 12, 34", "BVerwGE 1, 2",
# "HR 12 maart 2001", "CE, 12 mars 2001", "Cass. civ.", "Cons. const."
_DECISION = lazy_compile(
    r"(?<![\w-])(?:STS|STC|SAN|STSJ|SAP|ATS|ATC|SSTS|SSTC)\s\d{1,5}/\d{4}"
    r"|(?<![\w-])(?:BVerfGE|BGHZ|BGHSt|BVerwGE|BFHE|BAGE|BSGE)\s\d{1,3},\s\d"
    r"|(?<![\w-])(?:BVerfG|BGH|BVerwG|BAG|BFH|BSG|OLG\s[A-ZÄÖÜ]\w+|LG\s[A-ZÄÖÜ]\w+),\s"
    r"(?:Urt\.|Urteil|Beschl\.|Beschluss)"
    r"|^\W*(?:HR|Hof|Rb\.|CRvB|ABRvS)\s\d{1,2}\s[a-z]+\s\d{4}"
    r"|^\W*(?:CE|Cass\.|Cons\.\sconst\.|C\.\sconst\.|Corte\scost\.|Cass\.\s(?:civ|crim|soc|com))"
    r"[.,]\s"
    r"|\b(?:Case|Joined\sCases|Rechtssache|Affaire|Asunto|Causa|Zaak)\sC-\d{1,4}/\d{2}"
    r"|^\W*Sentencia\s(?:del|de\sla)\s(?:Tribunal|Sala|Audiencia)"
    # a German court's decision by its heading and docket number ("Beschluss des Ersten Senats
    # vom 21. Juli 2022 – 1 BvR 469/20", "Urteil vom 4. Mai 2021 – VI ZR 81/20")
    r"|^\W*(?:Beschluss|Urteil)\s(?:des|der|vom)\s[^;]{0,100}?(?<![\w/])(?:\d{1,2}|[IVX]{1,5})"
    r"\s[A-Z][A-Za-z]{0,4}\s\d{1,5}/\d{2}(?![\w/])"
    # South Slavic decisions: a judgment or order of a court with its case number ("Пресуда
    # Врховног касационог суда Рев 2512/2015", "Rješenje Županijskog suda u Splitu Gž-123/17",
    # "Sodba Vrhovnega sodišča II Ips 12/2019"), or the registry mark and number alone ("ВКС,
    # Рев 2512/2015", "Gž 1438/17")
    r"|^\W*(?:Пресуда|Presuda|Решење|Rešenje|Rješenje|Одлука|Odluka|Sodba|Sklep|Решение)\s"
    r"[^.;]{0,150}?(?:суд|sud|sodišč)\w*\b[^;]{0,60}?\d{1,6}/\d{2,4}"
    r"|(?<![\w-])(?:Рев|Rev|Прев|Prev|Гж|Gž|Кж|Kž|Кзз|Kzz|Уж|Už|Пж|Pž|Ips|Cpg)[\s-]\d{1,6}/\d{2,4}(?!\d)"
    # a case of the European Court of Human Rights by its application number ("ECtHR,
    # Csoma v. Romania, no. 8759/05", "ЕСЉП, Чома против Румуније, бр. 8759/05")
    r"|(?:^|,\s)[^,;]{2,80}?\s(?:v\.|против|protiv|c\.)\s[^,;]{2,80},\s"
    r"(?:(?i:app(?:lication)?\.?\s)?(?:nos?\.|Nos?\.|бр\.|br\.|n°))\s?\d{1,6}/\d{2}(?!\d)",
    re.M,
)
# a statute or decree by its designation and number or date: "Real Decreto 463/2020",
# "Real Decreto-ley 8/2020", "Ley 40/2015, de 1 de octubre", "Ley Orgánica 4/1981", "Loi n°
# 2020-290 du 23 mars 2020", "décret n° 2020-293", "Legge 7 agosto 1990, n. 241", "d.lgs. n.
# 50/2016", "Koninklijk Besluit van 19 december 1836", "Wet van 3 april 1969"
_STATUTE = lazy_compile(
    rf"^\W*(?:{STATUTES}|d\.\s?lgs\.|D\.P\.R\.|d\.\s?l\.)\s(?:[a-zé]{{1,12}}\s)?(?:"
    + _NUMBER
    + r"|(?:van|du|de|del|vom)\s\d)",
    re.I,
)
# ... or by an Italian abbreviation, then its date or number: "L. 22 maggio 2017, n. 81" (a
# law), "l. n. 241/1990", "D.M. 5 marzo 2020" (a minister's decree), "R.D. 16 marzo 1942, n.
# 262" (a royal decree), "D.P.C.M. 11 marzo 2020" (a decree of the prime minister), "D.L. n.
# 18/2020" (not "L. 1, cap. 3": a book's number)
_ITALIAN_ACT = lazy_compile(
    r"^\W*(?:[Ll]|D\.\s?[LM]|[Dd]\.\s?[Ll]gs|R\.\s?D|D\.\s?P\.\s?C\.\s?M)\.\s"
    r"(?:n\.\s?\d{1,5}(?:/\d{2,4})?\b|\d{1,2}\s[a-z]{3,9}\s(?:1[89]|20)\d\d\b)"
)
# ... or by its name, then its date in parentheses: "Decret de Nova Planta de la Reial
# Audiència (16 de gener de 1716)", "Ley de Enjuiciamiento Civil (7 de enero de 2000)",
# "Verordnung über die Zölle (vom 3. Mai 1890)"
_NAMED_STATUTE = lazy_compile(
    rf"^\W*(?:{STATUTES})\s[^()]{{0,160}}?\((?:vom\s)?\d{{1,2}}\.?\s(?:de\s)?[^\W\d_]{{3,12}}\.?"
    r"\s(?:de\s)?(?:1[2-9]|20)\d\d\)"
)
# Indonesian statutes, regulations and court decisions by their designation and number or
# year: "Undang-Undang Nomor 5 Tahun 1960", "UU No. 41 Tahun 1999", "Peraturan Pemerintah
# Nomor 24 Tahun 1997", "Putusan Mahkamah Konstitusi Nomor 35/PUU-X/2012"; Malaysian acts
# with their number ("Akta Kanun Tanah Negara 1965 (Akta 56)")
_INDONESIAN = lazy_compile(
    r"^\W*(?:Undang-Undang|Peraturan\s[A-Z]\w+|Keputusan\s[A-Z]\w+|Instruksi\sPresiden"
    r"|Putusan\s(?:Mahkamah|Pengadilan|MK|MA)|Perppu|UUD|UU|PP|Perpres|Permen|Perda|Keppres"
    r"|Inpres)\s(?:[^.;]{0,200}?\s)?(?:Nomor|No\.|Tahun)\s\d"
    r"|^\W*Akta\s[^.;()]{2,150}?\s(?:1[89]|20)\d\d\s\(Akta\s\d"
)
# Turkish laws, decrees and regulations by their number, then "sayılı" (numbered) and their
# name, the kind of act closing it: "6306 sayılı Afet Riski Altındaki Alanların
# Dönüştürülmesi Hakkında Kanun", "5393 sayılı Belediye Kanunu", "696 sayılı Kanun Hükmünde
# Kararname", "… sayılı … Yönetmeliği"; or a regulation named by its kind and its gazette
# ("Resmî Gazete, 31.05.2012, Sayı: 28309")
# (the Resmî Gazete also as Vancouver dates it: "Resmî Gazete. 2015 Şubat 10; Sayı: 29263")
_TURKISH = lazy_compile(
    r"^\W*\d{1,5}\s[Ss]ayılı\s(?:[^\s.;]{1,40}\s){0,20}?(?:Kanun|Kanunu|Yönetmelik|Yönetmeliği"
    r"|Kararname|Kararnamesi|Tüzük|Tüzüğü|Genelge|Genelgesi|Tebliğ|Tebliği|Cumhurbaşkanlığı"
    r"\sKararnamesi)\b"
    r"|\bResm[iî]\sGazete(?:[,.]?\s)\s?(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|[Ss]ayı"
    r"|(?:19|20)\d\d\s[^\W\d_]{3,8}\s\d{1,2}\b)"
)
# an official gazette: "(BOE núm. 67, ...)", "BGBl. I S. 1045", "JORF n° 72", "GU n. 192",
# "Stb. 1836, 12", "Staatsblad 1969, 167", "OJ L 119", "DOUE L 119", "Dz. U. 2020 poz. 1",
# "GBl. DDR I, S. 300", "GVBl. S. 12"
_GAZETTE = lazy_compile(rf"\b(?:{GAZETTES}|OJ)\s(?:núm\.|n[°º.]|no\.|I|II|L|C|S\.\s?\d|\d)")
# an authority's act by its number and date, anywhere in the note (guidelines a regulator
# adopted by it, a circular): "delibera n. 1309 del 28 dicembre 2016", "determinazione n. 12
# dell'8 marzo 2019", "délibération n° 2019-001 du 3 janvier 2019", "circulaire n° 12 du 5
# mai 2010", "Resolución núm. 45 de 3 de marzo de 2020", "Beschluss Nr. 12 vom 3. Mai 2019"
_AUTHORITY_ACT = lazy_compile(
    r"\b(?:[Dd]elibera(?:zione)?|[Dd]etermina(?:zione)?|[Pp]rovvedimento|[Cc]ircolare"
    r"|[Dd]élibération|[Cc]irculaire|[Aa]rrêté|[Rr]esolución|[Aa]cuerdo|[Cc]ircular|Beschluss"
    r"|Verfügung|Erlass|Rundschreiben)\s(?:n[.°º]|núm\.|Nr\.)\s?\d{1,6}(?:[/-]\d{1,6})?,?\s"
    r"(?:del|dell['’]|du|de|vom)\s?\d{1,2}(?:\.|º|°|er)?\s(?:de\s)?[^\W\d_]{3,10}\.?\s"
    r"(?:de\s)?(?:19|20)\d\d(?!\d)"
)
# a book about the law: "(Madrid: Civitas, 2016)", "Madrid, Civitas, 2016", a quoted title
_LITERATURE = lazy_compile(
    rf"\((?!https?:|ECLI:)[^():]*+:\s?[^()]*?\d{{4}}\)|"
    rf"[{DOUBLE_OPENINGS}][^{DOUBLE}]{{3,}}+[{DOUBLE_CLOSINGS}]"
)


# an official gazette by its name (:data:`.legal_words.NAMED_GAZETTES`): "Official Journal of
# the European Union", "Latvijas Vēstnesis", "Dziennik Ustaw" (not a publisher's name after its
# place: "Rīga: Latvijas Vēstnesis, 2005")
_NAMED_GAZETTE = lazy_compile(rf"(?<!:\s)\b(?:{NAMED_GAZETTES})\b")


# ... or headed, as ABNT NBR 6023 enters legislation, by its jurisdiction in capitals (and its
# state or city qualifier) and the issuing body: "BRASIL. Lei nº 13.709, de 14 de agosto de
# 2018.", "SÃO PAULO (Município). Lei nº 16.050, de 31 de julho de 2014.", "BRASIL. Ministério
# da Saúde. Decreto nº 7.508, de 28 de junho de 2011." (never a person's "NAME, Given.")
_JURISDICTION_LAW = lazy_compile(
    rf"^\W*[{U}][{U}'’-]+(?:\s[{U}][{U}'’-]*){{0,5}}(?:\s\([{U}][^()\d]{{1,30}}\))?\.\s"
    rf"(?:[{U}][^.;:,\d()]{{2,80}}\.\s){{0,2}}(?:{STATUTES})\s(?:[a-zé]{{1,12}}\s)?"
    + _NUMBER
    + r"\b"
)


def jurisdiction_law(text: str) -> bool:
    """Does ``text`` cite a statute or decree as ABNT enters it, under its jurisdiction
    (``SÃO PAULO (Município). Lei nº 16.050, de 31 de julho de 2014. …``)?  A note citing one
    cites a work, no comment; unlike the civil-law notes of :func:`legal_source`, an ABNT list
    of references enters the statutes its notes cite, so such a note is no
    :func:`legal_source`."""
    return _JURISDICTION_LAW.search(text) is not None


def court_decision(text: str) -> bool:
    """Does ``text`` name a court's decision by a civil-law system's heading or reporter
    ("Beschluss des Ersten Senats vom … – 1 BvR 469/20", "STS 1234/2019")?"""
    return _DECISION.search(text.strip()) is not None


def legal_source(text: str) -> bool:
    """Does ``text`` cite a statute, decree, gazette or court decision of a civil-law
    system (see the module doc), not a work of literature about one?"""
    body = text.strip()
    if titled_law(body) is not None:  # (its title may be quoted: "Likums „Par …”. …, 1992.")
        return True
    if designated_law(body) is not None:  # "พระราชบัญญัติแร่ พ.ศ. 2560", "Luật … số 60/2010/QH12"
        return True
    if legislature_act(body) is not None:  # "Zakon br. 05/L-020 o …": numbered by legislature
        return True
    if quoted_subject_act(body):  # "Ligji nr. 37/2017, «Kodi …»": the act's own quoted subject
        return True
    if _LITERATURE.search(text):
        return False
    return bool(
        _NAMED_GAZETTE.search(text)
        or _ECLI.search(text)
        or _ELI.search(text)
        or _DECISION.search(text)
        or _STATUTE.search(text)
        or _ITALIAN_ACT.search(text)
        or _NAMED_STATUTE.search(text)
        or _GAZETTE.search(text)
        or _INDONESIAN.search(text)
        or _TURKISH.search(text)
        or _AUTHORITY_ACT.search(text)
    )
