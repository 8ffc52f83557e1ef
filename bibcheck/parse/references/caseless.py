"""References written in scripts without capital letters (Arabic, Persian, Urdu, Hebrew,
Thai): the name patterns of the other parsers look for capitals and find none.

The shapes are those of Chicago and ISO 690, by punctuation alone:

``ابن طولون, شمس الدين محمد. القلائد الجوهرية. دمشق: مجمع اللغة العربية, 1980.`` (the
bibliography: names, a full stop, the title, a full stop, place and publisher, year) and
``สุนทรี อาสะไวย์, *ประวัติคลองรังสิต* (กรุงเทพฯ: มหาวิทยาลัยธรรมศาสตร์, 2530), 23.`` (the note:
names, a comma, an italic or quoted title, the facts in parentheses).  Digits and the
Arabic comma arrive already in their Latin forms (see :func:`parse_reference`).  The year
is the one written, in whatever calendar: a Hijri or Buddhist-era year is kept as such.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import bodywords, role_marks
from bibcheck.parse.references.acts import caseless_titled_law
from bibcheck.parse.references.brahmic_initials import BRAHMIC_INITIAL
from bibcheck.parse.references.brahmic_initials import LETTER as BRAHMIC_LETTER
from bibcheck.parse.references.caseless_facts import (
    TailFacts,
    edited_host,
    ethiopic_host,
    indic_tail,
    tail_facts,
)
from bibcheck.parse.references.patterns import ETHIOPIAN_ERA, INDIC_VOLUME_WORD, RECORDING_MEDIUM
from bibcheck.parse.references.quote_pairs import EN_FR_DOUBLE, EN_FR_OPENINGS
from bibcheck.parse.references.reportkind import script_report
from bibcheck.parse.references.shared import Fields, emphasized, quoted, quoted_text, year_of

# a letter of a script without case, first in the reference
# (Hebrew, Arabic, Thai; the Brahmic scripts of India and Sri Lanka, Devanagari to Sinhala;
# Lao, Tibetan (and Dzongkha), Burmese, Georgian, Ethiopic, Khmer)
_CASELESS = lazy_compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff"
    r"\u1000-\u109f\u10d0-\u10ff\u1200-\u139f\u1780-\u17ff]"
)
_NAMES = r"[^\d.:;()*_«»\"“”]{2,80}?"
# (a title may hold an era's abbreviation: "… พ.ศ. 2431–2457", "… ق.م")
_TITLE = r"(?:(?:พ|ค)\.ศ\.|ق\.م|[^.]){2,300}?"
# (an editor's or translator's role after the names: "قزوینی، محمد (مصحح). Title.")
# (an initial of the Brahmic scripts of India: one syllable and its full stop, "కె.", "श्री.")
_BRAHMIC_INITIAL = BRAHMIC_INITIAL
# (the family name, a comma and the initials: "శర్మ, కె. వి.", as Vancouver and ISO 690 invert
# a name of the Brahmic scripts; the initials stay part of the names, never the title)
_INITIALED = rf"[^\d.,:;()*_«»\"“”]{{2,60}}?,\s{_BRAHMIC_INITIAL}(?:\s?{_BRAHMIC_INITIAL}){{0,3}}"
# (or the initials first, in natural order: "కె. వి. శర్మ. Title.")
_INITIALS_FIRST = rf"(?:{_BRAHMIC_INITIAL}\s?){{1,4}}[^\d.,:;()*_«»\"“”]{{2,60}}?(?=\.\s)"
# (a bibliography's inverted name before a title quoted as a note quotes it: "देशपांडे, र.
# 'Title', Journal, खंड 5, …", read as the note "देशपांडे, र., 'Title', …")
_INITIALED_QUOTED = lazy_compile(rf"^(?P<names>{_INITIALED})\s(?P<after>['‘“\"«].+)$")
_BIBLIOGRAPHY = lazy_compile(
    rf"^(?P<names>{_INITIALED}(?=\s)|{_INITIALS_FIRST}|{_NAMES}(?:\s?\([^()\d]{{1,20}}\))?(?=\.\s))\.?\s"
    rf"(?P<title>{_TITLE})(?:\.+\s(?P<rest>.+)|\.*\s*)$"
)
# Vancouver's journal after the title: "Journal. 2004;81(6):22–31." (a month may follow the
# year: "2004 Mar;81:22")
_VANCOUVER_HOST = lazy_compile(
    r"^(?P<journal>[^.;:\d]{2,120})\.\s(?P<year>\d{4})(?:\s[^\W\d_]{3,9}\.?(?:\s\d{1,2})?)?"
    r";\s?(?P<volume>\d{1,5})(?:\((?P<issue>[^()]{1,12})\))?(?::\s?(?P<pages>\d+(?:\s?[–-]\s?\d+)?))?"
)
# a note's names in natural order, initials among them: "डॅनियल एम. न्यूमन" (forename,
# initial, family name), "के. वी. शर्मा"
# (or one name inverted, its initials after the family name: "शर्मा, र.", "ದೇಸಾಯಿ, ಕೆ. ವಿ.")
_NOTE_NAMES = (
    rf"(?:[^\d.,:;()*_«»\"“”]{{1,40}}?\s)?(?:{_BRAHMIC_INITIAL}\s?){{1,3}}"
    rf"[^\d.,:;()*_«»\"“”\s][^\d.,:;()*_«»\"“”]{{1,40}}?|{_INITIALED}|{_NAMES}"
)
# (an editor's role after the names, in parentheses: Hindi and Marathi "(संपा.)" / "(सं.)",
# Bengali "(সম্পা.)", Gujarati "(સંપા.)", "(ed.)": the names edited the work)
_NOTE_ROLE = rf"\((?P<role>{role_marks.INDIC_ABBREVIATED}|{role_marks.INDIC_NOUNS}|eds?)\.?\)"
_NOTE = lazy_compile(rf"^(?P<names>{_NOTE_NAMES})(?:\s?{_NOTE_ROLE})?,\s(?P<after>[*_«“\"'‘].+)$")
# the note with its title unmarked (a Word file's italics lost): names, title, (facts)
_PLAIN_NOTE = lazy_compile(
    rf"^(?P<names>{_NOTE_NAMES}),\s(?P<title>[^()]{{2,300}}?)\s(?P<facts>\(.+)$"
)
# what a note sets after an unmarked title that is no part of it: the volume cited
# ("…, खंड १"), a recording's medium ("…, ध्वनिमुद्रिका", "…, LP")
_TITLE_TAIL = lazy_compile(rf",\s(?:{INDIC_VOLUME_WORD}\s\d+|{RECORDING_MEDIUM})\s*$")
# ... and all in commas, no parentheses: "יוסף קלוזנר, Title, כרך ו, ירושלים: אחיאסף, 1958, עמ' 312"
_COMMA_NOTE = lazy_compile(
    rf"^(?P<names>{_NAMES}),\s(?P<title>[^,:]{{2,200}}),\s(?:[^,:\d]{{1,20}},\s)?"
    r"(?P<place>[^,:]{1,40}):\s?(?P<pub>[^,]{2,80}),\s?(?P<year>\d{4})"
)
# IEEE's book in these scripts: names, a comma, the title unmarked (its translation in
# brackets after it), a full stop, place, publisher and year ("विश्वनाथ मिश्र, Title [A
# translation]. वाराणसी: Publisher, 2011.")
_IEEE_BOOK = lazy_compile(
    rf"^(?P<names>{_NAMES}),\s(?P<title>[^\[\].,\"“”«»*_()]{{2,300}}?)(?:\s?\[[^\[\]]{{3,300}}\])?"
    # (no italic title for a place, no second "Place:" in the publisher: "Family, Given.
    # *Title: Subtitle*. Place: Publisher, 2011." is an inverted name before the title)
    r"\.\s(?P<place>[^,:.\d*_]{1,60}):\s?(?P<pub>[^,:]{2,80}),\s?(?P<year>\d{4})(?!\d)"
)
# (a translator or an editor after the title: Thai "แปลโดย", Hindi "अनु.", Bengali "অনু.",
# Malayalam "വിവ."; the Indic editors' marks, "…, കൃതികൾ, എഡി. ടി. കെ. റാവു (…)")
_TRANSLATED = lazy_compile(
    r",\s(?:แปลโดย|ترجمة|ترجمه|תרגום|trans\.|tr\.|(?:अनु|অনু|വിവ)\.\s"
    rf"|(?:{role_marks.INDIC_MARK})\.?\s(?=[^\W\d_])).*$"
)
# (Amharic may part place and publisher with the Ethiopic semicolon or wordspace, and write
# the Ethiopian era after the year: "(አዲስ አበባ፤ ሜጋ አሳታሚ፣ 2000 ዓ.ም.)")
_FACTS = lazy_compile(
    r"\((?P<place>[^():;፡]{1,60})(?::|(?<=[\u1200-\u137f])[;፡])\s?(?P<pub>[^()]+?),\s?"
    rf"(?P<year>\d{{4}})(?:\s{ETHIOPIAN_ERA}\.?)?\)"
)
# ... the place ended with a full stop, where Tibetan ends it with the shad, read as one
# ("(ལྷ་ས། བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང་།, 1995)": place, publisher, year)
_STOPPED_FACTS = lazy_compile(
    r"\((?P<place>[^():.,\d]{1,60})\.\s++(?P<pub>[^():.,\d]{2,80}),\s?(?P<year>\d{4})\)"
)
_LAST_YEAR = lazy_compile(r"(?<!\d)(\d{4})(?!\d)")
# (Amharic writes the colon as "፡" with a space after: "አዲስ አበባ፡ ብርሃንና ሰላም, 1951"; "፡" with no
# space is the old word separator, no colon)
# (the entry may end with the publisher: "… ኣስመራ፡ ሕድሪ ኣሕተምቲ.", the year written first;
# Vancouver closes the publisher with a semicolon: "హైదరాబాద్: ప్రచురణలు; 2008")
_AREA = lazy_compile(r"^(?P<place>[^:፡,;]{1,60})(?::\s?|፡\s)(?P<pub>[^,;]{2,80}?)(?:[,;]|\.?\s*$)")
# ... or place, publisher and year each ended with a full stop, where Tibetan ends each with
# the shad ("ལྷ་ས། བོད་ལྗོངས་མི་དམངས་དཔེ་སྐྲུན་ཁང་། 1995།"), nothing after them
_STOPPED_AREA = lazy_compile(
    r"^(?P<place>[^:.,;\d]{1,60})\.\s++(?P<pub>[^:.,;\d]{2,80})\.\s++\d{4}[.\s]*+$"
)
# the bibliography's article: names, a full stop, the quoted title, the italic periodical
# ('ሥርገው ሐብለ. "Title." *Journal*, ቁ. 4 (2005): 12–19.', 'ابن خلدون. «Title». *مجلة* ١٢')
# (names with no comma, in natural order: an inverted "כהן, ד." is read by the other shapes,
# and by _INVERTED_QUOTED when none does: 'රණසිංහ, චමින්ද. "Title." *Paper*, 2023', the full
# stop inside the quotes; family and given names hold no comma, so the cut is one)
_NAME_PART = rf"[^\d.,:;()*_{EN_FR_DOUBLE}]"
_QUOTED_ENTRY = lazy_compile(
    rf"^(?P<names>{_NAME_PART}{{2,80}}?)\.\s(?P<after>[{EN_FR_OPENINGS}].+)$"
)
_INVERTED_QUOTED = lazy_compile(
    rf"^(?P<names>{_NAME_PART}{{2,80}}?,\s{_NAME_PART}{{1,60}}?)\.\s(?P<after>[{EN_FR_OPENINGS}].+)$"
)
# (Urdu "جلد 12، شمارہ 3": volume, issue; or the volume a bare number before the named issue,
# "مجلہ تاریخ 12، شمارہ 3 (2015)")
_NAMED_ISSUE = r"[,،]\s?(?:ش|شمارہ|شماره|ع|العدد|גיליון|no\.)\.?\s?\d+"
_NAMED_VOLUME = (
    r"(?:[,،]\s?(?:س|سال|دوره|جلد|مج|المجلد|ج|כרך|vol\.)\.?\s?\d+"
    rf"(?:{_NAMED_ISSUE})?|\s\d{{1,4}}{_NAMED_ISSUE})\s?\("
)
_VOLUME_NAMED = lazy_compile(_NAMED_VOLUME)
_TRANSLATION_FIRST = lazy_compile(r"^[.,]?\s?\[[^\[\]\d]{3,300}\](?=[.,]\s)")
_PERIODICAL = lazy_compile(
    r"^[.,]?\s?(?:\*(?P<marked>[^*]{2,200})\*|_(?P<under>[^_]{2,200})_"
    # ... unmarked, its volume and issue named after it in the script's own words: Persian
    # "نامهٔ فرهنگ، س ۱۱، ش ۱۸ (۱۳۸۹)" (year of issue, number), "دوره ۵، شماره ۲", Arabic
    # "مجلة …، مج ١٢، ع ٣", Hebrew "…, כרך 12, גיליון 3"
    rf"|(?P<plain>[^.,،*_()\d]{{2,120}}?)(?={_NAMED_VOLUME}"
    # ... or its volume a bare number before the pages ("መጽሔት ኣርኪኦሎጂ 3፡ 15–29", "… 3: 15–29")
    r"|\s\d{1,4}(?:\s?\(\d{1,4}\))?(?::\s?|፡\s)\d))"
)


# the pages cited, marked in the script's own way: Persian "صص. ۱۲–۱۸" (pages) and "ص. ۱۲",
# Arabic "ص ١٢" and "ص ص ١٢-١٨", Hebrew "עמ' 312" ("עמ׳"), Thai "หน้า 23"; the Indic
# scripts' page words, Hindi and Marathi "पृ." / "पृष्ठ", Bengali "পৃ." / "পৃষ্ঠা", Gujarati
# "પૃ." / "પાન", Telugu "పు." / "పుట", Kannada "ಪು." / "ಪುಟ", Malayalam "പു." / "പേജ്",
# Sinhala "පි." / "පිටු" / "පිටුව"
# (Python's ``\w`` holds no vowel sign: the word before a page word ends in a letter or one)
_PAGES = lazy_compile(
    r"(?<![\w\u0900-\u0dff])(?:صص|ص\s?ص|ص|עמ['׳]|หน้า|पृष्ठ|पृ|পৃষ্ঠা|পৃ|પૃષ્ઠ|પૃ|પાન|పుట|పు"
    r"|ಪುಟ|ಪು|പേജ്|പു|පිටුව|පිටු|පි)\.?\s?(?P<pages>\d+(?:\s?[–—-]\s?\d+)?)(?!\d)"
)


# APA's shape, the year in parentheses after the names: "العتيبي، محمد. (2020). Title." (read
# by the APA parser, whose names need no capitals)
_APA_DATED = lazy_compile(r"^[^()]{2,80}?\.?\s\((?:\d{4}|n\.\s?d\.)[^()]{0,20}\)\.\s")


# the author-date shape: the names, the year, then the entry ("ሰናይት ተኽለ. 2019. “Title”.
# *Journal* 3፡ 15–29.", "ابن خلدون. 1980. Title. …"; an Ethiopian-calendar year with its era,
# "ሰላማዊት ታደሰ። 2012 ዓ.ም. «Title»። …")
_DATED = lazy_compile(
    rf"^(?P<names>{_NAMES})\.\s(?P<year>\d{{4}})(?:[a-z]|\s{ETHIOPIAN_ERA})?\.\s(?=\S)"
)
# a note whose names end in the Ethiopic wordspace with a space after ("ተስፋጽዮን ገብረመስቀል፡
# *Title*፡ Place፡ Publisher፡ 2012፡ ገጽ 77።"): there "፡ " parts the note's items, as commas do
_WORDSPACE_NOTE = lazy_compile(rf"^{_NAMES}፡\s(?=[*_“\"«])")
# ... or its title unmarked (a Word or ODT file's italics apart), a year one of its items
# ("…፡ ሕድሪ ኣሕተምቲ፡ 2012፡ ገጽ 77።")
_WORDSPACE_NAMES = lazy_compile(rf"^(?=[\u1200-\u137f]){_NAMES}፡\s")
_WORDSPACE_YEAR = lazy_compile(r"፡\s\(?\d{4}(?!\d)")
# an unsigned newspaper piece in Amharic or Tigrinya: its quoted headline, the paper in
# italics, the day of the Ethiopian calendar -- its month, the day ("ቀን", day, may follow),
# the year with its era -- and the page ("«Headline»፣ *አዲስ ዘመን*፣ መስከረም 1 ቀን 1953 ዓ.ም.፣ ገጽ
# 1።"): a periodical's article dated by its day, no book
_ETHIOPIAN_MONTH = (
    r"(?:መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ታኅሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ሃምሌ"
    r"|ነሐሴ|ነሃሴ|ጳጉሜን?)"
)
_UNSIGNED_NEWS = lazy_compile(
    r"^«(?P<title>[\u1200-\u137f][^«»]{1,300})»[.,]\s\*(?P<paper>[^*]{2,120})\*,\s"
    rf"{_ETHIOPIAN_MONTH}\s\d{{1,2}}(?:\sቀን)?,?\s(?P<year>\d{{4}})(?!\d)"
)
# the note of those items all parted by commas, its title unmarked: names, title, up to three
# items of the imprint, the year ("ሉል ብርሃነ, ዛንታ ዓዲ, ኣስመራ, ሕድሪ, 2005, ገጽ 3")
_ITEMS_NOTE = lazy_compile(
    rf"^(?P<names>{_NAMES}),\s(?P<title>[^,:()\d.\"“”«»*_]{{2,200}}),\s"
    r"(?:(?P<place>[^,()\d]{1,80}),\s(?P<pub>[^,()\d]{2,80}),\s|(?:[^,()\d]{1,80},\s){0,3})"
    r"\(?(?P<year>\d{4})(?!\d)"
)

# a recording's note, its title unmarked: names, title, the medium, the label (a catalogue
# number after it), the year ("ലത, ഗാനങ്ങൾ, ഓഡിയോ കാസറ്റ്, തരംഗിണി TC 204, 1986"): the
# title ends before the medium (the label is not taken for a book's publisher: what kind of
# work a recording is stays the kind rules' to say)
_RECORDING_NOTE = lazy_compile(
    rf"^(?P<names>{_NOTE_NAMES}),\s(?P<title>[^,:()\d.\"“”«»*_]{{2,200}}),\s{RECORDING_MEDIUM},\s"
    r"(?:[^,()\d]{2,80}?)(?:\s?[A-Z]{0,6}[\s-]?\d{1,8})?,\s\(?(?P<year>\d{4})(?!\d)"
)

# a letter of the Brahmic scripts of India (Devanagari to Malayalam) or of Sinhala (its own
# layout: the independent vowels and the consonants), whose notes are written alike
_BRAHMIC_TEXT = lazy_compile(rf"{BRAHMIC_LETTER}|[\u0d85-\u0d96\u0d9a-\u0dc6]")


# a co-author's name in natural order in a note: a given and a family name (two to four
# words, no digits nor marks), as "सायली देशपांडे" or "রাহুল সেন"
_NATURAL_NAME = lazy_compile(
    r"[^\W\d_][^\s\d.,:;()*_«»\"“”]*(?:\s[^\W\d_][^\s\d.,:;()*_«»\"“”]*){1,3}"
)


def note_authors(names: str) -> tuple[str, ...]:
    """The authors of a note's names: several co-authors in natural order parted by commas
    ("सायली देशपांडे, ओंकार कुलकर्णी, *Title*" two authors), each a given and a family name;
    otherwise the names as one ("देशपांडे, सायली": one name inverted; a body with its unit,
    "पुणे महानगरपालिका, नगर रचना विभाग", one issuer; names in other scripts)."""
    whole = names.strip()
    parts = [p.strip() for p in whole.split(",")]
    if (
        # (the Indic scripts only: an Arabic name inverted holds a family name of two
        # words, "ابن خلدون, عبد الرحمن")
        _BRAHMIC_TEXT.search(whole) is None
        or len(parts) < 2
        or len(parts) > 6
        or not all(_NATURAL_NAME.fullmatch(p) for p in parts)
        or bodywords.has_body_word(whole)
    ):
        return (whole,)
    return tuple(parts)


def _indic_note(found: Fields, role: str | None, commas: TailFacts | None) -> Fields:
    """The note in an Indic language read further: its names an editor's when a role
    follows them ("नीरा शहा (संपा.), *Title*, …": the editor of the volume, no author), a
    statute's year after its title its date ("*… अधिनियम, 1966*": title "… अधिनियम",
    :func:`.acts.caseless_titled_law`, a report as every act), a body's document with no
    publishing house, container nor chapter its report ("पुणे महानगरपालिका, *Title*, पुणे,
    2017"; "नगर विकास विभाग, «Title», *… राजपत्र*, 2018", the gazette it was published in)."""
    if role is not None:
        found = replace(found, authors=(), editors=found.authors, book=True)
    law = caseless_titled_law(found.title or "")
    if law is not None and (found.title or "").rstrip(" ,.").endswith(law[1]):
        return replace(found, title=law[0], year=year_of(law[1]), kind=RefKind.REPORT)
    body = bool(found.authors) and all(bodywords.has_body_word(a) for a in found.authors)
    if not body or (commas is not None and (commas.publisher or commas.chapter)):
        return found
    if commas is not None and commas.container and commas.volume:
        return found  # (a journal's article, its volume named)
    return replace(found, kind=RefKind.REPORT)


def wordspace_commas(text: str) -> str:
    """``text`` with the Ethiopic wordspace of a note's items read as commas, when the note
    is of that shape (its names end in "፡ " before a marked title); else as it is."""
    if not _WORDSPACE_NOTE.match(text.lstrip()) and not (
        _WORDSPACE_NAMES.match(text.lstrip()) and _WORDSPACE_YEAR.search(text)
    ):
        return text
    return text.replace("፡ ", ", ")


def parse(body: str) -> Fields | None:
    """Fields of a reference in a caseless script, or None."""
    news = _UNSIGNED_NEWS.match(body.lstrip())
    if news is not None:
        return Fields(
            "caseless",
            (),
            news.group("title").strip(" ,."),
            year_of(news.group("year")),
            container=news.group("paper").strip(),
            day_dated=True,
        )
    if not _CASELESS.match(body.lstrip()) or _APA_DATED.match(body.lstrip()):
        return None
    dated = _DATED.match(body.lstrip())
    if dated is not None:
        undated = parse(f"{dated.group('names')}. {body.lstrip()[dated.end() :]}")
        if undated is not None and undated.authors:
            return replace(undated, year=year_of(dated.group("year")))
    found = _fields(body)
    pages = _PAGES.search(body)
    if found is None or pages is None or found.pages:
        return found
    return replace(found, pages=pages.group("pages"))


def _fields(body: str) -> Fields | None:
    note = _NOTE.match(body)
    if note is not None:
        after = note.group("after")
        marked = emphasized(after)
        if marked is not None:
            title, tail = marked.group("title"), after[marked.end() :]
        else:
            # (a typewriter's single marks too: "र. शर्मा, 'Title', Journal, …")
            q = quoted(after, single=after.startswith("'"))
            if q is None or q.start() > 1:
                return None
            title, tail = quoted_text(q), after[q.end() :]
        facts = _FACTS.search(tail)
        years = _LAST_YEAR.findall(tail)
        year = facts.group("year") if facts else (years[0] if years else None)
        found = Fields(
            "caseless",
            note_authors(note.group("names")),
            title.strip(" ,."),
            year_of(year),
            place=facts.group("place").strip() if facts else None,
            publisher=facts.group("pub").strip() if facts else None,
        )
        # (no facts in parentheses: the comma form, "*Title*, Place: Publisher, Year", an
        # "In: *Book*" or a "*Journal* 35 (2002)" after the title; an Indic note's all in
        # commas, "*Title*, Publisher, Place, Year", "*Journal*, खं. 4, अं. 2, 2019")
        commas = tail_facts(tail) if facts is None else None
        indic = _BRAHMIC_TEXT.search(body) is not None
        if commas is None and facts is None and indic:
            commas = indic_tail(tail)
        edited = edited_host(tail) if indic and commas is None else None
        if edited is not None:
            # ('"Title", శర్మ, కె. (సంపా.), *Book* (Place: Publisher, 2017)': a chapter of
            # the edited book, its imprint in parentheses)
            found = replace(found, container=edited, chapter=True)
        # ('«Title»፣ በኤልሳ አበበ (አርታኢ)፣ *Book* (…)': an Amharic chapter, :func:`ethiopic_host`)
        within = ethiopic_host(tail) if commas is None and edited is None else None
        if within is not None:
            found = replace(found, container=within, chapter=True)
        # (a body's item whose title is quoted and whose tail names no periodical (in
        # italics or not), publisher or place is a part of what its address holds, its
        # site's page: "കേരള സംഗീതനാടക അക്കാദമി, “പുരസ്കാരങ്ങൾ,” https://… (സന്ദർശിച്ചത്
        # …)", no report)
        page = (
            marked is None
            and not any(mark in tail for mark in ("*", "_"))
            and not (commas is not None and (commas.container or commas.publisher or commas.place))
        )
        if indic and not page:
            found = _indic_note(found, note.group("role"), commas)
        if commas is None:
            return found
        return replace(
            found,
            year=year_of(commas.year) if commas.year else found.year,
            place=commas.place,
            publisher=commas.publisher,
            container=commas.container,
            volume=commas.volume,
            issue=commas.issue,
            chapter=commas.chapter,
        )
    plain = _PLAIN_NOTE.match(body)
    if plain is not None and (facts := _note_facts(plain.group("facts"))) is not None:
        return Fields(
            "caseless",
            (plain.group("names").strip(),),
            _TITLE_TAIL.sub("", _TRANSLATED.sub("", plain.group("title")).strip(" ,.")),
            year_of(facts.group("year")),
            place=facts.group("place").strip(),
            publisher=facts.group("pub").strip(),
        )
    comma = _COMMA_NOTE.match(body)
    if comma is not None:
        return _named_note(comma)
    recording = _RECORDING_NOTE.match(body)
    if recording is not None:
        return _named_note(recording, imprint=False)
    items = _ITEMS_NOTE.match(body)
    if items is not None:
        read = Fields(
            "caseless",
            (items.group("names").strip(),),
            items.group("title").strip(),
            year_of(items.group("year")),
            place=(items.group("place") or "").strip() or None,
            publisher=(items.group("pub") or "").strip() or None,
        )
        if _BRAHMIC_TEXT.search(body) is None:
            return read
        # (a statute's title, or a body's document, as in the marked note: its italics lost)
        return _indic_note(read, None, TailFacts(publisher=read.publisher))
    book = _IEEE_BOOK.match(body)
    if book is not None:
        return _named_note(book)
    article = _quoted_entry(body) or _quoted_entry(body, _INVERTED_QUOTED, named_volume=True)
    if article is not None:
        return article
    inverted = _INITIALED_QUOTED.match(body)
    if inverted is not None and _NOTE.match(as_note := f"{inverted['names']}, {inverted['after']}"):
        return _fields(as_note)
    entry = _BIBLIOGRAPHY.match(body)
    if entry is None:
        return _quoted_entry(body, _INVERTED_QUOTED)
    rest = entry.group("rest") or ""  # (a web page: its address and date are read apart)
    years = _LAST_YEAR.findall(rest)
    area = _AREA.match(rest) or _STOPPED_AREA.match(rest)
    host = _VANCOUVER_HOST.match(rest)
    if host is not None:
        return Fields(
            "caseless",
            (entry.group("names").strip(),),
            entry.group("title").strip(" ,"),
            year_of(host.group("year")),
            container=host.group("journal").strip(),
            volume=host.group("volume"),
            issue=host.group("issue"),
            pages=host.group("pages"),
        )
    return Fields(
        "caseless",
        (entry.group("names").strip(),),
        entry.group("title").strip(" ,"),
        year_of(years[-1] if years else None),
        place=area.group("place").strip() if area else None,
        publisher=area.group("pub").strip() if area else None,
    )


def _named_note(found: re.Match[str], *, imprint: bool = True) -> Fields:
    """The fields of a note matched with its groups ``names``, ``title``, ``year`` (and,
    with ``imprint``, ``place`` and ``pub``): the comma note, IEEE's book, a recording."""
    return Fields(
        "caseless",
        (found.group("names").strip(),),
        found.group("title").strip(),
        year_of(found.group("year")),
        place=found.group("place").strip() if imprint else None,
        publisher=found.group("pub").strip() if imprint else None,
    )


def _note_facts(text: str) -> re.Match[str] | None:
    """The note's "(Place: Publisher, Year)", or its place ended with a full stop."""
    return _FACTS.search(text) or _STOPPED_FACTS.search(text)


def _quoted_entry(
    body: str, shape: Regex = _QUOTED_ENTRY, *, named_volume: bool = False
) -> Fields | None:
    """``Names. "Title." *Periodical*, 4 (2005): 12–19.``: an article of the periodical
    (``shape``: the names in natural order, or one inverted, ``Family, Given.``; with
    ``named_volume`` only before a journal whose volume and issue are named in the script's
    own words, which no other shape reads: ``کریمی، رضا. «…». فصلنامه، دوره ۵، شماره ۲``,
    or an italic journal: ``تۇردى، مەمەت. «…». *ژۇرنال*، 4-سان: 22–35``)."""
    entry = shape.match(body)
    if entry is None:
        return None
    after = entry.group("after")
    q = quoted(after)
    if q is None or q.start() != 0:
        return None
    # (the title's translation in brackets after it: '"…" [The maqām in the piyyut].')
    tail = _TRANSLATION_FIRST.sub("", after[q.end() :], count=1)
    within = ethiopic_host(tail)
    if within is not None:
        # ('ሃይሉ ተሰማ። «Title»። በ*Book*፣ አርታኢ Name፣ ገጽ 45–67።': a chapter of the edited book)
        years = _LAST_YEAR.findall(tail)
        return Fields(
            "caseless",
            (entry.group("names").strip(),),
            quoted_text(q).strip(" ,."),
            year_of(years[0] if years else None),
            container=within,
            chapter=True,
        )
    host = _PERIODICAL.match(tail)
    if host is not None and script_report(host.group(0)):
        return None  # "«…». _דו"ח המכון …_ 550/122/02": a body's report series, no journal
    if host is None or (
        named_volume
        and host.group("plain") is not None
        and _VOLUME_NAMED.match(tail, host.end()) is None
    ):
        # (inverted names before an unmarked journal only when its volume is named; before
        # an italic one, "Family, Given. «Title». *Journal*, 4-sayı: 22–35", always)
        return None
    years = _LAST_YEAR.findall(tail[host.end() :])
    return Fields(
        "caseless",
        (entry.group("names").strip(),),
        quoted_text(q).strip(" ,."),
        year_of(years[0] if years else None),
        container=(host.group("marked") or host.group("under") or host.group("plain")).strip(
            " ,.،"
        ),
    )
