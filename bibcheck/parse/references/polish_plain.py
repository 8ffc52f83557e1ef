"""Polish, Czech and Slovak humanities references without their italics: the names, the
title between commas, then the tradition's tail.

A Polish bibliography (PN-ISO 690 practice in law and the humanities) writes the names
surname first, a note initials first; both set the title between commas and the journal in
low-high quotes, and abbreviate the rest (``wyd.`` edition, ``red.`` editor, ``t.`` volume,
``nr``/``z.`` issue, ``s.`` pages, ``[w:]`` in):

* ``Barta J., Markiewicz R., Prawo autorskie, wyd. 5, Warszawa 2011.`` and
  ``J. Barta, R. Markiewicz, Prawo autorskie, wyd. 5, Warszawa 2011, s. 45.`` (a book: the
  title ends before the edition, the editor or the place and year);
* ``Nowak K., Tytuł artykułu, „Przegląd Sądowy” 2020, nr 4, s. 5–27.`` (an article: the
  title ends before the journal's quotes);
* ``Lis A., Tytuł rozdziału, [w:] Księga pamiątkowa, red. B. Bąk, Kraków 2018, s. 5–20.``
  (a chapter: the title ends before ``[w:]``);
* ``Barta J. (red.), System Prawa Prywatnego, t. 13: Prawo autorskie, Warszawa 2017.`` (an
  edited volume: its editor in the names' place; a volume's number and title stay in the
  title);
* a work cited by its title, a reprint's year: :mod:`.polish_titled`.

When the reader kept the italics (a Word note), :mod:`.polish_notes` reads the note by them;
this module reads the same shapes from plain text (any reader, and a Word list's entries).
:func:`parse` returns None when the text has not that shape or is not of that tradition.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.italian_notes import press_named
from bibcheck.parse.references.patterns import NOTE_ET_AL, U
from bibcheck.parse.references.places import is_place, publisher_before_place
from bibcheck.parse.references.polish_titled import reprint_year, titled
from bibcheck.parse.references.quote_pairs import EN_DOUBLE, GUILLEMETS, LOW_DOUBLE
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["parse"]

# (each initial starts with a capital and ends with its period: "J.", "J.C.", "A.-M.", "Ch.")
_INITIALS = rf"[{U}][a-z]{{0,2}}\.(?:-?[{U}][a-z]{{0,2}}\.){{0,3}}"
_SURNAME = rf"[{U}][\w'’]++(?:-[{U}][\w'’]++)?"
_NAME = rf"(?:{_INITIALS}\s?{_SURNAME}|{_SURNAME}\s{_INITIALS})"
# (the run's "et al." in the list's language closes it: "Meech K.J., Weryk R., Micheli M.
# i in., Title", "Novák J., Dvořák P. a kol., Název", "Ivanov I.I. и др., Title")
_HEAD = lazy_compile(
    rf"^(?P<authors>{_NAME}(?:,\s{_NAME}){{0,9}})(?:,?\s{NOTE_ET_AL})?"
    rf"(?:\s{role_marks.MARK})?,\s(?P<rest>\S.*)$",
    re.S,
)
_ONE_NAME = lazy_compile(_NAME)
# the names' run goes on to a colon: "Novák J., Svoboda P.: Title", the Hungarian, Czech
# and Slovak colon form (:mod:`.german`), not a name and its comma-separated title
_COLON_NAMES = lazy_compile(rf"(?:{_NAME},\s)*+{_NAME}(?:\s{role_marks.MARK})?:\s")
_LEAD_IN = lazy_compile(
    r"^(?:Por\.|Zob\.|Tak|Podobnie|Srov\.|Viz|Pozri|Cf\.)(?:\s(?:też|także|np\.|:))?\s+", re.I
)
# letters of Polish, Czech and Slovak that their neighbours' languages mostly lack
_WESTERN_SLAVIC = lazy_compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻěřůťďňĺľŕĚŘŮŤĎŇĹĽŔ]")
# Albanian's small words ("në", "të", "së", "për", "një", "dhe"), spelt with letters none of
# those languages writes ("ë"), or none of their words ("dhe"; Dutch writes "ë" too, in other
# words: "België", "ideeën")
_ALBANIAN = lazy_compile(r"(?<!\w)(?:[Nn]ë|të|së|[Pp]ër|[Nn]jë|dhe)(?!\w)")
# the tradition's abbreviations after the title
_MARKS = lazy_compile(
    r"\[w:\]|\b(?:wyd|vyd|red|oprac|tłum|przeł|roč)\.|\b[st]\.\s?\d|\b(?:nr|z\.|č\.)\s?\d"
)
# (the low-high quotes, the guillemets of a Russian or Czech list: "«Vestnik», 2019", or
# the reversed guillemets Polish and Danish typesetters use: "»Przegląd Historyczny« 2010")
_JOURNAL = lazy_compile(
    rf",\s(?:„(?P<journal>[^{LOW_DOUBLE}]{{2,200}})[{EN_DOUBLE}]|«(?P<g>[^{GUILLEMETS}]{{2,200}})»,?|"
    rf"»(?P<r>[^{GUILLEMETS}]{{2,200}})«,?)"
)
_CHAPTER = lazy_compile(r",\s(?:\[w:\]|\[in:\]|w:|W:|In:|V:)\s")
# a body as an article's author: its name to the first comma (no digits, no quotes), the
# title between it and the journal's quotes
_BODY_HEAD = lazy_compile(
    r"^(?P<body>[^\W\d_][^,„”“«»:;()\d]{1,80}),\s(?P<rest>[^„”«»\d][^„”«»]{2,300}?,\s[„«»].*)$",
    re.S,
)
# (a year or a number before the quotes: no title but the numbers of another shape)
_JOURNAL_LIKE = lazy_compile(r"\b(?:1[5-9]|20)\d\d\b")
# what ends a book's title: an edition, an editor or translator, a volume's number with no
# title of its own ("Tytuł, t. 2, Warszawa 2020", "t. 1–5" of a work in five: the volume is
# no part of the title; "Tytuł, t. 13: Tytuł tomu" keeps it), the place and year
_BOOK_END = lazy_compile(
    r",\s(?:(?:\d{1,2}\.?\s?)?(?:wyd|vyd|red|oprac|tłum|przeł|ed|eds)\.(?=\s|$)"
    r"|(?:t|tom|cz|sv|zv|díl|roč)\.\s?[\dIVXLC]{1,6}(?:[–-][\dIVXLC]{1,6})?(?=,\s)"
    rf"|(?P<place>[{U}][\w-]+(?:\s[{U}][\w-]+)?)(?::\s(?P<publisher>[^,:]{{2,80}}))?,?\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)\b)"
)
_PLACE_YEAR = lazy_compile(
    rf",\s(?P<place>[{U}][\w-]+(?:\s[{U}][\w-]+)?)(?::\s(?P<publisher>[^,:]{{2,80}}))?,?\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)\b"
)
_YEAR = lazy_compile(r"(?<![\d./])((?:1[5-9]|20)\d\d)(?![\d/])")
# the Romance comma imprint, a known place, a publisher, a comma and the year (", Madrid,
# Tecnos, 1983", ", Lisboa, Cosmos, 1999"): the tradition writes "Kraków 2005" or "Praha:
# Academia, 2005", never a place and a publisher each before their own comma
_ROMANCE_IMPRINT = lazy_compile(
    rf",\s(?P<place>[{U}][\w-]+(?:\s[{U}][\w-]+)?),\s[^,:;]{{2,80}},\s(?:1[5-9]|20)\d\d\b"
)


def _romance_imprint(rest: str) -> bool:
    """Does ``rest`` carry a Romance comma imprint (:data:`_ROMANCE_IMPRINT`) whose place is
    a known place of publication? A note with no West Slavic letter and such an imprint is
    not this tradition's even with its ``t. 2``/``s. 9`` (Spanish "tomo", French "tome")."""
    return any(is_place(m["place"]) for m in _ROMANCE_IMPRINT.finditer(rest))


