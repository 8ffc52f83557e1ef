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
  1932–1967``, :mod:`.volume_range`), the period optional;
* :attr:`Reading.SENTENCE` -- a volume's or a part's designation alone as a sentence, as
  NLM's lists write it (``Title. Vol. 2. Place: …``, ``Del II.``, :mod:`.vancouver`), the
  period optional;
* :attr:`Reading.TITLE_MARK` -- a volume's or a part's mark a title stops before in notes
  written with commas (``…, vol. III, Cambridge 1955``, ``…, fasc. VI``, ``…, deel 2``,
  :mod:`.german`), the period optional;
* :attr:`Reading.EDITED_TITLE` -- a volume or a part after an edited work's title in German
  notes (``Titel, Bd. 2, hrsg. von …``, ``…, Abt. 3``, :mod:`.german`), as printed;
* :attr:`Reading.OWN_SENTENCE` -- a German volume's or part's sentence between a title and
  its publisher (``Titel. Band 2. Verlag``, :mod:`.german`), as printed;
* :attr:`Reading.SERIES_NUMBER` -- a series' volume closing a title's series statement
  (``Title. Monographs on X, Vol. 77.``, ``…, Cilt 3``, :mod:`.seriestail`), the period
  optional;
* :attr:`Reading.MONOGRAPHS` -- the volume of a series of monographs (``Monographs on X,
  Vol. 2``, ``Monographien, Bd. 4``, :mod:`.monograph_series`), the period optional;
* :attr:`Reading.BOOK_PART` -- a book or a part of a work named by its word and number
  before the part's own title (``Work. Book II: Title``, ``Tome 2 : …``, ``Tom I: …``,
  :mod:`.book_part`), as printed;
* :attr:`Reading.AFTER_ORDINAL` -- the same, after an ordinal of the word's language
  (``Zweites Buch:``, ``Tweede deel:``, :mod:`.book_part`);
* :attr:`Reading.SERIES_PARENS` -- a series' volume in parentheses after a title (``(Reihe
  des Amtes Band 12)``, :mod:`.din690`);
* :attr:`Reading.INDIC` -- the Indic languages' words closing a title in notes (``…, खंड
  2``, :mod:`.patterns`, read by Chicago's notes and the caseless scripts').

Each row of :data:`WORDS` says which readings take the word: where they differ (a reading
takes ``Bk.`` and another does not), the table shows it in one place, and a word added for
one reading changes no other.  A word written in full in one place and abbreviated in
another (Polish ``Tom`` and ``Tom.``) is two rows; no two rows print alike.  A word is
printed with its period when ``abbreviated`` (``vol.``, ``Bd.``, ``t.``); the readings
that take the period as optional are given the bare word.
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
    SENTENCE = auto()
    TITLE_MARK = auto()
    EDITED_TITLE = auto()
    OWN_SENTENCE = auto()
    SERIES_NUMBER = auto()
    MONOGRAPHS = auto()
    BOOK_PART = auto()
    AFTER_ORDINAL = auto()
    SERIES_PARENS = auto()
    INDIC = auto()


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
_SE, _M, _E, _O = Reading.SENTENCE, Reading.TITLE_MARK, Reading.EDITED_TITLE, Reading.OWN_SENTENCE
_SN, _MO, _B = Reading.SERIES_NUMBER, Reading.MONOGRAPHS, Reading.BOOK_PART
_AO, _SP, _I = Reading.AFTER_ORDINAL, Reading.SERIES_PARENS, Reading.INDIC


def _row(form: str, abbreviated: bool, languages: str, *readings: Reading) -> VolumeWord:
    return VolumeWord(form, abbreviated, languages, frozenset(readings))


