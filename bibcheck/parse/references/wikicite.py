"""Wikipedia citation templates -> :class:`~bibcheck.model.Reference` (pure).

``{{cite web}}``, ``{{cite news}}``, ``{{cite book}}``, ``{{cite journal}}``,
``{{cite magazine}}``, ``{{citation}}`` and the other Citation Style 1/2
templates, and the Russian Wikipedia's ``{{книга}}``, ``{{статья}}`` and
``{{публикация}}``, already name their fields, so nothing is guessed from
punctuation.  The citation templates of the other large Wikipedias are read
the same way, by their own names and parameter names
(``{{Hivatkozás/Könyv|vezetéknév=|cím=|év=}}``, ``{{Kirjaviite|Tekijä=|Nimeke=}}``,
``{{웹 인용|제목=}}``, ``{{Citace monografie|příjmení=|titul=}}`` …), and a template of
no known name whose parameters name a title and a url, year, author or publisher
(:func:`looks_like_citation`) can be read too.  Parameter aliases (``accessdate``/``access-date``,
``last1``/``surname1``/``author1-last`` ...) are read alike; a field given
twice keeps its last value (as MediaWiki does) with a ``duplicate-field``
anomaly.  ``archive-url`` is kept (``Reference.archive_url``).

Short citations (``{{sfn|Smith|Jones|2010|p=5}}``, ``{{harvnb}}``) point at a
full citation through its *anchor*: the surnames of up to four authors and
the year (``CITEREFSmithJones2010``), or what its ``ref=`` says.
:func:`anchor` and :func:`short_anchor` compute both sides in one
normalised form.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.nameparticles import ARABIC, PARTICLES
from bibcheck.parse.references import conjoined_people, template_doi
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.civil_law import court_decision
from bibcheck.parse.references.fields import detect_language, doi_from_url, parse_date
from bibcheck.parse.references.identifiers import identifiers_of_fields, with_identifiers
from bibcheck.parse.references.latin_language import latin_language
from bibcheck.parse.references.legal import statute
from bibcheck.parse.references.newsoutlet import news_outlet
from bibcheck.parse.references.reference_works import reference_work
from bibcheck.parse.references.reportkind import titled_report, web_report
from bibcheck.parse.references.scriptmonths import named_month, non_latin_word, script_date
from bibcheck.parse.references.thesis import designation, institution, structured
from bibcheck.parse.references.typed_kinds import LEGAL_TEMPLATES, template_kind
from bibcheck.parse.references.typed_legal import legal_entry
from bibcheck.parse.references.wikiparts import (
    CHAPTER_URLS,
    chapter_url,
    collected_volume,
    contribution_kind,
    edited,
)
from bibcheck.parse.references.wikiworks import (
    MEDIA_TEMPLATES,
    media_people,
    patent_date,
    patent_people,
)
from bibcheck.parse.references.yearwords import NO_DATE_PHRASES, NO_DATE_WORDS, field_status
from bibcheck.parse.years import YEAR
from bibcheck.text import ascii_digits
from bibcheck.urls import extract_urls, with_scheme

STYLE = "wikitext"

# Latin letters with a stroke or a ligature, which Unicode does not decompose into a letter
# and a mark (Polish "tytuł", Vietnamese "tiêu đề", Norwegian "besøksdato", Turkish "başlık")
_STROKED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ħ": "h", "æ": "ae", "œ": "oe"})
_NAME_SEPARATORS = lazy_compile(r"[\s_\-\u2010-\u2013]+")


# CS1's identifiers that the rendered citation links to an address: "|doi=", "|hdl=",
# "|arxiv=", "|jstor=", "|pmc=", "|pmid=", "|ssrn=", "|osti=", "|bibcode=", "|citeseerx="
_LINKED_IDENTIFIERS = (
    "doi", "hdl", "arxiv", "eprint", "jstor", "pmc", "pmid", "ssrn", "osti", "bibcode",
    "citeseerx",
)  # fmt: skip


def _identified(params: Mapping[str, str], doi: str | None) -> bool:
    """Does a citation template give an identifier its rendering links (``|doi=``)?"""
    return bool((doi or "").strip()) or any(
        params.get(name, "").strip() for name in _LINKED_IDENTIFIERS
    )


def param_key(name: str) -> str:
    """A template parameter's name in the form it is compared in: case, the accents of Latin
    letters and the separators (spaces, ``_``, ``-``) do not count, as editors write the
    same localised name both ways (``título=``/``titulo=``, ``data dostępu=``/
    ``data_dostepu=``, ``access-date=``/``accessdate=``).  Marks on the letters of other
    scripts (Cyrillic ``й``, Devanagari vowel signs) are part of the letter and kept."""
    decomposed = unicodedata.normalize("NFD", name.casefold().translate(_STROKED))
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue  # (a Latin letter's accent; a second one, "ề", follows the letter too)
        kept.append(char)
    return _NAME_SEPARATORS.sub("", unicodedata.normalize("NFC", "".join(kept)))


class Params(Mapping[str, str]):
    """A template's parameters looked up by :func:`param_key` (``params.get("título")``
    finds ``titulo=``); of two names that compare equal, the last one with a value."""

    __slots__ = ("_values", "_names")

    def __init__(self, params: Mapping[str, str]) -> None:
        self._values: dict[str, str] = {}
        self._names: dict[str, str] = {}  # key -> the name as written
        for name, value in params.items():
            key = param_key(name)
            if value.strip() or key not in self._values:
                self._values[key] = value
                self._names[key] = name

    def __getitem__(self, name: str) -> str:
        return self._values[param_key(name)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def written(self, name: str) -> str | None:
        """The parameter's name as the template writes it."""
        return self._names.get(param_key(name))


def keyed(params: Mapping[str, str]) -> Params:
    """``params`` looked up by :func:`param_key`."""
    return params if isinstance(params, Params) else Params(params)


