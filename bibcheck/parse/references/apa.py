"""APA 7 references: ``Author, A. A., & Author, B. (2020). Title. Container, 3(2), 1–10.``

The year in parentheses followed by a period is APA's mark; Harvard writes
the same parenthesised year without the period (see :mod:`.harvard`).
Articles have ``Journal, volume(issue), pages``; chapters ``In E. Editor
(Ed.), Book (pp. 1–10). Publisher``; books and web pages a publisher or site
name after the title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import (
    book_part,
    last_natural,
    product_code,
    quoted_opening,
    series_part,
    signature_holding,
)
from bibcheck.parse.references.apa_corporate import acronym_organisation, organisation_author
from bibcheck.parse.references.apa_series import series_then_publisher
from bibcheck.parse.references.brahmic_initials import inverted_people
from bibcheck.parse.references.generic import bodies, split_sentences
from bibcheck.parse.references.initials_first import initials_first_people
from bibcheck.parse.references.mixed_order import inverted_then_natural
from bibcheck.parse.references.namelist import natural_list, surname_list
from bibcheck.parse.references.patterns import (
    DATE_BEFORE_YEAR,
    EDITORS_MARK,
    IN_COLON,
    INITIALS,
    SCRIPT_PAGE_WORD,
    SURNAME,
    U,
)
from bibcheck.parse.references.script_names import joined_people
from bibcheck.parse.references.semicolon_names import joined_family, semicolon_people
from bibcheck.parse.references.shared import (
    Fields,
    pages,
    place_publisher,
    strip_edition,
    title_sentences,
    year_of,
)
from bibcheck.parse.references.vancouver_dotted import dotted_list

_SHAPE = lazy_compile(
    # (no quoted or emphasised title among the names: "Liu et al. “Title?” arXiv preprint
    # (2021)." has its year at the end, which is not APA's shape)
    # (a multi-volume work's years: "(1996–1998).")
    rf"^(?P<authors>[^“”„«»\"*]+?)\s?\((?P<before>{DATE_BEFORE_YEAR})?"
    # (no date: English "n.d.", French "s. d.", Spanish "s. f.", German "o. J.")
    r"(?P<year>\d{4}[–-]\d{4}|\d{4}[a-z]?|n\.\s?d\.|s\.\s?[df]\.|o\.\s?J\.|[\dOoОо?–-]{3,6})"
    # (the day after a comma, "(2022, March 10)", "(2022, 3월 10일)"; or in Japanese and
    # Chinese after the year's own character, "(2022年3月10日)")
    r"(?P<day>,\s?[^)]*|年(?:\d{1,2}月(?:\d{1,2}日)?)?)?\)\.(?:\s+(?P<after>.*))?$"
)
_YEARS = lazy_compile(r"\d{4}[–-]\d{4}")
# a year standing alone between full stops after the names ("Smith, John. 1990. Title"):
# the head of an author-date entry, never part of APA's names
_DATED_HEAD = lazy_compile(r"[^\W\d_]\.\s(?:1[5-9]|20)\d\d[a-z]?\.\s")
# APA's names end with an initial or the editors' mark: "Doe, J. A.", "Doe, J. (Ed.)."
_NAMES_END = lazy_compile(r"(?:\b[A-Z]\.|\(Eds?\.\)\.?)$")
# "Smith, J. A.", and after it, as economics journals write the other names, "M. S. Martínez
# Pería" ("Beck, T., M. Janfils and K. Kpodar (2022).")
# A family name of several words is one name: "Radin Firdaus, R. B.", "García Márquez, G."
_PERSON = lazy_compile(
    rf"(?<![\w'’-])(?:{SURNAME}\s){{0,2}}{SURNAME},\s{INITIALS}|(?<=\s)(?<!,\s[A-Z]\.\s){INITIALS}\s?{SURNAME}(?:\s{SURNAME})?"
)
# Surnames with initials after them and no comma between, as the Springer and Vancouver
# styles write them: "Rossi M, Bianchi L", "Smith JA, Doe B"
_COMPACT = lazy_compile(rf"{SURNAME}\s[{U}]{{1,3}}(?![\w'’])")
_COMPACT_LIST = lazy_compile(
    rf"(?P<people>{SURNAME}\s[{U}]{{1,3}}(?:(?:,\s|,?\s(?:and|&)\s){SURNAME}\s[{U}]{{1,3}}){{0,30}})"
    r"(?:,?\set\sal\.?)?"
)
# (the volume and its issue may follow the journal with no comma, as Wikipedia's citation
# templates write them: "Journal of X 91 (4–5): 1–337", "*Journal of X* 91 (4–5).", or as
# the physics and older AMS lists write an abbreviated journal: "J. Phys. Soc. Jpn. 70, 34–40",
# never a report's or a series' number, "Tech. Rep. No. 12, 34")
_JOURNAL = lazy_compile(
    r"^(?P<journal>[^,]+?)(?:,\s|\s(?=\d+\s?\(\d)|(?<=[^\W\d_]\.)(?<!\b[Nn]o\.)(?<!\b[Vv]ol\.)(?<!\bNr\.)(?<!\bBd\.)"
    r"\s(?=\d{1,5},\s[A-Za-z]{0,3}\d))"
    r"(?P<vol>\d+)(?!\d)"
    # (not a book's extent: "Besançon : Publisher, 48 p.", "Publisher, 304 pp.")
    r"(?!\s(?:pp?|S|s|págs?|pages)\.?(?:\s|,|$))(?:\s?\((?P<iss>[^)]+)\))?"
    r"(?:(?:,|:)\s(?P<pages>[\w–—-]+))?"
)
# the journal in italics may hold commas: "*Agriculture, Ecosystems & Environment*, *236*"
_MARKED_JOURNAL = lazy_compile(
    r"^\*(?P<journal>[^*]+?)\*(?:,\s|\s(?=\d+\s?\(\d))\*?(?P<vol>\d+)\*?"
    r"(?:\s?\((?P<iss>[^)]+)\))?(?:,\s(?P<pages>[\w–—-]+))?"
)
# ... or the pages alone after the italic container (a paper in proceedings)
_PAGES_ONLY = lazy_compile(
    r"^\*(?P<journal>[^*]+?)\*,\s(?P<pages>\d++[–—-]\d+)\.?\s*(?:$|https?://)"
)
# the whole remainder an italic journal, with no volume (in press, or online first): its
# DOI or URL may follow, after "Advance online publication."
_ITALIC_VENUE = lazy_compile(
    r"^\*(?P<journal>[^*]{2,200}?)\*\.?"
    r"(?:\sAdvance\sonline\spublication\.?)?(?:\s(?:https?://\S+|doi:\s?\S+))?\s*$"
)
# ("In", or the word of the entry's language with its colon: "Në: Y. Dilek & S. Newcomb
# (red.), Book", "W: A. Nowak (red.), Book", "En: J. Pérez (Ed.), Book")
# APA's translations write the word with no colon as English does: Spanish and Catalan "En",
# Portuguese "Em", French "Dans" ("En J. Pérez (Ed.), Libro (pp. 85-101). Editorial."). A
# remainder may open with such a word of the title's language too ("En busca de …"), so
# without a colon it is a chapter's only when editors or a page range follow.
# (Icelandic "Í" so too: "Í Jón Jónsson (ritstj.), *Bók* (bls. 227–288)."; and Norwegian,
# Danish and Swedish "I": "I E. Nilsen (Red.), *Bok* (s. 14–18).")
# A Scandinavian "I" before a capitalised work and its publisher is a chapter's too, as an
# entry of a reference work is written ("I Store norske leksikon. Kunnskapsforlaget."): a
# title those languages write in sentence case goes on in small letters ("I skuggan av …")
# (Catalan ISO 690's "A:", its "In:": "A: George, David (ed.). Llibre. Lloc: Editor, p.
# 103–128."; a capital "A" with a colon opens no title's sentence so, yet a series' "A:" may
# ("Sèrie A: …"), so only before editors or a closing page range)
_LOCAL_IN = (
    rf"(?:A:\s(?=[^()]*{EDITORS_MARK}|.*[,.]\sp\.\s?\d+\s?[–-]\s?\d+\.?\s*$)"
    rf"|(?:En|Em|Dans|Í|I)\s(?=[^()]*(?:{EDITORS_MARK}|\((?:pp?|págs?|S|s|bls)\.\s?\d))"
    r"|I\s(?=[A-ZÅÄÖÆØ][^\s.()]+(?:\s[^.()]{1,120})?\.\s[A-ZÅÄÖÆØ]))"
)
_CHAPTER = lazy_compile(
    rf"^(?:In\s|{IN_COLON}|{_LOCAL_IN})(?:(?P<editors>.+?)\s{EDITORS_MARK},\s)?(?P<book>.+?)"
    r"(?:\s\((?:[^)]*?)(?<!\w)(?:pp?|págs?|S|s|bls)\.\s?(?P<pages>[^)]+)\))?\.\s?(?P<publisher>[^.]*)",
)

# Turkish APA writes "in" after the book ("içinde"), the editors before it as APA does, no
# word before them: "A. Ay (Ed.), Kitabın adı içinde (ss. 45–60). Yayınevi." (pages "ss."
# or "s."); the editors may be left out ("Kitabın adı içinde (s. 3–9). Yayınevi.")
_POSTPOSED_CHAPTER = lazy_compile(
    rf"^(?:(?P<editors>[^()]{{1,300}}?)\s{EDITORS_MARK},\s)?(?P<book>[^()]{{2,300}}?)"
    r"\s(?:içinde|içerisinde|içində)"
    r"(?:\s\((?:[^)]*?)(?<!\w)(?:ss?|pp?)\.\s?(?P<pages>[^)]+)\))?\.\s?(?P<publisher>[^.]*)",
)

# The chapter in languages that write no "In" before the book (Kannada, Telugu, Tamil,
# Malayalam, Sinhala: the postposition is left out or glued to the book's name): the book's
# editors and their mark, the book, and the chapter's pages in parentheses, both required
# (a plain sentence names no editors and pages so): "ಎಸ್. ಎನ್. ಜೋಶಿ (ಸಂ.), ಕೃತಿ (ಪುಟ 88–104).
# ಬೆಂಗಳೂರು: ಪ್ರಕಾಶಕ.", "ஆ. இரா. வேங்கடாசலபதி (பதி.), நூல் (பக். 12–30). சென்னை: …",
# "A. Perera (සංස්.), Book (පි. 5–9). …"
_CHAPTER_PAGE_WORD = rf"(?:pp?|págs?|S|ss?|bls|{SCRIPT_PAGE_WORD})"
_UNMARKED_CHAPTER = lazy_compile(
    rf"^(?P<editors>[^()]{{1,300}}?)\s{EDITORS_MARK},\s(?P<book>[^()]{{2,300}}?)"
    rf"\s\({_CHAPTER_PAGE_WORD}\.?\s?(?P<pages>\d[^)]{{0,40}})\)\.\s?(?P<publisher>[^.]*)",
)
# A newspaper's article, dated to the day, its paper and page after the title: "Rao, G. (2017,
# February 13). Title. The Hindu, p. 1.", "ರಾವ್, ಗಿ. (2017, ಫೆಬ್ರವರಿ 13). ಶೀರ್ಷಿಕೆ. ಪ್ರಜಾವಾಣಿ, ಪು.
# 1.", "… दैनिक जागरण, पृ. 7." (the page word required: a book's publisher has none)
_PAPER_PAGE = lazy_compile(
    rf"^(?P<paper>[^,.()]{{2,100}}?),\s(?:pp?|S|s|{SCRIPT_PAGE_WORD})\.?\s?"
    r"(?P<pages>[A-Z]?\d{1,4}(?:\s?[–-]\s?[A-Z]?\d{1,4})?)\.?(?:\s+https?://\S+)?\s*$"
)

# APA's editors' mark closing the names that head an entry: "Doe, J. (Ed.)."
_EDITED_HEAD = lazy_compile(r"\s\(Eds?\.\)\.?$")


def authors(text: str) -> tuple[str, ...]:
    """Personal ``Smith, J. A.`` names, else one corporate author."""
    text = re.sub(r"\s\(Eds?\.\)", "", text).strip()
    # ("Pujolar, Joan; Gonzàlez, Isaac", "Vila i Moreno, F. Xavier")
    inverted = semicolon_people(text) or joined_family(text)
    if inverted is not None:
        return inverted
    listed = natural_list(text)
    if listed is not None:  # "Kari Nordmann, Ola Hansen og Per Berg"
        return listed
    initials_first = initials_first_people(text)
    if initials_first is not None:  # "L. M. Adleman", "J. Choi, J. Sellen, and C.-K. Yap"
        return initials_first
    people = tuple(m.group(0).strip() for m in _PERSON.finditer(text))
    if people:  # ("De Vries, M. & L.A. te Winkel": the last name initials first)
        return last_natural.with_last_natural(text, people)
    surnames = surname_list(text)
    if surnames is not None:  # "Goschler/Böick (2017)", "Smith and Jones (2017)"
        return surnames
    compact = _COMPACT_LIST.fullmatch(text)
    if compact is not None:  # "Rossi M, Bianchi L", "Smith JA, Doe B and Lee K"
        return tuple(m.group(0) for m in _COMPACT.finditer(compact.group("people")))
    dotted = dotted_list(text)
    if dotted is not None:  # "Smith J., Jones K. and Brown L.", "Smith J.A. & Jones K.B."
        return dotted
    joined = joined_people(text)
    if joined is not None:  # "강현화·이미혜·김선정", "علیزاده، حسین و نوری، مریم"
        return joined
    brahmic = inverted_people(text)
    if brahmic is not None:  # "ਬਰਾੜ, ਗ., & ਮਾਨ, ਰ.", "शर्मा, र. क., & वर्मा, स."
        return brahmic
    mixed = inverted_then_natural(text)
    if mixed is not None:  # "Chan, Kam Wing and Zhang Li (1999)"
        return mixed
    corporate = text.strip(" .,")
    # ("Ministry of Health and Institute of Public Health. (2020).": two bodies)
    return bodies(corporate) if corporate else ()


_DESCRIPTION = lazy_compile(r"\s\[[^\[\]]{2,60}\]$")
_VERSION = lazy_compile(
    r"\s\((?:[^()\s]{1,20}\s){0,3}(?i:version|versjon|versionen|versione|versión|versão|versio|versie"
    # (Turkish "sürüm": "(Sürüm 2.0)", "(R paketi sürüm 2.0.76)")
    r"|wersja|verze|sürüm|sürümü|v\.)(?:\s[^()\s]{1,20}){0,2}\)$"
    # (the version by "v" and its number: "qtools (v2.3.1)")
    r"|\s\((?i:v)\d+(?:\.\d+)+(?:[-+.]?\w+)?\)$"
)
# a journal's volume and issue, or volume and pages, after the title: "29(1), 3–15", "12, 44–59"
_JOURNAL_NUMBERS = lazy_compile(r"\b\d+\s?\([^()]{1,12}\),\s?\S*\d|,\s?\d+,\s?\d+\s?[–-]\s?\d+")
# a release's version among the "names": "Smith, A. qtools. v2.3.1 (2021)." is no APA head
_RELEASE = lazy_compile(
    r"(?<![\w.])(?:v\.?|(?i:version|versione|versión|versão|versio|wersja|verze|release)\s)"
    r"\s?\d+(?:\.\d+)+\s?$"
)
_PINPOINT = lazy_compile(
    r",\s(?:pp?|s|S|ss|с|str|o|old|pág|pag)\.\s?(?P<pages>\d+(?:\s?[–-]\s?\d+)?)$"
)


# APA's report number in parentheses after the title, in the languages APA is written in:
# "(Technical Report No. 12)", "(Report No. NCES 2020-144)", "(Working Paper 2019-3)",
# "(Documento de trabajo N.º 45)", "(Rapport n° 12)", "(Arbeitspapier Nr. 7)",
# "(Texto para discussão nº 2631)"; not an edition or a volume ("(2nd ed.)", "(Vol. 2)")
_NUMBER_MARK = (
    r"(?:No\.|no\.|Nos?\.|N\.\s?º|N\.\s?°|Nº|N°|nº|n°|n\.\s?º|Nr\.|nr\.|Núm\.|núm\.|Num\."
    r"|№|Report|Paper|[Pp]apier|[Tt]rabajo|[Dd]iscussão|[Rr]apport)"
)
# (or a document code with no mark word, as an organisation numbers its reports:
# "(WHO/HEP/ECH/WSH/2021.1)", "(OECD-DEV-2019-04)", "(WHO/NUT/98.1)": capitals, a slash or
# two hyphens, and a serial number or year -- three digits or a dotted number -- so that a
# virus's or gene's name in the title ("(COVID-19)", "(SARS-CoV-2)", "(HIV-1/HIV-2)",
# "(BRCA1/BRCA2)") is not one; or a body and its series with spaces: "(NIST SP 800-53)",
# "(NCES 2020-144)"; or a United Nations document's symbol, its organ by one letter or more,
# then slashed groups closing with numbers: "(A/RES/70/1)", "(E/CN.4/1998/53)",
# "(S/RES/2334)", "(A/HRC/37/3)")
_DOCUMENT_CODE = (
    r"\((?P<code>(?=[^()]*(?:\d{3}|\d\.\d))(?:(?=[^()]*/|[^()]*-[^()]*-)[A-Z]{2,}[A-Z0-9]*"
    r"(?:[/-][A-Za-z0-9.]+){1,6}|[A-Z]{2,}\s(?:[A-Z]{1,5}\s)?\d{2,}[./-]\d[\w./-]*)"
    r"|[A-Z]{1,8}(?:/[A-Z][A-Za-z0-9.]{0,12}){1,4}(?:/\d{1,4}){1,3})\)"
)
_REPORT_NUMBER_TEXT = (
    rf"(?:\((?=[^()]*\d)(?:[^()]{{0,60}}?\s)?{_NUMBER_MARK}\s?(?:[A-Z]{{1,6}}\s)?"
    r"(?P<number>[\w./-]*\d[\w./-]*)\)"
    rf"|{_DOCUMENT_CODE})"
)
_EDITION_OR_VOLUME = lazy_compile(
    r"^\((?:[^()]{0,30}?\b(?:ed|Ed|éd|Aufl|edn|изд|Vol|vol|Vols|Bd|t|Tomo|Hrsg)\.[^()]{0,30})\)\.?\s*"
)
# APA's version or volume in parentheses after the title, its word written out, in English,
# German, Spanish, Italian, Portuguese and French: "(Version 2.1)", "(Versión 3.0)",
# "(versione 1.2)", "(Release 3.2)", "(Band 2)", "(Tome 3)", "(Tomo II)", "(Volume 4)"; a
# number follows the word (no title's parenthesis: "(Version française)", "(Band of Hope)")
_VERSION_OR_PART = lazy_compile(
    r"^\((?:(?i:version|versión|versione|versão|versie|release|révision|revisión)"
    r"\s(?=[^()\s]{0,12}\d)[^()\s]{1,16}"
    r"|(?:Band|Tome|Tomo|Volume|Volumen|Teil|Livre|Libro)\s(?:\d{1,4}|[IVXLC]{1,8}))\)\.?\s*"
)
# a parenthesised acronym or code after the title that is neither a report number (no
# mark word, no document code's slash or two hyphens) nor an edition or volume: a topic,
# "(COVID-19)", "(H1N1)", "(Long-COVID)" -- one word with a digit or a hyphen
# (and "(BRCA1/BRCA2)", "(HIV-1/HIV-2)": two such names)
_TOPIC = lazy_compile(
    r"^\((?=[^()\s]*[\d-])[A-Z][A-Za-z0-9-]{1,20}(?:/[A-Z][A-Za-z0-9-]{1,20}){0,3}\)"
    r"\.?\s*(?=\S)"
)
# APA 7's description of the form in brackets after the title ("[Data set]", "[Tentative
# list]", "[lista indicativa]", "[Fact sheet]") or an inventory record's identifier in
# parentheses, letters, a stop or colon and digits ("(IPA.00005903)", "(NMR:1045877)"): no
# publisher, which follows them if the work has one ("*Title* [Map]. Ordnance Survey.")
_DESCRIBED = lazy_compile(r"^(?:\[[^\[\]]{1,60}\]|\([A-Z]{2,8}[.:]\d{3,12}\))\.?\s*")
# the date a page was read, in the writer's language, where a publisher would stand: no
# publisher ("Retrieved March 2, 2025, from", "Consultado a 2 de março de 2025", "Consultado
# el 2 de marzo de 2025", "Consulté le 2 mars 2025", "Abgerufen am 2. März 2025",
# "Consultato il 2 marzo 2025", "Geraadpleegd op 2 maart 2025", "Hämtad 2025-03-02")
_ACCESSED = lazy_compile(
    r"(?:Retrieved|Accessed|Consultad[oa]|Consulté|Consultato|Abgerufen|Recuperado|Geraadpleegd"
    r"|Hämtad|Besøgt|Lest|Dostęp|Pobrano|Citováno|Haettu|Erişim)\b",
    re.IGNORECASE,
)
# APA's translator or editor of the text after the title, no part of it: "Title (J. Doe,
# Trans.). Publisher.", "*Title* (J. Doe, Ed. & Trans.).", "(J. Doe, Ed.; R. Roe, Trans.;
# Vols. 1–3)", a German, French or Spanish original's "(Übers.)", "(trad.)" (a chapter's
# "(R. Roe, Trans.; pp. 3–9)" keeps its pages); the editors in the writer's language:
# Norwegian, Danish, Swedish and Polish "(T. Berg & K. Dahl, Red.)", German "(Hg.)",
# French "(Éds.)"; the Scandinavian translator's and editor's marks, Swedish and Norwegian
# "(A. Berg & K. Dahl, övers.)", "(T. Holm, utg.; …)", Danish "(overs.)", "(udg.)"
_STATEMENT = lazy_compile(
    r"\s\((?=[^()]*\b(?:Trans|Transl|Eds?|Übers|Hrsg|[Tt]rad|Comp|Illus|Narr|[Rr]ed|Hg"
    r"|[ÉéEe]ds?|[Öö]vers|[Oo]vers|[Uu]tg|[Uu]dg)\.)"
    r"(?=[^()]*[A-Z]\.\s)(?![^()]*\bpp?\.\s?\d)[^()]{4,160}\)(?=\.(?:\s|$))"
)
_REPORT_NUMBER = lazy_compile(rf"^{_REPORT_NUMBER_TEXT}")
_REPORT_NUMBER_AT_END = lazy_compile(rf"\s{_REPORT_NUMBER_TEXT}$")
# a designation in parentheses after the title that numbers the work inside its series or
# host, no part of the title and no report number: an EFSA opinion's question ("(Question No
# EFSA-Q-2011-00876)"), a manual's or code's chapter ("(Chapter 3.1.13)", "(Kapitel 4.2)",
# "(Chapitre 2.3.1)", "(Capítulo 7)", "(Hoofdstuk 5)")
_DESIGNATION_AT_END = lazy_compile(
    r"\s\((?:Question\sNo\.?|Question\sNumber|Chapter|Chap\.|Kapitel|Chapitre|Capítulo"
    r"|Capitolo|Hoofdstuk|Luku)\s(?:[A-Z]{1,6}-)?[A-Z0-9][\w.-]{0,30}\d\)$"
)
_TITLE_BEFORE = lazy_compile(r"\s--\s|:\s[A-Z]|(?:[a-z]{3,}|\d)\.\s[A-Z][a-z]{2,}")


# Where the venue begins inside what split_sentences kept as one sentence: after a title
# whose last word is one letter ("… in R.", "… vitamin D.", "… hepatitis C.": read as an
# initial), an emphasised journal or site (``*Journal*,``, ``_Journal_.``) or a journal with
# its volume and pages ("Journal of Viral Care, 31(4), 210–218")
_VENUE_START = lazy_compile(
    r"(?<=\s[^\W\d_])\.\s+(?=[*_][^*_\s][^*_]{0,200}[*_][,.](?:\s|$)"
    r"|[A-Z][^.,*_()]{2,100},\s\d+(?:\s?\(\d[^()]{0,12}\))?,\s[\w–-]+\.?(?:\s|$))"
)


def venue_split(sentence: str) -> list[str]:
    """``sentence`` as the title and the venue after it, when a one-letter last word of the
    title kept them together (:data:`_VENUE_START`); else ``[sentence]``."""
    m = _VENUE_START.search(sentence)
    if m is None:
        return [sentence]
    return [sentence[: m.start() + 1].strip(), sentence[m.end() :].strip()]


def marked(body: str) -> bool:
    """``body`` opens as only APA writes a reference: inverted names ending with an initial,
    then the year in parentheses and a full stop (``Doe, J. A., & Roe, B. (2019). Title``).
    Distinctive enough to be read in a footnote, where the style is not known."""
    m = _SHAPE.match(body)
    if m is None or not (m.group("after") or "").strip():
        return False
    names = m.group("authors").strip()
    if organisation_author(names) or acronym_organisation(names):
        # "World Health Organization. (2021). Title.", "… Organization (WHO). (2021)."
        return True  # (:mod:`.apa_corporate`)
    return bool(_NAMES_END.search(names)) and _PERSON.match(names) is not None


def parse(body: str) -> Fields | None:
    """APA fields, or None when ``body`` lacks the ``(2020).`` shape."""
    m = _SHAPE.match(body)
    if m is None or _RELEASE.search(m.group("authors")):
        return None
    if _YEARS.fullmatch(m.group("year")) and not _NAMES_END.search(m.group("authors")):
        # a range of years after names alone: "(1600–1789)." closing a title is Chicago's
        # ("Author. Title (1600–1789). Paris: Cerf, 1990.")
        return None
    if _DATED_HEAD.search(m.group("authors")):
        # the year already stood alone after the names: "Smith, John. 1990. Remembering the
        # Flood (1953). London: …" is Chicago author-date, its title closing with a year
        return None
    if not (m.group("after") or "").strip(" .") and _TITLE_BEFORE.search(m.group("authors")):
        # a title, then nothing after "(2022).": no APA reference, but ISO 690 or a
        # standard with the year last ("Title -- Part 1: Core. Open Geospatial Consortium
        # (2022).", "Butler, H., Daly, M.: The GeoJSON Format (2016).")
        return None
    # "(2021, September 29).", "(2021, 29 de septiembre).": a news item's or a post's day
    day_dated = bool(re.search(r"\d", (m.group("before") or "") + (m.group("day") or "")))
    entry = _entry_of_reference_work(m.group("authors"), m.group("after") or "")
    if entry is not None:
        return Fields(
            "apa", (), entry[0], year_of(m.group("year")), container=entry[1], day_dated=day_dated
        )
    rest = _STATEMENT.sub("", m.group("after") or "", count=1)
    # ("«Quoted»: the rest of the title. *Host*.": the title goes on after the quotation)
    sentences = quoted_opening.opening_quote_sentences(rest) or title_sentences(rest)
    if sentences and not rest.startswith(("*", "_", "“", '"', "«", "„")):
        # (a title not emphasised or quoted ends where the venue begins)
        sentences = [*venue_split(sentences[0]), *sentences[1:]]
    sentences = _closed_parenthesis(sentences, rest)
    if not rest.startswith(("*", "_", "“", '"', "«", "„")):
        # ("Dust in the belt. II. Grain sizes. *Icarus*, …": a paper in a series of papers
        # keeps its numeral and its own title, :mod:`.series_part`)
        sentences = series_part.with_series_part(sentences)
        # ("Ideen zu … Philosophie. Zweites Buch: Untersuchungen …. Den Haag: Nijhoff.": the
        # book cited of a work in several keeps its name and title, :mod:`.book_part`)
        sentences = book_part.with_book_part(sentences)
    if (
        len(sentences) >= 3
        and sentences[0].endswith(("?", "!"))
        and not re.search(r"\d+\s?\(|\d+,\s?\d|:|\b(?:vol|no|pp?)\.", sentences[1])
    ):
        # "What explains remittance fees? Panel evidence. Applied Economics 54": the words
        # after the question are its subtitle, the journal follows them
        sentences = [f"{sentences[0]} {sentences[1]}", *sentences[2:]]
    title = strip_edition(sentences[0]) if sentences else None
    pinpoint = None
    if title is not None:
        # APA's bracketed description is no part of the title ("Prices 2022 [Data set]",
        # "[Computer software]", "[Video]"); nor is a pinpoint after it (", s. 41–44")
        title = _DESCRIPTION.sub("", title).strip()
        # ... nor is the version in parentheses before it ("ChatGPT (Mar 14 version)
        # [Large language model]", "Tool (Version 1.1) [Computer software]"), in the
        # writer's language too ("(R-Paket Version 2.1)", "(R-pakke versjon 1.7-39)"); an
        # article's title keeps its own ("Solar cell efficiency tables (version 58).
        # Progress in Photovoltaics, 29(1), 3–15.": a journal's numbers follow it)
        if _JOURNAL_NUMBERS.search(" ".join(sentences[1:])) is None:
            title = _VERSION.sub("", title).strip()
        cut = _PINPOINT.search(title)
        if cut is not None:
            title, pinpoint = title[: cut.start()].strip(), cut.group("pages")
    remainder = " ".join(sentences[1:])
    # ("World Health Organization (WHO). (2021).": one body, its acronym dropped)
    names = acronym_organisation(m.group("authors")) or m.group("authors")
    head_names = authors(names)
    fields = Fields(
        "apa",
        head_names,
        title or None,
        year_of(m.group("year")),
        pages=pinpoint,
        day_dated=day_dated,
        # ("Doe, J., & Roe, R. (Eds.). (2010).": the names edited the work, :mod:`.role_marks`)
        editors=head_names if _EDITED_HEAD.search(m.group("authors")) else (),
    )
    numbered = _REPORT_NUMBER.match(remainder)
    if numbered is not None:
        # "*Title* (Technical Report No. 12). Publisher.", "(Documento de trabajo N.º 45)"
        after = split_sentences(remainder[numbered.end() :].lstrip(" ."))
        fields = replace(
            fields,
            kind=RefKind.REPORT,
            publisher=after[0] if after else None,
            # (the number the report is issued under: "(Technical Report No. 12)": "12";
            # a body's code whole: "(WHO/CDS/TB/2019.15)")
            number=numbered.group("number") or numbered.group("code"),
        )
        place, named = place_publisher(fields.publisher or "")
        # ("(Report No. 12). Washington, DC: U.S. Department of Labor.": APA 6's place too)
        return replace(fields, place=place, publisher=named) if place and named else fields
    if (series := series_then_publisher(remainder)) is not None:
        # "*Title*. IMF Occasional Paper No. 12. Publisher.", "*Title* (Tech 3285). EBU.":
        # the series and number, then the publisher (:mod:`.apa_series`)
        after = split_sentences(series[1])
        fields = replace(fields, kind=RefKind.REPORT, publisher=after[0] if after else None)
        place, named = place_publisher(fields.publisher or "")
        return replace(fields, place=place, publisher=named) if place and named else fields
    if title is not None and (designation := _DESIGNATION_AT_END.search(title)) is not None:
        fields = replace(fields, title=title[: designation.start()].strip())
        title = fields.title
    if title is not None and (inside := _REPORT_NUMBER_AT_END.search(title)) is not None:
        fields = replace(
            fields,
            title=title[: inside.start()].strip(),
            kind=RefKind.REPORT,
            number=inside.group("number") or inside.group("code"),
        )
    # (the edition, volume or version after the title is no publisher and no journal:
    # "*Title* (Vol. 2, 3e éd.). Seuil.", "*Tool* (Version 2.1) [Computer software]. Body.",
    # "*Titel* (Band 2). Verlag.", "*Manual* (Versión 3.0). Editorial.")
    remainder = _VERSION_OR_PART.sub("", _EDITION_OR_VOLUME.sub("", remainder))
    chapter = (
        _CHAPTER.match(remainder)
        or _POSTPOSED_CHAPTER.match(remainder)
        or _UNMARKED_CHAPTER.match(remainder)
    )
    if chapter:
        return replace(
            fields,
            container=chapter.group("book"),
            chapter=True,
            pages=chapter.group("pages"),
            publisher=chapter.group("publisher"),
            # (the book's editors, "In J. Doe & R. Roe (Eds.), *Book*": the chapter's editor)
            editors=authors(chapter.group("editors")) if chapter.group("editors") else (),
        )
    # (with its italics marked: "*Journal of Hydrology*, *598*, 126233")
    journal = _MARKED_JOURNAL.match(remainder) or _JOURNAL.match(remainder.replace("*", ""))
    ranged = _PAGES_ONLY.match(remainder) if journal else None
    if ranged is not None:
        # "*Proceedings of the 28th Annual ACM Symposium …*, 212–219.": pages, no volume
        return replace(fields, container=ranged.group("journal"), pages=ranged.group("pages"))
    if journal:
        return replace(
            fields,
            container=journal.group("journal"),
            volume=journal.group("vol"),
            issue=journal.group("iss"),
            pages=journal.group("pages") or pages(remainder),
        )
    paper = _PAPER_PAGE.match(remainder.replace("*", "")) if day_dated else None
    if paper is not None:
        return replace(fields, container=paper.group("paper"), pages=paper.group("pages"))
    venue = _ITALIC_VENUE.match(remainder)
    if venue is not None and title is not None and not rest.startswith(("*", "_")):
        # "Title. *Journal*." after a plain title: an article in press or published online
        # first, with no volume yet ("*Journal*. Advance online publication. https://…")
        return replace(fields, container=venue.group("journal"))
    coded = product_code.code_after_title(remainder) if title else None
    if coded is not None:
        # ("*Global Ocean Physics Reanalysis* (GLOBAL_MULTIYEAR_PHY_001_030).": the
        # product's code is its title's, no publisher, :mod:`.product_code`)
        fields, remainder = replace(fields, title=f"{title} {coded[0]}"), coded[1]
    # (the edition or volume after the title is no publisher: "*Title* (2nd ed.). Dale.")
    remainder = _EDITION_OR_VOLUME.sub("", remainder)
    # (nor is a topic's acronym: "*Guidance for schools* (COVID-19). Publisher.")
    remainder = _TOPIC.sub("", remainder)
    # (nor is a description in brackets or a record's identifier: "*Title* [Tentative
    # list]. Retrieved …", "*Title* (IPA.00001234). https://…": :data:`_DESCRIBED`)
    remainder = _DESCRIBED.sub("", remainder)
    publisher = split_sentences(remainder)[0] if remainder.strip() else None
    if publisher is not None and _ACCESSED.match(publisher) is not None:
        publisher = None  # "… [lista indicativa]. Consultado a 2 de março de 2025. https://…"
    subtitled = _subtitled(title, remainder)
    if subtitled is not None:
        # "Rapporto annuale 2021. La situazione del Paese. Roma: Istat.": the sentence
        # between the title and the imprint is the title's second sentence
        fields, publisher = replace(fields, title=subtitled[0]), subtitled[1]
    place, named = place_publisher(publisher or "")
    if place and named:  # APA 6 and many still write "Place: Publisher" ("London: BSI")
        return replace(fields, place=place, publisher=named)
    return replace(fields, publisher=publisher)


# APA's entry of a reference work with no author, its title in the author's place and
# "In" (Spanish and Catalan "En", Portuguese "Em", French "Dans") and the work right after
# the date: "Photosynthesis. (2023, May 2). In *Encyclopaedia Britannica*. https://…",
# "Title. (2024). In Wikipedia. Retrieved …"; the work in a few words (a dotted domain
# may stand in it: "In Merriam-Webster.com dictionary."), no editors, no pages
def _closed_parenthesis(sentences: list[str], rest: str) -> list[str]:
    """``sentences`` (of ``rest``) with a first sentence that stops inside a parenthesis
    joined to the sentences up to its close, as ``rest`` writes them, a report number so
    closed put apart from the title: ``["Title (Tech", "Rep", "No. 12-34)", "Publisher"]``
    is ``["Title", "(Tech. Rep. No. 12-34)", "Publisher"]`` ("(Rapp. techn. n° 7)", "(Ber.
    Nr. 12)" the same)."""
    if not sentences or sentences[0].count("(") <= sentences[0].count(")"):
        return sentences
    start = rest.find(sentences[0])
    if start < 0:
        return sentences
    end, taken = start + len(sentences[0]), 1
    joined = sentences[0]
    while taken < len(sentences) and joined.count("(") > joined.count(")"):
        at = rest.find(sentences[taken], end)
        if at < 0:
            return sentences
        end, taken = at + len(sentences[taken]), taken + 1
        joined = rest[start:end]
    if joined.count("(") != joined.count(")"):
        return sentences
    number = _REPORT_NUMBER_AT_END.search(joined)
    head = [joined[: number.start()].strip(), number.group(0).strip()] if number else [joined]
    return [*head, *sentences[taken:]]


