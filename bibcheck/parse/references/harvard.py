"""Harvard references (Cite Them Right): ``Surname, I. (2020) Title. Place: Publisher.``

Like APA but the parenthesised year is not followed by a period; article
and chapter titles are in single quotes, followed by ``Journal, 12(3), pp.
45–67`` or ``in Editor (ed.) Book. Place: Publisher, pp. 1–10``; editions
are written ``2nd edn``; web pages end with ``Available at: URL (Accessed:
…)``, already cut out before this parser runs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import fields as f
from bibcheck.parse.references import series_part
from bibcheck.parse.references.apa import authors
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR
from bibcheck.parse.references.shared import (
    Fields,
    pages,
    place_publisher,
    quoted,
    quoted_text,
    strip_edition,
    title_sentences,
    year_of,
)

_SHAPE = lazy_compile(
    # (no quoted or emphasised title among the names: that is another shape)
    r"^(?P<authors>[^“”„«»‘\"*]+?)\s?\((?P<year>\d{4}[a-z]?|n\.\s?d\.|[\dOoОо?–-]{3,6})\)(?!\.)(?P<sep>[,.]?)\s+"
    r"(?P<after>.+)$"
)
FOUR_DIGITS_RE = lazy_compile(PLAUSIBLE_YEAR)
# "Müller, K. Title. Zeitschrift für Geschichte 45 (2001), S. 12-30": a number right before
# the parenthesised year is a volume (DIN, Chicago), so the year is not Harvard's after names
_NUMBERED = lazy_compile(r"[^\W\d_]{4}\.\s.*\s\d{1,4}$")
# ... and so is one after a journal's name in an engineering list ("Jonsson, G. R., Lalot,
# S., Title, International Journal of Heat and Mass Transfer 50 (2007) 2643–2655")
_JOURNAL_VOLUME = lazy_compile(r"^[^,]+,\s(?:[A-Z]\.\s?-?)+,\s.*,\s(?:[^,\s]+\s){3,}\d{1,4}$")
# "…, H.C. 1846 (735)", "HC 1847–48 (956)": names never end with a year, so a number in
# parentheses after one is no Harvard year (here a parliamentary paper's sessional number)
_AFTER_A_YEAR = lazy_compile(r"\b(?:1[5-9]|20)\d\d(?:[-–/]\d{1,2})?$")
# "Heri, Title, European Journal of International Law 33 (2022), 925 ff.": a volume number
# after a journal's words, the names and the title before them (German legal notes)
_AFTER_A_VOLUME = lazy_compile(r",\s[^,]+,\s(?:[^\W\d_][\w.’'-]*\s)+\d{1,4}$")
_VOLUME = lazy_compile(
    r"^,?\s?(?P<journal>[^,]+?),\s(?:vol\.\s?)?(?P<vol>\d+)(?:\s?\((?P<iss>[^)]+)\))?"
)
# ("in", or Turkish "içinde", written where English writes it: "‘Title’, içinde Akça, İ.
# (ed.) *Book*")
_IN = lazy_compile(
    r"^,?\s?(?:in|içinde)\s(?:(?P<editors>.+?)\s\(eds?\.?\)\s)?(?P<book>[^.]+)", re.I
)


def parse(body: str) -> Fields | None:
    """Harvard fields, or None when ``body`` lacks the ``Surname, I. (2020) Title`` shape."""
    m = _SHAPE.match(body)
    if m is None or _NUMBERED.search(m.group("authors")):
        return None
    if _JOURNAL_VOLUME.search(m.group("authors")):
        return None
    if _AFTER_A_YEAR.search(m.group("authors")) or _AFTER_A_VOLUME.search(m.group("authors")):
        return None
    after = m.group("after")
    year = year_of(m.group("year"))
    if year.year is None and m.group("year").isdigit() and FOUR_DIGITS_RE.search(after):
        return None  # "(1285), reprinted in ... 1932": a document's date, not Harvard's year
    if _other_imprint_year(after, m.group("year")):
        return None  # "Name, Title … (1514), 2 vols (Turnhout: Brepols, 1999)": the title's date
    fields = Fields("harvard", authors(m.group("authors")), None, year)
    q = quoted(after, single=True)
    if q is not None and q.start() < 3 and not f.quote_opens_title(after, q):
        return _quoted_work(fields, quoted_text(q), after[q.end() :])
    if m.group("sep") == ",":
        commas = _comma_work(fields, after)
        if commas is not None:
            return commas
    sentences = title_sentences(after)
    if not after.lstrip().startswith(("*", "_")):
        # ("Dust in the belt. I. Grain sizes. Icarus 153, …": a paper in a series of papers,
        # :mod:`.series_part`)
        sentences = series_part.with_series_part(sentences)
    while len(sentences) > 1 and _PART.match(sentences[1]):
        # "Guide to instruments. Volume III: Observing systems.": the volume is the title's
        sentences = [f"{sentences[0].rstrip('. ')}. {sentences[1]}", *sentences[2:]]
    title = strip_edition(sentences[0]) if sentences else None
    place, publisher = place_publisher(" ".join(sentences[1:]))
    imprint = _TITLE_IMPRINT.search(title or "") if place is None and publisher is None else None
    if title and imprint is not None and imprint.start() > 0:
        # "Gentrification: a working-class perspective, Farnham: Ashgate.": the comma before
        # "Place: Publisher" ends the title
        title = strip_edition(title[: imprint.start()]) or None
        place, publisher = imprint.group("place"), imprint.group("pub").strip()
    return replace(fields, title=title, place=place, publisher=publisher)


# a book's imprint in parentheses, Chicago's, with its year: "(Turnhout: Brepols, 1999)",
# "(Paris : Vrin, 2004)"
_PAREN_IMPRINT = lazy_compile(r"\([^():]{2,80}\s?:\s[^()]{2,120}?,\s(?P<year>(?:1[5-9]|20)\d\d)\)")


def _other_imprint_year(after: str, year: str) -> bool:
    """Does a parenthesised ``(Place: Publisher, Year)`` imprint of another year follow? The
    year in parentheses before it is then a date in the title (a catalogue's, a
    chronicle's: ``… de Claude de Grandrue (1514), 2 vols (Turnhout: Brepols, 1999)``), no
    Harvard year."""
    imprint = _PAREN_IMPRINT.search(after)
    return imprint is not None and imprint.group("year") != year.strip()[:4]


# The imprint after the title's comma, the sentence's end: ", Farnham: Ashgate", ", New York,
# NY: Basic Books", ", Milton Keynes: Open University Press, 2009" (a place is one to three
# capitalised words, its state or country after a comma)
_TITLE_IMPRINT = lazy_compile(
    r",\s(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2}(?:,\s[A-Z]{2,3})?)\s?:\s?"
    r"(?P<pub>[A-Z][^:;,()]{1,80}?)(?:,\s?\d{4})?\.?\s*$"
)


# the volume or part of a work in several, named after its title: "Volume III: Observing
# systems", "Part 2: Methods", "Band 4: Quellen", "Tome II : Les sources", "Vol. 2"
_PART = lazy_compile(
    r"(?:Volume|Vol\.|Part|Band|Bd\.|Teil|Tome|Tomo|Parte|Livre|Book)\s(?:[IVXLC]+|\d{1,3})\b"
    r"(?:\s?:\s\S|\.?$)"
)


# The comma form of economics series (Banca d'Italia, OECD working papers): "Manning, A.
# (2021), The elusive employment effect, Journal of Economic Perspectives, 35(1), 3–26." and
# "Dube, A. (2019), Impacts of minimum wages, London, HM Treasury." -- the title is all
# before the journal and its volume, or before the place and publisher.
_COMMA_ARTICLE = lazy_compile(
    r",\s(?P<journal>[^,]{3,120}?),\s(?:vol\.\s?)?(?P<vol>\d+)(?:\s?\((?P<iss>[^)]+)\))?"
    r"(?:,\s(?:pp?\.\s?)?(?P<pages>\w+(?:\s?[–-]\s?\w+)?))?[.,]?\s*$"
)
_COMMA_BOOK = lazy_compile(
    r",\s(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?),\s(?P<pub>[A-Z][^,]{1,80}?)\.?\s*$"
)


def _comma_work(fields: Fields, after: str) -> Fields | None:
    article = _COMMA_ARTICLE.search(after)
    if article is not None and article.start() > 0:
        return replace(
            fields,
            title=after[: article.start()].strip(" ,.") or None,
            container=article.group("journal").strip(),
            volume=article.group("vol"),
            issue=article.group("iss"),
            pages=article.group("pages"),
        )
    book = _COMMA_BOOK.search(after)
    if book is not None and book.start() > 0:
        return replace(
            fields,
            title=strip_edition(after[: book.start()]) or None,
            place=book.group("place"),
            publisher=book.group("pub").strip(),
        )
    return None


def _quoted_work(fields: Fields, title: str, tail: str) -> Fields:
    fields = replace(fields, title=title, pages=pages(tail))
    chapter = _IN.match(tail)
    if chapter:
        place, publisher = place_publisher(tail[chapter.end() :])
        return replace(
            fields, container=chapter.group("book"), chapter=True, place=place, publisher=publisher
        )
    journal = _VOLUME.match(tail)
    if journal:
        return replace(
            fields,
            container=journal.group("journal"),
            volume=journal.group("vol"),
            issue=journal.group("iss"),
        )
    container = tail.strip(" ,.").split(",")[0].split(". ")[0] or None
    return replace(fields, container=container)
