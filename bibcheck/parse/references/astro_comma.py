"""The astronomy journals' comma form: names with their initials after them, the bare year
after the names, then the title, the journal, its volume and the page (or article
number), all parted by commas.

A&A, MNRAS, ApJ and the many journals, theses and reports in every language that follow
them write::

    Okoro T. A., Lind B., et al. 2019, Faint dwarfs, Astronomy & Astrophysics, 621, A12, doi:…
    Okoro, T. A., & Lindqvist, B. 2019, A survey of faint dwarfs, ApJ, 870, 4
    Okoro T. A. 2019, MNRAS, 480, 2588                       (no title)
    Okoro T. A. 2021, Title, in Book of the meeting, Proc. SPIE, 12182, 121820X
    Okoro T. A. 2023, Title, Rapporto tecnico INAF n. 12, Istituto …   (a report)
    Okoro T. A. 2021, Title, Tesi di dottorato, Università di …        (a thesis)

The names are family names with their initials after them (with or without a comma
between: ``Okoro T. A.`` or ``Okoro, T. A.``), joined by commas, the last perhaps by ``&``
or ``and``, closed perhaps by ``et al.``; the year follows the names bare (no parentheses,
no full stop), or ``s.d.`` / ``n.d.`` / ``s.f.`` for no date, then a comma.  The journal is
the last comma-separated part before the volume and the page, and holds no digit; a
proceedings paper names its book after ``in`` (``, in Book, Series, 12182, 121820X``).  An
entry whose tail is no journal's (a report's or a thesis's genre after the title) keeps its
title up to the genre word's part, the kind being told by the genre words
(:mod:`.reportkind`, :mod:`.thesis`).  :func:`parse` returns None for any other shape.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import reportkind, thesis
from bibcheck.parse.references.patterns import INITIALS, SURNAME, U
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR

__all__ = ["head", "parse", "person_head"]

# "Okoro T. A." or "Okoro, T. A." (a particle before the family name: "van Dam J.")
_NAME = rf"{SURNAME},?\s{INITIALS}"
_AND = r"(?:&|and|und|et|e|y|i)"
# no date: Italian and Latin "s.d.", English "n.d.", Spanish "s.f.", French "s.d."
_NO_DATE = r"(?:s\.\s?d\.|n\.\s?d\.|s\.\s?f\.)"
# a body as author, first or alone: "Planck Collaboration, Aghanim N., …", "SunPy
# Community, Mumford S. J., …", "INAF-OAC s.d., …", "ESA 2021, …"
_BODY = (
    rf"(?:[{U}][\w&'’-]*+\s){{0,5}}(?:Collaboration|Community|Consortium|Team|Project"
    r"|Collaborazione|Colaboración|Kollaboration)"
    rf"|[{U}][{U}\d&]{{1,9}}(?:[-/][{U}\d&]{{1,9}}){{0,2}}"
)
_HEAD = lazy_compile(
    rf"^(?:(?P<body>{_BODY})(?:,\s(?={_NAME}))?)?"
    rf"(?P<authors>(?:{_NAME}(?>,?\s{_AND}\s{_NAME}|,\s{_NAME}){{0,30}}+)?)"
    r"(?P<others>,?\set\sal\.)?"
    rf",?\s(?P<year>{YEAR}[a-z]?|{_NO_DATE}),\s(?P<rest>\S.*)$",
    re.S,
)
_ONE_NAME = lazy_compile(_NAME)
# what ends an entry after its page and is no field of it: a DOI, an address, an arXiv or
# bibcode identifier (the reader takes DOIs and addresses out before the styles, leaving
# their commas)
_AFTER = lazy_compile(r"(?:,\s*+(?:doi:\s?|DOI:?\s|https?://|arXiv:|bibcode:?\s?)\S*+|,)[\s.]*+$")
_AFTER_MAX = 4  # identifiers closing an entry, at most ("…, 86, doi:…, arXiv:…")
# ", Astronomy & Astrophysics, 608, A40" / ", ApJ, 890, 68" / ", Solar Physics, 275, 3–15":
# the journal (no digit, no comma), the volume, the page or the article number
_JOURNAL_TAIL = lazy_compile(
    rf"(?:^|,\s)(?P<journal>[{U}][^,\d]{{0,119}}),\s(?P<volume>[A-Z]?\d{{1,6}}[A-Z]?)"
    r"(?:\s?\((?P<issue>[\w–-]{1,12})\))?"
    r",\s(?:pp?\.\s?)?(?P<pages>[A-Za-z]{0,3}\d{1,9}[A-Za-z]?(?:\s?[–—-]\s?[A-Za-z]{0,3}\d{1,9})?)$"
)
# ", in Book of the meeting" closing the title of a proceedings paper (or a chapter)
_IN_BOOK = lazy_compile(r",\s(?:in|In|dans|en|em|im|In:|in:)\s(?=\S)")


def head(body: str) -> tuple[tuple[str, ...], str, str] | None:
    """``(names, year or no-date mark, rest)`` of an entry that opens with names with their
    initials after them and the bare year (``Okoro T. A., Lind B. 2019, Title, …``), or
    None."""
    m = _HEAD.match(body)
    if m is None or not (m.group("body") or m.group("authors")):
        return None
    names = tuple(n.group(0) for n in _ONE_NAME.finditer(m.group("authors")))
    if m.group("body"):
        names = (m.group("body"), *names)
    return names, m.group("year"), m.group("rest")


def person_head(line: str) -> bool:
    """Does ``line`` open an entry by people's names with their initials after them and the
    bare year (``Okoro T. A., Lind B., et al. 2019, Title``; not a body alone, ``ESA 2021,
    …``, which a wrapped line of text may start with too)?"""
    m = _HEAD.match(line.strip())
    return m is not None and bool(m.group("authors"))


def parse(body: str) -> Fields | None:
    """Fields of ``Okoro T. A., Lind B., et al. 2019, Title, Journal, 621, A12`` (see the
    module doc), or None."""
    found = head(body.strip())
    if found is None:
        return None
    names, year_text, rest = found
    year = year_of(year_text if year_text[:1].isdigit() else None)
    rest = rest.strip()
    for _ in range(_AFTER_MAX):
        cut = _AFTER.search(rest)
        if cut is None:
            break
        rest = rest[: cut.start()].rstrip()
    tail = _JOURNAL_TAIL.search(rest)
    if tail is not None:
        front = rest[: tail.start()].strip()
        journal = tail.group("journal").strip()
        facts = Fields(
            "astro-comma",
            names,
            year=year,
            volume=tail.group("volume"),
            issue=tail.group("issue"),
            pages=re.sub(r"\s?[-–—]\s?", "–", tail.group("pages")),
        )
        inside = _IN_BOOK.search(front)
        if journal.startswith(("in ", "In ")) and front:  # ", in Proc. SPIE, 12182, 121820X"
            title, book = front, journal.split(None, 1)[1]
        elif inside is not None:  # ", in Book of the meeting, Proc. SPIE, 12182, 121820X"
            title, book = front[: inside.start()].strip(), front[inside.end() :].strip()
        else:  # an article, or a titleless one ("Okoro T. A. 2019, MNRAS, 480, 2588")
            return replace(
                facts,
                title=front or None,
                container=journal,
                kind=RefKind.ARTICLE,
                untitled=not front,
            )
        if not title:
            return None
        return replace(facts, title=title, container=book, chapter=True)
    # a report or a thesis: the title runs to the part that names the genre ("Title, with
    # commas, Rapporto tecnico INAF n. 12, Istituto …", "Title, Tesi di dottorato, …"); a
    # page's title stands alone (its address taken out); any other tail is another
    # style's ("Coady, C. A. J., 1992, Title, Oxford: Clarendon Press": a book's imprint)
    parts = rest.split(", ")
    upto = next((k for k in range(1, len(parts)) if _genre(parts[k])), len(parts))
    if upto == len(parts) and len(parts) > 1:
        return None
    title = ", ".join(parts[:upto]).strip().rstrip(".")
    # (two words at least, no locator: "Okoro T. A. 2019, p. 45" cites a page of a work)
    if sum(1 for w in title.split() if len(w.strip(".,:;")) > 1 and w[:1].isalpha()) < 2:
        return None
    return Fields("astro-comma", names, title, year)


def _genre(part: str) -> bool:
    """Does a comma-separated ``part`` name a report's or a thesis's genre (``Rapporto
    tecnico INAF n. 12``, ``Technical Report 7``, ``PhD thesis``, ``Tesi di dottorato``)?"""
    found = thesis.designation(part)
    return (found is not None and found.start == 0) or reportkind.titled_report(part)