_REFERENCE_WORK = lazy_compile(
    r"^(?:In|En|Em|Dans)\s[*_]?(?P<work>[^\s.*_()]+(?:[\s.][^\s.*_()]+){0,7})[*_]?"
    r"\.(?:\s|$)"
)


def _entry_of_reference_work(head: str, after: str) -> tuple[str, str] | None:
    """(title, work) of an entry in a reference work with no author (``Title. (2024). In
    Wikipedia. URL``), or None when ``head`` names people or the date is followed by
    anything else (a chapter's editors and pages, a title beginning "In …")."""
    m = _REFERENCE_WORK.match(after)
    if m is None or _NAMES_END.search(head.strip()) or _PERSON.search(head):
        return None
    rest = after[m.end() :].strip()
    if rest and not re.match(r"(?:https?://|doi:|Retrieved\b|Recuperado\b|Récupéré\b)", rest):
        return None
    title = head.strip().rstrip(".").strip()
    return (title, m.group("work")) if title else None


# a title's second sentence: capitalised words, no digits, no abbreviation (no edition,
# volume, translator or series) -- but the years it covers may close it, as a history's
# title closes ("Real Expedición Filantrópica de la Vacuna (1803-1806)")
_SECOND_SENTENCE = lazy_compile(
    r"[A-ZÀ-Ý][^\d.;:()\[\]]{2,120}(?:\s\((?:1[0-9]|20)\d\d[-–](?:(?:1[0-9]|20)\d\d|\d\d)\))?"
)


def _subtitled(title: str | None, remainder: str) -> tuple[str, str] | None:
    """The title with its second sentence and the imprint after it, when ``remainder``
    (what follows the title's first sentence) is one such sentence, then ``Place:
    Publisher``; else None."""
    if not title:
        return None
    parts = split_sentences(remainder)
    if len(parts) != 2 or _SECOND_SENTENCE.fullmatch(parts[0].rstrip(".")) is None:
        return None
    place, named = place_publisher(parts[1])
    if not (place and named):
        return None
    if signature_holding.holding_imprint(parts[1]):
        # ("Programa de mà de X. Teatre Y. Barcelona: Museu …, signatura PM-1.": a holder
        # and its signature, no imprint; the sentence before it the company's, no title's,
        # :mod:`.signature_holding`)
        return None
    return f"{title}. {parts[0].rstrip('.')}", parts[1]
