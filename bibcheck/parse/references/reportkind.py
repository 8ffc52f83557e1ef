"""Is a work a report?  Cues that a report names itself by, in the languages notes are
written in, when the style itself does not say (GB/T 7714 ``[R]`` does):

- the title names the genre: ``Annual Report of ...``, ``2024 Load Forecast Report``,
  ``Jahresbericht des ...``, ``Bericht über ...``, ``Compte-rendu annuel de ...``,
  ``Rapport des commissaires ...``, ``Informe ...``, ``Relazione ...``, ``Sprawozdanie ...``,
  ``Отчёт о ...``, ``Доклад ...``, ``Звіт ...``, ``Warbixinta ...``, ``Laporan ...``,
  ``…: A Desk Study``, ``Working Paper``, ``Technical Report``,
  ``White Paper``, ``Discussion Paper``, ``Policy Brief``, ``Guidance for Industry``, the
  annals of an observatory or institute (``Annalen des ... Observatoriums``), a study's
  findings (``…: Findings from the ... Study``, ``Results of the 2019 ... Survey``);
- a report number follows the title: ``Report No. 12``, ``Working Paper No. 5``,
  ``Report JTSC-TR-2025-02``, ``Technical Report MSR-TR-2011-78``,
  ``Working Paper 12/2023``, ``Discussion Paper 22-114``,
  ``Case No. PUR-2023-00066``, ``Docket No. 55378``, ``ORNL/CON-354``, ``NREL/TP-6A20-1``,
  ``GAO-21-104``, ``CRS Report R45631``;
- in a Bluebook note, a government agency is the author (``Fed. Trade Comm'n, Title 46
  (2014)``: :func:`agency_author`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import guideline_words, year_span
from bibcheck.parse.references.fields import MONTHS
from bibcheck.parse.references.patterns import OBSERVATORY_WORD
from bibcheck.parse.references.series import report_series
from bibcheck.text import ascii_digits

# the genres of a development bank's or a government's economic reports: "Turkmenistan: Country
# Economic Memorandum", "… Public Expenditure Review", "… Systematic Country Diagnostic", a
# "Technical Memorandum" or "Policy Memorandum" (never "Memorandum" alone: "The Quiller
# Memorandum" is a novel)
_ECONOMIC_REPORT = (
    r"(?:(?:Country\s)?Economic\sMemorandum|Technical\sMemorandum|Policy\sMemorandum"
    r"|Public\sExpenditure\sReview|Systematic\sCountry\sDiagnostic"
    r"|Country\sPartnership\s(?:Framework|Strategy)|Country\sAssistance\sStrategy)"
)
_GENRE = (
    r"(?:Annual\sReport|(?:Technical|Research|Final|Interim|Progress|Status|Special|Staff)"
    rf"\sReport|{_ECONOMIC_REPORT}|Report|Working\sPaper|White\sPaper|Discussion\sPaper|Occasional\sPaper"
    r"|Policy\sBrief|Briefing\sPaper|Guidance\sfor\sIndustry|Integrated\sResource\sPlan"
    r"|Jahresbericht|Geschäftsbericht|Tätigkeitsbericht|Forschungsbericht|Bericht"
    # an authority's ruling or circular: "Allgemeinverfügung zur Festsetzung …", "Rundschreiben
    # 05/2023 (BA)", "Arrêté du 3 mars 2020 relatif à …"
    r"|Allgemeinverfügung|Rundschreiben|Arrêté\s(?:du|n°)"
    r"|Compte[-\s]rendu|Rapport|Informe|Relazione|Relatório|Jaarverslag|Verslag"
    # Dutch and German compounds closing on the genre's noun: "Inspectierapport",
    # "Eindrapport", "Onderzoeksrapport", "voortgangsrapportage", "Rapportage",
    # "Prüfbericht", "Sachstandsbericht", "Monitoringbericht"
    r"|[^\W\d_]{3,}?(?:rapport|rapportage|verslag|bericht)(?!\w)|Rapportage"
    # Italian "rapporto" is a report only as a genre ("Rapporto annuale", "Rapporto tecnico",
    # "Rapporto sul mercato del lavoro"), a relation otherwise ("Il rapporto tra …")
    r"|Rapporto\s(?:annuale|finale|tecnico|intermedio|statistico|nazionale|di\sricerca"
    r"|(?:sul|sulla|sullo|sui|sugli|sulle)\b)"
    # (Albanian "Raport", "Raporti" (the report), "Raporti vjetor" (annual))
    r"|Sprawozdanie|Raport(?:i(?!\w))?|Zpráva|Výroční\szpráva|Årsredovisning|Årsrapport|Vuosikertomus"
    r"|Отч[её]т|Доклад|Звіт|Доповідь"
    # Serbian, Croatian, Bosnian, Montenegrin (both scripts), Macedonian, Slovene
    r"|Извештај|Извјештај|Izve[šs]taj|Izvje[šs]taj|Izvje[šs][ćc]e|Poro[čc]ilo"
    # a review of existing sources an agency commissions: "…: A Desk Study", "Desk Review"
    r"|Desk\s(?:Study|Review)"
    # Somali "warbixin(ta)", Swahili "ripoti", Indonesian/Malay "laporan", Turkish
    # "rapor(u)", Arabic "تقرير" (report)
    r"|Warbixin(?:ta|ada)?|Ripoti|Laporan|Rapor(?:u)?|تقرير"
    # Hindi: "रिपोर्ट" (report), "प्रतिवेदन" (report, official); Marathi "अहवाल" (report)
    r"|रिपोर्ट|प्रतिवेदन|अहवाल)"
)
# the period a plan or strategy covers, closing the title: "… Strategy (2024–2028)"
_PERIOD = r"\s\((?:1[5-9]|20)\d\d[–-](?:1[5-9]|20)?\d\d\)"
# the year a periodical report covers, after the preposition of its language: "van 1919",
# "over het jaar 1920", "for 1923", "for the year 1923", "für 1900", "pour 1905", "de 1880"
_FOR_YEAR = (
    r"(?:van|voor|over|for|of|für|pour|de|del|för)\s"
    r"(?:(?:het\s(?:dienst)?jaar|the\syear|das\sJahr|l['’]année|el\saño)\s)?"
    r"(?:1[5-9]|20)\d\d(?:[–/-](?:1[5-9]|20)?\d\d)?"
)
# the genre word opens the title (after a year: "2023 Annual Report") or closes it
_TITLE_GENRE = lazy_compile(
    rf"^(?:(?:1[5-9]|20)\d\d(?:[–-]\d{{2,4}})?\s)?{_GENRE}\b"
    # (a subtitle naming the genre, then what it reports on: "Sugar reduction: report on
    # progress …", "Pflege: Bericht über …", "Santé : rapport sur …", "Gizi: laporan tentang …")
    rf"|:\s{_GENRE}\s(?:on|of|about|über|zur?|zum|sur|sobre|de\sla|del|sul|sulla|o|tentang"
    r"|mengenai|hakkında|за|za|о|об|про)\b"
    rf"|\b{_GENRE}(?:\s(?:1[5-9]|20)\d\d|{_PERIOD})?$"
    # (or the year it reports on after its preposition: "Koloniaal verslag van 1919",
    # "Colonial Report for 1923", "Algemeen verslag over het jaar 1920", "Rapport pour 1905")
    rf"|\b{_GENRE}\s{_FOR_YEAR}$"
    rf"|\b(?:Annual\sReport|Jahresbericht|Compte[-\s]rendu\sannuel|Rapport\sannuel"
    rf"|Informe\sanual|Relazione\sannuale|Rapporto\sannuale|Relatório\sanual|Годовой\sотч[её]т|वार्षिक\s(?:रिपोर्ट|प्रतिवेदन|अहवाल)"
    r"|Raporti?\svjetor)",
    re.IGNORECASE,
)
# an organisation's working document, versioned as no book is (a book has editions):
# "Survey protocols, version 3", "Field manual v2.1", "Monitoring guidance, version 1.0"
_VERSIONED = lazy_compile(
    r"\b(?:Protocols?|Manual|Guidance|Guidelines|Methodology|Handbook|Specification)"
    r",?\s(?:version|ver\.|v\.?)\s?\d[\w.]*$",
    re.IGNORECASE,
)
# a study's findings, as the title or its subtitle: "…: Findings from the Community Needs and
# Services Study", "Results of the 2019 Tenant Survey", "Key Findings from a National
# Evaluation of …" (a book titled "Findings: Essays …" names no study)
_FINDINGS = lazy_compile(
    r"(?:^|:\s)(?:(?:Key|Main|Initial|Early|Interim|Final|First|Summary\sof(?:\sthe)?)\s)?"
    r"(?:Findings|Results)\s(?:from|of)\s[^:;]{0,150}?"
    r"\b(?:Study|Survey|Census|Evaluation|Trial|Pilot|Project|Programme|Program|Panel|Inquiry"
    r"|Assessment|Audit|Consultation)s?\b",
    re.IGNORECASE,
)
# ... or a survey's or an assessment's round by its acronym and year, then its results: "PISA
# 2018 Results (Volume II): …", "TIMSS 2019 International Results in Mathematics", "PIAAC
# 2023 National Results" -- the round's results as its organisers report them (a book
# titled "Results" alone names no round)
_ROUND_RESULTS = lazy_compile(
    r"^[A-Z][A-Z-]{2,11}\s(?:19|20)\d\d(?:[-/]\d{2,4})?\s"
    r"(?:(?:International|National|Main|Key|Initial|Final|First)\s)?Results\b"
)
# ... or a survey's results as the subtitle of the survey it names, as statistical offices
# title them in their languages: "Enquesta d'usos lingüístics de la població 2018: principals
# resultats", "Encuesta de Población Activa 2021: principales resultados", "Enquête
# emploi: principaux résultats", "Indagine …: principali risultati", "Mikrozensus 2019:
# Ergebnisse", "National Travel Survey 2022: main results": the subtitle is the results
# alone ("Survey methods: results and lessons" is a book)
_SURVEY_RESULTS = lazy_compile(
    r"^(?=[^:;]{0,150}?\b(?:Enquesta|Encuesta|Enquête|Inquérito|Indagine|Erhebung|Umfrage"
    r"|Mikrozensus|Survey|Census|Censo|Recensement|Censimento|Undersökning|Undersøgelse"
    r"|Kartläggning|Felmérés|Ankieta|Badanie)\b)[^:;]{3,150}:\s"
    r"(?:(?:principals|principales|principaux|principali|principais|main|key|first|zentrale"
    r"|wichtigste|erste|primeros|premiers|primi)\s)?"
    r"(?:resultats|resultados|résultats|risultati|results|Ergebnisse|resultat|resultater"
    r"|eredmények|wyniki)$",
    re.IGNORECASE,
)
# ... or a survey or census named with the year it was held in, its main title ending there
# before a subtitle ("Pesquisa Origem e Destino 2017: síntese …", "Censo Demográfico 2010:
# características …"): a statistical office's publication ("Survey methods in the 2020s" is a
# book; "Censo agrario 2020 [Internet]" with no subtitle may be the census's page)
_DATED_SURVEY = lazy_compile(
    r"^(?=[^:;]{0,120}?\b(?:Pesquisa|Enquesta|Encuesta|Enquête|Inquérito|Indagine|Erhebung"
    r"|Mikrozensus|Survey|Census|Censo|Recensement|Censimento)\b)"
    r"[^:;]{3,150}?\s(?:1[89]|20)\d\d(?:[/-]\d{2,4})?:\s"
)
# ... or a survey's edition by the year it was held, the year closing the title: "Milkshakes and
# flavoured milks product survey 2023", "Health Survey for England 2019", "Encuesta de
# Presupuestos Familiares 2022", "Enquête emploi 2019", "Verbraucherumfrage 2023",
# "Ankieta rodziców 2023" -- what a body or an NGO runs and reports on each year ("Survey methods in
# the 2020s", "A Survey of London" are books)
_YEAR_SURVEY = lazy_compile(
    r"\b(?:Survey|Encuesta|Enquesta|Enquête|Inquérito|Pesquisa|Indagine"
    r"|\w*(?:Erhebung|Umfrage|Befragung)|Mikrozensus|Ankieta|Undersökning|Undersøgelse|Census|Censo|Recensement|Censimento)\b"
    r"[^:;,.()\[\]]{0,60}?\s(?:19|20)\d\d(?:[/–-]\d{2,4})?$",
    re.IGNORECASE,
)
# annals of an institution, not a journal's "Annals of Mathematics"
_ANNALS = lazy_compile(
    r"^(?:Annalen|Annales|Annals|Анналы)\s(?:des\s|der\s|de\sl['’]|du\s|of\sthe\s)[^,;]{0,60}?"
    r"(?:Observato|Institut|Bureau|Office|Survey|Museum|Akademi|Academ|Station|Sternwarte)",
    re.IGNORECASE,
)
# a series of papers an institution numbers (its genre words, in the languages cited)
_PAPER_SERIES = (
    r"(?:(?:Working|Discussion|Occasional|Research|Briefing|Policy)\sPaper"
    r"|Technical\sReport|Research\sReport|Arbeitspapier|Diskussionspapier"
    r"|Documento\sde\strabajo|Document\sde\stravail|Documento\sde\sTrabalho"
    # a numbered brief of a series: "Policy Brief 12", "Migration and Development Brief 38",
    # "Issue Brief 7" (the word capitalised, as a series' name writes it)
    r"|(?-i:Brief))"
)
# the field a series of papers is named for: "Working Papers in Classics", "… on Development
# Policy", "… in Economics and Finance"
_FIELD = r"(?:\s(?:in|on)\s[A-Z][\w&-]*(?:\s(?:and\s|&\s)?[A-Z][\w&-]*){0,3})"
# A technical, research or final report as the languages name the kind: Czech and Slovak
# ("Technická zpráva", "Výzkumná zpráva", "Závěrečná zpráva", "Technická správa"), Polish
# ("Raport techniczny", "Raport badawczy", "Raport końcowy"), German ("Technischer Bericht",
# "Forschungsbericht", "Abschlussbericht"), Dutch ("Technisch rapport", "Onderzoeksrapport",
# "Eindrapport"), the Nordic languages ("Teknisk rapport", "Forskningsrapport",
# "Slutrapport"), Finnish ("Tekninen raportti", "Tutkimusraportti", "Loppuraportti"),
# Hungarian ("Műszaki jelentés", "Kutatási jelentés", "Zárójelentés"), Slovene and
# Croatian ("Tehnično poročilo", "Tehničko izvješće", "Tehnički izveštaj") and the Romance
# languages ("Rapport technique", "Rapport de recherche", "Informe técnico", "Informe
# final", "Relatório técnico", "Rapporto tecnico", "Relazione tecnica")
_KINDED_REPORT = (
    r"(?:(?:Technick[áa]|V[ýy]zkumn[áa]|V[ýy]skumn[áa]|Z[áa]v[ěe]re[čc]n[áa]|Pr[ůu]b[ěe][žz]n[áa])"
    r"\s(?:zpr[áa]va|spr[áa]va)"
    r"|Raport\s(?:techniczny|badawczy|ko[ńn]cowy)"
    r"|Technischer\sBericht|Forschungsbericht|Abschlussbericht|Schlussbericht|Endbericht"
    r"|Zwischenbericht"
    r"|Technisch\srapport|Onderzoeksrapport|Eindrapport"
    r"|Teknisk\srapport|Forskningsrapport|Slutrapport|Sluttrapport"
    r"|Tekninen\sraportti|Tutkimusraportti|Loppuraportti"
    r"|M[űu]szaki\sjelent[ée]s|Kutat[áa]si\sjelent[ée]s|Z[áa]r[óo]jelent[ée]s"
    r"|Tehni[čc]no\sporo[čc]ilo|Raziskovalno\sporo[čc]ilo|Tehni[čc]ko\sizvje[šs][ćc]e"
    r"|Tehni[čc]ki\sizve[šs]taj"
    r"|Rapport\s(?:technique|de\srecherche|final)|Informe\s(?:t[ée]cnico|final|de\sinvestigaci[óo]n)"
    r"|Relat[óo]rio\s(?:t[ée]cnico|final|de\spesquisa)|Rapporto\s(?:tecnico|finale|di\sricerca)"
    r"|Relazione\s(?:tecnica|finale))"
)
# a report's number after its title
_NUMBER = lazy_compile(
    r"\b(?:(?:Technical\s)?Report|Rep\.|Working\sPaper|Discussion\sPaper|Bulletin|Case"
    # (NLM's "Report No.: TR-2022/03" with a colon)
    r"|Docket|Dkt\.|Paper|Research\sPaper|Circular|Memorandum)\s(?:No\.|Nr\.|no\.|#):?\s?"
    r"[\w./-]*\d"
    # a research institute's numbered bulletins and reports: "Technical Bulletin 31",
    # Afrikaans "Tegniese Bulletin 31", "Tegniese Verslag 4", "Navorsingsverslag 12", Dutch
    # "Technisch Bulletin 5" (not a journal so named, its volume and issue after it:
    # "Technical Bulletin 12(3)", "Technical Bulletin 12, no. 3")
    r"|\b(?:Technical\sBulletin|Tegniese\s(?:Bulletin|Verslag)|Technisch\sBulletin"
    r"|Navorsingsverslag)\s(?:(?:No|Nr|no|nr)\.\s?)?\d{1,4}\b(?!\s?\(\d|,\s(?:no|nr)\.)"
    # a House of Commons or Lords paper's number in parentheses: "(HC 74)", "(HL Paper 191)",
    # "(HC 1009-II)" (a session's year after "HC" is a historian's citation: "HC 1852–53")
    r"|\((?:HC|HL(?:\sPaper)?)\s\d{1,4}(?:-[IVX]+)?\)"
    # a paper series numbers its papers with no "No.": "Working Paper 12/2023", "NBER
    # Working Paper 25434", "Discussion Paper 22-114", "Arbeitspapier 7/2021"
    # (a series named for its field: "Working Papers in Classics 100901", "Discussion Papers
    # on Development Policy 12")
    # (or its number marked after a comma: "Technical Report Series, No. 894", "Working Paper
    # Series, No. 17-04")
    # (the number perhaps after the series' letters: "CEPR Discussion Paper DP19822",
    # "Working Paper WP-23-04"; "No" without its stop, as the ECB and the Bank of England
    # print it: "ECB Working Paper Series No 2950", "Staff Working Paper No 1012")
    rf"|\b(?i:{_PAPER_SERIES})(?:s?{_FIELD})?(?:\sSeries)?"
    r"(?:,?\s(?:No|Nr|no)(?:\.\s?|\s(?=\d))|\s)"
    r"(?!(?:1[5-9]|20)\d\d\b)(?:[A-Z]{1,3}-?)?\d[\w./-]*\d?\b"
    # a Romance report series and the report's number or code: "Relatório Técnico IC-21-07",
    # "Rapport technique n° 12", "Informe técnico 3/2020", "Texto para Discussão n. 2617"
    # (and the technical or research reports of the other languages: "Technická zpráva
    # TZ-2025-07", "Raport techniczny nr 5/2020", "Forschungsbericht 12")
    r"|\b(?i:Relat[óo]rio(?:\st[ée]cnico)?|Rapport\stechnique|Informe\st[ée]cnico"
    rf"|Rapporto\stecnico|Texto\spara\sdiscuss[ãa]o|{_KINDED_REPORT})"
    r"\s(?:(?i:n|nº|n°|no|núm|nr|č|čís)\.?\s?)?"
    r"(?!(?:1[5-9]|20)\d\d\b)(?:[A-Z][A-Za-z]{0,7}-?)?\d[\w./-]*"
    # a report word before the body's code of letters and digits: "Report JTSC-TR-2025-02",
    # "Technical Report MSR-TR-2011-78", "Research Report RC24582", "Report ECE/TRANS/180"
    r"|\b(?:Report|Rep\.|Memorandum)\s(?=[A-Z][A-Z\d/-]{0,40}\d)[A-Z][A-Z\d]*(?:[-/.][A-Z\d]+)*\b"
    # an agency's code: "ORNL/CON-354", "NREL/TP-6A20-46534", "EPA/600/R-12/345"
    r"|\b[A-Z]{2,6}(?:/[A-Z\d]{1,6})+[-/]\d[\w-]*\b"
    # United States agencies' report numbers: "GAO-21-104", "OTA-BP-ISC-12", "CBO Pub. No.
    # 57001", "CRS Report R45631", "CRS Report No. RL33110"
    r"|\b(?:GAO|OTA)-(?:[A-Z]{2,4}-){0,2}\d{2}-\d{1,4}\b|\bOTA-[A-Z]{2,4}-(?:[A-Z]{2,4}-)?\d{1,4}\b"
    r"|\bCBO\sPub(?:lication)?\.?\sNo\.\s?\d+|\bCRS\s(?:Report\s)?(?:No\.\s)?[A-Z]{1,3}\d{4,5}\b"
    # a Nordic agency's report number, its year and number: "Rapport 2019:4", "Rapport nr
    # 2017:3"; the Swedish and Norwegian government inquiries "SOU 2017:3", "NOU 2019:5", a
    # Swedish departmental memorandum "Ds 2019:5"
    r"|\b(?i:Rapport|Report|Raport)\s(?:(?i:nr|no)\.?\s)?(?:1[5-9]|20)\d\d:\d{1,3}\b"
    r"|\b(?:SOU|NOU|Ds)\s(?:19|20)\d\d:\d{1,3}\b"
    # a report's number in the Slavic languages, "number" abbreviated: "Извештај бр. 7/2025",
    # "Izvješće br. 3/2024", "Poročilo št. 4/2023", "Доклад № 12", "Отчёт № 5"
    r"|\b(?i:Извештај|Извјештај|Izve[šs]taj|Izvje[šs]taj|Izvje[šs][ćc]e|Poro[čc]ilo|Доклад"
    r"|Отч[её]т|Звіт)\s(?:бр\.|br\.|№|št\.|č\.)\s?\d[\w./-]*"
    # ... or numbered in its series with a dash or slash, the report word alone or closing a
    # compound: Faroese "Tøknifrágreiðing 22-04" (technical report), Icelandic "Tækniskýrsla
    # 2019-05" / "Skýrsla 12/2020", Danish and Norwegian "Fagrapport 2018-3", "Notat 2/2021"
    # (not a span of years: "Rapport 1940-1945" names a period)
    r"|\b(?i:[^\W\d_]{0,20}(?:frágreiðing|skýrsla|rapport)|notat)\s(?:(?i:nr)\.?\s)?"
    r"(?!(?:1[5-9]|20)\d\d[-–/](?:1[5-9]|20)\d\d\b)\d{1,4}[-–/]\d{1,4}\b"
    # a series' designation in parentheses after the title, as APA gives a report's number:
    # "(FIPS PUB 197)", "(NIST SP 800-38D)", "(NISTIR 8259)", "(RFC 8446)", "(ISO 27001)",
    # "(NIST SP 800-57 Part 1 Rev. 5)" (its part and revision after the number)
    r"|\((?:[A-Z]{2,6}\s){1,3}(?!(?:1[5-9]|20)\d\d\))[A-Z]{0,2}\d[\w.:/-]*+"
    r"(?:\s(?:Part|Pt\.|Rev\.|Revision|Vol\.|Volume|Suppl\.|Add\.)\s?[\w.-]{1,6}){0,3}\)"
)


# the series as a parser may take it for a journal: "Working Paper", "NBER Working Paper
# Series", "IZA Discussion Paper 9911", "Policy Research Working Paper"
_SERIES_HOST = lazy_compile(
    r"^(?!.*\b(?:Journal|Review|Quarterly|Annals|Zeitschrift|Revista|Revue|Rivista)\b)"
    rf"(?:[\w&./-]+\s){{0,4}}?(?i:{_PAPER_SERIES})s?{_FIELD}?(?:\sSeries)?"
    r"(?:,?\s(?:No\.\s?|Nr\.\s?)?(?:[A-Z]{1,3}-?)?\d[\w./-]*)?"
    # (IEEE gives the issuing body and its place after the number: "CEPR Discussion Paper
    # DP19822, Centre for Economic Policy Research, London")
    r"(?:,\s[A-Z][^,]{1,80}){0,3}$"
)


# A government body as author, as the Bluebook abbreviates it (rule 15.1.3 and T6): "Fed.
# Trade Comm'n", "U.S. Dep't of Just.", "U.S. Gov't Accountability Off.", "Env't Prot.
# Agency", "Consumer Fin. Prot. Bureau", "Fed. Aviation Admin.": its book-shaped work is a
# report of that body.
_AGENCY = lazy_compile(
    r"(?<![\w'’])(?:Comm['’]n|Dep['’]t|Off\.|Agency|Bureau|Admin\.|Adm['’]n|Serv\.)"
    r"(?![\w'’])"
)


def agency_author(authors: tuple[str, ...]) -> bool:
    """Is the (first) author a government agency, named as the Bluebook abbreviates it?"""
    return bool(authors) and _AGENCY.search(authors[0]) is not None


def series_host(host: str | None, text: str) -> bool:
    """A "container" that is a numbered series of papers, not a journal: ``Working Paper
    12/2023`` after a quoted title (Chicago author-date and notes write it in the place of
    a journal).  The work is a report when the series is named and numbered."""
    return (
        host is not None
        and _SERIES_HOST.match(host.strip(" .,*_")) is not None
        and numbered_report(text)
    )


# The series of technical specifications, in a journal's place after the title: RFC Editor
# style ("“Title”, BCP 14, RFC 2119, DOI …"), Internet-Drafts ("Work in Progress,
# Internet-Draft, draft-…"), W3C and WHATWG documents ("W3C Recommendation", "World Wide Web
# Consortium Candidate Recommendation CR-…", "Living Standard")
_SPECIFICATION = lazy_compile(
    r"^(?:(?:RFC|BCP|STD|FYI)(?:\s\d+|$)|Work\sin\sProgress|Internet-Draft|Living\sStandard"
    r"|(?:W3C|World\sWide\sWeb\sConsortium)\s(?:Candidate\s|Proposed\s)?(?:Recommendation"
    r"|Working\sDraft|(?:Group\s)?Note|Draft)|(?:ECMA-|ETSI\s(?:TS|EN|TR)\s|ITU-T\s[A-Z]\.)\d)"
)


def specification(host: str | None) -> bool:
    """The "container" is a technical specification's series (``RFC 9110``, ``BCP 14``,
    ``Internet-Draft``, ``W3C Recommendation``, ``Living Standard``): the work is a report."""
    return host is not None and _SPECIFICATION.match(host.strip(" .,*_")) is not None


# A statistical yearbook, which statistics offices and agencies issue ("Statistical Yearbook
# of …", "Statistisches Jahrbuch", "Annuario statistico italiano", "Anuario estadístico",
# "Annuaire statistique", "Anuário Estatístico", "Rocznik Statystyczny", "Statistická
# ročenka", "Statistisk årbok"; Catalan "Anuari estadístic", Romanian "Anuarul statistic",
# Danish "Statistisk årbog", Finnish "Tilastollinen vuosikirja", Hungarian "Statisztikai
# évkönyv", Turkish "İstatistik Yıllığı" (ASCII "Istatistik Yilligi"), Croatian and Serbian
# "Statistički ljetopis", "Statistički godišnjak", Slovene "Statistični letopis", Lithuanian
# "Statistikos metraštis", Estonian "Statistika aastaraamat", Latvian "Statistikas
# gadagrāmata", Russian "Статистический ежегодник", Ukrainian "Статистичний щорічник",
# Chinese and Japanese 统计年鉴, 統計年鑑); a yearbook of no statistics may be a publisher's book
_STATISTICAL_YEARBOOK = lazy_compile(
    r"\b(?:Statistical\sYearbook|Statistisches\sJahrbuch|Annuario\sstatistico"
    r"|Anuario\sestad[íi]stico|Annuaire\sstatistique|Anu[áa]rio\sestat[íi]stico"
    r"|Anuari\sestad[íi]stic|Anuarul\sstatistic"
    r"|Rocznik\sstatystyczny|Statistick[áa]\sro[čc]enka|Statistisk\s(?:[åa]rs?bok|[åa]rbog)"
    r"|Statistisch\sJaarboek|Tilastollinen\svuosikirja|Statisztikai\s[ée]vk[öo]nyv"
    r"|istatistik\sy[ıi]ll[ıi][ğg][ıi]|Statisti[čc]ki\s(?:ljetopis|godi[šs]njak)"
    r"|Statisti[čc]ni\sletopis|Statistikos\smetra[šs]tis|Statistika\saastaraamat"
    r"|Statistikas\sgadagr[āa]mata|Статистическ(?:ий|ого)\sежегодник[а-я]{0,2}"
    r"|Статистичн(?:ий|ого)\sщорічник[а-я]{0,2}"
    # (Serbian, Montenegrin and Bosnian in Cyrillic, Macedonian, Bulgarian)
    r"|Статистички\s(?:годишњак|годишник)|Статистически\sгодишник)\b"
    r"|(?:统计年鉴|統計年鑑|統計年鑒)",
    re.IGNORECASE,
)
# ... named at the head of a title, as a statistics office titles its yearbook: at most four
# words before it, none of them lower-case but the Turkish "yılı" after the year ("2023 yılı
# SGK istatistik yıllığı", "Suomen tilastollinen vuosikirja 2023", "Statistical Yearbook of
# Norway 2023", "Anuario estadístico de España 2023", "中国统计年鉴2023"), and after it no more
# than the country or the body it is of and the year before the title's end, a colon or a
# bracket ("Reading the statistical yearbooks of the interwar period" names no yearbook, "A
# History of the Statistical Yearbook" and "Statistical Yearbook Review" are about one)
_YEARBOOK_TAIL = lazy_compile(
    r"(?:\s(?:of|for|de|del|de\sla|do|da|der|des|du|di|della|dello|al|för|van|voor|dla)"
    r"(?:\s[^\s:;,.()\[\]]{1,40}){1,5}?)?"
    r"(?:,?\s?(?:1[89]|20)\d\d(?:[/–-]\d{2,4})?)?\s*(?:[:.(\[]|$)",
    re.IGNORECASE,
)
_YEAR_WORD = lazy_compile(r"(?:1[89]|20)\d\d(?:[/–-]\d{2,4})?$")


def named_yearbook(title: str | None) -> bool:
    """``title`` is a statistical yearbook's own (``2023 yılı SGK istatistik yıllığı``,
    ``Statistical Yearbook of Norway 2023``: :data:`_STATISTICAL_YEARBOOK` at the title's
    head, :data:`_YEARBOOK_TAIL` after it), not a work about one (``Reading the statistical
    yearbooks of the interwar period``)."""
    if not title:
        return False
    name = " ".join(title.split()).strip(" .,*_")
    found = _STATISTICAL_YEARBOOK.search(name)
    if found is None or _YEARBOOK_TAIL.match(name, found.end()) is None:
        return False
    head = name[: found.start()].split()
    return len(head) <= 4 and all(
        not word[:1].islower()
        or (word.casefold() in ("yılı", "yili") and at > 0 and _YEAR_WORD.match(head[at - 1]))
        for at, word in enumerate(head)
    )


def yearbook_online(text: str, title: str | None) -> bool:
    """A work cited by its link alone whose title is a statistical yearbook's own
    (:func:`named_yearbook`: ``Sosyal Güvenlik Kurumu. (2024). 2023 yılı SGK istatistik
    yıllığı. https://…``, ``Statistics Norway. (2024). Statistical yearbook of Norway 2023.
    https://…``): the office's yearbook published online, a report as in print -- unless the
    entry calls itself a page of the body's site (NLM's ``[Internet]``: :func:`online_medium`)."""
    return named_yearbook(title) and not online_medium(text)


# ... or a periodic statistics release titled by its statistics and its period: "Estadística
# de fiances de lloguer: primer semestre 2024", "Estadística de Variaciones Residenciales
# 2022", "Statistik der Baugenehmigungen 2023", "Statistique des permis de construire, 2e
# trimestre 2021", "Statistics on Migration to Europe 2022", Greek "Στατιστική της αλιείας
# κατά το έτος 1950", Albanian "Statistikat e drejtësisë 2022" -- the title opens with the
# statistics and holds a year (Richardson's "Statistics of Deadly Quarrels", a book, does not)
_PERIOD_STATISTICS = lazy_compile(
    r"^(?:Estad[íi]stica|Estad[íi]stiques|Estat[íi]stica|Statistics|Statistique|Statistik"
    r"|Statistiche|Statystyka|Statistiek|Στατιστική)\s(?:de|del|de\sla|des|du|der|on|of|dei"
    r"|delle|van|über|o|της|των|του)\s[^:;]{2,120}?(?:[:,]\s[^:;]{0,60})?\b(?:19|20)\d\d\b"
    # (Albanian "Statistikat e drejtësisë 2022", "Statistika të arsimit 2020": the statistics,
    # then the genitive's linking word)
    r"|^Statistikat?\s(?:e|të|i|së)\s[^:;]{2,120}?(?:[:,]\s[^:;]{0,60})?\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def survey_edition(title: str | None) -> bool:
    """The title names a survey's yearly edition, the year closing it (``… product survey
    2023``, ``Encuesta … 2021``: :data:`_YEAR_SURVEY`)."""
    return (
        bool(title) and _YEAR_SURVEY.search(" ".join(str(title).split()).strip(" .,*_")) is not None
    )


# A German report titled by its compound alone, with the month or year of its issue:
# "Finanzstabilitätsbericht 2025", "Monatsbericht März 2024", "Geschäftsbericht 2023/24",
# "Tätigkeitsbericht" (never a longer title holding one: "Der Reisebericht als Gattung")
_GERMAN_COMPOUND_REPORT = lazy_compile(
    r"^[^\W\d_]{2,}bericht(?:\s(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember|Frühjahr|Herbst|[1-4]\.\s?Quartal))?"
    r"(?:\s(?:1[5-9]|20)\d\d(?:[–/-]\d{2,4})?)?$",
    re.IGNORECASE,
)


def titled_report(title: str | None) -> bool:
    """The title names the work a report (``Annual Report of ...``, ``Jahresbericht ...``)."""
    if not title:
        return False
    title = title.strip(" .,*_")
    return bool(
        _TITLE_GENRE.search(title)
        or _GERMAN_COMPOUND_REPORT.match(title)
        or _ANNALS.match(title)
        or _VERSIONED.search(title)
        or _FINDINGS.search(title)
        or _SURVEY_RESULTS.match(title)
        or _ROUND_RESULTS.match(title)
        or _DATED_SURVEY.match(title)
        or _STATISTICAL_YEARBOOK.search(title)
        or _PERIOD_STATISTICS.match(title)
    )


# ... as a web page's title names it, closing the title: a report word with the year of its
# issue ("State of our rivers report 2024", "Bathing water report 2023/24"), a report of a
# kind ("… progress report", "… technical report", "… white paper"), an annual report --
# never a report word alone ("Trade report", "Situation report": a page may be about one), nor
# one opening the title as a news headline may ("Report finds …")
_KIND_OF_REPORT = (
    r"(?:(?:Technical|Research|Final|Interim|Progress|Status|Special|Staff|Evaluation"
    rf"|Monitoring|Activity|Impact)\sReport|{_ECONOMIC_REPORT}|Working\sPaper|White\sPaper|Discussion\sPaper"
    r"|Occasional\sPaper|Policy\sBrief|Briefing\sPaper|Rapport\sd['’]activité"
    r"|Rapport\sde\srecherche|Informe\stécnico|Relazione\stecnica"
    # the Romance languages put the kind after the word: "rapport final", "rapport
    # technique", "rapporto finale", "informe final", "relatório técnico"; German compounds
    r"|Rapport\s(?:final|technique|intermédiaire|d['’]étape|d['’]évaluation)"
    r"|Rapporto\s(?:finale|tecnico|intermedio)|Informe\s(?:final|de\sevaluación)"
    r"|Relatório\s(?:final|técnico)|Relazione\sfinale"
    r"|Abschlussbericht|Schlussbericht|Endbericht|Zwischenbericht)"
)
_CLOSING_GENRE = lazy_compile(
    rf"\b{_GENRE}\s(?:1[5-9]|20)\d\d(?:[–/-]\d{{2,4}})?$"
    rf"|\b{_KIND_OF_REPORT}(?:\s(?:1[5-9]|20)\d\d(?:[–/-]\d{{2,4}})?)?$"
    rf"|\b(?:Annual\sReport|Jahresbericht|Compte[-\s]rendu\sannuel|Rapport\sannuel"
    rf"|Informe\sanual|Relazione\sannuale|Rapporto\sannuale|Relatório\sanual|Годовой\sотч[её]т|वार्षिक\s(?:रिपोर्ट|प्रतिवेदन|अहवाल)"
    r"|Raporti?\svjetor)",
    re.IGNORECASE,
)


def web_report(title: str | None) -> bool:
    """A work cited by its URL (an organisation's publication online) whose title names it
    a report (``State of our rivers report 2024``): a report, not a web page."""
    return bool(title) and _CLOSING_GENRE.search((title or "").strip(" .,*_")) is not None


# the facts after a title as Continental notes write a publication's: the place of issue and
# the year alone, no publisher ("…, Warszawa 2023, https://…", "…, Praha 2019.")
_PLACE_AND_YEAR = lazy_compile(
    r",\s(?P<place>[^\W\d_][\w-]{2,30})\s(?:1[5-9]|20)\d\d(?=[,.;]|\s*$)"
)


def placed_web_report(text: str, title: str | None) -> bool:
    """A work cited with its link whose title names it a report (:func:`titled_report`:
    ``Sprawozdanie z …``, ``Rapport annuel …``) and whose facts after the title are a place
    of issue and the year (``…, Warszawa 2023, https://…``): a body's report published
    online, not a web page (a page's headline has no place of issue; a month is no place)."""
    if not title or not titled_report(title):
        return False
    flat, name = " ".join(text.split()), " ".join(title.split())
    at = flat.find(name)
    if at < 0:
        return False
    return any(
        m.group("place")[0].isupper() and m.group("place").casefold() not in MONTHS
        for m in _PLACE_AND_YEAR.finditer(flat, at + len(name))
    )


# A numbered series of an institution, as the element after the title names it, with the
# institution that issues it as the next element: "VTT Publications 95, Technical Research
# Centre of Finland", "CRREL Monograph 81-2, U.S. Army Cold Regions Research and Engineering
# Laboratory", "USGS Circular 1139, U.S. Geological Survey" -- a research body's series, not
# a publisher's ("Lecture Notes in Computer Science 1234, Springer")
_INSTITUTION_SERIES = lazy_compile(
    r"(?:^|,\s)(?:[A-Z][\w&.-]*\s){0,3}(?:Publications?|Monographs?|Bulletin|Circular"
    r"|Memorandum|Reports?|Papers?|Notes?|Records?|Tiedotteita|Julkaisuja|Meddelanden"
    r"|Mitteilungen|Berichte|Rapporter)\s(?:No\.\s?)?(?:[A-Z]+-)*\d[\w./-]*,\s"
    r"(?![^,]{0,100}?\b(?:Press|Verlag|Publishers?|Publishing|Books)\b)"
    r"[^,]{0,100}?\b(?:Research\s(?:Centre|Center|Council|Institute)|Laborator(?:y|ies)"
    r"|Institute|Institut|Survey|Agency|Research\sStation|Experiment\sStation"
    r"|Administration)\b"
)


def institution_series(text: str) -> bool:
    """The work is numbered in a series its issuing institution (a research centre,
    laboratory, institute, survey or agency, named next) publishes: ``VTT Publications 95,
    Technical Research Centre of Finland``: a report."""
    return _INSTITUTION_SERIES.search(" ".join(text.split())) is not None


def numbered_report(text: str) -> bool:
    """A report number is written (``Working Paper No. 5``, ``Docket No. 55378``,
    ``ORNL/CON-354``); not a publisher's book series in parentheses after the imprint
    (``Tübingen: Francke (UTB 2397)``, ``Frankfurt am Main: Suhrkamp (stw 1234)``)."""
    return any(
        not (
            m.group(0).startswith("(")
            and _IMPRINT_BEFORE.search(text, max(0, m.start() - 120), m.start())
        )
        for m in _NUMBER.finditer(text)
    )


# "Place: Publisher " right before a parenthesis (a place of one or two words, a publisher
# of a few words with no digit)
_IMPRINT_BEFORE = lazy_compile(
    r"(?:^|[.,]\s)[A-ZÄÖÜ][^\W\d_]+(?:(?:\s(?:am|an|der|im|upon|on|sur|de|del|la)){0,2}"
    r"[\s/-][A-ZÄÖÜ][^\W\d_]+){0,2}:\s[^\W\d_][^:;()\d]{1,60}?\s?$"
)


def is_report(
    *, text: str, title: str | None, authors: tuple[str, ...], publisher: str | None
) -> bool:
    """Whether a book-shaped (or unknown) work is a report; the caller decides that it has
    no container and is no chapter."""
    # (an organisation as author is no cue of its own: a body's guidelines, published by
    # itself, are cited as a book as often as as a report -- but its periodic review,
    # published by itself, is a report: :func:`self_published_review`)
    return (
        titled_report(title)
        # (NLM's "[Internet]" makes an organisation's survey edition a page of its site, as
        # "Censo agrario 2020 [Internet]": :func:`.vancouver.organisation_page`)
        or (survey_edition(title) and not online_medium(text))
        or self_published_review(title, authors, publisher)
        or development_institution_work(authors, publisher)
        or (self_issued(authors, publisher) and not online_medium(text))
        or government_issued(authors, publisher)
        or numbered_report(text)
        or institution_series(text)
        # ("…, Food Security in Practice technical guide series (Washington, DC: …)": an
        # unnumbered series named by a report's genre, :func:`.series.report_series`)
        or report_series(text)
        or designated_report(text, title)
        or _SCRIPT_REPORT.search(text) is not None
        # (NLM's "[Internet]" makes a body's online document a page of its site:
        # :func:`bibcheck.parse.references.vancouver.organisation_page`)
        or (agency_document(text, title) and not online_medium(text))
        or month_dated_facts(text)
        or commission_imprint(text, authors)
        or observatory_work(authors, publisher)
        or commission_self_issued(authors, publisher)
        or filed_as_report(text)
        or yearly_monitoring(text, title, authors)
    )


# the year a body's monitoring publication covers, after the preposition of its language,
# closing the title or its main part: "… in the Netherlands in 2022", "… bij
# landbouwhuisdieren in 2022: trends, …", "… in Deutschland im Jahr 2021", "… en France en
# 2020", "… w Polsce w 2019"
_COVERED_YEAR = lazy_compile(
    r"\s(?:in|for|during|over|in\shet\sjaar|im\sJahr|im|en|pour|för|på|w|v|ve)"
    r"\s(?P<year>(?:19|20)\d\d)(?:$|(?=[:;]\s))"
)
# a person's name as Vancouver and others write it (initials, or a comma before given
# names): no body's
_PERSON_NAME = lazy_compile(r",|\s[A-Z]{1,4}$|\s(?:[A-Z]\.\s?){1,4}$|^(?:[A-Z]\.\s?){1,4}\s")
_ANY_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def yearly_monitoring(text: str, title: str | None, authors: tuple[str, ...]) -> bool:
    """A body's yearly monitoring publication: one body the author (no person's name), the
    title closing with the year it covers (or its main part, before a colon), the work
    itself issued that year or up to two years later, its last year (``MARAN. Monitoring
    of antimicrobial resistance … in the Netherlands in 2022. Wageningen: …; 2023.``;
    ``SDa. Het gebruik van antibiotica bij landbouwhuisdieren in 2022: trends, …
    Utrecht: …; 2023.``)."""
    if not title or len(authors) != 1 or _PERSON_NAME.search(authors[0].strip()):
        return False
    covered = _COVERED_YEAR.search(" ".join(title.split()).strip(" .,*_"))
    if covered is None:
        return False
    years = _ANY_YEAR.findall(text)
    return bool(years) and 0 <= int(years[-1]) - int(covered["year"]) <= 2


# An observatory of a field -- a standing research unit that monitors it and publishes its
# findings -- as the author, in the languages cited ("Osservatorio Smart Working",
# "Observatorio de la Sostenibilidad", "Observatoire des inégalités", "European Observatory
# on Health Systems")
_OBSERVATORY = lazy_compile(rf"\b{OBSERVATORY_WORD}\b", re.IGNORECASE)
# ... its work issued by the university, school or institute it belongs to
_ACADEMIC_ISSUER = lazy_compile(
    r"\b(?:Universi\w*|Politecnico|Polytechn\w*|School|Scuola|École|Escuela|Escola"
    r"|Hochschule|Institute|Istituto|Instituto|Institut)\b",
    re.IGNORECASE,
)


def observatory_work(authors: tuple[str, ...], publisher: str | None) -> bool:
    """An observatory of a field is the one author and a university, school or institute
    the publisher (``Osservatorio Smart Working (2023). Title. Milano: Politecnico di
    Milano, School of Management.``): the unit's research report, not a book."""
    return (
        len(authors) == 1
        and publisher is not None
        and _OBSERVATORY.search(authors[0]) is not None
        and _ACADEMIC_ISSUER.search(publisher) is not None
    )


# A commission, committee or inquiry as the author: a body set up to report, in the
# languages cited ("Law Commission", "Royal Commission on …", "Select Committee on …",
# Welsh "Comisiwn", "Pwyllgor", Irish "Coimisiún", "Coiste", Albanian "Komisioni",
# German "Kommission", "Ausschuss", Polish "Komisja", "Komitet", the Romance languages')
_COMMISSION = lazy_compile(
    r"\b(?:Commission|Committee|Inquiry|Comisiwn|Pwyllgor|Ymchwiliad|Coimisiún|Coiste"
    r"|Komisioni|Komiteti|Kommission|Ausschuss|Enquête-Kommission|Komisja|Komitet|Komise"
    r"|Commissione|Comitato|Comisión|Comité|Comissão|Commissie"
    # (German, Dutch and Scandinavian write it joined to what it is for: "Deltacommissie",
    # "Enquete-Kommission", "Untersuchungsausschuss", "Klimakommissionen")
    r"|[^\W\d_]+(?:kommission(?:en)?|commissie|ausschuss|kommitté(?:n)?|komité(?:en)?))\b"
)
# its work's facts in parentheses, a place and the date alone -- no publisher: "(Caerdydd,
# 2019)", "(London, March 2021)"
_PLACE_DATE = lazy_compile(
    r"\((?:[^\W\d_][\w.'’-]*\s?){1,4},\s(?:\d{1,2}\.?\s)?(?:[^\W\d_]{3,11}\.?\s)?"
    r"(?:1[5-9]|20)\d\d\)"
)


def commission_imprint(text: str, authors: tuple[str, ...]) -> bool:
    """A commission, committee or inquiry names itself as the author of a work whose facts
    are a place and a date (``Law Commission, Title (London, 2019)``): its report."""
    return (
        bool(authors)
        and _COMMISSION.search(authors[0]) is not None
        and _PLACE_DATE.search(text) is not None
    )


def commission_self_issued(authors: tuple[str, ...], publisher: str | None) -> bool:
    """A commission, committee or inquiry is the author and issues the work itself
    (``Deltacommissie, Title (Den Haag: Deltacommissie, 2008)``): its report."""
    if not (authors and publisher) or _COMMISSION.search(authors[0]) is None:
        return False
    author = " ".join(authors[0].strip(" .,*_").split()).casefold()
    issuer = _PLACE.sub("", " ".join(publisher.strip(" .,*_").split())).casefold()
    return issuer == author


# the folder a body's site files its reports in, as the work's address shows it:
# "https://www.iea.org/reports/…", "…/research-reports/roads-and-bridges/", "…/rapports/…"
_REPORT_FOLDER = lazy_compile(
    r"(?:(?:research|technical|annual|policy|special|country|flagship)[-_])?"
    r"(?:reports?|rapports?|berichte|informes|relazioni|working[-_]papers?"
    r"|white[-_]papers?|discussion[-_]papers?|policy[-_]briefs?)",
    re.IGNORECASE,
)
_ADDRESS = lazy_compile(r"https?://[^\s<>()\[\]]+")


def filed_as_report(text: str) -> bool:
    """Does the work's address file it in a folder of reports (``https://www.iea.org/
    reports/the-future-of-heat-pumps``)?  (The folder, not the page's own name: a page
    called ``/reports`` lists them.)"""
    for m in _ADDRESS.finditer(text):
        folders = urlsplit(m.group(0)).path.strip("/").split("/")[:-1]
        if any(_REPORT_FOLDER.fullmatch(f) for f in folders):
            return True
    return False


def body_dated_online(text: str, authors: tuple[str, ...]) -> bool:
    """A work cited with its link whose author is a commission or public body and whose
    parenthesised facts are dated to a month (``Commission, Title (Cardiff, October 2019),
    <URL>``): the body's report online, not a web page."""
    return (
        bool(authors)
        and (
            _COMMISSION.search(authors[0]) is not None
            or _PUBLIC_BODY.search(authors[0]) is not None
        )
        and month_dated_facts(text)
    )


# The publication facts in parentheses, closing with a month (and a day) before the year:
# "(Berkeley, CA: LBNL, April 2024)", "(Washington, DC, December 2023)", "(Paris : OCDE,
# mars 2021)", "(Berlin: UBA, 3. Mai 2022)" -- a book's facts carry the year alone, a
# body's report the month it was issued (the place or publisher before it: a comma)
_DATED_FACTS = lazy_compile(
    r"\([^()]{2,120}?,\s(?:\d{1,2}\.?\s)?(?P<month>[^\W\d_]{3,11})\.?\s(?:\d{1,2},\s)?"
    r"(?:1[5-9]|20)\d\d\)"
)


def month_dated_facts(text: str) -> bool:
    """The publication facts in parentheses are dated to a month (``(Berkeley, CA: LBNL,
    April 2024)``): a report, as a book's facts give the year alone."""
    return any(m.group("month").casefold() in MONTHS for m in _DATED_FACTS.finditer(text))


# A public body that issues documents: a ministry, department, directorate, agency,
# authority, commission or inspectorate, in the languages cited (Swedish, Norwegian and
# Danish write it as a compound's end: "Folkhälsomyndigheten", "Helsedirektoratet",
# "Sundhedsstyrelsen"; Hindi "मंत्रालय" ministry, "निदेशालय" directorate, "प्राधिकरण"
# authority, "आयोग" commission)
_PUBLIC_BODY = lazy_compile(
    r"\b(?:Ministry|Ministries|Department\s(?:of|for)|Directorate|Agency|Authority|Commission"
    r"|Inspectorate|Bureau|Ministère|Direction\sgénérale|Agence|Autorité|Ministerium"
    # (a supervisors' committee and the boards that set financial standards: "Basel
    # Committee on Banking Supervision", "Committee on Payments and Market Infrastructures",
    # "Financial Stability Board"; Indonesian and Malay "Otoritas", "Otoriti", authority)
    r"|Committee\son\s(?:[A-Z]\w+\s(?:and\s)?){1,3}(?:Supervision|Infrastructures)"
    r"|Financial\sStability\sBoard|Otoritas|Otoriti"
    # an inspectorate in the languages it names itself in ("Inspectie Justitie en
    # Veiligheid", "Inspection générale de l'administration", "Inspekcja Pracy")
    r"|Inspectie|Inspection\sgénérale|Inspección|Ispettorato|Inspekcja|Inspektion"
    r"|Autoridad|Autoridade|Autorità"
    # (Maltese: "Ministeru għall-…", "Awtorità …", "Kummissjoni …", "Dipartiment tal-…")
    r"|Ministeru|Awtorità|Kummissjoni|Dipartiment"
    r"|Bundesamt|Landesamt|Behörde|Ministerio|Ministério|Ministero|Ministerie|Ministerstwo"
    r"|Dirección\sGeneral|Direção-Geral|Direzione\sGenerale|Agencia|Agência|Agenzia"
    r"|Comisión|Comissão|Commissione|Министерство|Агентство"
    # (a national weather, hydrological or geological service, a statistical office: "South
    # African Weather Service", "Met Office", "British Geological Survey")
    r"|(?:Weather|Meteorological|Hydrological|Hydrometeorological|Met)\s(?:Service|Office)"
    r"|Geological\sSurvey|Statistical\sOffice|Statistics\sOffice"
    # a national standards body: "Badan Standardisasi Nasional", "Bureau of Indian
    # Standards", "Türk Standardları Enstitüsü", "Deutsches Institut für Normung"
    r"|Standardi[sz]ation|Standardisasi|Standardları|Institut\sfür\sNormung"
    # Turkish ministries, presidencies and directorates general ("Çevre, Şehircilik ve İklim
    # Değişikliği Bakanlığı", "Strateji ve Bütçe Başkanlığı", "Karayolları Genel
    # Müdürlüğü"); Indonesian and Malay ministries, departments, directorates and agencies
    # ("Kementerian Kesehatan RI", "Departemen Pendidikan Nasional", "Direktorat Jenderal
    # …", "Badan Pusat Statistik", "Kementerian Kesihatan Malaysia"); a Turkish council or
    # board of the state ("Yükseköğretim Kurulu", "Radyo ve Televizyon Üst Kurulu", "Talim ve
    # Terbiye Kurulu")
    r"|Bakanlığı|Başkanlığı|Kurulu|Genel\sMüdürlüğü|Kementerian|Departemen|Direktorat\sJenderal"
    r"|Badan\s(?:Pusat|Nasional|Standardisasi|Penelitian|Pengawas|Meteorologi|Perencanaan"
    r"|Lingkungan|Informasi|Riset))\b"
    r"|\w(?:ministerium|ministeriet|myndigheten|myndighet|direktoratet|styrelsen"
    r"|departementet|verket)\b"
    r"|(?<!\w)(?:मंत्रालय|मन्त्रालय|निदेशालय|महानिदेशालय|प्राधिकरण|आयोग)(?!\w)"
    # a state's or a country's government: "Government of Telangana", Hindi "बिहार सरकार",
    # Marathi "महाराष्ट्र शासन", Telugu "తెలంగాణ ప్రభుత్వం", Kannada "ಕರ್ನಾಟಕ ಸರ್ಕಾರ", Tamil
    # "தமிழ்நாடு அரசு", Bengali "পশ্চিমবঙ্গ সরকার", Gujarati "ગુજરાત સરકાર" (the word last)
    r"|\bGovernment\sof\s(?-i:[A-Z])"
    r"|(?<=\s)(?:सरकार|शासन|ప్రభుత్వం|ಸರ್ಕಾರ|அரசு|সরকার|સરકાર)(?=$|[\s,.])",
    re.IGNORECASE,
)
# What such a body issues besides reports: guidelines, guidance, standards, estimates,
# recommendations, a technical guide, a strategy or action plan
_BODY_GENRE = lazy_compile(
    r"\b(?:Estimates|Technical\sGuide"
    # (a body's manual -- what BibTeX's ``@manual`` by a body is, :mod:`.manual_kind` --, the
    # survey it runs and reports on, a government's consultation paper: "WHO manual on …",
    # "National Diet and Nutrition Survey: …", "…: consultation on …"; German "Handbuch",
    # "Erhebung", French "manuel", "enquête", Spanish and Portuguese "manual", "encuesta",
    # "inquérito", "consulta pública", Indonesian "survei", Turkish "araştırması")
    r"|Manual|Manuel|Handbuch|Survey|Erhebung|Enqu[êe]te|Encuesta|Inqu[ée]rito|Indagine"
    r"|Survei|Araştırması|Consultation|Konsultation|Consulta\sp[úu]blica"
    # (a body's compendium, handbook or toolkit of strategies or measures; Turkish
    # "Stratejik Plan(ı)", "Kılavuz(u)", Indonesian "Pedoman", "Rencana Strategis")
    r"|Compendium|Handbook|Toolkit|Strategies|Stratejik\sPlanı?|Kılavuzu?|Pedoman"
    r"|Rencana\sStrategis"
    r"|Action\sPlan|Strategy|Guide\s(?:technique|méthodologique|pratique)|Guía\stécnica"
    # (guidelines, recommendations, codes of practice in every language cited:
    # :data:`.guideline_words.ANYWHERE`)
    rf"|{guideline_words.ANYWHERE})\b"
    r"|(?<!\w)(?:दिशानिर्देश|दिशा-निर्देश|मार्गदर्शिका|मानक|अनुमान)(?!\w)",
    re.IGNORECASE,
)
# ... or an edition of its yearly publication, the year (or the years) closing the title's
# name: "Swedres-Svarm 2022: Sales of …", "Health Accounts Estimates 2019-20"
# (the years of a yearly edition follow each other, "2019-20", "2022/2023"; a period of many
# years closing a history's title, "…, 1870-1930", is its subject, no edition)
_EDITION_YEAR = lazy_compile(r"\s(?P<first>(?:1[6-9]|20)\d\d)(?:[–/-](?P<last>\d{2,4}))?(?::|$)")
# ... but not a chart's or map's number that looks like a year ("Admiralty chart 2021:
# approaches to …", "Seekarte 1900", "Sjøkort 2031", "Carte marine 1766"): a printed map is
# a book (tests/corpus/README.md, kinds of sources); a body's "Road map 2030" is its plan
_SHEET_NUMBER = lazy_compile(
    r"(?i:(?<!\w)(?<!road\s)(?:chart|map|seekarte|karte|sjøkort|sjökort|søkort|kort|kart"
    r"|carte(?:\smarine)?|mapa|carta(?:\snautica|\snáutica)?|zeekaart|kaart|merikartta"
    r"|kartta)(?:\s(?:no|nr|n[º°o])\.?)?)\s$"
)


# a consortium that issues standards and guidelines ("TEI Consortium", "Text Encoding
# Initiative Consortium", "Unicode Consortium", "Open Geospatial Consortium"): its
# guidelines are its report, as a public body's are (no public body itself: a research
# consortium writes articles)
_CONSORTIUM = lazy_compile(r"\b(?:Consortium|Konsortium|Consorcio|Consorzio|Consórcio)\b")


def public_body(name: str) -> bool:
    """Does ``name`` name a public body that issues documents (a ministry, an agency, an
    authority, a standards body …: :data:`_PUBLIC_BODY`)?"""
    return _PUBLIC_BODY.search(name) is not None


def agency_document(text: str, title: str | None) -> bool:
    """A public body (a ministry, agency, authority, commission ...) names itself as the
    author or the publisher -- in ``text`` outside the title -- of a document whose title
    names what such bodies issue (guidelines, standards, estimates, a technical guide) or an
    edition's year (``Swedres-Svarm 2022: …``): the body's report."""
    if not title:
        return False
    flat, name = " ".join(text.split()), " ".join(title.split()).strip(" .,*_")
    at = flat.find(name)
    outside = flat if at < 0 else flat[:at] + " " + flat[at + len(name) :]
    if _PUBLIC_BODY.search(outside) is None and _CONSORTIUM.search(outside) is None:
        return False
    return body_genre(name)


def body_genre(title: str | None) -> bool:
    """``title`` names what a public body issues besides reports (guidelines, standards,
    estimates, a strategy, an action plan: :data:`_BODY_GENRE`) or an edition's year
    (``Swedres-Svarm 2022: …``)."""
    if not title:
        return False
    name = " ".join(title.split()).strip(" .,*_")
    head = name.split(": ")[0]
    if _BODY_GENRE.search(name) is not None:
        return True
    edition = _EDITION_YEAR.search(head + ":")
    if edition is None or _SHEET_NUMBER.search(head[: edition.start() + 1]) is not None:
        return False
    return not year_span.period(edition["first"], edition["last"])


# What a body calls the review it issues every month, quarter or year: a review, overview,
# outlook, bulletin, yearbook or report, in the writer's language (Lithuanian "apžvalga",
# Latvian "pārskats", Estonian "ülevaade", Polish "przegląd", Czech "zpráva", "přehled",
# Russian "обзор", "доклад", German "…bericht", "Übersicht", Finnish "katsaus", Hungarian
# "jelentés", Dutch "verslag", "overzicht", Swedish "översikt", "rapport" ...)
_PERIODIC_WORD = lazy_compile(
    r"(?<!\w)(?:review|overview|outlook|bulletin|yearbook|report|rapport|raport|informe"
    r"|bolet[ií]n|bollettino|relazione|relat[óo]rio|apžvalg\w*|pārskat\w*|ülevaa\w*"
    r"|przegl[aą]d\w*|biuletyn\w*|zpráv\w*|přehled\w*|обзор\w*|доклад\w*|бюллетен\w*"
    r"|отч[её]т\w*|огляд\w*|звіт\w*|verslag|overzicht|översikt|katsaus|jelentés"
    r"|áttekintés|übersicht|\w*bericht\w*)(?!\w)",
    re.IGNORECASE,
)


def self_published_review(
    title: str | None, authors: tuple[str, ...], publisher: str | None
) -> bool:
    """A body's periodic review, issued by itself: the author (a body: several words)
    is the publisher, and the title names a review, overview, bulletin or report
    (``Lietuvos bankas. (2022). Lietuvos ekonomikos apžvalga. Vilnius: Lietuvos bankas.``,
    ``Deutsche Bundesbank (2021). Monatsbericht Oktober 2021. Frankfurt: Deutsche
    Bundesbank.``)."""
    if not (title and authors and publisher):
        return False
    author, issuer = (
        " ".join(n.strip(" .,*_").split()).casefold() for n in (authors[0], publisher)
    )
    return (
        author == issuer
        and " " in author
        and "," not in author
        and _PERIODIC_WORD.search(title) is not None
    )


# A development bank, a monetary fund or an intergovernmental organisation of economic
# co-operation: the bodies whose own publications are their reports and studies ("World
# Bank", "Asian Development Bank", "International Monetary Fund", "United Nations
# Development Programme", "Organisation for Economic Co-operation and Development")
_DEVELOPMENT_BODY = lazy_compile(
    r"^(?:The\s)?(?:[A-Z][\w'’-]*\s){0,4}(?:Bank|Monetary\sFund|Development\sProgramme"
    r"|Organi[sz]ation\sfor\sEconomic\sCo-?operation\sand\sDevelopment"
    # (the United Nations' programmes and funds: "World Food Programme", "United Nations
    # Environment Programme", "United Nations Children's Fund", "United Nations Population
    # Fund"; the Food and Agriculture Organization)
    r"|Programme|(?:Children['’]s|Population|Development|Agricultural\sDevelopment)\sFund"
    r"|Food\sand\sAgriculture\sOrgani[sz]ation(?:\sof\sthe\sUnited\sNations)?)"
    r"(?:\sGroup)?$"
)
# the intergovernmental organisations of the United Nations system and its kin by their
# initials, as a joint publication lists them ("FAO, IFAD, UNICEF, WFP and WHO")
_INTERGOVERNMENTAL = frozenset(
    {
        "FAO", "IFAD", "UNICEF", "WFP", "WHO", "UNDP", "UNEP", "UNESCO", "UNHCR", "UNFPA",
        "UNCTAD", "UNIDO", "UNODC", "UNAIDS", "UN-Habitat", "UN Women", "ILO", "IMF", "OECD",
        "WMO", "IAEA", "ITU", "IOM", "WTO", "UNU", "IFPRI", "CGIAR", "World Bank",
    }
)  # fmt: skip


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def development_institution_work(authors: tuple[str, ...], publisher: str | None) -> bool:
    """A development bank, a monetary fund or an intergovernmental organisation is the
    author and publishes the work itself (``World Bank. Title. Washington, DC: World
    Bank, 2020.``; ``Asian Development Bank. Title. Manila: ADB, 2023.``, the publisher
    its initials): its report."""
    if not (authors and publisher):
        return False
    author = " ".join(authors[0].strip(" .,*_").split())
    issuer = " ".join(publisher.strip(" .,*_").split())
    if _joint_issue(authors, issuer):
        return True
    return _DEVELOPMENT_BODY.match(author) is not None and (
        issuer.casefold() == author.casefold() or issuer == _initials(author)
    )


def _joint_issue(authors: tuple[str, ...], issuer: str) -> bool:
    """Do intergovernmental organisations author a work together, one of them its
    publisher (``FAO, IFAD, UNICEF, WFP and WHO … Rome: FAO``, the list as one name or
    each its own)?"""
    members = [
        m.strip(" .,*_")
        for author in authors
        for m in re.split(r",\s|\s(?:and|&)\s", " ".join(author.split()))
        if m.strip(" .,*_")
    ]
    return (
        len(members) >= 2  # noqa: PLR2004 (a joint publication: two bodies at least)
        and all(m in _INTERGOVERNMENTAL for m in members)
        and issuer in members
    )


# a bank of a state, as its name says: "Reserve Bank of India", "Banco Central de Reserva
# del Perú", "Banque de France", Nepali and Hindi "बैंक" ("नेपाल राष्ट्र बैंक")
_STATE_BANK = lazy_compile(r"\b(?:Bank|Banco|Banque)\b|(?<!\w)(?:बैंक|बैङ्क)(?!\w)")
# the place before the publisher: "Kathmandu: ", "काठमाडौं: "
_PLACE = lazy_compile(r"^[^:;,.]{1,40}:\s")


# NLM's medium designator ("[Internet]", as other languages' lists write it too): a page
# of the body's site (:func:`bibcheck.parse.references.vancouver.organisation_page`)
ONLINE_MEDIUM = lazy_compile(r"\[(?:Internet|Online|en\slínea|em\slinha|en\sligne|on-line)\]", re.I)


def online_medium(text: str) -> bool:
    """Does ``text`` designate its work an online one (``Title [Internet].``)?"""
    return ONLINE_MEDIUM.search(text) is not None


def self_issued(authors: tuple[str, ...], publisher: str | None) -> bool:
    """A public body (a ministry, an agency, an authority: :data:`_PUBLIC_BODY`) or a bank
    is the author and issues the work itself: the publisher (its place before it left
    out) is its name, its initials, or its name and one of its units (``Autoridad
    Nacional del Agua. (2015). Title. ANA.``; ``नेपाल राष्ट्र बैंक. (२०७८). Title.
    काठमाडौं: नेपाल राष्ट्र बैंक, अनुसन्धान विभाग.``): its report.  (A learned society's
    or an association's own book, ``American Psychiatric Association. (2013). Title (5th
    ed.). American Psychiatric Association.``, is no public body's.)"""
    if len(authors) != 1 or not publisher:
        return False
    author = " ".join(authors[0].strip(" .,*_").split())
    issuer = _PLACE.sub("", " ".join(publisher.strip(" .,*_").split()))
    if _own_research_unit(author, issuer):
        return True
    if (
        _PUBLIC_BODY.search(author) is None
        and _STATE_BANK.search(author) is None
        and _CJK_PUBLIC_BODY.fullmatch(author) is None
    ):
        return False
    return (
        issuer.casefold() == author.casefold()
        or issuer.casefold().startswith(author.casefold() + ",")
        or (len(issuer) > 1 and issuer == _initials(author))
    )


def government_issued(authors: tuple[str, ...], publisher: str | None) -> bool:
    """A public body is the author and a ministry, the body's government department,
    publishes the work (``Inspectie Justitie en Veiligheid. (2021). Title. Ministerie van
    Justitie en Veiligheid.``, ``Inspection générale … (2019). Titre. Ministère de
    l'Intérieur.``): the government issues its body's work, its report."""
    if len(authors) != 1 or not publisher:
        return False
    author = " ".join(authors[0].strip(" .,*_").split())
    issuer = _PLACE.sub("", " ".join(publisher.strip(" .,*_").split()))
    return (
        _PUBLIC_BODY.search(author) is not None
        and _MINISTRY.search(issuer) is not None
        and author.casefold() != issuer.casefold()
    )


# a ministry or government department by the word it names itself with
_MINISTRY = lazy_compile(
    r"^(?:Federal\s|Bundes)?(?:Ministry|Ministère|Ministerio|Ministério|Ministero|Ministerie"
    r"|Ministerstwo|Ministerium|Department\s(?:of|for)|Departement|Министерство)\b"
    r"|^\w*ministerium\b",
    re.IGNORECASE,
)


# A public body named in Korean, Japanese or Chinese, by the word its name ends with (no
# capitals, no spaces to go by): a commission or committee (위원회, 委員会, 委员会), an
# agency (청, 庁), a ministry (부, 처, 省, 部), a bureau (局, 署) -- "중앙선거관리위원회",
# "통계청", "보건복지부", "総務省統計局", "国家统计局"
_CJK_PUBLIC_BODY = lazy_compile(
    r"[\uac00-\ud7a3]{1,20}(?:위원회|청|부|처)|[\u3040-\u30ff\u4e00-\u9fff]{1,20}"
    r"(?:委員会|委员会|庁|省|部|局|署)"
)
# a research unit's name after its body's: "한국갤럽조사연구소" after "한국갤럽", "Gallup
# Korea Research Institute" after "Gallup Korea", "…研究所"
_RESEARCH_UNIT = lazy_compile(
    r"(?:조사)?(?:연구소|연구원)|研究所|研究院|研究中心|\s(?:Research\s)?(?:Institute|Centre|Center)"
    r"|\s(?:Forschungs)?[Ii]nstitut",
)


def _own_research_unit(author: str, issuer: str) -> bool:
    """Is ``issuer`` the research unit of the body ``author``, named after it (``한국갤럽.
    … 한국갤럽조사연구소.``, ``Gallup Korea. … Gallup Korea Research Institute.``): a
    polling firm's or a company's release, which its institute issues -- its report?"""
    if not author or not issuer.casefold().startswith(author.casefold()):
        return False
    return _RESEARCH_UNIT.fullmatch(issuer[len(author) :]) is not None


# The report word of a script with no capitals to mark a body's series, anywhere in a
# book-shaped work (the title or the series it is numbered in): Hebrew "דו"ח" / "דוח",
# Arabic "تقرير", Persian "گزارش", Pashto "راپور", Hindi, Marathi and Nepali "प्रतिवेदन",
# "अहवाल", "रिपोर्ट", Bengali "প্রতিবেদন", Gujarati "અહેવાલ", Tamil "அறிக்கை", Kannada "ವರದಿ",
# Telugu "నివేదిక", Sinhala "වාර්තාව" ("_דו"ח המכון הגיאופיזי_ 550/122/02", "تقرير فني رقم
# 4", "… ජනාධිපති කාරක සභා වාර්තාව") -- a word of
# its own; in the scripts that write no space between words, Lao "ບົດລາຍງານ", Thai
# "รายงาน", Khmer "របាយការណ៍", Burmese "အစီရင်ခံစာ", Chinese "报告" / "報告" (Japanese
# "報告書"), and Korean "보고서" (its particles joined to it), inside a longer run of
# letters ("ບົດລາຍງານປະຈຳປີ 2022", an annual report; "年度报告")
_SCRIPT_REPORT = lazy_compile(
    r"(?<![^\W_])(?<![\"״׳'])(?:דו[\"״]ח|דוח|تقرير|گزارش|راپور|प्रतिवेदन|अहवाल|रिपोर्ट"
    r"|প্রতিবেদন|અહેવાલ|அறிக்கை|ವರದಿ|నివేదిక|වාර්තාව)"
    r"(?![^\W_])(?![\"״׳'])"
    r"|ບົດລາຍງານ|รายงาน|របាយការណ៍|အစီရင်ခံစာ|报告|報告|보고서"
    # (a body's press release, as statistics offices issue their results: Korean "보도자료",
    # Japanese "報道発表資料", "プレスリリース", Chinese "新闻稿", "新聞稿"; another body's
    # is its web page after all, :mod:`.news_page`)
    r"|보도자료|報道発表|プレスリリース|新闻稿|新聞稿"
)


def script_report(text: str) -> bool:
    """``text`` holds the report word of a script with no capitals (``_דו"ח המכון …_``)."""
    return _SCRIPT_REPORT.search(text) is not None


# A body's opinion, as the element after the title names it: French "Avis de la commission
# de la transparence", "Opinion of the Scientific Committee", German "Stellungnahme der
# Zentralen Ethikkommission", Spanish "Dictamen del Comité …", Italian "Parere del Comitato
# …", Dutch "Advies van de Gezondheidsraad", Swedish "Yttrande från nämnden": a committee,
# commission, council, board, authority or panel issued it
_BODY_OPINION = (
    r"(?:Avis|Opinion|Scientific\sOpinion|Stellungnahme|Dictamen|Parere|Parecer|Advies"
    r"|Yttrande|Udtalelse|Uttalelse)\s(?:of|from|by|de|du|des|der|del|della|dello|da|do|van"
    r"|från|fra)\s(?:(?:the|la|le|l['’]|el|il|lo|de|die)\s?)?(?:[\w'’-]+\s){0,3}?"
    r"\w*(?:Commission|Committee|Comité|Conseil|Council|Board|Authority|Autorité|Agency"
    r"|Agence|Panel|Kommission|Ausschuss|Rat|Rates|Comisión|Commissione|Comitato|Comissão"
    r"|Commissie|Raad|Gezondheidsraad|Nämnden|Nämnd|Rådet|Udvalg|Utvalg)\b"
)
_OPINION_SENTENCE = lazy_compile(_BODY_OPINION, re.IGNORECASE)

# What a report calls itself after its title, as a sentence or an element of its own:
# "Title. Technical report, IBM Ltd., Ottawa, 1966.", "Title. Tech. Rep. TR-2019-04, …",
# "Title. Research Report RJ 1234, …", "Title. White paper, …", "Title, Technical memorandum"
_DESIGNATED = lazy_compile(
    r"(?:^|[.,;]\s)(?:Tech(?:nical|\.)\s(?:Rep(?:ort|\.)|Memo(?:randum|\.)?|Note|Guide)"
    # an organisation's own, numbered or not: "internal report TR-2023-11", "Internal memo"
    r"|Internal\s(?:Report|Memo(?:randum)?|Technical\sNote)"
    r"|Research\sReport|White\sPaper|Working\sPaper|Discussion\sPaper"
    # ... in the other languages the lists cite reports in: a technical, research or final
    # report ("Technická zpráva TZ-2025-07", "Výzkumná zpráva", "Forschungsbericht Nr. 12",
    # "Rapport technique", "Informe final", "Tekninen raportti")
    rf"|{_KINDED_REPORT}"
    # a parliamentary committee's: "Fourth Report of Session 2021–22", "First Special Report
    # of Session 2019", "3rd Report of Session 2017–19"
    r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
    r"|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth"
    r"|\d{1,2}(?:st|nd|rd|th))\s(?:Special\s)?Report\sof\sSession"
    # a report of a body, as the element after the title says it: "Report of a working
    # party", "Updated report from …", Swedish "Uppdaterad rapport från en arbetsgrupp",
    # Norwegian and Danish "Rapport fra en ekspertgruppe", Dutch "Rapport van de commissie",
    # French "Rapport du groupe de travail", German "Bericht der Arbeitsgruppe"
    r"|(?:(?:Updated|Final|Interim|Revised|Uppdaterad|Reviderad|Slutlig|Oppdatert|Endelig"
    r"|Opdateret|Herziene|Eind|Aktualisierter|Abschlie(?:ß|ss)ender)\s)?"
    r"(?:Report\s(?:of|from|by|to)|Rapport\s(?:från|av|till|fra|til|van|aan|du|de\sla|des|de|au)"
    r"|Bericht\s(?:der|des|von|an))(?=\s\w)"
    rf"|{_BODY_OPINION}"
    r")(?=[\s,.;]|$)",
    re.IGNORECASE,
)


def designates_report(sentence: str) -> bool:
    """The sentence (an element after a title) calls the work a report: ``Technical
    report``, ``Technická zpráva TZ-2025-07``, ``Forschungsbericht 12``: no part of the
    title."""
    return _DESIGNATED.match(sentence.strip()) is not None


def body_opinion(sentence: str) -> bool:
    """The sentence names the work an opinion of a body (``Avis de la commission de la
    transparence``, ``Opinion of the Scientific Committee``): what the work is, after its
    title, and no part of the title."""
    return _OPINION_SENTENCE.match(sentence.strip()) is not None


# an Internet standard's number in its series after the title, in parentheses as ABNT and
# APA write a series: "Title. [S. l.]: IETF, 2022. (RFC 9111).", "Title, RFC 8446"
_INTERNET_STANDARD = lazy_compile(r"(?:^|[.,;]\s)\(?(?:RFC|BCP|STD|FYI)\s?\d{1,5}\)?(?=[\s,.;]|$)")


def internet_standard(text: str, title: str | None) -> bool:
    """After its title, the work names its number in the IETF's series (``(RFC 9111)``):
    an RFC, a report (tests/corpus/README.md, last section)."""
    flat = " ".join(text.split())
    at = flat.find(" ".join(title.split())) if title else -1
    after = flat[at + len(" ".join(title.split())) :] if title and at >= 0 else flat
    return _INTERNET_STANDARD.search(after) is not None


def designated_report(text: str, title: str | None) -> bool:
    """After its title (all of ``text`` when the title is not found in it), the work
    calls itself a report: ``Technical report``, ``Tech. Rep.``, ``Research Report``,
    ``White paper`` ... opening a sentence or an element."""
    flat = " ".join(text.split())
    at = flat.find(" ".join(title.split())) if title else -1
    after = flat[at + len(" ".join(title.split())) :] if title and at >= 0 else flat
    return _DESIGNATED.search(after) is not None


# A periodical publication's year, as its title names it: "Adopted Budget, Fiscal Year 2017",
# "FY2023 Budget in Brief", "Annual Comprehensive Financial Report 2025", "Statistical
# Yearbook for 2019", "2022 Housing Survey" -- one year, no range ("2021–22", "2019/20")
_PERIODICAL = (
    r"(?:Report|Budget|Accounts|Statistics|Yearbook|Year\sBook|Survey|Estimates|Census"
    r"|Forecast|Outlook|Almanac|Digest|Bulletin|Review|Plan|Statement|Returns?"
    # a report in the Indic languages: Marathi and Gujarati "अहवाल" / "અહેવાલ", Hindi and
    # Nepali "प्रतिवेदन" / "रिपोर्ट", Bengali "প্রতিবেদন", Tamil "அறிக்கை", Kannada "ವರದಿ",
    # Telugu "నివేదిక"
    r"|अहवाल|અહેવાલ|प्रतिवेदन|रिपोर्ट|প্রতিবেদন|அறிக்கை|ವರದಿ|నివేదిక)"
)
_YEAR = r"(?<![\d/–-])((?:1[6-9]|20)\d\d)(?![\d/–-]|\sto\s\d)"
_PERIOD_YEAR = lazy_compile(
    rf"\b(?:Fiscal\sYear|Financial\sYear|FY)\s?{_YEAR}"
    rf"|\b{_PERIODICAL}(?:,?\s(?:for|of)\s(?:the\s(?:Year|Period)\s)?|,?\s){_YEAR}"
    rf"|(?<!\w){_YEAR}\s(?:[A-Z][\w-]*\s){{0,3}}{_PERIODICAL}\b"
)
_ANY_YEAR = lazy_compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def period_year(title: str | None) -> str | None:
    """The year a title names its periodical publication by (``Adopted Budget, Fiscal Year
    2017``, ``Annual Comprehensive Financial Report 2025``), the title's only year, or
    None: a report or budget cited with no date of its own is that year's."""
    if not title:
        return None
    title = ascii_digits(title)  # ("वार्षिक अहवाल, १९१२": a year in Devanagari digits)
    m = _PERIOD_YEAR.search(title)
    if m is None or len(set(_ANY_YEAR.findall(title))) != 1:
        return None
    return next(g for g in m.groups() if g)


# The head noun of an evaluation report -- the study an agency, a fund, a programme or an
# NGO commissions of a programme or a situation: an assessment, an evaluation, an appraisal,
# a baseline study, a situation analysis, a mid-term or final review -- in the languages
# cited: English; Albanian ("vlerësim", "studim bazë", "analizë e situatës"); Welsh
# ("gwerthusiad", "asesiad", "arolwg" of something); Irish ("measúnú", "meastóireacht");
# French ("évaluation", "étude de référence", "analyse de situation"); Spanish, Catalan,
# Portuguese, Italian, Romanian ("evaluación", "línea de base", "avaluació", "avaliação",
# "valutazione", "evaluare"); German and Dutch ("Evaluation", "Evaluierung",
# "Zwischenevaluation", "evaluatie", "nulmeting"); Nordic and Finnish ("utvärdering",
# "evaluering", "arviointi"); Slavic ("ewaluacja", "evaluace", "evaluacija").  Not a survey
# (a statistical series, "Labour Force Survey", "Encuesta de población activa"), a guide,
# an inventory ("état des lieux") or a diagnosis: those are books too.
_EVALUATION_NOUN = (
    r"(?:assessment|evaluation|appraisal|baseline\s(?:study|survey|assessment)"
    r"|situation(?:al)?\sanalysis|(?:mid-?term|final|end-?(?:of-)?term|end-?line)\sreview"
    r"|vlerësim(?:i|it|et)?|studim(?:i)?\sbaz[ëe]|analiz[ëa]\se\ssituat[ëe]s"
    r"|gwerthusiad|asesiad|arolwg(?=\so[\s'’])|measúnú|meastóireacht"
    r"|évaluation|étude\sde\sréférence|analyse\s(?:de\s(?:la\s)?situation|situationnelle)"
    r"|evaluaci[óo]n|avaluaci[óo]|(?:estudio\sde\s)?l[íi]nea\s(?:de\s)?base"
    r"|an[áa]lisis\s(?:de\s(?:la\s)?situaci[óo]n|situacional)"
    r"|avalia[çc][ãa]o|linha\sde\sbase|an[áa]lise\s(?:de\ssitua[çc][ãa]o|situacional)"
    r"|valutazione|evaluare(?:a)?"
    r"|(?:zwischen|abschluss|halbzeit|wirkungs)?(?:evaluation|evaluierung)|situationsanalyse"
    r"|(?:tussen|eind)?evaluatie|nulmeting"
    r"|utvärdering|evaluering|(?:väli|loppu)?arviointi"
    r"|ewaluacja|evaluace|evaluacija)"
)
# the article before it ("an evaluation", "një vlerësim", "une évaluation") and at most two
# words qualifying it ("a rapid needs assessment", "independent evaluation")
_EVALUATION_ARTICLE = r"(?:(?:an?|the|një|une?|una|uma?|eine?|een|yr?|la|el|a)\s)?"
_EVALUATION_QUALIFIER = (
    r"(?:(?:rapid|needs|joint|independent|external|participatory|comprehensive|thematic"
    r"|country|national|final|interim|impact|process|programme|program|project|strategic"
    r"|ex-?post|ex-?ante|formative|summative|mid-?term)\s){0,2}"
)
# what it is of, after it: a linking word (English "of", "for"; Welsh "o"; Albanian "i",
# "e", "të", "mbi"; French "du", "de", "des", "d'"; Spanish, Catalan, Portuguese, Italian
# "del", "de", "da", "do", "dos", "das", "di", "della", "dei"; German "der", "des", "von",
# "zur", "zum"; Dutch "van"; Nordic "av", "af"; Welsh "o'r", French "d'un")
_EVALUATION_OF = (
    r"\s(?:(?:of|for|o|i|e|të|mbi|du|de|des|del|da|do|dos|das|di|della|dello|dei|delle"
    r"|der|von|zur|zum|van|av|af)\s|[do]['’])"
)
# ... opening the title with what it is of ("Evaluation of the youth guarantee", "Arolwg o
# gorau Cymru", "Évaluation du programme …"), or opening its subtitle, alone or with what it
# is of ("…: vlerësim i zbatimit …", "…: a situation analysis")
_EVALUATION_TITLE = lazy_compile(
    rf"^{_EVALUATION_ARTICLE}{_EVALUATION_QUALIFIER}{_EVALUATION_NOUN}{_EVALUATION_OF}"
    rf"|[:–—]\s{_EVALUATION_ARTICLE}{_EVALUATION_QUALIFIER}{_EVALUATION_NOUN}"
    rf"(?:{_EVALUATION_OF}|$)",
    re.IGNORECASE,
)


def evaluation_title(title: str | None) -> bool:
    """Does ``title``'s head noun name an evaluation report (:data:`_EVALUATION_NOUN`),
    opening the title with what it is of (``Evaluation of the rural water programme``,
    ``Gwerthusiad o'r cynllun …``, ``Évaluation du dispositif …``) or opening its subtitle
    (``Uji në fshat: vlerësim i nevojave``, ``Water in the valley: a rapid needs
    assessment``)?  What an agency, a fund or an NGO issues so is its report
    (:mod:`.evaluation_report`); a person's book so titled stays a book."""
    if not title:
        return False
    return _EVALUATION_TITLE.search(" ".join(title.split()).strip(" .,*_")) is not None
