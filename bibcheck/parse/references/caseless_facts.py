"""What a note in a script without capitals (Hebrew, Arabic, Persian) writes after its
marked title, all in commas, and what kind of work that makes it.

* ``, Place: Publisher, Year`` -- a book (a volume may come first: ``, כרך ג,``,
  ``، ج ٢،``, ``، المجلد ٣،``, ``، جلد ۲،``): ``משה לוין, *Title*, חיפה: כרמל, 1990, עמ' 4``;
* ``, In: *Host*, …`` -- a chapter of Host (Hebrew ``בתוך:``, Arabic ``في:``/``ضمن:``,
  Persian ``در:``): ``"Chapter", בתוך: *Book*, כרך ב, תל אביב: עם עובד, 1985``;
* ``, *Journal* 35 (2002)`` -- an article in Journal, volume 35 (an issue may follow the
  volume: ``12, no. 3``, ``١٢، ع ٣``, ``12, חוב' 3``; or stand alone, named: ``, Journal,
  ش 85 (1398)``);
* the Indic notes' shapes, all in commas (:func:`indic_tail`): ``, *Journal*, खं. 4, अं. 2,
  2019`` -- an article, its volume and issue named; ``, *Book*, संपा. Editor, …`` -- a chapter
  of an edited book; ``, Publisher, Place, Year`` (or ``, Place, Year``) -- a book's imprint.

The digits and the Arabic comma arrive already in their Latin forms (see
:func:`~bibcheck.parse.references.parse_reference`).  :func:`tail_facts` gives None when the
tail has none of these shapes: the caller keeps what it read before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import ETHIOPIAN_ERA, INDIC_VOLUME_WORD

__all__ = ["TailFacts", "edited_host", "ethiopic_host", "indic_tail", "tail_facts"]


@dataclass(frozen=True, slots=True)
class TailFacts:
    """The facts after a note's title."""

    year: str | None = None
    place: str | None = None
    publisher: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    chapter: bool = False


_YEAR = r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)"
# a volume or part before the place: "כרך ג", "חלק 2", "ج ٢", "الجزء الثاني", "جلد ۲", "vol. 2"
_VOLUME = (
    r"(?:כרך|חלק|ج|جـ|الجزء|المجلد|مج|جلد|vol\.|t\.)\.?\s?(?P<volume>[^\s,:]{1,12}"
    r"(?:\s[^\s,:\d]{1,12})?)"
)
# ", ירושלים: מוסד ביאליק, 1939" (the place may be two words: "תל אביב", "بيروت الغربية")
_AREA = lazy_compile(
    rf"^,\s(?:{_VOLUME},\s)?(?P<place>[^,:*\"“”«»()\d]{{1,40}}?)\s?:\s?"
    rf"(?P<publisher>[^,:*()]{{2,80}}?),\s?(?P<year>{_YEAR})"
)
# "In:" in the languages of these scripts
_IN = lazy_compile(r"^,\s(?:בתוך|ב־?תוך|في|ضمن|در)\s?:?\s(?=\*|_|[^\W\d_])")
_HOST = lazy_compile(
    r"^(?:\*(?P<marked>[^*]{2,200})\*|_(?P<under>[^_]{2,200})_|(?P<plain>[^,]{2,200}))"
)
# ", *Journal* 35 (2002)", ", *Journal* 12, no. 3 (1999)", ", *مجلة* ١٢، ع ٣ (١٩٩٩)"
# (Lao "ສະບັບທີ", Thai "ฉบับที่": issue number; Tamil "எண்" (number) and "இதழ்" (issue), Hindi
# and Marathi "अंक", Bengali "সংখ্যা", Telugu "సంచిక", Kannada "ಸಂಚಿಕೆ", Malayalam "ലക്കം",
# Sinhala "අංක" / "අංකය" (number);
# Pashto "ګڼه" / "گڼه"; the abbreviated Hindi "अं." and Telugu "సం." (సంచిక) after the volume
# and its comma, as "no." is written there; Amharic and Tigrinya "ቁጥር" / "ቁ." (number))
_ISSUE = (
    r"(?:no\.|ቁጥር|ቁ\.|חוב['׳]|גל['׳]|גיליון|ع|العدد|عدد|شمارہ|شماره|ش|ګڼه|گڼه|ສະບັບທີ|ฉบับที่"
    r"|எண்|இதழ்|अंक|সংখ্যা|సంచిక|ಸಂಚಿಕೆ|ലക്കം|අංකය|අංක|अं\.|సం\.)\.?\s?(?P<issue>\d+)"
)
# (the comma may be inside the title's closing quote: '“Title,” *Journal* 8, ສະບັບທີ 2 (2019)')
# (Amharic names the volume "ቅጽ" and writes the Ethiopian era after the year: '«Title»፣
# *መጽሔት* ቅጽ 5፣ ቁ. 1 (2014 ዓ.ም.)፡ 15–34')
_ERA = rf"(?:\s{ETHIOPIAN_ERA}\.?)?"
_JOURNAL = lazy_compile(
    rf"^,?\s\*(?P<journal>[^*]{{2,150}})\*,?\s(?:(?:כרך|المجلد|مج|دوره|vol\.|ቅጽ)\s?)?"
    rf"(?P<volume>\d+|[^\W\d_]{{1,3}})(?:,\s{_ISSUE})?\s?\((?:[^()]{{0,30}}\s)?(?P<year>{_YEAR}){_ERA}\)"
)
# ... its italics lost (a word processor's note read as text): the volume and the marked
# issue say it is a journal: '“Title,” ວາລະສານວິທະຍາສາດລາວ 8, ສະບັບທີ 2 (2019): 11–23'
# (or no issue, the pages after the year: '“Title”, கோயில் ஆய்வு 7 (2015): 10–20')
_PLAIN_JOURNAL = lazy_compile(
    rf"^,?\s(?P<journal>[^*,:()\d]{{2,150}}?)\s(?P<volume>\d+)(?:,\s{_ISSUE})?\s?"
    rf"\((?:[^()]{{0,30}}\s)?(?P<year>{_YEAR}){_ERA}\)(?(issue)|:\s?\d)"
)

