"""Author-date mentions of a reference list's entries in running text.

``(Sutton & Barto, 2017)``, ``Sutton and Barto (2017)``, ``Schulman et al., 2016)``: a
family name that heads exactly one entry, with a year that entry has, cites that entry.
A (name, year) pair two entries share cites neither.  Chicago author-date's shapes too:
``(Lowe 2019, 45)``, ``Lowe (2019, C97)``, ``(Lowe 2019a, 2019b)``, ``Lowe’s survey
(2019)``.  Used by the readers whose lists are cited this way beside numbers or links
(Markdown articles, HTML pages, PDF text) and by the Word reader for author-date text
(pandoc --citeproc, a citation manager's "convert to plain text", typed by hand).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.cmplaceholders import PlaceholderCite, placeholders
from bibcheck.parse.coauthors import AND, AND_INDIC, ET_AL, ET_AL_INDIC
from bibcheck.parse.interpunct import without_nationality
from bibcheck.parse.references import doclanguage
from bibcheck.parse.references.fullwidth import half_width_marks
from bibcheck.parse.references.patterns import MARKS, U
from bibcheck.parse.references.quote_pairs import APOSTROPHES, DOUBLE_CLOSINGS, TITLE_OPENINGS
from bibcheck.parse.references.same_author import omits_author, repeats_author
from bibcheck.parse.years import YEAR as _YEAR
from bibcheck.readers import slavic_others, sourceline
from bibcheck.readers.benchmarks import benchmark_mention
from bibcheck.readers.canonloc import CANONICAL_LOCATOR
from bibcheck.readers.citenames import PARTICLES, UNDATED, date_key, name_key
from bibcheck.readers.cjkcite import (
    YEAR_END,
    YEAR_START,
    cjk_count_keys,
    cjk_names,
    cjk_spans,
    has_cjk,
    initial_keys,
    names_head,
)
from bibcheck.readers.cjknames import family_name, is_japanese
from bibcheck.readers.editionyear import EDITION_YEAR
from bibcheck.readers.familystart import family_start
from bibcheck.readers.finnish_cases import nominatives as finnish_nominatives
from bibcheck.readers.fullnames import NAMES_LEADING, names_before
from bibcheck.readers.headcount import count_keys, mention_key
from bibcheck.readers.lawnames import law_names
from bibcheck.readers.linewrap import Hyphen, line_end_hyphen
from bibcheck.readers.slavic_cases import nominatives
from bibcheck.readers.standardnames import standard_names
from bibcheck.readers.titlenames import title_names
from bibcheck.readers.widecomma import spaced_commas
from bibcheck.text import ascii_digits

# a year with its letter ("2019a"), or no date at all ("n.d.", the same work's year)
_DATE = rf"(?:{_YEAR}[a-z]?|{UNDATED})"
# a part numbered in roman numerals, as economics and law number their sections ("Wang et
# al. (2022, Section IV)", "(Müller 2019, Kapitel III)", "(Rossi 2018, capitolo ii)")
_ROMAN = r"(?:[IVXLC]{1,7}|[ivxlc]{1,7})\b"
# (a page of the front matter in roman numerals: "(Glass, 1964, p. xviii)")
# (Harvard's and German author-date's colon: "(Lowe 2019: 45)", "Lowe (2019: 45–47)")
# (an abbreviated locator in the writer's language: "p. 4", "cap. 11", German "S. 4",
# "Kap. 3", "Abschn. 2", Dutch "hfst. 8", "blz. 14", Scandinavian "s. 12", "kap. 5")
_LOCATOR = (
    # (the word's vowel signs with its letters: Hindi, Marathi, Nepali "पृ. 4")
    # (a page with its letters: a supplement's "p. S3", "p. SM1", an appendix's "p. A12",
    # an electronic article's "p. e1234")
    # (a plate, a part or a volume numbered in capital roman numerals: "(Ruiz 1760/1981,
    # pl. XII)", "(Lenz 1890, Taf. IV)", "(Berg 2004, vol. II)")
    rf"(?:,\s*(?:(?:[^\W\d_]|[{MARKS}]){{1,7}}\.\s?"
    r"(?:(?:[A-Z]{1,3}|e)?\d|[ivxlcdm]{1,8}\b|[IVXLCDM]{1,8}\b)"
    r"|[A-Z]?\d{1,5}[a-z]?\b(?![./])|[A-Z]?\d{1,5}\s*[-–]\s*\d"
    # (a part of the work named in full: "(Boutron 2010, Table 2)", "(Moher 2015, item 8)";
    # a lecture's slide, APA's "(Nguyen, 2021, slide 4)", German "Folie", Spanish
    # "diapositiva", French "diapositive"; "paragraph 3", "line 12", "pages 4–6")
    r"|(?i:(?:table|figure|fig|item|box|chapter|section|appendix|page|note|slide|folie"
    rf"|diapositiv[ae]|paragraph|line)s?)\s(?:\d|{_ROMAN})"
    # (... in the writer's language: Dutch "(Brouwer, 2020, hoofdstuk 6)", "tabel 3",
    # German "Kapitel 2", "Tabelle 4", French "chapitre 5", "tableau 2", Spanish and
    # Portuguese "capítulo 3", "tabla 1", "tabela 1", Italian "capitolo 4", "tabella 2",
    # Norwegian, Danish and Swedish "tabell 4", "figur 2", "kapittel 3", "vedlegg 1",
    # "bilag 2", "bilaga 1", "avsnitt 5", Polish "rozdział 3", "rysunek 2")
    r"|(?i:hoofdstuk|bijlage|paragraaf|tabel|figuur|kapitel|abschnitt|tabelle|abbildung"
    r"|anhang|chapitre|tableau|annexe|cap[íi]tulo|capitolo|tabla|tabela|tabella|figura"
    r"|tabell|figur|kapittel|vedlegg|bilaga|bilag|avsnitt|rozdzia[łl]|rysunek"
    r"|anexo|allegato|secci[óo]n|se[çc][ãa]o|sezione"
    # (Slovak, Czech, Polish, Croatian and Slovene: an annex, a chapter, a table, a figure,
    # an article: "(Nariadenie … 2073/2005, 2005, príloha I)", "příloha 2", "załącznik 1",
    # "kapitola 3", "tabuľka 2", "obrázek 4", "prilog II", "priloga 1", "poglavje 2",
    # "článok 5", "artykuł 3", "člen 4")
    r"|pr[íi]loha|příloha|za[łl][ąa]cznik|prilog|priloga|kapitola|tabu[ľl]ka|obr[áa]zok"
    r"|obr[áa]zek|poglavlje|poglavje|[čc]l[áa]nok|[čc]l[áa]nek|artyku[łl]|[čc]lanak|[čc]len"
    rf")\s(?:\d|{_ROMAN})"
    # (a section sign: "(Heidegger 1927, § 2)", "(Kant 1797, §§ 41–42)")
    r"|§§?\s?\d"
    # (a canonical place in a classic: "(Kant 1998, A 51/B 75)", "(Aristotle 1984,
    # 1098a16)", "(Augustine 1972, 19.13)", "(Kant 1996, AA 4, 393)")
    rf"|{CANONICAL_LOCATOR}"
    r"|หน้า\s?\d"  # (Thai "page")
    # (a page or chapter counted in CJK units after a Latin name: "Mian and Sufi(2014, 5장)",
    # "(Lee, 2019, 45~48쪽)", "(Wang, 2010, 第3章)", "(Sato 2015, 12頁)")
    r"|(?:第\s?)?\d{1,5}(?:\s?[-–~～]\s?\d{1,5})?\s?(?:쪽|장|절|면|页|頁|章|節|ページ))"
    r"|:\s?[A-Z]?\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?=[);,\s])"
    # (a chapter, section or note after the colon: "(Lowe 2019: ch. 3)", "Lowe (2019: sec. 2)")
    r"|:\s?(?:pp?|chs?|chap|secs?|§§?|para|n|nn|fig|vol|bk|pt|art)\.?\s?(?:\d|[ivxlcdm]{1,8}\b))"
)
# the edition's year in brackets after the first year, a locator in the edition after it:
# "(Kant 1781 [1998: A51])", "Locke (1690 [1975])"
_EDITION = rf"\s?\[{_YEAR}[a-z]?(?::[^\[\]()]{{1,40}})?\]"
# the original's date before a slash, and a range's last year after the first
# (or in brackets before it, Chicago's reprint: "Huizinga [1941] 1984", "([1867] 1990)")
_ORIGINAL = rf"(?:{_YEAR}(?:\s?[-–]\s?{_YEAR})?/|\[{_YEAR}\]\s?)?"
_RANGE_END = rf"(?:\s?[-–]\s?{_YEAR}(?![\d/]))?"
# (the year, then the closing parenthesis, or a locator: "p. 4", Italian and Spanish
# "cap. 11", German "S. 4", "ch. 3", "para. 2", or Chicago author-date's bare page
# "2019, 1440", "2004, C97"; a narrative "(2004, C97)" takes one too)
# (APA's translated or reprinted work, the original's date first: "(Weil,
# 1947/2002)", "Weil (1947/2002, p. 12)", a multi-volume one "(Braudel,
# 1949–1966/1972–1973, Vol. 2)": the later date is the entry's)
# (ABNT's and others' square brackets, the year after a comma: "[SILVA, 2010]", "[SILVA;
# SOUZA, 2015, p. 3]"; "[Quist 2020]" with no comma is no such citation, nor is a Markdown
# link's text "[Moreno et al., 2021](https://…)")
# (the parenthesis glued to the name, as Chinese, Japanese and Korean text writes a Latin
# name before its particle: "Mian and Sufi(2014)와", "Cloyne et al.(2020, Table 3)이")
# (an ASCII comma and no space before the year, as some writers type it: "(Smith,2019)",
# "(Smith and Lee,2019, p. 4)")
# (a parenthesis that goes on after its citation with what the work is cited for: "(see
# Lowe, 2019, for a review)", "(see Lowe, 2019 for details)")
_FOR = r",?\s+for\s"
# (SIAM's, AMS's and ACM's author-year brackets: the year in brackets after the name in a
# sentence, "Church [1936]", and the name and year with no comma inside them, "[Yao 1993]",
# "[Barenco et al. 1995a]", "[Lecerf 1963, Bennett 1973]": a bracket a Markdown link's
# parenthesis follows is none)
_BRACKET_OPEN = r"\[(?=[^\[\]()\n]{4,40}\](?!\())"
_IN_BRACKETS = r"\](?!\()|[,;]\s+(?=[^\[\]()\n]{1,80}\](?!\())"
# (a comma, then the next mention of the group: "(Okafor & Lind 2002, Berg 2010, Ruiz et
# al. 2016)", Chicago author-date's groups typed with commas instead of semicolons)
_NEXT_MENTION = rf",\s+(?=(?:[{U}][\w'’-]+,?\s+(?:{AND}\s+)?|{ET_AL}\.?\s+){{1,8}}{_DATE}\s*[),;])"
# (two works of the same authors in one parenthesis, joined by "and": "Lind and Berg (2013
# & 2014)", "Moreau (2011 et 2015)")
_AND_YEAR = rf"\s+{AND}\s+{_DATE}\s*\)"
_YEAR_TAIL = (
    rf"(?:(?:,?\s+|,(?=\d)|(?=\({_YEAR}))(?:(?:\(|{_BRACKET_OPEN}){_ORIGINAL}(?P<y1>{_DATE}){_RANGE_END}"
    rf"(?:\)|\](?!\()|(?={_LOCATOR}|{_EDITION}|{_AND_YEAR}))"
    rf"|{_ORIGINAL}(?P<y2>{_DATE}){_RANGE_END}"
    rf"(?=\s*(?:[);]|{_LOCATOR}|{_EDITION})|{_FOR}|{_IN_BRACKETS}|{_NEXT_MENTION}|{_AND_YEAR}))"
    rf"|,\s+{_ORIGINAL}(?P<y3>{_DATE}){_RANGE_END}(?=\s*\](?!\()))"
)
# Thai: a year of the Buddhist era or of the common era, in parentheses or after a comma
# ("สมชาย ใจดี (2560)", "(สมชาย ใจดี, 2560, หน้า 45)"); the mention is matched by the last
# word before it, the family name (the words before it may be glued to the sentence's:
# "งานของสมชาย ใจดี (2560)"), or the body's name ("(กรมการข้าว, 2559)"); "และคณะ" is et al.
_THAI_DATE = rf"(?:{_YEAR}|2[45]\d{{2}})[a-z]?"
_THAI_AUTHOR_YEAR = lazy_compile(
    r"(?<![\u0e01-\u0e4f])(?P<name>[\u0e01-\u0e4f]++)(?:\s?และคณะ)?"
    rf",?\s*(?:\((?P<y1>{_THAI_DATE})(?:\)|(?={_LOCATOR}))"
    rf"|(?<=,\s)(?P<y2>{_THAI_DATE})(?=\s*(?:[);]|{_LOCATOR})))"
)
# The Indic scripts (Devanagari to Malayalam, Sinhala): no capitals either, names written in
# full, a word its letters with their vowel signs and viramas; the mention is matched by
# the last word before the year, the family name or a body's last word ("(अधिकारी, २०७५)",
# "(पौडेल र खनाल, २०७६, पृ. ४)", "(नेपाल राष्ट्र बैंक, २०७८)", "अधिकारी (२०७५)"); a year as
# printed, of whatever calendar (Bikram Sambat's 2075 is 2018 CE: never converted)
_INDIC = lazy_compile(r"[\u0900-\u0dff]")
_MARKS_SET = "".join(
    chr(c) for c in range(0x900, 0xE00) if re.fullmatch(f"[{MARKS}]", chr(c)) is not None
)
_INDIC_JOINING = lazy_compile(rf"{AND_INDIC}|{ET_AL_INDIC}")
_INDIC_WORD = lazy_compile(rf"(?=[\u0900-\u0dff])(?:[^\W\d_]|[{MARKS}])++")
_INDIC_AUTHOR_YEAR = lazy_compile(
    rf"(?<![^\W\d_])(?<![{MARKS}])(?P<name>(?=[\u0900-\u0dff])(?:[^\W\d_]|[{MARKS}])++)"
    rf"(?:\s{ET_AL_INDIC})?"
    rf",?\s*(?:\((?P<y1>{_DATE})(?:\)|(?={_LOCATOR}))"
    rf"|(?<=,\s)(?P<y2>{_DATE})(?=\s*(?:[);]|{_LOCATOR})))"
)
AUTHOR_YEAR = lazy_compile(
    # (a name in lower case counts only if an entry starts with it: "boyd, d. (2014)")
    rf"(?<![\w.])(?P<name>[{U}][\w'’-]+|[a-z][\w'’-]+(?=\s+\(?\d))"
    # ("et al." in the writer's language: German "u. a.", Indonesian "dkk.", Turkish "vd.";
    # "and" in it: "Boyd en Larson", "Müller und Wolf", "Sari dan Putra")
    rf"(?:,?\s+{ET_AL}|\s+{AND}\s+(?P<joined>[{U}][\w'’-]+))?" + _YEAR_TAIL
)
# "Manning’s survey (2021)": a possessive with the year of the work it names after one to
# three words (the author is not repeated in the parenthesis; "Smith’s (2019) model" is
# AUTHOR_YEAR's); so too the name as the subject of a verb: "De Vries concedes the point
# (2008, 71–72)"
POSSESSIVE = lazy_compile(
    rf"(?<![\w.])(?P<name>[{U}][\w-]+)(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{1,3}}"
    rf"\((?P<y1>{_DATE})(?:\)|(?={_LOCATOR}))"
)
# more years of the same author after a mention: "(Zając 2023a, 2023b)", "(Ng 2019, 2021)",
# "Ng (2019 & 2021)"
_MORE_YEARS = lazy_compile(
    rf"(?:\s*[,;]\s*|\s+{AND}\s+)(?P<year>(?:{_YEAR}|2[45]\d{{2}})[a-z]?)\b(?=\s*[),;\]])[)\]]?"
)
# the words of a corporate name before the one a mention is matched by: "(ARPA" before
# "Piemonte, 2022)", "(Regione Piemonte, 2021)" -- the mention starts at its parenthesis
# (and the particles of a family name: "(de" / "Vries 2008)" over a line end)
# (and the first of three or more names: "(Chiu," / "Grundy and Bero 2017)")
_NAME_BEFORE = lazy_compile(
    rf"\((?:(?:[{U}][\w'’&-]*,?|de|van|von|der|den|da|das|dos|di|du|le|la|del|della|ter"
    r"|ten)\s+){1,4}$"
)
# (a CJK entry's title in its brackets, its year written "2015年", "鈴木一郎2015")
_HEAD_END = lazy_compile(rf"[\"“«*_\[(『「《〈]|{YEAR_START}{_YEAR}{YEAR_END}|\b(?:{UNDATED})")
_NAME = lazy_compile(rf"[{U}][\w'’-]+")
# a family name in capitals, of one word or more, before its comma ("RODRIGUES FILHO,")
_CAPITALS_LEAD = lazy_compile(rf"[{U}][{U}'’-]+(?:\s[{U}][{U}'’-]+)*(?=,)")
# a body's name heading an entry: words only (the first a capital), then its full stop
# ("Food and Agriculture Organization of the United Nations.": up to ten words)
_CORPORATE = lazy_compile(rf"(?P<name>[{U}][\w'’&-]*(?:[ \t\n]+[\w'’&-]+){{1,9}})\.?")
# the capitals of a body's words, its abbreviation as the text defines it ("(Food and
# Agriculture Organization of the United Nations [FAO], 2016)", then "(FAO, 2016)")
_CAPITAL_WORD = lazy_compile(rf"(?<![\w'’-])[{U}]")
_ABBREVIATION = lazy_compile(rf"(?<![\w'’-])[{U}]{{2,10}}(?![\w'’-])")
# an abbreviation the text defines for the body's name before it: "World Health
# Organization (WHO)", "(Bundesamt für Statistik [BFS], 2020)", "Banco de España (BdE,
# 2021)", Chicago's "(BdE 2021)", "(hereafter IPCC)", "(im Folgenden: BFS)", "(ci-après
# « OCDE »)", "(en adelante, INE)", "(di seguito ISTAT)", "(hierna: CBS)"
_HEREAFTER = (
    r"(?i:hereafter|hereinafter|henceforth|im\s+Folgenden|nachfolgend|ci-après|ci-dessous"
    r"|en\s+adelante|di\s+seguito|d'ora\s+in\s+poi|hierna|doravante|heretter|hädanefter)"
)
_DEFINED = lazy_compile(
    rf"(?:\((?:{_HEREAFTER}[:,]?\s{{1,3}}(?:(?i:cited\s+as|zitiert\s+als)\s+)?)?|\[)"
    rf"[{TITLE_OPENINGS}']?\s?(?P<abbr>[{U}][{U}a-z&]{{0,8}}[{U}])\s?[{DOUBLE_CLOSINGS}{APOSTROPHES}]?(?:[)\]]|(?:,\s*|\s){_YEAR})"
)
# Thai: no capitals, names written in full ("given family"), years of the Buddhist era
# (2560 BE is 2017 CE) as written; a name's word is its letters, vowels and tone marks (no
# Thai digits), "และ" ("and") may stand glued to the next given name
_THAI = lazy_compile(r"[\u0e01-\u0e4f]")
_THAI_WORD = lazy_compile(r"[\u0e01-\u0e4f]++")
_THAI_AND = "และ"
_BUDDHIST_YEAR = r"2[45]\d{2}"
_ANY_BUDDHIST_YEAR = lazy_compile(rf"(?<!\d){_BUDDHIST_YEAR}(?!\d)")
_LOWER_FIRST = lazy_compile(r"([a-z][a-z'’-]+),\s[a-z]\.")
# an author-date citation by its shape alone (:func:`unlisted`): in parentheses (or after
# a semicolon there) a name with "et al." / a second name, or a comma, and the year; in
# the sentence a name with "et al." / a second name, and the year in parentheses
_LETTERS = rf"[{U}][^\W\d_]+(?:['’-][^\W\d_]+)?"
_OTHERS = rf"(?:,?\s+{ET_AL}|\s+{AND}\s+(?P<joined>{_LETTERS}))"
_UNLISTED = (
    re.compile(
        rf"(?:(?<=\()|(?<=;\s))(?P<name>{_LETTERS})(?:{_OTHERS},?|,)\s+{_YEAR}[a-z]?"
        r"(?=\s*[);,])"
    ),
    re.compile(rf"(?<![\w.(])(?P<name>{_LETTERS}){_OTHERS}\s+\({_YEAR}[a-z]?(?=[);,])"),
    # Chicago's "(Lowe 2019; Laín Entralgo 1989, 112)": a later part of a parenthesis, a
    # name or two and the year, then its end, a page or the next part
    re.compile(
        rf"(?<=;\s)(?P<name>{_LETTERS})(?:\s{_LETTERS})?\s{_YEAR}[a-z]?"
        r"(?=\)|;|,\s?(?:pp?\.\s?)?\d)"
    ),
)
# capitalised words that stand where a cited author's name would and name none: months,
# seasons and days ("(March, 2019)", "between January and June (2020)"), the parts of a
# work ("(Table, 2019)"), words that open a sentence or a parenthesis ("(However, 2019
# …)", "(See, 2019)"), in the languages the readers meet (lower case; compared so)
_NOT_AUTHORS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz juni juli oktober dezember jänner
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
    noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    januari februari maart mei augustus juli oktober
    spring summer autumn fall winter frühjahr frühling sommer herbst printemps été
    automne hiver primavera verano otoño invierno estate autunno inverno verão outono
    monday tuesday wednesday thursday friday saturday sunday
    figure figures fig figs table tables tab chapter chapters section sections sec
    appendix annex box item note notes page pages part vol volume eq equation panel
    abb abbildung tabelle kapitel abschnitt anhang tableau annexe figura tabla tabella
    capítulo capitolo sección sezione tabell figur kapittel vedlegg bilag bilaga avsnitt
    however moreover furthermore also thus hence therefore yet but and or so then since
    until after before during from by as for of on at to in into with without both
    either neither between although though while when where here there this that these
    those the a an it its we our their his her see cf compare e.g i.e ibid idem
    aber auch seit bis nach vor ab um vgl siehe die der das den dem des ein eine im am
    und oder
    depuis dans selon voir le la les un une du des en et ou mais
    desde según ver el los las uno una del y o pero
    dal dalla secondo vedi il lo gli della delle
    """.split()
)
# "2019a": the letter tells two works apart; "n.d." an undated work
_ANY_YEAR = lazy_compile(rf"{YEAR_START}{_YEAR}[a-z]?{YEAR_END}|\b(?:{UNDATED})")
# (and in a Thai entry, a year of the Buddhist era, "2560", beside Thai letters too)
_ANY_THAI_YEAR = lazy_compile(
    rf"(?<!\d)(?:{_YEAR}|2[45]\d{{2}})(?!\d)[a-z]?(?![a-z])|\b(?:{UNDATED})"
)
# (a Thai entry's names end before the year, a parenthesis or a quotation mark)
_THAI_HEAD_END = lazy_compile(rf"[\"“«*_\[(]|(?<!\d)(?:{_YEAR}|2[45]\d{{2}})(?!\d)")

