"""A newspaper's article cited paper first: the paper, then the headline and the day.

Notes and lists of press history in several traditions (Spanish, Italian, French,
Portuguese, Polish; English too) name the paper before the article, its headline quoted,
the issue's full date and the page in any order after it::

    *El Sol*. «La crisis del trigo». 12 de marzo de 1931, p. 2.
    Corriere della Sera, 4 giugno 1946, p. 1: "Il voto delle donne".
    *Le Temps*, « La rentrée des Chambres », 3 mars 1898, p. 2.
    Gazeta Wyborcza, „Okrągły stół”, 5 VI 1989, s. 3.
    The Times, 3 May 1926, p. 4, 'The General Strike'.
    *La Stampa*, «Il nuovo governo», di Mario Rossi, 5 marzo 1920, p. 3.

Read in order, such an entry is a web page or a book keyed by the paper (the paper its
title or its author).  It is the paper's article: the paper its host, the headline its
title, the date's year its year, the page its page; an author only where one follows
the headline ("di Mario Rossi", "by", "par", "por", "de", "von", "przez").

Only that shape, nothing else in the entry: the paper (in italics, or named as papers are
named, :func:`~bibcheck.parse.references.paper_author.paper_name`: "The Times", "Corriere
della Sera", "El Imparcial"; a plain name of no such shape may be a person's, "Winston
Churchill, 'We shall fight on the beaches', 4 June 1940"), a quoted headline and a full
date (a day, a month in words of any language or in roman numerals, "5 VI 1989", and the
year), a page or a column, an address after it only for a paper so named.  A book (``*Title*.
Place: Publisher, 1931, p. 2.``), a journal's article (``*Revista X*, 12 (1931): 4.``) and
a signed article (``Jane Roe, "Headline," *The Times*, …``) have more or other parts.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fields import parse_date
from bibcheck.parse.references.paper_author import paper_name
from bibcheck.parse.references.patterns import U
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["PaperFirst", "paper_first", "paper_first_article"]

# the paper: italic ("*El Sol*", "_Le Temps_") or a plain name (no digit, stop or quotation
# mark; an apostrophe only inside a word, "Il Popolo d'Italia"), the city it appears in
# after it in parentheses ("The Times (London)")
_PAPER = lazy_compile(
    r"^\s*(?:\*(?P<star>[^*\d\n]{2,80}?)\*|_(?P<low>[^_\d\n]{2,80}?)_"
    r"|(?P<plain>[^\W\d_](?:[^,.;:()\[\]\d*_\"“”„«»‘’'\n]|(?<=\w)['’](?=\w)){1,79}?))"
    r"(?:\s\((?P<place>[^()\d\n]{2,40})\))?"
    # (a stop, a comma or a colon after it: a plain name's words all its own)
    r"(?=[,.;:]\s)"
)
# the words between the parts: a comma, a stop, a colon or a semicolon (or none after a
# headline that holds its own: "“Headline,” May 3")
_SEPARATOR = lazy_compile(r"\s*[,.;:]?\s+")
_HEADLINE = lazy_compile(
    r"«\s?(?P<h1>[^«»]{2,200}?)\s?»"
    r"|»(?P<h2>[^«»]{2,200}?)«"
    r"|“(?P<h3>[^“”]{2,200}?)”"
    r"|„(?P<h4>[^„“”]{2,200}?)[“”]"
    r"|\"(?P<h5>[^\"]{2,200}?)\""
    r"|‘(?P<h6>(?:[^‘’]|’(?=\w)){2,200}?)’(?!\w)"
    r"|'(?P<h7>(?:[^']|(?<=\w)'(?=\w)){2,200}?)'(?!\w)"
)
# a day ("3", "4.", "1er", "1º"), a month in words ("mars", "de marzo de", "czerwca")
_DAY = r"\d{1,2}(?:er|º|°|\.)?"
_WORD = r"[^\W\d_]{3,12}\.?"
_WORDED = lazy_compile(
    rf"(?:{_DAY}\s(?:de\s)?{_WORD}\s(?:de\s)?{_YEAR}|{_WORD}\s\d{{1,2}},?\s{_YEAR})(?!\d)"
)
# ... or in roman numerals, as Polish, Czech and Italian date ("5 VI 1989", "5.VI.1989")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = lazy_compile(
    rf"(?P<day>\d{{1,2}})\.?\s?(?P<month>X{{0,1}}I{{1,3}}|I?V|VI{{1,3}}|I?X)\.?\s?(?P<year>{_YEAR})"
    r"(?!\d)"
)
# the page or the column ("p. 2", "pp. 2-3", "s. 3", "S. 2", "pág. 4", "p. A1", "col. 2")
_PAGE = lazy_compile(
    r"(?:pp?|S|s|str|pág|págs|pag|blz|bl)\.\s?(?P<page>[A-Z]?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)"
    r"(?![\w])"
)
_COLUMN = lazy_compile(r"(?:col|cols|Sp|kol)\.\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?(?!\w)")
# the author after the headline: "di Mario Rossi", "by John Smith", "par Jean Dupont"
_PARTICLE = r"(?:de|da|do|dos|del|della|di|van|von|der|la|le|du)\s"
_AUTHOR = lazy_compile(
    rf"(?:di|by|par|por|de|von|door|przez)\s(?P<author>[{U}][\w'’.-]+"
    rf"(?:\s(?:{_PARTICLE})?[{U}][\w'’.-]+){{0,3}})"
)
_ADDRESS = lazy_compile(r"<?(?:https?://|www\.)\S+>?")
_END = lazy_compile(r"\s*[.,;]?\s*$")
# a paper named by its last word "Journal" ("The Wall Street Journal", "Providence
# Journal"), not a journal "of" a field; "Correio" ("Correio da Manhã"), "Kurjer" (the
# old spelling of "Kurier")
_MORE_PAPER = lazy_compile(r"^(?!.*\s(?:of|for)\s).*\bJournal$|\b(?:Correio|Kurjer)\b")


@dataclass(frozen=True, slots=True)
class PaperFirst:
    """A newspaper's article as its paper-first entry gives it."""

    paper: str
    headline: str
    year: int
    pages: str | None = None
    author: str | None = None