# ... or no volume, the issue alone named after a comma: '«Title»، فصلنامهٔ هنر، ش ۸۵
# (۱۳۹۸): ۹–۳۴' (Persian), '"Title"، مجلة التراث، ع 12 (1999)' (Arabic), "*رسالہ*، شمارہ 7
# (2010)" (Urdu): the issue's word says it is a journal
_ISSUE_JOURNAL = lazy_compile(
    rf"^,?\s(?:\*(?P<marked>[^*]{{2,150}})\*|(?P<plain>[^*,:()\d]{{2,150}}?)),\s{_ISSUE}\s?"
    rf"\((?:[^()]{{0,30}}\s)?(?P<year>{_YEAR})\)"
)


def tail_facts(tail: str) -> TailFacts | None:
    """The facts of the tail after a note's title (``, Place: Publisher, Year`` and its
    siblings, see the module doc), or None."""
    tail = tail.rstrip()
    journal = _JOURNAL.match(tail) or _PLAIN_JOURNAL.match(tail)
    if journal is not None:
        return TailFacts(
            year=journal.group("year"),
            container=journal.group("journal").strip(),
            volume=journal.group("volume"),
            issue=journal.group("issue"),
        )
    numbered = _ISSUE_JOURNAL.match(tail)
    if numbered is not None:
        return TailFacts(
            year=numbered.group("year"),
            container=(numbered.group("marked") or numbered.group("plain")).strip(),
            issue=numbered.group("issue"),
        )
    within = _IN.match(tail)
    if within is not None:
        rest = tail[within.end() :]
        host = _HOST.match(rest)
        if host is None:
            return None
        name = host.group("marked") or host.group("under") or host.group("plain")
        area = _AREA.match(rest[host.end() :])
        year = area.group("year") if area else _first_year(rest[host.end() :])
        return TailFacts(
            year=year,
            place=area.group("place").strip() if area else None,
            publisher=area.group("publisher").strip() if area else None,
            container=name.strip(" ,."),
            volume=area.group("volume") if area else None,
            chapter=True,
        )
    area = _AREA.match(tail)
    if area is None:
        return None
    return TailFacts(
        year=area.group("year"),
        place=area.group("place").strip(),
        publisher=area.group("publisher").strip(),
        volume=area.group("volume"),
    )