AuthorYears = dict[tuple[str, str], str]


def author_years(entries: Iterable[tuple[str, str]]) -> AuthorYears:
    """(family name, year) -> the label of the one entry whose head names that person and
    whose text has that year; ``entries`` are (label, plain text) pairs."""
    # (a pair with the entry's own year, the first after its names, outranks a pair with a
    # year elsewhere in another entry: "ARPA Piemonte (2022) … 1990–2021" does not take
    # "Regione Piemonte (2021)"'s mentions)
    # (and a pair with the entry's first author outranks one with a later author: "Moher
    # et al. 2015" cites "Moher D, Shamseer L, … (2015)", not "Shamseer L, Moher D, …
    # (2015)", which "Shamseer et al. 2015" cites)
    found: dict[tuple[str, str], tuple[bool, bool, str]] = {}
    shared: set[tuple[str, str]] = set()
    for label, names, firsts, years, own in _heads(entries):
        for pair in {(n, y) for n in names for y in years}:
            ranked = (pair[1] == own, pair[0] in firsts or " " in pair[0], label)
            if pair not in found or ranked[:2] > found[pair][:2]:
                found[pair] = ranked
                shared.discard(pair)
            elif ranked[:2] == found[pair][:2] and found[pair][2] != label:
                shared.add(pair)
    return {pair: label for pair, (_, _, label) in found.items() if pair not in shared}


