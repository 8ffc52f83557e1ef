"""Pieces shared by the Markdown-like readers.

* page artifacts: short lines repeated on many pages ("FOR AUTHOR USE ONLY",
  running heads) are recognised by repetition, not by a list of phrases;
* the literature list: found by its heading (English or Russian) and read as
  a numbered or bulleted list whose items may continue over several lines
  (a line that looks like a new item but cannot be one, such as ``2023. -
  URL:`` after an item ending in ``-``, is a continuation);
* body paragraphs: markers are removed from the text and their offsets kept;
  a paragraph interrupted by a footnote block or a page artifact is joined to
  its continuation; machine-translation placeholders (``xml-ph-0000@dee``) are
  removed and their positions kept, so a marker displaced by the converter can
  be put back where it stood.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawMarker, RawNote, Reference, TextBlock
from bibcheck.parse.numbering import literature_numbering
from bibcheck.parse.references.quote_pairs import EN_FR_CLOSINGS
from bibcheck.parse.table_rows import row_lines
from bibcheck.readers.annotatedhead import annotated_list, without_annotation
from bibcheck.readers.bulletlabels import inner_label
from bibcheck.readers.cjkheadings import without_list_word
from bibcheck.readers.cjklist import bare_marked_work
from bibcheck.readers.coursescope import uncoursed
from bibcheck.readers.grouplist import is_sub_item, opens_group, split_groups
from bibcheck.readers.headingkey import section_heading_key
from bibcheck.readers.headqualifier import unqualified
from bibcheck.readers.headscope import unscoped
from bibcheck.readers.labeloff import paragraph_labels, without_label
from bibcheck.readers.labelsplit import joined_works, starts_next_entry
from bibcheck.readers.lettered import LETTER, follows, is_lettered
from bibcheck.readers.lettered import base as lettered_base
from bibcheck.readers.lettered import label as lettered_label
from bibcheck.readers.listafter import credit_item
from bibcheck.readers.markuptables import (
    Cell,
    Rule,
    aligned_cells,
    aligned_columns,
    caption_label,
    claim_offset,
    claims_row,
    column_spans,
    grid_columns,
    is_dash_line,
    is_row,
    row_breaks,
    row_cells,
    rule_kind,
    sentence_cells,
)
from bibcheck.readers.namesline import names_only
from bibcheck.readers.numlabels import expand
from bibcheck.readers.proseentry import REFERENCE_SIGN, running_prose
from bibcheck.readers.typedlabels import typed_numbering
from bibcheck.readers.wrapday import day_after_month
from bibcheck.text import ascii_digits, fold_accents
from bibcheck.textmemo import text_memo

# Pandoc-crossref / Quarto cross-reference prefixes: "@fig-map", "@sec-intro", "@rem-kl" are
# references to the document's own figures, sections and theorem-like blocks, not citations
# (also Typst's i-figured "@eqt:euler" and the appendix labels "app:data").
CROSS_REF_PREFIXES = (
    "fig|tbl|sec|eq|eqt|lst|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg|apx|app|nte|tip|wrn"
    "|imp|cau|tab|ch|chap|table|figure|equation|section|appendix"
)

# Headings of a list of the works cited, in the languages manuscripts are written in.
# One vocabulary serves the readers (where a list starts) and coverage (a list left unread
# is reported), so a heading one knows the other never ignores.
LITERATURE_WORDS = frozenset(
    {
        # English
        "literature", "references", "reference list", "list of references", "bibliography",
        "sources", "works cited", "literature cited", "cited literature", "works consulted",
        "selected bibliography", "references and notes", "notes and references",
        "sources cited", "references cited", "bibliographical references",
        "normative references", "informative references",  # IETF RFCs, ISO standards
        # Russian
        "список литературы", "литература", "библиография", "список использованных источников",
        "список использованной литературы", "источники", "библиографический список",
        "список источников", "список литературы и источников", "использованная литература",
        "источники и литература", "список источников и литературы",
        # Ukrainian, Belarusian
        "список використаних джерел", "список літератури", "література", "використана література",
        "джерела", "список використаної літератури", "бібліографія", "джерела та література",
        "спіс літаратуры", "літаратура", "спіс выкарыстаных крыніц",
        # German, Dutch, Scandinavian
        "literaturverzeichnis", "literatur", "quellen", "quellenverzeichnis",
        "quellen- und literaturverzeichnis", "quellen und literatur", "verwendete literatur",
        "bibliographie", "bibliografie", "literatuur", "literatuurlijst", "bronnen",
        "litteratur", "litteraturliste", "litteraturförteckning", "referanser", "referenser",
        "kilder", "källor", "referenties", "referentielijst", "literatuurverwijzingen",
        "geraadpleegde literatuur", "gebruikte literatuur", "referenzen", "literaturangaben",
        "literaturliste", "zitierte literatur", "referencer", "litteraturhenvisninger",
        # French, Spanish, Italian, Portuguese, Polish, Czech, Turkish
        "références", "références bibliographiques", "bibliografía", "referencias",
        "referencias bibliográficas", "fuentes", "bibliografia", "riferimenti bibliografici",
        "referências", "referências bibliográficas", "źródła", "seznam literatury",
        "použitá literatura", "kaynakça", "kaynaklar", "literatura", "seznam použité literatury",
        "prameny a literatura", "fonti", "fonti e bibliografia", "opere citate",
        "referências e notas", "obras citadas", "literatura citada", "wykaz literatury",
        # Greek, Hungarian, Finnish, Romanian
        "βιβλιογραφία", "αναφορές", "παραπομπές", "irodalom", "felhasznált irodalom",
        "hivatkozások", "lähteet", "kirjallisuus", "bibliografie selectivă", "referințe",
        "referinţe", "surse", "források", "irodalomjegyzék", "felhasznált források",
        "lähdeluettelo", "kirjallisuusluettelo", "viitteet",
        # Bulgarian, Serbian, Croatian, Slovak, Slovene
        "използвана литература", "източници", "цитирана литература", "референце", "извори",
        "izvori", "reference", "zoznam literatúry", "použitá literatúra", "viri",
        "korištena literatura", "korišćena literatura", "коришћена литература",
        "upotrijebljena literatura", "citirana literatura", "bibliografija", "библиографија",
        "izvori i literatura", "извори и литература", "literatura i izvori",
        # Macedonian
        "користена литература", "користени извори", "референци",
        # Chinese, Japanese, Korean, Vietnamese, Indonesian
        "参考文献", "參考文獻", "参考资料", "參考資料", "引用文献", "文献", "主要参考文献",
        # (Japanese 参考資料; the Chinese humanities' "books cited", Taiwan's 徵引書目)
        "参考資料", "参考书目", "參考書目", "引用书目", "引用書目", "征引书目", "徵引書目",
        "참고문헌", "참고 문헌", "참고자료", "tài liệu tham khảo", "daftar pustaka", "referensi",
        # (sources: Korean 출처 and 참고 자료, Japanese 出典, Chinese 来源 / 出处, as blog posts,
        # explainers and wiki pages head the list of what they link to)
        "출처", "참고 자료", "자료 출처", "出典", "出典一覧", "来源", "來源", "资料来源",
        "資料來源", "出处", "出處", "引用来源", "引用來源",
        # (and the sources of Vietnamese, Belarusian, Basque, Welsh and Albanian pages)
        "tham khảo", "nguồn", "крыніцы", "iturriak", "ffynonellau", "burimet",
        "pustaka", "rujukan", "senarai rujukan", "bibliografi",
        # Indonesian, Malay, Filipino, Vietnamese, Thai (theses and journal pages)
        "daftar referensi", "daftar rujukan", "kepustakaan", "daftar kepustakaan",
        "sumber rujukan", "senarai bibliografi", "sanggunian", "mga sanggunian",
        "talasanggunian", "bibliograpiya", "thư mục", "thư mục tham khảo",
        "tài liệu trích dẫn", "danh mục tài liệu tham khảo", "รายการอ้างอิง", "อ้างอิง",
        # Catalan, Lithuanian, Latvian, Estonian, Slovak, Slovenian, Croatian
        "referències", "bibliografia citada", "literatūra", "literatūros sąrašas",
        "naudota literatūra", "šaltiniai", "izmantotā literatūra", "kirjandus", "viited",
        "zoznam použitej literatúry", "použitá literatúra a pramene", "literatura in viri",
        "popis literature",
        # Arabic, Persian, Hebrew, Hindi, Thai, Georgian, Armenian
        "المراجع", "المصادر", "المصادر والمراجع", "قائمة المراجع", "قائمة المصادر والمراجع",
        "قائمة المصادر", "ثبت المصادر والمراجع", "مصادر البحث", "المراجع العربية",
        "المراجع الأجنبية", "منابع", "منابع و مآخذ",
        # (Sorani Kurdish "sources", Kurmanji "sources" / "references", Persian "list of sources")
        "سەرچاوەکان", "سەرچاوە", "لیستی سەرچاوەکان", "ژێدەرەکان", "çavkanî", "çavkaniyên",
        "jêder", "فهرست منابع",
        "کتابنامه", "מקורות", "ביבליוגרפיה", "רשימת מקורות", "לקריאה נוספת", "संदर्भ",
        "संदर्भ सूची", "ग्रंथसूची", "บรรณานุกรม", "เอกสารอ้างอิง", "ლიტერატურა",
        "გამოყენებული ლიტერატურა", "գրականություն",
        # Bengali, Hindi, Nepali, Marathi, Urdu, Tamil, Telugu, Malayalam, Kannada, Gujarati,
        # Punjabi (Wikipedia and journal usage)
        "তথ্যসূত্র", "গ্রন্থপঞ্জি", "গ্রন্থপঞ্জী", "তথ্যপঞ্জি", "সহায়ক গ্রন্থ", "গ্রন্থতালিকা",
        "সূত্রনির্দেশ", "টীকা ও তথ্যসূত্র", "रेफरेन्स", "सन्दर्भ", "सन्दर्भ सूची", "सन्दर्भ सामग्री",
        "सन्दर्भ सामग्रीहरू", "संदर्भ सामग्री", "संदर्भ ग्रंथ", "संदर्भ ग्रंथ सूची",
        "सन्दर्भ ग्रन्थ", "सन्दर्भ ग्रन्थ सूची", "ग्रन्थसूची", "संदर्भसूची", "सहायक ग्रंथ सूची",
        # (Marathi and Hindi write the compound in one word)
        "संदर्भग्रंथसूची", "सन्दर्भग्रन्थसूची", "संदर्भग्रंथ", "सन्दर्भग्रन्थ", "संदर्भग्रंथयादी",
        "حوالہ جات", "حوالے", "کتابیات", "مآخذ", "مصادر و مراجع", "மேற்கோள்கள்",
        "உசாத்துணை", "மேற்கோள் நூல்கள்", "துணைநூல் பட்டியல்", "குறிப்புதவிகள்", "మూలాలు",
        "ఉపయుక్త గ్రంథసూచి", "అవలంబం", "അവലംബം", "ഗ്രന്ഥസൂചി", "ಉಲ್ಲೇಖಗಳು", "ಗ್ರಂಥಸೂಚಿ",
        "સંદર્ભ", "સંદર્ભો", "ਹਵਾਲੇ",
        # Afrikaans, Latin
        "bronnelys", "verwysings", "bronne", "bibliographia", "index librorum",
        # sources and mixed lists (Czech, Slovak, Polish, Spanish, Italian, French, German,
        # Dutch, Scandinavian, Portuguese, Greek, Turkish)
        "zdroje", "použité zdroje", "seznam zdrojů", "seznam použitých zdrojů", "prameny",
        "literatura a prameny", "literatura a zdroje", "zoznam použitých zdrojov",
        "źródła i literatura", "literatura przedmiotu", "bibliografía y fuentes",
        "fuentes y bibliografía", "fuentes bibliográficas", "bibliografia e sitografia",
        "sitografia", "bibliographie et sources", "sources et bibliographie", "webographie",
        "literatur- und quellenverzeichnis", "literatur und quellen", "bronvermelding",
        "bronnenlijst", "literatuur en bronnen", "bronnen en literatuur", "källförteckning",
        "referenslista", "litteraturlista", "kildeliste", "kildehenvisninger", "fontes",
        # (Scandinavian and Finnish theses: sources and literature under one heading)
        "käll- och litteraturförteckning", "källor och litteratur", "kilder og litteratur",
        "kilde- og litteraturliste", "kilde- og litteraturfortegnelse", "litteraturfortegnelse",
        "kildefortegnelse", "kjelder og litteratur", "lähteet ja kirjallisuus",
        "fontes e referências", "πηγές", "βιβλιογραφικές αναφορές", "yararlanılan kaynaklar",
        # Icelandic, Faroese, Estonian, Latvian, Slovene, Welsh, Irish, Basque, Maltese
        "heimildir", "heimildaskrá", "helstu heimildir", "ritaskrá", "keldur", "keldulisti",
        "bókmentir", "bókmentalisti", "keldur og bókmentir", "tilvísingar", "bókmenntir",
        "kjelder", "kjeldeliste", "referansar", "litteraturliste og kjelder",
        "kasutatud kirjandus", "allikad", "kasutatud allikad", "allikad ja kirjandus",
        "avoti", "izmantotie avoti", "literatūras saraksts", "izmantotā literatūra un avoti",
        "viri in literatura", "llyfryddiaeth", "cyfeiriadau", "foinsí", "tagairtí",
        "erreferentziak", "bibliografia eta erreferentziak", "bibljografija", "referenzi",
        # Mongolian, Kazakh, Kyrgyz, Uzbek, Azerbaijani, Turkmen, Tatar, Armenian, Georgian
        "ном зүй", "ашигласан ном зүй", "ном зүйн жагсаалт", "ашигласан материал",
        "ашигласан бүтээл", "эх сурвалж", "эх сурвалж ба ном зүй", "әдебиеттер",
        "әдебиеттер тізімі", "пайдаланылған әдебиеттер", "пайдаланылған әдебиеттер тізімі",
        "адабияттар", "колдонулган адабияттар", "адабияттар тизмеси", "adabiyotlar",
        "foydalanilgan adabiyotlar", "adabiyotlar ro'yxati", "adabiyotlar ro‘yxati",
        "foydalanilgan adabiyotlar ro'yxati", "foydalanilgan adabiyotlar ro‘yxati", "manbalar",
        "адабиётлар", "фойдаланилган адабиётлар", "адабиётлар рўйхати", "ədəbiyyat",
        "ədəbiyyat siyahısı", "istifadə olunmuş ədəbiyyat", "istifadə edilmiş ədəbiyyat",
        "mənbələr", "edebiýat", "peýdalanylan edebiýatlar", "әдәбият", "кулланылган әдәбият",
        # Tajik (Cyrillic)
        "адабиёт", "адабиёти истифодашуда", "рӯйхати адабиёт", "рӯйхати адабиёти истифодашуда",
        "феҳристи адабиёт", "сарчашмаҳо", "манбаъҳо", "сарчашмаҳо ва адабиёт", "китобнома",
        "օգտագործված գրականություն", "մատենագիտություն", "ბიბლიოგრაფია",
        # Lao, Khmer
        "ເອກະສານອ້າງອີງ", "ບັນນານຸກົມ", "ເອກະສານອ້າງອີງ ແລະ ບັນນານຸກົມ", "ឯកសារយោង",
        "គន្ថនិទ្ទេស",
        # Amharic, Tigrinya (Ethiopic script)
        "ዋቢ መጻሕፍት", "ዋቢ መጻሕፍትና ጽሑፎች", "ዋቢዎች", "ማጣቀሻዎች", "ማጣቀሻ", "ምንጮች", "ዋቢ ጽሑፎች",
        "መወከሲታት", "መወከሲ", "መወከሲ መጻሕፍቲ", "ምንጭታት", "ዝተጠቕሱ መጻሕፍቲ",
        # Tibetan (and Dzongkha, in the same script: words joined by the tsheg "་"),
        # Burmese, Sinhala (with and without the joiner a conjunct is typed with)
        "དཔྱད་གཞི", "དཔྱད་གཞིའི་ཡིག་ཆ", "ལུང་འདྲེན", "ཁུངས་གཏུགས", "དཔེ་ཆའི་ཐོ",
        "ကိုးကား", "ကိုးကားချက်များ", "ကျမ်းကိုး", "ကျမ်းကိုးစာရင်း",
        "මූලාශ්\u200dර", "මූලාශ්ර", "ආශ්\u200dරිත ග්\u200dරන්ථ", "ආශ්රිත ග්රන්ථ",
    }
)  # fmt: skip

# Headings of a list of notes (endnotes written as a numbered list, not as definitions).
NOTES_WORDS = frozenset(
    {
        "notes", "footnotes", "endnotes", "notes and references", "end notes",
        "примечания", "сноски", "комментарии", "примітки", "заўвагі",
        "anmerkungen", "fußnoten", "fussnoten", "endnoten", "noten", "voetnoten",
        "noter", "fotnoter", "slutnoter", "notas", "notes de fin", "note", "przypisy",
        "poznámky", "notlar", "dipnotlar", "σημειώσεις", "jegyzetek", "huomautukset", "note e",
        "notas de rodapé", "notas finais", "opmerkingen", "бележки", "напомене", "белешке",
        "注", "注釈", "脚注", "注释", "註釋", "주석", "각주", "chú thích", "catatan",
        "catatan kaki", "nota kaki", "notes a peu de pàgina", "notes al final", "pastabos",
        "poznámky pod čiarou", "الهوامش", "حواشي", "ملاحظات", "پانوشت‌ها", "پانوشت ها",
        "یادداشت‌ها", "پانویس‌ها", "پانویس", "پی‌نوشت‌ها", "پی‌نوشت", "پەراوێزەکان", "پەراوێز",
        "تێبینییەکان", "têbînî", "הערות", "הערות שוליים", "टिप्पणियाँ", "เชิงอรรถ", "შენიშვნები",
        "টীকা", "পাদটীকা", "টীকা ও তথ্যসূত্র", "टिप्पणी", "पाद टिप्पणी", "حواشی",
        "குறிப்புகள்", "eindnotas", "notae", "talababa", "mga talababa", "ghi chú",
        "หมายเหตุ",
        "neðanmálsgreinar", "aftanmálsgreinar", "athugasemdir", "fótnotur", "viðmerkingar",
        "märkused", "joonealused märkused", "piezīmes", "zemsvītras piezīmes", "opombe",
        "тайлбар", "зүүлт", "ескертпелер", "ескертулер", "izohlar", "qeydlər", "ծանոթագրություններ",
        "ማስታወሻዎች", "የግርጌ ማስታወሻዎች", "ማስታወሻ",
        # Tibetan, Burmese, Sinhala, Khmer, Lao
        "མཆན", "མཆན་འགྲེལ", "ཞབས་མཆན", "མཇུག་མཆན", "မှတ်စုများ", "မှတ်ချက်များ", "සටහන්",
        "កំណត់សម្គាល់", "ໝາຍເຫດ", "ຫມາຍເຫດ",
    }
)  # fmt: skip


# A script's own full stop a heading may end with, as a Latin one ends with "." or ":":
# the Tibetan shad (and a tsheg before it, "ཁང་།"), the Burmese section mark, the Khmer
# khan, the Ethiopic full stop, the Devanagari danda, the ideographic full stop
_SCRIPT_STOPS = "་།༎༏༐༑༔။၊។៕።፡।॥。 "


class Vocabulary(frozenset[str]):
    """Heading names, looked up without accents on Latin and Greek letters and without a
    script's full stop after them (``མཆན།``)."""

    def __new__(cls, words: frozenset[str]) -> Vocabulary:
        return super().__new__(cls, {fold_accents(w) for w in words})

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (self._has(key) or self._joined(key))

    def _has(self, key: str) -> bool:
        if super().__contains__(fold_accents(key)) or super().__contains__(
            fold_accents(key.rstrip(_SCRIPT_STOPS))
        ):
            return True
        listed = without_list_word(key)  # "参考文献一覧", "참고문헌 목록"
        return listed is not None and super().__contains__(fold_accents(listed))

    def _joined(self, key: str) -> bool:
        """Two or three names of the vocabulary joined by a language's "and", a comma or a
        slash (``webographie et références``, ``fuentes y bibliografía``, ``literatur /
        quellen``): the heading of the one list they name together."""
        parts = _JOINED.split(key.strip())
        return 2 <= len(parts) <= 3 and all(p and self._has(p) for p in parts)


