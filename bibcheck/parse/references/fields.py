"""Small pure helpers shared by the GOST and the generic reference parsers.

Each helper looks at one kind of field (year, access date, pages, page
count, DOI, heading authors, language) and knows nothing about citation
styles, so both parsers read a field the same way and the rules can be
tested one at a time.  Nothing here guesses: a year written ``202-`` is
reported as malformed, never completed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.catalogue_numbers import without_catalogue_numbers
from bibcheck.parse.references.entrymemo import entry_memo
from bibcheck.parse.references.patterns import (
    INITIAL_DIGRAPH,
    LOWER,
    MARKS,
    PAGE_WORDS,
    SURNAME_PLAIN,
    UPPER,
)
from bibcheck.parse.references.scriptmonths import script_date
from bibcheck.parse.references.yearwords import (
    IN_PRESS_WORDS,
    NO_DATE_PHRASES,
    NO_DATE_WORDS,
    STAGE_WORDS,
    field_status,
)

YEAR_MIN = 1500
YEAR_MAX = 2100

_SPACE = lazy_compile(r"\s+")
_CYRILLIC = lazy_compile(r"[А-Яа-яЁё]")
_CYRILLIC_WORD = lazy_compile(r"[А-Яа-яЁё]{2,}")
_LETTER = lazy_compile(r"[^\W\d_]")
# Scripts that name their language (a word of two letters or more, as for Cyrillic: one
# Greek letter in "β-cell" or one Han character in a Latin title says nothing)
_SCRIPT_WORDS = (
    (re.compile(r"[\u3040-\u30ff]{2,}"), "ja"),  # kana (Japanese also writes Han)
    (re.compile(r"[\uac00-\ud7af]{2,}"), "ko"),  # Hangul
    (re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}"), "zh"),  # Han, no kana
    (re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]{3,}"), "el"),
    (re.compile(r"[\u0600-\u06ff]{2,}"), "ar"),  # (Persian and Urdu write it too)
    (re.compile(r"[\u0590-\u05ff]{2,}"), "he"),
    (re.compile(r"[\u0e00-\u0e7f]{2,}"), "th"),
    (re.compile(r"[\u0900-\u097f]{2,}"), "hi"),  # Devanagari (Hindi, Marathi, Nepali)
)


def first_closed(text: str, kinds: Sequence[tuple[Regex, str]]) -> re.Match[str] | None:
    """The leftmost match of several "opening mark ... closing mark" patterns.

    Each pattern is searched only up to the last of its closing characters:
    an opening mark that is never closed cannot match, and without the bound
    every such mark would send the engine to the end of the text again (a
    text of 40,000 « would take minutes).  ``kinds`` pairs each pattern with
    the characters that can close it.
    """
    best: re.Match[str] | None = None
    for pattern, closers in kinds:
        end = max(text.rfind(c) for c in closers) + 1
        if end <= 0:
            continue
        m = pattern.search(text, 0, end)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return _SPACE.sub(" ", text).strip()


def has_cyrillic(text: str) -> bool:
    """True if ``text`` contains at least one Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def detect_language(text: str) -> str | None:
    """``"ru"`` if there is a Cyrillic word; the language a script names (``"zh"`` for a
    Han title, ``"ja"`` with kana, ``"ko"``, ``"el"``, ``"ar"``, ``"he"``, ``"th"``,
    ``"hi"``); ``"en"`` if other letters (Latin script: not told apart), else None.

    ``text`` should already have its URLs removed: a transliterated or
    Cyrillic URL says nothing about the language of the reference.  A lone
    Cyrillic letter (``2О23`` typed with a Cyrillic O) does not count.
    """
    if _CYRILLIC_WORD.search(text):
        return "ru"
    for pattern, language in _SCRIPT_WORDS:
        if pattern.search(text):
            return language
    if _LETTER.search(text):
        return "en"
    return None


def line_of(text: str, line_starts: Sequence[int], needle: str) -> int:
    """Source line of the first occurrence of ``needle`` in ``text``.

    Falls back to the first line when ``needle`` is not found (it may have
    been normalised, e.g. whitespace collapsed).
    """
    index = text.find(needle) if needle else -1
    if index < 0:
        return line_starts[0]
    part = text.count("\n", 0, index)
    return line_starts[min(part, len(line_starts) - 1)]


# --------------------------------------------------------------------------
# Year
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearInfo:
    """A year token: ``year`` is None when ``raw`` is not a usable year."""

    raw: str
    year: int | None
    problem: str | None = None  # why it is malformed; None when valid


# Digits, or letters easily mistaken for 0 (Latin O/o, Cyrillic О/о).
_YEAR_CHAR = "0-9OoОо"
_YEAR_VALID = lazy_compile(r"(?:©\s?|c\s?|cop\.\s?|сор\.\s?)?(\d{4})")
_YEAR_BRACKETED = lazy_compile(r"\[(\d{4})\]")
_YEAR_RANGE = lazy_compile(r"(\d{4})\s?[-–—]\s?(\d{4})")
# a range left open, as a series still appearing or a database still growing is dated:
# "2009–", "2009–present", "1998-ongoing", "2009–heute", "2009–présent", "2009–presente"
_YEAR_OPEN = lazy_compile(
    r"(\d{4})\s?[-–—]\s?(?:present|ongoing|today|now|heute|laufend|présent|aujourd'hui"
    r"|presente|actualidad|atualidade|oggi|idag|nu)?",
    re.IGNORECASE,
)
# 202-, 20--, 19??, 2O23: a 4-character year with unknown or look-alike digits.
_YEAR_BROKEN = lazy_compile(
    rf"[12](?:[{_YEAR_CHAR}]{{3}}|[{_YEAR_CHAR}]{{2}}[-–?]|[{_YEAR_CHAR}][-–?]{{2}}|[-–?]{{3}})"
)
_YEAR_UNCERTAIN = lazy_compile(r"\[\s?(\d{4})\s?\?\s?\]|(\d{4})\s?\?")


def _in_range(year: int) -> bool:
    return YEAR_MIN <= year <= YEAR_MAX


def parse_year(token: str) -> YearInfo | None:
    """Read a token that stands on its own as a year, or return None.

    Valid: ``2023``, ``[2023]`` (year supplied by the cataloguer), ``©2023``,
    ``2019-2021`` (the first year is kept), ``2009–`` and ``2009–present`` (a range left
    open: a series or a database still appearing; its first year).  Malformed
    (``year=None`` plus a reason): ``202-``, ``20--``, ``2O23`` (letter O), ``[2023?]``, and a
    4-digit number outside 1500..2100.  Anything else is not a year: None.
    """
    raw = token.strip()
    match = _YEAR_VALID.fullmatch(raw) or _YEAR_BRACKETED.fullmatch(raw)
    if match:
        year = int(match.group(1))
        if _in_range(year):
            return YearInfo(raw, year)
        return YearInfo(raw, None, f"year {raw!r} is outside {YEAR_MIN}..{YEAR_MAX}")
    match = _YEAR_RANGE.fullmatch(raw)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if _in_range(first) and _in_range(last) and first <= last:
            return YearInfo(raw, first)
        return YearInfo(raw, None, f"year range {raw!r} is not plausible")
    match = _YEAR_OPEN.fullmatch(raw)
    if match and _in_range(int(match.group(1))):
        return YearInfo(raw, int(match.group(1)))  # (an open range: its first year)
    if _YEAR_UNCERTAIN.fullmatch(raw):
        return YearInfo(raw, None, f"year {raw!r} is marked uncertain (?); not guessed")
    if _YEAR_BROKEN.fullmatch(raw):
        if re.search(r"[OoОо]", raw):
            return YearInfo(
                raw, None, f"year {raw!r} contains a letter O where a digit is expected"
            )
        return YearInfo(raw, None, f"year {raw!r} is incomplete; not guessed")
    return None


# What a list writes in the year's place for a work not yet published or with no date, in
# the languages cited -- a status, not a malformed year: the words of :mod:`.yearwords`
# ("n.d.", "s.f.", "o.J.", "б. г.", "in press", "im Druck", "à paraître", "baskıda"),
# "no date" spelled out (:data:`.yearwords.NO_DATE_PHRASES`), and besides these a field
# writes the stages before print, as a list of one's own work does ("submitted", "under
# review", "in preparation", "eingereicht", "en préparation"), and "in press" in the
# languages a running text cites less often ("im Erscheinen", "в печати", "v tisku", "w
# druku")
_FIELD_ABBREVIATIONS = NO_DATE_WORDS
_FIELD_WORDS = (
    *IN_PRESS_WORDS,
    *NO_DATE_PHRASES,
    *STAGE_WORDS,
    "in the press",
    "to appear",
    "in Druck",
    "im Erscheinen",
    "in Vorbereitung",
    "eingereicht",
    "en préparation",
    "en preparación",
    "в печати",
    "v tisku",
    "w druku",
)
_UNDATED_STATUS = lazy_compile(field_status(_FIELD_ABBREVIATIONS, _FIELD_WORDS), re.IGNORECASE)