_RU_TEMPLATES = frozenset({"книга", "статья", "публикация", "статья в газете", "cite ru"})
# German Wikipedia: {{Literatur|Autor=|Titel=|Sammelwerk=|Verlag=|Ort=|Jahr=}} and
# {{Internetquelle|url=|titel=|hrsg=|werk=|datum=|abruf=}}.
_DE_TEMPLATES = frozenset({"literatur", "internetquelle"})
# French Wikipedia's templates whose ``id=`` is the anchor {{harvsp|…|id=…}} points at (in
# Citation Style 1, ``id=`` is an identifier such as a report number, no anchor)
_ID_ANCHORED = frozenset({"ouvrage", "article", "lien web", "chapitre", "lien conférence"})
# Italian ("Cita libro"), Ukrainian ("Книга", "Стаття", "Cite web" in Cyrillic names),
# Spanish, Portuguese, French and Polish Wikipedias' own citation templates
_OTHER_TEMPLATES = frozenset(
    {"cita libro", "cita pubblicazione", "cita web", "cita news", "cita conferenza",
     "стаття", "публікація", "cita", "cita publicación", "cita noticia",
     "citar livro", "citar periódico", "citar web", "citar jornal", "ouvrage", "article",
     "lien web", "chapitre", "cytuj książkę", "cytuj pismo", "cytuj stronę"}
)  # fmt: skip
# The citation templates of the other larger Wikipedias (Hungarian, Finnish, Korean,
# Vietnamese, Czech, Slovak, Turkish, Bulgarian, Romanian, Serbian/Croatian, Dutch, Swedish,
# Danish/Norwegian, Indonesian, Persian, Arabic, Chinese), by what they cite.
_LOCAL_KINDS = {
    **dict.fromkeys(
        ("hivatkozás/könyv", "kirjaviite", "서적 인용", "chú thích sách", "citace monografie",
         "citácia knihy", "kitap kaynağı", "цитат книга", "citat carte", "citiranje knjige",
         "citiranje knjiga", "navedi knjigo", "citeer boek", "bokref", "kilde bog", "kilde bok",
         "kutip buku", "یادکرد کتاب", "استشهاد بكتاب", "引書", "حوالہ کتاب", "צ-ספר"),
        RefKind.BOOK,
    ),
    **dict.fromkeys(
        ("hivatkozás/folyóirat", "hivatkozás/újság", "lehtiviite", "uutisviite", "저널 인용",
         "뉴스 인용", "chú thích tạp chí", "chú thích báo", "citace periodika",
         "citace elektronického periodika", "citácia periodika", "dergi kaynağı",
         "akademik dergi kaynağı", "haber kaynağı", "цитат списание", "цитат новини",
         "citat revistă", "citat știre", "citiranje časopisa", "navedi revijo", "citeer journal",
         "citeer nieuws", "tidskriftsref", "tidningsref", "kilde avis", "kilde artikel",
         "kilde artikkel", "cita noticia", "citar jornal", "kutip jurnal",
         "kutip berita", "یادکرد ژورنال", "استشهاد بدورية محكمة", "引期刊", "引新聞",
         "یادکرد خبر", "یادکرد مجله", "استشهاد بخبر", "استشهاد بمجلة", "حوالہ رسالہ",
         "حوالہ جریدہ", "حوالہ خبر", "צ-מאמר", "צ-כתב עת", "צ-עיתון"),
        RefKind.ARTICLE,
    ),
    **dict.fromkeys(
        ("hivatkozás/web", "verkkoviite", "웹 인용", "chú thích web",
         "citace elektronické monografie", "citácia elektronického dokumentu", "web kaynağı",
         "цитат уеб", "citat web", "citiranje weba", "navedi splet", "citeer web", "webbref",
         "kilde www", "kutip web", "یادکرد وب", "استشهاد ويب", "引網", "حوالہ ویب",
         "קישור כללי", "צ-קישור"),
        RefKind.WEB,
    ),
    **dict.fromkeys(
        ("استشهاد بتقرير", "یادکرد گزارش"),
        RefKind.REPORT,
    ),
    # (a thesis: Vietnamese {{Chú thích luận văn}} and "luận án" (a doctoral one), Spanish
    # {{Cita tesis}}, Portuguese {{Citar tese}}, Italian {{Cita tesi}}, Korean {{학위논문 인용}})
    **dict.fromkeys(
        ("chú thích luận văn", "chú thích luận án", "cita tesis", "citar tese", "cita tesi",
         "학위논문 인용"),
        RefKind.THESIS,
    ),
    # Bengali, Hindi, Tamil, Thai and Armenian Wikipedias ({{বই উদ্ধৃতি}}, {{पुस्तक सन्दर्भ}},
    # {{நூல் மேற்கோள்}}, {{อ้างหนังสือ}}, {{Գիրք}} ...): by what they cite
    **dict.fromkeys(
        ("বই উদ্ধৃতি", "पुस्तक सन्दर्भ", "पुस्तक संदर्भ", "நூல் மேற்கோள்", "อ้างหนังสือ",
         "อ้างอิงหนังสือ", "գիրք"),
        RefKind.BOOK,
    ),
    **dict.fromkeys(
        ("সংবাদ উদ্ধৃতি", "সাময়িকী উদ্ধৃতি", "জার্নাল উদ্ধৃতি", "ম্যাগাজিন উদ্ধৃতি",
         "समाचार सन्दर्भ", "समाचार संदर्भ", "जर्नल सन्दर्भ", "जर्नल संदर्भ", "पत्रिका सन्दर्भ",
         "पत्रिका संदर्भ", "செய்தி மேற்கோள்", "ஆய்விதழ் மேற்கோள்", "இதழ் மேற்கோள்", "อ้างข่าว",
         "อ้างวารสาร", "อ้างอิงข่าว", "อ้างอิงวารสาร", "հոդված"),
        RefKind.ARTICLE,
    ),
    **dict.fromkeys(
        ("ওয়েব উদ্ধৃতি", "वेब सन्दर्भ", "वेब संदर्भ", "साइट वेब", "இணைய மேற்கோள்", "อ้างเว็บ",
         "อ้างอิงเว็บ", "վեբ աղբյուր"),
        RefKind.WEB,
    ),
    **dict.fromkeys(
        ("বিশ্বকোষ উদ্ধৃতি", "विश्वकोश सन्दर्भ", "विश्वकोश संदर्भ"),
        RefKind.CHAPTER,
    ),
    **dict.fromkeys(
        ("citace sborníku", "chú thích hội nghị", "استشهاد بموسوعة", "یادکرد دانشنامه",
         "צ-פרק", "cita enciclopedia", "cita conferenza"),
        RefKind.CHAPTER,
    ),
    **dict.fromkeys(
        ("hivatkozás", "chú thích", "인용", "citace", "kaynak", "citat", "cytuj", "kutip",
         "استشهاد", "یادکرد", "حوالہ"),
        RefKind.UNKNOWN,
    ),
}  # fmt: skip
_KINDS = {
    "cite web": RefKind.WEB,
    "cite website": RefKind.WEB,
    "cite press release": RefKind.WEB,
    "cite tweet": RefKind.WEB,
    "cite mailing list": RefKind.WEB,
    "cite news": RefKind.ARTICLE,
    "cite newspaper": RefKind.ARTICLE,
    "cite magazine": RefKind.ARTICLE,
    "cite periodical": RefKind.ARTICLE,
    "cite journal": RefKind.ARTICLE,
    "cite arxiv": RefKind.ARTICLE,
    "cite biorxiv": RefKind.ARTICLE,
    "cite ssrn": RefKind.ARTICLE,
    "статья": RefKind.ARTICLE,
    "стаття": RefKind.ARTICLE,
    "cita pubblicazione": RefKind.ARTICLE,
    "cita news": RefKind.ARTICLE,
    "cita publicación": RefKind.ARTICLE,
    "citar periódico": RefKind.ARTICLE,
    "article": RefKind.ARTICLE,
    "cytuj pismo": RefKind.ARTICLE,
    "cita web": RefKind.WEB,
    "citar web": RefKind.WEB,
    "lien web": RefKind.WEB,
    "cytuj stronę": RefKind.WEB,
    "cita libro": RefKind.BOOK,
    "citar livro": RefKind.BOOK,
    "ouvrage": RefKind.BOOK,
    "chapitre": RefKind.CHAPTER,
    "cytuj książkę": RefKind.BOOK,
    "статья в газете": RefKind.ARTICLE,
    "cite book": RefKind.BOOK,
    "cite thesis": RefKind.THESIS,
    "cite patent": RefKind.PATENT,
    **dict.fromkeys(MEDIA_TEMPLATES, RefKind.WEB),
    "книга": RefKind.BOOK,
    "cite encyclopedia": RefKind.CHAPTER,
    "cite encyclopaedia": RefKind.CHAPTER,
    "cite conference": RefKind.CHAPTER,
    "cite report": RefKind.REPORT,
    "cite techreport": RefKind.REPORT,
    "cite tech report": RefKind.REPORT,
}
_ENGLISH_ALIASES: dict[str, tuple[str, ...]] = {
    # ({{cite court}} names its case by the parties: litigants=)
    "title": ("title", "script-title", "litigants", "заглавие", "название", "titel", "titolo",
              "назва", "título", "titre", "tytuł"),
    # (French {{Ouvrage|titre=|sous-titre=}}, Italian sottotitolo=, German Untertitel=:
    # the subtitle, printed after the title and a colon)
    "subtitle": ("subtitle", "sous-titre", "sottotitolo", "subtítulo", "untertitel",
                 "podtytuł"),
    # (French {{Ouvrage|titre chapitre=}} and {{Chapitre|titre chapitre=|titre ouvrage=}},
    # Italian {{Cita libro|capitolo=}}, Spanish and Portuguese capítulo=)
    # (CS1's script-chapter=, "script-chapter=ja:…", for a chapter titled in its own script)
    "chapter": ("chapter", "contribution", "entry", "section", "article", "script-chapter",
                "script-contribution", "script-entry", "часть", "titre chapitre", "capitolo",
                "capítulo"),
    "host": (
        "journal", "work", "website", "newspaper", "magazine", "periodical",
        "encyclopedia", "encyclopaedia", "dictionary", "издание", "book-title", "booktitle",
        "sammelwerk", "werk", "rivista", "opera", "sito", "pubblicazione", "видання", "журнал",
        "revista", "periódico", "obra", "périodique", "site", "czasopismo", "praca",
        "publicación", "titre ouvrage",
    ),
    "publisher": ("publisher", "institution", "издательство", "издатель", "verlag", "hrsg",
                  "editore", "видавництво", "editorial", "editora", "éditeur", "wydawca"),
    "place": ("location", "place", "publication-place", "место", "ort", "città", "місце",
              "ubicación", "local", "lieu", "miejsce"),
    "date": ("date", "дата", "publication-date", "datum", "data", "fecha", "data publikacji"),
    "year": ("year", "год", "jahr", "anno", "рік", "año", "ano", "année", "rok"),
    "access": ("access-date", "accessdate", "дата обращения", "дата-обращения", "abruf", "zugriff",
               "accesso", "дата звернення", "fechaacceso", "acessodata", "consulté le",
               "data dostępu"),
    # (French {{Ouvrage}}: the text online, else the publisher's page of the book)
    "url": ("url", "ссылка", *CHAPTER_URLS, "online",
            "посилання", "lire en ligne", "présentation en ligne"),
    "archive": ("archive-url", "archiveurl", "архив", "archive url", "archiv-url",
                "urlarchivo", "urlarchivio", "arquivourl", "urlarquivo", "arquivo-url"),
    "doi": ("doi",),
    # (German "Spalten=": the columns of a work printed in two, as encyclopedias are)
    "pages": ("pages", "page", "pp", "p", "at", "страницы", "страница", "с", "seiten", "seite",
              "passage", "páginas", "página", "pagine", "spalten", "spalte"),
    "volume": ("volume", "том", "band", "volumen", "tome"),
    "issue": ("issue", "number", "номер", "выпуск", "nummer", "heft", "numéro", "número"),
    "language": ("language", "lang", "язык", "sprache", "langue", "idioma", "lingua", "língua"),
}  # fmt: skip
# The same fields as the other Wikipedias' templates name them (hu, fi, ko, vi, cs/sk, tr, bg,
# ro, sr/hr, nl, sv, da/no, id, ja/zh): read after the names above.
_LOCAL_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("cím", "nimeke", "nimike", "otsikko", "제목", "tiêu đề", "tựa đề", "titul",
              "názov", "başlık", "titlu", "judul", "naslov", "наслов", "rubrik", "tittel",
              "タイトル", "标题", "標題", "عنوان"),
    "chapter": ("fejezet", "kappale", "장", "chương", "kapitola", "capitol", "bab", "rozdział",
                "kapitel", "hoofdstuk", "kapittel", "глава"),
    "host": ("folyóirat", "újság", "mű", "weboldal", "julkaisu", "sivusto", "저널", "신문",
             "웹사이트", "작품", "tạp chí", "báo", "công trình", "tác phẩm", "periodikum",
             "sborník", "dergi", "gazete", "eser", "websitesi", "çalışma", "süreliyayın",
             "списание", "вестник", "revistă", "ziar", "jurnal", "situs web", "karya",
             "tidskrift", "verk", "tijdschrift", "sitioweb", "tidsskrift", "avis", "časopis",
             "časopis", "opublikowany", "publikation"),
    "publisher": ("kiadó", "julkaisija", "출판사", "nhà xuất bản", "vydavatel", "vydavateľ",
                  "yayıncı", "yayımcı", "издател", "издателство", "editură", "penerbit",
                  "utgivare", "förlag", "uitgever", "forlag", "utgiver", "udgiver", "izdavač",
                  "издавач",
                  "出版社", "ناشر", "publicado"),
    "place": ("hely", "julkaisupaikka", "위치", "nơi xuất bản", "địa điểm", "místo", "miesto",
              "yer", "konum", "място", "loc", "locație", "lokasi", "tempat", "utgivningsort",
              "plaats", "locatie", "sted", "mjesto", "место издања"),
    "date": ("dátum", "ajankohta", "날짜", "ngày", "datum vydání", "dátum vydania", "tarih",
             "dată", "tanggal", "dato", "日付", "日期"),
    "year": ("év", "vuosi", "연도", "năm", "rok", "yıl", "година", "an", "tahun", "år", "jaar",
             "godina", "година издања", "年"),
    "access": ("elérés", "viitattu", "luettu", "확인날짜", "접근일자", "ngày truy cập",
               "datum přístupu", "dátum prístupu", "erişimtarihi", "erişim-tarihi",
               "erişim tarihi", "достъп_дата", "дата на достъп", "accesat", "data accesării",
               "tanggal akses", "tanggalakses", "hämtdatum", "bezochtdatum", "raadpleegdatum",
               "datumbezocht", "hentet", "besøksdato", "besøgsdato", "pristupljeno",
               "приступљено"),
    "url": ("osoite", "www", "adresa", "adres"),
    "archive": ("archívurl", "arkisto", "보존url", "url lưu trữ", "archiv url", "arşivurl",
                "arşiv-url", "arhivurl", "archiefurl", "arkivurl", "arkiv-url"),
    "pages": ("oldal", "oldalak", "sivu", "sivut", "쪽", "페이지", "trang", "strany", "strana",
              "sayfa", "sayfalar", "страници", "страница", "pagini", "pagina", "halaman",
              "sida", "sidor", "paginas", "side", "sider", "strony", "s", "stranice", "ページ"),
    "volume": ("kötet", "évfolyam", "vuosikerta", "권", "tập", "ročník", "svazek", "cilt",
               "volum", "årgång", "volym", "jaargang", "wolumin", "svezak", "bind", "巻"),
    "issue": ("szám", "numero", "호", "số", "číslo", "sayı", "брой", "număr", "nomor", "numer",
              "broj", "号"),
    "language": ("nyelv", "kieli", "언어", "ngôn ngữ", "jazyk", "dil", "език", "limba",
                 "bahasa", "språk", "taal", "język", "jezik", "言語"),
}  # fmt: skip
# The Arabic (ar), Persian (fa), Urdu (ur) and Hebrew (he) Wikipedias' parameter names
# ({{استشهاد بكتاب|الأخير=|العنوان=|السنة=}}, {{یادکرد وب|نشانی=|عنوان=}},
# {{حوالہ ویب|یو آر ایل=}}, {{צ-ספר|מחבר=|שם=|מו"ל=|שנת הוצאה=}}): read after the names above.
_RTL_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("العنوان", "שם", "כותרת", "הכותרת", "שם המאמר"),
    "chapter": ("الفصل", "فصل", "باب", "פרק", "שם הפרק"),
    "host": ("الصحيفة", "المجلة", "العمل", "الموقع", "الموسوعة", "الدورية", "صحيفة", "مجلة",
             "عمل", "موقع", "موسوعة", "دورية", "ژورنال", "روزنامه", "مجله", "وبگاه", "کار",
             "دانشنامه", "رسالہ", "جریدہ", "اخبار", "ویب سائٹ", "کام", "כתב עת", "עיתון",
             "אתר"),
    "publisher": ("الناشر", "מו\"ל", "מוציא לאור", "הוצאה", "הוצאה לאור"),
    "place": ("المكان", "مكان النشر", "مكان", "مکان", "مقام", "מקום הוצאה", "מקום"),
    "date": ("التاريخ", "تاريخ", "تاريخ النشر", "تاریخ", "תאריך"),
    "year": ("السنة", "سنة", "سال", "שנת הוצאה", "שנה"),
    "access": ("تاريخ الوصول", "تاريخ الاسترجاع", "تاریخ بازبینی", "تاریخ دسترسی",
               "تاریخ رسائی", "תאריך גישה", "תאריך כניסה", "תאריך וידוא", "תאריך_וידוא"),
    # Arabic {{استشهاد ويب|مسار=}} writes the url without the article, as Persian نشانی=
    "url": ("المسار", "مسار", "مسار الفصل", "نشانی", "یو آر ایل", "כתובת", "קישור"),
    "archive": ("مسار الأرشيف", "مسار أرشيف", "نشانی بایگانی", "آرکائیو یو آر ایل", "ארכיון"),
    "doi": ("دوي",),
    "pages": ("الصفحات", "الصفحة", "ص", "صفحة", "صفحه", "صفحه‌ها", "صفحات", "صفحہ", "עמודים",
              "עמוד", "עמ"),
    "volume": ("المجلد", "مجلد", "جلد", "כרך"),
    "issue": ("العدد", "عدد", "شماره", "شمارہ", "גיליון", "חוברת"),
    "language": ("اللغة", "لغة", "زبان", "שפה"),
}  # fmt: skip
# The Bengali (bn), Hindi (hi), Tamil (ta), Thai (th), Armenian (hy) and Georgian (ka)
# Wikipedias' parameter names ({{বই উদ্ধৃতি|শেষাংশ=|প্রথমাংশ=|শিরোনাম=|বছর=|প্রকাশক=}},
# {{पुस्तक सन्दर्भ|लेखक=|शीर्षक=|वर्ष=}}, {{อ้างหนังสือ|ผู้แต่ง=|ชื่อเรื่อง=|ปี=}}):
# read after the names above.
_ASIAN_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("শিরোনাম", "शीर्षक", "தலைப்பு", "ชื่อเรื่อง", "վերնագիր", "სათაური"),
    "chapter": ("অধ্যায়", "अध्याय", "அத்தியாயம்", "บท", "գլուխ", "თავი"),
    "host": ("কর্ম", "ওয়েবসাইট", "সাময়িকী", "সংবাদপত্র", "ম্যাগাজিন", "জার্নাল", "कृति",
             "वेबसाइट", "पत्रिका", "समाचारपत्र", "जर्नल", "இதழ்", "இணையதளம்", "செய்தித்தாள்",
             "งาน", "เว็บไซต์", "วารสาร", "หนังสือพิมพ์", "ամսագիր", "կայք", "ჟურნალი", "ვებგვერდი"),
    "publisher": ("প্রকাশক", "प्रकाशक", "பதிப்பகம்", "வெளியீட்டாளர்", "ผู้จัดพิมพ์",
                  "สำนักพิมพ์", "ผู้เผยแพร่", "հրատարակիչ", "հրատարակչություն", "გამომცემელი",
                  "გამომცემლობა"),
    "place": ("অবস্থান", "স্থান", "स्थान", "இடம்", "สถานที่", "ที่ตั้ง", "վայր", "ადგილი"),
    "date": ("তারিখ", "तिथि", "दिनांक", "தேதி", "நாள்", "วันที่", "ամսաթիվ", "თარიღი"),
    "year": ("বছর", "সাল", "वर्ष", "ஆண்டு", "ปี", "տարի", "წელი"),
    "access": ("সংগ্রহের-তারিখ", "সংগ্রহের তারিখ", "অভিগমন-তারিখ", "अभिगमन तिथि",
               "अभिगमन-तिथि", "அணுகிய நாள்", "அணுகல் நாள்", "அணுகிய தேதி", "วันที่เข้าถึง",
               "մուտքի ամսաթիվ", "ნანახია"),
    "url": ("ইউআরএল", "यूआरएल", "யூஆர்எல்", "ยูอาร์แอล", "հղում", "ბმული"),
    "archive": ("আর্কাইভের-ইউআরএল", "আর্কাইভের ইউআরএল", "आर्काइव यूआरएल", "आर्काइव-यूआरएल",
                "காப்பக யூஆர்எல்", "արխիվ", "არქივი"),
    "pages": ("পাতা", "পাতাসমূহ", "পৃষ্ঠা", "पृष्ठ", "पृष्ठ संख्या", "பக்கம்", "பக்கங்கள்", "หน้า",
              "էջ", "էջեր", "გვერდი", "გვერდები"),
    "volume": ("খণ্ড", "খন্ড", "खंड", "खण्ड", "தொகுதி", "เล่ม", "հատոր", "ტომი"),
    "issue": ("সংখ্যা", "अंक", "இதழ் எண்", "ฉบับ", "ฉบับที่", "համար", "ნომერი"),
    "language": ("ভাষা", "भाषा", "மொழி", "ภาษา", "լեզու", "ენა"),
}  # fmt: skip
_ALIASES: dict[str, tuple[str, ...]] = {
    name: names
    + _LOCAL_ALIASES.get(name, ())
    + _RTL_ALIASES.get(name, ())
    + _ASIAN_ALIASES.get(name, ())
    for name, names in _ENGLISH_ALIASES.items()
}
# The parameters that give the work's address (``url=``, German ``Online=``, an archived
# copy's): an external link written in one, ``[https://… Volltext]``, is read with its URL
URL_PARAMS = frozenset(param_key(n) for n in (*_ALIASES["url"], *_ALIASES["archive"]))
# (family, given) parameter pairs, {n} for the author's number; the first pair whose family
# name is given is read (Catalan "cognom"/"nom" before French "nom"/"prénom")
_FAMILY_GIVEN = (
    ("last{n}", "first{n}"), ("surname{n}", "given{n}"), ("author{n}-last", "author{n}-first"),
    ("author-last{n}", "author-first{n}"), ("surname{n}", "first{n}"),
    ("last{n}", "given{n}"), ("vezetéknév{n}", "keresztnév{n}"),
    ("sukunimi{n}", "etunimi{n}"), ("성{n}", "이름{n}"), ("họ{n}", "tên{n}"),
    ("příjmení{n}", "jméno{n}"), ("priezvisko{n}", "meno{n}"), ("soyadı{n}", "ad{n}"),
    ("фамилия{n}", "име{n}"), ("nume{n}", "prenume{n}"), ("nazwisko{n}", "imię{n}"),
    ("achternaam{n}", "voornaam{n}"), ("efternamn{n}", "förnamn{n}"),
    ("efternavn{n}", "fornavn{n}"), ("etternavn{n}", "fornavn{n}"),
    ("apellido{n}", "nombre{n}"), ("cognome{n}", "nome{n}"), ("apellidos{n}", "nombre{n}"),
    ("sobrenome{n}", "nome{n}"),
    ("último{n}", "primeiro{n}"), ("cognom{n}", "nom{n}"), ("nom{n}", "prénom{n}"),
    ("prezime{n}", "ime{n}"), ("презиме{n}", "име{n}"), ("الأخير{n}", "الأول{n}"),
    ("نام خانوادگی{n}", "نام{n}"), ("آخری{n}", "پہلا{n}"), ("শেষাংশ{n}", "প্রথমাংশ{n}"),
    ("अंतिम{n}", "प्रथम{n}"), ("ազգանուն{n}", "անուն{n}"), ("გვარი{n}", "სახელი{n}"),
)  # fmt: skip
# Whole names: author=, the Finnish Tekijä=, Korean 저자=, Turkish yazar= ... (numbered)
_WHOLE_AUTHORS = (
    "author{n}", "tekijä{n}", "저자{n}", "tác giả{n}", "yazar{n}", "författare{n}",
    "auteur{n}", "forfatter{n}", "penulis{n}", "autorius{n}", "著者{n}", "作者{n}",
    "المؤلف{n}", "مؤلف{n}", "نویسنده{n}", "مصنف{n}", "מחבר{n}", "הכותב{n}", "כותב{n}",
    "লেখক{n}", "लेखक{n}", "ஆசிரியர்{n}", "ผู้แต่ง{n}", "հեղինակ{n}", "ავტორი{n}",
)  # fmt: skip
# Hungarian writes names family name first ("Papp Géza"): szerző= is read that way
_FAMILY_FIRST = ("szerző{n}",)
# Parameters that name a journal or newspaper: a template of unknown name holding one is an
# article
_JOURNAL_PARAMS = frozenset(
    {"journal", "magazine", "newspaper", "periodical", "folyóirat", "újság", "저널", "신문",
     "tạp chí", "báo", "periodikum", "časopis", "dergi", "gazete", "списание", "вестник",
     "revistă", "ziar", "jurnal", "tidskrift", "tijdschrift", "tidsskrift", "avis",
     "czasopismo", "revista", "rivista", "zeitschrift", "sammelwerk", "журнал", "الصحيفة",
     "المجلة", "ژورنال", "روزنامه", "مجله", "رسالہ", "جریدہ", "اخبار", "כתב עת", "עיתון",
     "সাময়িকী", "সংবাদপত্র", "জার্নাল", "ম্যাগাজিন", "पत्रिका", "समाचारपत्र", "जर्नल", "இதழ்",
     "செய்தித்தாள்", "วารสาร", "หนังสือพิมพ์", "ամսագիր", "ჟურნალი"}
)  # fmt: skip
_LANGUAGES = {
    "en": "en", "ru": "ru",
    # (a language named in words, as the Wikipedias' editors write it: langue=anglais)
    **dict.fromkeys(("english", "anglais", "inglés", "inglese", "inglês", "englisch",
                     "английский", "angielski"), "en"),
    **dict.fromkeys(("french", "français", "francés", "francese", "francês", "französisch",
                     "французский", "francuski"), "fr"),
    **dict.fromkeys(("german", "allemand", "alemán", "tedesco", "alemão", "deutsch",
                     "немецкий", "niemiecki"), "de"),
    **dict.fromkeys(("spanish", "espagnol", "español", "spagnolo", "espanhol", "spanisch",
                     "испанский", "hiszpański"), "es"),
    **dict.fromkeys(("italian", "italien", "italiano", "italienisch", "итальянский",
                     "włoski"), "it"),
    **dict.fromkeys(("portuguese", "portugais", "portugués", "portoghese", "português",
                     "portugiesisch", "португальский", "portugalski"), "pt"),
    **dict.fromkeys(("russian", "russe", "ruso", "russo", "russisch", "русский", "rosyjski"),
                    "ru"),
}  # fmt: skip
# The Wikipedias whose citation templates have names of their own, by the name or its first
# word ("citace monografie", "hivatkozás/web"); names two Wikipedias share ("cita web":
# Spanish and Italian; "citiranje": Serbian and Croatian) are left out.  Non-Latin names
# need none: their titles' script names the language.
_TEMPLATE_LANGUAGES = (
    ("literatur", "de"), ("internetquelle", "de"),
    ("ouvrage", "fr"), ("article", "fr"), ("lien web", "fr"), ("chapitre", "fr"),
    ("lien conférence", "fr"), ("lien brisé", "fr"), ("lien news", "fr"), ("lien vidéo", "fr"),
    ("cita publicación", "es"), ("cita noticia", "es"), ("cita enciclopedia", "es"),
    ("cita pubblicazione", "it"), ("cita news", "it"), ("cita conferenza", "it"),
    ("citar", "pt"), ("cytuj", "pl"), ("hivatkozás", "hu"), ("kirjaviite", "fi"),
    ("lehtiviite", "fi"), ("uutisviite", "fi"), ("verkkoviite", "fi"), ("chú thích", "vi"),
    ("citace", "cs"), ("citácia", "sk"), ("kitap kaynağı", "tr"), ("dergi kaynağı", "tr"),
    ("akademik dergi kaynağı", "tr"), ("haber kaynağı", "tr"), ("web kaynağı", "tr"),
    ("citat", "ro"), ("navedi", "sl"), ("citeer", "nl"), ("bokref", "sv"),
    ("tidskriftsref", "sv"), ("tidningsref", "sv"), ("webbref", "sv"), ("kilde bog", "da"),
    ("kilde artikel", "da"), ("kilde artikkel", "no"),
    ("kilde bok", "no"), ("kilde avis", "no"), ("kutip", "id"),
)  # fmt: skip
_YEAR = lazy_compile(rf"(?<!\d)({YEAR})([a-z])?(?!\d)")
_INITIALS = r"(?:[^\W\d_]{1,2}\.\s?-?\s?){1,3}"
_RU_NAME = lazy_compile(rf"^(?P<family>[^\W\d_][\w'’-]+)\s+(?P<given>{_INITIALS})$")
_RU_NAME_REVERSED = lazy_compile(rf"^(?P<given>{_INITIALS})\s*(?P<family>[^\W\d_][\w'’-]+)$")
# a date that says there is none: the no-date words of :mod:`.yearwords` ("n.d.", "s.d.",
# Spanish "s.f.", German "o.J.", "б.г."; "nd", "undated", "sin fecha", "без даты"), as CS1
# accepts "n.d." -- not "forthcoming" or "in press", which CS1 does not
_UNDATED = lazy_compile(field_status(NO_DATE_WORDS, NO_DATE_PHRASES), re.I)
_KEY_JUNK = lazy_compile(r"[\W_]+")
# 1998, 2005a, 1960–1961 (a range), but only 2003 of the ISO date 2003-10-17
_ANCHOR_YEAR = lazy_compile(
    r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?:\s*[–-]\s*(?:\d{4}|\d{2})(?![-\d]))?[a-z]?(?!\d)"
)