# "and" in the languages of the vocabulary, a comma, a slash, an ampersand
_JOINED = lazy_compile(
    r"\s++(?:and|et|und|y|e|i|og|och|en|és|ja|ir|un|и|і|та|a|ve|dan|và|및|と|&)\s++"
    r"|\s*+[,/]\s*+"
)


LITERATURE_HEADINGS = Vocabulary(LITERATURE_WORDS)
NOTES_HEADINGS = Vocabulary(NOTES_WORDS)

# A heading line; its closing "#"s and spaces are stripped by hand (see heading_text).
HEADING = lazy_compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
BOLD_LINE = lazy_compile(r"^\s*\*\*(.+?)\*\*\s*$")
RULE = lazy_compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
# A line of HTML tags and nothing else ("<div id="ref-a" class="csl-entry">", "</div>"):
# no entry's text, a break between entries (never an entry of its own)
# (each tag read one way only: "<br />" with "/" in the attributes or before ">" doubled
# the ways to read a line of self-closing tags with every tag)
MARKUP_ONLY = lazy_compile(r"^\s*+(?:</?[A-Za-z][\w:.-]*+(?:\s[^<>]*+)?+/?>\s*+)++$")
# Never starting inside a run of spaces: each space is looked at once, not once per start.
PLACEHOLDER = lazy_compile(r"(?<!\s)\s*+\bxml-ph-\d++(?:@\w++)?")
# A line of markup alone: HTML tags (a raw block in Markdown: "</div>", "<aside class=...>")
# or template tags (Liquid/Jinja "{% endcapture %}", Hugo "{{< figure ... >}}")
MARKUP_LINE = lazy_compile(
    r"^\s*+(?:(?:</?[A-Za-z][\w:-]*+(?:\s[^<>]*+)?+/?>|\{%(?:[^%\n]|%(?!\}))*+%\}"
    r"|\{\{[<%](?:[^>%\n]|[>%](?!\}\}))*+[>%]\}\})\s*+)++$"
)
LIST_ITEM = lazy_compile(r"^\s{0,3}(?:(?P<num>\d{1,5})[.)]|(?P<bullet>[-*+]))\s+(?P<text>.*)$")
_URLISH = lazy_compile(r"^\s*(?:<?(?:https?|ftp)://|www\.|\[[^\]]*\]\()", re.I)
_INCOMPLETE_END = lazy_compile(r"(?:[-–—/:,]|URL:|//|\.\s-)\s*$", re.I)
_TERMINAL = lazy_compile(rf"[.!?…:;][\"'”»’)\]]*\s*$|[{EN_FR_CLOSINGS}]\s*$")
_MD_CLEAN = lazy_compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_ESCAPE = lazy_compile(r"\\([!-/:-@\[-`{-~])")


