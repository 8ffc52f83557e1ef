"""References whose names end with a colon before a quoted title, as technical books
write their chapter references (O'Reilly's *Designing Data-Intensive Applications* and the
books that follow its house style).

``Ada B. Lovelace, Charles Babbage, and Mary Somerville: “Notes on the Engine,” _Journal of
Machinery_, volume 12, number 3, pages 45–67, March 1843.`` -- the authors in natural order
joined by commas and a final ``and``, a colon, the title in quotation marks with its comma
(or period) inside them, then the journal and its numbering spelled out (``volume``,
``number``, ``pages``) and the month and year; a conference paper names its meeting after
``at`` (``at _12th Symposium on Engines_ (SOE), June 1844``); any other container (a blog,
a report series) is the first part after the title.

A book has no quoted title (``Name: _Title_. Publisher, Year.``) and is left to the
German/DIN parser, which reads that shape.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import serial
from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.quote_pairs import EN_OPENINGS
from bibcheck.parse.references.shared import Fields, last_year, quoted, quoted_text, tidy, year_of

__all__ = ["parse"]

# a person in natural order: given names or initials (up to three), then the family name
# ("Michael J. Fischer", "Tushar Deepak Chandra", "Robbert van Renesse", "J. K. Rowe")
# (words whole, a space between them: "J.K." only after an initial's period; so that a long
# run of capitals is read in linear time)
_PERSON = (
    rf"[{U}](?:[\w'’-]++|\.)(?:(?:\s|(?<=\.))[{U}](?:\.|[\w'’-]++)){{0,2}}\s{SURNAME}(?![\w'’-])"
)
_NAMES = lazy_compile(
    rf"^(?P<authors>{_PERSON}(?:(?:,\s|,?\sand\s){_PERSON}){{0,12}})(?:,?\set\sal\.)?:\s"
    rf"(?=[{EN_OPENINGS}])"
)
# the meeting a paper was given at: "at _26th Symposium …_ (PODC)", "at Conference, 2007"
_AT = lazy_compile(r"^at\s")


def parse(body: str) -> Fields | None:
    """The fields of ``body`` in this shape, or None."""
    names = _NAMES.match(body)
    if names is None:
        return None
    after = body[names.end() :]
    q = quoted(after)
    if q is None or q.start() != 0:
        return None
    inside = after[q.start() : q.end()]
    if not re.search(r"[,.]\W?$", inside):
        return None  # the comma inside the quotation marks is this style's
    authors = tuple(
        p.strip() for p in re.split(r",\s(?:and\s)?|\sand\s", names.group("authors")) if p
    )
    title = quoted_text(q)
    tail = after[q.end() :].strip(" ,.")
    fields = Fields("colon-quoted", authors, title, year_of(last_year(tail)))
    at = _AT.match(tail)
    if at is not None:
        meeting = re.split(r",\s", tail[at.end() :])[0]
        # ("at _Symposium on Engines_ (SOE)": the abbreviation is the meeting's)
        return replace(fields, container=_unmarked(meeting), chapter=True)
    found = serial.read(_unmarked(tail) or "")
    if found is not None:
        return replace(
            fields,
            container=found.host,
            volume=found.volume,
            issue=found.issue,
            pages=found.pages,
        )
    first = re.split(r",\s", tail)[0] if tail else ""
    if first.startswith(("_", "*")):  # an italic name: a journal, a website, a series
        return replace(fields, container=_unmarked(first))
    return fields


def _unmarked(text: str) -> str | None:
    """``text`` without the italic marks around its words."""
    return tidy(re.sub(r"(?<![\w])[_*]+|[_*]+(?![\w])", "", text))