def is_cite_template(name: str) -> bool:
    """Does a template of this (normalised) name describe one work?"""
    return (
        name.startswith("cite ")
        or name in ("citation", "cite")
        or name in _RU_TEMPLATES
        or name in _DE_TEMPLATES
        or name in _OTHER_TEMPLATES
        or name in _LOCAL_KINDS
    )


# infoboxes, quotations, short citations and archive links have titles and dates too
_NOT_CITATIONS = (
    "infobox", "quote", "blockquote", "quotation", "cquote", "lang", "sfn", "harv", "webarchive",
    "wayback", "webcite", "archive", "dead link", "efn", "refn", "ref",
)  # fmt: skip
_TITLE_NAMES = frozenset(param_key(n) for n in (*_ALIASES["title"], *_ALIASES["chapter"]))
_OTHER_EVIDENCE = frozenset(
    param_key(n)
    for n in (*_ALIASES["url"], *_ALIASES["year"], *_ALIASES["date"], *_ALIASES["publisher"],
     *_ALIASES["host"], *_ALIASES["doi"], "isbn", "issn", "pmid",
     *(p.format(n="") for pair in _FAMILY_GIVEN for p in pair[:1]),
     *(p.format(n="") for p in _WHOLE_AUTHORS + _FAMILY_FIRST),
     *(p.format(n="1") for pair in _FAMILY_GIVEN for p in pair[:1]),
     *(p.format(n="1") for p in _WHOLE_AUTHORS + _FAMILY_FIRST))
)  # fmt: skip


