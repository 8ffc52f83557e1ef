"""The words a volume or a part of a work is designated by, in the languages cited: one table.

A volume's or a part's number follows its word (``vol. 2``, ``Bd. 3``, ``Tomul I``,
``Partea II``, ``t. IV``, ``díl 2``, ``т. 3``), or, in Hungarian, precedes it (``2.
kötet``); a set counts its volumes with a plural (``4 Bde.``, ``26 voll.``).  Several
readings look for these words, each in its own place and each with the words that place is
written with:

* :attr:`Reading.DESIGNATION` -- a volume's designation as a sentence of its own between a
  title and its imprint (``Title. Vol. I-II. Bucharest: …``, :mod:`.volume_designation`):
  capitalised words, the period optional;
* :attr:`Reading.AFTER_NUMBER` -- the Hungarian words written after their number in such a
  sentence (``2. kötet``, :mod:`.volume_designation`);
* :attr:`Reading.NUMERAL` -- the words after which a ``V`` is a Roman numeral, not Czech
  ``V`` (in) opening a host (``vol. V: …``, ``Bd. V``, ``sv. V``, :mod:`.patterns`), as
  printed;
* :attr:`Reading.SERIES` -- a volume's number after a set's title in notes parted by commas
  (``Histoire de la France, t. IV, …``, :mod:`.volume_series`), as printed;
* :attr:`Reading.TAIL` -- a volume's number closing a title (``…, vol. 1: Foundations``,
  ``…, Bd. 3``, :mod:`.volume_tail`), as printed; a word spelled out (``volume``) only when
  the caller says so;
* :attr:`Reading.TAIL_PART` -- a part after such a volume (``…, vol. 2, pt. 1``), the period
  optional;
* :attr:`Reading.COUNT` -- the plural counting a set's volumes (``…, 4 Bde., Zürich
  1932–1967``, :mod:`.volume_range`), the period optional.

Each row of :data:`WORDS` says which readings take the word: where they differ (a reading
takes ``Bk.`` and another does not), the table shows it in one place, and a word added for
one reading changes no other.  A word is printed with its period when ``abbreviated``
(``vol.``, ``Bd.``, ``t.``); the readings that take the period as optional are given the
bare word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, auto

__all__ = ["WORDS", "Reading", "VolumeWord", "alternation", "printed", "words"]


class Reading(Enum):
    """A place where a volume's or a part's word is looked for (module doc)."""

    DESIGNATION = auto()
    AFTER_NUMBER = auto()
    NUMERAL = auto()
    SERIES = auto()
    TAIL = auto()
    TAIL_PART = auto()
    COUNT = auto()


@dataclass(frozen=True, slots=True)
class VolumeWord:
    """A volume's or a part's word: ``form`` as written without its period, whether it is
    ``abbreviated`` (printed with a period: ``vol.``), the ``languages`` that write it (ISO
    639-1 codes) and the readings that take it."""

    form: str
    abbreviated: bool
    languages: str
    readings: frozenset[Reading]

    @property
    def printed(self) -> str:
        """The word as printed: ``vol.``, ``Band``."""
        return f"{self.form}." if self.abbreviated else self.form


_D, _A, _N, _S = Reading.DESIGNATION, Reading.AFTER_NUMBER, Reading.NUMERAL, Reading.SERIES
_T, _P, _C = Reading.TAIL, Reading.TAIL_PART, Reading.COUNT


def _row(form: str, abbreviated: bool, languages: str, *readings: Reading) -> VolumeWord:
    return VolumeWord(form, abbreviated, languages, frozenset(readings))


# (form, abbreviated, languages, the readings that take it)
WORDS: tuple[VolumeWord, ...] = (
    # English and the Romance languages' volume: "vol. 2", "Vols. 1–3", "volume 3"
    _row("Vol", True, "en fr it es pt ro", _D, _N, _T),
    _row("vol", True, "en fr it es pt ro", _N, _S, _T),
    _row("VOL", True, "en", _N, _T),
    _row("Vols", True, "en", _D, _N),
    _row("vols", True, "en", _N),
    _row("Volume", False, "en fr pt", _D, _T),
    _row("volume", False, "en fr pt", _S, _T),
    _row("Volumes", False, "en fr pt", _D),
    _row("v", True, "en fr", _S),
    _row("volumen", False, "es la", _S),
    _row("Volumul", False, "ro", _D),
    _row("Volumele", False, "ro", _D),
    _row("voll", False, "it", _C),
    # English parts and books: "Part 1", "pt. 2", "Bk. 3"
    _row("Part", False, "en", _D, _N),
    _row("part", False, "en", _N, _P),
    _row("Parts", False, "en", _D),
    _row("Pt", True, "en", _D),
    _row("pt", True, "en", _P),
    _row("Pts", True, "en", _D),
    _row("Book", False, "en", _N),
    _row("book", False, "en", _N),
    _row("Bk", True, "en", _N),
    _row("bk", True, "en", _N),
    # Romance parts, tomes and books: "Partea I", "Tome 2", "t. IV", "tomo 3", "livre II"
    _row("Partea", False, "ro", _D),
    _row("Partie", False, "fr", _D),
    _row("Parte", False, "es it pt", _D),
    _row("Tome", False, "fr", _D, _N),
    _row("tome", False, "fr", _N, _S),
    _row("Tomes", False, "fr", _D),
    _row("tomes", False, "fr", _C),
    _row("Tomo", False, "es it pt", _D, _N),
    _row("tomo", False, "es it pt", _N, _S),
    _row("tomos", False, "es pt", _C),
    _row("tomi", False, "it", _C),
    _row("tt", True, "fr it", _C),
    _row("Tomul", False, "ro", _D),
    _row("t", True, "fr pl", _N, _S),
    _row("T", True, "fr pl", _N),
    _row("livre", False, "fr", _S),
    _row("libro", False, "es it", _S),
    # German: "Band 2", "Bd. 3", "4 Bde.", "Teil 1", "Tl. 2"
    _row("Band", False, "de", _D, _N, _S),
    _row("Bd", True, "de", _D, _N, _S, _T),
    _row("bd", True, "de", _N),
    _row("Bde", True, "de", _D, _C),
    _row("Bände", False, "de", _C),
    _row("Teil", False, "de", _D, _N, _P),
    _row("Tl", True, "de", _D, _P),
    _row("Teile", False, "de", _C),
    _row("Tle", True, "de", _C),
    # Dutch, the Nordic languages, Finnish: "Deel 2", "Del 1", "Bind 3", "Osa 2"
    _row("Deel", False, "nl", _D),
    _row("Del", False, "da no sv", _D),
    _row("Bind", False, "da no", _D),
    _row("Osa", False, "fi", _D),
    # Polish, Czech, Slovak and the South Slavic languages: "Tom 2", "Część I", "díl 2",
    # "Svazek 3", "sv. V", "č. 4", "kn. 2"
    _row("Tom", True, "pl", _D, _N),
    _row("tom", True, "pl", _N),
    _row("Część", False, "pl", _D),
    _row("Cz", True, "pl", _D),
    _row("cz", True, "pl", _N),
    _row("Díl", False, "cs", _D, _N),
    _row("díl", False, "cs", _N),
    _row("Svazek", False, "cs", _D),
    _row("Sv", True, "cs sk", _D, _N),
    _row("sv", True, "cs sk", _N),
    _row("č", True, "cs sk", _N),
    _row("kn", True, "cs sk hr sr sl", _N),
    # Russian, Ukrainian and Bulgarian: "т. 3", "Том 2", "Тома 1"
    _row("т", True, "ru uk bg", _N),
    _row("Т", True, "ru uk bg", _N),
    _row("Том", False, "ru uk bg", _N),
    _row("том", False, "ru uk bg", _N),
    _row("Тома", False, "bg", _N),
    # Hungarian, after the number: "2. kötet" (volume), "1. rész" (part)
    _row("kötet", False, "hu", _A),
    _row("rész", False, "hu", _A),
)


def words(reading: Reading, *, abbreviated: bool | None = None) -> tuple[VolumeWord, ...]:
    """The words ``reading`` takes, in the table's order (only the abbreviated ones, or
    only the spelled-out ones, when ``abbreviated`` says so)."""
    return tuple(
        w
        for w in WORDS
        if reading in w.readings and (abbreviated is None or w.abbreviated is abbreviated)
    )


def printed(chosen: Iterable[VolumeWord]) -> tuple[str, ...]:
    """The words as printed, each with its period when abbreviated (``vol.``, ``Band``)."""
    return tuple(w.printed for w in chosen)


def alternation(chosen: Iterable[VolumeWord], *, with_period: bool = False) -> str:
    """A pattern's non-capturing group of the words, the longest first (``(?:Band|Bd)``);
    each as printed (``Bd\\.``) when ``with_period``, else bare (the caller makes the
    period optional).  The group holds literal words only: it adds no repeat to a pattern."""
    forms = [w.printed if with_period else w.form for w in chosen]
    forms.sort(key=len, reverse=True)  # (stable: the table's order among equal lengths)
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"
