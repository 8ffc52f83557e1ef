"""ACM Reference Format entries (acmart's ``ACM-Reference-Format.bst``).

The ACM Digital Library, ACM's proceedings and journals, and the many papers and READMEs
that copy their lists print every entry the same way::

    Firstname Lastname, F. M. Lastname, and Firstname Lastname. 2019. Title of the paper.
        In *Proceedings of the … Conference* (Place) *(VENUE '19)*. Association for
        Computing Machinery, New York, NY, USA, 112–125. https://doi.org/…
    Firstname Lastname and Firstname Lastname. 2017. Title. *ACM Trans. Database Syst.*
        42, 3, Article 17 (Aug. 2017), 1–38.
    Firstname Lastname. 2014. *Book Title*. Publisher, Place.
    Firstname Lastname. 2016. Title. In *Book Title*, F. Editor and G. Editor (Eds.).
        Publisher, Place, 87–90.

The names are in natural order (given names or initials first), joined by commas with
"and" before the last (", and" from three names on), or end in ", et al."; the year is a
sentence of its own right after them; the title sentence follows.  That head is what
:func:`parse` recognises: every name must read as a person's (so an author-date list that
inverts its first name, ``Smith, John, and Jane Doe. 2010.``, is Chicago's, and
``Smith, J. 2010.`` Harvard's).  What follows the title says the kind: ``In …`` a paper
in proceedings or a chapter, a journal with its volume and date in parentheses an
article, a publisher alone a book.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.nameparticles import ARABIC, PARTICLES
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.patterns import GIVEN_ABBREVIATED, U
from bibcheck.parse.references.shared import (
    Fields,
    emphasized,
    pages,
    place_publisher,
    quoted,
    year_of,
)

__all__ = ["parse"]

# the year sentence after the names: "… Freire. 2016. Title" (", et al. 2016." too)
_YEAR = lazy_compile(r"\.\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.(?:\s|$)")
_LONGEST_NAMES = 1500  # fourteen or twenty names with their commas
_OTHERS = lazy_compile(r",?\set\sal$")
_SEPARATOR = lazy_compile(r",\s(?:and\s)?|\sand\s")
# the words of a name in natural order: given names ("Jean-Marc", "IJsbrand", "Tzu-yang"),
# initials ("J.", "J.-P.", "B.A."), particles, the family name ("O’Connell", "DeLine")
# (after an apostrophe a capital is taken only before more letters, and then for good: a
# capital that both the capital and the letters could take made "O'Ab'Ab'Ab..." exponential)
_NAME_WORD = lazy_compile(
    rf"[{U}][^\W\d_]*(?:['’](?:[{U}](?=[^\W\d_]))?+[^\W\d_]+)*(?:-[^\W\d_]+)*"
)
# (a given name abbreviated to more than its first letter: "Guðni Th. Jóhannesson", "Wm.")
_INITIAL = lazy_compile(rf"[{U}]\.(?:-?[{U}]\.)*|[{U}]|{GIVEN_ABBREVIATED}")
# the shared ones, the Arabic ones but "al", and "das", "della", "des", "do", "zu"; not
# "den" (as this parser has always read names)
_PARTICLES = (PARTICLES - {"den"}) | (ARABIC - {"al"}) | {"das", "della", "des", "do", "zu"}
_GENERATION = lazy_compile(r"(?:Jr|Sr)\.?|II|III|IV")
_GENERATION_AFTER = lazy_compile(r",?\s(?:Jr|Sr)\.?$|,?\s(?:II|III|IV)$")
# words that start a title or name an organisation, never a person's
_NOT_NAME = frozenset(
    "The A An In On Of For And To With From How Why What When Is Are Towards Toward Using "
    "Proceedings Journal Conference Report University Institute Press".split()
)


def _person(name: str) -> bool:
    """Whether ``name`` reads as one person in natural order: given names or initials, then
    the family name (with its particles)."""
    words = name.split()
    if not 2 <= len(words) <= 7 or words[0] in _NOT_NAME:
        return False
    if not _NAME_WORD.fullmatch(words[-1]) or words[-1] == words[-1].upper():
        return False
    if words[-1].rstrip(".") in _NOT_NAME:
        return False
    for word in words[:-1]:
        if word in _PARTICLES:
            continue
        if word in _NOT_NAME:
            return False
        if not (_INITIAL.fullmatch(word) or _NAME_WORD.fullmatch(word)):
            return False
    return words[0] not in _PARTICLES


def _names(head: str) -> tuple[str, ...] | None:
    """The people of an ACM name list, or None when any of them reads as no person."""
    head = _OTHERS.sub("", head.removesuffix("."))
    people: list[str] = []
    for part in _SEPARATOR.split(head):
        if people and _GENERATION.fullmatch(part.strip()):
            people[-1] += f", {part.strip()}"  # "John Smith, Jr."
        else:
            people.append(part.strip())
    if not people or not all(_person(_GENERATION_AFTER.sub("", p)) for p in people):
        return None
    return tuple(people)


# a journal's numbering: "42, 3, Article 17 (Aug. 2017), 1–38", "9 (2021), e11140",
# "2014, 239, Article 2 (March 2014)"; the journal's name before it
_NUMBERING = lazy_compile(
    r"\s(?P<volume>\d{1,5})(?:,\s(?P<issue>[\w–-]{1,12}))?(?:,\sArticle\s\w{1,12})?"
    r"\s\((?:[^()\d]{1,12}\s)?(?:\d{1,2},?\s)?(?:1[5-9]|20)\d\d\)"
    r"(?:,\s(?P<pages>\w{1,10}(?:\s?[–-]\s?\w{1,10})?))?[.,]?"
)
# the place and the venue's acronym after the proceedings: "(Glasgow, UK) *(CHI ’19)*"
_BRACKETED = lazy_compile(r"\*?\([^()]{0,200}\)\*?")
# a thesis (a book, as BibTeX's types count it) or a technical report, then the institution
_DESIGNATION = lazy_compile(
    r"^(?:(?:Ph\.\s?D\.|Master['’]s|Doctoral|Bachelor['’]s)\s(?:[Dd]issertation|[Tt]hesis)"
    r"|(?P<report>Technical\sReport|Tech\.\sRep\.)(?:\s[\w/-]{1,30})?)\.\s"
)
_IN = lazy_compile(r"^In\s(?=\S)")
_EDITORS = lazy_compile(rf",\s[^,()]{{2,300}}?\s{role_marks.MARK}")  # :mod:`.role_marks`


def parse(body: str) -> Fields | None:
    """Fields of an ACM Reference Format entry, or None when ``body`` does not start with
    ACM's names-then-year head."""
    year = _YEAR.search(body, 0, _LONGEST_NAMES)
    if year is None:
        return None
    authors = _names(body[: year.start() + 1])
    if authors is None:
        return None
    after = body[year.end() :].strip()
    if not after or _quoted_sentence(after):
        return None
    italic = emphasized(after)
    if italic is not None:
        title = italic.group("title")
        rest = after[italic.end() :].lstrip(" .,")
    else:
        sentences = split_sentences(after)
        title = sentences[0].rstrip(".")
        rest = after[len(sentences[0]) :].strip()
    fields = Fields("acm", authors, title=title, year=year_of(year.group("year")))
    return _rest(fields, rest, book=italic is not None)