def heading_text(line: str) -> str | None:
    """The text of a Markdown heading line, or None."""
    m = HEADING.match(line)
    if m:
        # "## Title ##": the closing sequence (spaces, '#'s, spaces) is not text.
        text = m.group(2).rstrip().rstrip("#").rstrip()
        return text.replace("**", "").strip()
    return None


def heading_key(line: str) -> str | None:
    """The text of a Markdown or bold heading as a vocabulary key (lower case, trailing
    punctuation, a section number and a phrase of scope dropped: ``## 5.2. Informative
    References:``, ``## References for Chapter 4``), or None if ``line`` is no heading."""
    text = heading_text(line)
    if text is None:
        m = BOLD_LINE.match(line)
        text = m.group(1) if m else None
    if text is None:
        return None
    # (numbers: "5.", "5.2.", "3)", "iv. webographie et références", "vii) bibliografia";
    # scopes: "Works Cited in This Chapter", "Notes to Chapter 4")
    return unscoped(section_heading_key(text))


@text_memo  # (asked of each line by every reader: answered once, bibcheck.textmemo)
def is_literature_heading(line: str) -> bool:
    """Is ``line`` the heading of a literature list (``## Literature``, **References**,
    ``## Annotated Bibliography``: :mod:`bibcheck.readers.annotatedhead`)?"""
    key = heading_key(line)
    if key in LITERATURE_HEADINGS:
        return True
    # ("References (Selected Publications)", "Literatur (Auswahl)": the list's name)
    named = unqualified(key) if key else None
    if named is not None and named in LITERATURE_HEADINGS:
        return True
    # ("Cited Literature for PH 700A Lectures", "Quellen zur Vorlesung": the course's list,
    # :mod:`bibcheck.readers.coursescope`; a list's name only, never a notes heading's)
    if key and uncoursed(key) != key and uncoursed(key) in LITERATURE_HEADINGS:
        return True
    bare = without_annotation(key) if key else None
    return bare is not None and (bare in LITERATURE_HEADINGS or annotated_list(key or ""))


@text_memo  # (asked of each line by every reader: answered once)
def is_notes_heading(line: str) -> bool:
    """Is ``line`` the heading of a list of notes (``## Notes``, ``**Примечания**``)?"""
    return heading_key(line) in NOTES_HEADINGS


