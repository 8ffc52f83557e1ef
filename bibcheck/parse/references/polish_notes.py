"""Polish, Czech and Slovak humanities notes, read with their italics.

The tradition (Polish PN-ISO 690 practice in the humanities and social sciences, Czech
and Slovak ČSN ISO 690 notes) sets the title in italics between commas, the journal in
low-high quotes, and writes the rest as place, publisher and year or volume and issue:

* ``M. Kowal, P. Nowak, *Tytuł artykułu*, „Przegląd Historyczny” 2019, t. 110, z. 3,
  s. 401–420`` (an article: the journal in quotes, ``t.``/``z.``/``nr``, Czech ``roč.``,
  ``č.``);
* ``A. Lis, *Tytuł felietonu*, „Gazeta Wyborcza”, 3.02.2021`` (a newspaper, its date);
* ``K. Wiśniewska, *Tytuł książki*, Kraków: Universitas 2015, s. 12–14`` and ``GUS,
  *Rocznik statystyczny – ludność 2020 r.*, Warszawa 2021`` (a book: place, publisher,
  year; a dash inside the italics is part of the title);
* ``J. Mazur, *Tytuł rozdziału*, [w:] *Tytuł tomu*, red. A. Bąk, Lublin 2018, s. 5–20``
  and Czech ``…, *Název kapitoly*, In: *Sborník*, ed. …`` (a chapter);
* a statute by its date: ``Ustawa z dnia 16 maja 2019 r. o …`` (year 2019), Czech and
  Slovak ``Zákon č. 89/2012 Sb.``.

The title ends where the italics end, so these notes are read only when the reader kept
the italics as ``*…*`` (a Word note).  :func:`polish_note` returns the fields the shape
gives over ``base`` (the generic reading of the note, for its URL, DOI and access date),
or None when the note is not in this tradition.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.coauthors import ET_AL
from bibcheck.parse.references import doclanguage, quote_pairs, role_marks
from bibcheck.parse.references.sourcekind import source_kind

__all__ = ["STATUTE_START", "VOLUME_TITLE", "polish_note"]

# letters of Polish, Czech and Slovak that their neighbours' languages mostly lack
_WESTERN_SLAVIC = lazy_compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻěřůťďňĺľŕĚŘŮŤĎŇĹĽŔ]")
_LEAD_IN = lazy_compile(
    r"^(?:Por\.|Zob\.(?:\s(?:też|także|np\.))?|Cyt\.\sza:?|Srov\.|Viz|Pozri|Cf\."
    # ("after", "according to": "Za Kowalskim i in., *Tytuł*", "Podle Nováka, *Název*")
    r"|Za|Według|Podle|Podľa)\s+",
    re.I,
)
# lower-case words before the first name ("prace", "uwagi poczynione przez"), not a
# particle of a name ("von Wright", "de Gaulle")
_PROSE_LEAD = lazy_compile(
    r"^(?:(?!(?:von|van|de|der|den|da|di|du|dos|del|della|le|la|ten|ter)\s)"
    r"[a-ząćęłńóśźżčďěňřšťůýžáéíúäô]+\s+)+(?=[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ])"
)
# the Slavic (or Latin) "and others" closing the names: "i in.", "i wsp.", "a kol.", "et al."
_OTHERS = lazy_compile(rf",?\s+{ET_AL}$")
# (no quotation mark in the names: "J. Author, «Title», *Journal*, no. 3" and "J. Author,
# “Title,” *Journal*" quote the title and set the journal in italics, as Chicago notes in
# French, Russian, Turkic or Swiss German do -- the italics are no title there)
_SHAPE = lazy_compile(
    rf"^(?P<authors>[^*{re.escape(quote_pairs.marks())}]{{2,200}}?),\s*\*(?P<title>[^*]+)\*(?P<rest>.*)$",
    re.S,
)
_CHAPTER = lazy_compile(r"^[,.]?\s*(?:\[w:\]|\[in:\]|w:|In:|V:|W:)\s", re.I)
# the journal in quotation marks after the title ("„Przegląd Historyczny” 2019", "«Revue»"):
# any language's marks (:func:`.quote_pairs.leading`)
_BEFORE_JOURNAL = lazy_compile(r"^[,.]?\s*")
# (a place in any Latin script's capitals: "İstanbul", "Ángers", "Århus", "Łódź", "Şanlıurfa")
_PLACE_YEAR = lazy_compile(
    r"[,.]\s*(?P<place>[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻČŘŠŽĎŤŇĽĹŔŐŰİŞĞ][\w.–/ -]{1,60}?)"
    r"(?:\s?:\s?(?P<publisher>[^,:]{2,120}?))?,?\s(?P<year>(?:1[5-9]|20)\d\d)\b"
)
_DATE_YEAR = lazy_compile(r"\b\d{1,2}\.\d{1,2}\.((?:1[5-9]|20)\d\d)\b")
_YEAR = lazy_compile(r"(?<![\d.])((?:1[5-9]|20)\d\d)(?![\d.])")
_VOLUME = lazy_compile(r"\b(?:t\.|roč\.|vol\.|Bd\.)\s?(?P<v>[\dIVXLC]+)")
_ISSUE = lazy_compile(r"\b(?:z\.|nr|č\.|no\.|Nr\.)\s?(?P<i>\d+(?:[/-]\d+)?)")
# the page: "s. 45", and the Czech and Slovak "str. 45" (strana)
_PAGES = lazy_compile(r"\b(?:[sS]|[sS]tr)\.\s?(?P<p>\d+(?:\s?[-–]\s?\d+)?)")
# (the initials one repeat, read whole: each ends with its period, which no family name
# has; as a repeat of initials each followed by a repeat of initials, "A.A.A.A…" was split
# every way: exponential; a name in capitals read whole too)
_PERSON = lazy_compile(
    r"^[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ][a-ząćęłńóśźżčďěňřšťůýžáéí]?\.\s?"
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ][a-ząćęłńóśźżčďěňřšťůýžáéí]?\.\s?|-[A-Z]\.\s?)*+"
    r"[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ][\w'’-]+$"
    r"|^[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ][\w'’-]++\s(?:[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ]\.\s?|-[A-Z]\.)++$"
    r"|^[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ]{2}[\w'’-]*+,?\s[A-Z][\w.]*$"
)
_EDITOR_ROLE = lazy_compile(rf"\s{role_marks.MARK}$")  # "(red.)", "(oprac.)": :mod:`.role_marks`
VOLUME_TITLE = lazy_compile(
    r"^,\s(?P<volume>(?:t|cz|sv|zv|díl|Bd)\.\s[\dIVXLC]{1,6}):\s\*(?P<title>[^*]+)\*"
)
_AND = lazy_compile(r"\s(?:i|a|oraz|und|&)\s")
# a statute by its date: "Ustawa z dnia 16 maja 2019 r. o …", "Rozporządzenie Ministra …
# z dnia 3 marca 2020 r.", Czech/Slovak "Zákon ze dne 21. března 2012", "Zákon č. 89/2012 Sb."
_STATUTE = lazy_compile(
    r"^(?:Ustawa|Rozporządzenie|Obwieszczenie|Zarządzenie|Uchwała|Dekret|Zákon|Vyhláška"
    r"|Nariadenie|Nařízení|Zákonník)\b[^(]*?"
    r"(?:\bz\s(?:dnia|dňa)\s\d{1,2}\.?\s\w+\s(?P<year>(?:1[5-9]|20)\d\d)"
    r"|\bze\sdne\s\d{1,2}\.\s\w+\s(?P<cz>(?:1[5-9]|20)\d\d)"
    r"|\bč\.\s\d{1,4}/(?P<no>(?:1[5-9]|20)\d\d)\s(?:Sb|Z\.\s?z)\.)",
    re.I,
)

STATUTE_START = lazy_compile(
    r"^(?:Ustawa|Rozporządzenie|Obwieszczenie|Zarządzenie|Uchwała|Dekret|Zákon|Vyhláška"
    r"|Nariadenie|Nařízení)\s"
)


def polish_note(text: str, base: Reference) -> Reference | None:
    """The reference of a note in the Polish/Czech/Slovak tradition (``text``: the note
    with its italics as ``*…*``), over ``base``; None when the note has not that shape."""
    plain = _LEAD_IN.sub("", text.strip())
    statute = _STATUTE.match(plain.replace("*", ""))
    if statute is not None:
        year = statute.group("year") or statute.group("cz") or statute.group("no")
        title = re.split(r"\s\((?:Dz\.\s?U|M\.\s?P|Sb)\b", plain.replace("*", ""))[0]
        return replace(
            base,
            kind=RefKind.UNKNOWN if base.kind is RefKind.COMMENTARY else base.kind,
            title=title.strip(" ,.") if base.title is None else base.title,
            year=int(year),
            year_raw=year,
            style="polish",
        )
    m = _SHAPE.match(plain)
    if m is None:
        return None
    authors, title, rest = m.group("authors").strip(), m.group("title"), m.group("rest")
    # an edited volume's editor ("J. Barta (red.)") is named without the role, the names
    # without the "and others" after them ("J. Kowalski i in.", "Nováka a kol.")
    authors = _OTHERS.sub("", _EDITOR_ROLE.sub("", authors))
    # (the note's own words before the name: "Zob. prace Kowalskiego i in., *Tytuł*")
    authors = _PROSE_LEAD.sub("", authors)
    volume = VOLUME_TITLE.match(rest)
    if volume is not None:
        # "*System Prawa Prywatnego*, t. 13: *Prawo autorskie*": the volume's title is the
        # title's too
        title = f"{title.strip(' ,')}, {volume.group('volume')}: {volume.group('title')}"
        rest = rest[volume.end() :]
    if not _tradition(text, rest):
        return None
    fields = replace(
        base,
        authors=_authors(authors),
        title=title.strip(" ,;:"),
        style="polish",
    )
    if _CHAPTER.match(rest):
        return _chapter(fields, rest)
    lead = _BEFORE_JOURNAL.match(rest)
    start = lead.end() if lead is not None else 0
    journal = quote_pairs.leading(rest[start:])
    if journal is not None:
        return _article(fields, journal[0], rest[start + journal[1] :])
    # (a ministry's plan, cited as a book is: its report, :func:`.sourcekind.source_kind`)
    return source_kind(_book(fields, rest))


def _tradition(text: str, rest: str) -> bool:
    """Polish, Czech or Slovak (their letters, or their abbreviations after the title).

    ``t. 2`` is the tradition's *tom*, but also the Romance *tomo*, *tome* (``Histoire de la
    ville*, t. 2, Paris, Armand Colin, 1990``): a note with none of the letters is told by it
    only in a Polish, Czech or Slovak document (:mod:`.doclanguage`); in any other, or one
    whose language is not known, only by the abbreviations no other language writes."""
    if _WESTERN_SLAVIC.search(text):
        return True
    if doclanguage.language() in _TOM_LANGUAGES:
        return _ABBREVIATION.search(rest) is not None
    return _OWN_ABBREVIATION.search(rest) is not None


# the tradition's abbreviations after the title: "[w:]", "s. 12", "roč.", "red." (which
# the Western languages do not write), and "t. 3" (which the Romance ones do)
_OWN_ABBREVIATION = lazy_compile(r"\[w:\]|\bs\.\s?\d|\broč\.|\bred\.\s")
_ABBREVIATION = lazy_compile(rf"{_OWN_ABBREVIATION.pattern}|\bt\.\s?\d")
# the documents whose notes write "t. 2" for the tradition's volume (tom); a document whose
# language is not known is told by the tradition's own abbreviations (or letters) only
_TOM_LANGUAGES = frozenset({"pl", "cs", "sk"})


def _authors(text: str) -> tuple[str, ...]:
    parts = [p.strip() for p in re.split(r",\s|\s(?:i|a|oraz|und|&)\s", text) if p.strip()]
    if len(parts) > 1 and all(_PERSON.match(p) for p in parts):
        return tuple(parts)
    return (text,)  # one person, or a body ("Najwyższa Izba Kontroli", "GUS")


def _year(text: str) -> tuple[int | None, str | None]:
    date = _DATE_YEAR.search(text)
    if date is not None:
        return int(date.group(1)), date.group(1)
    years = _YEAR.findall(re.sub(r"\[[^\]]*\]\([^)]*\)|https?://\S+", " ", text))
    return (int(years[0]), years[0]) if years else (None, None)


def _pages(text: str) -> str | None:
    m = _PAGES.search(text)
    return re.sub(r"\s?[-–]\s?", "–", m.group("p")) if m else None


def _article(ref: Reference, journal: str, rest: str) -> Reference:
    year, year_raw = _year(rest)
    volume = _VOLUME.search(rest)
    issue = _ISSUE.search(rest)
    return replace(
        ref,
        kind=RefKind.ARTICLE,
        host=journal.strip(),
        year=year if year is not None else ref.year,
        year_raw=year_raw if year_raw is not None else ref.year_raw,
        volume=volume.group("v") if volume else None,
        issue=issue.group("i") if issue else None,
        pages=_pages(rest) or ref.pages,
    )


def _book(ref: Reference, rest: str) -> Reference:
    imprint = _PLACE_YEAR.search(rest)
    if imprint is None:
        return ref
    # (a thesis or a report the whole note was read as stays one: "…, Yüksek Lisans Tezi,
    # Üniversitesi, İstanbul, 2020" names its university and place, no publisher)
    kind = ref.kind if ref.kind in (RefKind.THESIS, RefKind.REPORT) else RefKind.BOOK
    return replace(
        ref,
        kind=kind,
        place=imprint.group("place").strip(),
        publisher=(imprint.group("publisher") or "").strip() or None,
        year=int(imprint.group("year")),
        year_raw=imprint.group("year"),
        pages=_pages(rest[imprint.end() :]) or ref.pages,
    )


def _chapter(ref: Reference, rest: str) -> Reference:
    # (the host's editors before it: "[w:] J. Nowak (red.), *Księga*", :mod:`.role_marks`)
    opened = _CHAPTER.sub("", rest, count=1)
    after = role_marks.past_editors(opened)
    host = re.match(r"\s*\*(?P<h>[^*]+)\*", after)
    imprint = _PLACE_YEAR.search(after[host.end() :] if host else after)
    year, year_raw = (
        (int(imprint.group("year")), imprint.group("year")) if imprint else _year(after)
    )
    return replace(
        ref,
        kind=RefKind.CHAPTER,
        host=host.group("h").strip(" ,") if host else None,
        place=imprint.group("place").strip() if imprint else None,
        publisher=((imprint.group("publisher") or "").strip() or None) if imprint else None,
        year=year if year is not None else ref.year,
        year_raw=year_raw if year_raw is not None else ref.year_raw,
        pages=_pages(after) or ref.pages,
        # (and kept as the book's editors)
        editors=role_marks.host_editors(opened) if after != opened else ref.editors,
    )