def undated_status(token: str) -> bool:
    """``token`` (a year field's value) says the work is not yet published or has no date
    (``forthcoming``, ``in press``, ``im Druck``, ``n.d.``, ``s.f.``, ``o.J.``)."""
    return _UNDATED_STATUS.fullmatch(" ".join(token.split()).strip(" {}[]()")) is not None


# --------------------------------------------------------------------------
# Access date
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AccessDate:
    """An access date as written; ``value`` is None when it is no real date."""

    raw: str  # the date itself, e.g. "12.03.2023"
    value: date | None
    start: int  # span of the whole phrase, label and brackets included
    end: int


_ACCESS_LABEL = (
    r"(?:date\s+of\s+access|access\s+date|accessed(?:\s+on)?|retrieved(?:\s+on)?"
    r"|viewed|дата\s+обращения|дата\s+доступа|дата\s+просмотра"
    r"|дата\s+звернення|дата\s+доступу|дата\s+звароту"  # Ukrainian, Belarusian
    # (German "letzter Zugriff: 5.5.2023", "letzter Abruf am …": the last time consulted)
    r"|abgerufen\s+am|(?:letzter\s+)?(?:abruf(?:datum)?|zugriff)(?:\s+am)?"
    r"|consulté(?:e|s|es)?\s+le"
    # German "Stand: 06.08.2020" after an address (a day's date: "Stand: Juni 2023" is a
    # document's version), "zuletzt aufgerufen 3.5.2021"
    r"|stand(?=\s?:\s?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})|zuletzt\s+(?:auf|ab)gerufen(?:\s+am)?"
    # Portuguese, Spanish, Italian, Dutch, Czech, Polish, Swedish, Turkish
    r"|acess(?:o|ado)\s+em|consultado\s+(?:el|en|em)|consultato\s+il|consultato"
    # (Galician "consultado o 10/02/2025", "consultada o 3 de marzo de 2024": the article
    # "o" before the day, Spanish "el", Portuguese "em")
    r"|consultad[oa]\s+o(?=\s+\d)"
    # (Italian and Spanish "ultimo accesso 10 gennaio 2024", "último acceso el …")
    r"|(?:ultimo|ultima)\s+(?:accesso|consultazione)(?:\s+il)?|último\s+acceso(?:\s+el)?"
    r"|geraadpleegd(?:\s+op)?|bezocht\s+op|cit\.|citováno|dostęp(?:\s+dnia)?|data\s+dostępu"
    # (Afrikaans "geraadpleeg 20 Augustus 2026", "geraadpleeg op …", "besoek op …")
    r"|geraadpleeg(?:\s+op)?|besoek\s+op"
    r"|hämtad|hämtat|erişim\s+tarihi|erişim"
    # Bulgarian, Serbian and Croatian (both scripts), Macedonian, Slovene, Slovak
    r"|прегледан[оa]?(?:\s+на)?|посетен[оa]?(?:\s+на)?|достъпен(?:\s+на)?"
    r"|приступљено(?:\s+(?:дана|на))?|датум\s+приступа|преузето(?:\s+дана)?|пристапено(?:\s+на)?"
    r"|pristupljeno(?:\s+(?:dana|na))?|datum\s+pristupa|preuzeto(?:\s+dana)?|pridobljeno"
    r"|citované|navštívené"
    # Romanian, Hungarian, Finnish, Estonian, Latvian, Lithuanian, Norwegian, Danish
    r"|accesat(?:\s+(?:la|în|pe))?|consultat(?:\s+(?:la|în|pe))?|data\s+accesării"
    r"|letöltés(?:\s+ideje|\s+dátuma)?|megtekintés(?:\s+ideje|\s+dátuma)?|utolsó\s+letöltés"
    r"|viitattu|luettu|vaadatud|skatīts|žiūrėta|lest|hentet|besøgt"
    # (Afrikaans APA "Herwin op 3 Maart 2024 van https://…")
    r"|herwin\s+op"
    # Indonesian and Malay, Vietnamese
    r"|diakses(?:\s+(?:pada\s+)?(?:tanggal|tgl\.?)|\s+pada)?|tanggal\s+akses|dicapai\s+pada"
    r"|truy\s+cập(?:\s+ngày)?|truy\s+xuất(?:\s+ngày)?|ngày\s+truy\s+cập"
    # Tagalog/Filipino ("huling na-access noong Nob. 20, 2026": last accessed on)
    r"|(?:huling\s+)?na-?access(?:\s+noong)?|huling\s+binisita(?:\s+noong)?"
    # Korean, Japanese, Chinese
    # ("最終アクセス", "最終確認日"; Chinese "seen/visited/retrieved on": "见于", "访问于",
    # "訪問於", "浏览于", "检索于", "获取于", "存取於")
    r"|(?:최종\s?)?(?:검색일자?|접속일자?|접근일|열람일)"
    r"|(?:最終)?(?:参照日?|閲覧日?|アクセス日?|確認日)|取得日"
    r"|引用日期|访问日期|訪問日期|检索日期|檢索日期|访问时间|浏览日期|瀏覽日期|查阅日期|查閱日期"
    r"|获取日期|獲取日期|存取日期|取用日期"
    r"|(?:见|見|访问|訪問|浏览|瀏覽|查阅|查閱|检索|檢索|获取|獲取|存取|引用|读取|讀取)[于於]"
    # Arabic, Persian, Hebrew, Thai, Hindi
    r"|تاريخ\s+الزيارة|تاريخ\s+الاطلاع|تاريخ\s+الدخول|اطلع\s+عليه(?:\s+في)?|تاريخ\s+دسترسی"
    r"|بازدید(?:\s+در)?|تاريخ\s+بازدید|אוחזר(?:\s+ב)?|תאריך\s+גישה|נצפה(?:\s+ב)?"
    # Greek ("ανάκτηση 3 Μαΐου 2024", "ανακτήθηκε στις", "τελευταία πρόσβαση")
    r"|ανάκτηση|ανακτήθηκε(?:\s+στις)?|(?:τελευταία\s+)?πρόσβαση(?:\s+στις)?"
    r"|अभिगमन\s+(?:तिथि|दिनांक)|देखा\s+गया"
    # Tamil "பார்வையிட்ட நாள்" (the day seen), "அணுகிய நாள்", "அணுகப்பட்டது" (accessed),
    # Bengali "সংগ্রহের তারিখ" (the date retrieved), Malayalam "ശേഖരിച്ചത്" (retrieved), Telugu
    # "సేకరించిన తేదీ"; Sinhala below
    r"|பார்வையிட்ட\s+நாள்|அணுகிய\s+நாள்|அணுகப்பட்டது|সংগ্রহের\s+তারিখ|ശേഖരിച്ചത്"
    r"|సేకరించిన\s+తేదీ"
    # (Sinhala "ප්‍රවේශ වූයේ" (accessed), "ප්‍රවේශ වූ දිනය" (the date accessed), "පිවිසි දිනය"
    # (the date visited), the conjunct's joiner there or not)
    r"|ප්\u200d?රවේශ\s+වූ(?:යේ|\s+දිනය)|පිවිසි\s+දිනය"
    # Albanian ("parë më 14.03.2023", "qasur më"), Welsh ("cyrchwyd ar"), Irish ("arna
    # rochtain"), Maltese ("aċċessat fi", "ikkonsultat fi")
    r"|parë\s+më|qasur(?:\s+më)?|aksesuar(?:\s+më)?|cyrchwyd(?:\s+ar)?|arna\s+rochtain"
    # (Maltese "fi" fused with the article before the day, "fis-7", "fit-12", "fil-5";
    # "nhar it-12"; "Miġbur" (retrieved) as APA's "Retrieved")
    r"|(?:aċċessat|ikkonsultat|miġbur)(?:\s+(?:fi[lrtdnsxzżċ]?-|fi|nhar(?:\s+i[lrtdnsxzżċ]-)?))?"
    # Icelandic ("Sótt 9. janúar 2025 af https://…", "Skoðað 3. mars 2024"; "sótt" is also
    # a noun, a disease: a label only before its date)
    r"|sótt(?:\s+þann)?|skoðað(?:\s+þann)?"
    # Luxembourgish ("Gekuckt den 12. Oktober 2026", "Ofgeruff de 4. Mäerz 2025",
    # "consultéiert den …")
    r"|gekuckt(?:\s+(?:den|de|am))?|ofgeruff(?:\s+(?:den|de|am))?|consultéiert(?:\s+(?:den|de))?"
    # Kyrgyz ("кирүү датасы", "кайрылуу датасы"), Kazakh ("қаралған күні", "жүгінген
    # күні", "қаралды"), Uzbek ("murojaat sanasi", "мурожаат санаси"), Tajik ("санаи
    # муроҷиат"), Turkmen ("girilen senesi"), Tatar ("мөрәҗәгать итү датасы", "… вакыты"
    # (time), "… көне" (day)), Bashkir ("мөрәжәғәт итеү датаһы", "… ваҡыты", "… көнө")
    r"|кирүү\s+датасы|кайрылуу\s+датасы|қаралған\s+күні|жүгінген\s+күні|қаралды"
    r"|murojaat\s+sanasi|мурожаат\s+санаси|санаи\s+муроҷиат|girilen\s+senesi"
    r"|мөрәҗәгать\s+итү\s+(?:датасы|вакыты|көне)|мөрәжәғәт\s+итеү\s+(?:датаһы|ваҡыты|көнө)"
    # Armenian ("Վերցված է 2026 թ. հոկտեմբերի 5-ին", "Դիտվել է …", "մուտքի ամսաթիվ"),
    # Georgian ("მოძიებულია 2026 წლის 5 ოქტომბერს", "ნანახია …", "წვდომის თარიღი")
    r"|վերցված\s+է|դիտվել\s+է|դիտված\s+է|մուտքի\s+ամսաթիվ|մուտք\s+է\s+գործել"
    r"|მოძიებულია|ნანახია|გადამოწმებულია|წვდომის\s+თარიღი|ბოლო\s+წვდომა"
    # the phrases Word's bibliography styles write in the document's language ("[Hozzáférés
    # dátuma: 24. október 2022.]", "[Último acceso: 3 marzo 2021]", "[Zugriff am …]"):
    # Hungarian, Spanish, French, Italian, Portuguese, Czech, Slovak, Swedish, Danish,
    # Norwegian, Finnish, Dutch, German, Polish, Catalan
    r"|hozzáférés(?:\s+(?:dátuma|ideje))?|fecha\s+de\s+(?:acceso|consulta)|último\s+acceso"
    r"|accedido(?:\s+el)?|date\s+de\s+consultation|date\s+d['’]accès|accès\s+le|accédé\s+le"
    r"|data\s+di\s+(?:accesso|consultazione)|accesso\s+il(?:\s+giorno)?|accesso\s+effettuato\s+il"
    r"|data\s+de\s+(?:acesso|consulta)|acedido\s+(?:em|a)|přístup(?:no)?(?:\s+dne)?"
    r"|datum\s+přístupu|prístup(?:né)?(?:\s+dňa)?|dátum\s+prístupu|åtkomst(?:datum)?(?:\s+den)?"
    r"|använd(?:\s+den)?|tilgået(?:\s+den)?|adgang(?:\s+den)?|tilgang(?:\s+den)?|käytetty"
    r"|geopend(?:\s+op)?|aufgerufen\s+am|zugegriffen\s+am|data\s+uzyskania\s+dostępu"
    r"|data\s+d['’]accés|consulta(?:t)?\s+el|accedit\s+el"
    # UNE/ISO 690 in Spanish and Catalan "[consulta: 12 de enero de 2024]", Spanish
    # "(consultado: 3/2/2024)" (the bare word only before its colon, and not after a word:
    # "consulta" and "consultado" are words of a title too); APA in Spanish and Portuguese
    # "Recuperado el 3 de febrero de 2024 de https://…", "Recuperado em 3 de fevereiro …"
    r"|(?<!\w\s)(?<!\w)consulta(?:do)?(?=\s*+[:：])|recuperado(?:\s+(?:el|em))?)"
)
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            (
                "january",
                "ianuarie",
                "január",
                "tammikuuta",
                "януари",
                "јануар",
                "januarie",
                "jan",
                "января",
                "январь",
                "januar",
                "janvier",
                "enero",
                "ene",
                "gennaio",
                "gen",
                "janeiro",
                "januari",
                "stycznia",
                "ledna",
                "ocak",
                "січня",
            ),
            (
                "february",
                "februarie",
                "február",
                "helmikuuta",
                "февруари",
                "фебруар",
                "feb",
                "февраля",
                "февраль",
                "februar",
                "février",
                "febrero",
                "febbraio",
                "fevereiro",
                "fev",
                "februari",
                "lutego",
                "února",
                "şubat",
                "лютого",
            ),
            (
                "march",
                "martie",
                "március",
                "maaliskuuta",
                "maret",
                "mar",
                "марта",
                "март",
                "märz",
                "mars",
                "marzo",
                "março",
                "maart",
                "marca",
                "marta",
                "března",
                "mart",
                "березня",
                "mrt",
            ),
            (
                "april",
                "aprilie",
                "április",
                "huhtikuuta",
                "април",
                "apr",
                "апреля",
                "апрель",
                "avril",
                "abril",
                "abr",
                "aprile",
                "kwietnia",
                "dubna",
                "nisan",
                "квітня",
            ),
            (
                "may",
                "mei",
                "május",
                "toukokuuta",
                "мај",
                "мая",
                "май",
                "mai",
                "mayo",
                "maggio",
                "mag",
                "maio",
                "mei",
                "maja",
                "května",
                "mayıs",
                "травня",
                "maj",
            ),
            (
                "june",
                "iunie",
                "június",
                "kesäkuuta",
                "юни",
                "јун",
                "jun",
                "июня",
                "июнь",
                "juni",
                "juin",
                "junio",
                "giugno",
                "giu",
                "junho",
                "czerwca",
                "června",
                "haziran",
                "червня",
            ),
            (
                "july",
                "iulie",
                "július",
                "heinäkuuta",
                "юли",
                "јул",
                "jul",
                "июля",
                "июль",
                "juli",
                "juillet",
                "julio",
                "luglio",
                "lug",
                "julho",
                "lipca",
                "července",
                "temmuz",
                "липня",
            ),
            (
                "august",
                "augusztus",
                "elokuuta",
                "agustus",
                "avgust",
                "август",
                "aug",
                "августа",
                "август",
                "août",
                "agosto",
                "ago",
                "augustus",
                "sierpnia",
                "srpna",
                "ağustos",
                "серпня",
                "augusti",
            ),
            (
                "september",
                "septembrie",
                "szeptember",
                "syyskuuta",
                "септември",
                "септембар",
                "septembar",
                "sep",
                "sept",
                "сентября",
                "сентябрь",
                "septembre",
                "septiembre",
                "settembre",
                "set",
                "setembro",
                "września",
                "září",
                "eylül",
                "вересня",
            ),
            (
                "october",
                "octombrie",
                "október",
                "lokakuuta",
                "октомври",
                "октобар",
                "oktobar",
                "oct",
                "октября",
                "октябрь",
                "oktober",
                "octobre",
                "octubre",
                "ottobre",
                "ott",
                "outubro",
                "out",
                "okt",
                "października",
                "října",
                "ekim",
                "жовтня",
            ),
            (
                "november",
                "noiembrie",
                "marraskuuta",
                "ноември",
                "новембар",
                "novembar",
                "nov",
                "ноября",
                "ноябрь",
                "novembre",
                "noviembre",
                "novembro",
                "listopada",
                "listopadu",
                "kasım",
                "листопада",
            ),
            (
                "december",
                "decembrie",
                "joulukuuta",
                "desember",
                "декември",
                "децембар",
                "decembar",
                "dec",
                "декабря",
                "декабрь",
                "dezember",
                "décembre",
                "diciembre",
                "dic",
                "dicembre",
                "dezembro",
                "dez",
                "grudnia",
                "prosince",
                "aralık",
                "грудня",
            ),
        ],
        start=1,
    )
    for name in names
}