# a title, its full stop, then one word: the city of "Tytuł. Warszawa, Polska: WKŁ, 2010"
_PLACE_OPENS = lazy_compile(rf"^(?P<title>.{{3,}}?[^\W\d]{{2}})\.\s(?P<city>[{U}][^\W\d]+)$")
_VOLUME = lazy_compile(r"\b(?:t\.|roč\.)\s?(?P<v>[\dIVXLC]+)")
_ISSUE = lazy_compile(r"\b(?:z\.|nr|č\.)\s?(?P<i>\d+(?:[/-]\d+)?)")
# (Croatian and Serbian Latin notes, which share the letter "ć", write "str.")
_PAGES = lazy_compile(r"\b(?:s|str)\.\s?(?P<p>\d+(?:\s?[-–]\s?\d+)?)")


# IEEE's quoted title, its comma inside the closing quote ("A. Nowak, „Tytuł,” Czasopismo,
# t. 3, nr 2, s. 4–9, 2020", "J. Novák, “Název,” Časopis, roč. 5"): the engineering list's
# shape (:mod:`.ieee`), not the humanities' bare title between commas
_COMMA_INSIDE = lazy_compile(r"\w[.?!)]?,[”\"]\s")


def parse(body: str) -> Fields | None:
    """Fields of a Polish, Czech or Slovak reference written without italics (see the
    module doc), or None."""
    text = _LEAD_IN.sub("", body.strip())
    if _COMMA_INSIDE.search(text):
        return None
    head = _HEAD.match(text)
    if head is None:
        # "Dzieje Poznania, t. 2: 1793–1945, red. …, Poznań 1998"; "ISSI Team, Tytuł, „…”"
        return titled(text) or _body_article(text) or _unsigned_article(text)
    rest = head.group("rest")
    if _COLON_NAMES.match(rest):
        return None
    slavic = _WESTERN_SLAVIC.search(text) is not None
    if not (slavic or _MARKS.search(rest)) or (not slavic and _romance_imprint(rest)):
        return None
    if not slavic and _ALBANIAN.search(text):
        # ("L. Kola, «Titulli», në R. Hysa (red.), Vëllimi, Botuesi, Tiranë, 2020": Albanian
        # writes "red." too, in words of its own)
        return None
    authors = tuple(m.group(0) for m in _ONE_NAME.finditer(head.group("authors")))
    journal = _JOURNAL.search(rest)
    chapter = _CHAPTER.search(rest)
    book = _BOOK_END.search(rest)
    ends = [m.start() for m in (journal, chapter, book) if m is not None]
    if not ends:
        return None
    end = min(ends)
    title = rest[:end].strip(" ,")
    if not title or re.fullmatch(r"op\.\scit\.?|tamże|tamtéž|tamtiež|ibid\.?", title, re.I):
        return None
    after = rest[end:]
    if journal is not None and journal.start() == end:
        return _article(authors, title, journal, rest[journal.end() :])
    imprint = _PLACE_YEAR.search(after)
    pages = _PAGES.search(after[imprint.end() :] if imprint else after)
    # ("Kraków 1938 (reprint: Kraków 2005)": the reprint is the edition cited)
    year = (reprint_year(after[imprint.end() :]) or imprint.group("year")) if imprint else None
    if year is None:
        found = _YEAR.search(after)
        year = found.group(1) if found else None
    if chapter is not None and chapter.start() == end:
        # (the host's editors before it: "w: J. Nowak (red.), Księga, …", :mod:`.role_marks`)
        opened = after[chapter.end() - chapter.start() :]
        hosted = role_marks.past_editors(opened)
        host = re.split(r",\s", hosted, maxsplit=1)[0]
        return Fields(
            "polish",
            authors,
            title,
            year_of(year),
            container=host.strip(" ,") or None,
            pages=_dash(pages.group("p")) if pages else None,
            place=imprint.group("place") if imprint else None,
            publisher=imprint.group("publisher") if imprint else None,
            chapter=True,
            # (and kept as the book's editors)
            editors=role_marks.host_editors(opened) if hosted != opened else (),
        )
    publisher = imprint.group("publisher") if imprint else None
    place = imprint.group("place") if imprint else None
    # ("Tytuł. Warszawa, Polska: WKŁ, 2010", IEEE's book in a Polish list: the city opens
    # the sentence after the title, its country before the colon)
    opened = _PLACE_OPENS.match(title)
    if opened is not None and publisher and is_place(opened.group("city")):
        title, place = opened.group("title"), f"{opened.group('city')}, {place}"
    # (a volume's number that ended the title: "Tytuł, t. 2, Warszawa 2020")
    volume = _VOLUME.match(after, 2)
    before, comma, last = title.rpartition(", ")
    split = publisher_before_place(title, place)
    if imprint is not None and publisher is None and comma and (press_named(last) or split):
        # "D. Petrović, Naslov, Pravni fakultet, Niš 2011" (Serbian and Croatian notes share
        # the letter "ć"): the publisher before the place is no part of the title
        title, publisher = before, last
    return Fields(
        "polish",
        authors,
        title,
        year_of(year),
        volume=volume.group("v") if volume else None,
        pages=_dash(pages.group("p")) if pages else None,
        place=place,
        publisher=publisher,
        book=imprint is not None,
    )


