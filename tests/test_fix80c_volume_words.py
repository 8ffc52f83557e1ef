"""Round 80 (fix80c): the remaining modules take their volume words from the one table.

:mod:`bibcheck.parse.references.volume_words` now also holds the words of :mod:`.vancouver`
(a volume's sentence as NLM writes it), :mod:`.german` (the marks a title stops before, an
edited work's volume, a volume's own sentence), :mod:`.seriestail` (a series' volume),
:mod:`.monograph_series`, :mod:`.book_part` (a book's word and number, or its ordinal and
word), :mod:`.din690` (a series' volume in parentheses) and the Indic words of
:mod:`.patterns`, each reading its own row in the table.  Each pattern matches what it
matched before: the readings through the callers below pass on main too; the table's cases
fail there (the readings being new).

The examples are written for this test in the shapes those modules read.
"""

from __future__ import annotations

import importlib

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import book_part, chicago, din690, german, seriestail
from bibcheck.parse.references.monograph_series import monograph_volume
from bibcheck.parse.references.vancouver import volume_statement

# --------------------------------------------------------------------------
# the table: which words each new reading takes
# --------------------------------------------------------------------------

# the readings that read a word as printed (its period with it); the others take it bare
_AS_PRINTED = ("EDITED_TITLE", "OWN_SENTENCE", "BOOK_PART")

# (reading, the word as read, taken)
TAKEN = [
    ("SENTENCE", "Osa", True),  # fi
    ("SENTENCE", "Bind", True),  # da no
    ("SENTENCE", "Tl", True),  # de
    ("SENTENCE", "Svazek", False),  # (the designation's, not NLM's sentence)
    ("TITLE_MARK", "fasc", True),  # la
    ("TITLE_MARK", "pars", True),  # la
    ("TITLE_MARK", "dl", True),  # nl
    ("TITLE_MARK", "livre", False),
    ("TITLE_MARK", "Hft", False),  # (an issue's: the module's own)
    ("EDITED_TITLE", "Abt.", True),
    ("EDITED_TITLE", "Abt", False),  # (its period printed)
    ("EDITED_TITLE", "Heft", False),
    ("OWN_SENTENCE", "Tl.", True),
    ("OWN_SENTENCE", "Abt.", False),
    ("SERIES_NUMBER", "Cilt", True),  # tr
    ("SERIES_NUMBER", "Tomo", True),
    ("SERIES_NUMBER", "Sayı", False),  # (an issue's: the module's own)
    ("SERIES_NUMBER", "Volume", False),
    ("MONOGRAPHS", "tome", True),
    ("MONOGRAPHS", "tom", True),  # pl
    ("MONOGRAPHS", "Cilt", False),
    ("BOOK_PART", "Tom", True),  # pl, in full
    ("BOOK_PART", "Tom.", False),
    ("BOOK_PART", "Vol.", True),
    ("BOOK_PART", "Vol", False),
    ("BOOK_PART", "Livre", True),  # fr
    ("BOOK_PART", "Boek", True),  # nl
    ("BOOK_PART", "Bk.", False),
    ("AFTER_ORDINAL", "Buch", True),
    ("AFTER_ORDINAL", "boek", True),
    ("AFTER_ORDINAL", "Book", False),
    ("SERIES_PARENS", "Band", True),
    ("SERIES_PARENS", "Bd", False),
    ("INDIC", "খণ্ড", True),  # bn
    ("INDIC", "வால்யூம்", False),
    ("NUMERAL", "Tom.", True),  # (the abbreviated row read as before)
    ("NUMERAL", "Tom", False),
]


@pytest.mark.parametrize(("reading", "word", "taken"), TAKEN)
def test_each_new_reading_takes_its_words(reading: str, word: str, taken: bool) -> None:
    vw = importlib.import_module("bibcheck.parse.references.volume_words")
    chosen = vw.words(vw.Reading[reading])
    as_read = (
        vw.printed(chosen) if reading in (*_AS_PRINTED, "NUMERAL") else {w.form for w in chosen}
    )
    assert (word in as_read) is taken


@pytest.mark.parametrize(
    ("language", "forms"),
    [("de", {"Band", "Teil", "Buch"}), ("nl", {"deel", "boek", "band"}), ("fr", set())],
)
def test_one_languages_words_after_an_ordinal(language: str, forms: set[str]) -> None:
    vw = importlib.import_module("bibcheck.parse.references.volume_words")
    chosen = vw.words(vw.Reading.AFTER_ORDINAL, language=language)
    assert {w.form for w in chosen} == forms


def test_no_two_rows_print_alike() -> None:
    vw = importlib.import_module("bibcheck.parse.references.volume_words")
    printed = [w.printed for w in vw.WORDS]
    assert len(printed) == len(set(printed))
    for reading in vw.Reading:  # (a reading's bare words are distinct: no word twice)
        forms = [w.form for w in vw.words(reading)]
        assert len(forms) == len(set(forms)), reading


# --------------------------------------------------------------------------
# the callers read as before
# --------------------------------------------------------------------------