def _add_months(months: list[tuple[str, ...]]) -> None:
    """Add to :data:`MONTHS` the names of ``months`` (January's first), each the number
    of its month; a name another language already holds keeps its number."""
    MONTHS.update(
        {
            name: number
            for number, names in enumerate(months, start=1)
            for name in names
            if name not in MONTHS
        }
    )


# South and West Slavic months in the genitive a date writes them in ("14. ožujka 2024.",
# "3. januara 2021.", "5. marca 2020", "12. apríla 2019", "7. јуна 2018."): Croatian,
# Serbian and Bosnian (Latin and Cyrillic), Slovene, Slovak (Polish and Czech are above;
# Croatian "listopada", October, is Polish November, kept so)
_add_months(
    [
        ("siječnja", "januara", "januarja", "januára", "јануара"),
        ("veljače", "februara", "februarja", "februára", "фебруара"),
        ("ožujka", "marca", "марта"),
        ("travnja", "aprila", "apríla", "априла"),
        ("svibnja", "maja", "mája", "маја"),
        ("lipnja", "juna", "junija", "júna", "јуна"),
        ("srpnja", "jula", "julija", "júla", "јула"),
        ("kolovoza", "avgusta", "augusta", "августа"),
        ("rujna", "septembra", "септембра"),
        ("oktobra", "októbra", "октобра"),
        ("studenoga", "studenog", "novembra", "новембра"),
        ("prosinca", "decembra", "децембра"),
    ]
)
# Belarusian months in the genitive dates write ("17 снежня 1992 г.", "ад 5 мая 2006 г."):
# an abbreviation ("снеж.", "крас.") is their beginning (:mod:`.gost_acts`)
_add_months(
    [
        ("студзеня",),
        ("лютага",),
        ("сакавіка",),
        ("красавіка",),
        ("траўня",),
        ("чэрвеня",),
        ("ліпеня",),
        ("жніўня",),
        ("верасня",),
        ("кастрычніка",),
        ("лістапада",),
        ("снежня",),
    ]
)
# Welsh, Irish, Maltese and Albanian months ("Hydref 2019", "Márta 2020", "Ottubru 2018",
# "tetor 2017"); Irish September and October, "Meán Fómhair" and "Deireadh Fómhair", share
# their last word and are left out
_add_months(
    [
        ("ionawr", "eanáir", "jannar", "janar"),
        ("chwefror", "feabhra", "frar", "shkurt"),
        ("mawrth", "márta", "marzu"),
        ("ebrill", "aibreán", "prill"),
        ("bealtaine", "mejju"),
        ("mehefin", "meitheamh", "ġunju", "qershor"),
        ("gorffennaf", "iúil", "lulju", "korrik"),
        ("awst", "lúnasa", "awwissu", "gusht"),
        ("medi", "settembru", "shtator"),
        ("hydref", "ottubru", "tetor"),
        ("tachwedd", "samhain", "novembru", "nëntor"),
        ("rhagfyr", "nollaig", "diċembru", "dhjetor"),
    ]
)
# Greek months, in the genitive dates write ("3 Μαΐου 2024") and the nominative
_add_months(
    [
        ("ιανουαρίου", "ιανουάριος"),
        ("φεβρουαρίου", "φεβρουάριος"),
        ("μαρτίου", "μάρτιος"),
        ("απριλίου", "απρίλιος"),
        ("μαΐου", "μάιος"),
        ("ιουνίου", "ιούνιος"),
        ("ιουλίου", "ιούλιος"),
        ("αυγούστου", "αύγουστος"),
        ("σεπτεμβρίου", "σεπτέμβριος"),
        ("οκτωβρίου", "οκτώβριος"),
        ("νοεμβρίου", "νοέμβριος"),
        ("δεκεμβρίου", "δεκέμβριος"),
    ]
)
# The months of the smaller European Wikipedias' languages, as their dates write them
# ("14 Cèitean 2023", "3. apríl 2021", "12 Mäerz 2022", "5 a viz Mezheven 2020"): Scottish
# Gaelic (with the lenited forms after "dhen"), Irish and Manx names of two words,
# Icelandic, Faroese, Luxembourgish, West Frisian, Breton, Cornish, Catalan, Galician,
# Basque, Estonian, Latvian and Lithuanian (nominative and genitive); a name that is a
# common word elsewhere (Cornish "Est", Breton "Here", "Du") is left out, as a date it
# misreads is only a finding, a title cut at a false month is a wrong field
_add_months(
    [
        (
            "faoilleach",
            "fhaoilleach",
            "faoilteach",
            "fhaoilteach",
            "janúar",
            "jannewaris",
            "genver",
            "gener",
            "xaneiro",
            "urtarrila",
            "urtarrilaren",
            "jaanuar",
            "jaanuari",
            "janvāris",
            "janvārī",
            "sausis",
            "sausio",
            "jerrey-geuree",
        ),
        (
            "gearran",
            "ghearran",
            "febrúar",
            "febrewaris",
            "c'hwevrer",
            "hwevrer",
            "febrer",
            "febreiro",
            "otsaila",
            "otsailaren",
            "veebruar",
            "veebruari",
            "februāris",
            "februārī",
            "vasaris",
            "vasario",
            "toshiaght-arree",
        ),
        (
            "màrt",
            "mhàrt",
            "mäerz",
            "maart",
            "meurzh",
            "meurth",
            "març",
            "martxoa",
            "martxoaren",
            "märts",
            "märtsi",
            "marts",
            "martā",
            "kovas",
            "kovo",
            "mayrnt",
        ),
        (
            "giblean",
            "ghiblean",
            "apríl",
            "abrëll",
            "ebrel",
            "apirila",
            "apirilaren",
            "aprill",
            "aprilli",
            "aprīlis",
            "aprīlī",
            "balandis",
            "balandžio",
            "averil",
        ),
        (
            "cèitean",
            "chèitean",
            "ceitean",
            "mee",
            "maaie",
            "maig",
            "maiatza",
            "maiatzaren",
            "maijs",
            "maijā",
            "gegužė",
            "gegužės",
            "boaldyn",
        ),
        (
            "ògmhios",
            "t-ògmhios",
            "júní",
            "juny",
            "mezheven",
            "metheven",
            "juny",
            "xuño",
            "ekaina",
            "ekainaren",
            "juuni",
            "jūnijs",
            "jūnijā",
            "birželis",
            "birželio",
            "mean-souree",
        ),
        (
            "iuchar",
            "t-iuchar",
            "júlí",
            "july",
            "gouere",
            "gortheren",
            "juliol",
            "xullo",
            "uztaila",
            "uztailaren",
            "juuli",
            "jūlijs",
            "jūlijā",
            "liepa",
            "liepos",
            "jerrey-souree",
        ),
        (
            "lùnastal",
            "lunastal",
            "ágúst",
            "eost",
            "agost",
            "abuztua",
            "abuztuaren",
            "augustis",
            "augusts",
            "augustā",
            "rugpjūtis",
            "rugpjūčio",
            "luanistyn",
        ),
        (
            "sultain",
            "t-sultain",
            "septimber",
            "gwengolo",
            "gwynngala",
            "setembre",
            "setembro",
            "iraila",
            "irailaren",
            "septembri",
            "septembris",
            "septembrī",
            "rugsėjis",
            "rugsėjo",
            "meán fómhair",
            "mean-fouyir",
        ),
        (
            "dàmhair",
            "dhàmhair",
            "damhair",
            "hedra",
            "octubre",
            "urria",
            "urriaren",
            "oktoobri",
            "oktobris",
            "oktobrī",
            "spalis",
            "spalio",
            "deireadh fómhair",
            "jerrey-fouyir",
        ),
        (
            "t-samhain",
            "nóvember",
            "novimber",
            "novembre",
            "novembro",
            "azaroa",
            "azaroaren",
            "novembri",
            "novembris",
            "novembrī",
            "lapkritis",
            "lapkričio",
            "mee houney",
        ),
        (
            "dùbhlachd",
            "dubhlachd",
            "dhùbhlachd",
            "desimber",
            "kerzu",
            "kevardhu",
            "desembre",
            "decembro",
            "abendua",
            "abenduaren",
            "detsember",
            "detsembri",
            "decembris",
            "decembrī",
            "gruodis",
            "gruodžio",
            "mee ny nollick",
        ),
    ]
)
# The months of African, Austronesian and Pacific Wikipedias' languages, as their
# access dates write them ("12 Jona 2023", "3 Machi 2021", "5 Hunyo 2019", "9 Ogos 2020",
# "2 ʻApelila 2018", "14 Hepetema 2022"): Malagasy, Swahili, Hausa, Tagalog, Malay,
# Esperanto, Hawaiian, Samoan and Māori (Malay "Mac", March, is the computer, Samoan "Me",
# May, the English word: both left out; a name another language already holds keeps its
# number, and no name here is another language's other month)
_add_months(
    [
        ("janoary", "janairu", "enero", "januaro", "ianuali", "ianuari", "hānuere"),
        ("febroary", "faburairu", "pebrero", "februaro", "pepeluali", "fepuari", "pēpuere"),
        ("martsa", "machi", "maris", "marso", "marto", "malaki", "mati", "maehe"),
        (
            "aprily",
            "aprili",
            "afirilu",
            "abril",
            "aprilo",
            "ʻapelila",
            "aperila",
            "āperira",
        ),
        ("mey", "mei", "mayu", "mayo", "majo"),
        ("jona", "juni", "yuni", "hunyo", "jun", "junio", "iune", "iuni", "hune"),
        ("jolay", "julai", "yuli", "hulyo", "julio", "iulai", "hūrae"),
        (
            "aogositra",
            "agosti",
            "agusta",
            "agosto",
            "ogos",
            "aŭgusto",
            "ʻaukake",
            "aukuso",
            "ākuhata",
        ),
        (
            "septambra",
            "septemba",
            "satumba",
            "setyembre",
            "septembro",
            "kepakemapa",
            "setema",
            "hepetema",
        ),
        ("oktobra", "oktoba", "oktubre", "oktobro", "ʻokakopa", "oketopa"),
        (
            "novambra",
            "novemba",
            "nuwamba",
            "nobyembre",
            "novembro",
            "nowemapa",
            "novema",
            "noema",
        ),
        (
            "desambra",
            "desemba",
            "disamba",
            "disyembre",
            "disember",
            "decembro",
            "kekemapa",
            "tesema",
            "tīhema",
        ),
    ]
)
# Armenian months (Eastern, nominative and the genitive a date writes them in: "2026 թ.
# հոկտեմբերի 5-ին", "5 մարտի 2024 թ."; Western "Յունուար", "Յունիս", "Յուլիս") and Georgian
# months (nominative, genitive and dative: "5 ოქტომბერი 2026", "2026 წლის 5 ოქტომბრის",
# "… ოქტომბერს")
_add_months(
    [
        ("հունվար", "հունվարի", "յունուար", "յունուարի", "იანვარი", "იანვრის", "იანვარს"),
        ("փետրվար", "փետրվարի", "փետրուար", "փետրուարի", "თებერვალი", "თებერვლის", "თებერვალს"),
        ("մարտ", "մարտի", "მარტი", "მარტის", "მარტს"),
        ("ապրիլ", "ապրիլի", "აპრილი", "აპრილის", "აპრილს"),
        ("մայիս", "մայիսի", "მაისი", "მაისის", "მაისს"),
        ("հունիս", "հունիսի", "յունիս", "յունիսի", "ივნისი", "ივნისის", "ივნისს"),
        ("հուլիս", "հուլիսի", "յուլիս", "յուլիսի", "ივლისი", "ივლისის", "ივლისს"),
        ("օգոստոս", "օգոստոսի", "აგვისტო", "აგვისტოს"),
        ("սեպտեմբեր", "սեպտեմբերի", "სექტემბერი", "სექტემბრის", "სექტემბერს"),
        ("հոկտեմբեր", "հոկտեմբերի", "ოქტომბერი", "ოქტომბრის", "ოქტომბერს"),
        ("նոյեմբեր", "նոյեմբերի", "ნოემბერი", "ნოემბრის", "ნოემბერს"),
        ("դեկտեմբեր", "դեկտեմբերի", "დეკემბერი", "დეკემბრის", "დეკემბერს"),
    ]
)
# Tagalog/Filipino abbreviations, as a law review's access dates write them ("huling
# na-access noong Nob. 20, 2026"; "Ene.", "Mar.", "Abr.", "Ago.", "Set.", "Okt." are above)
_add_months(
    [(), ("peb",), (), (), (), ("hun",), ("hul",), (), (), (), ("nob",), ("dis",)],
)
# the names of two words or joined by a hyphen ("Meán Fómhair", "Jerrey-geuree"), found
# in a date before its single words (Irish "Fómhair" alone names no month)
_MONTH_PHRASES = tuple(sorted((n for n in MONTHS if " " in n or "-" in n), key=len, reverse=True))
# (a month's name with its combining marks, as the Indic scripts write them: "நவம்பர்",
# "अक्टूबर"; the Latin names hold none)
_MONTH = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]){{2,13}}\.?"
# 12.03.2023, 12.03.23, 2023-03-12, 12 March 2023, March 12, 2023; Hungarian and Korean
# 2023. 03. 12. and 2023. március 12.; 12/03/2023 and 2023/03/12; 2023年3月12日, 2023년 3월
# 12일; Vietnamese "ngày 12 tháng 3 năm 2023"
_DATE = (
    r"(\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?!\d)|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]?"
    r"|(?:ngày\s)?\d{1,2}\stháng\s\d{1,2}(?:\snăm|,)\s\d{4}"
    rf"|\d{{4}}\.\s{_MONTH}\s\d{{1,2}}\.?"
    # (Armenian and Georgian "5 մարտի 2024 թ.", "5 მარტი 2024 წ.": the year's sign with it)
    rf"|\d{{1,2}}\s{_MONTH}\s\d{{4}}\s?(?:թ|წ)\."
    rf"|\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    # Maltese "7 ta' Marzu 2024" (the day "of" the month)
    rf"|\d{{1,2}}\s+ta['’]\s+{_MONTH}\s+\d{{4}}"
    # Spanish, Portuguese, Catalan, Galician "3 de marzo de 2021", "3 de març de 2021"
    rf"|\d{{1,2}}\s+de\s+{_MONTH}\s+de\s+\d{{4}}|\d{{1,2}}\s+d['’]{_MONTH}\s+de\s+\d{{4}}"
    # Armenian "2026 թ. հոկտեմբերի 5-ին" (the year, "թ." for the year, the month, the day
    # with its ending), Georgian "2026 წლის 5 ოქტომბერს" (the year's, the day, the month)
    rf"|\d{{4}}\s?թ\.?,?\s{_MONTH}\s\d{{1,2}}(?:-(?:ին|ը|ի))?(?!\d)"
    rf"|\d{{4}}\s(?:წლის|წ\.)\s\d{{1,2}}\s{_MONTH}"
    # Sinhala "2026 මාර්තු 2": the year, the month, the day, no stops
    rf"|\d{{4}}\s{_MONTH}\s\d{{1,2}}(?!\d))"
)
# (a label after the date: "2023年2月12日参照", "2023.02.12 검색")
_LABEL_AFTER = r"(?:に)?\s?(?:参照|閲覧|アクセス|검색|접속|열람|引用|访问|訪問)"
_ACCESS = lazy_compile(
    # (the Armenian "՝" after a label as a colon: "մուտքի ամսաթիվ՝ 2025 թ. …")
    rf"[(\[（]\s*+{_ACCESS_LABEL}\s*+(?:[:：՝]\s*+)?{_DATE}\.?\s*[)\]）]"
    rf"|{_ACCESS_LABEL}\s*+(?:[:：՝]\s*+)?{_DATE}"
    rf"|[(\[（]\s*{_DATE}{_LABEL_AFTER}\s*[)\]）]|{_DATE}{_LABEL_AFTER}",
    re.IGNORECASE,
)
_ENGLISH_LABEL = lazy_compile(r"[(\[]?\s*(?:accessed|retrieved|viewed|date|access)\b", re.I)
# APA's "Retrieved March 3, 2020, from https://…" (German APA: "Abgerufen am 3. März 2020
# von https://…"; French "Consulté le 4 avril 2024, à l'adresse https://…", Spanish and
# Portuguese "…, de https://…", Italian "…, da https://…", Icelandic "Sótt … af
# https://…", Afrikaans and Dutch "… van https://…", Welsh "Cyrchwyd …, o https://…",
# Irish "Arna rochtain …, ó https://…"): the word before the address belongs to the
# access phrase (the address itself may have been taken out before)
_FROM_AFTER = lazy_compile(
    r",?[ \t]*+(?:(?:from|von)\b|(?:à\sl['’]adresse|de|desde|da|em|af|van|o|ó)(?=[ \t]*+:?[ \t]*+"
    r"(?:https?://|www\.|<|\.?\s*$)))[ \t]*+:?",
    re.I,
)

