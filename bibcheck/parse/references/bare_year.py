"""The author-date list with the year bare after the names: ``Family, I. Year. Title. …``.

Dutch and Flemish journals (the Bulletin KNOB, Vitruvius, the archaeology series), the
Scandinavian architecture-history and archaeology journals, Afrikaans theology and the
Harvard variants without parentheses print the year after the names with no parentheses
and a full stop after it::

    Jansen, P.J. 1996. Titel. Zwolle: Waanders.
    Jansen, P. & M. de Vries 2004. Titel. …          (the second name given first)
    Hansen, J., P. Olsen og K. Berg 2011. Titel. …
    Dijk, H. van 1988. Titel. …                      (the particle after the initials)
    Slicher van Bath, B.H. 1957. Titel. …            (a family name of three words)
    Jansen, P. (red.) 1997. Titel. …                 (an editor)
    Jansen, P. z.j. Titel. …                         (no date: :data:`.yearwords.NO_DATE_WORDS`)
    Kadaster 1832. Titel. …  /  RCE z.j. Titel. …    (a body, by its name or abbreviation)

The second and later names may be given first (``& M. de Vries``) after ``&``, ``en``,
``and``, ``og``, ``och``, ``und``, ``e``, ``y``, ``et`` or a comma; an editor's mark
(``red.``, ``reds.``, ``ed.``, ``eds.``, ``Hrsg.``, ``Hg.``, ``uitg.``, ``utg.``, ``udg.``)
may stand before the year (:mod:`.role_marks`: the editors are kept as the entry's names, as
every reader of such heads keeps them).  The Chicago parser reads the
simple head (``Jansen, P.J. 1996.``, ``Jansen, P. (red.) 1997.``) but took these heads for
the title: :func:`bare_year` gives the entry in the order the style parsers read -- a
person's names in APA's (``Jansen, P., & de Vries, M. (2004). Titel.``), a body's in Chicago
author-date's (``Kadaster. 1832. Titel.``).  A simple head is left as it is; a work online
with its access date and no place, read as a book, is a web page (:func:`online_page`).

A body's head is read only where no title could be meant: not a place (``Leiden 1993.``, an
imprint wrapped onto the line), no imprint after it (``Report 2023. London: Commission.``),
and what follows does not open with the head's words (``SOFiSTiK 2023. SOFiSTiK AG …``,
a program filed under its name and release).  :func:`head` is the same grammar for a list's
lines (:mod:`bibcheck.readers.yearlist`).

:func:`designation_title` reads the title of a standard cited under its body with the
designation opening the title and only a space after it (``NEN 2011. NEN 8700 Beoordeling
…``, ``DIN 2008. DIN 1052 Entwurf …``): the designation is no part of the title
(``tests/corpus/README.md``, the key correction of fix59j) and a standard is a report.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.nameparticles import GERMANIC
from bibcheck.parse.references import body_head, role_marks
from bibcheck.parse.references.italic_titled import DESIGNATION_CORE
from bibcheck.parse.references.patterns import INITIAL_DIGRAPH, SURNAME, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.yearwords import NO_DATE, NO_DATE_WORDS, abbreviations
from bibcheck.parse.years import YEAR_LETTERED as _YEAR

__all__ = [
    "BareYear",
    "Head",
    "bare_year",
    "designation_title",
    "head",
    "online_page",
    "read_right",
]

# initials: "J.", "B.H.", "J.-P.", "Th.", "C. L."
_INITIALS = rf"{INITIAL_DIGRAPH}(?:\s?-?{INITIAL_DIGRAPH})*"
# a family name of up to three words ("Slicher van Bath", "De la Court")
_FAMILY = rf"{SURNAME}(?:\s{SURNAME}){{0,2}}"
# a Dutch or German particle after the initials ("Dijk, H. van", "Berg, J. van den")
_AFTER = rf"(?:\s(?:{'|'.join(sorted(GERMANIC, key=lambda w: (-len(w), w)))})){{1,2}}"
_INVERTED = rf"{_FAMILY},\s{_INITIALS}(?:{_AFTER})?"
_GIVEN_FIRST = rf"{_INITIALS}\s{_FAMILY}"
# the names' joiners: "&" and "and" in the list's language (the shared "and":
# :data:`~bibcheck.parse.coauthors.AND`), a comma (with one of them)
_JOIN = rf"(?:,\s(?:{AND}\s)?|\s{AND}\s)"
_NAMES = rf"{_INVERTED}(?:{_JOIN}(?:{_INVERTED}|{_GIVEN_FIRST})){{0,19}}"
# the others: "et al.", Dutch "e.a.", Scandinavian "m.fl.", German "u.a."
_OTHERS = rf"(?:,?\s(?P<others>{ET_AL})\.?)"
# an editor's mark ("(red.)", "(reds.)", "(Hg.)", "(toim.)": :data:`.role_marks.MARK`), a
# comma after it in the Harvard lists that write one ("Dupont, M. (dir.), 2004.")
_EDITOR = rf"(?:\s(?P<editor>{role_marks.MARK}),?)"
_UNDATED = abbreviations(NO_DATE_WORDS)
# (the year and its full stop, or a no-date word, whose own stop ends it: "z.j.")
_DATE = rf"\s(?:(?P<year>{_YEAR})\.|(?P<undated>{_UNDATED}))"
# a body's name (:data:`.body_head.NAME`), here each word but the small ones capitalised
# (:func:`.body_head.capitalised`: "Rijksdienst voor het Cultureel Erfgoed"; "Statens
# vegvesen" is not one: with only a space before the year, a title could go on)
_PERSONS_HEAD = lazy_compile(rf"^(?P<names>{_NAMES}){_OTHERS}?{_EDITOR}?{_DATE}(?=\s|$)")
_BODY_HEAD = lazy_compile(rf"^(?P<body>{body_head.NAME}){_DATE}(?=\s|$)")
_ONE_NAME = lazy_compile(rf"(?P<inverted>{_INVERTED})|(?P<given>{_GIVEN_FIRST})")
_GIVEN_SPLIT = lazy_compile(rf"^(?P<initials>{_INITIALS})\s(?P<family>.+)$")
# what follows the head: a title (a letter or an opening quotation mark)
_TITLE_START = lazy_compile(r"\s+(?:[^\W\d_]|[„“‚'\"«»(\[])")
# an imprint after the head: "London: Commission", "Oslo: Universitetsforlaget"
_IMPRINT = lazy_compile(r"^\s*(?P<place>[^\W\d_][^:.,;]{1,40}):\s")
# an act cited by its name and year ("Housing Act 1988", "Erfgoedwet 2016", "Denkmalschutz-
# gesetz 1975", "Bygningsfredningsloven 1979", "Kulturmiljölagen 1988", "Loi 1913"): its
# name's last word a statute's, whole or closing a compound
_ACT = lazy_compile(
    r"(?i:(?:wet|gesetz|loven?|lagen|lag)|(?<![\w-])(?:act|loi|ley|lei|legge|decree|order"
    r"|ordinance|regulations?|besluit|verordening|verordnung|statute|treaty|convention"
    r"|charter|code))$"
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " januari februari maart april mei juni juli augustus oktober".split()
)


@dataclass(frozen=True, slots=True)
class Head:
    """A bare-year head: its names (as written) or its body, its date, where it ends."""

    names: tuple[str, ...]  # each name as written: "Jansen, P.", "M. de Vries"
    body: str | None  # a body's name ("Kadaster", "NEN"); then no names
    year: str | None  # as written, "1996a"; None: no date
    editing: bool  # the names are editors ("(red.)")
    others: bool  # "et al.", "e.a.", "m.fl."
    end: int  # where the head (with its full stop) ends in the text


def head(text: str) -> Head | None:
    """The bare-year head ``text`` opens with (persons' names or a body's name, then the
    year or a no-date word and a full stop), or None."""
    m = _PERSONS_HEAD.match(text)
    if m is not None:
        names = tuple(n.group(0) for n in _ONE_NAME.finditer(m["names"]))
        return Head(names, None, m["year"], bool(m["editor"]), bool(m["others"]), m.end())
    m = _BODY_HEAD.match(text)
    if m is None or not _body_head(m["body"], text[m.end() :]):
        return None
    return Head((), m["body"], m["year"], False, False, m.end())


def _body_head(body: str, rest: str) -> bool:
    """Is ``body`` before its year an author (not a place, a month, an act by its year, nor a
    title going on), a title after it?"""
    if not body_head.capitalised(body):
        return False  # ("Statens vegvesen 2019. …": with a space alone, a title could go on)
    if is_place(body) or body.casefold() in _MONTHS or _ACT.search(body):
        return False
    if not _TITLE_START.match(rest):
        return False  # ("Fixed-term Parliaments Act 2011.": nothing after the year)
    imprint = _IMPRINT.match(rest)
    if imprint is not None and is_place(imprint["place"]):
        return False  # ("Report 2023. London: Low Pay Commission.": a title wrapped)
    words = rest.split()
    first = body.split()[0]
    # ("SOFiSTiK 2023. SOFiSTiK AG, …": a program and its release, filed under its name;
    # "NEN 2011. NEN 8700 Beoordeling …": the body's standard, read by designation_title)
    return not words or words[0].strip(".,:;") != first or bool(_DESIGNATION.match(rest.strip()))


_DESIGNATION = lazy_compile(rf"^(?P<designation>{DESIGNATION_CORE})\s(?=[{U}])")


@dataclass(frozen=True, slots=True)
class BareYear:
    """An entry with its year bare after the names, in the order a style parser reads."""

    text: str
    head: Head


def bare_year(text: str) -> BareYear | None:
    """``text`` in APA's order (persons) or Chicago author-date's (a body) when it opens
    with a bare-year head the parsers do not read as it is, else None."""
    found = head(text)
    if found is None:
        return None
    rest = text[found.end :]
    date = found.year or NO_DATE
    if found.body is not None:
        if _DESIGNATION.match(rest.strip()) and found.year:
            return None  # ("NEN 2011. NEN 8700 Title": read as it is, designation_title)
        return BareYear(f"{found.body}. {date}{'.' if found.year else ''}{rest}", found)
    names = [_inverted(n) for n in found.names]
    lead = role_marks.apa_head(names, others=found.others, editing=found.editing, date=date)
    return BareYear(f"{lead}{rest}", found)


def read_right(ref: Reference, found: Head) -> bool:
    """Did the parsers read the bare-year head ``found`` of ``ref``'s entry as it is: its
    names (as many), its year, and a title that is not the head's words?"""
    if found.body is not None:
        named = ref.authors == (found.body,)
    else:
        # (a name given first, "& M. de Vries", is read as written by no parser: read again)
        named = (
            bool(ref.authors)
            and all("," in n for n in found.names)
            and (found.others or len(ref.authors) == len(found.names))
        )
    year = int(found.year[:4]) if found.year else None
    title = ref.title or ""
    first = (found.body or found.names[0]).split()[0].strip(",")
    return (
        named
        and ref.year == year
        and bool(title)
        and not title.startswith((first, "&"))
        # (the year, with its stop or comma, among the title's first words: "2004. Title")
        and (found.year is None or found.year not in [w.strip(".,:;") for w in title.split()[:3]])
    )


