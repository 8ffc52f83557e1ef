"""Notes and lists that write the family names in capitals and close the names with a
colon, as Spanish and Latin-American legal and humanities writing does (and Italian,
Portuguese and French legal scholarship after it):

* ``RALLO LOMBARTE, A.: *Título del libro*, Editorial, Madrid, 2014, p. 45.`` (a book:
  the italic title, or in a plain copy the text before the imprint, then the publisher,
  the place and the year, an edition or a volume between them);
* ``GARCÍA-MORENO, L.: «Título», *Revista de Derecho*, núm. 118, 2020, pp. 211-240.`` (an
  article: the quoted title, then the journal or the newspaper, its number and date);
* ``PÉREZ, J.: «Título», en LÓPEZ, M. (dir.): *Obra colectiva*, Editorial, Ciudad, 2019``
  (a chapter: ``en``, ``in``, ``em``, ``dans`` and the book after the quoted title);
* ``DÍEZ-PICAZO, L. y GULLÓN, A.:``, ``ROSSI M., BIANCHI L.:`` (several names, joined by a
  comma, a semicolon, a slash or the language's "and"; Italian writes the initials with
  no comma), ``LÓPEZ, M. (dir.):`` (an editor in the author's place);
* ``AGENCIA ESPAÑOLA DE PROTECCIÓN DE DATOS: *Memoria 2022*, AEPD, Madrid, 2023`` (a body
  in capitals: its own publication, issued under its name or initials, is its report).

The same names may end with a comma instead (``GARCÍA MORENO, Lucía, «Título», *Revista*,
vol. 40, 2020``, ``ROSSI M., *Titolo*, Giuffrè, Milano 2018``), the title then read as after
the colon.  The capitals and the colon (or comma) together are distinctive: a name in
capitals before a full stop is :mod:`.caps`'s (ABNT, NP 405, UNE), a name in mixed case
before a colon :mod:`.german`'s.  :func:`parse` returns None for any other shape.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import caps, din690, german, role_marks
from bibcheck.parse.references.patterns import PLAUSIBLE_YEAR, L, U
from bibcheck.parse.references.quote_pairs import EN_CURLY
from bibcheck.parse.references.reportkind import self_issued
from bibcheck.parse.references.shared import Fields, Year, year_of

# a word of a family name in capitals (two letters or more: "LOMBARTE", "MAYER-SCHÖNBERGER",
# "O'BRIEN"), with its particles in either case ("GARCÍA DE ENTERRÍA", "DE LA CUEVA")
_PARTICLE = r"(?:de|del|da|do|dos|das|di|della|van|von|la|las|los|y|e)"
_CAPS_WORDS = rf"[{U}][{U}'’-]++(?:\s(?:[{U}][{U}'’-]++|{_PARTICLE}(?=\s)|[{U}](?=\s[{U}][{U}])))*+"
# the given names after the comma: initials ("A.", "J. M.", "T.-R.", "Mª.") or names
# written out ("Luis", "María José", "Luis M.")
_INITIALS = rf"[{U}][{L}ª]?\.(?:\s?-?[{U}][{L}ª]?\.)*+"
# (a particle after the given names, as Portuguese, Spanish and French lists file a name
# under the family name that follows it: "SANTOS, Reynaldo dos,", "CUEVA, Mario de la:",
# "ALEMBERT, Jean Le Rond d',", "PRÉS, Josquin des,")
_GIVEN_PARTICLE = (
    r"(?:\s(?:de|del|da|do|dos|das|des|di|della|du|van|von|der|den|la|d['’])(?!\w))++"
    r"(?=\s?[,:;]|$)"
)
_GIVEN = (
    rf"(?:{_INITIALS}|[{U}][{L}]++(?:-[{U}][{L}]++)?(?:\s(?:[{U}][{L}]++|[{U}]\.))*+"
    rf"(?:{_GIVEN_PARTICLE})?)"
)
_PERSON = rf"(?:{_CAPS_WORDS},\s{_GIVEN}|{_CAPS_WORDS}\s{_INITIALS})"
_JOIN = rf"(?:\s?;\s|\s?/\s?|\s[–—]\s|,\s(?=[{U}][{U}])|\s(?:y|e|et|and|und|i)\s)"
_ET_AL = r"(?:,?\s(?:et\sal\.?|y\sotros|e\soutros|e\saltri|et\salii|y\scols?\.))"
_EDITORS = rf"(?:\s?{role_marks.MARK})"  # (:mod:`.role_marks`)
_PEOPLE = lazy_compile(
    rf"^(?P<names>{_PERSON}(?:{_JOIN}{_PERSON})*+){_ET_AL}?(?P<editors>{_EDITORS})?"
    r"(?P<sep>\s?:\s|,\s)(?P<rest>\S.*)$"
)
# a body in capitals: two words or more, its acronym after it in parentheses
_BODY = lazy_compile(
    rf"^(?P<names>[{U}][{U}'’-]++(?:\s(?:[{U}][{U}'’-]*+|{_PARTICLE}(?=\s)))++)"
    rf"(?:\s\([{U}][{U}\w&.-]{{1,14}}\))?\s?:\s(?P<rest>\S.*)$"
)
_PERSON_RE = lazy_compile(_PERSON)
# words of a German entry's imprint or designation, which this module's languages do not use
_GERMAN_WORD = lazy_compile(
    r"\b(?:Universität|Dissertation|Diss\.|Hrsg\.|Aufl\.|Verlag|Bd\.|Heft|S\.\s?\d"
    r"|Fachbereich|Hochschule|Bericht|Teil|Beuth|Auflage|Forschungsbericht|Schriftenreihe)\b"
)
_YEAR = lazy_compile(PLAUSIBLE_YEAR)

# the title marked: quoted («», “”, "", „“) or italic (*…*, _…_)
_QUOTED = lazy_compile(
    rf"^(?:«\s?(?P<g>[^»]{{2,400}}?)\s?»|“(?P<c>[^”]{{2,400}})”|"
    rf"„(?P<l>[^{EN_CURLY}]{{2,400}})[{EN_CURLY}]"
    r"|\"(?P<d>[^\"]{2,400})\")[,.]?\s?(?P<rest>.*)$"
)
_ITALIC = lazy_compile(r"^(?P<mark>[*_])(?P<title>[^*_]{2,400}?)(?P=mark)[,.]?\s?(?P<rest>.*)$")
# a chapter's host after the title: "en", "en:", "in", "In:", "em", "dans"
_HOST = lazy_compile(r"^(?:en|En|in|In|em|Em|dans|Dans):?\s(?P<host>.+)$")
# the host book: italic, or after its editors' names and colon
_HOST_ITALIC = lazy_compile(r"[*_](?P<book>[^*_]{2,400}?)[*_]")
_HOST_AFTER_EDITORS = lazy_compile(rf"^[^:]{{2,200}}?{_EDITORS}\s?:\s(?P<book>[^,]{{2,300}})")
# a journal's numbering: "núm. 118", "n.º 3", "vol. 12", "año 5", "t. 3", "fasc. 2"
_NUMBERING = lazy_compile(
    r"(?<!\w)(?:núm|num|n\.º|nº|n°|n|no|nr|vol|año|anno|ano|t|fasc|cuad|núms)\.?\s?\d",
    re.IGNORECASE,
)
_NUMBER = lazy_compile(r"(?<!\w)(?:núm|num|n\.º|nº|n°|n|no|nr)\.?\s?(?P<n>\d+(?:[-–/]\d+)?)", re.I)
_VOLUME = lazy_compile(r"(?<!\w)(?:vol|t|año|anno|ano)\.?\s?(?P<v>\d+|[IVXLC]+)\b", re.I)
_PAGES = lazy_compile(r"(?<!\w)(?:pp?|págs?|s)\.\s?(?P<pages>\d+(?:\s?[-–]\s?\d+)?)")
# what stands between a book's title and its publisher and is no part of either: an
# edition ("2.ª ed.", "3a ed.", "reimpr."), a volume ("vol. II", "t. 2"), a translator
_NOT_IMPRINT = lazy_compile(
    r"^(?:\d+\S{0,3}\s?(?:ed|edición|edizione|edição|éd)\b|reimpr|vol\.|t\.\s|tomo|trad\."
    r"|trads?\.|tr\.|traducción|a\scura|pról\.|prólogo)",
    re.IGNORECASE,
)
_PAGE_SEGMENT = lazy_compile(r"^(?:pp?|págs?|s|ss)\.\s?\d|^\d+(?:\s?[-–]\s?\d+)?$", re.I)


def parse(body: str) -> Fields | None:
    """The fields of a reference whose names (or body) in capitals end with a colon, or
    None when ``body`` has not that shape.  DIN ISO 690's German entries share the shape
    (``VOGT, Karin:``, ``BLASS, Hans Joachim ; SANDHAAS, Carmen:``): with a German word of
    imprint or designation they are the German parser's, which reads them title-cased."""
    if din690.head(body) and _GERMAN_WORD.search(body) is not None:
        fields = german.parse(body)
        if fields is not None:
            return fields
    people = _PEOPLE.match(body)
    if people is not None and people.group("sep") == ", " and caps.given_first_list(body):
        # "YANG, Juncheng, Yazhuo ZHANG, Yao YUE a Rashmi VINAYAK. Title": ČSN ISO 690's
        # names, the later ones given names first -- the comma after the first is no title's
        return None
    if people is not None:
        authors = _names(people.group("names"))
        return _work(authors, people.group("rest"), body=False)
    org = _BODY.match(body)
    if org is None or not _capitals(org.group("names")):
        return None
    name = org.group("names").strip()
    return _work((name,), org.group("rest"), body=True)