# A date alone in parentheses right after a web address, at the entry's end: the day the
# page was read, as German, Austrian and Scandinavian lists print it with no label
# ("https://www.example.org/sprache (10.3.2024).", "… (2024-03-10)"); only a numeric
# day (a year alone, "(2019)", or a worded date may be the page's own)
_DAY_IN_PARENS = r"\((\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{1,2}-\d{1,2})\)(?=[.;]?\s*$)"
_URL_THEN_DATE = lazy_compile(rf"(?:https?://|www\.)[^\s()]{{1,500}}+\s{_DAY_IN_PARENS}")
# (the same date in the entry's text once its addresses are taken out)
_DATE_AT_END = lazy_compile(_DAY_IN_PARENS)


def access_after_url(text: str, rest: str) -> AccessDate | None:
    """The unlabelled access date of :data:`_URL_THEN_DATE` in ``rest``, the entry's
    text once its addresses are taken out, when ``text`` (the whole entry) prints it
    right after its address: ``… „Sprache“. https://… (10.3.2024).`` -> ``10.3.2024``."""
    if _URL_THEN_DATE.search(text) is None:
        return None
    found = _DATE_AT_END.search(rest)
    if found is None:
        return None
    return AccessDate(found.group(1), parse_date(found.group(1)), found.start(), found.end())


