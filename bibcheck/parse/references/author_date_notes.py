"""Author-date short notes resolved to the list entry they name.

Chicago's author-date style in notes, and the notes of many humanities texts beside a
reference list, cite a work by its author and year and the place in it: "Oppenheimer
2003, hlm. 232." (Indonesian, Malay), "Müller 2010, S. 12." (German), "García 1998, pág.
4." (Spanish), "Rossi 2010, p. 45." (Italian), "Jansen 2001, blz. 7." (Dutch), "Yılmaz
2015, s. 33." (Turkish), "Kowalski 2004, s. 8." (Polish), "Sigurdsson dan Carey 1989, 250."
or an organisation written whole ("Pusat Vulkanologi ... 2021.").  Parsed on its own such
a note is no work: the list holds it.  :func:`short_author_date` reads the note's shape;
:func:`resolve_author_date_notes` gives each such note the reference of the one list
entry of that author (or organisation) and year, its own text, lines and place kept.
A note that names no single entry is left as it was (its own findings stand).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    AnomalyCode,
    Footnote,
    LiteratureEntry,
    LiteratureMatch,
    ParsedDocument,
    RefKind,
)
from bibcheck.parse.nameparticles import DUTCH_TE, PARTICLES
from bibcheck.parse.names import family_name, same_family
from bibcheck.parse.references.commentary import secondary_at, strip_lead_in
from bibcheck.parse.references.patterns import UPPER
from bibcheck.parse.references.prose_author_date import dated_cites, narrative_cites

__all__ = [
    "ShortCite",
    "cited_entry",
    "leading_author_date",
    "quoted_author_date",
    "resolve_author_date_notes",
    "several_author_date",
    "short_author_date",
    "short_notes",
]

# the place cited: "hlm. 232", "S. 45 f.", "pp. 12-30", "jil. 1, hlm. 28–29", "1192", "IV"
# (a word of one to six letters and a full stop, in any language: "blz.", "pág.", "str.",
# "old.", "sz.", "s.", "Bd."; or none)
_PLACE = (
    r"(?:[^\W\d_]{1,6}\.\s?)?(?:\d{1,6}|[IVXLCivxlc]{1,8})[a-z]?"
    r"(?:\s?[-–—]\s?(?:\d{1,6}|[IVXLCivxlc]{1,8}))?(?:\s?f{1,2}\.?)?"
)
_SHORT = lazy_compile(
    # the author(s) or organisation as written: a capital (or a particle: "de Jong Boers",
    # "van der Berg") and up to eighty characters with no digit, comma or bracket
    rf"(?P<who>(?:(?:de|van|von|der|den|da|di|du|dos|del|della|le|la|ten|ter)\s){{0,3}}[{UPPER}]"
    # (a comma only between names: "Barrero, Bloom e Davis (2023)")
    rf"(?:[^\d,;:()\[\]«»\"“”]|,\s(?=[{UPPER}])){{0,80}}?)"
    # (the initials that tell two authors of one family name apart, in parentheses after
    # it: "Schieder (Th.) 1960", "Mommsen (W. J.) 1990")
    rf"(?:\s\((?P<initials>(?:[{UPPER}][a-z]?\.\s?){{1,3}})\))?"
    # the year, in parentheses or not, with its letter ("2003a")
    r",?\s\(?(?P<year>(?:1[5-9]|20)\d\d)(?P<letter>[a-z]?)\)?"
    rf"(?:(?:,\s?|:\s?)(?P<place>{_PLACE}(?:,\s?{_PLACE}){{0,3}}))?"
    # (the place inside the year's parentheses: "Smith (2019, p. 4)")
    r"\)?\.?"
)
# the conjunctions between two or three authors, in the languages such notes are written in
# (Indonesian and Malay "dan", Dutch "en", Italian "e", Spanish "y", Polish "i", Turkish
# "ve", Hungarian "és", Nordic "og"/"och"), and "et al." and its equivalents after them
# (German notes join names with slashes: "Berg/Lind/Ott (2004)")
_AND = lazy_compile(r",\s|\s?/\s?|\s(?:and|&|und|dan|en|e|y|et|i|ve|és|og|och)\s")
# (Turkish "vd." (ve diğerleri), Russian "и др.", Swedish "m.fl.", Spanish and Portuguese
# "y col." / "e col.", French "et coll.", Hungarian "és mtsai")
_ET_AL = lazy_compile(
    r",?\s(?:et\sal\.?|dkk\.?|u\.\s?a\.|e\.\s?a\.|i\sin\.|ve\sdiğ\.|et\salii|vd\.|и\sдр\."
    r"|m\.\s?fl\.|[ey]\scol\.|et\scoll\.|és\smtsai\.?)$"
)
_WORDS = 8  # an author's or organisation's name is no longer than this
# an initial: names with initials and commas are a reference's inverted names
_INITIAL = lazy_compile(rf"(?<!\w)[{UPPER}]\.")
# the work's link after the short note: a Markdown link or a bare address
_LINK_AFTER = lazy_compile(
    r",\s(?:\[[^\[\]]{1,200}\]\([^()\s]{1,500}\)|<?https?://[^\s<>]{1,500}>?)\.?$"
)


@dataclass(frozen=True, slots=True)
class ShortCite:
    """A short author-date note: who (as written), the year and its letter, the place."""

    who: str
    names: tuple[str, ...]
    year: int
    letter: str
    place: str | None
    initials: str = ""  # the given names' initials written after the name: "Th."


def short_author_date(text: str) -> ShortCite | None:
    """The short author-date citation ``text`` is, whole (a lead-in such as "See" aside,
    and the work's link after it: "Osservatorio X (2023), [www.x.it](https://…)."), else
    None: "Oppenheimer 2003, hlm. 232." but not "Oppenheimer 2003, Title, p. 4."."""
    bare = _LINK_AFTER.sub("", strip_lead_in(" ".join(text.split())).strip())
    m = _SHORT.fullmatch(bare)
    return None if m is None else _cite(m)


# where a note citing several works author-date parts them: "; ", or the note's "and" between
# two whole cites ("Th. Schieder 1960 und W. Schieder 1983", "Smith 2001 and Jones 2004")
_WORKS_APART = lazy_compile(r";\s|(?<=[\d.])\s(?:and|und|en|et|e|y|og|och|i|és|ve|sowie)\s")


def several_author_date(text: str) -> tuple[ShortCite, ...]:
    """The short author-date citations of a note citing two or more works so, each whole
    and each with its own year ("Hardtwig 1985, S. 12; Hardtwig 1998, S. 40.", "vgl.
    Th. Schieder 1975 und W. Schieder 1963"), in the note's order; () when a part is
    anything else (a work in full, a remark), or the note cites one work."""
    parts = _WORKS_APART.split(" ".join(text.split()))
    if len(parts) < 2:
        return ()
    cites = tuple(short_author_date(part) for part in parts)
    return () if any(c is None for c in cites) else tuple(c for c in cites if c is not None)


def quoted_author_date(text: str) -> ShortCite | None:
    """The short author-date citation of the work a secondary citation quotes, the one
    before "zit. nach", "cited in", "cité par", "citado por", "cit. in", "apud" …
    ("Berg/Lind (2004), S. 41, zit. nach Ott (2010), S. 88."), else None.  The note
    quotes that work: it is the note's work (the one after the words is cited too)."""
    at = secondary_at(text)
    if at <= 0:
        return None
    return short_author_date(text[:at].rstrip(" ,;("))


def short_notes(texts: Iterable[str]) -> int:
    """How many of the notes ``texts`` are short author-date citations, whole ("Vgl. Berg
    (2004), S. 3.") or as the quoted work of a secondary note; a note that cites a work in
    full ("Berg, A. (2004) 'Title', Journal …") is none."""
    return sum(1 for text in texts if short_author_date(text) or quoted_author_date(text))


def leading_author_date(text: str) -> ShortCite | None:
    """The short author-date citation that opens ``text`` and ends its first sentence,
    prose following it ("Bloom et al. (2015). Lo studio riguarda …"), else None; the
    caller knows the rest to be a remark (the note was read as commentary)."""
    bare = strip_lead_in(" ".join(text.split())).strip()
    m = _SHORT.match(bare)
    if m is None or not bare[m.end() - 1 : m.end()] == "." or m.end() == len(bare):
        return None
    if _INITIAL.search(m.group("who")):
        return None  # "Hartono, B. (2011). Title.": a reference's names, not a short note
    return _cite(m)


def _cite(m: re.Match[str]) -> ShortCite | None:
    who = m.group("who").strip()
    if len(who.split()) > _WORDS or _INITIAL.search(who) and "," in who:
        return None
    names = tuple(n.strip() for n in _AND.split(_ET_AL.sub("", who)) if n.strip())
    if not names or ("," in who and not all(_family(n) for n in names)):
        return None  # ("Moretti, Il lavoro agile (2019)": a name and a short title)
    initials = m.group("initials") or ""
    return ShortCite(
        who, names, int(m.group("year")), m.group("letter"), m.group("place"), initials.strip()
    )


# (the shared ones but Dutch "ten" and "ter", as this parser has always read names; Italian
# "della")
_PARTICLES = (PARTICLES - DUTCH_TE) | {"della"}


def _family(name: str) -> bool:
    """Is ``name`` (one of several parted by commas) a family name: up to three words, each
    capitalised or a particle?"""
    words = name.split()
    return len(words) <= 3 and all(w[:1].isupper() or w in _PARTICLES for w in words)


def _same_body(author: str, who: str) -> bool:
    """Is the entry's first author ``author`` the organisation ``who`` as the note writes it
    whole (spaces and case aside): ``Myndigheten för samhällsskydd och beredskap``,
    ``Statistics Netherlands``?  (A body of two words or more, no person's inverted name.)"""
    name = " ".join(author.split()).casefold()
    return "," not in name and len(name.split()) >= 2 and name == " ".join(who.split()).casefold()


def _entry_names(entry: LiteratureEntry, cite: ShortCite) -> bool:
    """Is ``entry`` by the authors ``cite`` names (its first, and second when two are named),
    or by the organisation it writes whole at its start?"""
    authors = entry.reference.authors
    if cite.initials and not (authors and _has_initials(authors[0], cite.initials)):
        return False  # "Schieder (Th.)": not Wolfgang Schieder
    if authors and _same_body(authors[0], cite.who):
        # ("Myndigheten för samhällsskydd och beredskap 2019, s. 34": the body the entry's
        # author field names whole, its "och" no "and" between two people)
        return True
    if (
        authors
        and all(
            same_family(family_name(author), " ".join(name.split()).casefold())
            for author, name in zip(authors, cite.names[:2], strict=False)
        )
        and len(cite.names) <= len(authors)
    ):
        return True
    raw = " ".join(entry.reference.raw.split()).casefold()
    after = raw[len(cite.who) : len(cite.who) + 1]
    if raw.startswith(cite.who.casefold()) and not after.isalpha():
        return True
    if len(cite.names) == 1 and _sorted_as(raw, cite.who):
        return True
    return len(cite.names) > 1 and _names_head(raw, cite)


def _has_initials(author: str, initials: str) -> bool:
    """Do the given names of ``author`` ("Theodor Schieder", "Schieder, Theodor") start
    with ``initials`` ("Th.")?"""
    family = family_name(author)
    given = author.replace(family, " ", 1).replace(",", " ").split()
    wanted = [i.rstrip(".").casefold() for i in initials.replace(".", ". ").split()]
    return bool(given) and all(
        k < len(given) and given[k].casefold().startswith(w) for k, w in enumerate(wanted)
    )


# the Arabic article a list sorts without ("Azmeh, Aziz al-" for al-Azmeh), and the marks of
# a transliteration a note may leave out ("al-Maqrizi" for al-Maqrīzī, "ʿ", "ʾ")
_ARTICLE = lazy_compile(r"^(?:al|el)-", re.I)
_TRANSLITERATION_MARKS = lazy_compile(r"[\u0300-\u036fʿʾ‘’'`]")


def _plain(text: str) -> str:
    """``text`` case-folded, without the marks of a transliteration."""
    return _TRANSLITERATION_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _sorted_as(raw: str, who: str) -> bool:
    """Does the entry's text ``raw`` open with the one name ``who`` as a list sorts it,
    the Arabic article dropped and the transliteration's marks aside ("al-Maqrizi" for
    "Maqrīzī, Taqī al-Dīn Aḥmad al-.")?"""
    name = _plain(_ARTICLE.sub("", who.strip()))
    head = _plain(raw[: len(who) + 8])
    return (
        len(name) >= 3 and head.startswith(name) and not head[len(name) : len(name) + 1].isalpha()
    )


def _names_head(raw: str, cite: ShortCite) -> bool:
    """Does the entry's text ``raw`` (case-folded) open with the first of the names ``cite``
    gives and name each of the others, as whole words, before its year?  (Entries whose
    names were read as one: "Pujolar, Joan; Gonzàlez, Isaac (2013).")"""
    head = raw.split(str(cite.year), 1)[0]
    first, *others = (name.casefold() for name in cite.names)
    if not head.startswith(first) or head[len(first) : len(first) + 1].isalpha():
        return False
    words = set(re.findall(r"[\w'’-]+", head[len(first) :]))
    return all(name in words for name in others)


def _entry_of(cite: ShortCite, literature: Sequence[LiteratureEntry]) -> int | None:
    """The index of the one entry of the cited authors and year (its letter telling two of
    one year apart), else None."""
    found = [
        i
        for i, e in enumerate(literature)
        if e.reference.year == cite.year and _entry_names(e, cite)
    ]
    if len(found) > 1 and cite.letter:
        found = [i for i in found if f"{cite.year}{cite.letter}" in literature[i].reference.raw]
    return found[0] if len(found) == 1 else None


def resolve_author_date_notes(
    doc: ParsedDocument, repeats: frozenset[int] = frozenset()
) -> ParsedDocument:
    """``doc`` with each short author-date note given the reference of the list entry it
    names (see the module's doc); notes tied by key or number are left alone, and the
    notes at ``repeats`` (an "Ibid." ...) are not read for a work named in their prose."""
    if not doc.literature:
        return doc
    footnotes = list(doc.footnotes)
    anomalies = list(doc.anomalies)
    for k, fn in enumerate(doc.footnotes):
        if fn.literature is not None and not _loosely_tied(fn.literature):
            continue
        cite = short_author_date(fn.reference.raw) or quoted_author_date(fn.reference.raw)
        # (a note citing two works so: tied to the first, each its own year; the others are
        # cited too)
        others = several_author_date(fn.reference.raw) if cite is None else ()
        # (the first that names an entry: prose before it may read as a name and a year,
        # "… der Gesamtrechnungen 2019; siehe Statistisches Amt (2019).")
        listed = [o for o in others if _entry_of(o, doc.literature) is not None]
        cite = (listed or others)[0] if others else cite
        if cite is None and fn.reference.kind is RefKind.COMMENTARY:
            # "Bloom et al. (2015). Lo studio riguarda …": the work, then a remark on it
            cite = leading_author_date(fn.reference.raw)
        i = None if cite is None else _entry_of(cite, doc.literature)
        if cite is None and k not in repeats and _prose_note(fn):
            # "Per a una visió de conjunt, Boix-Fuster i Vila (1998: 177–210).": the work
            # named in the note's prose, the first the list holds
            cite, i = _narrative(fn.reference.raw, doc.literature)
        if cite is None or i is None:
            continue
        entry = doc.literature[i]
        footnotes[k] = cited_entry(fn, entry, i, cite.place, "author-year")
        cited = {entry.number} | {
            doc.literature[j].number
            for j in (_entry_of(other, doc.literature) for other in others[1:])
            if j is not None
        }
        anomalies = [
            a
            for a in anomalies
            if not (a.footnote == fn.label and a.code in _SETTLED)
            and not (a.code is AnomalyCode.LITERATURE_UNCITED and a.literature_entry in cited)
        ]
    return replace(doc, footnotes=tuple(footnotes), anomalies=tuple(anomalies))


# a note tied to an entry by a title only this much alike may be prose that names another
# work by author and date ("Die Revisionen folgen aus …; siehe Statistisches Bundesamt
# (2019).": the entry of the name and year, not the one whose title its prose recalls)
_LOOSE_TITLE = 90.0


def _loosely_tied(match: LiteratureMatch) -> bool:
    """Is ``match`` one a named author and year may replace (by author-year, or a loose
    title)?"""
    return match.method == "author-year" or (match.method == "title" and match.score < _LOOSE_TITLE)


def _prose_note(fn: Footnote) -> bool:
    """Is ``fn`` read as no work of its own (commentary, or an unknown kind with no link)?"""
    ref = fn.reference
    return ref.kind in (RefKind.COMMENTARY, RefKind.UNKNOWN) and not (ref.doi or ref.url)


def _narrative(
    text: str, literature: Sequence[LiteratureEntry]
) -> tuple[ShortCite | None, int | None]:
    """The first narrative author-date citation of ``text``'s first sentence that names one
    entry of ``literature`` (its names read whole, then without the prose's capitalised
    words before them: "Vegeu Aracil", "Aracil"), and that entry's
    index; else (None, None)."""
    for found in (*narrative_cites(text), *dated_cites(text)):
        for reading in found.readings:
            names = tuple(n.strip() for n in _AND.split(_ET_AL.sub("", reading)) if n.strip())
            if not names:
                continue
            cite = ShortCite(reading, names, found.year, found.letter, found.place)
            i = _entry_of(cite, literature)
            if i is not None:
                return cite, i
    return None, None


# a note's own findings that the entry settles
_SETTLED = frozenset(
    {
        AnomalyCode.LITERATURE_MISSING,
        AnomalyCode.REFERENCE_UNPARSED,
        AnomalyCode.LITERATURE_TITLE_DIFFERS,
        AnomalyCode.LITERATURE_YEAR_DIFFERS,
        AnomalyCode.LITERATURE_URL_DIFFERS,
        AnomalyCode.LITERATURE_WEAK_MATCH,
    }
)


def cited_entry(
    fn: Footnote, entry: LiteratureEntry, index: int, pages: str | None, method: str
) -> Footnote:
    """``fn`` citing list entry ``entry`` (found by ``method``): the entry's reference with
    the note's own text, lines and ``pages``."""
    own = fn.reference
    keep = tuple(a for a in own.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    ref = replace(
        entry.reference,
        raw=own.raw,
        line=own.line,
        end_line=own.end_line,
        pages=pages,
        anomalies=keep,
    )
    match = LiteratureMatch(entry.number, method, 100.0, index)
    return replace(fn, reference=ref, literature=match)
