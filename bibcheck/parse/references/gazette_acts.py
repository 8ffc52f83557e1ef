"""An act printed in an official gazette, cited in a journal's article's shape: a ``report``.

Vancouver and the lists that follow it cite a royal order, a decree or a law as they cite
an article, the gazette in the journal's place, its issue and page after the date::

    Real orden de 2 de mayo de 1890 sobre la vacunación. Gaceta de Madrid. 1890 may 4;(124):381.
    Ley 14/1986, de 25 de abril, General de Sanidad. Boletín Oficial del Estado. 1986;(102).
    Decreto de 3 de julio de 1902 aprobando el reglamento. Diario Oficial. 1902 jul 5;(150):2.

The title opens with the act's designation (:data:`.legal_words.STATUTES`: Spanish,
Catalan, Portuguese, Italian, French and the other languages that list shares, the Crown's
"Real" / "Reial" / "Regio" before it) and its date or number; the journal is
a gazette by its name (the national gazettes of :data:`.legal_words.NAMED_GAZETTES`, and
those of the nineteenth and twentieth centuries: "Gaceta de Madrid", "Gaceta Oficial",
"Diario Oficial", a province's "Boletín Oficial de la Provincia de …", "Diário do Governo").
Either alone is not enough: an article's title may name an act ("Ley 14/1986: veinte años
después"), a gazette's history is a book.  The corpus files legislation as ``report``; the
title as read stays (a subject after the date a parser cut off at the date is restored,
to the full stop before the gazette: "Real orden de 2 de mayo de 1890 sobre las vacunas"),
and so does a gazette's name a parser ran into it ("…. Gaceta de Madrid") -- that is cut.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_words import HISTORIC_GAZETTES, NAMED_GAZETTES, STATUTES
from bibcheck.parse.references.patterns import U

__all__ = ["gazette_act"]

_MONTH = r"[^\W\d_]{3,12}\.?"
# the act's date ("de 13 de junio de 1885", "13 de junio de 1885", "du 3 mai 1885", "3
# maggio 1885") or its number ("14/1986", "n.º 8/90", "n° 2016-131")
_DATE_OR_NUMBER = (
    rf"(?:(?:de|del|du|de\sl['’])\s)?\d{{1,2}}(?:º|\.)?\s(?:de\s)?{_MONTH}\s(?:de\s)?\d{{4}}"
    r"|(?:n\.?\s?[º°o]\.?\s?|nº\s?|núm\.\s?|no\.\s?)?\d{1,5}[/-]\d{2,4}"
)
# the act's designation (:data:`.legal_words.STATUTES`, the list the other legal parsers
# read), the kind of order after it ("Real orden circular", "Orden ministerial"), then its
# date or number
_DESIGNATION = lazy_compile(
    rf"^(?:{STATUTES})"
    r"(?:\s(?:circular|ministerial|comunicada|legislativo))?"
    rf",?\s(?:{_DATE_OR_NUMBER})(?!\d)"
)
_GAZETTE = lazy_compile(rf"\b(?:{NAMED_GAZETTES}|{HISTORIC_GAZETTES})")
# the gazette's name a parser ran the title into, after its full stop
_GAZETTE_TAIL = lazy_compile(rf"\.\s(?:{NAMED_GAZETTES}|{HISTORIC_GAZETTES})[^.]*$")
_RELABELLED = frozenset({RefKind.ARTICLE, RefKind.UNKNOWN, RefKind.WEB, RefKind.REPORT})


def gazette_act(ref: Reference) -> Reference:
    """``ref`` a ``report`` when its title opens with an act's designation and its text
    names an official gazette (see the module), the gazette cut from its title's end; as it
    is otherwise."""
    title = ref.title
    # (a title set in lower case after its first letter: "orden de 3 de mayo …")
    if not title or _DESIGNATION.match(title[:1].upper() + title[1:]) is None:
        return ref
    # (a book read with no publisher is a gazette's issue, no book)
    if ref.kind not in _RELABELLED and not (ref.kind is RefKind.BOOK and not ref.publisher):
        return ref
    flat = " ".join(ref.raw.split())
    if _GAZETTE.search(flat) is None:
        return ref
    tail = _GAZETTE_TAIL.search(title)
    if tail is not None:
        title = title[: tail.start()]
    return dataclasses.replace(ref, kind=RefKind.REPORT, title=_as_read(title, flat))


# the full stop before the gazette's name
_BEFORE_GAZETTE = lazy_compile(rf"\.\s(?:{NAMED_GAZETTES}|{HISTORIC_GAZETTES})")
# a sentence's end within the text before it
_SENTENCE_END = lazy_compile(rf"\.\s[{U}]")


def _as_read(title: str, flat: str) -> str:
    """``title`` as the entry ``flat`` reads it, when a parser cut it at the act's date or
    number ("Real orden de 2 de mayo de 1890" of "Real orden de 2 de mayo de 1890 sobre las
    vacunas. Gaceta de Madrid. …"): the subject after it, to the full stop before the
    gazette, in the same sentence."""
    start = flat.find(title)
    if start < 0:
        return title
    end = start + len(title)
    stop = _BEFORE_GAZETTE.search(flat, end)
    if stop is None:
        return title
    subject = flat[end : stop.start()]
    if not subject.startswith((" ", ",")) or _SENTENCE_END.search(subject) or len(subject) > 300:
        return title
    return title + subject.rstrip(" .,")