def month_prefix(word: str) -> bool:
    """Is ``word`` a month's name in :data:`MONTHS`, or the start of one as abbreviations
    write it (``квіт``, ``серп``, ``июн``, ``снеж``)?"""
    word = word.lower()
    return any(name.startswith(word) for name in MONTHS)


def parse_date(raw: str, *, month_first: bool = False) -> date | None:
    """``dd.mm.yyyy``, ``yyyy-mm-dd``, ``yyyy. mm. dd.``, ``yyyy年m月d日``, ``dd/mm/yyyy``
    (``mm/dd/yyyy`` when ``month_first``, as English labels write it) or a date with a
    month's name to a date; None if no such day."""
    numbers = [int(n) for n in re.findall(r"\d+", raw)]
    try:
        if re.search(r"[^\W\d_]", raw) and not re.search(r"[年년月월日일]|tháng", raw):
            return _worded_date(raw)
        if len(numbers) != 3:
            return None
        if numbers[0] > 31:  # the year first: 2023-03-12, 2023. 03. 12., 2023年3月12日
            y, m, d = numbers
            return date(y, m, d)
        slashed = "/" in raw  # only slash dates are written both ways (dotted: day first)
        return day_month_date(numbers, month_first=slashed and month_first, either=slashed)
    except ValueError:
        return None


