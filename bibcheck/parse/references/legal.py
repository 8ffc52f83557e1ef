"""Legal citations of the common-law traditions: cases, statutes and secondary sources as
OSCOLA (UK), AGLC (Australia), McGill (Canada) and the Bluebook (US) write them.

A case is named by its parties, and its name is its title; the neutral citation, the law
report, the pinpoint and the court that follow are not::

    R (Marlow) v Secretary of State [1998] Env LR 233 (QB) 240       (OSCOLA)
    Carrow Heath Ltd v Norfolk CC [2022] UKSC 19, [2023] AC 401 [74] (OSCOLA)
    Beckwith v The Queen (1976) 135 CLR 569, 576 (Gibbs J)            (AGLC)
    Re Wakim; Ex parte McNally (1999) 198 CLR 511                      (AGLC)
    Carpenter v. United States, 585 U.S. 296, 310 (2018)              (Bluebook)
    In re Search of Info. Stored at Premises, 481 F. Supp. 3d 730 (N.D. Ill. 2020)

A statute by its short title and year, the jurisdiction and the provision cited left out:
``Climate Change Act 2008, s 1``, ``Competition and Consumer Act 2010 (Cth) sch 2 s 24(1)``,
``Town and Country Planning (…) Regulations 2017, SI 2017/571, sch 4``.

Secondary sources put the author first, then a quoted article title or an unquoted (in the
original italic) book title:

    Corrigan M, 'Title' (2023) 86 MLR 1102                 (OSCOLA bibliography)
    Ashworth D, 'Title' [2019] PL 412                       (OSCOLA, volume by year)
    Lowe H, Title (3rd edn, OUP 2020)                       (OSCOLA book)
    Marsh-Kettering, Jeannie, 'Title' (2019) 43(2) Melbourne University Law Review 512 (AGLC)
    Willett-Brown, Chris, Title (Federation Press, 2nd ed, 2021)   (AGLC book)
    Priya Natarajan, 'Title' (2023) 35 JEL 57, 63            (a note: given name first)
    Okafor S, 'Title' (Planning Law Blog, 14 March 2023)    (OSCOLA blog post)
    Jeannie Marsh-Kettering and Omar Haddad, 'Title', Consumer Law Watch (Blog Post,
    2 February 2024)                                         (AGLC blog post)
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.coauthors import AND
from bibcheck.parse.references import body_name
from bibcheck.parse.references.acts import (
    act,
    caseless_titled_law,
    designated_law,
    issued_act,
    legislature_act,
    numbered_named,
    year_numbered_law,
)
from bibcheck.parse.references.bluebook import case_titled_article
from bibcheck.parse.references.bluebook_law import (
    designated_act,
    reporter_only,
    restatement,
    us_statute,
)
from bibcheck.parse.references.courtcite import NEUTRAL_COURT
from bibcheck.parse.references.dual_year import common_era_year
from bibcheck.parse.references.lawmaker_act import lawmaker_act
from bibcheck.parse.references.names_lead import names_lead
from bibcheck.parse.references.patterns import GAELIC_PARTICLE, U
from bibcheck.parse.references.quote_pairs import (
    APOSTROPHES,
    EN_CLOSINGS,
    EN_CURLY,
    EN_DOUBLE,
    EN_OPENINGS,
    EN_SINGLE,
    SINGLE_OPENINGS,
)
from bibcheck.parse.references.regnal_statutes import regnal_statute
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = [
    "authority",
    "case_name",
    "chapter_titled",
    "chaptered",
    "cites_authority",
    "debate",
    "parse",
    "recognised",
    "statute",
    "treaty",
]

# A Commonwealth case: the parties ("A v B", "R (X) v Y", "Re X", "Ex parte X"), then the
# year in square brackets (a neutral citation or a report cited by year) or in round ones
# before a volume ("(1976) 135 CLR 569").
# (the parties joined by "v", "v." or the French "c." of McGill and Quebec; "Re", "In re"
# and "Ex parte" before one party; the name set in italics, as OSCOLA and AGLC set it, is
# marked "*Re X*" by the readers that see italics)
_EM = r"(?:[*_]{1,2})?"
_PARTIES = rf"(?:[^;\[\]]{{1,200}}?\s(?:v\.?|c\.)\s|{_EM}(?:In\s)?[Rr]e\s|{_EM}Ex\sparte\s)"
_CW_CASE = lazy_compile(
    rf"^(?P<name>{_PARTIES}[^;\[\]]{{1,200}}?"
    # an admiralty action in rem is named by the ship: "The Tubantia [1924] P 78", "The
    # Ocean Victory [2017] UKSC 35", "The Kronprinsessan Margareta (1921) 1 AC 486"
    rf"|{_EM}The\s[{U}][\w'’.-]*(?:\s(?:[{U}][\w'’.-]*|\((?:No\s)?\d{{1,2}}\)|of|del?|la)){{0,4}}{_EM})"
    rf"(?:,?\s(?:\[(?P<y1>{_YEAR})\]\s(?:\d{{1,4}}\s)?[A-Z]|\((?P<y2>{_YEAR})\)\s\d{{1,4}}\s[A-Z])"
    # McGill (Canada): a comma, then a neutral citation without brackets ("R v Jordan, 2016
    # SCC 27")
    rf"|,\s(?P<y3>{_YEAR})\s[A-Z]{{2,6}}\s\d"
    # South Africa: the year, the volume in parentheses, the report and the page ("1995 (3)
    # SA 391 (CC)", "2000 (1) BCLR 39 (CC)"); India: "AIR 1973 SC 1461"; the European Case
    # Law Identifier ("Costa c. ENEL, ECLI:EU:C:1964:66")
    rf"|,?\s(?P<y4>{_YEAR})\s\(\d{{1,2}}\)\s[A-Z][A-Za-z]{{0,6}}\s\d"
    rf"|,?\sAIR\s(?P<y5>{_YEAR})\s[A-Z][A-Za-z]{{0,12}}\s\d"
    rf"|,?\sECLI:[A-Z]{{2}}:[A-Z0-9.]{{1,7}}:(?P<y6>{_YEAR}):)"
)
# A case with no parties' "v", known by its neutral citation, whose court codes are fixed:
# a reference or a bill ("Agricultural Sector (Wales) Bill – Reference by the Attorney General
# [2014] UKSC 43"), "Re" cases written otherwise, Scottish petitions ("Petition of X [2019]
# CSIH 49"): the courts of bibcheck.parse.references.courtcite.NEUTRAL_COURT
_NEUTRAL_CASE = lazy_compile(
    rf"^(?P<name>[^;\[\]]{{3,250}}?),?\s\[(?P<year>{_YEAR})\]\s{NEUTRAL_COURT}"
    r"(?:\s(?:Civ|Crim|Admin|Ch|QB|KB|Fam|Pat|Comm|TCC|IPEC))?\s\d{1,5}(?!\d)"
)
# the first of joined appeals, its name before a semicolon: "R (Miller) v The Prime Minister;
# Cherry v Advocate General for Scotland [2019] UKSC 41"
_JOINED = lazy_compile(r"^[^;\[\]]{1,200}?\sv\s[^;\[\]]{1,200}?;\s")
# a quoted title among the "parties": an article about a case ("Lowe H, 'A v B Revisited'")
_QUOTE_OPENS = lazy_compile(r"(?:^|\s)['‘“`\"]")
# A United States case: the parties, a comma, the volume, reporter and first page, and the
# court and year in parentheses ("Darnell, 97 F.4th 311, 330 (5th Cir. 2024)").
_DOCKET = r"(?:,\s(?:G\.\s?R\.\s|CA-G\.\s?R\.\s(?:SP\s)?)?Nos?\.\s[\w-]{1,15})"
_US_CASE = lazy_compile(
    rf"^(?P<name>[^;()]{{1,200}}?\sv\.\s[^;()]{{1,200}}?|{_EM}(?:In\sre|Ex\sparte)\s[^;()]{{1,200}}?)"
    # (its docket number before the report, no part of its name: "Cruz v. Reyes, G.R. No.
    # 123456, 300 SCRA 1 (1999)", "Doe v. Roe, No. 19-1234, 590 U.S. 1 (2020)")
    rf"{_DOCKET}?"
    r",\s\d{1,4}\s[A-Z][\w.’' ]{0,30}?\s\d{1,6}"
    # (a pinpoint, a footnote of the page: "414 n.5", "414 & n.5")
    r"(?:,\s(?:at\s)?[\d–-]+(?:\s(?:&\s)?nn?\.\s?\d{1,3})?)*"
    rf"\s\((?:[^()]{{0,40}}?\s)?(?P<year>{_YEAR})\)"
)
# A statute by its short title: words and parenthesised parts, no comma outside them (an
# abbreviation's stop is the title's: "Visitor Accommodation (Register and Levy) Etc.
# (Wales) Act 2025", "Statute Law (Miscellaneous Provisions) Act")
_WORD = r"(?:(?:[Ee]tc|Misc)\.|[\w’'-]+|\([^()]{1,80}\))"
# the chapter a statute is numbered by in parentheses after its year ("Children Act 1989
# (c. 41)", "Botswana Meat Commission Act, 1965 (Cap. 74:03)"): no part of the title
_CHAPTER = r"(?:\s\((?:Cap|Chapter|Ch|c)\.?\s[A-Z]?\d[\w:.-]{0,12}\))?"
_STATUTE_END = r"(?=\s*$|[,;.](?:\s|$)|\s(?:s|ss|sch|pt|div|reg|regs|r|rr|art|arts|para|cl|ch)\s)"
# a title that opens with a list of capitalised words, "and" before its last ("Births,
# Deaths and Marriages Registration Act 1953", "Unani, Ayurvedic and Homoeopathic
# Practitioners Act, 1965"): its commas are the title's
_LISTED = rf"(?:(?:,\s[{U}][\w’'-]*){{1,4}}(?=[^,;()]{{0,120}}?\s(?:and|&)\s))?"
_STATUTE = lazy_compile(
    rf"^(?P<title>(?:The\s)?[{U}][\w’'-]*{_LISTED}(?:\s{_WORD}){{0,16}}?"
    # (or its number and year, as South Africa, Namibia and others number their Acts: "Act
    # 120 of 1998", "Act No. 4 of 2014": the number and year are the title's)
    rf"\s(?:Act|Regulations|Rules|Order|Ordinance|Measure)\s(?:(?:No\.?\s)?\d{{1,4}}\sof\s)?"
    rf"(?P<year>{_YEAR}))"
    # the jurisdiction ("(Cth)", "(NSW)", "(NZ)", "(UK)"), then the provision or the end
    r"(?:\s\([A-Z][A-Za-z]{1,5}\))?" + _CHAPTER + _STATUTE_END
)
# the Commonwealth's comma form, the year after the title ("Botswana Meat Commission Act,
# 1965 (Cap. 74:03)", "The Companies Act, 2013"): the title is the name before the comma.
# A code in the same form, its designation last or first ("Indian Penal Code, 1860", "Code
# of Criminal Procedure, 1973", India's new codes by their Hindi names: "Bharatiya Nyaya
# Sanhita, 2023")
_COMMA_STATUTE = lazy_compile(
    rf"^(?P<title>(?:The\s)?[{U}][\w’'-]*{_LISTED}(?:\s{_WORD}){{0,16}}?"
    rf"\s(?:Act|Regulations|Rules|Order|Ordinance|Measure|Code|Sanhita|Adhiniyam)"
    rf"|(?:The\s)?Code\sof(?:\s{_WORD}){{1,8}}?),\s(?P<year>{_YEAR})"
    + _CHAPTER
    # the act's number in parentheses ("The Hindu Succession Act, 1956 (Act No. 30 of 1956)"),
    # a Roman one as India's older acts are numbered ("(Act XXI of 1860)"), a state's or the
    # centre's name before it ("(Tamil Nadu Act 22 of 1959)", "(Central Act 10 of 1897)")
    # (Pakistan's ordinances likewise: "(Ordinance No. IV of 1962)")
    + rf"(?:\s\((?:(?:[{U}][\w-]*+\s){{0,3}}(?:Act|Ordinance)\s)?(?:No\.?\s)?"
    + rf"(?:\d{{1,4}}|[IVXLC]{{1,8}})\sof\s{_YEAR}\))?"
    + _STATUTE_END
)
# A statute of the Celtic languages, its designation first: Welsh "Deddf Llywodraeth Cymru
# 2006, a. 108A(2)(c)" (Act; "a." adran, a section; "Atodlen", a schedule), "Mesur y Gymraeg
# (Cymru) 2011" (Measure), "Rheoliadau …" (Regulations), "Gorchymyn …" (Order); Irish "Acht
# na dTeangacha Oifigiúla 2003, alt 9" (Act; "alt", a section), "An tAcht um …"
_CELTIC_STATUTE = lazy_compile(
    rf"^(?P<title>(?:Deddf|Mesur|Rheoliadau|Rheolau|Gorchymyn|(?:An\st)?Acht)(?:\s{_WORD}){{1,16}}?"
    rf"\s(?P<year>{_YEAR}))"
    r"(?=\s*$|[,;.](?:\s|$)|\s(?:a|aa|alt|ailt|para|Atodlen|sceideal)\.?\s)"
)
# McGill: the title, then the statute volume, year and chapter ("Canada Business
# Corporations Act, RSC 1985, c C-44, s 122", "Environmental Protection Act, RSO 1990, c E.19")
_CA_STATUTE = lazy_compile(
    rf"^(?P<title>[{U}][^,;()]{{2,150}}?),\s(?:R\s?S|S|RS[A-Z]{{1,3}}|S[A-Z]{{1,3}}|CQLR)\s"
    rf"(?P<year>{_YEAR}),\s(?:c|ch)\s[\w.-]+"
)

# A statute of the revised laws numbered by chapter, its short title and its chapter (Malta,
# Cyprus, Hong Kong, Kenya, Nigeria, the Caribbean): "Code of Organization and Civil
# Procedure, Cap. 12 of the Laws of Malta", Maltese "…, Kap. 12 tal-Liġijiet ta' Malta",
# "Employment Ordinance (Cap. 57)", "Penal Code, Cap. 63 Laws of Kenya", "Criminal Code Act,
# Cap. C38 LFN 2004"; the year the act was passed in parentheses after it, when given
# ("(Act XIV of 1987)", "(Att XIV tal-1987)") -- a revision's year ("LFN 2004") is not it
_CAP_STATUTE = lazy_compile(
    rf"^(?P<title>[{U}][^,;()]{{2,150}}?)(?:,\s|\s\()(?:Cap|Kap|Chapter)\.?\s[A-Z]?\d{{1,4}}[A-Z]?"
    r"(?![\w/])(?P<tail>[^();]{0,80})"
    rf"(?:\((?:Act|Att|Akt|Law|Ordinance|Ord|Ordinanza)\.?\s[^()]{{0,30}}?(?P<year>{_YEAR})\))?"
)
# the chapter is a statute's: the title names a law, or the laws it is numbered in follow
_LAW_TITLE = lazy_compile(
    r"\b(?:Act|Att|Code|Kodiċi|Ordinance|Ordinanza|Law|Liġi|Regulations|Rules|Decree|Statute"
    r"|Constitution|Kostituzzjoni)\b"
)
# a year between sentence stops: an author-date entry's head ("Body. 1973. Title")
_DATED_HEAD = lazy_compile(rf"\.\s\(?{_YEAR}[a-z]?\)?\.\s")
_LAWS_NAMED = lazy_compile(r"\b(?:Laws|Liġijiet|LFN|Revised\sEdition|Rev\.\sEd)\b")
# A constitution and the article cited, in the languages that cite it so: "Constitution of
# Malta, Article 39(2)", Maltese "Kostituzzjoni ta' Malta, Artikolu 39(2)", "Constitución
# Española, art. 14", "Costituzione della Repubblica Italiana, art. 3", Portuguese
# "Constituição Federal, artigo 5.º", Welsh, Irish, Albanian, Polish, Czech, Hungarian, Turkish,
# Malay, Indonesian, Filipino; the constitution is the work, the article its place
_CONSTITUTION = lazy_compile(
    r"^(?P<title>(?:The\s)?(?:Constitution|Kostituzzjoni|Constitución|Constituição|Costituzione"
    r"|Constitució|Verfassung|Grondwet|Konstytucja|Ústava|Cyfansoddiad|Bunreacht|Kushtetuta"
    r"|Alkotmány|Anayasa|Perlembagaan|Konstitusi|Konstitusyon|Saligang\sBatas)"
    r"(?:\s[^,;()]{1,80}?)?),?\s"
    r"(?i:Article|Arts?|Artikolu|Artiklu|Artículo|Artigo|Articolo|Article|Artikel|Erthygl|Airteagal"
    r"|Neni|Artykuł|Čl|Článek|Cikk|Madde|Perkara|Pasal|Seksyon|Section|ss?)\.?\s\d"
)


# an act's whole title with the chapter it is numbered by in a revision of the laws
# ("Merchant Shipping Act (Cap. 234)", "Att dwar il-Merkantili Marittimu (Kap. 234)",
# "Employment Act (Chapter 226)", "Penal Code, Cap. 63 Laws of Kenya", "Code of Organization
# and Civil Procedure, Cap. 12 of the Laws of Malta", "…, Kap. 12 tal-Liġijiet ta' Malta")
_CHAPTER_TITLE = lazy_compile(
    rf"^(?P<title>[{U}][^,;()]{{2,150}}?)(?:\s\((?:Cap|Kap|Chapter)\.?\s[A-Z]?\d{{1,4}}[A-Z]?"
    r"(?::\d{1,3})?\)|,\s(?:Cap|Kap|Chapter)\.?\s[A-Z]?\d{1,4}[A-Z]?"
    r"(?:\s(?:of\sthe\s)?Laws\sof\s[A-Z][a-z]+|\stal-Liġijiet\sta['’]\sMalta)?)$"
)


def chapter_titled(title: str) -> bool:
    """Is ``title`` a statute's whole title with its chapter in a revision of the laws, its
    name naming a law (see ``_CHAPTER_TITLE``)?"""
    m = _CHAPTER_TITLE.match(title.strip(" .*_"))
    return m is not None and _LAW_TITLE.search(m.group("title")) is not None


def chaptered(body: str) -> tuple[str, str | None] | None:
    """(the title, the year passed or None) of a statute cited by its chapter in a
    revision of the laws, or of a constitution cited by its article, or None."""
    m = _CAP_STATUTE.match(body)
    if (
        m is not None
        # (an author-date entry's head before the act, "Gvern ta' Malta. 1973. *Att … (Kap.
        # 234)*.": the act is the entry's title, the style parsers' to read)
        and not _DATED_HEAD.search(m.group("title"))
        and (_LAW_TITLE.search(m.group("title")) or _LAWS_NAMED.search(m.group("tail")))
    ):
        return m.group("title").strip(), m.group("year")
    m = _CONSTITUTION.match(body)
    if m is not None:
        return m.group("title").strip(), None
    return None


# Indonesian statutes and regulations by type, number and year, then "tentang" and the
# subject ("Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria",
# "Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah", "UU No. 41 Tahun 1999",
# "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"); the gazette in parentheses and
# the article cited ("Pasal 3", "ayat (2)") are no part of the title
_ID_TYPE = (
    r"(?:Undang-[Uu]ndang(?:\sDasar)?|Peraturan\s(?:Pemerintah(?:\sPengganti\sUndang-Undang)?"
    r"|Presiden|Menteri|Daerah|Mahkamah\s(?:Agung|Konstitusi)|Bank\sIndonesia|Badan|Kepala)"
    r"|Keputusan\s(?:Presiden|Menteri|Bersama)|Instruksi\sPresiden|Surat\sEdaran"
    r"|Perppu|UUD|UU|PP|Perpres|Permen|Perda|Keppres|Kepmen|Inpres)"
)
_ID_END = r"(?=\s*(?:\(|,|;|\.\s|\.?$))"
_ID_STATUTE = lazy_compile(
    rf"^(?P<title>{_ID_TYPE}\s(?:[^,;()]{{0,200}}?\s)?(?:Tahun|Thn\.?)\s(?P<year>{_YEAR})"
    rf"(?:\stentang\s[^;()]{{1,250}}?)?){_ID_END}"
)
# a court decision by its court and case number, the year its last part: "Putusan Mahkamah
# Konstitusi Nomor 35/PUU-X/2012", "Putusan Mahkamah Agung Nomor 2263 K/Pdt/2010", "Putusan
# Pengadilan Negeri Jakarta Pusat No. 12/Pdt.G/2019/PN.Jkt.Pst" (Indonesian)
_ID_DECISION = lazy_compile(
    r"^(?P<title>Putusan\s(?:Mahkamah\s(?:Konstitusi|Agung)|Pengadilan\s[^,;()]{1,80}?|MK|MA)"
    r"\s(?:Nomor|No\.|Nomer)\s?(?P<number>\d[\w.]*(?:\s[A-Z]{1,3})?(?:/[\w.-]{1,20}){1,5}))"
    + _ID_END
)
# Malaysian acts by their title and year ("Akta Kanun Tanah Negara 1965 (Akta 56)")
_MY_STATUTE = lazy_compile(rf"^(?P<title>Akta\s[{U}][^,;()]{{2,150}}?\s(?P<year>{_YEAR})){_ID_END}")


def _indonesian(body: str) -> tuple[str, str] | None:
    """(title, year) of an Indonesian statute, regulation or court decision, or of a
    Malaysian act, or None."""
    m = _ID_STATUTE.match(body) or _MY_STATUTE.match(body)
    if m is not None:
        return m.group("title").strip(), m.group("year")
    m = _ID_DECISION.match(body)
    if m is not None:
        years = re.findall(rf"(?<!\d){_YEAR}(?!\d)", m.group("number"))
        if years:  # ("… 2263 K/Pdt/2010." : the sentence's stop is no part of the number)
            return m.group("title").strip().rstrip("."), years[-1]
    return None


# A treaty as OSCOLA writes it, the dates in parentheses ("Convention on X (adopted 2 November
# 2001, entered into force 2 January 2009) 2562 UNTS 3"), and as AGLC and the Bluebook do,
# after commas ("Convention on X, opened for signature 10 December 1982, 1833 UNTS 3 (entered
# into force 16 November 1994)"): the title, then the year of adoption or signature
_TREATY_DATE = r"(?:adopted|signed|opened\sfor\ssignature|done|concluded)"
_TREATY = lazy_compile(
    rf"^(?P<title>[{U}][^;()]{{3,300}}?(?:\([^()]{{1,60}}\)[^;()]{{0,200}}?)?)"
    rf"(?:\s\({_TREATY_DATE}\s(?:at\s[^,()]{{1,40}}\s(?:on\s)?)?[^()]{{0,30}}?(?P<y1>{_YEAR})"
    r"(?:,\s[^()]{0,80})?\)"
    rf"|,\s{_TREATY_DATE}\s(?:at\s[^,()]{{1,40}},?\s(?:on\s)?)?[^(),]{{0,30}}?(?P<y2>{_YEAR}),"
    r"\s\d{1,4}\s[A-Z][\w.]{1,10}\s\d)"
)


def treaty(body: str) -> tuple[str, str] | None:
    """(the treaty's title, the year it was adopted or signed) when ``body`` starts with a
    treaty cited with its dates, or None."""
    m = _TREATY.match(body)
    if m is None:
        return None
    return m.group("title").strip(" ,"), m.group("y1") or m.group("y2")


# A case whose parties are joined by "vs" (Maltese and Philippine courts, and others that do
# not write "v") or "v.", its court and date after a comma: "Grech et vs Direttur Ġenerali,
# Qorti Kostituzzjonali, 12 ta' Mejju 2016", "People vs. Santos, G.R. No. 201234, March 5,
# 2018", an unreported decision "Cruz v. Reyes, G.R. No. 234567, June 2, 2020"
_VS_CASE = lazy_compile(
    rf"^(?P<name>[{U}][^,;()\[\]'‘“\"]{{0,150}}?\s(?:et\s(?:al\.?\s)?)?(?:vs\.?|v\.)\s[^,;()\[\]]{{1,150}}?)"
    rf",\s(?P<court>[^;]{{1,120}}?)(?<!\d)(?P<year>{_YEAR})(?!\d)"
)
# the court or docket after the parties: a court in the languages whose courts write "vs"
_COURT = lazy_compile(
    r"\b(?:Court|Qorti|Corte|Cour|Tribunal[ei]?|Tribunale|Gericht|Hof|Sąd|Sala|Supreme|Appeal"
    r"|Appell|Prim'Awla|Kostituzzjonali|Magistrat[ai]?|G\.\s?R\.|CA-G\.R\.|Case\sNo)"
)


# A case of the courts that write in a script with no capitals, its parties joined by the
# word for "against" (Nepali "वि." / "विरुद्ध", Hindi "बनाम", Bengali "বনাম" / "বিরুদ্ধে"), then
# the law report and the decision: "राम थापा वि. नेपाल सरकार, ने.का.प. २०६० (सन् २००३), अंक ५,
# नि.नं. ७२००", "सीता देवी बनाम राज्य, 2004 (3) SCC 12", "করিম বনাম রাষ্ট্র, ১২ বিএলডি (২০০৪)":
# the title is the parties (the second may hold a numeral, "श्री ५ को सरकार"), the year the
# decision's (its Common Era year bracketed after the date), else the report's Common Era
# year; a decision's or writ's number ("नि.नं. ६०१४") is never a year
_CASELESS_VERSUS = r"वि\.|विरुद्ध|बनाम|বনাম|বিরুদ্ধে"
_CASELESS_CASE = lazy_compile(
    r"^(?P<name>[^\W\d_][^\d,;:()\[\]\"“”«»]{0,120}?\s(?:"
    + _CASELESS_VERSUS
    + r")\s[^\W\d_][^,;:()\[\]\"“”«»।]{0,120}?)(?:[,।]|\.(?=\s))"
)
# what says the rest is a law report or a court's decision
_CASELESS_REPORT = lazy_compile(
    r"ने\.\s?का\.\s?प\.|नि\.\s?नं\.|निर्णय|रिट\sनं|सर्वोच्च|अदालत|न्यायालय|আদালত"
    r"|\b(?:AIR|SCC|SCR|DLR|BLD|NKP|SCCR)\b"
)
_IN_ANY_DIGITS = r"[0-9\u0966-\u096f\u09e6-\u09ef]"
_DECIDED_CE = lazy_compile(
    r"(?:निर्णय\s?मिति|फैसला\s?मिति)[^()\[\]]{0,30}[(\[]\s?(?:सन्|ई\.)\s?"
    rf"(?P<year>{_IN_ANY_DIGITS}{{4}})(?!{_IN_ANY_DIGITS})"
)
_CASE_YEAR = lazy_compile(
    rf"(?<!नं\.\s)(?<!नं\.)(?<![0-9\u0966-\u096f\u09e6-\u09ef/.])(?P<year>{_IN_ANY_DIGITS}{{4}})"
    rf"(?![0-9\u0966-\u096f\u09e6-\u09ef/])"
)


def caseless_case(body: str) -> tuple[str, str] | None:
    """(the parties, the Common Era year) when ``body`` starts with a case in a script with no
    capitals (:data:`_CASELESS_CASE`), its report or decision after it, or None."""
    m = _CASELESS_CASE.match(body)
    if m is None:
        return None
    rest = body[m.end() : m.end() + 300]
    if _CASELESS_REPORT.search(rest) is None:
        return None
    decided = _DECIDED_CE.search(rest)
    if decided is not None:
        return m.group("name").strip(), str(int(decided.group("year")))
    for found in _CASE_YEAR.finditer(common_era_year(rest)):
        year = int(found.group("year"))
        if 1700 <= year <= 2100:
            return m.group("name").strip(), str(year)
    return None


def case_name(body: str) -> tuple[str, str] | None:
    """(the case's name, its year) when ``body`` starts with a reported or neutrally
    cited case, or None; joined appeals (up to four names before the citation) by all
    their names."""
    start = 0
    for _ in range(4):
        case = _one_case(body[start:])
        if case is not None:
            return body[:start] + case[0], case[1]
        joined = _JOINED.match(body[start:])
        if joined is None:
            return None
        start += joined.end()
    return None


def _one_case(body: str) -> tuple[str, str] | None:
    m = _CW_CASE.match(body)
    if m is not None and not _QUOTE_OPENS.search(m.group("name")):
        years = ("y1", "y2", "y3", "y4", "y5", "y6")
        return m.group("name").strip(" ,"), next(m.group(y) for y in years if m.group(y))
    m = _US_CASE.match(body)
    if m is not None and not _QUOTE_OPENS.search(m.group("name")):
        return m.group("name").strip(" ,"), m.group("year")
    m = _NEUTRAL_CASE.match(body)
    if m is not None and not _QUOTE_OPENS.search(m.group("name")):
        return m.group("name").strip(" ,"), m.group("year")
    m = _VS_CASE.match(body)
    if m is not None and _COURT.search(m.group("court")):
        return m.group("name").strip(" ,"), m.group("year")
    return caseless_case(body)


def statute(body: str) -> tuple[str, str | None] | None:
    """(the short title, the year) when ``body`` starts with a statute or statutory
    instrument, or None."""
    common = _common_law_statute(body)
    if common is not None:
        return common
    # ("Trinkwasserverordnung vom 20. Juni 2023", "Directive (EU) 2020/2184": civil-law and
    # EU acts by their date or number)
    # (an act by its kind and number, undated: "Batas Republika Blg. 9003")
    # (an act numbered by its legislature, no year: "Ligji Nr. 06/L-084 për …")
    return (
        _indonesian(body)
        or numbered_named(body)
        or legislature_act(body)
        or act(body)
        or designated_law(body)
    )


def _common_law_statute(body: str) -> tuple[str, str | None] | None:
    """(the short title, the year) of a statute cited as the common-law systems cite it
    ("Climate Change Act 2008", "Act 120 of 1998", "Act, RSC 1985, c C-44"), or None."""
    # ("Public Health Act, 1875 (38 & 39 Vict. c. 55)": an Act by its regnal year and
    # chapter, :mod:`.regnal_statutes`)
    regnal = regnal_statute(body)
    if regnal is not None:
        return regnal
    m = _STATUTE.match(body) or _COMMA_STATUTE.match(body)
    if m is not None:
        # (an English short title: a note's sentence may lead to it)
        return _named_in_sentence(m.group("title")), m.group("year")
    m = _CELTIC_STATUTE.match(body) or _CA_STATUTE.match(body)
    return (m.group("title"), m.group("year")) if m is not None else None


# the small words a statute's short title is written with ("Sale of Goods Act 1979",
# "Carriage by Air Act 1961", "Protection from Harassment Act 1997")
_TITLE_SMALL = frozenset(
    "of and the to for from in on with at by or into upon under etc etc. a an".split()
)
# where a statute's name begins after the sentence naming it: "… by the", "… under the", "…
# in the", "… see the"
_NAMED_AFTER = lazy_compile(r"\b(?:by|under|in|see|of|to)\sthe\s(?=[A-Z])")


def _named_in_sentence(title: str) -> str:
    """The statute's name in ``title``, when a note's sentence leads to it: "The retained
    Regulation was amended by the Animal Health (Amendment) (EU Exit) Regulations 2019" gives
    "Animal Health (Amendment) (EU Exit) Regulations 2019" (a word in small letters that no
    short title is written with -- "was", "amended" -- marks the sentence; the name follows
    its last "by the", "under the", or else its first capitalised word); ``title`` itself
    when every word is a title's ("Sale of Goods Act 1979", "Carriage by Air Act 1961")."""
    words = list(re.finditer(r"\([^()]*\)|\S+", title))
    prose = [
        w for w in words if w.group()[:1].islower() and w.group().strip(",;:") not in _TITLE_SMALL
    ]
    if not prose:
        return title
    rest = title[prose[-1].end() :]
    cuts = list(_NAMED_AFTER.finditer(rest))
    if cuts:
        return rest[cuts[-1].end() :].strip()
    first = re.search(r"\b[A-Z]", rest)
    return rest[first.start() :].strip() if first is not None else title


# (Bluebook's signals, one or two: "See", "See, e.g.,", "But cf.", "Accord")
_LEAD = lazy_compile(
    r"^(?:(?:see(?:\s(?:also|generally))?|cf|compare|e\.g\.|but\s(?:see|cf)|accord|contra)"
    r"[.,]?\s){1,3}",
    re.I,
)


def cites_authority(text: str) -> bool:
    """Does the note or entry ``text`` cite a case, a statute, a treaty or a parliamentary
    debate (see :func:`case_name`, :func:`statute`, :func:`debate`), its markup and a
    lead-in ("See", "cf") aside?"""
    body = _LEAD.sub("", re.sub(r"[*_]", "", text).strip())
    return (
        case_name(body) is not None
        or statute(body) is not None
        or treaty(body) is not None
        or chaptered(body) is not None
        or _HANSARD.match(body) is not None
    )


# A debate in Hansard as OSCOLA cites it: the House, "Deb", the date, the volume and the
# column ("HC Deb 14 May 2019, vol 660, col 233"; written answers "col 1012W", Westminster
# Hall "col 45WH", Grand Committee "col GC12"; the old series "HC Deb (5th ser) …").  The
# debate of that day is the work: its title is House and date, the column its place.
_HANSARD = lazy_compile(
    r"^(?:Hansard,?\s)?(?P<house>HC|HL)\sDeb\s(?:\((?:\d{1,2}(?:st|nd|rd|th)\s)?ser(?:ies)?\)\s)?"
    rf"(?P<date>\d{{1,2}}\s[{U}][a-z]{{2,8}}\.?\s(?P<year>{_YEAR}))"
    r"(?:,\svol\s(?P<volume>\d{1,4}))?"
    r"(?:,\scols?\s(?P<col>[A-Z]{0,3}\d{1,5}(?:\s?[–-]\s?\d{1,5})?[A-Z]{0,3}))?"
    r"(?=[.,;]?(?:\s|$))"
)


def debate(body: str) -> Fields | None:
    """Fields of a Hansard debate (see ``_HANSARD``), or None."""
    m = _HANSARD.match(body)
    if m is None:
        return None
    return Fields(
        "legal",
        (),
        f"{m.group('house')} Deb {m.group('date')}",
        year_of(m.group("year")),
        volume=m.group("volume"),
        pages=m.group("col"),
    )


def recognised(text: str) -> bool:
    """Is ``text`` (a note) a case, a statute or a parliamentary paper: a citation, even
    with no author, quoted title or publisher?"""
    body = _LEAD.sub("", re.sub(r"[*_]", "", text).strip())
    return cites_authority(text) or _PAPER.match(body) is not None


# A parliamentary paper: "Environmental Audit Committee, Title (HC 2021–22, 1043) 18",
# "Home Affairs Committee, Title (HL Paper 12, 2019)", "Title (Cm 9876, 2019)" (OSCOLA);
# "Parliament of Victoria, Title (Parliamentary Paper No 12, 2019)" (AGLC).  The number
# after the session is the paper's, no year.
# (a committee named after a department's remit, commas and all: "Levelling Up, Housing and
# Communities Committee, Title (HC 2022–23, 624)")
_PAPER = lazy_compile(
    rf"^(?:(?P<authors>[{U}][^,()]{{2,100}}(?:,\s[{U}][^,()]{{1,60}}){{0,3}}"
    r"\s(?:Committee|Commission)(?=,)|[{U}][^,()]{2,100}),\s)?"
    rf"(?P<title>[^()]{{3,300}}?)\s\("
    r"(?:HC|HL(?:\sPaper)?|Cm|Cmnd|Cmd|Cd|SP|Parliamentary\sPaper(?:\sNo)?)\s"
    rf"(?:(?P<session>{_YEAR})(?:[–-]\d{{2,4}})?,\s)?[\dA-Z-]+"
    rf"(?:,\s(?P<year>{_YEAR}))?\)"
)


_COMMITTEE = lazy_compile(r"\b(?:Committee|Commission)$")
_EVIDENCE = lazy_compile(r"(?:Oral|Written|Minutes\sof)\sevidence\b", re.I)

_PARTICLE = r"(?:(?:de|van|von|der|den|du|le|la|di|da|dos|del)\s){0,2}"
# (and the Irish and Scottish ones: "Mac Cárthaigh S", "Ní Mhurchú É.")
_SURNAME = rf"(?:{GAELIC_PARTICLE}|{_PARTICLE})[{U}][\w’'-]+"
_GIVEN = rf"(?!(?:The|A|An|On|In|Of)\s)[{U}][\w’'.-]+"  # ("John Wesley, The Nature, …")
# "Lowe H", "Pryce J and Vance E" (OSCOLA's bibliography: surname, initials without stops)
# (or with stops, as Maltese, Irish and other OSCOLA-like lists write them: "Harris D.,
# O'Boyle M. and Bates E.", "Cremona J.J.", "Ó Dónaill N.")
_OSCOLA_PERSON = rf"{_SURNAME}\s(?:[{U}]\.(?:-?\s?[{U}]\.){{0,3}}|[{U}]{{1,3}})"
# "Marsh-Kettering, Jeannie" (AGLC's bibliography: the first author inverted); "Marsh, N.",
# "Marsh, N", "Marsh, NJ" (a bibliography keeping the comma and the stops OSCOLA 4th ed.
# drops, every author inverted: "Marsh, N. and Grey, M.")
_INVERTED = (
    rf"{_SURNAME},\s(?:[{U}]\.(?:-?\s?[{U}]\.){{0,3}}|[{U}]{{1,3}}(?=[\s,])"
    rf"|{_GIVEN}(?:\s{_GIVEN}){{0,2}})"
)
# "Priya Natarajan", "Jeannie Marsh-Kettering", "John A Smith" (a note; a middle initial
# without its stop)
_DIRECT = rf"{_GIVEN}(?:\s(?:{_GIVEN}|[{U}](?=\s))){{0,2}}\s{_SURNAME}"
# "A Ashworth", "JAG Griffith" (UK law journals' notes: initials first, without stops);
# "B O Nwabueze", "T O Elias" (the initials spaced, as Nigerian and other West African law
# reviews write them)
_INITIALS_FIRST = rf"(?:[{U}]{{1,3}}|[{U}](?:\s[{U}]){{1,2}})\s{_SURNAME}"
# (further names after a comma only in a list that ends with "and": "A, B and C"; in "R.
# Weber, Lexicon Latinum, 2e éd." the part after the comma is the title)
# a pen name in quotes, as OSCOLA prints a letter's signature ("'Senex', 'Title', The Times
# (London, 2 May 1950) 2"): at most three capitalised words
_PSEUDONYM = (
    rf"[{SINGLE_OPENINGS}][{U}][\w.-]{{1,30}}(?:\s[{U}][\w.-]{{1,30}}){{0,2}}[{APOSTROPHES}](?=,)"
)
_PERSON = rf"(?:{_OSCOLA_PERSON}|{_INVERTED}|{_DIRECT}|{_INITIALS_FIRST}|{_PSEUDONYM})"
# (an inverted author among the others too: "Smith, J., Jones, M. and Brown, K."; "and
# others" or "et al" after the named ones)
_AUTHORS = (
    rf"(?P<authors>{_PERSON}(?:(?:,\s{_PERSON})*+\s{AND}\s{_PERSON})?)"
    r"(?:\s(?:and|&)\sothers|,?\set\sal\.?)?"
)
# (an apostrophe inside the title, between letters, is no closing quote: "'Lord Denning's
# Legacy'")
_QUOTED = (
    rf"(?:'(?P<q1>(?:[^']|'(?=\w)){{3,300}}?)'|‘(?P<q2>(?:[^{EN_SINGLE}]|’(?=\w)){{3,300}}?)’"
    r"|`(?P<q3>[^`']{3,300}?)')"
)
# "(2023) 86 MLR 1102", "(2019) 43(2) Melbourne University Law Review 512", "[2019] PL 412";
# the first page, or the range of pages ("(2018) 12(1) Journal 34–56")
_JOURNAL = (
    rf"\s(?:\((?P<year>{_YEAR})\)\s(?P<vol>\d{{1,4}})(?:\((?P<issue>[\w–-]{{1,9}})\))?"
    rf"|\[(?P<byear>{_YEAR})\](?:\s(?P<bvol>\d{{1,4}}))?)"
    r"\s(?P<journal>[A-Z][^,;()\[\]]{0,80}?)\s(?P<page>\d{1,5}(?:[–-]\d{1,5})?)"
    r"(?:,\s(?P<pin>[\d–-]+))?"
)
_ARTICLE = lazy_compile(rf"^{_AUTHORS},\s{_QUOTED}{_JOURNAL}(?=[\s,.;]|$)")
# OSCOLA "(Planning Law Blog, 14 March 2023)"; AGLC ", Consumer Law Watch (Blog Post, 2 …)"
_POST = lazy_compile(
    rf"^{_AUTHORS},\s{_QUOTED}(?:\s\((?P<site>[^(),]{{2,80}}),\s[^()]*?(?P<year>{_YEAR})\)"
    rf"|,\s(?P<asite>[^(),']{{2,80}})\s\((?:[^(),]{{2,40}}),\s[^()]*?(?P<ayear>{_YEAR})\))"
)
# "(3rd edn, OUP 2020)", "(Sweet & Maxwell 2021)", "(Federation Press, 2nd ed, 2021)"
_BOOK = lazy_compile(
    rf"^{_AUTHORS},\s(?P<title>[^()'‘`;]{{3,300}}?)"
    rf"\s\((?P<facts>(?:[^():;\w]|[\d_])*+[^\W\d_][^():;]*?),?\s(?P<year>{_YEAR})\)(?=[\s,.;]|$)"
)  # (the facts' first letter, of any script, where it is, not at every letter of a long run)
# an edition after the title ("Title, 3e éd.", "Title, 2nd edn")
# (the number a digit and then word characters read whole: "\d+\w*" split a long number
# every way)
_EDITION_AFTER = lazy_compile(r",\s\d\w*+\s(?:éd|ed|edn|Aufl|uppl|ed\.)\.?$")
_EDITION = lazy_compile(r"^(?:\d+(?:st|nd|rd|th)\s(?:edn|ed)|[A-Z][a-z]+\sedn),\s?")


def authority(body: str) -> Fields | None:
    """Fields of a case or a statute (its name the title, no author, the provision cited a
    locator), or None: read before the notes' parsers of the civil-law languages, which
    would take "Ley N.º 29338, Ley de … (2009), art. 2" for an author and a title "art"."""
    if case_titled_article(body):
        return None  # "Ann Roe, A Critique of X v. Y, 101 B.U. L. Rev. 62 (2021)": an article
    case = case_name(body)
    if case is not None:
        return Fields("legal", (), case[0], year_of(case[1]), kind=RefKind.REPORT)
    # (a civil-law act by its designation and date is the civil-law note parsers' to read
    # whole, by their conventions: "Loi n° 2015-992 du 17 août 2015 relative à …")
    law = _common_law_statute(body) or numbered_named(body)
    if law is not None:
        return Fields("legal", (), law[0], year_of(law[1]), kind=RefKind.REPORT)
    # the United States' codes and reporters, and the ALI's restatements (Bluebook 12, 10.3)
    # (an act by its name and number: "Affordable Care Act, Pub. L. No. 111-148 (2010)")
    return us_statute(body) or designated_act(body) or restatement(body) or reporter_only(body)


# a quoted title, its comma after the closing mark, then the book it is in, in italics:
# '”Title”, i *Proceedings of …*', '“Title”, in *Book*', '«Titre», dans *Livre*'
_QUOTED_IN_HOST = lazy_compile(
    r"^[”“\"„«](?P<title>[^”“\"„«»]{2,400})[”“\"»],\s(?:in|i|en|em|im|dans|w)\s"
    r"(?P<mark>[*_])(?P<host>[^*_]{2,300})(?P=mark)$"
)


def parse(body: str) -> Fields | None:
    """Fields of a legal citation (see the module doc), or None."""
    named = authority(body)
    if named is not None:
        return named
    law = statute(body)
    if law is not None:
        # (an act of a script with no capitals by its title and year, "… अधिनियम, 2005, धारा
        # 6", "… சட்டம், 1959": legislation, a report, as no other cue of its kind says)
        # (or by its year and number before its title, "1973 අංක 25 දරන ක්‍රීඩා නීතිය")
        titled = caseless_titled_law(body) is not None or year_numbered_law(body) is not None
        return Fields("legal", (), law[0], year_of(law[1]), kind=RefKind.REPORT if titled else None)
    issued = issued_act(body)
    if issued is not None:
        # "European Commission Directive 2002/49/EC of …": the body is the author
        return Fields("legal", (issued[0],), issued[1], year_of(issued[2]))
    made = lawmaker_act(body, statute)
    if made is not None:
        # "Assembly of Kosovo. Law No. 06/L-084 on …": the lawmaker is the author
        return Fields("legal", (made[0],), made[1], year_of(made[2]), kind=RefKind.REPORT)
    revised = chaptered(body)
    if revised is not None:
        return Fields("legal", (), revised[0], year_of(revised[1]))
    agreement = treaty(body)
    if agreement is not None:
        return Fields("legal", (), agreement[0], year_of(agreement[1]))
    spoken = debate(body)
    if spoken is not None:
        return spoken
    m = _PAPER.match(body)
    if m is not None:
        title = m.group("title").strip()
        return Fields(
            "legal",
            (m.group("authors"),) if m.group("authors") else (),
            title,
            year_of(m.group("session") or m.group("year")),
            book=True,
            # a committee's paper is its report, unless it prints the evidence it took
            kind=RefKind.REPORT
            if m.group("authors")
            and _COMMITTEE.search(m.group("authors"))
            and not _EVIDENCE.match(title)
            else None,
        )
    m = _ARTICLE.match(body)
    if m is not None:
        return Fields(
            "legal",
            _people(m.group("authors")),
            _title(m),
            year_of(m.group("year") or m.group("byear")),
            container=m.group("journal").strip(),
            volume=m.group("vol") or m.group("bvol"),
            issue=m.group("issue"),
            # (the first page: a list gives no pinpoint, a note's is its locator)
            pages=m.group("page"),
        )
    m = _POST.match(body)
    if m is not None:
        return Fields(
            "legal",
            _people(m.group("authors")),
            _title(m),
            year_of(m.group("year") or m.group("ayear")),
            container=(m.group("site") or m.group("asite")).strip(),
        )
    m = _BOOK.match(body)
    if m is not None and _book_facts(m, body):
        facts = _EDITION.sub("", m.group("facts").strip(" ,"))
        publisher = re.sub(r",?\s\d+(?:st|nd|rd|th)\s(?:edn|ed)$", "", facts).strip(" ,")
        part = _QUOTED_IN_HOST.match(m.group("title").strip())
        if part is not None:
            # ('Name, ”Title”, i *Proceedings of …* (Zagreb, 2013), s. 211–219': the quoted
            # title's comma after its closing mark, the book it is in named after "in")
            return Fields(
                "legal",
                _people(m.group("authors")),
                part.group("title").strip(" ,"),
                year_of(m.group("year")),
                container=part.group("host").strip(),
                publisher=publisher or None,
                chapter=True,
            )
        return Fields(
            "legal",
            _people(m.group("authors")),
            _EDITION_AFTER.sub("", m.group("title").strip()),
            year_of(m.group("year")),
            publisher=publisher or None,
            book=True,
        )
    return None


# a date in the parentheses: a Bluebook periodical ("Title, Site (Mar. 9, 2023)"), a
# report's month ("(Guide, November 2023)")
_DATE = lazy_compile(
    r"(?:^|\s)(?:\d{1,2}\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s\d{1,2})?,?$"
)
# Chicago's facts later in the note: the parentheses were the title's own ("Title (vers
# 1400–vers 1550), 3 vols. (Paris: SEVPEN, 1968)")
_LATER_FACTS = lazy_compile(r"\([^()]*:[^()]*\d{4}[^()]*\)")
# IEEE's quoted title, closed after its comma ("“Title,” in Proc. … (ACRONYM 2019), …"): the
# parentheses after it are the proceedings' acronym and year, not a book's facts
_IEEE_TITLE = lazy_compile(rf"“[^{EN_CURLY}]{{3,300}}[,.]”")
# a title in double quotes, then "in" and its host: a part of a work, cited as Chicago does
# (the Swedish and Finnish marks, closing ones on both sides, and the Scandinavian "i":
# "”Title”, i *Proceedings …* (Oslo, 2009)")
_QUOTED_IN = lazy_compile(
    rf"[{EN_OPENINGS}”][^{EN_DOUBLE}]{{2,300}}[{EN_CLOSINGS}],?\s(?:in|In|i|I)\s"
)


def _book_facts(m: re.Match[str], body: str) -> bool:
    """Are the parentheses after the title OSCOLA's or AGLC's publication facts?  Not a
    title ending in a page ("Title 88–94": the Bluebook's), a case, a date, a part of the
    title before Chicago's facts, the proceedings after an IEEE quoted title, or a "title"
    that starts with more authors' names (:mod:`.names_lead`)."""
    title, facts = m.group("title"), m.group("facts")
    return (
        " v " not in title
        and not re.search(r"\s[\d–-]+$", title)
        and not _DATE.search(facts)
        and not _LATER_FACTS.search(body, m.end())
        and not _IEEE_TITLE.search(title)
        # (Chicago's quoted title of a part and its host: "“Temperaments,” in *Grove Music
        # Online* (Oxford University Press, 2001)" -- OSCOLA quotes a chapter in single marks)
        and not _QUOTED_IN.match(title)
        # ("Chapekis, A., Bestvater, S., … & Rivero, G. Title (Publisher, 2024)": APA's
        # list of names, the first of them no OSCOLA author with the rest its title)
        and not names_lead(title)
    )


# every author inverted, their initials after a comma ("Marsh, N and Grey, M")
_INITIALS_INVERTED = rf"{_SURNAME},\s(?:[{U}]\.(?:-?\s?[{U}]\.){{0,3}}|[{U}]{{1,3}})"
_EVERY_INVERTED = rf"{_INITIALS_INVERTED}(?:,\s{_INITIALS_INVERTED})*+\s{AND}\s{_INITIALS_INVERTED}"


def _title(m: re.Match[str]) -> str:
    return (m.group("q1") or m.group("q2") or m.group("q3") or "").strip()


def _people(authors: str) -> tuple[str, ...]:
    """``Pryce J and Vance E`` -> ("Pryce J", "Vance E") (and in the list's language:
    Maltese ``Bates u Buckley``); ``Marsh-Kettering, Jeannie and
    Omar Haddad`` -> ("Marsh-Kettering, Jeannie", "Omar Haddad").  A body's name holding
    a word for "and" is one author (``Ministerio de Trabajo y Asuntos Sociales``,
    ``Departament de Treball i Afers Socials``: :func:`.body_name.split_names`)."""
    names = re.split(rf",\s|\s{AND}\s", authors)
    # "Smith, J., Jones, M. and Brown, K.": a family name and its initials, pair by pair (a
    # family name holding a word for "and" is not split in pairs)
    if re.fullmatch(_EVERY_INVERTED, authors) and len(names) % 2 == 0:
        return tuple(
            f"{family}, {given}" for family, given in zip(names[::2], names[1::2], strict=True)
        )
    parts = body_name.split_names(rf"\s{AND}\s", authors)
    first, rest = parts[0], parts[1:]
    if re.fullmatch(_INVERTED, first):
        return (first, *rest)
    # (a pen name without its quotes: "'Senex'" is Senex)
    listed = body_name.split_names(r",\s", first)
    return tuple(p.strip().strip(EN_SINGLE + "'") for p in (*listed, *rest))