def looks_like_citation(name: str, params: Mapping[str, str]) -> bool:
    """Does a template of no known name describe a work by its parameters?

    It must name a title (in any of the languages read here) and at least one more
    bibliographic field with a value (a url, year, date, publisher, journal, identifier or an
    author): ``{{Forrás|cím=…|év=…}}``.  Infoboxes, quotations and short citations do not
    count, whatever their parameters.
    """
    if is_cite_template(name) or name.startswith(_NOT_CITATIONS):
        return False
    filled = {param_key(key) for key, value in params.items() if value.strip()}
    return bool(filled & _TITLE_NAMES) and bool(filled & _OTHER_EVIDENCE)


# the fields that describe a work (a date alone describes none: a notice's date=)
_WORK_FIELDS = (_TITLE_NAMES | _OTHER_EVIDENCE) - frozenset(
    param_key(n) for n in (*_ALIASES["year"], *_ALIASES["date"])
)
# a notice's value: empty, a flag or a count (section=1, small=yes), or a date in any
# language (May 2014, 2017年3月4日 (土) 09:12 (UTC), 7. März 2018, mayo de 2015)
_FLAG = lazy_compile(r"[^\s|]{0,4}")
_DATE_VALUE = lazy_compile(r"(?=.{0,36}?\d{4})[^/\[\]{}<>=|]{4,40}")


def is_notice(name: str, named: Mapping[str, str], positional: Sequence[str]) -> bool:
    """Is a template that is no citation template a maintenance or notice template
    (``{{More citations needed|date=May 2014}}``, ``{{参照方法|date=…|section=1}}``,
    ``{{Belege fehlen}}``) rather than a work?  It fills no field that describes a work
    (title, URL, author, publisher, identifier ...), each of its named values is empty, a
    short flag or a date, and each positional one a flag."""
    if is_cite_template(name):
        return False
    if any(
        param_key(key) in _WORK_FIELDS and not _FLAG.fullmatch(v.strip())
        for key, v in named.items()
    ):
        return False  # (section=1 is a flag, not a chapter)
    return all(_FLAG.fullmatch(v.strip()) for v in positional) and all(
        _FLAG.fullmatch(v.strip()) or _DATE_VALUE.fullmatch(v.strip()) for v in named.values()
    )