# an entry's first author's initial after the family name: "Yılmaz, R. (2020)"
_FIRST_INITIAL = lazy_compile(rf"[^,]{{2,40}},\s*(?P<initial>[{U}])\.")
# what joins the names of an index's joint keys (never a character of a cited name)
JOINT = "\x1f"


def _joint_names(head: str, listed: list[str]) -> set[str]:
    """The keys that tell two works of one first author and year apart as APA has the
    text do (:func:`_told_apart`): the first author with the second ("Herman, Reinke, et
    al. (2018)"), the first author with the initial ("R. Yılmaz (2020)")."""
    joint = set()
    if len(listed) >= 2:
        joint.add(f"{listed[0]}{JOINT}{listed[1]}")
    initial = _FIRST_INITIAL.match(head)
    if initial and listed:
        joint.add(f"{initial['initial']}.{JOINT}{listed[0]}")
    # (and by how many people it names: "Smith, J. (2010)" is "(Smith, 2010)", "Smith, J.,
    # Jones, K., & Lee, M. (2010)" "(Smith et al., 2010)")
    return joint | count_keys(head, JOINT)


# right before a mention's name: the first author's name and its comma ("Herman, " of
# "Herman, Reinke, et al. (2018)"), or the first author's initial ("R. " of "R. Yılmaz")
_FIRST_BEFORE = lazy_compile(rf"(?<![\w.])(?P<first>[{U}][\w'’-]+),\s+$")
_INITIAL_BEFORE = lazy_compile(rf"(?<![\w.])(?P<initial>[{U}]\.)\s+$")


def _told_apart(index: AuthorYears, text: str, m: re.Match[str]) -> str | None:
    """The entry a mention whose name and year two entries share cites, told apart by
    the names before it or after its "and": "Herman, Reinke, et al. (2018)" (Herman and
    Reinke the first two authors), "(R. Yılmaz, 2020)" (the first author's initial),
    "Herman and Reinke (2018)"."""
    name, year = m.group("name"), m.group("y1") or m.group("y2") or ""
    keys = []
    if m.groupdict().get("joined"):
        keys.append(f"{name}{JOINT}{m['joined']}")
    before = text[max(0, m.start() - 60) : m.start()]
    if first := _FIRST_BEFORE.search(before):
        keys.append(f"{first['first']}{JOINT}{name}")
    if initial := _INITIAL_BEFORE.search(before):
        keys.append(
            f"{initial['initial']}{JOINT}{name.removesuffix('’s').removesuffix(chr(39) + 's')}"
        )
    # (else by how many it names: "(Smith, 2010)" the sole author's work, "(Smith et al.,
    # 2010)" the one of three or more, "(Smith & Jones, 2010)" the pair's)
    counted = mention_key(text, name, m.end("name"), m.groupdict().get("joined"), JOINT)
    keys += [counted, counted.upper(), counted.title()]
    for key in keys:
        found = index.get((key, _undated(year))) or index.get((key, _undated(year)[:4]))
        if found is not None:
            return found
    return None


