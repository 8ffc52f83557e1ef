"""A publisher's numbered series in parentheses, whose number is no year (pure functions).

German, French and scientific lists close a book's imprint with the paperback or
monograph series it appeared in and its number::

    Habermas, Jürgen: Der philosophische Diskurs der Moderne. Frankfurt am Main 1985 (UTB 1591).
    Adorno, Theodor W. (1966): Negative Dialektik. Frankfurt am Main: Suhrkamp (stw 1984).
    Foucault, M. Title. Paris : PUF, 1962 (Que sais-je ? 1859).
    Serre, J.-P. Title. Berlin: Springer, 1973 (Lecture Notes in Mathematics 1999).

The series' number often has four digits, and then it reads as a year: the entry's year
(written before it) was replaced by the series number.  :func:`masked_series` hides the
digits of such a number for reading (same length; the ``=`` of ``(= UTB 1591)``, which
the German readings take for no series, is read as a space), :func:`restored_series` gives the
fields their text back.  In running text the same parenthesis is no author-date citation
(:func:`series_siglum`).  A series is known by its name: the German paperback series by
their sigla (``UTB``, ``stw``, ``es``, ``st``, ``it``, ``dtv``, ``rororo``, ``RUB``,
``BsR``), a name with a series word (``Reclams Universal-Bibliothek``, ``Sammlung
Göschen``, ``Beck'sche Reihe``, ``suhrkamp taschenbuch wissenschaft``, ``Que sais-je ?``,
``Folio essais``, ``Lecture Notes in Computer Science``, ``Studies in …``), with an optional
``=`` before it and an optional number mark (``Bd.``, ``Nr.``, ``no``, ``n°``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.years import YEAR as _YEARLIKE

__all__ = [
    "SERIES_NUMBER",
    "masked_series",
    "restored_series",
    "series_siglum",
    "without_numbered_series",
]

# sigla of paperback series, as printed (lower-case ones only in lower case)
_SIGLA = r"UTB|stw|es|st|it|dtv|rororo|RUB|BsR|BSR|WdF|GF|UB|KTA|rde|sv"
# a series word, in the languages of the lists
_SERIES_WORD = (
    r"Reihe|Bibliothek|Universal-Bibliothek|Taschenbuch|Taschenbücher|taschenbuch"
    r"|wissenschaft|Sammlung|Studien|Schriften|Beiträge|Texte|Bücherei|Series|Studies"
    r"|Lecture\sNotes|Notes|Library|Monographs|Texts|Collection|Bibliothèque|Biblioteca"
    r"|Collana|Colección|Cahiers|essais|Essais|histoire|Histoire|Idées|Points|Folio|Tel"
)
_NAMED = (
    rf"(?:[\w'’.-]+\s){{0,5}}(?:{_SERIES_WORD})(?:\s(?:in|of|für|zur|der|des|de|du)\s"
    rf"[\w'’-]+(?:\s[\w'’-]+){{0,3}})?"
)
_QUE_SAIS_JE = r"Que\ssais-je\s?\?"
_YEARLIKE_NUMBER = lazy_compile(_YEARLIKE)
# "(UTB 1591)", "(= stw 1234)", "(Reclams Universal-Bibliothek Nr. 1999)", "(Que sais-je ?
# 1859)", "(Lecture Notes in Mathematics 1999)"
SERIES_NUMBER = lazy_compile(
    rf"\((?P<equals>=\s?)?(?:(?:{_SIGLA})|{_QUE_SAIS_JE}|{_NAMED}),?\s"
    rf"(?:(?:Bd|Nr|No|no|vol|Vol)\.\s?|n[°º]\s?)?(?P<number>\d{{1,5}})\)"
)


# the sigla no body goes by too ("RUB" is also a university's, "BSR" a company's)
_SIGLUM = lazy_compile(r"UTB|BsR|WdF|KTA|dtv|stw|rororo")


def series_siglum(name: str) -> bool:
    """Is ``name`` a paperback series' siglum (``UTB``, ``RUB``, ``dtv``): ``(UTB 1591)`` in
    running text names a volume of the series, never an author and a year?"""
    return _SIGLUM.fullmatch(name) is not None


def masked_series(text: str) -> str:
    """``text`` with the year-like numbers of its parenthesised series made ``x`` (and a
    ``=`` before the series a space)."""
    if "(" not in text:
        return text
    return SERIES_NUMBER.sub(_masked, text)


def _masked(m: re.Match[str]) -> str:
    whole = list(m.group(0))
    if m.group("equals"):
        # "(= UTB 1591)": the sign says "that is", read as a space
        whole[m.start("equals") - m.start()] = " "
    if _YEARLIKE_NUMBER.fullmatch(m.group("number")):
        start, end = m.start("number") - m.start(), m.end("number") - m.start()
        whole[start:end] = "x" * (end - start)
    return "".join(whole)


def restored_series(ref: Reference, text: str, masked: str) -> Reference:
    """``ref`` (read from ``masked``) with its text fields holding the numbers as written."""
    shown = {
        masked[m.start() : m.end()]: m.group(0)
        for m in SERIES_NUMBER.finditer(text)
        if masked[m.start() : m.end()] != m.group(0)
    }

    def back(value: str | None) -> str | None:
        if value is None:
            return None
        for hidden, written in shown.items():
            value = value.replace(hidden, written)
            # (a field may hold the series without its parentheses)
            value = value.replace(hidden[1:-1], written[1:-1])
        return value

    return replace(
        ref,
        raw=text,
        title=back(ref.title),
        host=back(ref.host),
        publisher=back(ref.publisher),
        place=back(ref.place),
        authors=tuple(back(a) or a for a in ref.authors),
    )


def without_numbered_series(title: str) -> str:
    """``Pflanzenökologie (UTB 1591)`` -> ``Pflanzenökologie``: a numbered series in
    parentheses that closes a book's title (``Title (UTB 1591). Stuttgart: Ulmer.``,
    ``Titre (Que sais-je ? 1234)``) is the series, no part of the title."""
    m = SERIES_NUMBER.search(title)
    if m is None or m.start() < 2 or title[m.end() :].strip(" .,") or title[m.start() - 1] != " ":
        return title
    return title[: m.start()].rstrip(" ,.")