@dataclass(frozen=True, slots=True)
class CiteTemplate:
    """A citation template with its parameters rendered to plain text."""

    name: str  # normalised: "cite web", "книга"
    params: Mapping[str, str]  # lower-case name -> value (the last one given)
    lines: Mapping[str, int]  # name -> line of the parameter
    raw: str  # the template's source
    line: int
    end_line: int
    repeated: tuple[tuple[str, int], ...] = ()  # (name, line) of parameters given twice
    anchor_override: str | None = None  # from ref={{sfnref|...}}

    def __post_init__(self) -> None:
        # (parameters and their lines are looked up by param_key: "titulo" finds "título")
        params = keyed(self.params)
        lines = {
            key: self.lines[written]
            for key in params
            if (written := params.written(key)) is not None and written in self.lines
        }
        object.__setattr__(self, "params", params)
        object.__setattr__(self, "lines", lines)


@dataclass(slots=True)
class _Fields:
    values: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


# "script-title=ru:Заглавие", "script-title=zh-Hant:標題": the language's ISO code first
_SCRIPT_LANGUAGE = lazy_compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,8})*:\s?(?=\S)")


def without_script_language(value: str) -> str:
    """``value`` of a ``script-title=`` without the ISO 639 code Wikipedia's templates
    require before it (``ru:Михаил Пселл`` → ``Михаил Пселл``)."""
    return _SCRIPT_LANGUAGE.sub("", value, count=1)


def _pick(template: CiteTemplate) -> _Fields:
    found = _Fields()
    for field_name, names in _ALIASES.items():
        for name in names:
            if name == "hrsg" and template.name == "literatur":
                continue  # {{Literatur}}'s Hrsg= names editors ({{Internetquelle}}'s, a publisher)
            value = template.params.get(name, "").strip()
            if name.startswith("script-"):
                value = without_script_language(value)
            if value:
                found.values[field_name] = value
                found.lines[field_name] = template.lines.get(param_key(name), template.line)
                break
    subtitle = found.values.pop("subtitle", None)
    title = found.values.get("title")
    if subtitle and title:
        declared = found.values.get("language", "").strip().lower()
        language = _LANGUAGES.get(declared, declared) or template_language(template.name)
        found.values["title"] = subtitled(title, subtitle, language)
    return found


def subtitled(title: str, subtitle: str, language: str | None = None) -> str:
    """A title and its subtitle as printed: after a colon (French spacing, `` : ``, in a
    French Wikipedia's template), or a space after a title that closes with ``?``/``!``."""
    title = title.rstrip()
    if title.endswith(("?", "!", ":")):
        return f"{title} {subtitle.strip()}"
    return f"{title}{' : ' if language == 'fr' else ': '}{subtitle.strip()}"


# --------------------------------------------------------------------------
# Authors
# --------------------------------------------------------------------------


def _numbered(params: Mapping[str, str], n: int, *patterns: str) -> str:
    suffixes = ("", "1") if n == 1 else (str(n),)
    for pattern in patterns:
        for suffix in suffixes:
            value = params.get(pattern.format(n=suffix), "").strip()
            if value:
                return value
    return ""


def _person(family: str, given: str) -> str:
    return f"{family}, {given}" if given else family


def _ru_person(name: str) -> str:
    """``Иванов И. И.`` / ``И. И. Иванов`` -> ``Иванов, И. И.``; others as written."""
    name = " ".join(name.split())
    m = _RU_NAME.match(name) or _RU_NAME_REVERSED.match(name)
    if m:
        return _person(m.group("family"), m.group("given").strip())
    return name


def _split_people(value: str) -> list[str]:
    """Several people in one whole-name parameter: split at ``;``, and at ``,`` when every
    person so found has an initialled shape (``Field R. J., Körös E.``, ``И. И. Иванов,
    П. П. Петров``, Vancouver ``Smith AB, Jones C``, ``Smith, J., Jones, K.``); ``Family,
    Given`` (``Smith, John``), an organisation or free text stays one person."""
    people: list[str] = []
    for part in (p.strip() for p in value.split(";")):
        if not part:
            continue
        listed = _initialled_list(part)
        # Vancouver "Smith AB" -> "Smith, AB"; the others are formatted by the caller
        people.extend([p if "," in p else _vancouver(p)[0] for p in listed] if listed else [part])
    return people


# One initialled person: "Field R. J.", "R. J. Field", "Smith, J. R.", Vancouver "Smith AB"
_INITIALLED = lazy_compile(
    rf"[^\W\d_][\w'’-]+(?:,?\s+{_INITIALS}|\s+[A-Z]{{1,3}})|{_INITIALS}\s*[^\W\d_][\w'’-]+"
)


def _initialled_list(value: str) -> list[str] | None:
    """The people of a comma-separated list of initialled names, or None when the value
    is no such list (one person, ``Family, Given``, free text)."""
    people: list[str] = []
    for piece in (p.strip() for p in value.split(",")):
        if not piece:
            continue
        if people and re.fullmatch(_INITIALS, piece + " "):
            people[-1] = f"{people[-1]}, {piece}"  # "Smith, J.": initials after a comma
        else:
            people.append(piece)
    if len(people) < 2 or not all(_INITIALLED.fullmatch(p) for p in people):
        return None
    return people


# CS1's "accept this as written" markup around a name, or part of one: "((Cox Jü))",
# "((World Health Organization))", "last=((van der Berg))": the name without it, not reformatted
_AS_WRITTEN = lazy_compile(r"\(\((?P<name>.*?)\)\)")
_OUTSIDE_AS_WRITTEN = lazy_compile(r",(?![^(]*\)\))")  # a comma not inside "((...))"


def as_written(name: str) -> str:
    """A name with CS1's ``((...))`` markup removed (its text kept as written)."""
    return _AS_WRITTEN.sub(lambda m: m.group("name").strip(), name) if "((" in name else name


def _vancouver(value: str) -> list[str]:
    """``Smith AB, Jones C`` -> ``Smith, AB``, ``Jones, C`` (``((Cox Jü))`` as written)."""
    people = []
    for part in (p.strip() for p in _OUTSIDE_AS_WRITTEN.split(value)):
        if part.startswith("((") and part.endswith("))"):
            people.append(as_written(part))
            continue
        m = re.fullmatch(r"(?P<family>.+?)\s+(?P<given>[A-Z]{1,3})", part)
        people.append(_person(m.group("family"), m.group("given")) if m else part)
    return [p for p in people if p]


# the words that join the last two people of a list ("Ana Lima e Rui Costa", "Juan Pérez y
# Eva Ruiz", "Jan Nowak i Ewa Kos"), on text whose spaces are single
_CONJUNCTION = lazy_compile(r" (?:and|e|y|et|und|i|&) | ?& ?")
# the lower-case words of a personal name ("Maria da Silva", "Ludwig van Beethoven")
# (the shared ones, the Arabic ones, "das", "della", "do", "zu", Spanish and Portuguese
# "y", "e", Swedish "af" and Norwegian "av")
_NAME_PARTICLES = PARTICLES | ARABIC | frozenset("das della do zu y e af av".split())


def _personal(piece: str) -> bool:
    """Does ``piece`` look like one person's name (``Rui Costa``, ``Silva, J.``, ``Maria da
    Silva``): two to five words, no digits, each capitalised or a particle?  An
    organisation's last word (``… de Geografia e Estatística``) alone is none."""
    words = piece.replace(",", " ").split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in piece):
        return False
    return all(w[0].isupper() or w in _NAME_PARTICLES for w in words)


def _listed_people(value: str) -> list[str]:
    """The people of a whole-name parameter whose separators are ``;``, a conjunction
    (``and``, ``e``, ``y``, ``et``, ``und``, ``i``, ``&``) or, in a list of three or more,
    ``,`` (``Ana Lima, Rui Costa, Eva Melo``); one comma is ``Family, Given`` (``SILVA,
    João``, ``TORRES CAICEDO, José María``): one person.  Initialled lists as
    :func:`_split_people` reads them."""
    people: list[str] = []
    for part in _split_people(value):
        part = " ".join(part.split())
        pieces = [p.strip() for p in part.split(",")]
        if len(pieces) > 2 and all(" " in p and _personal(p) for p in pieces):
            people.extend(pieces)
            continue
        joined = [p.strip() for p in _CONJUNCTION.split(part)]
        if len(joined) > 1 and all(_personal(p) for p in joined):
            people.extend(joined)
        else:
            people.append(part)
    return people


def _family_first(value: str) -> list[str]:
    """``Papp Géza`` (Hungarian order) -> ``Papp, Géza``; several names split at ``;``,
    or at ``,`` when every part is a whole name (``Papp Géza, Kiss Anna``)."""
    parts = [p.strip() for p in value.split(";") if p.strip()]
    if len(parts) == 1 and "," in value:
        pieces = [p.strip() for p in value.split(",") if p.strip()]
        parts = pieces if all(len(p.split()) > 1 for p in pieces) else parts
    people = []
    for part in parts:
        words = part.split()
        if "," in part or len(words) < 2:
            people.append(part)
        else:
            people.append(_person(words[0], " ".join(words[1:])))
    return people