def _capitals(names: str) -> bool:
    """A body's name in capitals: its words of two letters or more are all in capitals,
    and it has two of them (``DE`` joining them in lower case or not)."""
    words = [w for w in names.split() if len(w) > 1 and w.casefold() not in _PARTICLES]
    return len(words) >= 2 and all(w.isupper() for w in words)


_PARTICLES = frozenset("de del da do dos das di della van von la las los y e".split())


def _names(names: str) -> tuple[str, ...]:
    return tuple(m.group(0).strip() for m in _PERSON_RE.finditer(names))


def _work(authors: tuple[str, ...], rest: str, *, body: bool) -> Fields | None:
    quoted = _QUOTED.match(rest)
    if quoted is not None:
        title = next(t for t in (quoted.group(k) for k in "gcld") if t is not None)
        return _quoted(authors, title.strip(" ,."), quoted.group("rest"))
    italic = _ITALIC.match(rest)
    if italic is not None:
        return _book(authors, italic.group("title").strip(" ,."), italic.group("rest"), body)
    return _plain(authors, rest, body)


def _quoted(authors: tuple[str, ...], title: str, after: str) -> Fields:
    """A quoted title: an article of the journal or newspaper after it, or a chapter of
    the book after ``en``/``in``."""
    year = _first_year(after)
    pages = _PAGES.search(after)
    host = _HOST.match(after)
    if host is not None:
        book = _HOST_ITALIC.search(host.group("host")) or _HOST_AFTER_EDITORS.match(
            host.group("host")
        )
        if book is not None and _journal_numbered(host.group("host"), book.end()):
            # Italian "in *Rivista di diritto civile*, 2019, n. 3": an article
            return _quoted(authors, title, host.group("host"))
        return Fields(
            "caps-colon",
            authors,
            title,
            year,
            container=book.group("book").strip(" ,.") if book else None,
            pages=pages.group("pages") if pages else None,
            chapter=True,
        )
    container = re.match(r"[*_]?(?P<c>[^,*_]{2,200})", after)
    number = _NUMBER.search(after)
    volume = _VOLUME.search(after)
    return Fields(
        "caps-colon",
        authors,
        title,
        year,
        container=container.group("c").strip(" .") if container else None,
        volume=volume.group("v") if volume else None,
        issue=number.group("n") if number else None,
        pages=pages.group("pages") if pages else None,
        kind=RefKind.ARTICLE,
    )