def _article(authors: tuple[str, ...], title: str, journal: re.Match[str], tail: str) -> Fields:
    """An article's fields: the journal in quotes, then the year, volume, issue, pages."""
    dated = _YEAR.search(tail)
    volume, issue, pages = _VOLUME.search(tail), _ISSUE.search(tail), _PAGES.search(tail)
    return Fields(
        "polish",
        authors,
        title,
        year_of(dated.group(1) if dated else None),
        container=(journal.group("journal") or journal.group("g") or journal.group("r")).strip(),
        volume=volume.group("v") if volume else None,
        issue=issue.group("i") if issue else None,
        pages=_dash(pages.group("p")) if pages else None,
    )


def _body_article(text: str) -> Fields | None:
    """A body's article ("ISSI Team, Tytuł, „Czasopismo” 2019, t. 3"): the part before the
    first comma its author, the title up to the journal's quotes; or None."""
    m = _BODY_HEAD.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    slavic = _WESTERN_SLAVIC.search(text) is not None
    if not (slavic or _MARKS.search(rest)) or (not slavic and _romance_imprint(rest)):
        return None
    if not slavic and _ALBANIAN.search(text):
        # ("L. Kola, «Titulli», në R. Hysa (red.), Vëllimi, Botuesi, Tiranë, 2020": Albanian
        # writes "red." too, in words of its own)
        return None
    journal = _JOURNAL.search(rest)
    if journal is None or any(
        p.search(rest, 0, journal.start()) for p in (_CHAPTER, _BOOK_END, _JOURNAL_LIKE)
    ):
        return None
    title = rest[: journal.start()].strip(" ,")
    return _article((m.group("body").strip(),), title, journal, rest[journal.end() :])


# an unsigned article, a newspaper's report: its title, then the paper in quotes and its
# year ("Pożar w porcie, „Gazeta Przykładowa” 1927, nr 12, s. 3"), the title in italics
# or not
_UNSIGNED = lazy_compile(
    r"^[*_]{0,2}(?P<title>[^\W\d_][^„”“«»;()\d*_]{2,300}?)[*_]{0,2},\s"
    r"(?=[„«»][^„”«»]{2,200}[”«»],?\s(?:1[5-9]|20)\d\d\b)"
)


def _unsigned_article(text: str) -> Fields | None:
    """An article with no author ("Tytuł, „Gazeta” 1933, nr 245, s. 7"): the title up to
    the paper's quotes, the paper's year right after them; or None."""
    m = _UNSIGNED.match(text)
    if m is None or not (_WESTERN_SLAVIC.search(text) or _MARKS.search(text, m.end())):
        return None
    journal = _JOURNAL.search(text, m.end() - 2)
    if journal is None:
        return None
    return _article((), m.group("title").strip(), journal, text[journal.end() :])


def _dash(pages: str) -> str:
    return re.sub(r"\s?[-–]\s?", "–", pages)
