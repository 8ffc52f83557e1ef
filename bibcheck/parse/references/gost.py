"""Parse a reference written to GOST 7.1-2003 / GOST R 7.0.5-2008.

The manuscripts bibcheck reads are mostly Russian-school texts whose
references follow GOST, in Russian or in English translation::

    Surname, I. Title [Electronic resource] / I. Surname // Host. - Place :
    Publisher, 2020. - No. 5. - P. 45-47. - URL: ... (accessed: 12.03.2023).

The areas are separated by ". - " (any dash), the host item follows " // "
and the statement of responsibility follows " / ".  The parser works on the
text with its URLs already removed (see :func:`bibcheck.urls.extract_urls`)
and reads the publication year only from the areas after the title, so
numbers inside a title ("Forecast to 2040") are never taken for the year.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references import fields as f
from bibcheck.parse.references import gost_media, medium_designator, role_marks
from bibcheck.parse.references.gost_acts import APPROVED_BY
from bibcheck.parse.references.gost_kinds import kinded_title, registration_certificate
from bibcheck.parse.references.patterns import IN_COLON, LOWER, ORGANISATION_WORD, UPPER
from bibcheck.parse.references.reportkind import numbered_report
from bibcheck.parse.references.responsibility import with_named_authors

# ". - ", ". – ", ". — " (also ".- " and "?. -"); the dot belongs to the separator.
SEPARATOR = lazy_compile(r"\.\s?[-–—]{1,2}(?:\s|$)|(?<=[?!])\s[-–—]{1,2}(?:\s|$)")
HOST = " // "
# a recording's general designation, no electronic resource's: "[Звукозапись]",
# "[Аудиозапись]", "[Audio]", Uzbek "[Audioyozuv]", "[Sound recording]"
_RECORDING = r"(?:звукозапись|аудиозапись|audio|audioyozuv|sound\s+recording)"
# the designations GOST sets after the title proper: "[Электронный ресурс]" in its languages
# (:data:`.medium_designator.ELECTRONIC_RESOURCE`), shortened ("[Ресурс]"), "[Текст]"
DESIGNATION = lazy_compile(
    rf"\[\s?(?:{medium_designator.ELECTRONIC_RESOURCE}|text|текст|online|resource|ресурс|рэсурс|"
    # ISO 690 as BDS, SRPS, SR and MSZ write it: "[онлайн]", "[online]", "[en ligne]"
    r"онлайн|он-лајн|onlajn|on-line|en\s+ligne|en\s+línea|elektronikus\s+dokumentum"
    # a recording's general designation (:data:`_RECORDING`)
    rf"|{_RECORDING})\s?\]",
    re.IGNORECASE,
)
# ISO 690's "Available from:" as the languages of the region write it: Bulgarian,
# Serbian/Croatian/Macedonian, Romanian, Hungarian, Finnish, Indonesian, Czech/Slovak
AVAILABLE_FROM = (
    r"Available\s+(?:at|from|online)|Достъпно\s+(?:от|на)|Достапно\s+на|Доступно\s+(?:на|у|из)"
    r"|Dostupno\s+(?:na|u|iz)|Disponibil\s+(?:la|pe|online)|Elérhető|Saatavissa"
    r"|Tersedia\s+(?:di|dari|pada)|Dostupné\s+(?:z|na|online)"
)
URL_LABEL = lazy_compile(
    rf"^(?:URL|Режим\s+доступа|Mode\s+of\s+access|Access\s+mode|{AVAILABLE_FROM})(?!\w)",
    re.IGNORECASE,
)
_URL_LABEL_ANYWHERE = lazy_compile(
    r"(?<!\s)\s*+\b(?:URL|Режим\s+доступа|Mode\s+of\s+access)\s*+:.*$"  # spaces read once
)
# A designation written loosely ("[Электроный ресурс]", "[Electronic resource" unclosed)
# still marks a GOST reference; style-lint says what is wrong with it.
LOOSE_DESIGNATION = lazy_compile(r"\[\s?(?:electron|[эе]лектрон|elektron)", re.IGNORECASE)

# A place of publication: "М.", "СПб.", "Boca Raton", "Ростов-на-Дону", "St. Petersburg".
_PLACE_WORD = rf"[{UPPER}][\w]*\.?(?:-[{UPPER}{LOWER}][{LOWER}]*\.?)*"
_PLACE_INNER = rf"(?:[{UPPER}][\w-]*|[{UPPER}][\w]{{0,2}}\.)"  # "New", "St.", "Н." (not "Part.")
_PLACE_ONE = rf"(?:{_PLACE_INNER}\s){{0,2}}{_PLACE_WORD}(?:,\s[{UPPER}][\w]{{1,4}}\.?)?"  # ", MA"
# several places: "М.; Л.", "Berlin; New York"
_PLACE = rf"{_PLACE_ONE}(?:\s?;\s{_PLACE_ONE}){{0,3}}"
# "Berkeley : University Press, 1995", "М.: Наука" (an abbreviated place): a place and
# its publisher -- not "Title : other title information" ("Агрохимия : учебник").
_PLACE_COLON_START = (
    rf"{_PLACE}\s?:\s?[^\W\d_«\"][^:;]{{0,80}}?,\s\[?(?:\d{{4}}|б\.\s?г\.|n\.\s?d\.)"
    rf"|[{UPPER}][{LOWER}{UPPER}]{{0,3}}\.\s?:\s?[^\W\d_«\"]"
)
# Where an element after the title starts when the areas are written without dashes, as
# GOST R 7.0.5-2008 allows in notes ("Title. М. : Наука, 2019. С. 5."): a publication
# element, a year, an extent, pages, a volume or issue, an edition, a URL or DOI label.
_ELEMENT_START = (
    rf"{_PLACE_COLON_START}"
    # (a place of two or three Cyrillic words too: "Біла Церква, 2019", "Нижний Новгород,
    # 2015"; in Latin letters "Clarendon Press, 1992" is a publisher, no place)
    rf"|(?:[А-ЯЁІЇЄҐЎ][а-яёіїєґў'’-]*\s){{1,2}}[А-ЯЁІЇЄҐЎ][а-яёіїєґў'’-]*,\s\[?\d{{4}}"
    rf"|{_PLACE_WORD},\s\[?\d{{4}}"
    r"|\[?\d{4}\]?(?:\s?[-–]\s?\d{4})?(?=[.,;]|\s*$)"
    r"|\d+(?:,\s\[\d+\])?\s?(?:с|c|p|pp|S|стр|л)\.(?=\s|$)"
    r"|(?:[CСсPpS]|pp|Pp|стр|Str)\.\s?\d"
    r"|(?:№|No\.|Nr\.|Vol\.|Т\.|Том|Вып\.|Iss\.|Bd\.|Ч\.|Pt\.)\s?\d"
    # (a volume or part the Turkic languages number before their word: Uzbek "I jild",
    # "2-jild", "3-kitob", "1-qism", Kazakh and Kyrgyz "2-том", "3-кітап", "1-бөлім", "2-китеп",
    # Azerbaijani "II cild", "2-ci cild", Turkish "2. cilt", "3. kitap", "1. bölüm")
    r"|(?:[IVXL]{1,6}\s|\d{1,3}(?:-(?:[^\W\d_]{1,3}\s)?|\.\s?|\s))"
    r"(?:jild|cild|cilt|tom|том|kitob|kitap|кітап|китеп|qism|bölüm|бөлім|бөлүм)(?![^\W\d_])"
    rf"|(?:URL|DOI|Режим\sдоступа|Mode\sof\saccess|Access\smode|{AVAILABLE_FROM})\b"
    r"|\d+(?:-?[еe]|st|nd|rd|th)?\s(?:изд|ed|edn)\.|(?:Изд|Ed)\.\s\d|Rev\.\sed\."
    # an edition with an ordinal period ("2. изд.", "3. Aufl.", "2. kiad.", "2. painos",
    # "2. vyd.", "2. wyd.", "2. izd.") and a translator's note ("Прев. от рус.", "Пер. с
    # англ.", "Transl. from", "Übers. aus", "Trad. din")
    r"|\d+\.\s?(?:изд|Aufl|kiad|painos|vyd|wyd|izd|Ausg|uitg|opl|éd|ed|edn)\.?(?=[\s,]|$)"
    r"|(?:Прев|Пер|Transl?|Übers|Trad|Suom|Terj|Přel|Tłum|Prev)\.\s"
    r"|(?:Превод|Translated|Übersetzt|Traducere|Traduit)\s(?:от|from|by|aus|von|din|de|par)\s"
    r"|(?:Текст|Text)\s:\s"
)
# (never right after an initial: "/ сост. И. В. Лебедев. Киров : ..."; nor an act's number
# after its date's "г."/"р.": "Закон … от 27 июля 2006 г. № 152-ФЗ", "ад 10 ліпеня 2012 г.
# № 390-З", "від 1 липня 2014 р. № 1556-VII")
_ACT_DATE_NUMBER = r"(?!(?<=\d\d\d\d\s[гр]\.)\s+№)"
_TITLE_END = lazy_compile(
    rf"(?<=[.?!])(?<![\s.(-][{UPPER}]\.)(?<!^[{UPPER}]\.){_ACT_DATE_NUMBER}\s+(?={_ELEMENT_START})"
)
# An area element that starts a new element even without a dash: "2020. № 5. С. 45",
# "CRYPTO '89. Berlin : Springer, 1990".
_SOFT_SPLIT = lazy_compile(
    rf"(?<=\.){_ACT_DATE_NUMBER}\s(?=\d|№|No\.|Vol\.|Т\.\s?\d|Вып\.|Вип\.|Iss\.|[CСcсPpS]\.\s?\d|(?:pp|Str)\.\s?\d|URL"
    # (a journal's part or issue by its own word after the year: Ukrainian and Russian
    # "Ч. 9" (частина, число, часть), "Кн. 3" (книга; Bulgarian книжка), Bulgarian "Бр. 4"
    # (брой): "Ковчег. 2022. Ч. 9. С. 211–238.")
    r"|(?:Ч|Кн|Бр)\.\s?\d"
    # (the Armenian page word, whole: "2005. № 2. էջ 45–67.")
    r"|[Էէ]ջ\.?\s?\d"
    r"|DOI\b"
    rf"|(?:{AVAILABLE_FROM})\s?:"
    # "СПб., 2004", "Київ, 2019": a place and the year
    rf"|{_PLACE_COLON_START}|{_PLACE_WORD},\s\[?\d{{4}}\b)"
)
# ... but not after an abbreviation that the number belongs to: "С. 45", "No. 5".
# (the letters that number things: pages, volumes, parts, sheets -- "Part A. 2013" splits)
_ABBREVIATION = lazy_compile(
    r"(?:^|[\s(])(?:[CСcсPpSsТтTtVvNnЧчЛлДдФфH]|pp|No|no|Nr|nr|Vol|vol|Iss|iss|Вып|Вип|Кн|Зб|стр"
    r"|Стр|str|Str|Bd|Jg)\.$"
)
# Signs of a GOST reference written without area dashes: a spaced place colon
# followed by a year, Cyrillic page / issue / extent marks, a capital "P." page.
_DASHLESS_MARK = lazy_compile(
    rf"(?:^|[.?!]\s)(?:{_PLACE}\s:|{_PLACE}(?<=\.)\s?:)\s?[^:;]+?,\s\[?\d{{4}}"
    r"|(?:^|[\s(])(?:С|с|Т|Вып)\.\s?\d|№\s?\d|\b\d+\s?с\.(?=\s|$)"
    # (not an initial before an author-date year: "Naudé, P. 2010. Title")
    r"|(?:^|[.,]\s)P\.\s?(?!(?:1[5-9]|20)\d\d[a-z]?\.\s)\d"
)
# " / " then initials or a role: the statement of responsibility of a GOST title area.
_RESPONSIBILITY = lazy_compile(
    rf"\s/\s(?:[^/]{{0,30}}?\b[{UPPER}]\.\s?[{UPPER}]?\.?\s?[{UPPER}][{LOWER}]"
    r"|(?:сост|под\s(?:общ\.\s)?ред|ред|пер|авт|отв\.\sред|ed\.\sby|edited\sby|comp)\.?\s)"
)
_VANCOUVER_DATE = lazy_compile(r"\b\d{4}(?:\s\w{3})?;\s?\d")  # "2020;3(2):10", "2014 Sep;134"
_ISSUE = lazy_compile(
    # (a running number after the issue: "№ 3 (89)")
    r"(?:№|No\.?|Nr\.?|N|Iss\.|Issue|Вып\.|Вип\.|Vol\.|Т\.|Том|Bd\.)\s?\d++[\w/-]*+"
    r"(?:\s\(\d+\))?",
    re.IGNORECASE,
)
_PLACES = frozenset(
    {
        "м.", "м", "москва", "спб.", "спб", "санкт-петербург", "л.", "ленинград",
        "мн.", "минск", "к.", "киев", "київ", "новосибирск", "екатеринбург",
        "moscow", "m.", "minsk", "st. petersburg", "saint petersburg", "kiev", "kyiv",
        "london", "new york", "berlin", "paris", "oxford", "cambridge", "boston",
    }
)  # fmt: skip
_REPORT = lazy_compile(
    r"отч[её]т о НИР|звіт про НДР|\bзвіт\b|research report|technical report", re.IGNORECASE
)


def looks_gost(rest: str) -> bool:
    """True if the URL-free text has a GOST area separator, host, designation or a
    statement of responsibility (``/ сост. И. В. Лебедев``, ``/ A. Smith``), or a genre
    designation before one (``Title : звіт / Мін-во …``)."""
    text = f.normalize_space(rest)
    return bool(
        SEPARATOR.search(text)
        or HOST in text
        or LOOSE_DESIGNATION.search(text)
        or _RESPONSIBILITY.search(text)
        or _GENRE_BEFORE_SLASH.search(text)
        or _LEGAL_ACT_AFTER_TITLE.search(text)
        or _RESPONSIBILITY_THEN_URL.search(text)
        or _SITE_THEN_URL.search(text)
    )


# a statement of responsibility naming a body, then GOST's URL label: "Title / IFLA. URL:",
# "Назва / Мін-во освіти. Режим доступу:" (a body has no initials to tell it by)
_RESPONSIBILITY_THEN_URL = lazy_compile(
    r"\s/\s[^/\s][^/]{0,80}?\.\s(?:URL|Режим\s+доступ[ау]|Mode\s+of\s+access)\s?:"
)


# a site's name and GOST's statement of what it is, then the URL label: "ОАО «РЖД» :
# официальный сайт. URL:", "Укрзалізниця : офіц. сайт. URL:", "Росстат : [сайт]. URL:",
# "… : офіційний веб-портал. Режим доступу:"
_SITE_THEN_URL = lazy_compile(
    r"\s:\s\[?(?:(?:офіц|офиц|афіц)(?:\.|[^\W\d_]{3,9})\s)?(?:веб-?|інтернет-|интернет-)?"
    r"(?:сайт|портал|партал)\]?\.?\s(?:URL|Режим\s+доступ[ау]|Mode\s+of\s+access)\s?:",
    re.IGNORECASE,
)


def looks_dashless(rest: str) -> bool:
    """True if the text reads as GOST written without area dashes, as GOST R 7.0.5-2008
    allows in notes: ``Place : Publisher, 2020``, ``С. 45``, ``№ 5`` or heading
    authors ``Surname I. I.`` followed by a title and an element."""
    text = f.normalize_space(rest)
    if _VANCOUVER_DATE.search(text):
        return False
    if _DASHLESS_MARK.search(text):
        return True
    authors, after = f.split_heading_authors(text)
    if _MORE_THEN_YEAR.match(after):
        return False  # "Kritzinger, J.N.J., Meiring, P.G.J. e.a. 1994. Title": author-date
    if _YEAR_FIRST.match(after):
        return False
    return bool(authors) and _TITLE_END.search(after) is not None


# "et al." after heading names, then the year of an author-date entry (Dutch and Afrikaans
# "e.a.", German "u.a."): GOST writes no year before the title
_MORE_THEN_YEAR = lazy_compile(r"(?:et\sal|e\.\s?a|u\.\s?a)\.?,?\s(?:1[5-9]|20)\d\d[a-z]?\.\s")
# ... and so is a year right after the names (an editor's role between them: "Naudé, P.
# 2010. Title. 2nd ed. Place: Publisher", "Smit, D. (ed). 2018. Title. 5th ed. …"): an
# author-date entry, whatever edition or facts follow its title
_YEAR_FIRST = lazy_compile(rf"(?:(?i:{role_marks.MARK})\.?\s)?\(?(?:1[5-9]|20)\d\d[a-z]?\)?\.\s")


# A journal article written to DSTU 8302 or GOST R 7.0.5-2008 without area dashes and
# without the host's "//" ("Title. Journal. 2010. № 2. С. 95–108.", "*Journal*. 2019.
# Т. 12, № 3. С. 18–25."): after the journal a year, a volume or an issue, and pages.
# (a digit, then the rest of the number possessively: "12", "12a", "3/4", "2-3")
_NUMBER = r"\s?\d[\w/-]*+(?:\s\(\d+\))?"
_DASHLESS_SERIAL = lazy_compile(
    r"(?<=[\w.?!*_'»”)])\.?\s(?:1[89]|20)\d\d\.\s"
    rf"(?:(?:Т|Том|Vol|Вип|Вып|Bd)\.{_NUMBER}(?:[,.]\s(?:№|No\.?|no\.|Nr\.?|Iss\.){_NUMBER})?"
    rf"|(?:№|No\.?|Nr\.?|Вип\.|Вып\.|Iss\.){_NUMBER})"
    # (the Armenian page word whole: "2005. № 2. էջ 45–67")
    r"\.\s(?:(?:С|P|S|pp|Стб)\.|[Էէ]ջ\.?)\s?\d"
)


def dashless_article(rest: str) -> bool:
    """True for a journal article written without area dashes or ``//``: a title, the
    journal, then ``2010. № 2. С. 95–108`` (DSTU 8302, GOST R 7.0.5-2008 notes)."""
    text = f.normalize_space(rest)
    return (
        HOST not in text
        and SEPARATOR.search(text) is None
        and _DASHLESS_SERIAL.search(text) is not None
    )


@dataclass(slots=True)
class GostFields:
    """Everything the GOST parser found, before it becomes a Reference."""

    authors: tuple[str, ...] = ()
    title: str | None = None
    responsibility: str | None = None
    host: str | None = None
    year: int | None = None
    year_raw: str | None = None
    year_problem: str | None = None
    publisher: str | None = None
    place: str | None = None
    pages: str | None = None
    page_count: int | None = None
    electronic: bool = False
    journal_marks: bool = False  # an issue or volume number was seen
    volume: str | None = None
    issue: str | None = None
    extra: list[str] = field(default_factory=list)  # area elements not understood


def _clean(text: str) -> str:
    """Normalise spaces and trim the punctuation GOST leaves at element ends."""
    return f.normalize_space(text).strip(" ,;:/")


def _soft_split(area: str) -> list[str]:
    """Split ``2020. № 5. С. 45`` into elements; the dot before each new
    element is its separator, so it is dropped from the piece it ends."""
    pieces: list[str] = []
    start = 0
    for match in _SOFT_SPLIT.finditer(area):
        # Only the last word matters; a short window keeps this linear.
        if _ABBREVIATION.search(area[max(start, match.start() - 20) : match.start()]):
            continue
        pieces.append(area[start : match.start()].rstrip("."))
        start = match.end()
    pieces.append(area[start:])
    return pieces


def split_areas(text: str) -> list[str]:
    """Split at GOST area separators, then at dash-less element starts."""
    return [p.strip() for area in SEPARATOR.split(text) for p in _soft_split(area)]


_ONE_INITIAL = lazy_compile(r"^([A-ZА-ЯЁ][a-zа-яё'’-]+)\s[A-ZА-ЯЁ]\.\s+(?=\S)")


# "Федеральная служба государственной статистики. Посевные площади ...": an organisation
# named before the title (a noun phrase: no comma, a few words).
_FIRST_SENTENCE = lazy_compile(
    rf"^(?P<org>[{UPPER}][^.,:;()\[\]\d]{{1,100}}?)\.\s+(?=[{UPPER}«\"“])"
)
_ORGANISATION = lazy_compile(ORGANISATION_WORD)
# a body's name of one word in the shape no title's first word has: a brand's inner capital
# ("ДомКлик", "PwC"), an acronym ("ВОЗ", "IFLA", "НБУ"), the compound of a Russian or
# Ukrainian agency ("Росстат", "Вологдастат", "Держстат", "Роспотребнадзор", "Росреестр",
# "Минфин", "Мінфін", "Минздрав"); "Логистика. Title" is a title of two sentences
_ORGANISATION_SHAPE = lazy_compile(
    rf"[{UPPER}][{LOWER}]+[{UPPER}][{UPPER}{LOWER}]*|[{UPPER}]{{2,8}}"
    rf"|[{UPPER}][{LOWER}]*(?:стат|надзор|нагляд|реестр|реєстр)"
    rf"|М[иі]н(?:фин|фін|здрав|обрнауки|просвещения|освіти|экономразвития|економіки|транс"
    rf"|юст|труд|строй|сельхоз|энерго|енерго|цифры|культуры|культури|природы|обороны|оборони"
    rf"|регион|регіон|соцполітики|финансов|фінансів)"
)


def _organisation(title: str, responsibility: str) -> tuple[tuple[str, ...], str]:
    """((organisation,), rest) when the title area starts with an organisation's name --
    one with an organisation word, or the body the statement of responsibility names."""
    m = _FIRST_SENTENCE.match(title.strip())
    if m is None or len(m.group("org").split()) > 8:
        return (), title
    org = m.group("org").strip()
    named = responsibility and f.normalize_space(responsibility).startswith(org)
    if not (named or _ORGANISATION.search(org) or _ORGANISATION_SHAPE.fullmatch(org)):
        return (), title
    return (org,), title.strip()[m.end() :]


# "Хафиз. Газели / пер. с перс. …", "Гомер. Илиада / пер. Н. Гнедича": a classical author
# of one name (or two: "Омар Хайям") in translation, the heading without initials
_NAMED_ONLY = lazy_compile(
    rf"^(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:[\s-][{UPPER}][{LOWER}]{{2,}})?)\.\s+(?=[{UPPER}«\"“])"
)
_TRANSLATED = lazy_compile(
    r"(?:^|[;,]\s|\s)(?:пер(?:\.|евод)|перекл(?:\.|ад)|trans(?:l)?\.|übers\.|trad\.)",
    re.IGNORECASE,
)


def _translated_author(title: str, responsibility: str) -> tuple[tuple[str, ...], str]:
    """((author,), rest) when a work in translation names its author by one name before the
    title (``Хафиз. Газели / пер. с перс.``); ((), title) otherwise."""
    m = _NAMED_ONLY.match(title.strip())
    if m is None or _TRANSLATED.search(responsibility) is None:
        return (), title
    return (m.group("name"),), title.strip()[m.end() :]


def split_title_area(area: str) -> tuple[str, str]:
    """(title area, the elements after it) of an area written without dashes; the
    heading authors (``Минеев В. Г.``) are never taken for an element."""
    _, after_authors = f.split_heading_authors(area, single=True)
    end = _TITLE_END.search(area, len(area) - len(after_authors))
    if end is None:
        return area, ""
    # the period before the first element is the separator, not part of the title
    return area[: end.start()].rstrip().removesuffix("."), area[end.end() :]


# A designation of the work's genre after " : " (other title information, not the title
# proper): "Title : учебное пособие", ": монография", "навчальний посібник", ": звіт", a
# dissertation's ": специальность 05.02.13 … : диссертация на соискание …"; a real subtitle
# after " : " stays.  (": отчет о НИР" stays in the title, as the tests of the report shape
# have it.)
_LEGAL_ACT = (
    r"(?:федер(?:\.|альн\w+)\s(?:конституц(?:\.|ионн\w+)\s)?закон|закон"
    r"|приказ|постановление|указ|распоряжение|наказ|постанова|розпорядження"
    # (Belarusian: "Закон Рэсп. Беларусь ад …", "пастанова", "загад", "распараджэнне")
    r"|пастанова|загад|распараджэнне"
    # (a programme, a strategy, rules approved by an act: "Государственная программа … :
    # утв. постановлением Правительства … от … № 306")
    rf"|{APPROVED_BY})"
    # (the issuer in a few words, never a further " : " or " / " area)
    r"\b(?:\s(?!:|/|//)[^\s:/]+){0,10}?\s(?:от|від|ад|№)\s?\d"
)
_GENRE = lazy_compile(
    r"\s?:\s(?=(?:учеб(?:ное|\.)?\s?(?:-\s?метод(?:ическое|\.)\s)?пособ|учебно-методическое\s"
    r"|учеб\.-метод\.\s|монограф|навч(?:альн\w*|\.)\s(?:-\s?метод\w*\.?\s)?посіб"
    r"|посібник\b|звіт\b|дисс?\.|диссертац|дисертац|дыс\.|дысертац"
    # a textbook, a handbook, a reader, a collection of papers: "Title : підручник",
    # ": учебник", ": довідник", ": справочник", ": практикум", ": зб. наук. пр.", ": сб.
    # науч. тр.", ": курс лекцій"
    r"|підручник\b|учебник\b|довідник\b|справочник\b|хрестоматі|хрестомати|практикум\b"
    r"|(?:зб|сб)(?:\.|ірник|орник)\s(?:наук|науч)|(?:курс|конспект)\sлекц"
    r"|автореф|аўтарэф|специальность\b|спец\.\s\d|спеціальність\b|спецыяльнасць\b"
    r"|monograph\b|textbook\b"
    # a thesis's designation in Latin letters, the degree first and the word last in the
    # element: Uzbek, Kazakh and Azerbaijani "Title: san.f.n. ... diss.", ": f.f.d. …
    # avtoref.", ": PhD … dis.", ": sənətşünaslıq üzrə fəlsəfə doktoru dis.", and Turkish ":
    # doktora tezi", ": yüksek lisans tezi" (a subtitle on theses goes on after the word:
    # ": dissertatsiya yozish usullari")
    r"|[^:/]{0,80}?(?<![^\W\d_])(?:diss?|avtoref)\.?(?=\s?(?:[;/\[]|$))"
    r"|(?:doktora|yüksek\slisans)\stezi\b"
    # an electronic resource's designation: ": електрон. база даних", ": электрон. журн.",
    # ": база данных", ": офіц. веб-сайт", ": официальный сайт", ": веб-портал"
    r"|електрон(?:\.|н\w+)\s|электрон(?:\.|н\w+)\s|база\sдан(?:их|ных)\b"
    r"|(?:офіц|офиц)(?:\.|іальн\w+|иальн\w+)\s(?:веб-?)?(?:сайт|портал)"
    r"|(?:веб-?)?сайт\b|веб-?портал\b"
    # ... and the resource's kind said in other words: Ukrainian ": офіційний інформаційний
    # ресурс", ": офіційний вебсайт", ": інтернет-портал", Russian ": официальный
    # интернет-портал", ": информационный ресурс", Belarusian ": афіцыйны сайт", ":
    # інфармацыйны рэсурс", Bulgarian ": официален сайт", ": информационен портал"
    # (the statement the whole element: a subtitle may begin so, ": інформаційний ресурс у
    # бібліотеці")
    r"|(?:(?:(?:офіц|офиц|афіц)(?:ійн|иальн|ыйн|иален)\w*\s)?"
    r"(?:(?:інформ|информ|інфарм)(?:аційн|ационн|ацыйн|ационен)\w*\s(?:ресурс|рэсурс|портал|партал)"
    r"|(?:веб-?|інтернет-|интернет-|інтэрнэт-|уеб-?)(?:сайт|портал|партал|ресурс|рэсурс))"
    r"|(?:офіц|офиц|афіц)(?:ійн|ыйн|иален)\w*\s(?:сайт|портал|партал))(?=\s?(?:[.:;/\[]|$))"
    # a legal act's designation (GOST 7.0.100 5.2.3): "О связи : федер. закон Рос. Федерации
    # от 7 июля 2003 г. № 126-ФЗ", ": Федеральный закон № 12-ФЗ", ": приказ Министерства …
    # от …", ": постановление Правительства …", "Про освіту : Закон України від …", ": наказ
    # … від …" -- the act's kind, its issuer, then its date or number
    rf"|{_LEGAL_ACT}))",
    re.IGNORECASE,
)


def is_designation(subtitle: str) -> bool:
    """Is ``subtitle`` (a ``.bib`` entry's ``subtitle`` field) a designation of the work's
    genre or a legal act's designation (``учебник``, ``монография``, ``Закон Респ. Беларусь
    от … № …``) -- other title information, no part of the title -- rather than a real
    subtitle?"""
    return _GENRE.match(f": {subtitle.strip()}") is not None


_GENRE_BEFORE_SLASH = lazy_compile(_GENRE.pattern + r"[^/]{0,200}\s/\s\S", re.IGNORECASE)
# "Title : федер. закон от … № …": a legal act with its designation, the areas written
# without dashes or a statement of responsibility ("… № 89-ФЗ (ред. от …). URL: …")
_LEGAL_ACT_AFTER_TITLE = lazy_compile(rf"(?:[^\W\d_]|[»”)])\s?:\s{_LEGAL_ACT}", re.IGNORECASE)


def _title_proper(title: str, out: GostFields) -> str:
    """The title without a genre designation after it (kept among the elements, where a
    report's "звіт" still says what kind of work it is)."""
    genre = _GENRE.search(title)
    if genre is None or not title[: genre.start()].strip():
        return title
    out.extra.append(title[genre.end() :].strip())
    return title[: genre.start()]


def web_title_proper(ref: Reference) -> Reference:
    """``ref``, a web page of a GOST-family list read by another parser (DSTU 8302 and GOST
    R 7.0.100 written without area dashes), titled without the resource's kind GOST states
    after a colon (``Історія єпархії : офіційний інформаційний ресурс. URL: …`` ->
    ``Історія єпархії``; ``Title : офіц. веб-сайт``, ``: официальный интернет-портал``)."""
    if ref.kind is not RefKind.WEB or ref.style == "gost" or not ref.title:
        return ref
    genre = _GENRE.search(ref.title)
    if genre is None or not _CYRILLIC_START.match(ref.title, genre.end()):
        return ref
    title = _clean(ref.title[: genre.start()])
    return dataclasses.replace(ref, title=title) if title else ref


_CYRILLIC_START = lazy_compile(r"[\u0400-\u04ff]")


def parse_title_area(area: str, out: GostFields) -> None:
    """Heading authors, title and statement of responsibility."""
    area = _URL_LABEL_ANYWHERE.sub("", area)
    title_part, slash, responsibility = area.partition(" / ")
    authors, title = f.split_heading_authors(title_part.strip(), single=True)
    if not authors and slash:
        # "Lowe R. Title / R. Lowe": one initial is too weak alone, but the statement
        # of responsibility names the same person.
        one = _ONE_INITIAL.match(title_part.strip())
        if one and re.search(rf"\b{re.escape(one.group(1))}\b", responsibility):
            authors, title = (one.group(0).strip(),), title_part.strip()[one.end() :]
    if not authors and slash:
        authors, title = _translated_author(title, responsibility)
    organisation = False
    if not authors:
        authors, title = _organisation(title, responsibility if slash else "")
        organisation = bool(authors)
    out.authors = tuple(f.normalize_space(a) for a in authors)
    if slash and not organisation:
        # the co-authors the statement of responsibility names are authors too
        out.authors = with_named_authors(out.authors, f.normalize_space(responsibility))
    out.title = _clean(_title_proper(title, out)) or None
    if slash:
        out.responsibility = _clean(responsibility) or None


def _is_place(text: str) -> bool:
    return text.strip().lower() in _PLACES


_PLACE_COLON = lazy_compile(r"(?<=\w\.)\s?:\s?(?=\S)|(?<=\w)\s?:\s(?=\S)")


def _publication_element(element: str, out: GostFields) -> bool:
    """``Place : Publisher, 2020`` / ``Publisher, 2020`` / ``М., 2019``."""
    tokens = [t.strip() for t in element.split(",")]
    # ISO 690 writes the pages after the year with a comma: "София: БАН, 2001, с. 11–20"
    tail: list[str] = []
    while len(tokens) > 2 and (f.parse_pages(tokens[-1]) or _ISSUE.fullmatch(tokens[-1])):
        tail.insert(0, tokens.pop())
    if tail and f.parse_year(tokens[-1]) is None:
        tokens += tail
        tail = []
    element = ", ".join(tokens)
    year = f.parse_year(tokens[-1]) if len(tokens) > 1 else None
    head = ", ".join(tokens[:-1]) if year else element
    if year is None and not _PLACE_COLON.search(element):
        return False
    if not re.search(r"[^\W\d_]", head) or _ISSUE.match(head) or f.parse_pages(head):
        return False
    head = _PLACE_COLON.sub(" : ", head)  # "М.: Наука" is written without the space too
    if " : " in head:
        place, _, publisher = head.partition(" : ")
        out.place = out.place or _clean(place) or None
        publisher = publisher.split(" ; ")[0]
        out.publisher = out.publisher or _clean(publisher) or None
    elif _is_place(head):
        out.place = out.place or _clean(head)
    else:
        out.publisher = out.publisher or _clean(head)
    if year is not None:
        _take_year(year, out)
    for token in tail:
        parse_element(token, out)
    return True


def _take_year(info: f.YearInfo, out: GostFields) -> None:
    if out.year_raw is None:
        out.year, out.year_raw, out.year_problem = info.year, info.raw, info.problem


def parse_element(element: str, out: GostFields) -> None:
    """One area element after the title: year, pages, extent, issue, ..."""
    element = element.strip().rstrip(".").strip()
    if not element:
        return
    if URL_LABEL.match(element):
        return  # the address itself was cut out before; URL_MISSING is decided later
    if re.match(r"DOI\b", element):
        return  # the DOI was read and cut out before
    medium = gost_media.media_area(element)
    if medium is not None:  # "Текст : электронный", "Изображение : непосредственное"
        out.electronic = out.electronic or medium
        return
    count = f.parse_page_count(element)
    if count is not None:
        out.page_count = out.page_count or count
        return
    if _publication_element(element, out):
        return
    understood = False
    for token in (t.strip() for t in element.split(",")):
        year = f.parse_year(token)
        pages = f.parse_pages(token)
        if year is not None:
            _take_year(year, out)
        elif pages is not None:
            out.pages = out.pages or pages
        elif _ISSUE.fullmatch(token):
            out.journal_marks = True
            _take_number(token, out)
        else:
            continue
        understood = True
    if not understood:
        out.extra.append(element)


_VOLUME_MARK = lazy_compile(r"^(?:Vol\.?|Т\.|Том|Bd\.)", re.IGNORECASE)


def _take_number(token: str, out: GostFields) -> None:
    """``Т. 3`` / ``Vol. 3`` is the volume; ``№ 5`` / ``No. 5`` / ``Вып. 2`` the issue."""
    number = re.search(r"\d+[\w/-]*", token)
    if number is None:
        return
    if _VOLUME_MARK.match(token):
        out.volume = out.volume or number.group(0)
    else:
        out.issue = out.issue or number.group(0)


# "[Электроный ресурс]", "[Electronic resourse]": misspelled, but a designation all the same
_LOOSE_DESIGNATION_SPAN = lazy_compile(
    r"\[\s?(?:electron|электрон|електрон|elektron)[^\[\]]{0,25}\]", re.I
)


def _strip_designations(text: str, out: GostFields) -> str:
    """Drop ``[Electronic resource]``-like designations (misspelled ones too; style-lint
    reports the spelling), noting electronic ones."""
    for match in DESIGNATION.finditer(text):
        if not re.fullmatch(rf"\[\s?(?:text|текст|{_RECORDING})\s?\]", match.group(0), re.I):
            out.electronic = True
    if _LOOSE_DESIGNATION_SPAN.search(text):
        out.electronic = True
    text = f.normalize_space(_LOOSE_DESIGNATION_SPAN.sub("", DESIGNATION.sub("", text)))
    return re.sub(r"(?<!\s)\s++(?=[.,;])", "", text)


# ISO 690 (BDS, SRPS, DIN, ČSN) marks the host with "In:" (in the entry's language: the
# shared IN_COLON) where GOST writes " // ": "Title. – In: Palaeobulgarica, 1985, Bd. 9",
# "Title [онлайн]. – В: Библиотека. София ...", "Název. – V: Sborník. Praha ...", and
# GOST R 7.0.5's notes without the area dash: "Глава. В кн.: Сборник / под ред. ..."
_IN_HOST = lazy_compile(rf"[.?!]\s?(?:[-–—]{{1,2}}\s)?{IN_COLON}(?=\S)")
# ... and after " // " the same word is the host's mark, not its name: "// В: Сборник"
_IN_MARK = lazy_compile(rf"^{IN_COLON}(?=\S)")
# Where the host's name ends inside its area: "Palaeobulgarica, 1985, Bd. 9, No 3, S. 43–56"
_HOST_NAME_END = lazy_compile(
    r",\s(?=\[?(?:1[5-9]|20)\d\d\b|(?:Bd|Vol|Т|Том|No|Nr|Iss|Вып|Вип|Br|Sz|évf|vuosik)\.?\s?\d"
    r"|№\s?\d|(?:[СсPpS]|pp|стр|[Ss]tr)\.\s?\d)"
)


# a year, then the general material designation GOST sets right after the title proper
_YEAR_BEFORE_DESIGNATION = lazy_compile(
    rf"(?<=\.)\s(?P<year>(?:1[5-9]|20)\d\d)\s?(?={DESIGNATION.pattern})", re.IGNORECASE
)


def parse_fields(rest: str) -> GostFields:
    """Read the GOST areas of a reference text whose URLs, access date and
    DOI have already been cut out."""
    out = GostFields()
    normalized = f.normalize_space(rest)
    dated = _YEAR_BEFORE_DESIGNATION.search(normalized)
    text = _strip_designations(normalized, out)
    if HOST not in text:
        text = _IN_HOST.sub(HOST, text, count=1)
    head, has_host, host_part = text.partition(HOST)
    head_areas = SEPARATOR.split(head)
    title_area, after_title = split_title_area(head_areas[0])
    parse_title_area(title_area, out)
    if dated is not None and out.title and not out.title.endswith(dated.group("year")):
        before = normalized[: dated.start()].rstrip(" .")
        if before.endswith(out.title.rstrip(" .")):
            # "Регионы России. Показатели. 2022 [Электронный ресурс]": the designation
            # follows the title proper, so the year before it is the title's (a yearbook's)
            out.title = f"{out.title.rstrip(' .')}. {dated.group('year')}"
    elements = split_areas(after_title) if after_title else []
    elements += [piece for area in head_areas[1:] for piece in split_areas(area)]
    if has_host:
        host_areas = split_areas(_IN_MARK.sub("", host_part.lstrip(), count=1))
        host = _URL_LABEL_ANYWHERE.sub("", host_areas[0])
        name_end = _HOST_NAME_END.search(host)
        if name_end is not None:  # "Host, 1985, Bd. 9": the elements follow a comma
            elements.append(host[name_end.end() :])
            host = host[: name_end.start()]
        out.host = _clean(host) or None
        elements.extend(host_areas[1:])
    for element in elements:
        parse_element(element, out)
    if out.year_raw is None:
        _take_published(text, out)
    if not has_host and out.journal_marks and out.title and dashless_article(text):
        out.title, out.host = _host_of_title(out.title)
    return out


# The journal at the end of the title area of a dash-less article: emphasised ("''Title''",
# "*Title*", "_Title_", "«Title»") or the last sentence, with the abbreviated words of its
# name before it ("Вісн. Київ. ун-ту").
_EMPHASISED_HOST = lazy_compile(r"(?<=[.?!])\s(?:''|\*|_|«)(?P<host>[^*_'«»]+?)(?:''|\*|_|»)$")
_SENTENCE_START = lazy_compile(rf"(?<=[.?!])\s(?=[{UPPER}«\"“])")
_ABBREVIATED_WORD = lazy_compile(rf"[{UPPER}][{LOWER}]{{0,6}}\.")


_TITLE_ABBREVIATION = lazy_compile(
    r"(?:^|[\s(])(?:рр|р|ст|стст|гг|г|вв|в|тыс|тис|млн|млрд|им|ім|etc|cc|St|Jr|Sr|Inc|Ltd|Co)\.$"
)


def _host_of_title(title: str) -> tuple[str | None, str | None]:
    """(title, journal) of ``Title. Journal`` -- the title's first sentence always stays."""
    emphasised = _EMPHASISED_HOST.search(title)
    if emphasised is not None:
        at, host = emphasised.start(), emphasised.group("host")
    else:
        starts = [m.end() for m in _SENTENCE_START.finditer(title)]
        if not starts:
            return title, None
        at = starts[-1]
        for start in reversed(starts[:-1]):
            if not _ABBREVIATED_WORD.fullmatch(title[start:at].strip()):
                break
            at = start
        host = title[at:]
    head = title[:at].strip()
    # (the period that ends the title, not an abbreviation's: "у 2002–2008 рр.", "XVII ст.")
    if not _TITLE_ABBREVIATION.search(head):
        head = head.removesuffix(".")
    return _clean(head) or None, _clean(host) or None


# A patent's dates: "заявл. 10.01.2017 : опубл. 11.04.2018" -- its year is the year it was
# published (not filed)
_PUBLISHED = lazy_compile(r"\b(?:опубл|publ)\.\s?(?:\d{1,2}\.\d{1,2}\.|\d{1,2}\s\w+\s)?(\d{4})\b")


def _take_published(text: str, out: GostFields) -> None:
    published = _PUBLISHED.search(text)
    if published is not None:
        info = f.parse_year(published.group(1))
        if info is not None:
            _take_year(info, out)


def choose_kind(fields: GostFields, has_url: bool, *, accessed: bool = False) -> RefKind:
    """Decide the kind of work from what the areas contained; ``accessed``: the reference
    gives the date its URL was consulted (``дата обращения: …``)."""
    if fields.host is not None:
        online = fields.electronic or (accessed and not (fields.publisher or fields.place))
        if online and has_url and not (fields.journal_marks or fields.pages):
            # a page of a website: "History [Electronic resource] // Site", "Title // Site.
            # 2023. URL: … (дата обращения: …)" (no journal numbering, pages or publisher)
            return RefKind.WEB
        if fields.journal_marks or not (fields.publisher or fields.place):
            return RefKind.ARTICLE
        return RefKind.CHAPTER
    if fields.title and (
        _REPORT.search(fields.title + " " + " ".join(fields.extra))
        # a numbered paper or brief of a series: "Migration and Development Brief 38"
        or numbered_report(fields.title)
    ):
        return RefKind.REPORT
    if fields.publisher or fields.place or fields.page_count:
        return RefKind.BOOK
    if fields.electronic or has_url:
        return RefKind.WEB
    return RefKind.UNKNOWN


def year_anomalies(
    fields: GostFields, text: str, line_starts: Sequence[int]
) -> tuple[Anomaly, ...]:
    """YEAR_MALFORMED for a year that is written but unusable."""
    if fields.year_raw is None or fields.year_problem is None:
        return ()
    line = f.line_of(text, line_starts, fields.year_raw)
    return (Anomaly(AnomalyCode.YEAR_MALFORMED, fields.year_problem, line=line),)


def parse(text: str, rest: str, line_starts: Sequence[int], has_url: bool) -> Reference:
    """A GOST reference's fields (URL, DOI, access date and language are
    filled in by :func:`bibcheck.parse.references.parse_reference`)."""
    fields = parse_fields(rest)
    kind = choose_kind(fields, has_url, accessed=f.find_access_date(text) is not None)
    if fields.title:
        # "ГОСТ Р 7.0.100–2018. Title", "Патент № … МПК …. Title : № … : заявл. …", "Title :
        # программный комплекс", "Title : [сайт]": the kind said, no part of the title
        kinded = kinded_title(fields.title, authored=bool(fields.authors))
        fields.title = kinded.title or fields.title
        if kinded.kind is not None and fields.host is None:
            kind = kinded.kind
        elif fields.host is None and registration_certificate(" : ".join(fields.extra)):
            # ("Title : база данных : свидетельство о государственной регистрации № …": the
            # certificate among the other title information -- software or data: web)
            kind = RefKind.WEB
    return Reference(
        raw=text,
        line=line_starts[0],
        end_line=line_starts[-1],
        kind=kind,
        style="gost",
        authors=fields.authors,
        title=fields.title,
        responsibility=fields.responsibility,
        host=fields.host,
        year=fields.year,
        year_raw=fields.year_raw,
        publisher=fields.publisher,
        place=fields.place,
        pages=fields.pages,
        page_count=fields.page_count,
        electronic=fields.electronic,
        anomalies=year_anomalies(fields, text, line_starts),
        volume=fields.volume,
        issue=fields.issue,
    )