_Head = tuple[str, frozenset[str], frozenset[str], list[str], str | None]


def _heads(entries: Iterable[tuple[str, str]]) -> Iterator[_Head]:
    """(label, names, first author's names, years, own year) of each entry: the names of
    its head (the entry's before it for "–––"), the words of its first author's, every
    year (or undated word) of its text, and the one right after its names."""
    names: set[str] = set()
    first = ""
    firsts: set[str] = set()
    for label, text in entries:
        # ("[德]马克斯·韦伯. 1998.": the author's nationality before the name, no title)
        flat = without_nationality(ascii_digits(text.replace("\n", " ")))
        thai = _THAI.search(flat) is not None
        head = (_THAI_HEAD_END if thai else _HEAD_END).split(flat, maxsplit=1)[0][:120]
        # ("–––, 1991", "(1982a), Title": the names of the entry before)
        if not repeats_author(head) and not omits_author(flat):
            listed = _NAME.findall(head)
            names, first = set(listed), (listed[0] if listed else "")
            body = corporate_name(head)
            if body:  # ("Lietuvos bankas. (2022)": cited by its whole name)
                names.add(body)
                names |= abbreviations(body, flat)
            lower = _LOWER_FIRST.match(head)  # "boyd, d.", "hooks, b.": as they write it
            if lower:
                names.add(lower.group(1))
            if thai:  # ("สมชาย ใจดี. (2560).": each name's words, the body's name)
                words = thai_names(head)
                names |= set(words)
                first = first or (words[0] if words else "")
            elif _INDIC.search(head):  # ("पौडेल, र., र खनाल, स. (२०७६)": पौडेल, खनाल)
                words = indic_names(head)
                names |= set(words)
                first = first or (words[0] if words else "")
            # (kana in the entry: Japanese, whose "和" is a name's letter, no "and")
            japanese = is_japanese(flat)
            # ("王明. 题名[J]": GB/T's names end at their full stop)
            named = names_head(head)
            cjk = cjk_names(named, japanese=japanese) if has_cjk(named) else []
            if cjk:  # ("汪学军, 2005.", "山田太郎・佐藤花子 (2019)": whole names, family names)
                names |= set(cjk) | cjk_count_keys(named, JOINT, japanese=japanese)
                names |= initial_keys(named, japanese=japanese)  # ("森（2011）": 森花子)
                first = first or cjk[0]
            # (ABNT's family name in capitals, all its words the first author's:
            # "RODRIGUES FILHO, Mário", "PEREIRA NETO, André")
            capitals = _CAPITALS_LEAD.match(head)
            firsts = set(capitals.group(0).split()) if capitals else {first}
            if cjk and first == cjk[0]:
                # (the whole name, or a family name written apart: "山田 太郎"; not a
                # family name guessed from its first kanji, ranked below a whole name)
                words = _SEPARATOR_CUT.split(named, maxsplit=1)[0].split()
                firsts |= {cjk[0]} | ({words[0]} if len(words) == 2 else set())
                family = family_name(cjk[0])  # ("マックス・ウェーバー": ウェーバー)
                firsts |= {family} if family else set()
            names |= _joint_names(head, listed)
            # ("Verordening (EU) 2019/6 …", "Wet van 19 mei 2011, … (Wet dieren)": an act
            # cited by its designation or its short title, :mod:`.lawnames`)
            names |= law_names(flat)
            # ("STN EN ISO 6579-1: 2017. …": a standard cited by its designation,
            # :mod:`.standardnames`)
            names |= standard_names(flat)
            # ("Bryndzové halušky : tradičné jedlo. 2019.": a title-first entry cited by its
            # title's main part, :mod:`.titlenames`)
            names |= title_names(head)
        dated = _ANY_THAI_YEAR if thai else _ANY_YEAR
        years = [_undated(y) for y in dated.findall(flat)]
        own = next(iter(dated.findall(flat[len(head) :])), None)
        yield label, frozenset(names), frozenset(firsts), years, (_undated(own) if own else None)


# the end of an entry's first name in a CJK head: "山田太郎・佐藤花子" -> "山田太郎"
_SEPARATOR_CUT = lazy_compile(r"[,，、・·;；]")


# a year (a Buddhist era's in Thai), or no date, right after an entry's names
_HEAD_YEAR = lazy_compile(rf"\(?\s*(?:{_YEAR}|2[45]\d{{2}}|{UNDATED})")


def dated_heads(entries: Iterable[str]) -> bool:
    """Is the list an author-date one: at least half its entries give their year (or
    "n.d.") right after the names ("Berg, Anna. 2004. …", "Berg, A. (2004). …"), not at
    the end of the publication facts as a notes-and-bibliography list does ("Berg, Anna.
    The Customs House. London: Verso, 2004.": its publisher is no author to cite)?"""
    dated = total = 0
    for text in entries:
        flat = ascii_digits(text.replace("\n", " "))
        pattern = _THAI_HEAD_END if _THAI.search(flat) else _HEAD_END
        head = pattern.split(flat, maxsplit=1)[0]
        total += 1
        # (a book's facts before its year are no names: "… London: W. Strahan, 1755.")
        dated += ":" not in head and bool(_HEAD_YEAR.match(flat, len(head)))
    return total > 0 and 2 * dated >= total


def names_dated_heads(entries: Iterable[str]) -> bool:
    """:func:`dated_heads`, the year right after the names strictly: a head that holds a
    sentence of its own ("W. Labov. Sociolinguistic Patterns. … Press, Philadelphia,
    1972.": a title before the year) is no names' head.  Notes that cite a list by name and
    year with the body citing it by none are read as its citations only beside such a list
    (a notes-and-bibliography list's short notes, "Labov 1966, 73.", are notes)."""
    dated = total = 0
    for text in entries:
        flat = ascii_digits(text.replace("\n", " "))
        head = _HEAD_END.split(flat, maxsplit=1)[0]
        total += 1
        year = _HEAD_YEAR.match(flat, len(head))
        dated += (
            year is not None
            and ":" not in head
            and _SENTENCE_IN_HEAD.search(head) is None
            and _TITLE_AFTER_YEAR.match(flat, year.end()) is not None
        )
    return total > 0 and 2 * dated >= total


# a word of two or more small letters closing a sentence that goes on ("Labov. Socio…")
_SENTENCE_IN_HEAD = lazy_compile(r"[^\W\d_][^\W\d_A-Z]+\.\s+\S")
# the year closed as a head's ("(2018): Title", "2004. Title", "(2019). Title"), the title
# after it: not an entry's last fact ("…, 1972.", "…, 1959, p. 325–340.")
_TITLE_AFTER_YEAR = lazy_compile(r"[a-z]?(?:\)\s?[.:,]?|[.:])\s+\S")


def thai_names(head: str) -> list[str]:
    """The words of a Thai entry's names (``สมชาย ใจดี และประยุทธ ศรีสุข.``: สมชาย, ใจดี,
    ประยุทธ, ศรีสุข; ``กรมการข้าว.``: the body's name), "และ" ("and") and "และคณะ" (et al.)
    left out."""
    words = []
    for word in _THAI_WORD.findall(head):
        if word.startswith(_THAI_AND) and len(word) > len(_THAI_AND):
            word = word[len(_THAI_AND) :]  # ("และประยุทธ": "and", glued to the name)
        if word not in (_THAI_AND, "คณะ"):
            words.append(word)
    return words


def abbreviations(body: str, text: str) -> set[str]:
    """The abbreviations a body's entry is cited by: its words' capitals (``World Health
    Organization``: WHO) and a word in capitals of the entry that abbreviates its name
    from the start (``Food and Agriculture Organization of the United Nations … Rome:
    FAO``: FAO, the first three of its capitals)."""
    capitals = "".join(m.group(0) for m in _CAPITAL_WORD.finditer(body))
    if len(capitals) < 2:
        return set()
    found = {capitals}
    for m in _ABBREVIATION.finditer(text):
        if len(m.group(0)) >= 3 and capitals.startswith(m.group(0)):
            found.add(m.group(0))
    return found


def defined_abbreviations(text: str, bodies: Iterable[str]) -> dict[str, str]:
    """Abbreviation -> the body's name (one of ``bodies``, of two words or more) that
    ``text`` defines it for: the name then the abbreviation in parentheses or brackets
    (``World Health Organization (WHO)``, ``(Bundesamt für Statistik [BFS], 2020)``, ``the
    Intergovernmental Panel on Climate Change (hereafter IPCC)``, ``(im Folgenden: BFS)``,
    ``(ci-après « OCDE »)``), its letters those of the name in order, the first the name's
    first.  An abbreviation defined for two bodies is left out."""
    by_last: dict[str, list[str]] = {}
    for body in bodies:
        words = body.split()
        if len(words) >= 2:
            by_last.setdefault(_folded(words[-1]), []).append(" ".join(words))
    if not by_last:
        return {}
    found: dict[str, str] = {}
    twice: set[str] = set()
    for m in _DEFINED.finditer(text):
        before = " ".join(text[max(0, m.start() - 200) : m.start()].split())
        folded = _folded(before)
        abbr = m["abbr"]
        for body in by_last.get(folded.rsplit(" ", 1)[-1].lstrip("(["), ()):
            name = _folded(body)
            at = len(folded) - len(name)
            if not folded.endswith(name) or (at > 0 and folded[at - 1].isalnum()):
                continue
            if _abbreviates(_folded(abbr), name):
                if found.setdefault(abbr, body) != body:
                    twice.add(abbr)
    return {abbr: body for abbr, body in found.items() if abbr not in twice}