# the Indic notes' journal, its volume and issue named after it: Hindi and Marathi "खंड" /
# "खं." (volume), "वर्ष" (year of issue, a volume), "अंक" / "अं." (number), Nepali "अङ्क",
# Bengali "খণ্ড", "বর্ষ", "সংখ্যা", Gujarati "ખંડ", "વર્ષ", "અંક", Sinhala "කලාපය", "අංකය" /
# "අංක"; English "vol.", "no."
_INDIC_VOLUME_WORDS = rf"(?:{INDIC_VOLUME_WORD}|वर्ष|বর্ষ|વર્ષ|vol)\.?\s?"
_INDIC_ISSUE_WORDS = r"(?:अंक|अङ्क|अं|সংখ্যা|અંક|අංකය|අංක|no)\.?\s?"
_INDIC_VOLUME = rf"{_INDIC_VOLUME_WORDS}(?P<volume>\d{{1,4}})"
_INDIC_ISSUE = rf"{_INDIC_ISSUE_WORDS}(?P<issue>\d{{1,4}})"
# (the journal unmarked, its italics lost, when a volume or an issue is named after it:
# "…', हंस, वर्ष 5, अंक 2, 2012"; the comma may be inside the title's closing quote: '“लेख,”
# *समाज अध्ययन*, खंड 12, अंक 1, 2020')
_INDIC_JOURNAL = lazy_compile(
    rf"^,?\s(?:\*(?P<journal>[^*]{{2,150}})\*|(?P<plain>[^*,:;()\d]{{2,120}}?)"
    rf"(?=,\s(?:{_INDIC_VOLUME_WORDS}|{_INDIC_ISSUE_WORDS})\d))"
    rf"(?:,\s{_INDIC_VOLUME})?(?:,\s{_INDIC_ISSUE})?,\s"
    rf"(?:[^\W\d_][^\s,\d]{{0,12}}\s)?(?P<year>{_YEAR})"
)
# ... the book a chapter is in, its editor after it: Hindi and Marathi "संपा." / "सं." /
# "सम्पा." (edited by), Bengali "সম্পা.", Gujarati "સંપા.", English "ed."
_INDIC_EDITED = lazy_compile(
    rf"^,\s\*(?P<book>[^*]{{2,200}})\*,\s(?:{role_marks.INDIC_ABBREVIATED}|eds?)\.\s[^,\d*]{{2,80}},\s"
)
# ... or its editors first, their role in parentheses after them, then the marked book, as
# Chicago's "in Name, ed., *Book*" (the imprint after it in parentheses): Telugu ", శర్మ, కె.
# (సంపా.), *గ్రంథం* (…)", Hindi ", अ. ब. क (संपा.), *ग्रंथ* (…)", ", Name (ed.), *Book* (…)"
_INDIC_EDITORS_FIRST = lazy_compile(
    r"^,\s[^,\d*_()«»\"“”]{1,60}(?:,\s[^,\d*_()«»\"“”]{1,60}){0,2}\s?"
    rf"\((?:(?:{role_marks.INDIC_ABBREVIATED}|eds?)\.|{role_marks.INDIC_NOUNS})\),\s"
    r"(?:\*(?P<book>[^*]{2,200})\*|_(?P<under>[^_]{2,200})_)"
)
# ... a book's imprint in commas: publisher, place and year, or the place and year alone
_INDIC_IMPRINT = lazy_compile(
    r"^,\s(?P<first>[^,:;*\"“”«»()\[\]\d]{1,80}),\s"
    rf"(?:(?P<second>[^,:;*\"“”«»()\[\]\d]{{1,40}}),\s)?(?P<year>{_YEAR})(?:[,.]|\s*$)"
)