def day_month_date(numbers: list[int], *, month_first: bool, either: bool = True) -> date | None:
    """The date of ``numbers`` (day, month, year; month, day, year when ``month_first``).
    A date that is no day in the expected order but one in the other is that day: the
    month is never above 12, so ``22/03/2017`` is 22 March even after an English label
    (which writes mm/dd/yyyy in the US, dd/mm/yyyy in Britain, Australia, New Zealand, …)
    and ``03/22/2017`` is 22 March after a day-first one.  Not ``either``: only the
    expected order (``12.13.2023``, a dotted date, is no date: dots write day first)."""
    first, second, y = numbers
    y += 2000 if y < 100 else 0  # "12.03.23": a two-digit year of this century
    d, m = (second, first) if month_first else (first, second)
    for day, month in ((d, m), (m, d)) if either else ((d, m),):
        try:
            return date(y, month, day)
        except ValueError:
            continue
    return None


def _has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            return True
        at = text.find(phrase, at + 1)
    return False


def _worded_date(raw: str) -> date | None:
    """``12 March 2023`` or ``March 12, 2023`` (English or Russian month names)."""
    lowered = " ".join(raw.lower().split())
    words = re.findall(r"[^\W\d_]+|\d+", lowered)
    month = next((MONTHS[p] for p in _MONTH_PHRASES if _has_phrase(lowered, p)), None)
    if month is None:
        month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is None:
        # ("3 நவம்பர் 2026", "12 मार्च 2023": a month named in its own script)
        return script_date(raw)
    numbers = [int(w) for w in words if w.isdigit()]
    if len(numbers) != 2:
        return None
    day, year = (numbers[0], numbers[1]) if numbers[1] > 31 else (numbers[1], numbers[0])
    return date(year, month, day)


@entry_memo  # (asked by the fields and by the GOST reader: .entrymemo)
def find_access_date(text: str) -> AccessDate | None:
    """Find ``(accessed: 12.03.2023)``, ``(дата обращения: 12.03.2023)`` etc.; a numeric
    date alone in parentheses after the entry's closing address too (``https://… (10.3.2024)``)."""
    match = _ACCESS.search(text)
    if match is None:
        bare = _URL_THEN_DATE.search(text)
        if bare is None:
            return None
        raw = bare.group(1)
        return AccessDate(raw, parse_date(raw), bare.start(1) - 1, bare.end())
    raw = next(g for g in match.groups() if g)
    english = _ENGLISH_LABEL.match(match.group(0)) is not None
    end = match.end()
    if not match.group(0).rstrip().endswith((")", "]", "）")):
        after = _FROM_AFTER.match(text, end)
        end = after.end() if after is not None else end
    return AccessDate(raw, parse_date(raw, month_first=english), match.start(), end)


# --------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------

_PAGE_RANGE = r"(\d+(?:\s?[-–—]\s?\d+)?)"
# The abbreviation comes first: "C. 65", "С. 45-47", "pp. 12–15", "S. 3", and the South
# Slavic, Czech and Slovak "str." / "Str. 33–58" (stranica, strana); the page words of
# :data:`.patterns.PAGE_WORDS` too (Spanish and Portuguese "pág. 45"/"págs. 4-9", Italian
# "pag.", Hungarian "old.", Estonian "lk.", Latvian "lpp.", Dutch "blz.", Icelandic "bls.",
# Swedish "sid."), and Finnish "sivu"/"sivut" written out.
_PAGES = lazy_compile(
    # (Armenian "էջ 45–67", the word whole, no stop)
    rf"(?:(?:[CСcсPpSs]|pp|Pp|стр|Стр|str|Str)\.|{PAGE_WORDS}|Págs?\.|sivut?\s|[Էէ]ջ\.?)\s?"
    rf"{_PAGE_RANGE}"
)
# The number comes first: "112 c.", "112 с.", "112 p.", "112 pp.", "256, [4] с.".
_PAGE_COUNT = lazy_compile(r"(?<!\d)(\d+)(?:,\s?\[\d+\])?\s?(?:[cсpPsSл]|pp|стр)\.?")


# a page range, labelled or not: "pp. 1787-1799", "S. 12–19", "с. 5–9", "2008, 1632-1646"
# (not a standard's part number: "IEEE Std 1003.1-2017" is 1003.1 of 2017)
_PAGE_RANGES = lazy_compile(r"(?:\b(?:pp?|s|S|с|blz|str)\.\s?)?(?<!\d[.:])\b\d+\s?[-–—]\s?\d+\b")
_FOUR_DIGITS = lazy_compile(r"(?<!\d)(\d{4})(?!\d)")
# a page cited by its mark ("p. 1475", "pp. 1467–1488", "s. 1999", "str. 1640", "с. 1520",
# "pag. 1701"): a page, never a year, wherever a year stands or none does (a short note's
# locator, "Stan, Turcescu, „Title”, p. 1475.", is no medieval year); not a capital "S.",
# which is as often an initial ("Lind, S. 2002.") or a place's ("Halle a. S. 1901"), nor a
# number with more after its stop (Sirey's "S. 1871.1.9")
_MARKED_PAGE = lazy_compile(
    r"(?<![\w.])(?:pp?|pag|s|str|с|стр|blz)\.\s?\d{1,5}+(?:\s?[-–—]\s?\d{1,5}+)?+(?!\d|\.\d)"
)
# Vancouver's "year;volume(issue):pages" ("2011;96:1911–30", "2019;380(1):1033-44"): the
# range after the volume's colon is pages, never a year (ISO 690:2010-06 has no year before)
_VOLUME_PAGES = lazy_compile(
    r"(?P<head>\b(?:1[5-9]|20)\d\d[a-z]?\s?;\s?\d{1,5}[A-Za-z]?(?:\s?\([^()]{1,12}\))?\s?:)"
    r"\s?[A-Za-z]?\d+\s?[-–—]\s?[A-Za-z]?\d+\b"
)


def year_tokens(text: str, years: Regex = _FOUR_DIGITS) -> list[str]:
    """The numbers of ``text`` that may be its year (``years``: any four digits, or a
    plausible year), in order.  An identifier (``arXiv:2003.12345``, ``e2020WR028091``)
    is no year.  An issue glued to its volume (``384(6604)``) and a page range are none
    when a year stands outside them (``17(10), 2019, pp. 5583-5607``, ``56, 2013, pp.
    1787-1799``, ``2015, S. 2012-2019``); a range alone (``1990–2000``) is the date it
    gives."""
    text = without_catalogue_numbers(text)  # "inv. ME 1534", "cat. no. 1702": no year
    text = _VOLUME_PAGES.sub(r"\g<head> ", text)  # "2011;96:1911–30": pages 1911–30
    text = _IDENTIFIER.sub(" ", text)
    unarticled = _ARTICLE_NUMBER.sub(" ", text)
    if years.search(unarticled):  # "13 mars 2017, art. 1243": an article's number, no year
        text = unarticled
    text = _MARKED_PAGE.sub(" ", text)
    ranged = _PAGE_RANGES.sub(" ", text)
    return years.findall(_ISSUE.sub(" ", ranged)) or years.findall(ranged) or years.findall(text)


# the digits of an identifier are no year: a new-style arXiv identifier (year and month,
# "2003.12345v2"), an article number of letters and digits ("e2020WR028091")
_IDENTIFIER = lazy_compile(r"\b\d{4}\.\d{4,5}(?:v\d+)?\b|\b[A-Za-z]*\d{4}[A-Za-z]++\d+\b")
# the number of a code's or a statute's article or section ("art. 1243", "artt. 1382-1384",
# "§ 1990", "Art. 1618 BGB", "article 1384"): no year when a year stands outside it
_ARTICLE_NUMBER = lazy_compile(
    r"(?<![\w§])(?:artt?|arts|Artt?|Arts|article|articles|Article|Artikel|artículo|articolo"
    r"|artigo|§§?)\.?\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?!\d)"
)
# an issue number glued to its volume, "Nature, 1996. 384(6604): p. 14": no year when a
# year stands outside it
_ISSUE = lazy_compile(r"(?<=\d)\(\d{1,5}\)")