_BRACKET_ITEM = lazy_compile(r"^\s{0,3}\[\d{1,5}\]\s+\S")


def notes_list_index(lines: Sequence[str]) -> int | None:
    """Index of the last notes heading with a numbered list under it, or None."""
    found = None
    for i, line in enumerate(lines):
        if is_notes_heading(line):
            nxt = next((ln for ln in lines[i + 1 : i + 6] if ln.strip()), "")
            m = LIST_ITEM.match(nxt)
            # (or numbered in brackets: "[1] Smith, J. …", as hand-numbered notes are)
            if (m and m.group("num")) or _BRACKET_ITEM.match(nxt):
                found = i
    return found


def literature_heading_index(lines: Sequence[str]) -> int | None:
    """Index of the last literature heading (the table of contents may name it too)."""
    found = None
    for i, line in enumerate(lines):
        if is_literature_heading(line):
            found = i
    return found


def find_artifacts(lines: Sequence[str], min_repeats: int = 3) -> set[int]:
    """Indexes of page artifacts: short non-heading lines repeated verbatim."""
    counts = Counter(s for s in (line.strip() for line in lines) if s and _artifact_shape(s))
    repeated = {s for s, n in counts.items() if n >= min_repeats}
    return {i for i, line in enumerate(lines) if line.strip() in repeated}


def _artifact_shape(s: str) -> bool:
    if len(s) > 60 or s.startswith(("#", "<sup>", "[^", "---", "|", ">")):
        return False
    if not any(c.isalnum() for c in s):
        return False  # (a line masking emptied, "* `a=1`" -> "*", or a rule of dashes)
    if LIST_ITEM.match(s) or RULE.match(s) or MARKUP_LINE.match(s):
        return False  # (markup repeats by nature: "</div>" closes every block)
    return True


def artifact_anomalies(lines: Sequence[str], artifacts: set[int]) -> list[Anomaly]:
    """One anomaly per distinct artifact text, at its first line."""
    first: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for i in sorted(artifacts):
        s = lines[i].strip()
        first.setdefault(s, i + 1)
        counts[s] += 1
    return [
        Anomaly(
            AnomalyCode.ARTIFACT_LINE,
            f"page artifact {s!r} repeated {counts[s]} times; ignored "
            "(claims are joined across it)",
            line,
        )
        for s, line in first.items()
    ]


def is_incomplete(text: str) -> bool:
    """Does a reference visibly continue on a later line (ends with '-', 'URL:', '<http…')?"""
    joined = Joined()
    joined.add(text)
    return joined.incomplete()


@dataclass(slots=True)
class Joined:
    """The lines of one reference, to be joined by spaces, and how the text so far ends.

    Adding a line costs its own length: what :func:`is_incomplete` needs (the
    bracket balance and the last line) is kept up to date instead of joining
    all the lines again for every new one.
    """

    parts: list[str] = field(default_factory=list)
    angle: int = 0  # '<' minus '>'
    square: int = 0  # '[' minus ']'
    last: str = ""  # the last line holding text

    def add(self, part: str) -> None:
        self.parts.append(part)
        self.angle += part.count("<") - part.count(">")
        self.square += part.count("[") - part.count("]")
        if part.strip():
            self.last = part

    def incomplete(self) -> bool:
        stripped = self.last.rstrip()
        if not stripped:
            return False
        if self.angle > 0 or self.square > 0:
            return True
        return bool(_INCOMPLETE_END.search(stripped))

    def text(self, sep: str = " ") -> str:
        return sep.join(self.parts)


def looks_like_url_line(line: str) -> bool:
    """A line that is (the rest of) a URL rather than prose."""
    s = line.strip()
    return bool(_URLISH.match(s)) or (bool(s) and " " not in s and "/" in s and len(s) > 8)


def expand_labels(label: str) -> list[str]:
    """``2,3`` -> 2 and 3; ``4-6`` -> 4, 5 and 6; ``[2][3]`` and ``[2], [3]`` -> 2 and 3,
    ``[2]–[4]`` -> 2, 3 and 4 (one superscript citing several notes); a number in any
    script's digits as ASCII (``۳`` -> 3: a note's number is a number), and a list in
    Arabic script (``۲،۳``, its own comma) as any other."""
    # (Pandoc Markdown writes an en dash "--": "7--9")
    label = ascii_digits(label).replace("،", ",").replace("--", "-")
    if "[" in label:
        label = re.sub(
            r"\]\s*([,;–-]?)\s*\[",
            lambda m: "-" if m.group(1) in ("–", "-") else ",",
            label.replace("\\", ""),
        ).strip("[] ")
    if _A_LETTER.search(label) and _LETTERED_LIST.fullmatch(label):
        return expand(label)
    if not _LABEL_LIST.fullmatch(label):
        return [label]
    labels: list[str] = []
    for part in label.strip().split(","):
        bounds = [b.strip() for b in re.split(r"[–-]", part.strip())]
        first, last = int(bounds[0]), int(bounds[-1])
        if len(bounds) == 2 and first <= last and last - first < 50:
            labels.extend(str(n) for n in range(first, last + 1))
        else:
            labels.extend(bounds)
    return labels


_LABEL_LIST = lazy_compile(r"\d+(?:\s*[,–-]\s*\d+)+")
# (a citation of an entry lettered in revision: "3a", "3a,4", "2–3a" (numlabels.expand))
_LETTERED_LIST = lazy_compile(rf"\d+{LETTER}?(?:\s*[,–-]\s*\d+{LETTER}?)*")
_A_LETTER = lazy_compile(r"\d[a-z]")
_OTHER_SUP = lazy_compile(r"</?(?:sup|sub)>")


def clean_inline(text: str) -> str:
    """Markdown emphasis, backslash escapes and leftover <sup>/<sub> tags removed."""
    text = _OTHER_SUP.sub("", text)
    text = _MD_CLEAN.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return text


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text))


# --------------------------------------------------------------------------
# Literature lists
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    label: str
    number: int | None
    parts: Joined
    lines: list[int]


def read_list(
    lines: Sequence[str],
    start: int,
    artifacts: set[int],
    end: int | None = None,
    *,
    paragraphs: bool = False,
) -> tuple[list[RawNote], list[Anomaly], int]:
    """Read a numbered or bulleted reference list starting at index ``start``.

    With ``paragraphs``, a region with no list items is read as a list of paragraphs
    (:func:`read_paragraph_list`).  Returns the items, the anomalies, and the index
    where the list ended.
    """
    stop = len(lines) if end is None else end
    items: list[_Item] = []
    i = start
    while i < stop:
        line = lines[i]
        if i in artifacts or not line.strip() or MARKUP_ONLY.match(line):
            i += 1
            continue
        if heading_text(line) is not None:
            break
        m = LIST_ITEM.match(line)
        prev = items[-1] if items else None
        lettered = _LETTERED_ITEM.match(line)
        if lettered and prev is not None and _lettered_next(lettered.group("num"), prev):
            parts = Joined()
            parts.add(lettered.group("text").strip())
            printed = lettered_label(lettered.group("num"))
            items.append(_Item(printed, lettered_base(printed), parts, [i + 1]))
            i += 1
            continue
        # (a sub-item of a group of works, "  - Title" under "- Books": see grouplist)
        child = prev is not None and is_sub_item(line) and opens_group(lines[prev.lines[0] - 1])
        if m and m.group("num") and len(items) >= 2 and _credits_start(m):
            break  # a figure-sources list numbered from 1 again ("1. Figure 1: …")
        # ("… Epub 2014 Feb" / "21. Erratum in: …": a date's day wrapped, no new item)
        wrapped_day = (
            prev is not None and prev.lines[-1] == i and day_after_month(lines[i - 1], line)
        )
        if m and not child and not wrapped_day and _starts_item(m, prev):
            # ("* 1. Oke, T. R., …", "- [2] Lee, K. …": a bulleted item numbered as well,
            # the number its label)
            inner = inner_label(m.group("text")) if m.group("bullet") else None
            written = inner[0] if inner else m.group("num")
            number = int(written) if written else None
            label = ascii_digits(written or str(len(items) + 1))
            parts = Joined()
            parts.add((inner[1] if inner else m.group("text")).strip())
            items.append(_Item(label, number, parts, [i + 1]))
        elif prev is not None and (
            prev.parts.incomplete()
            or looks_like_url_line(line)
            # (the item's authors alone on its first line, "Lee K, Han S.": the title and
            # source go on in the lines right under it, Markdown's lazy continuation)
            or (prev.lines[-1] == i and _names_first(lines, prev))
            or wrapped_day
            # (a line indented under the item's text, right after it: the item's own)
            or (_ITEM_INDENT.match(line) is not None and prev.lines[-1] == i)
            or child
        ):
            prev.parts.add(line.strip())
            prev.lines.append(i + 1)
        elif not items:
            i += 1  # prose between the heading and the list
            continue
        else:
            break
        i += 1
    if not items and paragraphs:
        found = read_paragraph_list(lines, start, artifacts, stop)
        return found, joined_works(found, lines) + typed_numbering(found, lines), i
    notes = [
        RawNote(it.label, it.parts.text("\n"), it.lines[0], it.lines[-1], tuple(it.lines))
        for it in items
    ]
    if all(it.number is None for it in items):
        # a bulleted list's groups ("* Books" over sub-items): each work an entry
        notes = split_groups(notes, lines)
    return notes, _list_numbering(items), i


