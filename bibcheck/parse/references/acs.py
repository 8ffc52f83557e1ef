"""ACS-style references, as MDPI and many chemistry and engineering journals print them.

``Basner, M.; Babisch, W.; Davis, A. Auditory and non-auditory effects of noise on
health. Lancet 2014, 383, 1325–1332.`` -- surname and initials, authors separated by
``;``, no year after the names; the title is the first sentence; then the abbreviated
journal, the year, the volume (an issue in parentheses) and the pages.  A book:
``Title; Publisher: Place, Year.``, a chapter: ``Title. In Book; Editor, A., Ed.;
Publisher: Place, Year; pp. 1–10.``

Markdown's emphasis around the journal, year and volume (``*Science* **2012**, *338*,
643–647``, ACS's italic journal, bold year and italic volume as a writer types them) is read
through (:mod:`.mdemphasis`).

One author alone (``Muzet, A. Environmental noise...``) is taken for this style only
when the rest has its journal or book shape, so ``Smith, J. Title. Place: Publisher,
2010.`` (Chicago with initials) stays with the other parsers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.mdemphasis import unmarked
from bibcheck.parse.references.patent import DESIGNATION
from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.shared import Fields, last_year, year_of
from bibcheck.parse.years import YEAR as _YEAR

_PERSON = rf"{SURNAME}(?:[\s-]{SURNAME})?,\s[{U}]\.(?:\s?-?[{U}]\.)*"
_SHAPE = lazy_compile(
    rf"^(?P<authors>{_PERSON}(?:;\s?{_PERSON}){{0,40}})(?:;?\s?et\sal\.)?\s(?P<after>[^\s;].+)$"
)
# (an abbreviated journal has no comma, "J. Phys. Chem. A 2014, 118", but before the
# abbreviation of its part or edition: "Angew. Chem., Int. Ed.", "Acta Crystallogr., Sect. A:
# Found. Adv.", "J. Chem. Soc., Perkin Trans. 1")
_JOURNAL = lazy_compile(
    rf"^(?P<journal>(?:[^,;]|,\s(?=[{U}]))+?)\s(?P<year>{_YEAR}),\s(?P<vol>\d+)(?:\s?\((?P<iss>[^)]+)\))?"
    r"(?:,\s(?P<pages>[\w–-]+))?"
)
_BOOK = lazy_compile(
    rf";\s(?P<publisher>[^:;]{{2,80}}):\s(?P<place>[^;]{{2,60}}),\s(?P<year>{_YEAR})"
)
_IN = lazy_compile(r"^In\s(?P<book>[^;]+);")
# the version after a program's name is no part of its title: "Gaussian 16, Revision C.01"
_VERSION = lazy_compile(r",\s(?:Revision|Rev\.|Version|Ver\.|Release)\s\S+$", re.I)
# what a title sentence holds and a journal's abbreviated name does not: a small function
# word between words ("The Role of Exact Exchange"), or a part's number alone ("III",
# "Part 2") -- a title of several sentences ("Thermochemistry. III. The Role of ...")
_PROSE = lazy_compile(r"\s(?:of|the|and|for|in|on|with|to|by|from|via|a|an|at)\s")
_PART = lazy_compile(r"(?:[IVXL]{1,5}|Part\s\w+|\d{1,2})")


def _journal_named(name: str) -> bool:
    """Can ``name`` be a journal's (abbreviated) name, not a title's sentences with it?"""
    pieces = re.split(r"\.\s", name)
    return not any(_PROSE.search(f" {p} ") or _PART.fullmatch(p) for p in pieces[:-1])


def _title_journal(after: str, sentences: list[str]) -> tuple[str, re.Match[str] | None]:
    """The title (its first sentence, or more when what follows the first is no journal's
    name yet: "Title. III. Subtitle. J. Chem. Phys. 1993, 98, 5648") and the journal match."""
    ends = []
    at = 0
    for sentence in sentences:
        at = after.find(sentence, at) + len(sentence)
        ends.append(at)
    first = None
    for end in ends[:-1]:
        journal = _JOURNAL.match(after[end:].strip())
        if journal is None:
            continue
        if _journal_named(journal.group("journal")):
            return after[:end], journal
        if first is None:
            first = (after[:end], journal)
    return first or (sentences[0], None)


def names_end(text: str) -> int:
    """Where a list of two or more ACS names (``Brandt, L.; Okonkwo, C.; Haas, M.``) that
    opens ``text`` before more words ends; 0 when ``text`` opens with none.  Its semicolons
    part people, not works: "Brandt, L." is no short note ("Brandt, L[=50]")."""
    m = _SHAPE.match(text)
    return m.end("authors") if m is not None and ";" in m.group("authors") else 0


def parse(body: str) -> Fields | None:
    """ACS fields, or None when ``body`` lacks the ``Surname, I.; Surname, I. Title.`` shape."""
    m = _SHAPE.match(unmarked(body))
    if m is None:
        return None
    people = tuple(p.strip() for p in m.group("authors").split(";"))
    after = m.group("after")
    sentences = split_sentences(after)
    if not sentences:
        return None
    first = sentences[0]
    book = _BOOK.search(first)
    if book is not None:  # "Title; Publisher: Place, 2018."
        # (a series between the title and the publisher is no part of the title: "Title;
        # JRC Scientific and Technical Reports; Publisher: Place, 2009")
        return Fields(
            "acs",
            people,
            _VERSION.sub("", first[: book.start()].split("; ")[0].strip(" .")),
            year_of(book.group("year")),
            publisher=book.group("publisher").strip(),
            place=book.group("place").strip(),
        )
    title, journal = _title_journal(after, sentences)
    if journal is None:
        title = first
    rest = after[len(title) :].strip()
    chapter = _IN.match(rest)
    if journal is None and chapter is None and DESIGNATION.match(rest):
        # "Names. Title. U.S. Patent 11,234,567 B2, February 1, 2022."
        return Fields(
            "acs", people, title.rstrip(". "), year_of(last_year(rest)), kind=RefKind.PATENT
        )
    if journal is None and chapter is None:
        return None  # semicolons between names alone are no ACS: its journal or "In" is
    fields = Fields("acs", people, title.rstrip(". "))
    if journal is not None:
        return replace(
            fields,
            container=journal.group("journal").strip(" ."),
            year=year_of(journal.group("year")),
            volume=journal.group("vol"),
            issue=journal.group("iss"),
            pages=journal.group("pages"),
        )
    if chapter is not None:
        in_book = _BOOK.search(rest)
        return replace(
            fields,
            container=chapter.group("book").strip(),
            chapter=True,
            publisher=in_book.group("publisher").strip() if in_book else None,
            place=in_book.group("place").strip() if in_book else None,
            year=year_of(in_book.group("year") if in_book else last_year(rest)),
        )
    return replace(fields, year=year_of(last_year(rest)))
