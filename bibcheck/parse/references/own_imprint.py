"""A body's publication it prints itself: its ``report``.

Vancouver, AMA and their neighbours cite an institute's, an agency's, a standards body's or
a company's document with the body as the author and the same body -- by its name or by the
initials it goes by -- as the publisher::

    Institut für Qualität und Wirtschaftlichkeit im Gesundheitswesen (IQWiG). Allgemeine
    Methoden. Köln: IQWiG; 2023.
    National Institute for Health and Care Excellence (NICE). Evidence standards framework
    for digital health technologies. London: NICE; 2019.
    Clinical and Laboratory Standards Institute. Liquid chromatography-mass spectrometry
    methods. 1st ed. Wayne, PA: CLSI; 2014.
    Türkiye İstatistik Kurumu. İstatistiklerle Yaşlılar, 2023. Ankara: TÜİK; 2024.
    Haute Autorité de santé (HAS). Titre. Saint-Denis: HAS; 2021.

No press prints such a work: the body issues it, and the corpus conventions
(``tests/corpus/README.md``, kinds of sources that are not articles or books) file what a
body issues as its ``report``.  :func:`self_published` says so when

* the work was read as a book or of no kind, with no host, and no ISBN is given;
* its only author is a body named in words -- an organisation's name
  (:func:`.corporate.is_organisation`; a bare acronym, ``ETUFOR``, is not enough) or a name
  followed by its initials in parentheses (``Bundesinstitut für Arzneimittel und
  Medizinprodukte (BfArM)``);
* its publisher is that body: the initials in the author's parentheses (``… (IQWiG)``,
  ``Köln: IQWiG``); or, when the entry gives the body's number for the document
  (``Haber Bülteni Sayı: 53710``, ``CLSI guideline C62-A``, ``No. 12``), the same name (or
  the name's start, ``Bristol-Myers Squibb`` for ``Bristol-Myers Squibb Company``) or an
  acronym whose capitals are the initials of the name's capitalised words, in order
  (``CLSI``, ``TÜİK``; one may hold a letter more than the other).  A body's book with
  neither (``World Health Organization (2009). *Dengue: Guidelines for …*. Geneva: WHO.``)
  is not read here: a public body's guidelines are its report by their genre
  (:func:`.publicpublisher.body_issued`), a title naming none stays a book;
* no later edition is printed (``5th ed.``: a body's handbook in its fifth edition is the
  book it sells, ``American Psychiatric Association … 5th ed. Arlington, VA: American
  Psychiatric Association``); a first edition says nothing either way.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.body_initials import acronym_of
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["as_report", "named_body", "names_itself", "self_published"]

# the name, then its initials in parentheses: "National Institute … (NICE)"
_INITIALS = lazy_compile(r"^(?P<name>.+?)\s*\((?P<short>[^\W\d_][\w./&-]{1,14})\)$")
# an acronym: one word, at least two capitals, maybe lower-case letters between ("IQWiG")
_ACRONYM = lazy_compile(r"^(?=(?:\w*?[^\W\d_a-z]){2})[^\W\d_][\w&-]{1,14}$")
_ISBN = lazy_compile(r"\bISBN\b")
# an edition's statement, its number the first group
_EDITION = lazy_compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|e|\.|ª|ᵉ)?\s?(?:ed|edn|edition|Aufl|éd|édition|edición|ed\.)\b"
    r"|\b[Rr]ev\.\sed\b",
)
# the body's number for the document: "Sayı: 53710", "No. 12", "CLSI guideline C62-A"
_NUMBERED = lazy_compile(
    r"(?:\b(?:Sayı|No|Nr|Number|Nummer|núm|guideline|document|standard)\.?|n[°º])\s?:?\s?"
    r"[A-Z]{0,3}\d"
)
# capitalised words' initials (connectives in lower case do not count)
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")


def _flat(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:").casefold()


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD.findall(name) if w[0].isupper())


def _capitals(acronym: str) -> str:
    return "".join(c for c in acronym if c.isupper())


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _acronym_of(acronym: str, name: str) -> bool:
    """Are ``acronym``'s capitals the initials of ``name``'s capitalised words, in order,
    one perhaps holding letters the other has not ("NICE" of National Institute for Health
    and Care Excellence, "TÜİK" of Türkiye İstatistik Kurumu), or the initials of its
    significant words (:func:`.body_initials.acronym_of`)?"""
    caps, initials = _capitals(acronym), _initials(name)
    if min(len(caps), len(initials)) >= 3 and caps[0] == initials[0]:
        if _subsequence(caps, initials) or _subsequence(initials, caps):
            return True
    # or of its significant words, in lower case too ("OMS" of Organisation mondiale de la
    # Santé, "BFS" of Bundesamt für Statistik)
    return acronym_of(acronym, name)


def names_itself(author: str, publisher: str, numbered: bool = True) -> bool:
    """Does ``publisher`` name the body ``author`` (see the module)?  Only by the initials
    the author gives in parentheses unless the work is ``numbered``."""
    author = " ".join(author.split()).strip(" .,;")
    publisher = " ".join(publisher.split()).strip(" .,;")
    if not author or not publisher:
        return False
    m = _INITIALS.match(author)
    name = m.group("name") if m is not None else author
    if m is not None and _flat(m.group("short")) == _flat(publisher):
        return True
    if not numbered:
        return False
    if _flat(publisher) == _flat(name):
        return True
    if len(publisher.split()) >= 2 and _flat(name).startswith(_flat(publisher) + " "):
        return True
    return _ACRONYM.match(publisher) is not None and _acronym_of(publisher, name)


def named_body(author: str) -> bool:
    """A body named in words, two or more ("ETUFOR" alone is a name the entry may print as
    a book's author, ABNT's way: what it was read as stays)."""
    if len(author.split()) < 2:
        return False
    if is_organisation(author):
        return True
    m = _INITIALS.match(" ".join(author.split()))
    return m is not None and not _person_initials(m.group("name"), m.group("short"))


# a person's name: one or two capitalised words or initials ("Smith", "John Smith", "Smith J")
_PERSON = lazy_compile(r"^[^\W\d_][\w'’-]*\.?(?:\s[^\W\d_][\w'’-]*\.?)?$")


def _person_initials(name: str, short: str) -> bool:
    """A person's name with the person's initials in brackets (``Smith (JS)``, ``John Smith
    (JS)``): two or three capitals, the last the initial of the name's first or last word
    (the family name's), naming no body."""
    return (
        _PERSON.match(name) is not None
        and 2 <= len(short) <= 3
        and short.isupper()
        and short[-1] in {name[:1], name.split()[-1][:1]}
        and not is_organisation(name)
        and not acronym_of(short, name)
    )


def _later_edition(raw: str) -> bool:
    for m in _EDITION.finditer(raw):
        if m.group(1) is None or m.group(1) != "1":
            return True
    return False


def self_published(ref: Reference) -> bool:
    """Is ``ref`` a body's work it publishes itself (see the module)?"""
    return (
        ref.kind in (RefKind.BOOK, RefKind.UNKNOWN)
        and bool(ref.title)
        and ref.host is None
        and len(ref.authors) == 1
        and named_body(ref.authors[0])
        and bool(ref.publisher)
        and not has_publisher_word(ref.publisher or "")
        and _ISBN.search(ref.raw) is None
        and not _later_edition(ref.raw)
        and names_itself(ref.authors[0], ref.publisher or "", _NUMBERED.search(ref.raw) is not None)
    )


def as_report(ref: Reference) -> Reference:
    """``ref`` a ``report`` when the body that wrote it published it (see the module)."""
    return dataclasses.replace(ref, kind=RefKind.REPORT) if self_published(ref) else ref