def _names_first(lines: Sequence[str], item: _Item) -> bool:
    """Does ``item``'s first line hold its authors only (:func:`names_only`)?"""
    m = LIST_ITEM.match(lines[item.lines[0] - 1])
    return m is not None and names_only(m.group("text"))


_HARD_BREAK = lazy_compile(r"(?:\\| {2,})$")


def written_as_paragraphs(items: Sequence[RawNote], lines: Sequence[str]) -> bool:
    """Was a list read by :func:`read_list` one of paragraphs (no item is a list item)?
    Such a list is written in a citation style, so it is parsed with style detection."""
    return bool(items) and not any(LIST_ITEM.match(lines[n.line - 1]) for n in items)


def read_paragraph_list(
    lines: Sequence[str], start: int, artifacts: set[int], end: int | None = None
) -> list[RawNote]:
    """A reference list written as paragraphs, as author-date and notes-bibliography
    styles print it (``Barnouw, Erik. *A Tower in Babel* ...``, a hanging indent or
    a blank line between entries): each paragraph is an entry, and so is each line
    ended by a hard line break (a trailing backslash or two spaces).  Paragraphs before
    the first that looks like a reference (a year, an address) introduce the list; a
    bold line inside it is a sub-heading.  Entries are labelled 1, 2 ... in order.
    """
    stop = len(lines) if end is None else end
    items: list[_Item] = []
    current: _Item | None = None
    for i in range(start, stop):
        line = lines[i]
        if heading_text(line) is not None:
            break
        if (
            i in artifacts
            or not line.strip()
            or BOLD_LINE.match(line)
            or RULE.match(line)
            or MARKUP_ONLY.match(line)
        ):
            current = None
            continue
        if current is not None and starts_next_entry(lines[current.lines[0] - 1], line):
            current = None  # "[2] …" right under "[1] …": the next entry, no blank between
        if current is None:
            current = _Item("", None, Joined(), [])
            items.append(current)
        current.parts.add(_HARD_BREAK.sub("", line.rstrip("\n")).strip())
        current.lines.append(i + 1)
        if _HARD_BREAK.search(line):
            current = None
    first = next(
        (
            k
            for k, it in enumerate(items)
            # (a classic's bare entry, no year to show: "一然, 『三國遺事』.")
            if REFERENCE_SIGN.search(it.parts.text()) or bare_marked_work(it.parts.text())
        ),
        len(items),
    )
    # (a paragraph of sentences about the list further down, a note on it: no entry)
    works = [it for it in items[first:] if not running_prose(it.parts.text())]
    # ("[1] …", "[2] …", "[4] …": the numbers typed, a gap kept, and taken off the text
    # before it is parsed; else 1, 2 … in order)
    typed = paragraph_labels([lines[it.lines[0] - 1] for it in works])
    numbers = typed or [str(n) for n in range(1, len(works) + 1)]
    return [
        RawNote(
            n,
            without_label(it.parts.text("\n")) if typed else it.parts.text("\n"),
            it.lines[0],
            it.lines[-1],
            tuple(it.lines),
        )
        for n, it in zip(numbers, works, strict=True)
    ]


_ITEM_INDENT = lazy_compile(r"^(?: {2,}|\t)\S")
# An entry lettered in revision in a numbered list: "3a." after "3." (:mod:`lettered`)
_LETTERED_ITEM = lazy_compile(rf"^\s{{0,3}}(?P<num>\d{{1,5}}{LETTER})[.)]\s+(?P<text>\S.*)$")


def _lettered_next(printed: str, prev: _Item) -> bool:
    """Is a lettered item (``3a.``) the one after ``prev`` (``3.`` or ``3`` lettered
    before it, ``2a.`` after ``2.``), in a numbered list?"""
    return prev.number is not None and follows(prev.label, lettered_label(printed))


def _credits_start(m: re.Match[str]) -> bool:
    """Does a numbered item restart at 1 with a figure's source or credit
    (:func:`bibcheck.readers.listafter.credit_item`): a list of its own?"""
    return int(ascii_digits(m.group("num"))) == 1 and credit_item(m.group("text"))


def _starts_item(m: re.Match[str], prev: _Item | None) -> bool:
    if m.group("bullet") or prev is None:
        return True
    number = int(m.group("num"))
    if prev.number is not None and number == prev.number + 1:
        return True
    if prev.parts.incomplete() and not _ends_with_address(prev.parts):
        return False  # "2023. - URL: ..." continuing "... resource]. -"
    return prev.number is None or 0 < number - prev.number < 50 or number <= prev.number


_ADDRESS = lazy_compile(r"(?:https?|ftp)://\S+/")


def _ends_with_address(parts: Joined) -> bool:
    """Does the item end with a whole web address, its path ending in ``/``
    (``…/ten-guidelines/``)?  A line "13. Title …" after it is no rest of the address
    (an address holds no space) but the next item, even where the numbering skips."""
    words = parts.last.split()
    return bool(words) and parts.angle <= 0 and _ADDRESS.fullmatch(words[-1]) is not None


def _list_numbering(items: list[_Item]) -> list[Anomaly]:
    # (a lettered entry, "3a." between "3." and "4.", is no gap and no disorder)
    return literature_numbering(
        [(it.number, it.lines[0]) for it in items if not is_lettered(it.label)]
    )


# --------------------------------------------------------------------------
# Body paragraphs
# --------------------------------------------------------------------------


_TAIL = 256  # characters kept to see how a paragraph ends (sentence end, closing quotes)


@dataclass(slots=True)
class _Para:
    # the text as pieces (joined once at the end: appending to one string is quadratic)
    parts: list[str] = field(default_factory=list)
    length: int = 0
    tail: str = ""  # the last _TAIL characters (how the paragraph ends)
    pieces: list[tuple[int, int]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # each piece's raw source line
    markers: list[tuple[str, int, int, int]] = field(default_factory=list)  # label, line, col, off
    # offset, line, column, text
    placeholders: list[tuple[int, int, int, str]] = field(default_factory=list)
    heading: bool = False
    glued_start: bool = False  # began with a marker glued to the first word
    after_break: bool = False  # a footnote block or page artifact came just before
    after_note: bool = False  # a note's definition (Markdown, Org) came just before
    table: bool = False  # a markup table's row: joined to no paragraph around it
    # a table row's cells: (start, end) of each, and of those that are sentences
    cells: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    rows: set[int] = field(default_factory=set)  # the markers (indices) claiming the row
    filled: int = 0  # the columns a row's cells read so far fill (:meth:`BlockCollector.row`)

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)
            self.tail = (self.tail + text[-_TAIL:])[-_TAIL:]

    @property
    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts[:] = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""


# A line that starts a Markdown/Org list item: a bullet or a number, a space, text
LIST_ITEM_START = lazy_compile(r"[ \t]{0,8}(?P<bullet>[-*+•]|\d{1,3}[.)])[ \t]+\S")


