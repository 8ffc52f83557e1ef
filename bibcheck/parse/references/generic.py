"""Best-effort parsing of references that are not GOST: APA, Chicago,
Vancouver, or a plain title and a link.

These styles are too many and too loosely followed to parse exactly, and
the checker mainly needs the URL, DOI, year and a title to match footnotes
with the literature list.  So this module extracts those few fields with
small, independent heuristics and says "unparsed" only when it finds
nothing at all (no title, no URL, no year).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.nameparticles import PARTICLES, particle_pattern
from bibcheck.parse.numbered_abbreviations import stands_before_number
from bibcheck.parse.references import (
    body_name,
    bodywords,
    book_part,
    gost,
    last_natural,
    quote_pairs,
    role_marks,
    series_part,
)
from bibcheck.parse.references import fields as f
from bibcheck.parse.references.anonymous_article import anonymous_article
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.organisation_list import organisation_list
from bibcheck.parse.references.oscola import authority_year
from bibcheck.parse.references.part_titles import with_numbered_part
from bibcheck.parse.references.particles import given_particle_first
from bibcheck.parse.references.patterns import (
    DATE_BEFORE_YEAR,
    ORGANISATION_WORD,
    PLAUSIBLE_YEAR,
    SERIES_STATEMENT_NUMBER,
    SURNAME,
    SURNAME_LOOSE,
    U,
)
from bibcheck.parse.references.published_date import published_year
from bibcheck.parse.references.quote_pairs import (
    APOSTROPHES,
    CURLY_LOW,
    EN_CLOSINGS,
    EN_CURLY,
    EN_OPENINGS,
    SINGLE_OPENINGS,
)
from bibcheck.parse.references.reportkind import (
    agency_document,
    is_report,
    web_report,
    yearbook_online,
)
from bibcheck.parse.references.series import series_statement, without_series
from bibcheck.parse.references.title_year import date_in_title
from bibcheck.parse.references.uscase import case_year

_U = U
_SURNAME = SURNAME_LOOSE
# APA: "Smith, J., & Doe, A. (2020). Title. Journal, 3(2), 1–10."
_APA = lazy_compile(  # (?<!\s): the space before "(" is looked at from its first character only
    rf"^(?P<authors>.*?)(?<!\s)\s*+\({DATE_BEFORE_YEAR}?"
    r"(?P<year>\d{4}[a-z]?(?:[–-]\d{4})?|n\.\s?d\.|[\dOoОо?–-]{3,6})(?:,[^)]*)?\)\.?\s*(?P<after>.*)$"
)
_APA_AUTHOR = lazy_compile(rf"{_SURNAME},\s(?:[{_U}]\.\s?-?)+")
_ENDS_IN_VOLUME = lazy_compile(r"[^\W\d_]\s\d{1,4}\s*$")  # "... Mass Transfer 50 (2007)"
# Vancouver: "Smith J, Doe AB, et al. Title."
_V_AUTHOR = rf"{_SURNAME}\s[{_U}]{{1,3}}"
_VANCOUVER = lazy_compile(
    rf"(?P<authors>{_V_AUTHOR}(?:,\s{_V_AUTHOR})*(?:,?\set al)?)"
    # (editors say so after their names: "Pagon RA, Adam MP, editors.", "Lee K (ed.).")
    r"(?:,\s(?:editors?|eds?\.?)|\s\((?:editors?|eds?\.?)\))?\.\s+(?P<after>.*)"
)
_V_ONE = lazy_compile(_V_AUTHOR)
# Chicago / MLA: "Smith, John. Title." / "Smith, John, and Jane Doe. Title."
_PAREN_ROLE = role_marks.MARK  # (:mod:`.role_marks`)
_CHICAGO = lazy_compile(
    # ("Bardet, Jean-Paul.", "Finance, Laurence de.": French files the particle after the
    # given names)
    rf"(?P<first>{_SURNAME},\s[{_U}][\w'’]+(?:-[{_U}][\w'’]+)?(?:\s[{_U}]\.)?"
    rf"(?:\s(?:de|du|des|d['’]|da|di|del|della|van|von|van\sder|von\sder)(?=\.))?)"
    # (never an abbreviation and its number: "Hanserecesse, Abt. 2, Bd. 4")
    rf"(?:,?\s(?:and|&)\s(?P<second>[{_U}][\w'’]+\s{_SURNAME}))?"
    # ("Eide, Martin (red.). Title": an editor's mark in parentheses after the names, in the
    # list's language, is no part of them nor of the title)
    rf"(?:\s{_PAREN_ROLE})?\.\s+(?!\d{{1,3}},\s)(?P<after>.*)"
)
# "L. Lamport. Title." / "D. Ongaro and J. Ousterhout. Title." / "G. DeCandia et al. Title."
# (the space after an initial is taken by the initial, never left to the "\s?" after:
# two readings of each name would make a long list that does not match take exponential time)
_INITIALED = rf"(?:[{_U}]\.\s?+-?)+\s?{_SURNAME}"
_INITIALS_FIRST = lazy_compile(
    rf"^(?P<authors>{_INITIALED}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s){_INITIALED})*)"
    r"(?:,?\set\sal)?\.\s+(?P<after>.+)$"
)
_QUOTED = (  # searched with fields.first_closed (linear however many marks stay open)
    (re.compile(r"\"([^\"]{3,}?)\""), '"'),
    (re.compile(rf"“([^”]{{3,}}?)[{EN_CLOSINGS}]"), '”"'),
    (re.compile(r"«([^»]{3,}?)»"), "»"),
    # German, Icelandic, Czech, Polish „…“ / „…”
    (re.compile(rf"„([^{CURLY_LOW}]{{3,}}?)[{EN_CURLY}]"), "“”"),
    # German ‚…‘ »…« ›…‹, French ‹…›, Swedish ’…’, CJK 「…」 『…』 (:mod:`.quote_pairs`)
    *quote_pairs.spans(quote_pairs.DOUBLE_OPENINGS),
)
# Natural-order names ending in a period, as BibTeX's plain/abbrv, ACM and Sphinx write
# them: "Nicholas J. Higham.", "Roy Thomas Fielding.", "Daniel S. Berger, Ramesh K.
# Sitaraman, Mor Harchol-Balter.", "R. Fielding, M. Nottingham (eds.), _Title_"
_GIVEN = rf"[{_U}][\w'’-]+"
_NATURAL = (
    rf"(?:(?:[{_U}]\.\s?+-?)+\s?(?:{_GIVEN}\s)?|(?:[{_U}]\s){{1,3}}(?:{_GIVEN}\s)?"
    rf"|{_GIVEN}(?:\s(?:[{_U}]\.?|{_GIVEN})){{0,2}}\s)"
    rf"{SURNAME}"
)  # "D. Richard Hipp" too; (pybtex prints initials without their periods: "Travis E
# Oliphant", "K Jarrod Millman", "D V Zaykin")
# (a join between names is read one way, the longest: ", and " was read both as ", and " and
# as ", " + "and ", two readings at each join, and a long list that fails took exponential
# time; no name starts with "and" or "&", so the shorter reading never led anywhere)
# (other languages' "and" join them too: "William P. Mitchell y David Guillet (eds.)", "…
# und …", "… et …", "… e …", "… i …")
_AND = r"(?:and|&|y|e|i|und|et|og|en|och)"
_NAME_JOIN = rf"(?>,?\s{_AND}\s|,\s)"
_NAMES_FIRST = lazy_compile(
    rf"^(?P<authors>{_NATURAL}(?:{_NAME_JOIN}{_NATURAL}){{0,30}})"
    r"(?:,?\s(?:et\sal|и\sдр)(?=\.))?"
    rf"(?:,?\s{role_marks.MARK}|,\s(?:{role_marks.alternation(role_marks.ABBREVIATED)})(?=\.\s))?"
    r"(?:\.\.?\s+|,\s+(?=[*_“\"«]))(?P<after>.+)$"
)
# RFC and IEEE-like lists, surname first, then a quoted title: "Bradner, S., \"Key words
# ...\"", "Damas, J., Graff, M., and P. Vixie, \"Extension ...\"", "Hoffman, P., Ed., \"...\""
_SURNAME_INITIALS = rf"{SURNAME},\s(?:[{_U}]\.\s?-?)+(?:,\sEds?\.)?"
_INITIALS_SURNAME = rf"(?:[{_U}]\.\s?+-?)+\s?{SURNAME}(?:,\sEds?\.)?"
# (initials then a surname start at the first initial: an initial right after another one
# is where that one's try has already been, and a run of initials no surname followed was
# read again to its end from each of them, the square of its length)
_NOT_AFTER_INITIAL = rf"(?<![{_U}]\.)(?<![{_U}]\.\s)(?<![{_U}]\.-)(?<![{_U}]\.\s-)"
_ONE_LISTED = lazy_compile(rf"{_SURNAME_INITIALS}|{_NOT_AFTER_INITIAL}{_INITIALS_SURNAME}")
_SURNAME_FIRST_QUOTED = lazy_compile(
    rf"^(?P<authors>{_SURNAME_INITIALS}(?:{_NAME_JOIN}"
    rf"(?:{_SURNAME_INITIALS}|{_INITIALS_SURNAME})){{0,30}}),\s(?P<after>[{EN_OPENINGS}].+)$"
)
# "V. Leis et al., Title, 2015", "Global Development Group, Title, 2023": who, title, year
_COMMA_FORM = lazy_compile(
    r"^(?P<who>[^,]{2,120}?)(?:,?\s(?:et\sal\.|и\sдр\.))?,\s(?P<title>.+?),\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)\.?$"
)
# the state or province after a place, then the publisher: "Cambridge, MA: Belknap Press"
_STATE_PUBLISHER = lazy_compile(r"[A-Z]{2,3}\s?:\s")
_ONE_NATURAL = lazy_compile(rf"{_NATURAL}$")
_PERSON_SPLIT_AT = rf",\s(?:and\s)?|,?\s{_AND}\s"
# An organisation as author, before the title: "IEEE Computer Society. Title. ...",
# "Федеральная служба государственной статистики. Посевные площади ..."
_ORG_WORD = lazy_compile(ORGANISATION_WORD)
# the organisation word as a name's last word ("… İklim Değişikliği Bakanlığı")
_ORG_WORD_LAST = lazy_compile(rf"(?:{ORGANISATION_WORD})$")
# (Indic scripts have no capitals: "स्वास्थ्य सेवा महानिदेशालय. शीर्षक. …" begins as well)
_INDIC = "\u0900-\u0dff"
# (a body whose name is written in lower case, "fib. *Guidelines for …*", before a marked
# title: :func:`_org_first`)
_ORG_FIRST = lazy_compile(
    rf"^(?P<org>[^\W\d_][^.:;\d]{{2,120}}?)\.\s+(?P<after>[{_U}{_INDIC}\"“«*_].+)$"
)
_MONTH_NAME = "|".join(sorted(f.MONTHS, key=len, reverse=True))
# What ends a title inside its sentence: an edition, a version, a volume, a final year.
# (a numbered version stays: a document's is its title's, "The Unicode Standard, Version
# 12.0"; a release's is cut later, :func:`.version_host.release_version_off_title`)
_TITLE_TAIL = lazy_compile(
    r",\s(?:(?:\d+(?:st|nd|rd|th)|rev\.|revised|new|enlarged)\sed(?:n|ition)?\b"
    r"|version\s(?!\d)|ver\.\s(?!\d)"
    r"|vol\.\s|ed\.\s|edited\sby\s"
    # a German editor's mark or the host of a chapter: ", hg. von", ", bearb. von", ", in: "
    # (or a German volume's mark: ", Abt. 2, Bd. 4", ", Tl. 1")
    r"|(?:hg|hrsg|bearb|Abt|Bd|Tl)\.(?:\s|$)|in:\s"
    r"|(?:1[5-9]|20)\d\d\.?$).*$"
    # the facts of a note in parentheses, a place and a year: " (St. Petersburg, 1870–1914)",
    # a month or a day before it (a report's date, in any language: " (London, 3 March
    # 2019)", " (Caerdydd, Hydref 2019)")
    # a periodical's issue or run, dated to a day or a month, its range too: ", 3 March
    # 1851", ", August–October 1866", ", 3.–5. Mai 1901" (the title the paper's name)
    rf"|,\s(?:\d{{1,2}}\.?(?:\s?[–-]\s?\d{{1,2}}\.?)?\s)?(?:{_MONTH_NAME})\.?"
    rf"(?:\s?[–-]\s?(?:\d{{1,2}}\.?\s)?(?:{_MONTH_NAME})\.?)?\s(?:1[5-9]|20)\d\d\.?$"
    r"|\s\((?-i:[A-Z])[^()]{1,60},\s(?:\d{1,2}\.?\s)?(?:[^\W\d_]{3,12}\.?\s)?(?:1[5-9]|20)\d\d(?:\s?[–-]\s?(?:1[5-9]|20)\d\d)?\).*$",
    re.I,
)
# A publication statement where a title should be: "In Proceedings ...", "London: X, 2001".
_PUBLICATION = lazy_compile(
    # (a place with its state or province: "Toronto, ON: Dundurn, 1999")
    rf"In\s(?![a-z])|[{_U}][\w.]*(?:\s[{_U}][\w.]*)?(?:,\s[A-Z]{{2,3}})?\s?:\s?[^,]+,"
    r"\s(?:1[5-9]|20)\d\d\b"
)
# (an emphasised title may hold the other marks, "*Décret D/2001/037 portant …*", a law's
# number with slashes; only its own mark closes it, and Org's /…/ and AsciiDoc's _…_ only
# where the mark ends a word: "/Décret D/2001/037 portant …/", "_Loi n_o 5_")
_EMPHASIS_END = r"(?=[\s,.;:)]|$)"
_EMPHASIS_START = lazy_compile(
    rf"^(?:\*(?=\S)(?P<star>[^*]{{2,}}?)(?<=\S)\*"
    rf"|_(?=\S)(?P<low>(?:[^_]|_(?![\s,.;:)]|$)){{2,}}?)(?<=\S)_"
    rf"|/(?=\S)(?P<slash>(?:[^/]|/(?![\s,.;:)]|$)){{2,}}?)(?<=\S)/){_EMPHASIS_END}"
)
_NO_DATE = lazy_compile(r"\(n\.\s?d\.\)|\(б\.\s?г\.\)")
# (not an issue glued to its volume: "384(6604)", "12(2019)")
_PAREN_YEAR = lazy_compile(r"(?<!\d)\((\d{4})[a-z]?(?:,[^)]*)?\)")
# APA's date of a work published over years, after the names: "Surname, A. (1906–1909).
# Title." (dated by its first; a range in a title, "Vitrail (1850-1914)", is no date)
_APA_RANGE = lazy_compile(r"[^()]{2,200}?\s\((\d{4})[–-]\d{4}\)\.\s")
_ANY_YEAR = lazy_compile(PLAUSIBLE_YEAR)
# right after a title closing with a range of years, the imprint "Place : Publisher, Year" (GOST,
# ISBD, ISO 690; Chicago's "Place: Publisher, Year"): "… State (1939–1950). Edmonton ;
# Toronto : CIUS Press, 1996. 282 p.", "… (1590–1600). Romae : PP. Basiliani, 1970." (the
# place a name with no full stop but an abbreviation's before its colon, "СПб.": no sentence)
_IMPRINT_YEAR = lazy_compile(
    r"[^\W\d_][^:().]{0,60}?\.?\s?:\s[^:()]{2,160}?,\s(?P<year>(?:1[5-9]|20)\d\d)(?!\d)\.?(?:\s|$)"
)
_BROKEN_PAREN_YEAR = lazy_compile(r"(?<!\d)\((\d{2,3}[-–?]+|\d{4}\?|[12][0-9OoОо]{3})\)")
# (digits possessive: "(12" then "\d+\d*" tried every split of a run of digits)
_JOURNAL = lazy_compile(
    r"\b\d++\s?\(\d++(?:[-–]\d*+)?\)\s?[,:]|;\s?\d++\s?(?:\(\d++\))?\s?:\s?\d+"
    r"|\b[Vv]ol\.\s?\d+|\bno\.\s?\d+"
)
_PUBLISHER = lazy_compile(
    r"\b(?:Press|Publish(?:ing|ers?)|Verlag|Books|Editions?|Издательство|Изд-во)\b"
    # the publisher, place and year in commas after an italic title, as notes in India write
    # them: "*Title*, Orient Longman, Hyderabad, 1998."
    r"|\*,\s[^,*\d]{2,80},\s[^,*\d]{2,40},\s(?:1[5-9]|20)\d\d(?:[,.]|\s*$)"
    # "City: Publisher, 2019" / "М.: Наука, 2019"
    r"|(?:^|\.\s)[A-ZА-ЯЁ][\w.-]*(?:\s[A-Z][\w.-]*)?\s?:\s?[^\W\d_][^,:]*,\s?(?:1[5-9]|20)\d\d\b"
    # APA's place and publisher at the end: "Washington, DC: World Bank."
    r"|\.\s[A-Z][\w.-]*+(?:,?\s[A-Z][\w.-]*+)?\s?:\s?[A-Z][^:.]{1,80}\.?$"
    # an extent at the end: "256 с.", "300 p."
    r"|\b\d+\s?(?:с|c|p|pp|стр)\.?$"
    # ... or before a locator: "200 с. С. 7.", "312 S. S. 40." (Seiten)
    r"|\b\d{2,4}\s?(?:с|pp|стр|S)\.\s(?=[CСSPp]\.\s?\d)"
    # a place and a year after the title, no publisher: "Title. Казань, 1928. С. 7.",
    # "Title. Leipzig, 1901."
    r"|\.\s[A-ZА-ЯЁ][^\W\d_]{2,}(?:-[A-ZА-ЯЁ][^\W\d_]+)?,\s(?:1[5-9]|20)\d\d\.(?:\s|$)"
    # an edition: "2nd ed.", "3-е изд."
    r"|\b\d+(?:st|nd|rd|th|-е|-e)\s(?:ed|edn|изд)\b"
)
_PAGES = lazy_compile(
    r"\bpp?\.\s?(\d+(?:\s?[-–—]\s?\d+)?)"
    # GOST without area dashes: "С. 12–15", "P. 121–126", "S. 3"
    r"|(?:^|[\s(])(?:[СсPS]|Стр|стр)\.\s?(\d+(?:\s?[-–—]\s?\d+)?)"
    r"|\d\s?(?:\(\d+\))?,\s(\d+\s?[-–—]\s?\d+)\.?\s*$"
    r"|:\s?(\d+\s?[-–—]\s?\d+)"
)
# Gaps stop at the next bracket or after 200 characters: a phrase never closed costs a
# bounded look each time it is written, not a scan to the end of the text.
_NOISE = lazy_compile(
    # (NLM's citation date in the languages its lists are written in: "[cited 2024 May 3]",
    # "[citado 3 may 2024]", "[consultado 3 may 2024]", "[cité le 3 mai 2024]")
    r"\[(?:cited|citado|citada|consultado|consultada|accedido|acesso\sem|cité|citato"
    # (the Nordic and Dutch lists': "[citerad …]", "[citeret …]", "[sitert …]", "[viitattu …]")
    r"|zitiert|citerad|citeret|sitert|siteret|viitattu|geciteerd)\b[^\[\]]*+\]"
    r"|\b(?:Retrieved|Accessed)\b[^.]{0,200}?(?:\bfrom\b|\.|$)"
    rf"|\b(?:URL|{gost.AVAILABLE_FROM}|Режим\sдоступа)\s?:?"
    r"|\b(?:online|abrufbar|verfügbar)\sunter\s?:?|\b(?:disponible|consultable)\s(?:sur|en)\s?:?"
)
# Abbreviations after which ". " does not end a sentence.
_NO_BREAK = lazy_compile(
    rf"(?:^|[\s.(\[])(?:[{_U}]|vol|no|pp?|ed|eds|Dr|Mr|Mrs|St|Jr|Wm|Inc|Ltd|Co|et al|vs|cf|ibid"
    # (German "Hl." holy, always before its saint's or work's name: "Die Hl. Schrift")
    r"|ca|approx|esp|incl|fig|ch|sec|dept|univ|hl)$",
    re.IGNORECASE,
)
# ... nor after an Indic script's dotted abbreviation, its syllables (a letter with its vowel
# sign or virama) joined by stops: "ಬಿ.ಪಿ.ಎಡ್. ಪಠ್ಯಕ್ರಮ", "बी.पी.एड. पाठ्यक्रम", "ಎಂ.ಎ. ಕನ್ನಡ"
# (the scripts have no capitals for "B.P.Ed." to show it by; one syllable alone, "है.", ends
# a sentence)
_INDIC_DOTTED = lazy_compile(r"(?:^|[\s(\[])(?:[\u0900-\u0DFF]{1,6}\.){1,6}[\u0900-\u0DFF]{1,6}$")
# a person's title or rank before the name, after a word in lowercase, a comma or the start
# ("Letter from Atty. GVS", "to Hon. Maria Cruz", "by Sen. Smith", "Lt. Col. Reyes"), written
# as it is (not "Tech. Rep." of a report's number, nor "Tell me.")
_HONORIFIC = lazy_compile(
    r"(?:^|(?:^|\s)[^\W\d_A-Z][^\W\d_]*\s|[,(]\s?|(?:Lt|Brig|Maj)\.\s)"
    r"(?:Atty|Hon|Sen|Rep|Gov|Lt|Col|Gen|Capt|Sgt|Maj|Brig|Adm|Cmdr|Prof|Dr|Rev|Msgr|Fr|Ms|Mme"
    r"|Mlle|Me|Mtre|Pres|Amb|Sec|Supt|Insp|Justice|Judge)$"
)


@dataclass(frozen=True, slots=True)
class _Year:
    year: int | None
    raw: str | None
    problem: str | None = None


# a month's name after a day's number ("19. novembra", "3. März", "1. října", "5. maj")
_DAY_BEFORE_MONTH = lazy_compile(
    r"(?:jan|feb|mar|apr|máj|maj|mai|may|jún|jun|júl|jul|aug|sep|okt|oct|nov|dec|dez|led|úno"
    r"|bře|dub|kvě|čer|srp|zář|říj|lis|pro|sty|lut|kwi|cze|lip|wrz|paź|gru|ian|iul|noi|dic"
    r"|janu|febr|märz|januar|februar)\w*\s",
    re.I,
)


# a month's abbreviation after a day's number, then the year: "20 jul. 1950", "3 fev. 2021"
# (ABNT: jan. fev. mar. abr. maio jun. jul. ago. set. out. nov. dez.), Spanish "7 ene. 2004",
# "12 sept. 1999", Italian "5 ott. 2001", "9 giu. 1988", French "14 janv. 1890", "2 févr.",
# English "20 Jul. 1950": a date, not a sentence's end (the window before it is 20
# characters: the number and the abbreviation at its end)
_DAY_MONTH_ABBREVIATION = lazy_compile(
    r"(?<!\d)\d{1,2}º?\s(?:jan|janv|fev|févr|feb|mar|abr|apr|avr|maio|may|mai|jun|giu|juil"
    r"|jul|lug|ago|aug|set|sep|sept|out|ott|oct|nov|dez|dic|déc|dec|ene|gen|mag)$",
    re.IGNORECASE,
)
_YEAR_AFTER_MONTH = lazy_compile(r"(?:1[5-9]|20)\d\d(?!\d)")


# An ordinal number written with a full stop, as Scandinavian, German, Finnish, Czech, Polish
# and Hungarian do ("i det 20. århundre", "im 19. Jahrhundert", "2. painos", "ve 20. století",
# "a 20. század"): the number after a word, then the word it counts
_ORDINAL_BEFORE = lazy_compile(r"(?:^|\s)(?P<word>[^\W\d_]{1,12})\s\d{1,3}$")
_ORDINAL_AFTER = lazy_compile(r"(?P<word>[^\W\d_]{1,30})(?P<then>[\s.,;:!?)]|$)")


def _ordinal(before: str, text: str, after: int) -> bool:
    """Is the full stop before ``text[after:]`` an ordinal number's (``before`` ends with the
    number)?  The next word is lowercase (no sentence starts so; an abbreviation such as
    "pp." or "s." after a number does), or a capitalised noun after a short lowercase word,
    an article or preposition (German "im 19. Jahrhundert", "des 18. Jahrhunderts und"), that
    ends the title or goes on in lowercase (not a place and its publisher, "… 4. London: …",
    "release 17. College Station, TX: …", nor a short word opening a sentence, "… note 12.
    The …")."""
    number = _ORDINAL_BEFORE.search(before)
    word = _ORDINAL_AFTER.match(text, after)
    if number is None or word is None:
        return False
    next_word, then = word.group("word"), word.group("then")
    if next_word[0].islower():
        return len(next_word) >= 5 or then != "."
    going_on = then in (".", "") or (then == " " and text[word.end() : word.end() + 1].islower())
    return (
        number.group("word").islower()
        and len(number.group("word")) <= 4
        and next_word[1:].islower()
        and len(next_word) >= 4
        and going_on
    )


# A year written as an ordinal, as Hungarian, Latvian and Estonian do: "a 2003. évi
# alacsony vízállás", "2021. évi felülvizsgálat", "1956. októberi", "2004. gada 1. maija",
# "2010. aasta": the year, then the word for year or a month's name in lowercase
_YEAR_BEFORE = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d$")
_YEAR_WORD_AFTER = lazy_compile(
    r"(?:év|gad[aāuī]|aast[ai]|január|február|március|április|május|június|július|augusztus"
    r"|szeptember|október|november|december)[^\W\d_]{0,8}(?![\w.])"
)


def _year_ordinal(before: str, text: str, after: int) -> bool:
    """Is the full stop before ``text[after:]`` that of a year written as an ordinal
    (``before`` ends with the year, the year's word or a month's name follows)?"""
    return _YEAR_BEFORE.search(before) is not None and bool(_YEAR_WORD_AFTER.match(text, after))


# the year after a name that ends in "!" ("Onward! 2019", "Onward! '19"): no sentence's end
_VENUE_YEAR = lazy_compile(r"(?:(?:19|20)\d\d|['’]\d\d)(?!\d)")


def split_sentences(text: str) -> list[str]:
    """Split at ". ", "? ", "! " except after initials and abbreviations."""
    sentences: list[str] = []
    start = 0
    for match in re.finditer(r"[.?!]\s+", text):
        # Only the last word matters; a short window keeps this linear.
        before = text[max(start, match.start() - 20) : match.start()]
        if text[match.start()] == "." and (
            _NO_BREAK.search(before) or _INDIC_DOTTED.search(before)
        ):
            continue
        if text[match.start()] == "!" and _VENUE_YEAR.match(text, match.end()):
            continue  # "Onward! 2019", "Onward! '19": a venue's name, its edition's year
        if text[match.start()] == "." and _HONORIFIC.search(before):
            continue  # "Letter from Atty. GVS": a person's title, not a sentence's end
        if text[match.start()] == "." and stands_before_number(
            before.rsplit(None, 1)[-1] if before.strip() else "",
            text[match.end() : match.end() + 12],
        ):
            continue  # "Chap. 3", "Bd. 2", "Kap. 4", "Röm. 8": the number is its locator
        if (
            text[match.start()] == "."
            and _DAY_BEFORE_MONTH.match(text, match.end())
            and (re.search(r"(?<!\d)\d{1,2}$", before))
        ):
            continue  # "19. novembra 2004", "3. März 1990": a date, not a sentence's end
        if (
            text[match.start()] == "."
            and _DAY_MONTH_ABBREVIATION.search(before)
            and _YEAR_AFTER_MONTH.match(text, match.end())
        ):
            continue  # "20 jul. 1950", "7 ene. 2004": a date, not a sentence's end
        if text[match.start()] == "." and _ordinal(before, text, match.end()):
            continue  # "i det 20. århundre", "im 19. Jahrhundert": an ordinal number
        if text[match.start()] == "." and _year_ordinal(before, text, match.end()):
            continue  # "a 2003. évi vízállás", "2004. gada": a year as an ordinal
        sentences.append(text[start : match.start() + 1].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def _plausible_title(text: str | None) -> str | None:
    """A title needs two real words, or one long one ("xxx" is not a title)."""
    if text is None:
        return None
    text = f.normalize_space(text).strip(" .,;:")
    words = f.letters_words(text)
    if len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 5):
        return text
    return None


def find_year(text: str) -> _Year:
    """APA ``(2020)`` first, else the last plausible year in the text.

    ``(n.d.)`` ("no date") means there is no year to find.
    """
    if _NO_DATE.search(text):
        return _Year(None, None)
    ranged = _APA_RANGE.match(text)
    imprint = _IMPRINT_YEAR.match(text, ranged.end()) if ranged else None
    if imprint is not None:
        # "Surname I. Title (1939–1950). Edmonton : Press, 1996.": the range closes the
        # title, the imprint's year is the book's (APA prints no year after its publisher)
        return _Year(int(imprint.group("year")), imprint.group("year"))
    match = ranged or _PAREN_YEAR.search(text)
    info = f.parse_year(match.group(1)) if match else None
    later = _ANY_YEAR.findall(text[match.end() :]) if match else []
    if match and info is not None and info.year is None and later and len(match.group(1)) == 4:
        # "Charter of Lynn (1285), reprinted in ... 1932": the early date is the
        # document's own; the publication year is the later one.
        return _Year(int(later[-1]), later[-1])
    if info is not None:
        return _Year(info.year, info.raw, info.problem)
    broken = _BROKEN_PAREN_YEAR.search(text)
    if broken:
        raw = broken.group(1)
        return _Year(None, raw, f"year {raw!r} is not a valid 4-digit year; not guessed")
    # Page ranges are no years ("2008, 1632-1646", "Juristenblad 2015, p. 2012-2019"): a year
    # written outside any range wins; a range alone ("1990–2000") is the date it gives.
    text = _CATALOGUED.sub(" ", text)  # "nr. 1617": a catalogue number, no year
    years = f.year_tokens(text, _ANY_YEAR)
    if years:
        year = f.span_start(text, years[-1])  # "Freiburg: Herder, 1901–2001": 1901
        return _Year(int(year), year)
    dated = _DOTTED_DATE.search(text)
    if dated is not None:  # "Resmî Gazete, 31.05.2012": the day it was published, no other
        return _Year(int(dated.group(1)), dated.group(1))
    return _Year(None, None)


# a day written with dots, as German, Turkish and Slavic references write a gazette's or a
# newspaper's date ("31.05.2012"): its year, where no year stands alone
_DOTTED_DATE = lazy_compile(r"(?<![\d.])[0-3]?\d\.[01]?\d\.((?:1[5-9]|20)\d\d)(?![\d.]\d)")


# (and a series' number closing NLM's series statement: "(Skrifter; 1503)", no year)
_CATALOGUED = lazy_compile(
    r"(?:\b(?:nr|Nr|NR|cat|Cat|inv|Inv|sign|Sign|n°)\.?|№)\s?\d+"
    rf"|{SERIES_STATEMENT_NUMBER}"
)


# a list whose first name starts with its initials: natural order, as APA never writes it
# ("K. Arora, H. Ameur", "C. G. Rizzello and M. Gobbetti")
_NATURAL_INITIALS_HEAD = lazy_compile(
    rf"[{_U}]\.(?:\s?-?[{_U}]\.)*\s{SURNAME}(?:,\s|\s(?:and|&)\s)"
)


# the small words a family name opens with ("van der Berg", "De la Cruz")
_PARTICLE = particle_pattern(PARTICLES)


def _apa_authors(text: str) -> tuple[str, ...]:
    """Personal authors, or one corporate author written ``Name. (2020).``."""
    if _NATURAL_INITIALS_HEAD.match(text):
        return ()  # "K. Arora, H. Ameur, and M. Gobbetti.": natural order, no APA list
    people = tuple(m.group(0).strip() for m in _APA_AUTHOR.finditer(text))
    people = last_natural.with_last_natural(text, people)  # "De Vries, M. & L.A. te Winkel"
    if people:
        # (not names before a title and a journal whose year is in parentheses: "Jonsson,
        # G. R., Lalot, S., Title, Int. J. Heat Mass Transfer 50 (2007) 2643–2655")
        residue = f.letters_words(_APA_AUTHOR.sub(" ", text))
        return () if len(residue) >= 4 and _ENDS_IN_VOLUME.search(text) else people
    corporate = text.strip()
    if corporate.endswith(".") and f.letters_words(corporate):
        return bodies(corporate.rstrip("."))
    if re.fullmatch(
        rf"(?:{_PARTICLE}\s){{0,2}}[{_U}][\w&'’.-]*"
        rf"(?:\s(?:of|for|and|the|&|{_PARTICLE}|[{_U}][\w&'’.-]*)){{0,5}}",
        corporate,
    ):
        # "AWWA (2016).", "World Health Organization (2019).", and a family name with its
        # particles in a short note: "Van der Berg (2011).", "van den Abeele (2004)."
        return bodies(corporate)
    return ()


# the word joining two bodies named as one author ("Ministry of Health and Institute of
# Public Health", "Министарство здравља и Институт за јавно здравље", Turkish "Türk
# Tabipleri Birliği ve Sağlık Bakanlığı", Nordic "Statens vegvesen og Miljødirektoratet")
_BODY_JOINER = lazy_compile(r"\s(?:and|und|et|i|и|і|y|e|&|ve|og|och|en|és|ja|oraz)\s")
# a later body in a language whose names close with their body word, which stands on its
# own however short: Turkish possessives ("Sağlık Bakanlığı"), one German, Nordic or Finnish
# compound ("Umweltbundesamt", "Miljødirektoratet", "Ruokavirasto")
_CLOSING_BODY = lazy_compile(
    rf"(?:{bodywords.pattern(languages=frozenset({bodywords.Language.TURKISH}))})$"
    + "".join(
        rf"|^{bodywords.compound_end(language)}$"
        for language in (
            bodywords.Language.GERMAN_DUTCH,
            bodywords.Language.NORDIC,
            bodywords.Language.FINNISH,
        )
    )
    # (... or a German name written with hyphens: "Kraftfahrt-Bundesamt", "Robert
    # Koch-Institut", "Friedrich-Loeffler-Institut")
    + rf"|^{bodywords.hyphenated_body(bodywords.Language.GERMAN_DUTCH)}$"
    # (... or a Nordic state's body by "Statens" and its field: "Statens vegvesen", "Statens
    # kartverk", "Statens legemiddelverk")
    + r"|^Statens\s[^\W\d_]{2,40}$"
)
# a body named on its own: it starts with its organisation word ("Institute of …",
# "Институт за …") or has three words or more ("National Research Council"); "Department
# of Health and Human Services" stays one body
_OWN_BODY = lazy_compile(rf"(?:{ORGANISATION_WORD})|[{_U}]\S*\s\S+\s\S")


def bodies(name: str) -> tuple[str, ...]:
    """``name``, a corporate author, split into the bodies it joins: each part names an
    organisation by its own word, and the later ones can stand on their own."""
    joiners = list(_BODY_JOINER.finditer(name))
    if not joiners:
        return (name,)
    # the text between the joiners, each looked at once (a long name stays linear)
    ends = [j.start() for j in joiners[1:]] + [len(name)]
    segments = [name[: joiners[0].start()]]
    segments += [name[j.end() : end] for j, end in zip(joiners, ends, strict=True)]
    owned = [
        bool(_ORG_WORD.search(segment) or _CLOSING_BODY.search(segment)) for segment in segments
    ]
    parts: list[str] = []
    start, head_owned = 0, owned[0]
    for index, joiner in enumerate(joiners):
        nxt = segments[index + 1]
        if (
            head_owned
            and owned[index + 1]
            and nxt[:1].isupper()
            and (_OWN_BODY.match(nxt) or _CLOSING_BODY.search(nxt))
        ):
            parts.append(name[start : joiner.start()].strip())
            start, head_owned = joiner.end(), False
        head_owned = head_owned or owned[index + 1]
    parts.append(name[start:].strip())
    return tuple(parts) if len(parts) > 1 and all(parts) else (name,)


def joined_bodies(ref: Reference) -> Reference:
    """``ref`` with its one author, two bodies joined by a word for "and", made two authors,
    as a note or a Vancouver list names them ("Robert Koch-Institut und Friedrich-Loeffler-
    Institut, Zoonosenbericht …", "Kraftfahrt-Bundesamt and Umweltbundesamt. Title. …"):
    each part must be a body's name on its own (:func:`bodies`, :func:`.is_organisation`)
    closing with its body word (:data:`_CLOSING_BODY`: a German compound or hyphenated name,
    a Nordic or Finnish one, a Turkish possessive); one body's own "and" ("Department of
    Health and Human Services", "Direcção-Geral de Obras Públicas e Serviços Hidráulicos")
    stays whole."""
    if len(ref.authors) != 1:
        return ref
    parts = bodies(ref.authors[0])
    if len(parts) < 2 or not all(
        is_organisation(part) and _CLOSING_BODY.search(part) for part in parts
    ):
        return ref
    return dataclasses.replace(ref, authors=parts)


def _title_of(text: str) -> str | None:
    """A quoted title if there is one, an emphasised one at the start (``*Title*``,
    ``_Title_``), else the first sentence up to an edition or version statement."""
    quoted = f.first_closed(text, _QUOTED)
    if quoted and not (quoted.start() < 3 and f.quote_opens_title(text, quoted)):
        return next(g for g in quoted.groups() if g)
    emphasis = _EMPHASIS_START.match(text.strip())
    if emphasis:
        return next(g for g in emphasis.groups() if g)
    # (a paper in a series of papers: "Dust in the belt. I. Grain sizes. Icarus. 2001;…",
    # :mod:`.series_part`)
    sentences = series_part.with_series_part(with_numbered_part(split_sentences(text)))
    # ("Ideen. Zweites Buch: Untersuchungen. Den Haag, 1952.": the book cited, :mod:`.book_part`)
    sentences = book_part.with_book_part(sentences)
    if not sentences:
        return None
    # (a numbered version ends the title, what follows it in the sentence is no part of it:
    # "Title, version 1.2; Zenodo, 2025")
    first = _NUMBERED_VERSION.sub(r"\g<version>", sentences[0])
    cut = _TITLE_TAIL.sub("", first)
    # (a date before an imprint that dates the work is the title's: "Annual report, 1984.
    # Nairobi: Ministry of Health; 1985.", :mod:`.title_year`)
    own = date_in_title(first, text) if cut != first else None
    return first.rstrip(" .") if own is not None and len(cut) >= own else cut


# a numbered version and the facts after it in the title's sentence
_NUMBERED_VERSION = lazy_compile(
    r"(?P<version>,\s(?i:version|ver\.)\s\d+(?:\.\d+)*(?:[-+.]?[a-z]\w*)?)[;,]\s.*$"
)


# one sentence that names an organisation and nothing else: "University of St Andrews."
_HOST_ONLY = lazy_compile(
    rf"(?=[^.]*(?:{ORGANISATION_WORD}|\b(?:Library|Archives?|Museum)\b))[{_U}][^.:;\d]{{2,80}}"
)


def _titled(after: str) -> bool:
    """Does ``after`` open with a title sentence (not with a publication statement:
    "Harbour Cranes. London: X, 2001." has no author)?"""
    first = split_sentences(after)[0] if after else ""
    return not (_PUBLICATION.match(first) or len(f.letters_words(_TITLE_TAIL.sub("", first))) < 2)


# one name of a given name, one initial and a surname ("John J. Smith") -- or Vancouver's
# family name, its initial and a one-word title ("Virtanen A. Liikuntalääketiede")
_GIVEN_INITIAL_SURNAME = lazy_compile(rf"[{_U}][\w'’-]+\s[{_U}]\.?\s[{_U}][\w'’-]+")
# the sentence after a book's title, never after an author's name: the imprint without a
# comma before the year ("Helsinki: Duodecim 2019", "London: Springer; 2019") or the
# edition ("2nd ed.", "3. painos", "2. Aufl.", "4e éd.")
_AFTER_TITLE_ONLY = lazy_compile(
    rf"[{_U}][\w-]*(?:\s[{_U}][\w-]*)?\s?:\s?[^:;,.\d]{{1,60}}?[;,]?\s(?:1[5-9]|20)\d\d\b"
    r"|\d{1,2}(?:st|nd|rd|th|\.|e)?\s?(?:ed|edn|painos|uppl|udg|Aufl|éd|uitg)\b"
)


def _names_first(text: str) -> tuple[tuple[str, ...], str] | None:
    """Natural-order names ending in a period, followed by a title sentence (not by a
    publication statement: "Harbour Cranes. London: X, 2001." has no author)."""
    m = _NAMES_FIRST.match(text)
    if m is None:
        return None
    after = m.group("after")
    if not _titled(after):
        return None
    if _GIVEN_INITIAL_SURNAME.fullmatch(m.group("authors")) and _AFTER_TITLE_ONLY.match(after):
        # "Virtanen A. Liikuntalääketiede. Helsinki: Duodecim 2019.": an imprint or an
        # edition follows a title, never a name -- the last word was the one-word title of
        # a Vancouver entry, its author the family name and the initial
        return None
    if _HOST_ONLY.fullmatch(after.strip(" .")):
        # "Universal Short Title Catalogue. University of St Andrews.": a database or a site
        # and the body that keeps it (the access date cut before), no person and a title
        return None
    # (one body's name, its remits joined: "Direcção-Geral de Minas e Serviços Geológicos")
    split = body_name.split_names(_PERSON_SPLIT_AT, m.group("authors"))
    people = tuple(p.strip() for p in split if p.strip())
    return people, after


_SINGLE_QUOTED = lazy_compile(
    rf"[{SINGLE_OPENINGS}]([^{APOSTROPHES}]{{3,}}?)[{APOSTROPHES}](?=,|\.|$)"
)
# Names inverted with initials, each followed by a comma, then the title: Turkish, Dutch
# and engineering lists ("Hartlief, T., Title, Den Haag: Boom 2021").
_ONE_INVERTED = lazy_compile(rf"{SURNAME},\s(?:[{_U}]\.\s?-?)+")
_INVERTED_LIST = lazy_compile(
    rf"^(?P<authors>{SURNAME},\s(?:[{_U}]\.\s?-?)+(?:,\s(?:(?:and|en|ve|i|e|y|&)\s)?"
    rf"{SURNAME},\s(?:[{_U}]\.\s?-?)+)*)"
    # the editors of a volume say so after their names: "Tamime, A. Y. (ed.), Title"
    rf"(?:,\s(?P<rest>(?![{_U}]\.)\S.+)|\s?{role_marks.MARK}"
    rf"(?P<sep>[,.])\s(?P<edited>(?![{_U}]\.)\S.+))$"
)


# Names inverted with initials, separated by semicolons, then the title: ABNT NBR 6023 and
# ACS without ACS's journal ("Silva, A.; Souza, B. Title. Revista, v. 40, n. 2, ...")
_SEMICOLON_LIST = lazy_compile(
    rf"^(?P<authors>{SURNAME},\s(?:[{_U}]\.\s?-?)+(?:;\s{SURNAME},\s(?:[{_U}]\.\s?-?)+)+)"
    rf"(?:;?\set\sal\.)?\s(?P<rest>(?![{_U}]\.)\S.+)$"
)


def _semicolon_list(text: str) -> tuple[tuple[str, ...], str | None] | None:
    m = _SEMICOLON_LIST.match(text)
    if m is None:
        return None
    people = tuple(p.strip() for p in m.group("authors").split(";"))
    return people, _title_of(m.group("rest"))


def _comma_form(text: str) -> tuple[tuple[str, ...], str] | None:
    """``Names, Title, 2015`` or ``Organisation, Title, 2023`` (a link list's entries)."""
    m = _COMMA_FORM.match(text)
    if m is None:
        return None
    who = m.group("who").strip()
    if ":" in who or _STATE_PUBLISHER.match(m.group("title")):
        # "Title: Subtitle. Cambridge, MA: Press, 2013": a place and its state, no author
        return None
    if _ONE_NATURAL.match(who) or (_ORG_WORD.search(who) and len(who.split()) <= 10):
        body = _ORG_FIRST.match(text)
        if (
            body is not None
            and body.group("org").startswith(f"{who}, ")
            and _remits(body.group("org"))
        ):
            return None  # ("Ministero di Agricoltura, Industria e Commercio. *Title*. …")
        return (who,), m.group("title")
    return None


# a body's remit after a comma: capitalised words and the small words between them
# ("Industria e Commercio", "Pesca y Alimentación", "Fisheries and Food")
_REMIT = lazy_compile(
    rf"[{_U}][\w'’-]*(?:\s(?:[{_U}][\w'’-]*|and|&|e|y|i|et|und|de|del|della|dei|des|du|da|do"
    r"|dos|das|di|of|for))*"
)


def _remits(org: str) -> bool:
    """Is ``org`` a body's name with its remits listed after commas ("Ministerio de
    Agricultura, Pesca y Alimentación": :func:`.body_name.inside_body_name`)?"""
    first, *rest = org.split(", ")
    return bool(rest) and all(
        _REMIT.fullmatch(part) and body_name.inside_body_name(first, part) for part in rest
    )


# one capitalised word of three letters or more: "Fastly", "Cloudflare", "GitLab"
_ONE_WORD = lazy_compile(rf"[{_U}][\w'’&-]{{2,40}}")


def _named_again(org: str, after: str) -> bool:
    """A one-word first sentence (``Fastly.``) whose word names the site or body again in
    a sentence after the next (``Fastly. Working with surrogate keys. Fastly
    documentation.``): the author, the next sentence (which does not name it) the title.
    A one-word title names no body again (``Kubernetes. Kubernetes Authors. …``: the next
    sentence names it)."""
    org = org.strip()
    if _ONE_WORD.fullmatch(org) is None:
        return False
    sentences = split_sentences(after)
    if len(sentences) < 2:
        return False
    word = re.compile(rf"(?<![\w.]){re.escape(org)}(?!\w|\.\w)")
    return word.search(sentences[0]) is None and any(word.search(s) for s in sentences[1:])


# a one-word title and perhaps its year, all that is left of an entry cited by its link
# (the link taken out before): "Observations.", "Havaintoaineisto. 2021."
_ONE_WORD_PAGE = lazy_compile(
    rf"(?P<word>[{_U}][^\W\d_]{{3,40}})\.?(?:\s\(?(?:1[5-9]|20)\d\d\)?\.?)?\s?"
)


def _one_word_page(after: str, linked: bool) -> bool:
    """Does ``after`` (what follows a body's name in an entry cited by its link, the link
    taken out) hold a one-word title alone (``Met Office. Observations. https://…``,
    ``Ilmatieteen laitos. Havaintoaineisto. https://…``)?  A second body's name is no title
    (``Ministry of Health. Directorate. https://…``: its unit), nor an abbreviation (``Ф.
    18.``)."""
    found = _ONE_WORD_PAGE.fullmatch(after) if linked else None
    return found is not None and _ORG_WORD.search(found.group("word")) is None


def _org_first(text: str, linked: bool = False) -> tuple[tuple[str, ...], str] | None:
    """An organisation named before the title: ``IEEE Computer Society. Title. ...``."""
    m = _ORG_FIRST.match(text)
    if m is None or len(m.group("org").split()) > 10:
        return None
    after = m.group("after")
    # "PagerDuty. _State of Digital Operations Report_. 2022.": an italic or quoted title
    # after the first sentence makes that sentence the author, whatever its words
    titled = bool(_EMPHASIS_START.match(after)) or after[:1] in '“"«'
    org = m.group("org")
    if "," in org and not _ORG_WORD_LAST.search(org) and not (titled and _remits(org)):
        # (a comma inside a body's name only where its organisation word closes it: "Ministry
        # of Environment, Urbanisation and Climate Change" no, "Çevre, Şehircilik ve İklim
        # Değişikliği Bakanlığı" yes)
        return None
    if not (titled or _ORG_WORD.search(org) or _named_again(org, after)):
        return None
    if org[0].islower() and not titled:
        return None  # (a name in lower case is a body's only before a marked title)
    one_word = _one_word_page(after, linked)
    if len(f.letters_words(_title_of(m.group("after")) or "")) < 2 and not one_word:
        return None  # "Государственный архив ... . Ф. 18. Оп. 1.": an archive, no title
    return (m.group("org").strip(),), m.group("after")


# what follows initials when the name is in natural order: the surname ("John D. C. Little.")
_SURNAME_NEXT = lazy_compile(rf"{SURNAME}(?:\.\s|\s(?:and|&)\s|,\s)")


# A short author-year note, as German Wikipedia and Harvard-style notes write: "Schomann
# 2005, S. 614.", "Lind und Roth 1999, 12.", "Haas et al. 2010: 4", "Moor 2001a, p. 7.", and
# the colon of the humanities closed up to the page: "Visser and Botha 2004:18–22."
# (the place in any language's word for it: Indonesian and Malay "hlm. 12", Dutch "blz. 7",
# Spanish "pág. 4", Turkish and Polish "s. 33", a volume before it: "jil. 2, hlm. 30")
_NOTE_PLACE = r"(?:[^\W\d_]{1,6}\.\s?)?\d+(?:\s?[-–]\s?\d+)?(?:\s?f{1,2}\.)?"
_AUTHOR_YEAR_NOTE = lazy_compile(
    rf"(?P<who>{SURNAME}(?:(?:,\s|\s(?:und|and|&|et|e|y|dan|en|i|ve|og|och)\s){SURNAME}){{0,2}})"
    r"(?:\set\sal\.|\sdkk\.)?"
    rf"\s(?:1[5-9]|20)\d\d[a-z]?(?:(?:,\s|:\s?){_NOTE_PLACE}(?:,\s{_NOTE_PLACE}){{0,3}})?"
    r"\.?"
)


def authors_and_title(text: str, linked: bool = False) -> tuple[tuple[str, ...], str | None]:
    """Authors when clearly present, and the best guess at the title.

    APA: the sentence after ``(year).``; Vancouver, Chicago and GOST-like
    ``Иванов И.И.`` headings: what follows the author list; there, and when
    no author is found, a quoted title wins, else the first sentence.
    """
    short = _AUTHOR_YEAR_NOTE.fullmatch(text.strip())
    if short is not None:  # "Schomann 2005, S. 614.": a short note, an author and a year
        return tuple(
            re.split(r",\s|\s(?:und|and|&|et|e|y|dan|en|i|ve|og|och)\s", short.group("who"))
        ), None
    apa = _APA.match(text)
    apa_authors = _apa_authors(apa.group("authors")) if apa else ()
    if apa and apa_authors:
        return apa_authors, _title_of(apa.group("after"))
    heading, remainder = f.split_heading_authors(text, single=gost.looks_dashless(text))
    if heading and _SURNAME_NEXT.match(remainder) and (named := _names_first(text)):
        return named[0], _title_of(named[1])  # "John D. C. Little. Title": natural order
    if heading:
        # "Алферова Г. В. Title. Place : Publisher, 2006.": GOST without area dashes
        # (Vancouver would take "Алферова Г" and leave "В." to the title)
        return heading, _gost_title(remainder)
    named = _names_first(text)
    if named and len(named[0]) == 1 and (anonymous := anonymous_article(text)) is not None:
        # "Neue Wege der Stadtforschung. Zeitschrift für Geographie, 12(3), 45–67": one
        # sentence before the journal is the title of an unsigned article, no name
        # (:mod:`.anonymous_article`)
        return (), anonymous[0]
    if named:
        return named[0], _title_of(named[1])
    bodies = organisation_list(text)
    if bodies is not None and _titled(bodies[1]):
        # "European Pressure Ulcer Advisory Panel, National … Alliance. Title. …": bodies
        return bodies[0], _title_of(bodies[1])
    listed = _SURNAME_FIRST_QUOTED.match(text)
    if listed:
        return tuple(
            re.sub(r",\sEds?\.$", "", m.group(0)).strip()
            for m in _ONE_LISTED.finditer(listed.group("authors"))
        ), _title_of(listed.group("after"))
    semicolons = _semicolon_list(text)
    if semicolons:
        return semicolons
    inverted = _INVERTED_LIST.match(text)
    if inverted:  # "Özcan, O., Binici, B., Title, Journal, 30(6), 2008, 1632-1646"
        people = tuple(
            m.group(0).strip() for m in _ONE_INVERTED.finditer(inverted.group("authors"))
        )
        rest = inverted.group("rest") or inverted.group("edited")
        quoted = f.first_closed(rest, _QUOTED) or _SINGLE_QUOTED.match(rest)
        if quoted is not None and quoted.start() == 0:
            return people, next(g for g in quoted.groups() if g)
        if inverted.group("sep") == ".":  # "Tamime, A. Y. (Ed.). Title. Place: Publisher"
            return people, _title_of(rest)
        edition = _EDITION_NEXT.search(rest)
        if edition is not None and not _HOST_BEFORE.search(rest, 0, edition.start()):
            # "Tamime, A. Y. (ed.), Cleaning-in-Place: Dairy, Food and Beverage Operations,
            # 3rd ed., Wiley": a book's edition follows its title, commas and all
            return people, rest[: edition.start()].strip(" .") or None
        return people, rest.split(", ")[0].strip(" .") or None
    comma = _comma_form(text)
    if comma:
        return comma
    vancouver = _VANCOUVER.match(text)
    if vancouver:
        authors = tuple(m.group(0) for m in _V_ONE.finditer(vancouver.group("authors")))
        return authors, _title_of(vancouver.group("after"))
    chicago = _CHICAGO.match(text)
    if chicago:
        second = chicago.group("second")
        authors = (given_particle_first(chicago.group("first")),) + ((second,) if second else ())
        return authors, _title_of(chicago.group("after"))
    names = _INITIALS_FIRST.match(text)
    if names:
        split = re.split(r",\s(?:and\s)?|\s(?:and|&)\s", names.group("authors"))
        return tuple(p.strip() for p in split if p.strip()), _title_of(names.group("after"))
    org = _org_first(text, linked)
    if org:
        return org[0], _title_of(org[1])
    if gost.looks_dashless(text):  # "Title : аналіт. огляд / Укр. бібл. асоц. Київ, 2023."
        title, after = gost.split_title_area(text)
        if after:
            return (), _without_journal(title.partition(" / ")[0].strip(), after)
    return (), _title_of(text)


# a book's edition after its title, in a list of commas: ", 3rd ed.", ", 2nd edn,",
# ", rev. ed.", ", 2. Aufl.", ", 3e éd."
_EDITION_NEXT = lazy_compile(
    r",\s(?:(?:\d{1,2}(?:st|nd|rd|th)|rev\.|revised|new|enlarged)\sed(?:n|ition)?\.?"
    r"|\d{1,2}\.\s(?:Aufl|Ausg)\.|\d{1,2}(?:e|ème)\s[ée]d\.)(?=[,;\s]|$)"
)
# what makes the part before an edition no title alone: a chapter's host ("in: Eds.,
# Book, 2nd ed.") or a year (the facts have begun)
_HOST_BEFORE = lazy_compile(r"(?:^|,\s)(?:[Ii]n:?\s)|\b(?:1[5-9]|20)\d\d\b")


def _gost_title(text: str) -> str | None:
    """The title after GOST heading authors: up to the first element (``Place :
    Publisher``, a year, pages ...) when there is one, else the first sentence."""
    quoted = f.first_closed(text, _QUOTED)
    if (quoted is not None and quoted.start() == 0) or _EMPHASIS_START.match(text):
        return _title_of(text)  # "Name (ed.). _Title_. Place: ...": the title marked
    title, after = gost.split_title_area(text)
    if after:
        return _volume_titled(title, after) or _without_journal(title, after)
    return _title_of(text)


# a volume of a multivolume work, with a title of its own after it: "История Якутской АССР.
# Т. 2. Якутия от 1630-х годов до 1917 г. М.: …", "Geschichte Sachsens. Bd. 3. Die Neuzeit.
# Leipzig: …" (the volume and its title are part of the title)
_VOLUME_FIRST = lazy_compile(
    r"(?:Т|Том|Vol|Bd|Кн|Вып|Ч|Pt|Tome|Tomo)\.?\s?(?:\d{1,4}|[IVXLC]{1,6})\.\s+(?=\S)"
)
# ... never the imprint: "Т. 1. СПб.: Типография …, 1896", "Т. 1. Якутск, 1957"
_ENDS_IN_YEAR = lazy_compile(r"[,\s](?:1[5-9]|20)\d\d\s*$")


def _volume_titled(title: str, after: str) -> str | None:
    """The title with the volume and the volume's own title after it (None: no such
    volume title)."""
    volume = _VOLUME_FIRST.match(after)
    if volume is None:
        return None
    own, rest = gost.split_title_area(after[volume.end() :])
    words = own.split()
    if (
        not rest
        or len(words) < 2
        or _VOLUME_FIRST.match(own + ". ")
        or _ENDS_IN_YEAR.search(own)
        or ":" in own
    ):
        return None
    return f"{title}. {after[: volume.end()].strip()} {own}"


# DSTU 8302 / GOST without area dashes writes an article "Title. Journal. 2022. № 4. С. 6–18.",
# Vancouver "Title. Journal. 1991;34:69–105." (a month or a day may follow the year: "1991
# Mar 5;34(2):69")
_ISSUE_AFTER_YEAR = lazy_compile(
    r"^\s*(?:1[5-9]|20)\d\d(?:\.\s(?:№|Т\.|Вип\.|Вып\.|Vol\.|No\.|Iss|С\.|C\.|P\.|Art)"
    r"|(?:\s[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?)?;\s?\d)"
)


def _without_journal(title: str, after: str) -> str:
    """``Title. Journal`` before ``2022. № 4``: the journal's name is no part of the title."""
    if not _ISSUE_AFTER_YEAR.match(after):
        return title
    sentences = split_sentences(title)
    return " ".join(sentences[:-1]).rstrip(". ") if len(sentences) >= 2 else title


# the work's own volume, right after its title: MLA's "*Title*. Vol. 2, Publisher, 1986.",
# "Title. Volume III, …" (a journal's volume follows the journal's name, never the title)
_OWN_VOLUME = lazy_compile(
    r"[*_]*+[.,]\s(?:Vol\.|Volume|Bd\.|Tome|Tomo|Т\.)\s?(?:\d{1,4}|[IVXLC]{1,6})(?=[,.])"
)


def _without_own_volume(text: str, title: str | None) -> str:
    """``text`` without the volume written right after ``title``: a multi-volume work's
    volume, which makes no journal article of it."""
    if not title:
        return text
    at = text.find(title)
    if at < 0:
        return text
    end = at + len(title)
    own = _OWN_VOLUME.match(text, end)
    return text if own is None else text[:end] + text[own.end() :]


# a multi-volume book's volume after its imprint: "Place: Publisher, 2000, vol. 1, p. 214"
# (NP 405, ISO 690, GOST; a journal's volume follows the journal's name, before its year),
# ABNT's "Reading, MA: Addison-Wesley, 1998. v. 3."
_IMPRINT_VOLUME = lazy_compile(
    r"((?:^|\.\s)[A-ZА-ЯЁ][\w.-]*+(?:\s[A-Z][\w.-]*+)?(?:,\s[A-Z]{2,3})?\s?:\s?"
    r"[^\W\d_][^,:]*+,\s?(?:1[5-9]|20)\d\d)"
    r"[,.]\s(?:[Vv]ol\.|[Vv]\.|Bd\.|[Tt]\.)\s?(?:\d{1,4}|[IVXLC]{1,6})(?=[,.]|$)"
)


def without_imprint_volume(text: str) -> str:
    """``text`` without the volume written right after a ``Place: Publisher, year``
    imprint: a multi-volume book's volume, which makes no journal article of it."""
    return _IMPRINT_VOLUME.sub(r"\1", text)


def find_pages(text: str) -> str | None:
    """``pp. 12–15``, APA ``3(2), 1–10``, Vancouver ``;3(2):1-10``."""
    match = _PAGES.search(text)
    if match is None:
        return None
    return next(g for g in match.groups() if g)


def choose_kind(text: str, has_web_url: bool) -> RefKind:
    """ARTICLE for journal/volume patterns, BOOK for publisher words, WEB
    for a link alone."""
    if _JOURNAL.search(text):
        return RefKind.ARTICLE
    if _PUBLISHER.search(text):
        return RefKind.BOOK
    if has_web_url:
        return RefKind.WEB
    return RefKind.UNKNOWN


def _report_or(kind: RefKind, text: str, title: str | None, authors: tuple[str, ...]) -> RefKind:
    """REPORT for a book or an unknown work that a report's cue marks (a web page whose
    title names it a report: :func:`.web_report`; a statistical yearbook's:
    :func:`.yearbook_online`)."""
    if kind is RefKind.WEB and (
        web_report(title) or agency_document(text, title) or yearbook_online(text, title)
    ):
        return RefKind.REPORT
    if kind not in (RefKind.BOOK, RefKind.UNKNOWN):
        return kind
    if is_report(text=text, title=title, authors=authors, publisher=None):
        return RefKind.REPORT
    return kind


def parse(text: str, rest: str, line_starts: Sequence[int], has_web_url: bool) -> Reference:
    """A non-GOST reference's fields (URL, DOI, access date and language are
    filled in by :func:`bibcheck.parse.references.parse_reference`)."""
    clean = f.normalize_space(_NOISE.sub(" ", f.normalize_space(rest)))
    # "A v B [2018] EWHC 1, [2019] 1 WLR 2; C v D [2023] ...", "A v. B, 1 F.3d 2 (2001); ..."
    legal = authority_year(clean) or case_year(clean)
    published = published_year(clean)
    if legal:
        year = _Year(int(legal), legal)
    elif published is not None:  # "Published August 28, 2019. Updated …" (AMA)
        year = _Year(*published)
    else:
        year = find_year(clean)
    authors, title = authors_and_title(clean, has_web_url)
    # "Title. Chetham Society, 3rd ser., vol. 3. Manchester: …": a book's series statement is
    # no part of the title, and its volume makes no journal article of the book
    statement = series_statement(clean)
    if statement is not None and title:
        title = without_series(title)
    kind_text = clean if statement is None else clean[: statement[0]] + clean[statement[1] :]
    kind_text = _without_own_volume(kind_text, title)
    kind_text = without_imprint_volume(kind_text)
    anomalies: tuple[Anomaly, ...] = ()
    if year.problem and year.raw:
        line = f.line_of(text, line_starts, year.raw)
        anomalies = (Anomaly(AnomalyCode.YEAR_MALFORMED, year.problem, line=line),)
    return Reference(
        raw=text,
        line=line_starts[0],
        end_line=line_starts[-1],
        kind=_report_or(choose_kind(kind_text, has_web_url), clean, title, authors),
        style="generic",
        authors=authors,
        title=_plausible_title(title),
        year=year.year,
        year_raw=year.raw,
        pages=find_pages(clean),
        anomalies=anomalies,
    )
