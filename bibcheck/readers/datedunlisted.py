"""Author-date citations typed in a text whose reference list was not read.

A manuscript that cites "(Cruschina 2012, Cruschina & Remberger 2017)" or "Bianchi et al.
(2015)" in its running text, with no reference list read (a draft whose "References"
heading is still empty, a list in another file), cites works nothing lists: that is a
``no-literature-list`` anomaly with the citations' lines, as numbers in brackets with no
list are (:func:`bibcheck.manuscript._cited_without_list`), never a silent success.

Only the unmistakable shapes count: inside parentheses, a capitalised family name (a
second one after "and"/"&", or "et al.") and a year, each part of the parenthesis
(``(Belletti 2004, Belletti & Rizzi 2017)``, ``(Smith, 2019; Lee 2020: 4)``); in the
sentence the narrative forms :func:`bibcheck.readers.authoryear.unlisted` knows (a name
with "et al." or a second name before "(2015)": a name alone before a year in parentheses
may be a place or a product).  Three different works at least: one or two such
parentheses may be anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, TextBlock
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.references.paperback_series import series_siglum
from bibcheck.parse.references.patterns import U
from bibcheck.parse.years import YEAR
from bibcheck.readers.authoryear import names_no_author, unlisted
from bibcheck.readers.benchmarks import benchmark_mention
from bibcheck.readers.rowsource import row_gives_source

# Readers of printed prose (a word processor's document, Markdown, plain text) whose
# author-date citations are typed text: LaTeX, wikitext, rst and the others cite by
# command, template or role, and say what they could not resolve themselves.
TYPED_READERS = frozenset(
    {"docx", "odt", "pandoc-markdown", "sup-markdown", "markdown-links", "plain-text"}
)
_FEWEST = 3

_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?(?!\d)"
_NAME = rf"[{U}][^\W\d_]++(?:['’-][^\W\d_]++)?+"
# one parenthesis's content, up to its end (no nested parenthesis: linear, each character
# looked at from one opening parenthesis at most)
_PARENTHESIS = lazy_compile(r"\(([^()\n]{1,400}+)\)")
# a part of it: "Name 2012", "Name & Other 2017", "Name et al., 2015", "Name, 2019a"
_PART = lazy_compile(
    rf"(?:^|[;,]\s*+|\b(?:see|cf\.|e\.g\.,?|i\.e\.,?)\s++)"
    rf"(?P<name>{_NAME})(?:\s++{AND}\s++(?P<other>{_NAME})|,?\s++{ET_AL})?,?\s++(?P<year>{_YEAR})"
    r"(?=\s*+(?:$|[;,:]))"
)


@dataclass(frozen=True, slots=True)
class DatedCitation:
    line: int
    shown: str  # "Cruschina 2012"


def dated_citations(blocks: Iterable[TextBlock]) -> list[DatedCitation]:
    """The author-date citations of the body's paragraphs, in order."""
    found: list[DatedCitation] = []
    for block in blocks:
        for offset, shown in _in_text(block.text):
            found.append(DatedCitation(_line_at(block, offset), shown))
    return found


def _in_text(text: str) -> Iterator[tuple[int, str]]:
    spans: list[tuple[int, str]] = []
    for paren in _PARENTHESIS.finditer(text):
        inner = paren.group(1)
        for part in _PART.finditer(inner):
            at = paren.start(1) + part.start("name")
            if _names_author(part.group("name"), part.group("other")) and not (
                part.group("other") is None
                and benchmark_mention(text, at, at + part.end() - part.start("name"), part["name"])
            ):
                shown = " ".join(inner[part.start("name") : part.end("year")].split())
                spans.append((at, shown))
    for start, end, _ in unlisted(text, frozenset()):
        spans.append((start, " ".join(text[start:end].replace("(", "").split())))
    seen: set[int] = set()
    for start, shown in sorted(spans):
        if start not in seen:
            seen.add(start)
            yield start, shown


