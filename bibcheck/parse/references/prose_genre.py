"""A work a note's prose names by what it is: "the summary report *Title* (Prague, 1998)".

A remark in a note may name the one work it relies on inside its sentence, by a word for
what the work is (a report, a book), perhaps its issuer, then the work's title in italics
and its place and year in parentheses: ``Figures differ; I follow the agency's summary
report *Title* (Prague, 1998), which gives 50 deaths.``, ``…; držím se souhrnné zprávy ČHMÚ
*Title* (Praha, 1998), …``, ``… folge ich dem Bericht des Landesamts *Title* (Potsdam,
1998).``  The italic title is the work's, the year in the parentheses its year, and the word
before it its kind: the prose is no part of the title.

:func:`genre_named` finds that shape (None when the note has another: no word for a work
among the few words before the title, a second marked title, a date or a number before it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind

__all__ = ["GenreNamed", "genre_named"]


@dataclass(frozen=True, slots=True)
class GenreNamed:
    """The title, the year, the kind the genre word gives, and that word as written."""

    title: str
    year: int
    kind: RefKind
    word: str


# the italic title, then "(Place, Year)" or "(Year)" right after it
_TITLE_DATED = lazy_compile(
    r"(?P<title>\*(?=[^\s*])[^*]{2,200}(?<=[^\s*])\*|_(?=[^\s_])[^_]{2,200}(?<=[^\s_])_)"
    r"\s\((?:[^\W\d][^()\d,]{0,60},\s)?(?P<year>(?:1[5-9]|20)\d\d)\)"
)
_MARKED = lazy_compile(r"[*_“”«»„\"]")
# the words for a report and a book, as the stems of their declined forms: English, German,
# Dutch and Nordic, French, Spanish, Portuguese, Italian, Czech and Slovak (zpráva, zprávy,
# správa), Polish, Russian, Ukrainian, Croatian and Serbian, Slovene, Hungarian, Finnish,
# Turkish
_REPORT = (
    "report", "bericht", "rapport", "rapporto", "raport", "informe", "relatório", "relatorio",
    "relazione", "zpráv", "správ", "отчёт", "отчет", "доклад", "звіт", "izvješ", "izvješt",
    "izveštaj", "poročil", "jelentés", "raportti", "selvity", "rapor",
)  # fmt: skip
_BOOK = (
    "book", "buch", "bok", "boek", "livre", "libro", "livro", "kniha", "knize", "knihy",
    "knihu", "knih", "książk", "książc", "книг", "knjig", "könyv", "kirja", "kitab", "monograph",
    "monografi",
)  # fmt: skip
# how many words may stand between the genre word and the title (an issuer, an adjective:
# "report of the Ministry of the Interior *Title*")
_GAP_WORDS = 5
_WORD = lazy_compile(r"[^\W\d_][\w'’.-]*")


# (an inflection of the word, "zprávy", "Berichts", "книги"; not a verb or an agent noun made
# from it, "reported", "reporting", "reporter")
_SUFFIX = 3
_NOT_INFLECTION = ("ed", "ing", "er", "ers")


def _stem_of(low: str, stems: tuple[str, ...]) -> bool:
    for stem in stems:
        if low.startswith(stem):
            suffix = low[len(stem) :]
            return len(suffix) <= _SUFFIX and suffix not in _NOT_INFLECTION
    return False


def _kind(word: str) -> RefKind | None:
    low = word.lower()
    if _stem_of(low, _REPORT):
        return RefKind.REPORT
    if _stem_of(low, _BOOK):
        return RefKind.BOOK
    return None


def genre_named(text: str) -> GenreNamed | None:
    """The work ``text`` (a note) names in its prose by a word for its kind, or None."""
    flat = " ".join(text.split())
    found = _TITLE_DATED.search(flat)
    if found is None:
        return None
    before = flat[: found.start()]
    after = flat[found.end() :]
    if re.search(r"\d", before) or _MARKED.search(before) or _TITLE_DATED.search(after):
        return None
    words = [m.group(0) for m in _WORD.finditer(before)]
    genre = next(
        ((w, k) for w in reversed(words[-(_GAP_WORDS + 1) :]) if (k := _kind(w)) is not None),
        None,
    )
    if genre is None:
        return None
    title = found.group("title")[1:-1].strip()
    return GenreNamed(title, int(found.group("year")), genre[1], genre[0])
