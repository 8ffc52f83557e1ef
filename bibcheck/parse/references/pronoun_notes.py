"""Notes that cite another work of the author of the note before, by a pronoun.

Italian, Spanish, Latin-trained and German notes write the author of the note before as a
pronoun when the next note cites another of that author's works: "Id., La sanità
pubblica nel Seicento, in «Rivista storica italiana», 117 (2005), pp. 12-30." (idem),
"Ead., Medici e barbieri, Roma, Carocci, 2015." (eadem), "Ders., Die Zünfte der Stadt,
München 2003, S. 45." (derselbe).  Such a note is a full note, not an "Ibid." (which
"Id., p. 5" alone is): :func:`same_author_work` tells the two apart, and
:func:`with_pronoun_authors` parses the note with the name of the nearest earlier note that
names its authors in the pronoun's place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Footnote, ParsedDocument, Reference, RefKind
from bibcheck.parse.matching import LiteratureIndex
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.same_author import PRONOUN
from bibcheck.parse.years import YEAR_BOUNDED

__all__ = ["same_author_work", "with_pronoun_authors"]

_LEADING = lazy_compile(rf"^\s*[*_]{{0,2}}(?:{PRONOUN})[*_]{{0,2}}\s?(?P<mark>[,:])\s", re.I)
# a work after the pronoun: a year (or a journal's volume and year) and words of a title
# before any digit ("La sanità pubblica nel Seicento, ... 2005"), not a place alone ("p. 5",
# "S. 47 f.", "at 12")
_YEAR = lazy_compile(YEAR_BOUNDED)
_TITLE_WORDS = lazy_compile(r"^[*_«“\"„]?[^\W\d_]{2,}(?:[\s'’-][^\W\d_]+){1,}")


def same_author_work(text: str) -> str | None:
    """The work after a same-author pronoun that starts ``text`` ("Id., Title, Place
    2005" -> "Title, Place 2005"), or None ("Id., p. 5", an ibidem; no pronoun)."""
    m = _LEADING.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    if _YEAR.search(rest) is None or _TITLE_WORDS.match(rest) is None:
        return None
    return rest


def with_pronoun_authors(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with each same-author note parsed with the name it stands for, and tied to
    the list's entry of that work when the list holds it."""
    footnotes = list(doc.footnotes)
    anomalies = list(doc.anomalies)
    # (the list's index is built at the first same-author note, not for every document:
    # building it reads each entry again, a millisecond an entry, and most documents have
    # no such note)
    index: LiteratureIndex | None = None
    changed = False
    for k, fn in enumerate(doc.footnotes):
        rest = same_author_work(fn.reference.raw)
        if rest is None:
            continue
        authors = _authors_before(footnotes[:k])
        if not authors:
            continue
        ref = _reparsed(fn.reference, authors, rest)
        match = fn.literature
        if index is None and doc.literature:
            index = LiteratureIndex(doc.literature)
        if index is not None and (match is None or match.method != "key"):
            match = index.match(ref) or match
        footnotes[k] = replace(fn, reference=ref, literature=match)
        if match is not None and match is not fn.literature:
            anomalies = [
                a
                for a in anomalies
                if not (a.code is AnomalyCode.LITERATURE_MISSING and a.footnote == fn.label)
                and not (
                    a.code is AnomalyCode.LITERATURE_UNCITED and a.literature_entry == match.number
                )
            ]
        changed = True
    if not changed:
        return doc
    return replace(doc, footnotes=tuple(footnotes), anomalies=tuple(anomalies))


def _authors_before(footnotes: list[Footnote]) -> tuple[str, ...]:
    """The authors of the nearest earlier note that names any (commentary passed over)."""
    for fn in reversed(footnotes):
        if fn.reference.kind is not RefKind.COMMENTARY and fn.reference.authors:
            return fn.reference.authors
    return ()


def _reparsed(own: Reference, authors: tuple[str, ...], rest: str) -> Reference:
    """``own`` read again with ``authors`` written in the pronoun's place (its raw text,
    lines and anomalies of its own place kept)."""
    joined = " e ".join(authors) if any("," in a for a in authors) else ", ".join(authors)
    lines = tuple(range(own.line, own.end_line + 1)) if own.end_line >= own.line else (own.line,)
    ref = parse_reference(f"{joined}, {rest}", lines[:1], note=True)
    if ref.kind is RefKind.COMMENTARY:
        return own
    return replace(ref, authors=authors, raw=own.raw, line=own.line, end_line=own.end_line)