class BlockCollector:
    """Accumulates body lines into paragraphs (:class:`TextBlock`) with marker offsets.

    ``marker`` is the reader's marker pattern with a ``label`` group.
    Call :meth:`line` for body lines, :meth:`blank` for paragraph breaks,
    :meth:`interrupt` where a footnote block or page artifact cut the text.
    Time is linear in the text: no paragraph is ever copied as it grows.
    """

    def __init__(
        self,
        marker: Regex,
        *,
        keys: bool = False,
        list_items: bool = False,
        table_rows: bool = False,
        tables: bool = False,
    ) -> None:
        # ``keys``: the labels are citation keys (Pandoc's, Typst's, AsciiDoc's), each one
        # key as written ("0953-8984-22-26" is no range of notes)
        self._expand = (lambda label: [label]) if keys else expand_labels
        # ``list_items``: a line that starts a list item ("- ", "* ", "2. ") starts a block
        # of its own (the text is markup: a claim in an item is never the item before it)
        self._list_items = list_items
        # ``table_rows``: the lines are laid out text (PDF-to-text, plain text), where a
        # table's rows are lines: each row starts a sentence (parse/table_rows.py)
        self._table_rows = table_rows
        # ``tables``: the lines are lightweight markup (Markdown, Org), whose pipe and grid
        # tables are read a row a block, cells joined (readers/markuptables.py)
        self._tables = tables
        self._rule: Rule | None = None  # the table the lines are in, by its last rule
        self._grid: list[tuple[int, str]] = []  # the lines of a grid row read so far
        self._open_row: _Para | None = None  # a row going on over lines (:meth:`row`)
        # a Pandoc simple or multiline table: its rule's columns, its kind ("simple": a row a
        # line; "multi": rows apart by blank lines; "open": either, the end will say), and
        # the lines read since the last row; ``_dash_open``: a line of dashes after a blank
        self._aligned: list[tuple[int, int]] | None = None
        self._aligned_kind = ""
        self._aligned_lines: list[tuple[int, str]] = []
        self._dash_open = False
        self._marker = marker
        self._inline = re.compile(marker.pattern + "|" + PLACEHOLDER.pattern, marker.flags)
        self._paras: list[_Para] = []
        self._current: _Para | None = None
        self._interrupted = False
        self._after_note = False
        self._join_next = False

    def blank(self) -> None:
        self._blank_aligned()
        self._dash_open = False
        self._end_row()
        self._end_table()
        self._close()

    def _close(self) -> None:
        if self._current is not None:
            self._paras.append(self._current)
            self._current = None

    def interrupt(self) -> None:
        """A footnote block or artifact: the next paragraph may continue the last."""
        self.blank()
        self._interrupted = True

    def note(self) -> None:
        """A note's definition (Markdown's ``[^n]:``, Org's ``[fn:n]``) between two
        paragraphs: a paragraph break, as a blank line is.  The next paragraph goes on
        with the last only when it opens as no sentence does (a lower-case word, a comma):
        a claim never runs back over a definition into the paragraph before it."""
        self.blank()
        self._interrupted = False
        self._after_note = True

    def heading(self, line_no: int, text: str) -> None:
        self.blank()
        self._aligned = None  # (a Pandoc table left open ends at a heading)
        para = _Para(heading=True)
        self._append(para, line_no, text)
        self._paras.append(para)
        self._interrupted = self._after_note = False

    def line(self, line_no: int, text: str, *, glue: bool = False) -> None:
        """A body line; ``glue`` joins it to the previous line without a space
        (the rest of a word hyphenated at the line end)."""
        self._end_row()
        if self._tables and (self._aligned_line(line_no, text) or self._table_line(line_no, text)):
            return
        item = LIST_ITEM_START.match(text) if self._list_items else None
        if item is not None:  # (its bullet or number is markup: blanked, columns kept)
            self._close()
            text = " " * item.end("bullet") + text[item.end("bullet") :]
        shift = caption_label(text) if self._tables and self._current is None else 0
        if self._current is None:
            self._current = _Para(after_break=self._interrupted, after_note=self._after_note)
            self._interrupted = self._after_note = False
            self._current.glued_start = bool(
                (m := self._marker.match(text.lstrip()))
                and text.lstrip()[m.end() : m.end() + 1].isalpha()
            )
        self._append(self._current, line_no, text[shift:], glue, shift)

    def row(self, line_no: int, text: str, columns: int = 0, filled: int | None = None) -> None:
        """A line of a table's cells (apart by ``|``): a row of its own, a citation in a
        cell claiming the row (a sentence cell: its sentence).  With ``columns`` (the
        table's), the row goes on over the next lines until it has that many cells
        (AsciiDoc's cells a line each; ``filled``: the columns this line's cells fill, when
        a cell spans several); a blank line or any other line ends it."""
        if self._open_row is None:
            self.blank()
            self._open_row = _Para(table=True)
        para = self._open_row
        cells = row_cells(text)
        for cell in cells:
            self._cell(para, line_no, [cell])
        para.filled += len(cells) if filled is None else filled
        if not columns or para.filled >= columns:
            self._end_row()

    def _end_row(self) -> None:
        para, self._open_row = self._open_row, None
        if para is not None:
            self._add_row(para)

    def _read_row(self, line_no: int, text: str) -> None:
        para = _Para(table=True)
        for cell in row_cells(text):
            self._cell(para, line_no, [cell])
        self._add_row(para)

    def _table_line(self, line_no: int, text: str) -> bool:
        """Read ``text`` as a line of a markup table when it is one (a rule or a row)."""
        rule = rule_kind(text)
        if rule is not None:
            self._end_table()
            self._close()
            self._rule = rule
            return True
        if self._rule is Rule.GRID and is_row(text):
            self._grid.append((line_no, text))
            return True
        if not is_row(text) and not (self._rule is Rule.PIPE and "|" in text):
            self._end_table()
            return False
        self._close()
        self._read_row(line_no, text)
        return True

    def _aligned_line(self, line_no: int, text: str) -> bool:
        """Read ``text`` as a line of a Pandoc simple or multiline table when it is one (a
        column rule, a line of dashes around a multiline table, a row's line)."""
        spans = column_spans(text)
        if self._aligned is not None:
            if spans is not None or is_dash_line(text):  # the table's closing rule
                self._flush_aligned(simple=spans is not None or self._aligned_kind == "simple")
                self._aligned = None
            elif self._aligned_kind == "simple":
                self._aligned_row([(line_no, text)])
            else:
                self._aligned_lines.append((line_no, text))
            return True
        if spans is not None and self._rule is None:
            kind = "multi" if self._dash_open else "open"
            if self._current is not None:  # the header: one line, or any under the dashes
                if not self._dash_open and len(self._current.pieces) != 1:
                    return False
                kind = "multi" if self._dash_open else "simple"
                self._close()
            self._dash_open = False
            self._aligned, self._aligned_kind = spans, kind
            return True
        if self._current is None and self._rule is None and is_dash_line(text):
            self._dash_open = True  # a multiline table's top border, or a rule: no text
            return True
        return False

    def _blank_aligned(self) -> None:
        """A blank line in a Pandoc table: a simple table ends, a multiline row does."""
        if self._aligned is None:
            return
        if self._aligned_kind == "simple":
            self._aligned = None
            return
        self._aligned_kind = "multi"
        self._flush_aligned(simple=False)

    def _flush_aligned(self, *, simple: bool) -> None:
        """The lines read since the last row: a row each (``simple``), else one row."""
        lines, self._aligned_lines = self._aligned_lines, []
        if simple:
            for line in lines:
                self._aligned_row([line])
        elif lines:
            self._aligned_row(lines)

    def _aligned_row(self, lines: list[tuple[int, str]]) -> None:
        """One row of a Pandoc table (its lines), read column by column."""
        spans = self._aligned or []
        para = _Para(table=True)
        if len(lines) == 1:
            line_no, text = lines[0]
            for cell in aligned_cells(text, spans):
                if cell.text:
                    self._cell(para, line_no, [cell])
        else:
            numbers = [line_no for line_no, _ in lines]
            for column in aligned_columns([text for _, text in lines], spans):
                self._cell(para, numbers, column)
        self._add_row(para)

    def _end_table(self) -> None:
        """The lines of a grid row read so far, as one block read column by column."""
        self._rule = None
        if not self._grid:
            return
        rows, self._grid = self._grid, []
        para = _Para(table=True)
        for column in grid_columns([text for _, text in rows]):
            lines = [line_no for line_no, _ in rows]
            self._cell(para, lines, column)
        self._add_row(para)

    def _cell(self, para: _Para, lines: int | list[int], cells: list[Cell]) -> None:
        """One cell (its pieces, a line each) added to a table row's ``para``."""
        start = para.length + (1 if para.length else 0)
        for k, cell in enumerate(cells):
            if cell.text:
                line_no = lines if isinstance(lines, int) else lines[k]
                self._append(para, line_no, cell.text, shift=cell.start)
        if para.length > start:
            para.cells.append((start, para.length))

    def _add_row(self, para: _Para) -> None:
        """A table row read: a citation in a cell claims the row (its markers moved to the
        row's end), one in a sentence cell that sentence."""
        if not para.length and not para.markers:
            return
        para.sentences = sentence_cells(para.text, para.cells)
        para.rows = {
            k for k, (*_, off) in enumerate(para.markers) if claims_row(off, para.sentences)
        }
        para.markers = [
            (label, line, col, claim_offset(off, para.sentences, para.length))
            for label, line, col, off in para.markers
        ]
        self._paras.append(para)

    def _append(
        self, para: _Para, line_no: int, text: str, glue: bool = False, shift: int = 0
    ) -> None:
        """``text`` (the line's from column ``shift`` on) added to ``para``."""
        if para.length and not para.parts[-1].endswith(" ") and not glue:
            para.add(" ")
        para.pieces.append((para.length, line_no))
        para.sources.append(text)
        pos = 0
        for m in self._inline.finditer(text):
            para.add(clean_inline(text[pos : m.start()]))
            if m.groupdict().get("label"):
                for label in self._expand(m.group("label")):
                    para.markers.append((label, line_no, shift + m.start() + 1, para.length))
            else:
                text_at = m.group(0).strip()
                column = shift + text.index(text_at, m.start()) + 1
                para.placeholders.append((para.length, line_no, column, text_at))
            pos = m.end()
        para.add(clean_inline(text[pos:]).rstrip())

    def finish(self) -> tuple[list[TextBlock], list[RawMarker], list[Anomaly]]:
        self.blank()
        paras = _join_paragraphs(self._paras)
        blocks: list[TextBlock] = []
        markers: list[RawMarker] = []
        anomalies: list[Anomaly] = []
        for para in paras:
            index = len(blocks)
            block = TextBlock(para.text, tuple(para.pieces) or ((0, 1),), self._breaks(para))
            blocks.append(block)
            found, notes = _place_markers(para, index)
            markers.extend(found)
            anomalies.extend(notes)
        return blocks, markers, anomalies

    def _breaks(self, para: _Para) -> tuple[int, ...]:
        """Offsets where a table row of ``para``, and the line after it, start (or a
        sentence cell of a markup table's row, and the cell after it)."""
        if para.sentences:
            return row_breaks(para.cells, para.sentences)
        if not self._table_rows or para.heading or len(para.sources) != len(para.pieces):
            return ()
        starts = [offset for offset, _ in para.pieces]
        breaks: set[int] = set()
        for k in row_lines(para.sources):
            breaks.add(starts[k])
            if k + 1 < len(starts):
                breaks.add(starts[k + 1])
        return tuple(sorted(b for b in breaks if b > 0))