def authors(params: Mapping[str, str], template: str = "") -> tuple[str, ...]:
    """Authors as ``Family, Given`` (organisations and free text as written); ``template``
    is the template's name (German ``{{Literatur|Autor=}}`` lists people with commas)."""
    params = keyed(params)
    found: list[str] = []
    for n in range(1, 31):
        family = given = ""
        for family_name, given_name in _FAMILY_GIVEN:
            family = _numbered(params, n, family_name)
            if family:
                given = _numbered(params, n, given_name)
                break
        whole = _numbered(params, n, *_WHOLE_AUTHORS)
        reversed_name = _numbered(params, n, *_FAMILY_FIRST)
        if family:
            found.append(_person(family, given))
        elif whole:
            # "forfatter=Olsen, Magnus; Liestøl, Aslak": several people in one parameter
            # "author=Field R. J., Körös E.": several initialled names split at ","
            # "forfatter=Anne Holm og Peter Berg": two whole names joined by "and" in the
            # wiki's language (:mod:`.conjoined_people`)
            found.extend(
                _ru_person(person)
                for p in _split_people(whole)
                for person in conjoined_people.conjoined_people(p)
            )
        elif reversed_name:
            found.extend(_family_first(reversed_name))
        elif n > 1:
            break
    if not found and params.get("vauthors", "").strip():
        found = _vancouver(params["vauthors"])
    if not found and params.get("authors", "").strip():
        found = [p.strip() for p in params["authors"].split(";") if p.strip()]
    if not found and params.get("автор", "").strip():
        found = [_ru_person(p) for p in _split_people(params["автор"])]
    if not found and params.get("autore", "").strip():  # Italian: "Mario Rossi e Anna Bianchi"
        found = [p.strip() for p in re.split(r"\s*;\s*|\s+e\s+", params["autore"]) if p.strip()]
        for n in range(2, 31):  # "autore2=Elena Furlan"
            more = params.get(f"autore{n}", "").strip()
            if not more:
                break
            found.append(more)
    if not found and params.get("cognome", "").strip():  # "cognome=Rossi|nome=Mario"
        found = [_person(params["cognome"], params.get("nome", ""))]
    if not found and params.get("прізвище", "").strip():
        found = [_person(params["прізвище"], params.get("ім'я", ""))]
    autor = _numbered(params, 1, "autor{n}")
    if not found and autor:
        if template in _DE_TEMPLATES:  # German: "Hans Leicht, Anna Roth"
            found = _german_people(autor)
        elif template.startswith("cytuj") and _whole_names(autor):
            # Polish {{Cytuj}}: "Jan Kowalski, Anna Nowak", authors parted by commas
            found = _german_people(autor)
        else:  # Portuguese, Spanish, Polish, Czech ...: "SILVA, João" is one person
            found = [_ru_person(p) for p in _listed_people(autor)]
            for n in range(2, 31):  # "autor2=SOUZA, Ana"
                more = _numbered(params, n, "autor{n}")
                if not more:
                    break
                found.extend(_ru_person(p) for p in _listed_people(more))
    return tuple(as_written(p) for p in found)


# CS1's editor parameters: "editor-last=|editor-first=", "editor2-last=", "editor=" (a
# whole name), "editors=" (free text, ";" between people)
_EDITOR_FAMILY_GIVEN = (
    ("editor-last{n}", "editor-first{n}"), ("editor{n}-last", "editor{n}-first"),
    ("editor-surname{n}", "editor-given{n}"), ("editor{n}-surname", "editor{n}-given"),
)  # fmt: skip


def editors(params: Mapping[str, str]) -> tuple[str, ...]:
    """The editors a CS1 template names, as ``Family, Given``."""
    params = keyed(params)
    found: list[str] = []
    for n in range(1, 31):
        family = given = ""
        for family_name, given_name in _EDITOR_FAMILY_GIVEN:
            family = _numbered(params, n, family_name)
            if family:
                given = _numbered(params, n, given_name)
                break
        whole = _numbered(params, n, "editor{n}")
        if family:
            found.append(_person(family, given))
        elif whole:
            found.append(whole)
        else:
            break
    if not found and params.get("veditors", "").strip():  # Vancouver: "Smith AB, Jones C"
        found = _vancouver(params["veditors"])
    if not found and params.get("editors", "").strip():
        found = _free_people(params["editors"])
    return tuple(as_written(p) for p in found)


_VANCOUVER_NAME = lazy_compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)*\s+[A-Z]{1,4}")


def _free_people(value: str) -> list[str]:
    """People of a free-text parameter (``editors=``): split at ``;``, else at ``,`` when
    every part is a Vancouver name (``Smith AB, Jones C``), else at ``and``/``&``
    (``A. Smith and C. Jones``); ``Smith, A.`` stays one person."""
    parts = [p.strip() for p in value.split(";") if p.strip()]
    if len(parts) > 1:
        return parts
    pieces = [p.strip() for p in value.split(",") if p.strip()]
    if len(pieces) > 1 and all(_VANCOUVER_NAME.fullmatch(p) for p in pieces):
        return _vancouver(value)
    if "," not in value:
        return [p for p in re.split(r"\s+(?:and|&)\s+", value.strip()) if p]
    return parts


def _surnames(params: Mapping[str, str], template: str = "") -> list[str]:
    names = [a.split(",")[0].strip() for a in authors(params, template) or editors(params)]
    return names[:4]


# --------------------------------------------------------------------------
# Anchors (CITEREF)
# --------------------------------------------------------------------------


def normalise_key(text: str) -> str:
    """Anchor keys compare without case, spaces or punctuation."""
    return _KEY_JUNK.sub("", text).casefold()


def _year_token(template: CiteTemplate) -> str:
    """The year part of an anchor: ``year=`` as written, else the year of ``date=``
    (with a range, ``1960–1961``, and a disambiguating letter, ``2005a``, kept)."""
    fields = _pick(template)
    if fields.values.get("year"):
        return ascii_digits(fields.values["year"].strip())
    m = _ANCHOR_YEAR.search(ascii_digits(fields.values.get("date", "")))
    return m.group(0) if m else ""


def anchor(template: CiteTemplate) -> str | None:
    """The normalised anchor a short citation uses to point at this template."""
    if template.anchor_override is not None:
        return normalise_key(template.anchor_override) or None
    if template.name in _ID_ANCHORED and template.params.get("id", "").strip():
        return normalise_key(template.params["id"]) or None  # {{Ouvrage|…|id=Darwin1864}}
    ref = template.params.get("ref", "").strip()
    if ref.lower() == "none":
        return None
    if ref.startswith("CITEREF"):
        return normalise_key(ref[7:]) or None
    year = _year_token(template)
    if ref and ref.lower() != "harv":
        return normalise_key(ref if re.search(r"\d{4}[a-z]?$", ref) else ref + year) or None
    surnames = _surnames(template.params, template.name)
    if not surnames:
        return None
    return normalise_key("".join(surnames) + year) or None


def anchor_keys(template: CiteTemplate) -> tuple[str, ...]:
    """Every normalised anchor a short citation may use to point at this template: its
    :func:`anchor`, and for a Wikipedia's own template (``{{Ouvrage}}``, ``{{Cita libro}}``,
    ``{{Literatur}}``, ``{{Citar livro}}``, ``{{Cytuj książkę}}``) that names its authors
    by whole names (``auteur1=Walter Brandmüller``, ``Autor=Hans Leicht``), the one of
    their surnames (``{{sfn|Brandmüller|1991}}``, ``{{harvsp|Leicht|2001}}``), the last
    word of each name, as those short citations are written."""
    first = anchor(template)
    keys = [first] if first is not None else []
    if template.anchor_override is not None or not _localised(template.name):
        return tuple(keys)
    if template.params.get("ref", "").strip() or (
        template.name in _ID_ANCHORED and template.params.get("id", "").strip()
    ):
        return tuple(keys)
    surnames = [_last_surname(name) for name in _surnames(template.params, template.name)]
    if surnames:
        other = normalise_key("".join(surnames) + _year_token(template))
        if other and other not in keys:
            keys.append(other)
    return tuple(keys)


def _last_surname(name: str) -> str:
    """The surname of a whole name written given name first (``Walter Brandmüller`` ->
    ``Brandmüller``); a name with a comma is already ``Family, Given``."""
    if "," in name:
        return name.split(",")[0].strip()
    words = name.split()
    return words[-1] if words else name


def short_anchor(positional: Sequence[str]) -> str | None:
    """``{{sfn|Smith|Jones|2010}}`` -> the anchor of Smith & Jones 2010."""
    parts = [p.strip() for p in positional if p.strip()]
    return (normalise_key("".join(parts[:5])) or None) if parts else None


# --------------------------------------------------------------------------
# The reference
# --------------------------------------------------------------------------