def _journal_numbered(host: str, end: int) -> bool:
    """The host named after ``in`` is a journal: its italic title comes first, and only
    numbers follow it (an issue's, a year, pages: no publisher, no place)."""
    segments = [p.strip() for p in host[end:].split(",") if p.strip(" .")]
    return (
        host[:1] in "*_"
        and _NUMBERING.search(host, end) is not None
        and all(re.search(r"\d", p) for p in segments)
    )


def _book(authors: tuple[str, ...], title: str, after: str, body: bool) -> Fields:
    """An italic (or plain) title, then the book's imprint: ``Editorial, Ciudad, 2014``."""
    year = _first_year(after)
    segments = _imprint_segments(after)
    publisher = segments[-2] if len(segments) >= 2 else None
    place = segments[-1] if segments else None
    if len(segments) == 1 and len(place or "") > 25:
        publisher, place = place, None  # "Centro de Estudios Políticos y Constitucionales, 2014"
    pages = _PAGES.search(after)
    kind = RefKind.BOOK
    if body and _self_published(authors[0], publisher):
        kind = RefKind.REPORT  # "AGENCIA …: *Memoria 2022*, AEPD, Madrid, 2023"
    return Fields(
        "caps-colon",
        authors,
        title,
        year,
        publisher=publisher,
        place=place,
        pages=pages.group("pages") if pages else None,
        book=True,
        kind=kind,
    )