def indic_tail(tail: str) -> TailFacts | None:
    """The facts after the title of a note in an Indic language, all in commas (the module
    doc): ``, *समाज अध्ययन*, खं. 4, अं. 2, 2019`` an article of volume 4, issue 2; ``,
    *ग्रंथ*, संपा. अ. ब. क, प्रकाशन, पुणे, 2015`` a chapter of an edited book; ``, साहित्य
    प्रकाशन, नाशिक, 2001`` a book's publisher, place and year (``, पुणे, 2017``: the place
    and year).  None when the tail has none of these."""
    tail = tail.rstrip()
    journal = _INDIC_JOURNAL.match(tail)
    if journal is not None and (journal.group("volume") or journal.group("issue")):
        return TailFacts(
            year=journal.group("year"),
            container=(journal.group("journal") or journal.group("plain")).strip(),
            volume=journal.group("volume"),
            issue=journal.group("issue"),
        )
    edited = _INDIC_EDITED.match(tail)
    if edited is not None:
        return TailFacts(
            year=_first_year(tail[edited.end() :]),
            container=edited.group("book").strip(" ,."),
            chapter=True,
        )
    imprint = _INDIC_IMPRINT.match(tail)
    if imprint is None:
        return None
    second = imprint.group("second")
    return TailFacts(
        year=imprint.group("year"),
        place=(second or imprint.group("first")).strip(),
        publisher=imprint.group("first").strip() if second else None,
    )


def edited_host(tail: str) -> str | None:
    """The edited book a note in an Indic language cites a chapter of, its editors and
    their role before it: ``, శర్మ, కె. (సంపా.), *వ్యవసాయం* (హైదరాబాద్: …, 2017), పు. 4``
    -> ``వ్యవసాయం``; None for any other tail."""
    m = _INDIC_EDITORS_FIRST.match(tail)
    if m is None:
        return None
    return (m.group("book") or m.group("under")).strip(" ,.")


# An Amharic or Tigrinya chapter's host: the edited book, "in" written as the prefix "በ" on
# the word after it -- the editor's name before the book in a note, "፣ በኤልሳ አበበ (አርታኢ)፣
# *Book* (…)", or the book itself in a list, "። በ*Book*፣ አርታኢ Name፣ ገጽ 45–67።" -- or as
# "ውስጥ" (inside) after the book, "*Book* ውስጥ"; the editor's role "አርታኢ" / "አዘጋጅ"
# (editor), "አዘ." (abbreviated), plural "አርታኢዎች" / "አዘጋጆች" (the Ethiopic stops arrive as
# the Latin ones)
_ETHIOPIC_EDITOR = r"(?:አርታኢዎች|አርታኢ|አዘጋጆች|አዘጋጅ|አዘ\.)"
_ETHIOPIC_BOOK = r"(?:\*(?P<{0}>[^*]{{2,200}})\*|«(?P<{0}q>[^«»]{{2,200}})»)"
_ETHIOPIC_HOST = lazy_compile(
    r"^[.,]\s"
    r"(?:በ?[\u1200-\u137f][^,\d*_()«»\"“”]{1,60}?\s?\("
    + _ETHIOPIC_EDITOR
    + r"\),\s(?:"
    + _ETHIOPIC_BOOK.format("first")
    # (the book unmarked, as a Word file's italics arrive, its imprint in parentheses after
    # it: "(አርታኢ), ስፖርትና ማኅበረሰብ (አዲስ አበባ …)")
    + r"|(?P<plain>[\u1200-\u137f][^,()«»*_\d]{1,200}?)(?=\s\())"
    + r"|በ"
    + _ETHIOPIC_BOOK.format("within")
    + r"(?:\sውስጥ)?,\s"
    + _ETHIOPIC_EDITOR
    + r"\s(?=[\u1200-\u137f])"
    + r"|"
    + _ETHIOPIC_BOOK.format("inside")
    + r"\sውስጥ(?=[,.\s]))"
)


def ethiopic_host(tail: str) -> str | None:
    """The edited book an Amharic or Tigrinya entry cites a chapter of, from the tail after
    its quoted title (``, በኤልሳ አበበ (አርታኢ), *ስፖርትና ማኅበረሰብ* (…)``, ``. በ*ስፖርትና
    ማኅበረሰብ*, አርታኢ ኤልሳ አበበ, …``, ``, *ስፖርትና ማኅበረሰብ* ውስጥ, …``: ``ስፖርትና ማኅበረሰብ``), or
    None (a journal, a book's imprint: "በ" opening a name with no role after it is no host)."""
    m = _ETHIOPIC_HOST.match(tail)
    if m is None:
        return None
    book = next(v for k, v in m.groupdict().items() if v is not None)
    return book.strip(" ,.")


def _first_year(text: str) -> str | None:
    m = re.search(_YEAR, text)
    return m.group(0) if m else None