def _date_year(text: str, at: int) -> tuple[int, int] | None:
    """The year of the full date at ``at`` of ``text`` and where it ends, or None."""
    m = _WORDED.match(text, at)
    day = parse_date(m.group(0)) if m is not None else None
    if m is not None and day is not None:
        return day.year, m.end()
    m = _ROMAN.match(text, at)
    if m is None or m["month"] not in _ROMAN_MONTHS or not 1 <= int(m["day"]) <= 31:
        return None
    return int(m["year"]), m.end()


def _headline(m: re.Match[str]) -> str:
    """The headline's words without the stop or comma the quotation marks hold."""
    words = next(g for g in m.groups() if g is not None)
    return " ".join(words.split()).rstrip(",.;: ")


def paper_first(text: str) -> PaperFirst | None:
    """The paper, headline, year, page and author of ``text`` when it is a newspaper's
    article cited paper first (see the module), else None."""
    flat = " ".join(text.split())
    m = _PAPER.match(flat)
    if m is None:
        return None
    italic = m["star"] or m["low"]
    paper = " ".join((italic or m["plain"]).split()).strip()
    named = paper_name(paper) or _MORE_PAPER.search(paper) is not None
    if not italic and not named:
        return None
    at = m.end()
    headline: str | None = None
    year: int | None = None
    pages: str | None = None
    author: str | None = None
    column = False
    while True:
        sep = _SEPARATOR.match(flat, at)
        if sep is None or _END.fullmatch(flat, at) is not None:
            break
        at = sep.end()
        if headline is None and (h := _HEADLINE.match(flat, at)) is not None:
            headline, at = _headline(h), h.end()
        elif year is None and (dated := _date_year(flat, at)) is not None:
            year, at = dated
        elif pages is None and (p := _PAGE.match(flat, at)) is not None:
            pages, at = p["page"], p.end()
        elif not column and (c := _COLUMN.match(flat, at)) is not None:
            column, at = True, c.end()
        elif headline and author is None and (a := _AUTHOR.match(flat, at)) is not None:
            author, at = a["author"], a.end()
        elif named and (u := _ADDRESS.match(flat, at)) is not None:
            at = u.end()
        else:
            return None
    if _END.fullmatch(flat, at) is None or headline is None or year is None:
        return None
    return PaperFirst(paper, headline, year, pages, author)


_KINDS = (RefKind.WEB, RefKind.UNKNOWN, RefKind.BOOK, RefKind.ARTICLE)


def paper_first_article(ref: Reference, text: str) -> Reference:
    """``ref`` the paper's article when ``text`` cites it paper first (see the module); as
    it is otherwise."""
    if ref.kind not in _KINDS:
        return ref
    found = paper_first(text)
    if found is None:
        return ref
    return dataclasses.replace(
        ref,
        kind=RefKind.ARTICLE,
        title=found.headline,
        host=found.paper,
        authors=(found.author,) if found.author else (),
        year=found.year,
        year_raw=str(found.year),
        pages=found.pages,
        publisher=None,
        place=None,
        volume=None,
        issue=None,
        responsibility=None,
    )