def _join_paragraphs(paras: list[_Para]) -> list[_Para]:
    out: list[_Para] = []
    for para in paras:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, para):
            shift = prev.length + 1
            prev.add(" ")
            prev.add(para.text)
            prev.pieces.extend((o + shift, ln) for o, ln in para.pieces)
            prev.sources.extend(para.sources)
            prev.markers.extend((lb, ln, c, o + shift) for lb, ln, c, o in para.markers)
            prev.placeholders.extend((o + shift, ln, c, t) for o, ln, c, t in para.placeholders)
        else:
            out.append(para)
    return out


def _continues(prev: _Para, para: _Para) -> bool:
    """Does ``para`` continue the sentence ``prev`` left open (PDF page/column break)?"""
    if prev.heading or para.heading or not para.length or para.glued_start:
        return False
    if prev.table or para.table:
        return False
    first = para.text.lstrip()[:1]
    if ends_sentence(prev.tail):
        return False
    if para.after_break:
        return True  # the page ended mid-sentence
    if para.after_note:
        return first.islower() or first in ",;:)]»”-–"  # the sentence goes on past the note
    if prev.length > 200 and prev.tail.rstrip()[-1:].isalpha():
        return True  # long prose cut off mid-sentence by a stray blank line
    return first.islower() or first in ",;:)]»”-–"


def _place_markers(para: _Para, index: int) -> tuple[list[RawMarker], list[Anomaly]]:
    markers: list[RawMarker] = []
    anomalies: list[Anomaly] = []
    free_placeholders = list(para.placeholders)
    for k, (label, line, col, offset) in enumerate(para.markers):
        if offset == 0 and para.glued_start and free_placeholders:
            ph_offset, ph_line, ph_col, ph_text = free_placeholders.pop(0)
            anomalies.append(
                Anomaly(
                    AnomalyCode.MARKER_DISPLACED,
                    f"marker {label} stood at the start of a paragraph; put back where the "
                    f"placeholder {ph_text!r} (line {ph_line}) shows it belonged",
                    ph_line,
                    footnote=label,
                )
            )
            markers.append(RawMarker(label, ph_line, ph_col, index, ph_offset, displaced_from=line))
            continue
        if offset == 0 and para.glued_start:
            anomalies.append(
                Anomaly(
                    AnomalyCode.MARKER_GLUED,
                    f"marker {label} is glued to the start of a paragraph",
                    line,
                    footnote=label,
                )
            )
        markers.append(RawMarker(label, line, col, index, offset, row=k in para.rows))
    for _offset, line, _column, text in free_placeholders:
        anomalies.append(
            Anomaly(
                AnomalyCode.LOST_MARKER,
                f"placeholder {text!r} left by machine translation: "
                "a footnote marker was lost here",
                line,
            )
        )
    return markers, anomalies


# --------------------------------------------------------------------------
# Coverage: reference lists that no reader read
# --------------------------------------------------------------------------