def _inverted(name: str) -> str:
    """A name given first inverted (``M. de Vries`` -> ``de Vries, M.``); an inverted name
    (``Jansen, P.``, ``Dijk, H. van``) as written."""
    given = _GIVEN_SPLIT.match(name)
    if given is not None and "," not in name:
        return f"{given['family']}, {given['initials']}"
    return name


def online_page(ref: Reference) -> Reference:
    """``ref`` (read from a bare-year entry) as a web page when it was read as a book that
    is online with the date it was looked at and names no place of publication (``Kadaster
    1832. Minuutplan …, blad 3. Historische Kaarten. https://… (geraadpleegd 2 mei 2024).``:
    a map or a register's page online, the site read as a publisher)."""
    if (
        ref.kind is RefKind.BOOK
        and ref.url
        and not ref.doi
        and ref.access_date is not None
        and ref.place is None
    ):
        return dataclasses.replace(ref, kind=RefKind.WEB)
    return ref


def designation_title(ref: Reference) -> Reference:
    """``ref`` with a standard's designation cut from the front of its title when only a
    space parts them (``NEN 8700 Beoordeling …`` -> ``Beoordeling …``) and a bare-year head
    named the body: the designation is no title, and a standard is a report."""
    title = ref.title or ""
    m = _DESIGNATION.match(title)
    if m is None or head(ref.raw) is None:
        return ref
    rest = title[m.end() :].strip()
    if len(rest) < 4:
        return ref
    kind = RefKind.REPORT if ref.kind in (RefKind.BOOK, RefKind.UNKNOWN) else ref.kind
    # (the designation the standard's number, as written)
    number = ref.number or m["designation"]
    return dataclasses.replace(ref, title=rest, kind=kind, number=number)