def _folded(text: str) -> str:
    """Lower case with no accents ("Organisation de coopération": "organisation de
    cooperation")."""
    bare = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in bare if not unicodedata.combining(c))


def _abbreviates(abbr: str, name: str) -> bool:
    """Are the abbreviation's letters the name's, in order, from its first ("bfs",
    "bundesamt fur statistik"; "ocde", "organisation de cooperation ...")?"""
    letters = [c for c in abbr if c.isalpha()]
    if not letters or letters[0] != name[:1]:
        return False
    rest = iter(name[1:])
    return all(c in rest for c in letters[1:])


def with_defined(index: AuthorYears, text: str) -> AuthorYears:
    """``index`` (:func:`author_years`) and the abbreviations ``text`` defines for the
    bodies it names (:func:`defined_abbreviations`): "(IPCC, 2021)" cites the entry of
    "Intergovernmental Panel on Climate Change. (2021)" after "the Intergovernmental Panel
    on Climate Change (hereafter IPCC)"; a pair the index has already keeps its entry."""
    defined = defined_abbreviations(text, {name for name, _ in index if " " in name})
    if not defined:
        return index
    by_body: dict[str, list[str]] = {}
    for abbr, body in defined.items():
        by_body.setdefault(body, []).append(abbr)
    added = dict(index)
    for (name, year), label in index.items():
        for abbr in by_body.get(name, ()):
            added.setdefault((abbr, year), label)
    return added


def corporate_name(head: str) -> str | None:
    """The name of a body that heads an entry, two to six words with no initials, commas
    or title after it (``Lietuvos bankas.``, ``World Bank.``, ``Banco de España``,
    ``Deutsche Bundesbank``), its words inside in lower case too; None for a person's
    names (``Card, D., and Krueger``) or a head that runs on into a title, and for an
    act's title cut before its year (``Liquor Act 60 of``, ``Wet op Wyn 12 van``: the year
    the act's number is "of", :data:`_ACT_NUMBER_END`)."""
    m = _CORPORATE.fullmatch(head.strip())
    if m is None or _ACT_NUMBER_END.search(m["name"]):
        return None
    return " ".join(m["name"].split())


# the end of an act's title cut before its year: its number and the word "of" in the
# languages that number acts so ("Act 60 of 1989", Afrikaans and Dutch "Wet … 60 van
# 1989", German "Gesetz Nr. 5 von 1990", "Lei 12 de 1990", "Ustawa 3 z 1997", Nordic "Lov
# 9 af 1990", "Lag 3 av 1990"): no body's name ends so
_ACT_NUMBER_END = lazy_compile(
    r"(?<![^\s])\d{1,5}(?:/\d{1,4})?[ \t\n]+(?:of|van|von|vom|de|del|da|do|du|di|z|ze|af|av)$"
)


def list_names(entries: Iterable[str], document: str = "") -> frozenset[str]:
    """Every capitalised word of the list's entries, and the abbreviations of the bodies
    that head them, the ones the ``document`` defines for them too
    (:func:`defined_abbreviations`): a name cited in the text that is none of them names a
    work the list lacks (:func:`unlisted`)."""
    words: set[str] = set()
    bodies: set[str] = set()
    for text in entries:
        words.update(_NAME.findall(text))
        flat = text.replace("\n", " ")
        body = corporate_name(_HEAD_END.split(flat, maxsplit=1)[0][:120])
        if body:  # ("WHO" for "World Health Organization. (2020)": its abbreviation)
            words |= abbreviations(body, flat)
            bodies.add(body)
    if document and bodies:
        words.update(defined_abbreviations(document, bodies))
    return frozenset(words)


def names_no_author(word: str) -> bool:
    """Is ``word`` a capitalised word that stands where a cited author's name would and
    names none (a month, a season, a part of a work, a sentence's opening word)?"""
    return word.casefold() in _NOT_AUTHORS


def unlisted(
    text: str, listed: frozenset[str], *, before: str = ""
) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each author-date citation in ``text`` whose (first) author
    is no word of the list at all (``listed``, :func:`list_names`): a work the list lacks.
    Only the unmistakable shapes: a parenthesis's (or its part's) ``Name, 2021``,
    ``Name et al., 2021``, ``Name and Other 2021``, a later part's ``Name 2021)`` or
    ``Name Other 2021, 45``, and a narrative ``Name et al.
    (2021)`` or ``Name and Other (2021)`` (not ``Lithuania (2021)``: a name alone before a
    year in parentheses may be a place or a thing)."""
    found = [m for pattern in _UNLISTED for m in pattern.finditer(text)]
    dated = list(_unlisted_years(text, listed.years)) if isinstance(listed, ListedNames) else []
    if isinstance(listed, ListedNames) and listed.later:
        # ("(Král a kol., 2015)": a later author of the list's cited as a first author)
        dated = sorted([*dated, *_unlisted_firsts(text, listed.later)])
    for m in sorted(found, key=lambda m: m.start()):
        name = m["name"]
        joined = m.groupdict().get("joined")
        while dated and dated[0][0] < m.start():
            yield dated.pop(0)
        if _SECONDARY.match(text, m.end()):
            continue  # ("Freudenberger, 1974, as cited in Maslach & Leiter, 2016")
        if _is_listed(name, listed) or (joined and _is_listed(joined, listed)):
            continue
        others = text[m.end("name") : m.end()]
        if any(_is_listed(b, listed) for b in slavic_others.declined_before_others(name, others)):
            continue  # ("Laskara a kol. (2004)": Laskar's, :mod:`.slavic_others`)
        if _finnish_listed(name, listed) or (joined and _finnish_listed(joined, listed)):
            continue  # ("Virtasen ja Korhosen (2015)": Virtanen's, :mod:`.finnish_cases`)
        if name.casefold() in PARTICLES:  # ("Van Zanden 1993" for "Zanden, Jan Luiten van")
            after = _NAME.match(text, m.end("name") + 1)
            if after is None or _is_listed(after.group(0), listed):
                continue
        if name.casefold() in _NOT_AUTHORS or (joined and joined.casefold() in _NOT_AUTHORS):
            continue  # ("(March, 2019)", "from January and June (2020)")
        if not joined and benchmark_mention(
            before + text, len(before) + m.start("name"), len(before) + m.end(), name
        ):
            continue  # ("Top-1 (ImageNet, 2012)", "(SQuAD 2016; GLUE 2018)": data, no work)
        yield m.start("name"), m.end(), name
    yield from dated


# a secondary citation's words after the original's year: "(Freudenberger, 1974, as cited
# in Maslach & Leiter, 2016)", "(Weber, 1922, apud Souza, 2004)", "(Lefebvre, 1968,
# aktaran Harvey, 2008)", "(Weber 1922, zit. n. Berg 2004)", "(Mauss, 1925, cité par
# Dumont, 1983)", "(Weber 1922, geciteerd in Prak 2002)", "(Freyre, 1933, citado por
# Souza, 2004)": the original is no work the list must hold
_SECONDARY = lazy_compile(
    r"(?:,\s*|\s+)(?i:(?:as\s+)?(?:cited|quoted)\s+(?:in|by)|apud|aktaran|zit\.\s?n\."
    r"|zitiert\s+nach|cit[ée]e?\s+(?:par|dans|in)|geciteerd\s+(?:in|bij)|aangehaald\s+in"
    r"|citad[oa]\s+(?:por|en|em|in)|cit\.\s+(?:in|da|por|en))\b"
)
_LETTERED = lazy_compile(r"\d{4}[a-z]")


def _unlisted_years(
    text: str, years: Mapping[str, frozenset[str]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Name (year)") of each mention of a list's first author with a year
    (or letter, or undated word) no entry of that person has: ``Soares (1994)`` beside
    Soares 1999 and 2001 only, ``(Klusmann et al., 2008c)`` beside 2008a and 2008b.  Not a
    secondary citation's original, nor a letter of a year the list gives with none (and
    no letter of a year the list letters: ``Lowe 2019`` beside 2019a and 2019b is
    ambiguous, not missing)."""
    if not years:
        return
    for m in AUTHOR_YEAR.finditer(text):
        name = m["name"].removesuffix("’s").removesuffix("'s")
        listed = years.get(name_key(name))
        year = m["y1"] or m["y2"] or ""
        if not listed or not year or names_no_author(name) or _SECONDARY.match(text, m.end()):
            continue
        if name.islower() and name.casefold() in PARTICLES:
            # (a particle alone is no author: "Wet op Wyn 12 van 1989", "Gesetz Nr. 5 von
            # 1990" name an act's year after Afrikaans, Dutch or German "of", though "Van"
            # heads "Van der Berg, A." in the list)
            continue
        key = _undated(year)
        if key in listed:
            continue
        if _LETTERED.fullmatch(key):  # (a letter the list does not use for that year)
            if key[:4] in listed and not any(
                _LETTERED.fullmatch(y) and y[:4] == key[:4] for y in listed
            ):
                continue
        if key[:1].isdigit() and not _LETTERED.fullmatch(key):
            if any(y[:4] == key for y in listed):
                continue
        yield m.start("name"), m.end(), f"{name} ({year})"