# A work published over years, its facts last: "2 vols. London: Nelson, 1957–1961.",
# "13 vols. Freiburg: Herder, 1901--2001"
_FINAL_SPAN = lazy_compile(
    r"[,:]\s(?P<start>(?:1[5-9]|20)\d\d)\s?(?:[–-]|--)\s?(?P<end>(?:1[5-9]|20)\d\d)[.)]?\s*$"
)


# the number of volumes: "2 vols.", "13 Bde.", "4 tomes", "3 voll.", "2 tomos"
_VOLUMES = lazy_compile(r"\b\d{1,3}\s(?:vols?|volumes|Bde|Bände|tomes|voll|tomos|tt)\b\.?")


# A span of years after a comma (a semicolon in Vancouver): "Nelson, 1957–1961",
# "Møller, 1906–1909)", "Gyldendal; 1906–1909."
_SPAN = lazy_compile(
    r"[,;]\s(?P<start>(?:1[5-9]|20)\d\d)\s?(?:--|[–-])\s?(?P<end>(?:1[5-9]|20)\d\d)(?![\d–-])"
)
# what may follow an imprint's span: the end, the note's closing parenthesis and locator
_AFTER_SPAN = lazy_compile(r"\)|[.,;]?\s*$|[.,;]\s")


def span_start(text: str, year: str) -> str:
    """``year``, or the first year of the span it ends when the span is the years a work
    appeared over: a multi-volume work's facts last (``2 vols. London: Nelson, 1957–1961``
    is of 1957), or the date of an imprint, ``Place: Publisher, 1906–1909`` (in a note's
    parentheses too: ``(Oslo: Aschehoug, 1906–1909), 45``).  A span that is no imprint's
    date and names no volumes (``Report on the census, 1990–2000``) is the date the work
    gives (its last year)."""
    m = _FINAL_SPAN.search(text)
    if m is not None and _VOLUMES.search(text, 0, m.start()):
        if m.group("end") == year and m.group("start") < year:
            return m.group("start")
        return year
    for m in _SPAN.finditer(text):
        if m.group("end") != year or m.group("start") >= year:
            continue
        if not _AFTER_SPAN.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 120) : m.start()]
        colon = before.rfind(": ")
        publisher = before[colon + 2 :]
        # "Place: Publisher, 1906–1909": a short imprint, nothing bracketed in it
        if colon >= 0 and 0 < len(publisher) <= 80 and not any(c in publisher for c in "()[]*_"):
            return m.group("start")
        # "(St. Petersburg, 1870–1914)": a note's imprint of a place alone, the years a
        # series or a work in parts appeared over
        if _PLACE_OPENS.search(before) and text.startswith(")", m.end()):
            return m.group("start")
    return year


# a place alone opening a note's parentheses: "(Leipzig", "(St. Petersburg", "(New York"
_PLACE_OPENS = lazy_compile(
    rf"\((?:[{UPPER}][a-z]*\.\s)?[{UPPER}][^\W\d_]+(?:[\s-][{UPPER}][^\W\d_]+){{0,2}}$"
)


def parse_pages(token: str) -> str | None:
    """The page number or range of a page reference, as written, or None."""
    # (an Armenian entry ends with its full stop "։": "էջ 3-19։")
    match = _PAGES.fullmatch(token.strip().removesuffix("։"))
    return match.group(1) if match else None


def parse_page_count(token: str) -> int | None:
    """The number of pages of an extent statement (``112 c.``), or None."""
    match = _PAGE_COUNT.fullmatch(token.strip())
    return int(match.group(1)) if match else None


# --------------------------------------------------------------------------
# DOI
# --------------------------------------------------------------------------

# (angle brackets close a DOI written in them, "<10.1/x>", and a tag, "10.1/x<br>", but a
# SICI suffix holds a closed pair of its own, with a colon inside:
# "10.1002/(SICI)1097-024X(199708)27:8<983::AID-SPE117>3.0.CO;2-#")
_DOI_SUFFIX = r"(?:[^\s\"<>]|<[^\s\"<>:]{0,40}:[^\s\"<>]{1,80}>)+"
_DOI = lazy_compile(rf"\b(10\.\d{{4,9}}/{_DOI_SUFFIX})")
# A shortDOI (``10/b58h3x``): a handle doi.org resolves to the full DOI, as Zotero and
# Better BibTeX write them; a few letters and digits, at least one a letter ("10/12" is
# a fraction or a date).  Taken where a DOI is said to stand: a DOI field, a doi.org
# URL, after a "doi:" label.
SHORT_DOI = r"10/(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,16}(?![\w/-]|\.\w)"
_SHORT_DOI = lazy_compile(SHORT_DOI)
# A resolver URL: doi.org, dx.doi.org, www.doi.org, and the same behind a library proxy
# (doi-org.proxy.univ.edu, www.doi.org.ezproxy.lib.edu, dx-doi-org.ezp.lib.edu).
_DOI_HOST = r"(?:www[.-]|dx[.-])?doi[.-]org(?:\.[a-z0-9-]+)*(?::\d{1,5})?"
_DOI_URL = lazy_compile(
    rf"^(?:https?://)?{_DOI_HOST}/(10\.\d{{4,9}}/\S+|{SHORT_DOI})$", re.IGNORECASE
)
# In a DOI field, a publisher's resolver ("http://doi.acm.org/10.1145/…", ACM's exports;
# doi.wiley.com, the Handle system's hdl.handle.net) or a publisher's DOI landing path
# ("https://dl.acm.org/doi/10.1145/…", "…/doi/abs/10.1111/…", "…/doi/full/10.1080/…") names
# the DOI too.
_PUBLISHER_DOI = (
    r"(?:https?://)?(?:doi\.(?:acm\.org|wiley\.com|ieeecomputersociety\.org)|hdl\.handle\.net)/"
    r"|(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/doi/(?:(?:abs|full|pdf|epdf|book|epub)/)?"
)
_DOI_FIELD = lazy_compile(
    rf"^(?:(?:https?://)?{_DOI_HOST}/|{_PUBLISHER_DOI}|doi\s*:?\s*|urn:doi:|info:doi/)?"
    rf"(10\.\d{{4,9}}/\S+|{SHORT_DOI})$",
    re.IGNORECASE,
)
# (the label's whitespace possessive: "\s*:?\s*" split a run of spaces every way)
_DOI_LABELLED = lazy_compile(
    rf"\bdoi(?:\s*+:)?\s*+(10\.\d{{4,9}}/{_DOI_SUFFIX}|{SHORT_DOI})", re.IGNORECASE
)