# Headings of lists that hold references, in any markup (a superset of the
# headings the Markdown readers read their literature lists from).
REFERENCE_LIST_HEADINGS = LITERATURE_HEADINGS  # one vocabulary (see above)
# A heading is a short line: the lookahead stops a long line at once, so the lazy
# patterns below never try their endings at every position of 40 KB of text.
_ATX = lazy_compile(
    r"^(?=.{0,300}$)\s{0,3}#{1,6}\s+(?P<t>.+?)\s*#*\s*$"
)  # Markdown (a list item in wikitext)
_ORG_HEADING = lazy_compile(
    r"^(?=.{0,300}$)\*+\s+(?P<t>.+?)\s*(?::[\w:@]+:)?\s*$"
)  # a bullet in Markdown
_WIKI_HEADING = lazy_compile(r"^(?=.{0,300}$)(?P<s>={2,6})\s*(?P<t>[^=].*?)\s*(?P=s)\s*$")
_ANY_HEADING = (
    re.compile(r"^(?=.{0,300}$)\s*\*\*(?P<t>[^*]+?)\*\*\s*$"),  # a bold line
    re.compile(r"^(?=.{0,300}$)(?P<s>={1,6})\s+(?P<t>.+?)\s*(?P=s)?\s*$"),  # MediaWiki, AsciiDoc
    re.compile(r"^\s*\\(?:part|chapter|section|subsection)\*?\s*(?:\[[^\]]*\])?\{(?P<t>[^}]+)\}"),
    re.compile(r"^\s*<h[1-6][^>]*>(?P<t>.+?)</h[1-6]>", re.I),  # HTML
    re.compile(r"^\s*\.(?P<t>[^\s.].{0,60})$"),  # AsciiDoc block title
)
_UNDERLINE = lazy_compile(r"^\s*([=\-~^\"'`#*+:.])\1{2,}\s*$")  # setext / reStructuredText
_REF_ITEM = lazy_compile(
    r"^\s*(?:\d{1,4}[.)]\s|\[\d{1,4}\]\s|[-*+•]\s|#{1,3}\s|#\.\s|\\(?:item|bibitem)\b|<li\b"
    r"|\.\.\s+\[[^\]]+\]\s)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ListRegion:
    """A References-like heading and the list items under it (1-based lines)."""

    heading: str
    line: int  # the heading's line
    end: int  # the last line of the region (before the next heading)
    items: int  # list items found in it
    first_item: int  # line of the first item (0 when there is none)


def _heading_patterns(lines: Sequence[str]) -> tuple[Regex, ...]:
    """The heading syntaxes of this text: ``# x`` is a list item in wikitext, ``* x`` a
    bullet everywhere but in Org."""
    sample = lines[:2000]
    wiki = any(_WIKI_HEADING.match(line) for line in sample)
    org = any(line.lower().startswith(("#+title", "#+author", "#+options")) for line in sample)
    found = [] if wiki else [_ATX]
    if org:
        found.append(_ORG_HEADING)
    return (*found, *_ANY_HEADING)


def _heading_of(lines: Sequence[str], i: int, patterns: tuple[Regex, ...]) -> str | None:
    """The heading text if line ``i`` is a heading in any common markup, else None."""
    line = lines[i]
    if not line.strip() or len(line) > 200:
        return None
    for pattern in patterns:
        m = pattern.match(line)
        if m:
            return m.group("t").replace("**", "").strip()
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if _UNDERLINE.match(nxt) and len(line.strip()) <= len(nxt.strip()) + 2:
        if not _REF_ITEM.match(line):
            return line.strip()
    return None


def _heading_key(text: str) -> str:
    key = re.sub(r"\{[^}]*\}\s*$", "", text)  # Pandoc attributes: "References {-}"
    return section_heading_key(key)


def is_reference_list_heading(text: str) -> bool:
    """Does a heading's text name a reference list (References, Литература ...)?"""
    return _heading_key(text) in REFERENCE_LIST_HEADINGS


# A Pandoc inline note that reads as prose (two words near its start): "^[These two steps
# can be combined", not an exponent "2^[n+1]".  (Bounded and possessive: linear on any line.)
PROSE_INLINE_NOTE = lazy_compile(
    r"(?<!\\)\^\[[^\]\n]{0,160}?(?<![^\W\d_])[^\W\d_]{2}[^\W\d_]*+\s++[^\W\d_]{2}"
)
_FRONT_KEY = lazy_compile(r"[\w-]+\s*:")


def opens_metadata(lines: Sequence[str]) -> bool:
    """Does a ``---`` first line open a YAML metadata block (not a horizontal rule)?

    Pandoc's rule: the opening line is not followed by a blank line; YAML comments
    (``# from the rticles template``) may come before the first ``key:``, which must
    come before anything else.
    """
    if len(lines) < 2 or lines[0].strip() != "---" or not lines[1].strip():
        return False
    for line in lines[1:400]:
        if line.lstrip().startswith("#"):
            continue
        return bool(_FRONT_KEY.match(line))
    return False


def front_matter_end(lines: Sequence[str]) -> int:
    """How many lines a YAML front matter block at the top takes (0 for none).

    Only a ``---`` block that :func:`opens_metadata` is metadata (a ``---`` rule is
    not); it ends at the next ``---`` or ``...`` line.
    """
    if not opens_metadata(lines):
        return 0
    for i in range(1, min(len(lines), 400)):
        if lines[i].strip() in ("---", "..."):
            return i + 1
    return 0


# a line that ends mid-sentence: with a letter, a digit, a comma, a dash or a code span
_OPEN_ENDS = ",;`–—-"


def wraps_on(previous: str, line: str) -> bool:
    """Does ``line`` go on with ``previous``'s sentence (a line wrapped, no heading)?

    So it does when ``previous`` is text that ends mid-sentence and ``line`` opens with
    a small letter (``…and writes the`` / ``bibliography``) or is indented under a list
    item (``- `biber`: like bibtex but with`` / ``  References``).  A plain
    ``References`` after a finished sentence, a blank line or a page number is a heading
    (PDF-to-text writes headings with no markup)."""
    end = previous.strip()
    if not end or not (end[-1].isalnum() or end[-1] in _OPEN_ENDS) or end.isdigit():
        return False
    body = line.lstrip()
    if body[:1].islower():
        return True
    indented = len(line) - len(body) >= 2
    return indented and bool(LIST_ITEM.match(previous))


def reference_lists(
    lines: Sequence[str], names: Callable[[str], bool] | None = None
) -> list[ListRegion]:
    """Every References-like heading (any markup) with the list items under it
    (``names``: what names a list's heading, :func:`is_reference_list_heading` unless
    given: a further-reading list's, say).

    A plain short line that is exactly a reference-list name ("References",
    "Список литературы") counts as a heading too: PDF-to-text has no markup.
    YAML front matter is configuration, not text: its ``bibliography:`` key and the
    files listed under it are no reference list.
    """
    named = is_reference_list_heading if names is None else names
    headings: list[tuple[int, str]] = []
    patterns = _heading_patterns(lines)
    start = front_matter_end(lines)
    for i, line in enumerate(lines[start:], start):
        text = _heading_of(lines, i, patterns)
        if (
            text is None
            and 0 < len(line.strip()) < 60
            and named(line)
            and not wraps_on(lines[i - 1] if i > start else "", line)
        ):
            text = line.strip()
        if text is not None:
            headings.append((i, text))
    regions: list[ListRegion] = []
    for k, (i, text) in enumerate(headings):
        if not named(text):
            continue
        stop = headings[k + 1][0] if k + 1 < len(headings) else len(lines)
        items = [j for j in range(i + 1, stop) if _REF_ITEM.match(lines[j])]
        regions.append(ListRegion(text, i + 1, stop, len(items), items[0] + 1 if items else 0))
    return regions


def notes_listed(lines: Sequence[str], note_lines: Sequence[int]) -> bool:
    """Is a note defined under a References-like heading (its first line, 1-based, in
    the section that heading opens)?  Then the notes are the document's list of sources."""
    regions = reference_lists(lines)
    return any(r.line < n <= r.end for r in regions for n in note_lines)


_NAV_TAG = lazy_compile(r"<(/?)nav\b[^<>]{0,2000}>", re.I)


def without_navigation(text: str) -> str:
    """``text`` with its HTML ``<nav>`` elements blanked (same length, same lines): a
    site's sidebar, table of contents or menu links its pages ("References" the link to
    the bibliography page), it lists no works.  Tags are paired by a count of nesting, so
    an unclosed ``<nav>`` blanks to the end of the text, read once."""
    out: list[str] = []
    depth = 0
    at = 0
    for m in _NAV_TAG.finditer(text):
        if m.group(1):  # a closing tag
            if depth == 0:
                continue
            depth -= 1
            if depth == 0:
                out.append(re.sub(r"[^\n]", " ", text[at : m.end()]))
                at = m.end()
        else:
            if depth == 0:
                out.append(text[at : m.start()])
                at = m.start()
            depth += 1
    rest = text[at:]
    out.append(re.sub(r"[^\n]", " ", rest) if depth else rest)
    return "".join(out)


def unread_lists(lines: Sequence[str], read_lines: set[int]) -> list[Anomaly]:
    """``unread-region`` for each reference list none of whose lines any note came from.

    ``read_lines``: the lines of every footnote definition and literature entry
    the reader produced.  Call it on text with code masked
    (:func:`bibcheck.readers.mask.mask`), so a list inside a code block is no list.
    """
    found: list[Anomaly] = []
    for region in reference_lists(lines):
        if region.items == 0:
            continue
        if any(region.line <= n <= region.end for n in read_lines):
            continue
        found.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"the list of {region.items} items under {region.heading!r} (line "
                f"{region.line}) was not read: none of its entries was understood, so none "
                "was checked",
                region.first_item or region.line,
            )
        )
    return found


def cited_entry_notes(
    markers: Sequence[RawMarker], literature: Sequence[RawNote], *, at_citation: bool
) -> list[RawNote]:
    """Numeric styles: one note per cited list entry, in order of first citation.

    The note's text is the entry's.  ``at_citation`` places the note at the line of its
    first citation (plain text, Word: where the reader meets it); otherwise it keeps the
    entry's own lines (a Markdown list the reader can point at).
    """
    entries = {note.label: note for note in literature}
    first: dict[str, int] = {}
    for m in markers:
        first.setdefault(m.label, m.line)
    notes = []
    for label, line in first.items():
        entry = entries.get(label)
        if entry is None:
            continue
        if at_citation:
            starts = tuple(line for _ in entry.text.split("\n"))
            notes.append(RawNote(label, entry.text, line, line, starts))
        else:
            notes.append(RawNote(label, entry.text, entry.line, entry.end_line, entry.line_starts))
    return notes


def entry_text(ref: Reference) -> str:
    """A readable one-line form of a bibliography entry (the text of a note that cites it)."""
    parts = ["; ".join(ref.authors), ref.title or "", ref.host or "", ref.publisher or ""]
    text = ". ".join(p.strip(". ") for p in parts if p and p.strip(". "))
    if ref.year_raw:
        text += f" ({ref.year_raw})"
    if ref.url:
        text += f". {ref.url}"
    elif ref.doi:
        text += f". doi:{ref.doi}"
    return text


def unlisted_numbers(markers: Sequence[RawMarker], literature: Sequence[RawNote]) -> list[Anomaly]:
    """A number cited in the body that the reference list has no entry for (``[15]`` with
    14 entries) cites a work missing from the list: one ``citation-key-missing`` anomaly per
    number, at its first citation (not a footnote without definition: there are no footnotes).
    """
    if not literature:
        return []
    listed = {note.label for note in literature}
    first: dict[str, int] = {}
    for m in markers:
        if m.label not in listed:
            first.setdefault(m.label, m.line)
    return [
        Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"reference {label} is cited but the reference list has no entry {label}",
            line,
            footnote=label,
        )
        for label, line in first.items()
    ]