SENTENCES = [
    ("Osa 3.", True),
    ("Bind IV.", True),
    ("Tl. 2", True),
    ("Tom 12a", True),
    ("Part of the Story.", False),  # (a title: no number)
    ("Bk. 2.", False),
    ("Vol 2 of 3", False),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_nlm_volume_sentences_read_as_before(sentence: str, expected: bool) -> None:
    assert volume_statement(sentence) is expected


# (note, title, place, publisher)
GERMAN = [
    ("Lindqvist, K., Tabulae molendinorum, fasc. IV, Uppsala 1931.", "Tabulae molendinorum"),
    ("Lindqvist, K., Tabulae molendinorum, pars 2, Uppsala 1931.", "Tabulae molendinorum"),
    ("Lindqvist, K., Tabulae molendinorum, dl. 3, Leiden 1931.", "Tabulae molendinorum"),
    ("Lindqvist, K., Tabulae molendinorum, Hft. 3, Uppsala 1931.", "Tabulae molendinorum"),
    (  # (no mark's word: the title runs on)
        "Lindqvist, K., Tabulae molendinorum, livre 2, Uppsala 1931.",
        "Tabulae molendinorum, livre 2",
    ),
    ("Die Mühlen am Main, Abt. 2, hg. v. Karl Weber, Würzburg 1988.", "Die Mühlen am Main"),
    ("Die Mühlen am Main, Bd. 2, hg. v. Karl Weber, Würzburg 1988.", "Die Mühlen am Main"),
    (
        "Die Mühlen am Main, Heft 2, hg. v. Karl Weber, Würzburg 1988.",
        "Die Mühlen am Main, Heft 2",
    ),
    ("Karl Weber: Die Mühlen am Main. Teil 2. Echter, Würzburg 1988.", "Die Mühlen am Main"),
    (
        "Karl Weber: Die Mühlen am Main. Heft 2. Echter, Würzburg 1988.",
        "Die Mühlen am Main. Heft 2. Echter",
    ),
]


@pytest.mark.parametrize(("note", "title"), GERMAN)
def test_german_titles_stop_at_volume_words_as_before(note: str, title: str) -> None:
    fields = german.parse(note)
    assert fields is not None
    assert fields.title == title


def _ref(**fields: object) -> Reference:
    return Reference(raw=str(fields.pop("raw", "")), line=1, end_line=1, **fields)  # type: ignore[arg-type]


_SURVEY = "Mills of the North Sea coast. Bulletin of the Coastal Survey"
SERIES_TAILS = [
    (f"{_SURVEY}, Cilt 3", "Bulletin of the Coastal Survey 3"),
    (f"{_SURVEY}, Tomo 12", "Bulletin of the Coastal Survey 12"),
    (f"{_SURVEY}, Sayı 3", "Bulletin of the Coastal Survey 3"),
    (f"{_SURVEY}, Kitap 3", None),  # (no volume's or number's word)
    (f"{_SURVEY}, Livre 3", None),
]


@pytest.mark.parametrize(("title", "series"), SERIES_TAILS)
def test_series_tails_read_as_before(title: str, series: str | None) -> None:
    ref = seriestail.cut(_ref(title=title))
    assert ref.series == series
    assert ref.title == (title if series is None else "Mills of the North Sea coast")


MONOGRAPHS = [
    ("Monographs on Coastal Works, tome 4", RefKind.BOOK),
    ("Monographien des Amtes, Bd 4", RefKind.BOOK),
    ("Monografie dell'Ufficio, vol. 4", RefKind.BOOK),
    ("Monographs on Coastal Works, Heft 4", RefKind.REPORT),
    ("Monographs on Coastal Works, livre 4", RefKind.REPORT),
]


@pytest.mark.parametrize(("series", "kind"), MONOGRAPHS)
def test_monograph_volumes_read_as_before(series: str, kind: RefKind) -> None:
    raw = f"Coastal Board. Tidal mills. {series}. Paris: CB; 2001."
    ref = _ref(raw=raw, title="Tidal mills", kind=RefKind.REPORT)
    assert monograph_volume(ref).kind is kind


BOOK_PARTS = [
    ("Geschichte der Mühlen", "Zweites Buch: Die Wassermühlen", True),
    ("Geschiedenis der molens", "Tweede boek: De watermolens", True),
    ("Geschichte der Mühlen", "Zweites boek: Die Wassermühlen", False),  # (not one language)
    ("Geschiedenis der molens", "Tweede Buch: De watermolens", False),
    ("Historia młynów", "Tom II: Młyny wodne", True),
    ("Historia młynów", "Tom. II: Młyny wodne", False),
    ("Histoire des moulins", "Livre 2: Les moulins à eau", True),
    ("Histoire des moulins", "Fascicule 2: Les moulins à eau", False),
    ("Storia dei mulini", "Vol. 2: I mulini ad acqua", True),
    ("Storia dei mulini", "Vol 2: I mulini ad acqua", False),
]


@pytest.mark.parametrize(("work", "part", "joined"), BOOK_PARTS)
def test_book_parts_read_as_before(work: str, part: str, joined: bool) -> None:
    sentences = [work, part, "Berlin 1920."]
    assert (len(book_part.with_book_part(sentences)) == 2) is joined


_AMT = "LANDESAMT FÜR MÜHLEN (Hrsg.): Mühlen am Main. Würzburg, 2019"


@pytest.mark.parametrize(
    ("series", "kind"),
    [("(Schriften des Amtes Band 12)", RefKind.REPORT), ("(Schriften des Amtes Band XII)", None)],
)
def test_din_series_in_parentheses_read_as_before(series: str, kind: RefKind | None) -> None:
    fields = din690.organisation(f"{_AMT} {series}")
    assert fields is not None
    assert fields.kind is kind


INDIC = [
    ("पनचक्कियों का इतिहास, भाग 2", "पनचक्कियों का इतिहास"),  # hi
    ("পানচাক্কির ইতিহাস, খণ্ড 3", "পানচাক্কির ইতিহাস"),  # bn
    ("நீர் ஆலைகள், தொகுதி 4", "நீர் ஆலைகள்"),  # ta
    ("पनचक्कियों का इतिहास, अध्याय 2", "पनचक्कियों का इतिहास, अध्याय 2"),  # (a chapter)
]


@pytest.mark.parametrize(("title", "without"), INDIC)
def test_indic_volume_tails_read_as_before(title: str, without: str) -> None:
    assert chicago._VOLUMES.sub("", title) == without