def _kind(template: CiteTemplate, fields: _Fields) -> RefKind:
    kind = _KINDS.get(template.name) or _LOCAL_KINDS.get(template.name)
    if template.name in LEGAL_TEMPLATES:
        # ({{cite court}}, {{cite legislation}}, {{cite Hansard}}: :mod:`.typed_kinds`)
        return template_kind(template.name, RefKind.UNKNOWN)
    if kind is RefKind.UNKNOWN:
        kind = None  # a general template ({{Hivatkozás}}, {{인용}}): by its fields
    if kind is None and template.name == "публикация":
        kind = RefKind.BOOK if "издательство" in template.params else RefKind.ARTICLE
    if kind is None and template.name == "literatur":
        kind = contribution_kind(template.params) or RefKind.BOOK
    if kind is RefKind.ARTICLE:
        # ({{статья|заглавие=|издание=|издательство=}}: a contribution to a collection)
        kind = contribution_kind(template.params) or kind
    if kind is None and template.name == "internetquelle":
        kind = RefKind.WEB
    if kind in (None, RefKind.BOOK) and template.params.get("degree", "").strip():
        # ({{chú thích|degree=Thạc sĩ|…}}, {{cite book|degree=PhD|…}}: CS1's degree= belongs
        # to {{cite thesis}} alone, the work a thesis)
        kind = RefKind.THESIS
    if kind is None:
        if "chapter" in fields.values:
            kind = RefKind.CHAPTER
        elif any(template.params.get(name, "").strip() for name in _JOURNAL_PARAMS):
            kind = RefKind.ARTICLE
        elif "url" in fields.values and "publisher" not in fields.values:
            kind = RefKind.WEB
        elif "publisher" in fields.values:
            kind = RefKind.BOOK
        else:
            kind = RefKind.WEB if "url" in fields.values else RefKind.UNKNOWN
    if kind is RefKind.BOOK and "chapter" in fields.values and not _own_book(template, fields):
        return RefKind.CHAPTER
    if (
        kind is RefKind.WEB
        and reference_work(fields.values.get("host"))
        and authors(template.params, template.name)
    ):
        # {{Lien web|auteur=…|site=Dictionnaire historique de la Suisse}}, {{cite web|last=…|
        # website=Stanford Encyclopedia of Philosophy}}: a signed entry of a reference work
        # online, a part of the work as {{cite encyclopedia}}'s (:mod:`.reference_works`); an
        # unsigned page of an encyclopedia's site stays a web page
        return RefKind.CHAPTER
    if kind is RefKind.WEB and news_outlet(fields.values.get("host")):
        # {{cite web|work=BBC News}}, {{webbref|verk=SVT Nyheter}}: a web template's page of
        # a newspaper's or a news service's site is its article (:mod:`.newsoutlet`)
        return RefKind.ARTICLE
    if kind in (RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB) and _reported(template, fields, kind):
        return RefKind.REPORT
    if kind in (RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB) and court_decision(
        fields.values.get("title") or ""
    ):
        # ({{cite web|title=Beschluss des Ersten Senats vom … – 1 BvR 469/20}}: the court's
        # decision on its site, a report as a decision cited otherwise is)
        return RefKind.REPORT
    if kind in (RefKind.UNKNOWN, RefKind.WEB) and _act_titled(fields.values.get("title") or ""):
        # ({{cite web|title=Sports Act, 2013 (No. 25 of 2013)|url=…/SportsAct.pdf}}, {{cite
        # web|title=Ley 39/2022, de 30 de diciembre, del Deporte}}: an act by its short title
        # and year or its designation, on the law reports' or the gazette's site, a report as
        # an act cited otherwise is: :func:`.legal.statute`)
        return RefKind.REPORT
    if kind in (RefKind.UNKNOWN, RefKind.WEB) and legal_entry(
        fields.values.get("title") or "",
        template.params.get("year", "").strip(),
        [template.params.get(n, "").strip() for n in ("id", "docket", "type")],
        authors(template.params, template.name),
    ):
        # ({{cite web|title=Vienna Convention on the Law of Treaties|publisher=…}}: a treaty's
        # text on a site, a report as the treaty cited otherwise is: :mod:`.typed_legal`)
        return RefKind.REPORT
    return kind


# a page about an act, its title opening with the genre ("Guide to the Sports Act 2013",
# "Commentary on …", "Overview of …"): no act
_ABOUT_ACT = lazy_compile(
    r"^(?:(?:A|An|The)\s)?(?:[Gg]uides?|[Cc]ommentary|[Ii]ntroduction|[Oo]verview|[Ss]ummary"
    r"|[Rr]eview|[Nn]otes|FAQs?|[Qq]uestions)\b"
)


def _act_titled(title: str) -> bool:
    """Is ``title`` an act's, by its short title and year or its designation ("Sports Act,
    2013 (No. 25 of 2013)", "Ley 39/2022, de 30 de diciembre, del Deporte":
    :func:`.legal.statute`), not a page about one ("Guide to the Sports Act 2013")?"""
    return statute(title) is not None and _ABOUT_ACT.match(title) is None


def _template_kind(template: CiteTemplate) -> RefKind | None:
    """The kind a template's name gives (``{{Literatur}}``'s: a book unless in a
    ``Sammelwerk``)."""
    if template.name == "literatur":
        return contribution_kind(template.params) or RefKind.BOOK
    return _KINDS.get(template.name) or _LOCAL_KINDS.get(template.name)


def _own_book(template: CiteTemplate, fields: _Fields) -> bool:
    """A book template's chapter in a book with no editors names a part of its authors' own
    book, cited as the book, as a page of it is, in every language's template alike
    (``{{cite book|last=|title=Bridges|chapter=Suspension}}``, ``{{Ouvrage|titre=…|titre
    chapitre=…}}``, ``{{Cita libro|titolo=…|capitolo=…}}``, ``{{Cytuj książkę|tytuł=…|
    rozdział=…}}``); in an edited volume, in proceedings or another collected volume, or in
    an encyclopedia or a dictionary it names a contribution, a chapter of its own (as
    {{Literatur|Sammelwerk=}} reads it).  A chapter template's part ({{Chapitre}}) is no
    book's."""
    if _template_kind(template) is not RefKind.BOOK:
        return False
    if collected_volume(fields.values.get("title")):
        return False  # (proceedings, a field-trip guide: others' papers, each a chapter)
    if reference_work(fields.values.get("title")):
        return False  # (an encyclopedia's entry: a part, as {{cite encyclopedia}}'s)
    if not fields.values.get("title") or fields.values.get("host"):
        return False
    return not (editors(template.params) or edited(template.params))


def _whole_names(value: str) -> bool:
    """``Jan Kowalski, Anna Nowak``: comma-parted parts each of two words or more (given
    name and surname), not ``Kowalski, Jan`` (one person, inverted)."""
    parts = [p.split() for p in value.split(",")]
    return len(parts) >= 2 and all(2 <= len(p) <= 4 for p in parts)


def _german_people(value: str) -> list[str]:
    """``Hans Leicht, Anna Roth`` / ``Hans Leicht; Anna Roth`` / ``Hans Leicht und Anna Roth``."""
    return [p for p in re.split(r"\s*[;,]\s*|\s+und\s+", value) if p.strip()]


# the work's type as the French, Spanish, Portuguese and Italian templates give it
# ({{Ouvrage|type=rapport}}, {{Cita libro|tipo=informe}}); CS1's type= too
_TYPE_PARAMS = ("type", "tipo", "typ")


def _reported(template: CiteTemplate, fields: _Fields, kind: RefKind) -> bool:
    """A book-shaped (or web) work that names itself a report: by its type
    (``type=rapport``, ``type=Technical report``) or its title (``Rapport de la mission
    …``, ``Annual Report of …``; a web page's only when the title closes with it)."""
    kind_given = next((template.params[n] for n in _TYPE_PARAMS if template.params.get(n)), "")
    if kind_given.strip() and titled_report(kind_given):
        return True
    title = fields.values.get("title")
    if title is None or len(title.split()) < 2:
        return False  # a report word alone ("title=Report") is a placeholder, no title
    return web_report(title) if kind is RefKind.WEB else titled_report(title)


# Years of other calendars, written as such in a template of that script: a Buddhist-era year
# in a Thai one (ปี=2545, 1987 CE + 543... as written), a Hijri year in an Arabic-script one
_ERA_YEAR = lazy_compile(r"(?<!\d)(\d{4})(?!\d)")
_THAI_SCRIPT = lazy_compile(r"[\u0e00-\u0e7f]")
_ARABIC_SCRIPT = lazy_compile(r"[\u0600-\u06ff]")


def _era_year(raw: str, source: str) -> int | None:
    """The year of ``raw`` in the Buddhist era (2400..2700, Thai script in ``source``) or the
    Hijri calendar (1200..1499, Arabic script in ``source``), as written; else None."""
    m = _ERA_YEAR.search(raw)
    if m is None:
        return None
    value = int(m.group(1))
    if 2400 <= value <= 2700 and _THAI_SCRIPT.search(source):
        return value
    if 1200 <= value < 1500 and _ARABIC_SCRIPT.search(source):
        return value
    return None


def _year(fields: _Fields, source: str = "") -> tuple[int | None, str | None, list[Anomaly]]:
    for name in ("year", "date"):
        raw = fields.values.get(name)
        if not raw:
            continue
        written = ascii_digits(raw)  # (a year in the digits of any script: ১৯৬১, ๒๕๔๕)
        m = _YEAR.search(written)
        if m:
            return int(m.group(1)), m.group(1) + (m.group(2) or ""), []
        era = _era_year(written, source)
        if era is not None:
            return era, str(era), []
        if _UNDATED.fullmatch(raw.strip()):
            return None, raw, []  # "n.d.": the work has no date, which CS1 accepts
        line = fields.lines.get(name)
        problem = f"{name} {raw!r} holds no year"
        return None, raw, [Anomaly(AnomalyCode.YEAR_MALFORMED, problem, line)]
    return None, None, []


# 2023年8月14日, 2023년 8월 14일, 2021. 11. 3., ngày 14 tháng 8 năm 2023, 14. 8. 2023
_CJK_DATE = lazy_compile(r"(\d{4})\s*[年년.]\s*(\d{1,2})\s*[月월.]\s*(\d{1,2})\s*[日일.]?")
# (the spaces about "năm" and the comma read once, possessive: split between the two runs
# every way they took the square of their length)
_VI_DATE = lazy_compile(
    r"ngày\s*+(\d{1,2})\s*+tháng\s*+(\d{1,2})\s*+(?:năm\s*+)?,?\s*+(\d{4})", re.I
)
_DMY_SPACED = lazy_compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})")