# (form, abbreviated, languages, the readings that take it)
WORDS: tuple[VolumeWord, ...] = (
    # English and the Romance languages' volume: "vol. 2", "Vols. 1–3", "volume 3"
    _row("Vol", True, "en fr it es pt ro", _D, _N, _T, _SE, _M, _SN, _MO, _B),
    _row("vol", True, "en fr it es pt ro", _N, _S, _T, _M, _SN, _MO),
    _row("VOL", True, "en", _N, _T),
    _row("Vols", True, "en", _D, _N, _M),
    _row("vols", True, "en", _N, _M),
    _row("Volume", False, "en fr pt", _D, _T, _SE, _MO, _B),
    _row("volume", False, "en fr pt", _S, _T, _MO),
    _row("Volumes", False, "en fr pt", _D),
    _row("v", True, "en fr", _S),
    _row("volumen", False, "es la", _S),
    _row("Volumul", False, "ro", _D),
    _row("Volumele", False, "ro", _D),
    _row("voll", False, "it", _C),
    # Turkish "Cilt 3" (volume)
    _row("Cilt", False, "tr", _SN),
    # Latin and the Romance languages' fascicle and part: "fasc. VI", "pars 2"
    _row("fasc", True, "la fr it en", _M),
    _row("Fasc", True, "la fr it en", _M),
    _row("pars", False, "la", _M),
    _row("Pars", False, "la", _M),
    # English parts and books: "Part 1", "pt. 2", "Bk. 3"
    _row("Part", False, "en", _D, _N, _SE, _M, _B),
    _row("part", False, "en", _N, _P, _M),
    _row("Parts", False, "en", _D),
    _row("Pt", True, "en", _D, _SE),
    _row("pt", True, "en", _P),
    _row("Pts", True, "en", _D),
    _row("Book", False, "en", _N, _B),
    _row("book", False, "en", _N),
    _row("Bk", True, "en", _N),
    _row("bk", True, "en", _N),
    # Romance parts, tomes and books: "Partea I", "Tome 2", "t. IV", "tomo 3", "livre II"
    _row("Partea", False, "ro", _D),
    _row("Partie", False, "fr", _D, _B),
    _row("Parte", False, "es it pt", _D, _B),
    _row("Tome", False, "fr", _D, _N, _SE, _SN, _MO, _B),
    _row("tome", False, "fr", _N, _S, _MO),
    _row("Tomes", False, "fr", _D),
    _row("tomes", False, "fr", _C),
    _row("Tomo", False, "es it pt", _D, _N, _SE, _SN, _B),
    _row("tomo", False, "es it pt", _N, _S),
    _row("tomos", False, "es pt", _C),
    _row("tomi", False, "it", _C),
    _row("tt", True, "fr it", _C),
    _row("Tomul", False, "ro", _D),
    _row("t", True, "fr pl", _N, _S, _M, _SN, _MO),
    _row("T", True, "fr pl", _N, _M),
    _row("livre", False, "fr", _S),
    _row("Livre", False, "fr", _B),
    _row("libro", False, "es it", _S),
    _row("Libro", False, "es it", _B),
    # German: "Band 2", "Bd. 3", "4 Bde.", "Teil 1", "Tl. 2", "Zweites Buch", "Abt. 3"
    _row("Band", False, "de", _D, _N, _S, _SE, _E, _O, _SN, _MO, _B, _AO, _SP),
    _row("Bd", True, "de", _D, _N, _S, _T, _SE, _M, _E, _O, _SN, _MO, _B),
    _row("bd", True, "de", _N),
    _row("Bde", True, "de", _D, _C, _M),
    _row("Bände", False, "de", _C),
    _row("Teil", False, "de", _D, _N, _P, _SE, _M, _E, _O, _B, _AO),
    _row("Tl", True, "de", _D, _P, _SE, _E, _O),
    _row("Teile", False, "de", _C),
    _row("Tle", True, "de", _C),
    _row("Buch", False, "de", _B, _AO),
    _row("Abt", True, "de", _E),
    # Dutch, the Nordic languages, Finnish: "Deel 2", "dl. 3", "Tweede boek", "Del 1", "Bind
    # 3", "Osa 2"
    _row("Deel", False, "nl", _D, _SE, _M, _B),
    _row("deel", False, "nl", _M, _AO),
    _row("dl", True, "nl", _M),
    _row("Boek", False, "nl", _B),
    _row("boek", False, "nl", _AO),
    _row("band", False, "nl", _AO),
    _row("Del", False, "da no sv", _D, _SE, _B),
    _row("Bind", False, "da no", _D, _SE),
    _row("Osa", False, "fi", _D, _SE, _B),
    # Polish, Czech, Slovak and the South Slavic languages: "Tom 2", "Część I", "díl 2",
    # "Svazek 3", "sv. V", "č. 4", "kn. 2"
    _row("Tom", True, "pl", _D, _N, _SE, _M, _SN, _MO),
    _row("Tom", False, "pl", _B),
    _row("tom", True, "pl", _N, _M, _MO),
    _row("Część", False, "pl", _D, _B),
    _row("Cz", True, "pl", _D),
    _row("cz", True, "pl", _N),
    _row("Díl", False, "cs", _D, _N),
    _row("díl", False, "cs", _N),
    _row("Svazek", False, "cs", _D),
    _row("Sv", True, "cs sk", _D, _N, _M),
    _row("sv", True, "cs sk", _N, _M),
    _row("č", True, "cs sk", _N),
    _row("kn", True, "cs sk hr sr sl", _N, _M),
    # Russian, Ukrainian and Bulgarian: "т. 3", "Том 2", "Тома 1"
    _row("т", True, "ru uk bg", _N),
    _row("Т", True, "ru uk bg", _N),
    _row("Том", False, "ru uk bg", _N),
    _row("том", False, "ru uk bg", _N),
    _row("Тома", False, "bg", _N),
    # Hungarian, after the number: "2. kötet" (volume), "1. rész" (part)
    _row("kötet", False, "hu", _A),
    _row("rész", False, "hu", _A),
    # The Indic languages: Hindi, Marathi and Nepali "खंड" / "खण्ड" / "भाग", Bengali "খণ্ড" /
    # "ভাগ", Gujarati "ખંડ" / "ભાગ", Punjabi "ਭਾਗ", Tamil "தொகுதி" / "பாகம்", Telugu
    # "సంపుటి", Kannada "ಸಂಪುಟ", Malayalam "വാല്യം", Sinhala "කලාපය" / "වෙළුම"
    _row("खंड", False, "hi mr ne", _I),
    _row("खं", True, "hi mr ne", _I),
    _row("खण्ड", False, "hi mr ne", _I),
    _row("भाग", False, "hi mr ne", _I),
    _row("খণ্ড", False, "bn", _I),
    _row("ভাগ", False, "bn", _I),
    _row("ખંડ", False, "gu", _I),
    _row("ભાગ", False, "gu", _I),
    _row("ਭਾਗ", False, "pa", _I),
    _row("தொகுதி", False, "ta", _I),
    _row("பாகம்", False, "ta", _I),
    _row("సంపుటి", False, "te", _I),
    _row("ಸಂಪುಟ", False, "kn", _I),
    _row("വാല്യം", False, "ml", _I),
    # (Sinhala "කලාපය" (a volume, a journal's), "වෙළුම" (a volume))
    _row("කලාපය", False, "si", _I),
    _row("වෙළුම", False, "si", _I),
)


def words(
    reading: Reading, *, abbreviated: bool | None = None, language: str | None = None
) -> tuple[VolumeWord, ...]:
    """The words ``reading`` takes, in the table's order (only the abbreviated ones, or
    only the spelled-out ones, when ``abbreviated`` says so; only one language's, ``"de"``,
    when ``language`` says so)."""
    return tuple(
        w
        for w in WORDS
        if reading in w.readings
        and (abbreviated is None or w.abbreviated is abbreviated)
        and (language is None or language in w.languages.split())
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