# "et al." right after a mention's name, in the writer's language ("a kol.", "et al.")
_ET_AL_AFTER = lazy_compile(rf",?\s+{ET_AL}")


def _unlisted_firsts(
    text: str, later: Mapping[str, frozenset[str]]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, "Name (year)") of each mention with "et al." of a person the list names
    only after an entry's first author (``later``, :func:`later_author_years`), with a year
    no entry naming that person has: ``(Král a kol., 2015)`` beside ``BERG, A. – KRÁL, T.
    2014.`` only cites a work of Král's as first author that the list lacks.  Not a
    secondary citation's original, nor a year one of that person's entries has (the first
    author mistaken, not a work missing)."""
    for m in AUTHOR_YEAR.finditer(text):
        name = m["name"]
        years = later.get(name_key(name))
        year = m["y1"] or m["y2"] or ""
        if not years or not year or names_no_author(name) or m.groupdict().get("joined"):
            continue
        if _ET_AL_AFTER.match(text, m.end("name")) is None or _SECONDARY.match(text, m.end()):
            continue
        key = _undated(year)
        if key in years or key[:4] in years or any(y[:4] == key for y in years):
            continue
        yield m.start("name"), m.end(), f"{name} ({year})"


def _finnish_listed(name: str, listed: frozenset[str]) -> bool:
    """Is ``name``, in a document known to be Finnish, a case of a word of the list
    (:mod:`.finnish_cases`: "Virtasen" of Virtanen, "Smithin" of Smith)?"""
    if doclanguage.language() != "fi":
        return False
    return any(_is_listed(base, listed) for base in finnish_nominatives(name))


def _is_listed(name: str, listed: frozenset[str]) -> bool:
    """Is ``name`` a word of the list, spelt as there or otherwise (:func:`name_key`:
    "Soares" for "SOARES", "Sakhawi" for "Sakhāwī")?"""
    return name in listed or name_key(name) in _listed_keys(listed)


@lru_cache(maxsize=16)
def _listed_keys(listed: frozenset[str]) -> frozenset[str]:
    return frozenset(name_key(n) for n in listed)


class ListedNames(frozenset[str]):
    """:func:`list_names`, and the years each entry's first author has in the list
    (:func:`name_key` -> the years of the entries that name that person): a mention of a
    first author with a year none of them has cites a work the list lacks
    (:func:`unlisted`)."""

    years: Mapping[str, frozenset[str]]
    # (the people the list names only after an entry's first author, with the years of the
    # entries that name them: :func:`later_author_years`)
    later: Mapping[str, frozenset[str]]

    def __new__(
        cls,
        names: Iterable[str],
        years: Mapping[str, frozenset[str]],
        later: Mapping[str, frozenset[str]] | None = None,
    ) -> ListedNames:
        made = super().__new__(cls, names)
        made.years = years
        made.later = later or {}
        return made


def listed_names(entries: Iterable[str], document: str = "") -> ListedNames:
    """:func:`list_names`, each name with a straight and a curly apostrophe
    (``O'Brien`` in the list is ``O’Brien`` in the text), with the years of the first
    authors (:class:`ListedNames`)."""
    entries = list(entries)
    names = list_names(entries, document)
    names = names | {n.replace("'", "’") for n in names} | {n.replace("’", "'") for n in names}
    return ListedNames(names, first_author_years(entries), later_author_years(entries))


def first_author_years(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """:func:`name_key` of each entry's first author -> every year (or undated word) of
    the entries whose heads name that person, as first author or later (``Klusmann, U.,
    … (2008a)`` and ``(2008b)``: klusmann -> 2008a, 2008b)."""
    heads = list(_heads((str(n), text) for n, text in enumerate(entries)))
    firsts = {name_key(f) for _, _, fs, _, _ in heads for f in fs if f}
    years: dict[str, set[str]] = {}
    for _, names, _, dates, _ in heads:
        for key in {name_key(n) for n in names} & firsts:
            years.setdefault(key, set()).update(dates)
    return {key: frozenset(found) for key, found in years.items()}


def later_author_years(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """:func:`name_key` of each person an entry's head names after its first author and no
    entry names first -> the years of the entries that name that person (``BERG, A. –
    KRÁL, T. 2014.``: král -> 2014): a mention of that person with "et al." names a first
    author, and with a year none of them has cites a work the list lacks
    (:func:`unlisted`)."""
    heads = list(_heads((str(n), text) for n, text in enumerate(entries)))
    firsts = {name_key(f) for _, _, fs, _, _ in heads for f in fs if f}
    years: dict[str, set[str]] = {}
    for _, names, _, dates, _ in heads:
        for key in {name_key(n) for n in names if JOINT not in n} - firsts:
            years.setdefault(key, set()).update(dates)
    return {key: frozenset(found) for key, found in years.items()}


def unlisted_lines(paragraphs: Iterable[tuple[int, str]], entries: Iterable[str]) -> list[Anomaly]:
    """The anomalies of the author-date citations of authors no entry names
    (:func:`unlisted`), each name once, at the first line it is cited on: ``paragraphs``
    are (first line, text) pairs of the body (a text's line ends counted), ``entries``
    the list's texts.  For the readers of printed author-date text with a list and no
    notes (HTML, Word, ODT, Markdown), as the PDF text reader does it line by line."""
    paragraphs = list(paragraphs)
    # (the abbreviations the text defines for the list's bodies are theirs: "(BFS, 2021)")
    listed = listed_names(entries, "\n".join(text for _, text in paragraphs))
    if not listed:
        return []
    first: dict[str, int] = {}
    for line, text in paragraphs:
        for start, _, name in unlisted(text, listed):
            first.setdefault(name, line + text.count("\n", 0, start))
    return [unlisted_anomaly(name, line) for name, line in first.items()]


def unlisted_anomaly(name: str, line: int) -> Anomaly:
    """The anomaly of an author-date citation of an author no entry of the list names."""
    if name.endswith(")"):  # ("Soares (1994)": a listed author, a year the list lacks)
        return Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"{name!r} is cited by author and year but no entry of the reference list is "
            "that author's of that year",
            line,
            footnote=name,
        )
    return Anomaly(
        AnomalyCode.CITATION_KEY_MISSING,
        f"{name!r} is cited by author and year but no entry of the reference list names "
        "that author",
        line,
        footnote=name,
    )


def indic_names(head: str) -> list[str]:
    """The words of an Indic entry's names (``पौडेल, र., र खनाल, स.``: पौडेल, खनाल;
    ``नेपाल राष्ट्र बैंक.``: the body's words), "and" and "and others" left out, and the
    initials (a word of one letter, a vowel sign perhaps)."""
    return [
        word
        for word in _INDIC_WORD.findall(head)
        if not _INDIC_JOINING.fullmatch(word) and len(word.rstrip(_MARKS_SET)) > 1
    ]


def mentions(text: str, index: AuthorYears) -> Iterator[tuple[int, str]]:
    """(end offset, entry label) of each author-date mention of an entry in ``text``."""
    for _, end, label in spans(text, index):
        yield end, label


def spans_after(before: str, text: str, index: AuthorYears) -> Iterator[tuple[int, int, str]]:
    """:func:`spans` of ``text`` read after ``before``, the text of its paragraph that a
    reader met before it (in other runs: ``… no artigo de <i>Estudos Históricos</i> (1999,
    p. 136)``): the mentions that end in ``text``, at offsets into it (one that starts in
    ``before`` at 0)."""
    if not before:
        yield from spans(text, index)
        return
    cut = len(before)
    for start, end, label in spans(before + text, index):
        if end > cut:
            yield max(0, start - cut), end - cut, label


def spans(text: str, index: AuthorYears) -> Iterator[tuple[int, int, str]]:
    """(start, end, entry label) of each author-date mention of an entry in ``text``."""
    if not index:
        return
    spaced, where = spaced_commas(text)
    if where:  # ("（Smith，2019）": read as "（Smith, 2019）", its spans the text's)
        for start, end, label in spans(spaced, index):
            yield where[start], where[end], label
        return
    cites = placeholders(text)
    if cites:  # ("{Smith, 2001 #12}": a citation manager's unformatted citation)
        held = tuple(c.braces for c in cites)
        yield from sorted([*_placeholder_spans(cites, index), *_spans(text, index, held)])
    elif has_cjk(text):  # (the CJK mentions found apart: in the text's order with the rest)
        yield from sorted(_spans(text, index))
    else:
        yield from _spans(text, index)


def _placeholder_spans(
    cites: Iterable[PlaceholderCite], index: AuthorYears
) -> Iterator[tuple[int, int, str]]:
    """(start, end, entry label) of each placeholder cite whose author and year name one
    entry (:mod:`bibcheck.parse.cmplaceholders`): it cites that entry, as "(Smith, 2001)"
    would."""
    for cite in cites:
        if cite.author is None or cite.year is None:
            continue
        label = _lookup(index, cite.author, cite.year)
        if label is not None:
            yield cite.start, cite.end, label


# the full-width marks round a Latin mention read as ASCII ("（Wang, 2022）")
_MENTION_MARKS = "（）；："


def _spans(
    text: str, index: AuthorYears, held: tuple[tuple[int, int], ...] = ()
) -> Iterator[tuple[int, int, str]]:
    """:func:`spans`, the CJK mentions first; none that starts within ``held`` (the
    offsets of the text's citation-manager placeholders, read on their own)."""
    text = ascii_digits(text)  # ("(สมชาย ใจดี, ๒๕๖๐)": the same length)
    # ("（Wang, 2022）", "（Veen et al., 2014：12）", "（Lind, 2019；Berg, 2011）": a CJK text's
    # full-width parentheses, semicolon and colon round a Latin name and year, one character
    # for one)
    text = half_width_marks(text, _MENTION_MARKS)
    found = [(m, False) for m in _named(text, index)]
    found += [(m, True) for m in POSSESSIVE.finditer(text)]
    bodies = frozenset(name for name, _ in index if " " in name)
    if bodies:  # ("(Lietuvos bankas, 2022)", "World Bank (2020)": a body's whole name)
        found += [(m, False) for m in _corporate_pattern(bodies).finditer(text)]
    found += [(m, False) for m in _LONE_YEAR.finditer(text)]
    # ("Bron: Jansen & De Vries 2021.": a table's source line, :mod:`.sourceline`)
    found += [(m, False) for m in sourceline.source_mentions(text)]
    # ("… na edição de 1964 (p. 58)": the named work's edition of that year)
    found += [(m, False) for m in EDITION_YEAR.finditer(text)]
    thai = _THAI.search(text) is not None
    if thai:
        found += [(m, False) for m in _THAI_AUTHOR_YEAR.finditer(text)]
    if _INDIC.search(text) is not None:
        found += [(m, False) for m in _INDIC_AUTHOR_YEAR.finditer(text)]
    ends: set[int] = set()
    for cjk_start, cjk_end, cjk_label in cjk_spans(text, index, JOINT):
        ends.add(cjk_end)
        yield cjk_start, cjk_end, cjk_label
    for m, possessive in sorted(found, key=lambda f: f[0].start()):
        if any(start <= m.start() < end for start, end in held):
            continue
        name = m.group("name")
        lone = m.re is _LONE_YEAR.compiled or m.re is EDITION_YEAR.compiled
        named = _all_named(index, text, m) if m.re is AUTHOR_YEAR.compiled else None
        if named is not None:  # ("(Okafor, Lindqvist, Brandt, & Moreau, 2021)")
            ends.add(m.end())
            yield named[0], m.end(), named[1]
            # (more years of the same authors: "(Okafor, Lind, & Berg 2019, 2020a)")
            pos = m.end()
            while (more := _MORE_YEARS.match(text, pos)) and (
                again := _all_named(index, text, m, more["year"])
            ):
                ends.add(more.end())
                yield more.start("year"), more.end(), again[1]
                pos = more.end()
            continue
        label = _lone_label(index, text, m) if lone else _label(index, m, possessive)
        if label is None and m.re is AUTHOR_YEAR.compiled:
            label = _told_apart(index, text, m)
        if label is None and thai and m.re is _THAI_AUTHOR_YEAR.compiled:
            label = _thai_label(index, m)
        if label is None or m.end() in ends:
            continue
        ends.add(m.end())
        before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        start = before.start() + 1 if before else _leading_names(text, m, index, label)
        if start == m.start():
            # ("Slicher van Bath (1957)": the family name's first words, :mod:`.familystart`)
            dates = m.groupdict()
            year = _undated(dates.get("y1") or dates.get("y2") or dates.get("y3") or "")
            start = family_start(text, start, index, label, year)
        yield start, m.end(), label
        pos = m.end()
        while more := _MORE_YEARS.match(text, pos):
            other = _lookup(index, name.removesuffix("’s").removesuffix("'s"), more["year"])
            if other is None:
                break
            yield more.start("year"), more.end(), other
            pos = more.end()


# a year alone in parentheses, a locator perhaps, after a word: "Israels eigen cijfers
# (1989, 79–80)", "no artigo de Estudos Históricos (1999, p. 136)" (the name said before,
# in the sentence: :func:`_lone_label`)
_LONE_YEAR = lazy_compile(
    rf"(?<=[^\W\d]\s)(?P<name>)\((?P<y1>{_YEAR}[a-z]?)(?:\)|(?={_LOCATOR}))(?P<y2>)"
)
# the sentence's start before a lone year: its last full stop (not an initial's or an
# abbreviation's: a small letter or a closing bracket before it; not a locator's before its
# number, "(1947, p. 43)"), or its paragraph's start
_SENTENCE_START = lazy_compile(r"(?:[\w)\]][.!?]|\n\s*\n)\s+(?!\d)(?=(?:[^.!?]|[.!?]\s(?=\d))*$)")


# a year right after a name: its own mention ("Lowe, 2020", "Lowe (2020")
_OWN_YEAR = lazy_compile(rf",?\s*\(?\s*{_YEAR}")


def _lone_label(index: AuthorYears, text: str, m: re.Match[str]) -> str | None:
    """The entry a year alone in parentheses cites: the one entry of that year a word of
    the sentence before it names (as listed, spelt otherwise, with a case ending, or a
    genitive "s": Dutch "Israels", German "Webers"); None when no word or two entries."""
    year = m["y1"] or m["y2"]
    # (an edition's year: a name cited with another year names the work, its other edition)
    edition = m.re is EDITION_YEAR.compiled
    before = text[max(0, m.start() - 300) : m.start()]
    start = _SENTENCE_START.search(before)
    sentence = before[start.end() :] if start else before
    labels = set()
    for found in _NAME.finditer(sentence):
        word = found.group(0)
        if names_no_author(word) or (not edition and _OWN_YEAR.match(sentence, found.end())):
            continue  # (a name cited with a year of its own: "(Lowe, 2020) and (2021)")
        label = _lookup(index, word, year)
        if label is None and word.endswith("s") and len(word) > _MIN_STEM:
            label = index.get((word[:-1], year))
        if label is not None:
            labels.add(label)
    return labels.pop() if len(labels) == 1 else None


# names joined by slashes right before a mention's name: "Berg/Lind/" of "Berg/Lind/Ott"
_SLASHED_BEFORE = lazy_compile(rf"(?<![\w/])(?:[{U}][\w'’-]{{1,40}}/){{1,5}}$")


def first_mention(text: str, index: AuthorYears) -> tuple[str, tuple[str, ...], str] | None:
    """(entry label, names as written, year) of the first mention of an entry in
    ``text``: "Arrizabalaga et al. (2019, 92)" names Arrizabalaga, "Boyd and Larson
    (2014)" both, whatever the entry's other authors; None if there is none."""
    for start, end, label in spans(text, index):
        found = (AUTHOR_YEAR.search(text, start), POSSESSIVE.search(text, start))
        m = next((f for f in found if f is not None and f.start() < end), None)
        if m is None:
            continue
        names = tuple(n for n in (m["name"], m.groupdict().get("joined")) if n)
        # (German notes join names with slashes: "Berg/Lind/Ott (2004)" names all three)
        slashed = _SLASHED_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if slashed is not None:
            names = (*(n for n in slashed.group(0).split("/") if n), *names)
        return label, names, m["y1"] or m.groupdict().get("y2") or m.groupdict().get("y3") or ""
    return None


def _all_named(
    index: AuthorYears, text: str, m: re.Match[str], other: str = ""
) -> tuple[int, str] | None:
    """(start, entry label) of a mention that lists names before its own (APA's first
    citation naming every author, "(Okafor, Lindqvist, Brandt, & Moreau, 2021)"): the
    entry of its first two authors, else of its first author, with its year (or the
    ``other`` year that follows it, "…, 2021, 2023"; :mod:`bibcheck.readers.fullnames`);
    None when neither cites one entry."""
    lead = names_before(text, m.start())
    if lead is None or not lead[1]:
        return None
    start, names = lead
    year = _undated(other or m.group("y1") or m.group("y2") or m.groupdict().get("y3") or "")
    joint = f"{names[0]}{JOINT}{(*names[1:], m['name'])[0]}"
    found = index.get((joint, year)) or index.get((joint, year[:4]))
    found = found or _lookup(index, names[0], year)
    return (start, found) if found is not None else None


def _leading_names(text: str, m: re.Match[str], index: AuthorYears, label: str) -> int:
    """Where a mention of the last names of a list starts: at the list's first name when
    the names before it, each followed by a comma, begin with an author of the same entry
    ("Chiu, Grundy and Bero (2017)"), else at the match."""
    lead = NAMES_LEADING.search(text, max(0, m.start() - 80), m.start())
    years = [y for y in m.groupdict().values() if y and y[:1].isdigit()]
    if lead is None or not years:
        return m.start()
    year = years[-1]
    cites = index.get((lead["first"], year)) or index.get((lead["first"], year[:4]))
    return lead.start() if cites == label else m.start()


def _named(text: str, index: AuthorYears) -> Iterator[re.Match[str]]:
    """The AUTHOR_YEAR matches in ``text``.  A match whose first word cites nothing is
    searched again from the name after its "and": the joining word may be an ordinary word
    of the sentence ("Wie in Müller (2018)", "Seperti dan Putra (2021)"), and the name after
    it may cite."""
    pos = 0
    while (m := AUTHOR_YEAR.search(text, pos)) is not None:
        yield m
        joined = m.start("joined")
        pos = joined if joined > 0 and _label(index, m, False) is None else m.end()


def _label(index: AuthorYears, m: re.Match[str], possessive: bool) -> str | None:
    """The entry a match of AUTHOR_YEAR or POSSESSIVE cites, or None."""
    name = m.group("name")
    year = m.group("y1") or m.group("y2") or m.groupdict().get("y3") or ""
    label = _lookup(index, name, year)
    if label is None and not possessive and name[-2:] in ("'s", "’s"):
        label = _lookup(index, name[:-2], year)  # "Smith’s (2019) model"
    if label is None and not possessive:
        # ("Laskara a kol. (2004)": a Czech, Slovak or Polish name declined before its
        # "and others", :mod:`.slavic_others`)
        after = m.string[m.end("name") : m.end()]
        for base in slavic_others.declined_before_others(name, after):
            if (label := _lookup(index, base, year)) is not None:
                break
    return label


def _thai_label(index: AuthorYears, m: re.Match[str]) -> str | None:
    """The entry a Thai mention cites whose name is glued to the words before it
    ("ตามรายงานของกรมการข้าว (2559)"): the longest name of the index it ends with."""
    token, year = m.group("name"), m.group("y1") or m.group("y2") or ""
    named = sorted(
        (name for name, y in index if y in (year, year[:4]) and _THAI.match(name)),
        key=len,
        reverse=True,
    )
    name = next((n for n in named if len(n) >= 2 and token.endswith(n)), None)
    return _lookup(index, name, year) if name else None


@lru_cache(maxsize=64)
def _corporate_pattern(bodies: frozenset[str]) -> Regex:
    """A mention of one of the bodies' names (as the list spells them, over line ends too)
    with its year."""
    names = sorted(bodies, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    # (the abbreviation the text defines in brackets: "(World Health Organization [WHO],
    # 2020)")
    return re.compile(
        rf"(?<![\w.])(?P<name>{alternatives})(?![\w'’-])(?:\s\[[{U}]{{2,10}}\])?" + _YEAR_TAIL
    )


# a class or case prefix a language glues before a capitalised name: Nguni (Zulu, Xhosa,
# Ndebele, Swati) "uCele", "kaBennett", "ngokukaBennett", "kuka-Makwanyane", "lika-Dlamini";
# Irish and Scots Gaelic "nGallchóir", "hÉireann", "tSeoighe" (lower-case letters, then
# the name's capital, perhaps after a hyphen)
_GLUED_PREFIX = lazy_compile(rf"[a-z]{{1,8}}+-?+(?P<stem>[{U}][^\W\d_]*+(?:['’-][^\W\d_]++)*+)")


def prefixed_name(word: str) -> str | None:
    """The name in ``word`` after a prefix glued to it in lower case ("uCele" -> "Cele",
    "kuka-Makwanyane" -> "Makwanyane"), or None when ``word`` has no such prefix."""
    m = _GLUED_PREFIX.fullmatch(word)
    return m["stem"] if m else None


def _undated(year: str) -> str:
    """ "n. d." and "n.d." are one key, and "s.d.", "z.j." theirs; "forthcoming" and "in
    press" one (:func:`date_key`)."""
    return date_key(year)


def _lookup(index: AuthorYears, name: str, year: str) -> str | None:
    year = _undated(year)
    name = " ".join(name.split())
    found = index.get((name, year)) or index.get((name, year[:4]))
    if found is None and " " not in name:
        found = _inflected(index, name, year) or _inflected(index, name, year[:4])
    if found is None and " " not in name:
        # ("według Dolaty (2008)": Polish, Czech and Slovak decline a cited name)
        found = next(
            (
                label
                for base in nominatives(name)
                if (label := index.get((base, year)) or index.get((base, year[:4])))
            ),
            None,
        )
    if found is None and " " not in name and doclanguage.language() == "fi":
        # ("Virtasen ja Korhosen (2015)", "Smithin ym. (2004)": a Finnish sentence
        # declines the name, changing its end, :mod:`.finnish_cases`)
        found = next(
            (
                label
                for base in finnish_nominatives(name)
                if (label := index.get((base, year)) or index.get((base, year[:4])))
            ),
            None,
        )
    if found is None and " " not in name:
        stem = prefixed_name(name)
        if stem is not None:
            found = index.get((stem, year)) or index.get((stem, year[:4]))
    if found is None:
        found = _spelt_otherwise(index, name, year)
    return found


def _spelt_otherwise(index: AuthorYears, name: str, year: str) -> str | None:
    """The one entry whose listed name is ``name`` spelt otherwise (:func:`name_key`: in
    capitals, without its accents or its article, "Freyre" for "FREYRE", "Sakhawi" for
    "Sakhāwī", "al-Maqrizi" for "Maqrīzī") with that year, or None (none, or two)."""
    key = name_key(name)
    if len(key) < 3:
        return None
    found = {
        label
        for (listed, y), label in index.items()
        if y in (year, year[:4]) and name_key(listed) == key
    }
    return found.pop() if len(found) == 1 else None


# The case endings a language glues to a name cited in its sentence ("Nicolás eta
# Barrosok (2004)", "Etxeberriaren (2015, 33)"): Basque ergative, genitive, comitative,
# benefactive, directional, ablative and local genitive; Finnish genitive and local
# cases; Hungarian local cases and dative; Estonian local cases.  (Not the single vowels
# and the endings that make another family name of one: "Rossi" is not "Ross"'s, nor
# "Martinez" "Martin"'s, nor "Roberts" "Robert"'s.)
_CASE_ENDINGS = frozenset(
    {
        *("k", "ek", "ak", "ren", "en", "rekin", "ekin", "rentzat", "entzat", "rengan"),
        *("engan", "ri", "ra", "rengana", "tik", "ko", "rekiko", "ekiko"),
        *("n", "lla", "llä", "lle", "lta", "ltä", "sta", "stä", "ssa", "ssä", "ksi"),
        *("nál", "nél", "val", "vel", "nak", "nek", "ban", "ben", "ból", "ből", "hoz"),
        *("hez", "höz", "ról", "ről", "tól", "től", "szerint"),
        *("le", "lt", "ga", "st", "ni"),
    }
)
_MIN_STEM = 4  # ("Li", "Ng", "Lee": too short to be told from the start of another name)
_LONGEST_ENDING = max(len(e) for e in _CASE_ENDINGS)


def _inflected(index: AuthorYears, word: str, year: str) -> str | None:
    """The entry a name with a case ending cites: the listed name (of that year) the word
    starts with, the rest a case ending of the writer's language, glued or after an
    apostrophe or hyphen (Turkish "Yılmaz'ın", Basque "Gracia-k"); the longest such name,
    never a name the word only looks like.  (Each ending is tried, not each entry: time
    is the word's, whatever the list's length.)"""
    for cut in range(1, min(len(word) - _MIN_STEM, _LONGEST_ENDING + 1) + 1):
        stem, ending = word[:-cut], word[-cut:]
        if not (ending.isalpha() and ending.islower()):
            return None
        if stem[-1:] in ("'", "’", "-"):
            label = index.get((stem[:-1], year)) if len(stem) > _MIN_STEM and cut <= 5 else None
        else:
            label = index.get((stem, year)) if ending in _CASE_ENDINGS else None
        if label is not None:
            return label
    return None


def line_mentions(line: str, following: str, index: AuthorYears) -> list[tuple[int, int, str]]:
    """``(row, offset, entry label)`` of each mention that starts on ``line``: ``row`` 0 if
    it ends on ``line`` (``offset`` there), 1 if it ends on the ``following`` line
    ("(Okafor et al.," / "2006)"; "Whit-" / "combe (2021)"), ``offset`` in that line.  So
    each mention counts once, where it starts, and its marker stands after its year."""
    stripped = line.rstrip()
    kind = line_end_hyphen(stripped, following)
    if kind is Hyphen.SOFT:  # a word hyphenated at the end
        base = len(stripped) - 1
        text = stripped[:-1] + following[:80]
    elif kind is Hyphen.HARD:  # a word's own hyphen at the end: kept, no space
        base = len(stripped)
        text = stripped + following[:80]
    else:
        base = len(line) + 1
        text = f"{line} {following[:80]}"
    found = []
    last = -1  # (where the mention begun on ``line`` ends: its more years follow it)
    for start, end, label in spans(text, index):
        more = (
            last >= 0
            and text[start : start + 1].isdigit()
            and _YEARS_BETWEEN.fullmatch(text, last, start) is not None
        )
        if start >= min(base, len(line)) and not more:
            last = -1
            continue
        found.append((0, min(end, len(line)), label) if end <= base else (1, end - base, label))
        last = end
    return found


# what stands between a mention's year and the next year of the same author: "1981, 1982"
_YEARS_BETWEEN = lazy_compile(r"\s*[,;]\s*")