def _local_date(raw: str) -> date | None:
    """Dates as the Japanese, Korean, Hungarian, Vietnamese and Czech Wikipedias write them."""
    text = raw.strip()
    try:
        if m := _CJK_DATE.fullmatch(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _VI_DATE.fullmatch(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _DMY_SPACED.fullmatch(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


# a word of letters with the marks that write its vowels (Bengali "মার্চ", Hindi "मार्च")
_WORD = lazy_compile(r"[^\W\d_][^\s\d.,/()-]*")


def _worded_local_date(raw: str) -> bool:
    """``2021. november 3.``, ``3 Şubat 2024``, ``3. listopadu 2021``, ``১২ মার্চ ২০২১`` in a
    localised access-date parameter (or written in a script's own digits): a day, a month
    name in a language whose month names are not read here, and a year (not judged, so not
    flagged)."""
    numbers = re.findall(r"\d+", raw)
    letters = _WORD.findall(raw)
    return len(numbers) == 2 and any(len(n) == 4 for n in numbers) and len(letters) == 1


def _doi(value: str | None, url: str | None) -> str | None:
    if value:
        bare = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", value.strip(), flags=re.I)
        return bare.lower() or None
    return doi_from_url(url) if url else None


def template_language(name: str) -> str | None:
    """The language of the Wikipedia whose own citation template ``name`` is (``Lien
    web``: ``fr``); None for an English (Citation Style 1) name and for a name two
    Wikipedias share (Spanish and Italian ``Cita web``, ``Cita libro``)."""
    name = name.strip().lower()
    for prefix, language in _TEMPLATE_LANGUAGES:
        if name == prefix or name.startswith(prefix + " ") or name.startswith(prefix + "/"):
            return language
    return None


def _localised(name: str) -> bool:
    """A Wikipedia's own template, not Citation Style 1's English name."""
    return (
        name in _DE_TEMPLATES
        or name in _RU_TEMPLATES
        or name in _OTHER_TEMPLATES
        or (name in _LOCAL_KINDS)
    )


def _language(fields: _Fields, title: str | None, template: str = "") -> str | None:
    """The language the template declares (``language=``, ``langue=``, ``Sprache=``,
    ``язык=`` ...); else the one the title's script names (Cyrillic, Han ...); else, for a
    Wikipedia's own template, that Wikipedia's language: its ``langue=``/``Sprache=``/
    ``idioma=`` is given only for a work not in it (``{{Lien web}}`` without ``langue=``
    is French); else the one a Latin-script title's words name clearly; else, for a
    Citation Style 1 template (``cite web``), English, and for a localised one whose
    Wikipedia is not known (``Cita web``: Spanish or Italian), none."""
    declared = fields.values.get("language")
    if declared:
        return _LANGUAGES.get(declared.strip().lower(), declared.strip().lower())
    found = detect_language(title or "")
    if found != "en":  # a script that names its language, or no letters
        return found
    local = template_language(template)
    if local is not None:
        return local
    named = latin_language(title or "")
    if named is not None:
        return named
    return None if _localised(template.strip().lower()) else found


# the templates of a newspaper's or a magazine's article, whose section= is the paper's
# section ("Life", "Feuilleton", "B"), not a part of the work cited
_NEWS_TEMPLATES = frozenset(("cite news", "cite newspaper", "cite magazine", "cite press release"))


def _news_section(template: CiteTemplate, chapter: str, title: str | None) -> bool:
    """Is ``chapter`` a news template's ``section=`` beside a title of its own?"""
    return (
        template.name in _NEWS_TEMPLATES
        and bool(title)
        and template.params.get("section", "").strip() == chapter.strip()
    )


def cite_reference(template: CiteTemplate) -> Reference:
    """The reference a citation template describes, with the anomalies of its fields."""
    fields = _pick(template)
    anomalies: list[Anomaly] = [
        Anomaly(
            AnomalyCode.DUPLICATE_FIELD,
            f"{{{{{template.name}}}}} gives {name}= twice; MediaWiki uses the last value",
            line,
        )
        for name, line in template.repeated
    ]
    kind = _kind(template, fields)
    # (a part of one author's book is cited as the book: its chapter is a locator)
    chapter = None if _own_book(template, fields) else fields.values.get("chapter")
    if chapter and _news_section(template, chapter, fields.values.get("title")):
        chapter = None  # {{cite news|title=…|section=Life}}: the paper's section, no part
    if chapter and fields.values.get("title") and fields.values.get("host"):
        # a part already named by its title in a container named apart ({{Literatur|Titel=|
        # Sammelwerk=|Kapitel=3}}, {{cite encyclopedia|title=|encyclopedia=|section=}}):
        # its chapter or section is a place in it, no title
        chapter = None
    title = chapter or fields.values.get("title")
    host = fields.values.get("title") if chapter else fields.values.get("host")
    if chapter and fields.values.get("host") and not fields.values.get("title"):
        host = fields.values.get("host")
    own_address = chapter_url(template.params) if chapter else None
    if own_address is not None:  # (the chapter is the work: its chapter-url= its address)
        fields.values["url"] = own_address[1]
        fields.lines["url"] = template.lines.get(param_key(own_address[0]), template.line)
    year, year_raw, year_notes = _year(fields, template.raw)
    anomalies.extend(year_notes)
    dated = act(title) if year_raw is None and title else None
    if dated is not None:  # "Gesetz, betreffend … vom 30. Juni 1900": the act's date
        year, year_raw = int(dated[1]), dated[1]
    people = authors(template.params, template.name)
    if template.name == "cite patent":
        people = people or patent_people(template.params)
        dated_patent = patent_date(template.params) if year_raw is None else None
        if dated_patent is not None:
            year, year_raw = dated_patent[0], str(dated_patent[0])
    if template.name in MEDIA_TEMPLATES and not people:
        people = media_people(template.params.get("people", ""))
    if not people and not chapter and not fields.values.get("host"):
        # an edited book with no author goes by its editors, as CS1 prints it ("Strand,
        # Ola, ed. (2001). Title") and as citeproc cites a .bib entry with editors alone
        # (the editors of a book a chapter or an entry is in are no authors of it)
        people = editors(template.params)
        if not people and template.name == "literatur" and template.params.get("hrsg"):
            people = tuple(_german_people(template.params["hrsg"]))
    url = url_raw = url_display = None
    if "url" in fields.values:
        line = fields.lines["url"]
        # (a scheme-relative "//host/path" is read over https, as the wiki shows it)
        found = extract_urls(with_scheme(fields.values["url"]), (line,))
        anomalies.extend(found.anomalies)
        url_raw = fields.values["url"]
        if found.urls and found.urls[0].url:
            url, url_display = found.urls[0].url, found.urls[0].display
        else:
            message = f"url= holds no usable URL: {url_raw!r}"
            anomalies.append(Anomaly(AnomalyCode.URL_INVALID, message, line))
    elif (
        kind is RefKind.WEB
        and template.name not in MEDIA_TEMPLATES
        and not _identified(template.params, fields.values.get("doi"))
    ):
        # (a film or a broadcast is cited without an address; a data set or a page held
        # in a repository by its DOI or handle has the address the identifier links)
        message = f"{{{{{template.name}}}}} without url="
        anomalies.append(Anomaly(AnomalyCode.URL_MISSING, message, template.line))
    access = access_raw = None
    if "access" in fields.values:
        access_raw = fields.values["access"]
        written = ascii_digits(access_raw.strip())
        access = parse_date(written) or _local_date(written) or script_date(written)
        local_names = _LOCAL_ALIASES["access"] + _RTL_ALIASES["access"] + _ASIAN_ALIASES["access"]
        # a localised template, a date in a script's own digits ("৩০ মে ২০২২") or with a
        # month named in a script other than Latin ("12 مارچ 2023"), is local
        local = (
            written != access_raw.strip()
            or template.name in _LOCAL_KINDS
            or any(template.params.get(n, "").strip() for n in local_names)
            or (non_latin_word(written) and named_month(written) is None)
        )
        if access is None and not (local and _worded_local_date(access_raw)):
            message = f"access-date {access_raw!r} is not a date"
            line = fields.lines["access"]
            anomalies.append(Anomaly(AnomalyCode.ACCESS_DATE_INVALID, message, line))
    archive = None
    if "archive" in fields.values:
        found = extract_urls(with_scheme(fields.values["archive"]), (fields.lines["archive"],))
        archive = found.urls[0].url if found.urls else None
    doi_value = fields.values.get("doi")
    # ("doi=10.1234.x.5": a DOI written wrong, reported and not kept, :mod:`.template_doi`)
    bad_doi = template_doi.malformed_template_doi(
        doi_value or "", fields.lines.get("doi", template.line)
    )
    if bad_doi is not None:
        anomalies.append(bad_doi)
        doi_value = None
    ref = Reference(
        raw=template.raw,
        line=template.line,
        end_line=template.end_line,
        kind=kind,
        style=STYLE,
        authors=people,
        title=title,
        host=host,
        year=year,
        year_raw=year_raw,
        url=url,
        url_raw=url_raw,
        url_display=url_display,
        access_date=access,
        access_date_raw=access_raw,
        publisher=fields.values.get("publisher"),
        place=fields.values.get("place"),
        pages=fields.values.get("pages"),
        volume=fields.values.get("volume"),
        issue=fields.values.get("issue"),
        doi=_doi(doi_value, url),
        language=_language(fields, title, template.name),
        electronic=url is not None,
        anomalies=tuple(anomalies),
        archive_url=archive,
    )
    # (|pmid=, |pmc=, |isbn=, |arxiv=; {{cite arXiv}}'s |eprint=: :mod:`.identifiers`)
    params = dict(template.params)
    if template.name == "cite arxiv":
        params["archiveprefix"] = "arxiv"
    return _thesis(with_identifiers(ref, identifiers_of_fields(params)), template.params)


def _thesis(ref: Reference, params: Mapping[str, str]) -> Reference:
    """{{cite thesis}} (``degree=``/``type=``, its ``publisher=``/``institution=``/``school=``
    the university), a book template whose ``type=`` names a thesis (French {{Ouvrage}}'s
    ``type=thèse``) and {{Literatur}}'s ``Hochschulschrift=Dissertation, Universität X``."""
    written = params.get("hochschulschrift", "").strip()
    # (the type in the template's own language: Polish and Czech "typ=rozprawa doktorska",
    # German "Typ=Dissertation", Spanish and Italian "tipo=tesis doctoral")
    typed = next((params[n] for n in _TYPE_PARAMS if params.get(n, "").strip()), "").strip()
    named = designation(typed) if typed else None
    if ref.kind in (RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB):
        if written:
            found = designation(written)
            school = institution(written, found) if found is not None else None
            kind_text = found.text if found is not None else written
            return structured(ref, written_type=kind_text, school=school)
        if named is None or named.text.casefold() != typed.casefold():
            return ref
    elif ref.kind is not RefKind.THESIS:
        return ref
    degree = (params.get("degree") or typed).strip() or None
    school = (params.get("school") or params.get("institution") or "").strip() or ref.publisher
    publisher = ref.publisher if ref.publisher != school else None
    return dataclasses.replace(
        structured(ref, written_type=degree, school=school), publisher=publisher
    )