def _imprint_segments(after: str) -> list[str]:
    """The parts between a book's title and its year that name its publisher and place."""
    first = _YEAR.search(after)
    head = after[: first.start()] if first is not None else after
    parts = [p.strip(" .*_()") for p in head.split(",")]
    return [p for p in parts if p and not _NOT_IMPRINT.match(p) and not _PAGE_SEGMENT.match(p)]


def _plain(authors: tuple[str, ...], rest: str, body: bool) -> Fields | None:
    """An unmarked title (a plain copy of the note): an article's runs to the journal
    before its numbering, a book's to the publisher and place before the year."""
    year = _YEAR.search(rest)
    if year is None:
        return None
    segments = [s.strip() for s in rest[: year.start()].split(",")]
    segments = [s for s in segments if s]
    numbering = next((i for i, s in enumerate(segments) if _NUMBERING.match(s)), None)
    if numbering is not None and numbering >= 2:
        title = ", ".join(segments[: numbering - 1])
        after = ", ".join(segments[numbering - 1 :]) + rest[year.start() - 2 :]
        fields = _quoted(authors, title.strip(" ."), after)
        return fields
    imprint = [s for s in segments if not _NOT_IMPRINT.match(s)]
    # the title is what stands before the imprint's last two parts (publisher, place), or
    # before its last one when only a place is written
    cut = 2 if len(imprint) >= 3 else 1
    if len(imprint) <= cut:
        return None
    last_title = imprint[-cut - 1]
    title = rest[: rest.index(last_title) + len(last_title)]
    return _book(authors, title.strip(" ."), rest[len(title) :].lstrip(" ,"), body)


def _first_year(text: str) -> Year:
    """The first year after the title (an issue's number is no year: "núm. 2020")."""
    found = _YEAR.search(re.sub(r"(?<!\w)(?:núm|n\.º|nº|n)\.?\s?\d+", " ", text))
    return year_of(found.group(0) if found else None)


def _self_published(author: str, publisher: str | None) -> bool:
    """A body's work issued by itself, its name in capitals read in the case a name of a
    body is written in (``AGENCIA ESPAÑOLA DE PROTECCIÓN DE DATOS`` with ``AEPD``)."""
    natural = " ".join(
        w.lower() if w.casefold() in _PARTICLES else w.capitalize() for w in author.split()
    )
    return self_issued((natural,), publisher)
