"""The comma-year form of philosophy bibliographies (the Stanford Encyclopedia of
Philosophy's and the reference works laid out like it): the names, the year, the title and
the facts, each after a comma, nothing in parentheses around the year::

    Anscombe, G. E. M., 1957, Intention, Oxford: Basil Blackwell.
    Dretske, Fred, 1981, Knowledge and the Flow of Information, Cambridge, MA: MIT Press.
    Grice, H. Paul, 1957, “Meaning”, The Philosophical Review, 66(3): 377–388.
    Kripke, Saul, 1979, “A Puzzle about Belief”, in Meaning and Use, Avishai Margalit (ed.),
        Dordrecht: Reidel, 239–283.
    Kant, Immanuel, 1781 [1998], Critique of Pure Reason, Paul Guyer and Allen W. Wood
        (eds.), Cambridge: Cambridge University Press.
    Evans, Gareth and John McDowell (eds.), 1976, Truth and Meaning, Oxford: Clarendon Press.
    –––, 1982, The Varieties of Reference, Oxford: Clarendon Press.

An article's or a chapter's title is quoted; a book's is not (its italics are lost in plain
text), so a book's title runs to what follows it in this form: an editor or translator
``Name (ed.)``, a series in parentheses, an edition, or the imprint ``Place: Publisher``
(``Cambridge, MA: MIT Press``).  ``1781 [1998]`` is the first year and the edition's: the
entry describes the edition (its editors, its publisher), so its year is the edition's, as
an APA entry's date is the one it cites (the text cites either: ``Kant 1781 [1998: A51]``,
read by :mod:`bibcheck.readers.authoryear`).  A repeated author's dash
has been cut before this parser sees the entry, which then starts with its year (the
authors are the entry's before it, :mod:`.same_author`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.shared import (
    Fields,
    Year,
    emphasized,
    quoted,
    quoted_text,
    year_of,
)
from bibcheck.parse.years import YEAR_LETTERED as _YEAR

# a given name, its initials, or both: "Jonathan E.", "C. A. J.", "G. E. M.", "H. Paul"
_GIVEN = rf"(?:[{U}][\w'’-]+|[{U}]\.)(?:[\s-](?:[{U}][\w'’-]+|[{U}]\.))*"
# a name in natural order after the first: "Ernest Sosa", "Allen W. Wood"
_NATURAL = rf"{_GIVEN}\s{SURNAME}"
_NAMES = lazy_compile(
    rf"^(?P<names>{SURNAME},\s{_GIVEN}(?:(?:,\s(?:and\s)?|\sand\s){_NATURAL}){{0,5}})"
    r"(?:\s\((?P<role>eds?|trans|comp)\.\))?"
    rf",\s(?P<year>{_YEAR})(?:\s\[(?P<edition>{_YEAR})\])?,\s(?P<rest>\S.*)$"
)
# an entry whose repeated-author dash was cut: "1982, The Varieties of Reference, …"
_YEAR_FIRST = lazy_compile(
    rf"^(?P<year>{_YEAR})(?:\s\[(?P<edition>{_YEAR})\])?,\s(?P<rest>[“\"‘]?[{U}].*)$"
)
_SPLIT_PEOPLE = lazy_compile(r",\s(?:and\s)?|\sand\s")
_PLACE = rf"[{U}][\w.'’-]*(?:\s(?:(?:upon|on|am|de|del)\s)?[{U}][\w.'’-]*){{0,3}}"
# the imprint at the end: "Oxford: Clarendon Press.", "Cambridge, MA: MIT Press, 125–161."
_IMPRINT = lazy_compile(
    # (a state after the city: "Cambridge, MA", "Cambridge, Mass.")
    rf",\s(?P<place>{_PLACE}(?:,\s(?:[A-Z]{{2}}|[{U}][a-z]{{1,5}}\.))?):\s"
    r"(?P<pub>[^:,]+(?:,\s(?!\d)[^:,]+)*?)(?:,\s(?P<pages>\d+(?:\s?[–-]\s?\d+)?))?\.?$"
)
# what ends a book's title: an editor or translator ("Paul Guyer and Allen W. Wood (eds.)",
# "translated by", "ed. by"), a series in parentheses, an edition, a volume count
_TITLE_END = lazy_compile(
    r",\s(?=[^,()]{2,80}?\s\((?:eds?|trans|tr|comp)\.\)(?:,|\.?$))"
    r"|,\s(?=\()"
    r"|,\s(?=(?:translated|edited|introduced)\sby\s|(?:trans|ed)\.\s)"
    r"|,\s(?=(?:\d+(?:st|nd|rd|th)|[Rr]evised|[Nn]ew|[Ss]econd|[Tt]hird)\s(?:edition|ed\.))"
    r"|,\s(?=\d+\svol(?:ume)?s\.?)"
)
# a chapter's book, its editors before or after it: "in Book, A. Editor (ed.), …", "in A.
# Editor (ed.), Book, …"
_IN = lazy_compile(rf"in:?\s(?:[^,()]{{2,80}}?\s{role_marks.MARK},\s)?(?P<book>.+)$")
# "The Journal of Philosophy, 82(7): 335–349.", "Noûs, 34: 1–20", "Mind, 59 (236): 433–460"
_JOURNAL = lazy_compile(
    r"^(?P<journal>[^,]{2,120}?),\s(?P<volume>\d{1,4}[A-Za-z]?)"
    r"(?:\s?\((?P<issue>[^()]{1,20})\))?(?::\s?(?P<pages>[\w]+(?:\s?[–-]\s?\w+)?))?\.?$"
)


def parse(body: str) -> Fields | None:
    """Fields of a reference in the comma-year form, or None."""
    m = _NAMES.match(body)
    authors: tuple[str, ...] = ()
    if m is not None:
        first, *others = _SPLIT_PEOPLE.split(m.group("names"))
        # (the first person's "Surname, Given" was split at its comma: join it again)
        authors = (f"{first}, {others[0]}", *others[1:]) if others else (first,)
    else:
        m = _YEAR_FIRST.match(body)
        if m is None:
            return None
    rest = m.group("rest")
    year = year_of(m.group("edition") or m.group("year"))
    title_mark = quoted(rest, single=True)
    if title_mark is not None and title_mark.start() == 0:
        return _quoted(authors, year, quoted_text(title_mark), rest[title_mark.end() :])
    if rest[:1] in "“”\"‘’'«„":
        return None  # a quotation not closed: not this form's title
    # (a title in italics, as the readers of marked-up text pass it: "*Title*, Place: …")
    italic = emphasized(rest)
    if italic is not None:
        return _book(authors, year, rest[italic.end() :], italic.group("title"))
    return _book(authors, year, rest)


def _book(
    authors: tuple[str, ...], year: Year, rest: str, title: str | None = None
) -> Fields | None:
    """A book: ``rest`` is its title (unless ``title`` is given) and its facts."""
    imprint = _IMPRINT.search(rest)
    if title is None:
        end = _TITLE_END.search(rest)
        stops = [s for s in (end.start() if end else None, imprint.start() if imprint else None)]
        known = [s for s in stops if s]
        if not known and not authors:
            return None  # no names, no facts: nothing tells this form from any other
        title = rest[: min(known)] if known else rest
    title = title.strip(" ,.")
    if not title:
        return None
    return Fields(
        "comma-year",
        authors,
        title,
        year,
        publisher=imprint.group("pub").strip() if imprint else None,
        place=imprint.group("place") if imprint else None,
        book=True,
    )


def _quoted(authors: tuple[str, ...], year: Year, title: str, after: str) -> Fields | None:
    after = after.strip(" ,.")
    host = _IN.match(after)
    if host is not None:  # a chapter: "in Book, Editor (eds.), Place: Publisher, 125–161"
        book = _book((), year, host.group("book"))
        imprint = _IMPRINT.search(host.group("book"))
        return Fields(
            "comma-year",
            authors,
            title,
            year,
            container=book.title if book else None,
            pages=imprint.group("pages") if imprint else None,
            publisher=book.publisher if book else None,
            place=book.place if book else None,
            chapter=True,
        )
    journal = _JOURNAL.match(after)
    if journal is not None:
        return Fields(
            "comma-year",
            authors,
            title,
            year,
            container=journal.group("journal"),
            volume=journal.group("volume"),
            issue=journal.group("issue"),
            pages=journal.group("pages"),
        )
    if after:
        return None  # facts of another form ("Journal, 12(3), pp. 45-67"): not this one
    return Fields("comma-year", authors, title, year)