_DOI_SHAPE = lazy_compile(r"10\.\d{4,9}/\S+")
# Characters no DOI holds, and which would break out of a BibTeX field or a terminal line.
_DOI_UNSAFE = lazy_compile(r"[\s{}\\\"`\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def doi_problem(doi: str) -> str | None:
    """Why ``doi`` cannot be a DOI, or None: it must read ``10.NNNN/suffix`` (or be a
    shortDOI, ``10/b58h3x``) and hold
    no space, brace, backslash, quote or control character (a DOI written
    ``10.1234/x},note={...}`` is an attempt to inject a field, not a DOI)."""
    bad = sorted(set(_DOI_UNSAFE.findall(doi)))
    if bad:
        return f"it holds {', '.join(repr(c) for c in bad)}, which no DOI contains"
    if not _DOI_SHAPE.fullmatch(doi) and not _SHORT_DOI.fullmatch(doi):
        return "a DOI reads 10.NNNN/suffix (or, a shortDOI, 10/letters and digits)"
    return None


def _clean_doi(doi: str) -> str:
    doi = doi.rstrip(".,;")
    if doi.endswith(")") and doi.count("(") < doi.count(")"):
        doi = doi[:-1]
    return doi.lower()


def find_doi(text: str) -> tuple[str, int, int] | None:
    """A DOI written in ``text`` (``DOI: 10.1234/abc``): (doi, start, end).

    The DOI is normalised to its bare, lower-case ``10.xxxx/...`` form (DOIs
    are case-insensitive); the span covers the label too.
    """
    match = _DOI_LABELLED.search(text) or _DOI.search(text) or _DOI_SLASHLESS.search(text)
    if match is None:
        return None
    return _clean_doi(match.group(1)), match.start(), match.end()


def labelled_doi(text: str) -> str | None:
    """The DOI ``text`` names by its label (``doi:10.1016/…``, ``DOI: 10.1016/…``; a note
    field of a structured record), normalised; None when it names none."""
    match = _DOI_LABELLED.search(text)
    return _clean_doi(match.group(1)) if match else None


# "DOI: 10.1021ed039p333": a labelled DOI typed without the slash after its prefix is still
# the reference's DOI (found, so that the caller refuses it with a reason, and cut, so that
# no other field takes it)
_DOI_SLASHLESS = lazy_compile(r"\bdoi\s*:\s*(10\.\d{4}[^\s/\"<>]+)", re.IGNORECASE)


def doi_from_url(url: str) -> str | None:
    """The DOI of a ``https://doi.org/10....`` URL (or a library proxy's
    ``https://doi-org.proxy.univ.edu/10....``), normalised, or None."""
    match = _DOI_URL.match(url.strip())
    return _clean_doi(unquote(match.group(1))) if match else None


# "\\_" and "{\\_}" (a reference manager's export: "10.1007/978-3-030-1{\\_}7"): LaTeX's escapes
# of the characters a DOI or URL may hold
_TEX_ESCAPE = lazy_compile(r"\{\\([_%#&$])\}|\\([_%#&$])")


def tex_unescaped(value: str) -> str:
    """``value`` with LaTeX's escapes of ``_ % # & $`` (``\\_``, ``{\\_}``) decoded."""
    return _TEX_ESCAPE.sub(lambda m: m.group(1) or m.group(2), value)


def bare_doi(value: str) -> str | None:
    """The bare DOI of a DOI field however it is written, case kept, or None.

    ``10.1/x``, ``doi:10.1/x``, ``https://doi.org/10.1/x``, ``dx.doi.org``,
    ``https://doi-org.proxy.univ.edu/10.1/x`` (a library proxy), ``\\url{...}``,
    percent-encoding and LaTeX escapes (``10.1/a\\_b``) all give ``10.1/x``.
    """
    text = value.strip()
    url = re.fullmatch(r"\\url\s*\{(.*)\}", text, re.S)
    text = tex_unescaped(url.group(1) if url else text).strip(" {}")
    match = _DOI_FIELD.match(text)
    if match is None:
        return None
    return unquote(match.group(1)).rstrip(".,;")


# --------------------------------------------------------------------------
# Heading authors
# --------------------------------------------------------------------------

# "Van Assche", "de Cogan", "McMillen", "D'Ambrosio", "O'Neil", "Hoegh-Guldberg"
_PARTICLES = (
    r"(?:(?:[vV]an|[vV]on|[dD]e|[dD]er|[dD]en|[dD]a|[dD]i|[dD]u|[lL]e|[lL]a|[dD]el|[dD]os"
    r"|[tT]en|[tT]er)\s){0,2}"
)
_SURNAME = rf"{_PARTICLES}(?:Mc|Mac|O['’]|D['’]|d['’])?{SURNAME_PLAIN}"
_INITIAL = INITIAL_DIGRAPH
# ("\s?+": one space between initials is read one way only -- two readings of each gap make a
# long list of names that does not match take exponential time)
_INITIALS = rf"{_INITIAL}(?:\s?+-?\s?{_INITIAL})*"
# "Ivanov, I. I." (comma), "Ivanov I. I." / "Pischke J.-S." (no comma, two initials) or
# "Katz J." (one initial: foreign authors in GOST often have one).
_PERSON = (
    rf"{_SURNAME}(?:,\s{_INITIALS}|\s{_INITIAL}(?:\s?+-?\s?{_INITIAL})+(?![{LOWER}])"
    rf"|\s{_INITIAL}(?![{LOWER}]))"
)
_ET_AL = r",?\s(?:et\sal\.|и\sдр\.|та\sін\.|і\sін\.)"
# "Ангелов, Б., Кодов, Хр. (ред.). Title", "Kovács, T. (szerk.): Title": editors marked
# (Italian "a cura di", French "éd./éds./dir.", Portuguese and Spanish "org./orgs./coord.",
# English "ed. by", German "Hg./Hrsg.", Polish/Czech "red.", Swedish "red.")
# (:data:`.role_marks.MARK`)
_EDITORS = rf"\s?{role_marks.MARK}[.:]?"
# (a title may start in lower case after initials, "Asquith, W. H. lmomco – R package";
# these words join more names)
_JOINER = r"(?:and|und|et|и|і|i|e|y|en|és|ja|dan|och|og|a|&)"
_HEADING = lazy_compile(
    rf"(?P<people>{_PERSON}(?:,\s{_PERSON}){{0,29}})(?:{_ET_AL})?(?:{_EDITORS})?"
    # (an initial never starts the title: "Ангелов, Б. Ст., Title" keeps "Ст." a name's)
    # (or an emphasised title: "_Title_", "*Title*")
    rf"\s+(?=[{UPPER}\d«\"“„'‘\[]|[*_][{UPPER}\d]|(?<=\.\s)(?!{_JOINER}\s)[{LOWER}])"
    rf"(?!{_INITIAL}[\s,])"
)
_ONE_PERSON = lazy_compile(_PERSON)
# A heading person with four initials or more, no comma: the surname and its two initials,
# then the initials of the person the title opens with ("Ветров Г. С. С. П. Королёв и …",
# "Petrov I. I. A. S. Pushkin in Odessa": given name and patronymic, then the title's name)
_TITLE_INITIALS = lazy_compile(
    rf"(?P<name>{_SURNAME}\s{_INITIAL}\s?+{_INITIAL})"
    rf"\s(?P<title>{_INITIAL}\s?+{_INITIAL}(?:\s?+{_INITIAL})?)"
)
_STRONG_PERSON = lazy_compile(rf"{_SURNAME}(?:,\s{_INITIALS}|\s{_INITIAL}(?:\s?-?\s?{_INITIAL})+)$")
# Words that start titles and are followed by a letter: "Part A. ...", "Vitamin D. ...".
_NOT_SURNAMES = frozenset(
    """part section chapter appendix annex vitamin type class grade phase stage plan
    volume book table figure schedule article item unit level model series version option
    group case exhibit form rule title program project team room box file
    часть раздел глава приложение том витамин тип класс группа серия форма статья книга
    таблица рисунок этап план модель вариант уровень проект""".split()
)


def split_heading_authors(text: str, *, single: bool = False) -> tuple[tuple[str, ...], str]:
    """Split GOST heading authors off the front of a title area.

    ``"Ivanov, I. I., Petrov, P. P. Title"`` gives
    ``(("Ivanov, I. I.", "Petrov, P. P."), "Title")``; so do ``Ivanov I. I.``
    (two initials, no comma), lists like ``Katz J., Lindell Y.`` (one initial
    each, at least two people) and a closing ``et al.`` / ``и др.``.  Only the
    names at the very start count, so a name inside a title ("Speech by
    Minister S. Aleinik") is never taken for an author.  One ``Surname I.``
    alone ("Nakamoto S. Bitcoin") is too weak to be an author unless ``single``
    says the reference is known to be GOST.
    """
    match = _HEADING.match(text)
    if match is None:
        return (), text
    people = tuple(m.group(0) for m in _ONE_PERSON.finditer(match.group("people")))
    if len(people) == 1 and not _STRONG_PERSON.match(people[0]):
        surname = people[0].split()[-2] if len(people[0].split()) > 1 else people[0]
        if not single or surname.lower() in _NOT_SURNAMES:
            return (), text
    rest = text[match.end() :]
    # (no "et al." or editors' mark after the last person)
    tail = text[match.end("people") : match.end()]
    opening = None if tail.strip() else _TITLE_INITIALS.fullmatch(people[-1])
    if opening is not None:
        # "Ветров Г. С. С. П. Королёв и космонавтика": a person has two initials, the
        # two after them are the name the title opens with
        people = (*people[:-1], opening.group("name"))
        rest = f"{opening.group('title')} {rest}"
    return people, rest


def letters_words(text: str) -> list[str]:
    """The words of ``text`` that contain at least two letters."""
    return [w for w in text.split() if len(_LETTER.findall(w)) >= 2]


# After a quoted word or phrase, a lower-case word that goes on with the sentence: the quotation
# only opens the title ("'Spin' in published biomedical literature", "\"Big data\" and the
# state").  "in" before a capital is a chapter's book ("'Title' in Jones, A. (ed.)").
_GOES_ON = lazy_compile(r"\s(?!in\s+[^a-z])[a-z]")


def quote_opens_title(text: str, quote: re.Match[str]) -> bool:
    """Is the quoted span ``quote`` of ``text`` only the start of a title, the sentence going
    on after its closing mark in lower case?  (Not when the quotation ends with its own
    punctuation: "“Plan Operative in part,” updated 2016", "\"Contract Test.\" example.com".)"""
    closed = text[: quote.end()].rstrip("'’\"”»“")
    return not closed.endswith((",", ".", ";", ":", "?", "!")) and (
        _GOES_ON.match(text, quote.end()) is not None
    )