def _names_author(name: str, other: str | None) -> bool:
    """Not a month, a season, a part of a work or a sentence's opening word, nor a
    paperback series' siglum (``(UTB 1591)``: a volume of the series)."""
    if other is None and series_siglum(name):
        return False
    return not names_no_author(name) and (other is None or not names_no_author(other))


def _line_at(block: TextBlock, offset: int) -> int:
    line = block.pieces[0][1] if block.pieces else 0
    for start, piece_line in block.pieces:
        if start > offset:
            break
        line = piece_line
    return line


def cited_without_list(raw: RawDocument, lines: Sequence[str] = ()) -> Anomaly | None:
    """``no-literature-list`` for a typed author-date text with no reference list read (at
    the first citation, the first few named, every line given), else None.  ``lines``, the
    source's lines, hold the table rows that link their work (a leaderboard's "Paper"
    column, :func:`bibcheck.readers.rowsource.row_gives_source`): a work such a row names
    (its first author's name and its year) is given in full there."""
    if raw.reader not in TYPED_READERS or raw.literature or raw.notes_are_the_list:
        return None
    if raw.literature_partial or raw.bibliographies:
        return None
    found = dated_citations(raw.blocks)
    works = list(dict.fromkeys(c.shown for c in found))
    if len(works) < _FEWEST:
        return None
    # (a table row that links its work gives it in full, as a note does: the row itself,
    # or a list naming the work above the table)
    given = [*(n.text for n in raw.footnotes), *(line for line in lines if row_gives_source(line))]
    unheld = [c for c in found if not _held_by_note(c.shown, given)]
    if not unheld:
        return None  # each work cited by author and date is given in full (a note, a row)
    at = ", ".join(str(n) for n in dict.fromkeys(c.line for c in unheld))
    missing = list(dict.fromkeys(c.shown for c in unheld))
    if len(unheld) < len(found):
        # the notes give the others in full ("(Amos et al., 2017) [^8]"): these alone have
        # no entry anywhere
        message = (
            f"cites {_shown(missing)} by author and date, but no reference list was read"
            f" and no note gives {'it' if len(missing) == 1 else 'them'} in full (line {at})"
        )
    else:
        message = (
            f"cites {_shown(missing)} by author and date but no reference list was read (line {at})"
        )
    return Anomaly(AnomalyCode.NO_LITERATURE_LIST, message, unheld[0].line)


_SHOWN_NAME = lazy_compile(_NAME)
_SHOWN_YEAR = lazy_compile(YEAR)


def _held_by_note(shown: str, notes: Sequence[str]) -> bool:
    """Does a note (or a sourced table row) give the work ``shown`` ("Amos et al., 2017")
    cites: its first author's family name and its year, both in one note's text?"""
    name, year = _SHOWN_NAME.search(shown), _SHOWN_YEAR.search(shown)
    if name is None or year is None:
        return False
    named = re.compile(rf"(?<!\w){re.escape(name.group(0))}(?!\w)")
    return any(year.group(0) in note and named.search(note) for note in notes)


def _shown(works: Sequence[str]) -> str:
    head = ", ".join(f"({w})" for w in works[:5])
    return head + (f" and {len(works) - 5} more" if len(works) > 5 else "")


def typed_dated_works(text: str) -> list[str]:
    """The distinct works ``text`` (a document no reader reads) cites by author and date
    in the unmistakable shapes :func:`dated_citations` knows, in order ("Smith et al. 2019")."""
    return list(dict.fromkeys(shown for _, shown in _in_text(text)))


def dated_refusal(works: Sequence[str]) -> str:
    """What a document citing ``works`` by author and date, with no reference list and
    nothing else a reader reads, is refused with: never "cites nothing" when it cites."""
    count = f"{len(works)} work{'s' if len(works) != 1 else ''}"
    return (
        f"cites {count} by author–date, {_shown(works)}, but has no reference list to check"
        " them against; check the manuscript whose list they cite (for a response to"
        " reviewers or a cover letter) or add its list"
    )