def _quoted_sentence(after: str) -> bool:
    """Whether the title after the year is a sentence in quotation marks (``„Titill.“
    Tímarit 12: 3–9``): ACM prints its titles unquoted, so the entry is an author-date
    list's in natural order (Chicago's, as Icelandic lists print their names), no ACM
    entry: the closing mark then its full stop or comma ("“Title”. Journal"), or the
    title's own stop inside the marks then a space ("“Title.” Journal", "„Titill.“
    MA-ritgerð").  A quoted phrase opening an unquoted title (``"Why Should I Trust You?":
    Explaining …``) is ACM's."""
    q = quoted(after)
    if q is None or q.start() > 1:
        return False
    then = after[q.end() : q.end() + 1]
    if then in {".", ","}:
        return True  # "“Title”. Journal"
    inside = after[: q.end()].rstrip("'’\"”»“")
    return (not then or then.isspace()) and inside.endswith((".", ",", "?", "!"))


def _rest(fields: Fields, rest: str, *, book: bool) -> Fields:
    """What follows the title: proceedings or a book (``In …``), a journal, a publisher."""
    if _IN.match(rest):
        inside = rest[3:]
        italic = emphasized(inside)
        if italic is not None:
            container = italic.group("title")
            after = inside[italic.end() :]
        else:
            sentences = split_sentences(inside)
            container = re.sub(r"\s\(.*$", "", sentences[0]).rstrip(".") if sentences else ""
            after = inside[len(sentences[0]) :] if sentences else ""
        after = _BRACKETED.sub(" ", _EDITORS.sub("", after))
        return Fields(
            fields.style,
            fields.authors,
            title=fields.title,
            year=fields.year,
            container=container or None,
            pages=pages(after),
            publisher=_publisher(after),
            chapter=True,
        )
    numbering = _NUMBERING.search(rest, 0, 400)
    if numbering is not None and numbering.start() > 0:
        journal = rest[: numbering.start()].strip(" ,.")
        return Fields(
            fields.style,
            fields.authors,
            title=fields.title,
            year=fields.year,
            container=journal or None,
            volume=numbering.group("volume"),
            issue=numbering.group("issue"),
            pages=numbering.group("pages"),
            kind=RefKind.ARTICLE if journal else None,
        )
    designated = _DESIGNATION.match(rest)
    if designated is not None:  # "Ph. D. Dissertation. University, Place."
        report = designated.group("report") is not None
        return Fields(
            fields.style,
            fields.authors,
            title=fields.title,
            year=fields.year,
            publisher=_publisher(rest[designated.end() :]),
            book=not report,
            kind=RefKind.REPORT if report else None,
        )
    publisher = _publisher(rest) if rest and not re.search(r"\d", rest) else None
    # ("Title. Chatham House Research Paper. London: Chatham House.": a body's entry in
    # ACM's head with the imprint other styles write, "Place: Publisher")
    place, named = place_publisher(rest) if publisher else (None, None)
    return Fields(
        fields.style,
        fields.authors,
        title=fields.title,
        year=fields.year,
        publisher=named or publisher,
        place=place if named else None,
        # (an italic title and nothing after it but the address and the day it was read:
        # "Gozo Channel. 2024. *Skeda tal-Vjaġġi*. Aċċessat fis-7 ta' Marzu 2024. https://…"
        # is a page of a site, a body's name in ACM's head; with no address, a book)
        book=(book and bool(rest.strip(" .,;"))) or publisher is not None,
        marked_book=book and not rest.strip(" .,;"),
    )


def _publisher(text: str) -> str | None:
    """``Association for Computing Machinery, New York, NY, USA, 1–12.`` -> the publisher:
    the first comma part of the sentence that names it (after the venue's acronym)."""
    for sentence in split_sentences(text.strip(" .,")):
        first = sentence.split(",")[0].strip(" .*()")
        if first and not re.search(r"\d|[’']\d\d", first) and first[:1].isupper():
            return first
    return None
