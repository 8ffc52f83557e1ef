"""Round 79 (fix79v): refactors that change no reading.

- :mod:`bibcheck.parse.references.hungarian_notes` builds a book's, a chapter's and an
  article's fields with one helper: every field each kind sets is pinned here, as main read
  them before the refactor (these cases pass before and after it).
- :mod:`bibcheck.parse.references.volume_words` is the one table of the words a volume or
  a part is designated by; :mod:`.volume_designation`, :mod:`.patterns`,
  :mod:`.volume_series`, :mod:`.volume_tail` and :mod:`.volume_range` each take the words
  of their own reading from it (the same words each took before: the readings below pass
  on main too, and the table's cases fail there, the module being new).
- :mod:`bibcheck.docmemo` is the one per-document memo; the readers' run memo and the
  memo of an entry's readings are two of it, each with its own scope and bound (these
  cases fail on main, the module being new).

The examples are written for this test in the shapes those modules read.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import hungarian_notes, patterns
from bibcheck.parse.references.volume_designation import volume_designation
from bibcheck.parse.references.volume_range import first_year_only
from bibcheck.parse.references.volume_series import volume_title
from bibcheck.parse.references.volume_tail import without_volume

# --------------------------------------------------------------------------
# hungarian_notes: the fields each kind of work sets
# --------------------------------------------------------------------------

# (note, year, publisher, place, container, volume, issue, pages, chapter, book, kind, editors)
HUNGARIAN = [
    (  # a book: place, publisher, year, the cited page after them
        "Bodnár Imre: Az alföldi tanyák nyelve. Szeged, Tinta Könyvkiadó, 2004, 88.",
        2004,
        "Tinta Könyvkiadó",
        "Szeged",
        None,
        None,
        None,
        None,
        False,
        True,
        None,
        (),
    ),
    (  # a thesis: its genre before the imprint
        "Bodnár Imre: Az alföldi tanyák nyelve. Doktori disszertáció. Szeged, Szegedi "
        "Tudományegyetem, 2011.",
        2011,
        "Szegedi Tudományegyetem",
        "Szeged",
        None,
        None,
        None,
        None,
        False,
        True,
        RefKind.THESIS,
        (),
    ),
    (  # an edited book: place and year, no publisher; the head's editors kept
        "Vass Réka (szerk.): Tájnyelvi tanulmányok. Pécs, 2009.",
        2009,
        None,
        "Pécs",
        None,
        None,
        None,
        None,
        False,
        True,
        None,
        ("Vass, Réka",),
    ),
    (  # a chapter: the host's editors, its title, imprint and page range
        "Farkas Lőrinc: Halászszavak a Tisza mentén. In: Molnár Zsófia (szerk.): Vízparti "
        "szókincs. Debrecen, Kossuth Egyetemi Kiadó, 2015, 101–130, itt: 112.",
        2015,
        "Kossuth Egyetemi Kiadó",
        "Debrecen",
        "Vízparti szókincs",
        None,
        None,
        "101–130",
        True,
        False,
        None,
        ("Molnár, Zsófia",),
    ),
    (  # a chapter with no host editors and no publisher
        "Farkas Lőrinc: Halászszavak. In: Vízparti szókincs. Debrecen, 2015, 10–30.",
        2015,
        None,
        "Debrecen",
        "Vízparti szókincs",
        None,
        None,
        "10–30",
        True,
        False,
        None,
        (),
    ),
    (  # an article: journal, volume, year, pages
        "Kocsis Nóra: Az erdei munkák szókincse. Erdészeti Lapok 88 (2017), 14–29.",
        2017,
        None,
        None,
        "Erdészeti Lapok",
        "88",
        None,
        "14–29",
        False,
        False,
        RefKind.ARTICLE,
        (),
    ),
    (  # an article numbered by year and issue
        "Kocsis Nóra: Szóföldrajzi jegyzetek. Nyelvünk és Kultúránk 2020/2, 33–41.",
        2020,
        None,
        None,
        "Nyelvünk és Kultúránk",
        None,
        "2",
        "33–41",
        False,
        False,
        RefKind.ARTICLE,
        (),
    ),
]


@pytest.mark.parametrize(
    (
        "note",
        "year",
        "publisher",
        "place",
        "container",
        "volume",
        "issue",
        "pages",
        "chapter",
        "book",
        "kind",
        "editors",
    ),
    HUNGARIAN,
)
def test_hungarian_fields_of_each_kind(
    note: str,
    year: int,
    publisher: str | None,
    place: str | None,
    container: str | None,
    volume: str | None,
    issue: str | None,
    pages: str | None,
    chapter: bool,
    book: bool,
    kind: RefKind | None,
    editors: tuple[str, ...],
) -> None:
    fields = hungarian_notes.parse(note)
    assert fields is not None
    assert fields.style == "hungarian"
    assert fields.year.year == year
    assert (fields.publisher, fields.place, fields.container) == (publisher, place, container)
    assert (fields.volume, fields.issue, fields.pages) == (volume, issue, pages)
    assert (fields.chapter, fields.book, fields.kind) == (chapter, book, kind)
    assert fields.editors == editors
    assert not fields.marked_book and not fields.untitled and not fields.day_dated
    assert fields.number is None


# --------------------------------------------------------------------------
# volume_words: one table, each reading its own words
# --------------------------------------------------------------------------

# (reading, the word as printed, taken) -- where the readings differ, the table says so
TAKEN = [
    ("DESIGNATION", "Tomul", True),  # ro
    ("DESIGNATION", "Svazek", True),  # cs
    ("DESIGNATION", "Osa", True),  # fi
    ("DESIGNATION", "Teil", True),  # de
    ("DESIGNATION", "Bk", False),  # (a book's word: not a designation's sentence)
    ("DESIGNATION", "vol", False),  # (capitalised only)
    ("AFTER_NUMBER", "kötet", True),  # hu
    ("AFTER_NUMBER", "Tom", False),
    ("NUMERAL", "Bk.", True),
    ("NUMERAL", "т.", True),  # ru
    ("NUMERAL", "č.", True),  # cs
    ("NUMERAL", "Tomul", False),
    ("SERIES", "livre", True),  # fr
    ("SERIES", "Bd.", True),  # de
    ("SERIES", "Tom.", False),
    ("TAIL", "Bd.", True),
    ("TAIL", "volume", True),
    ("TAIL", "t.", False),
    ("TAIL_PART", "Tl", True),
    ("TAIL_PART", "Part", False),
    ("COUNT", "Bände", True),
    ("COUNT", "tomi", True),  # it
    ("COUNT", "Vols", False),
]


@pytest.mark.parametrize(("reading", "word", "taken"), TAKEN)
def test_each_reading_takes_its_words(reading: str, word: str, taken: bool) -> None:
    volume_words = importlib.import_module("bibcheck.parse.references.volume_words")
    chosen = volume_words.words(volume_words.Reading[reading])
    as_read = (
        volume_words.printed(chosen)
        if reading in ("NUMERAL", "SERIES", "TAIL")
        else {w.form for w in chosen}
    )
    assert (word in as_read) is taken


def test_the_table_is_one_row_a_word() -> None:
    volume_words = importlib.import_module("bibcheck.parse.references.volume_words")
    # (a word written in full in one place and abbreviated in another is two rows, Polish
    # "Tom" and "Tom.": one row a word as printed)
    printed = [w.printed for w in volume_words.WORDS]
    assert len(printed) == len(set(printed))
    for w in volume_words.WORDS:
        assert w.form and "." not in w.form and w.readings and w.languages
    group = volume_words.alternation(volume_words.words(volume_words.Reading.SERIES))
    assert not any(c in group for c in "*+{")  # (literal words: no repeat added)


def test_alternation_prints_the_period_when_asked() -> None:
    volume_words = importlib.import_module("bibcheck.parse.references.volume_words")
    tail = volume_words.words(volume_words.Reading.TAIL, abbreviated=True)
    assert re.fullmatch(volume_words.alternation(tail, with_period=True), "Bd.")
    assert not re.fullmatch(volume_words.alternation(tail, with_period=True), "Bd")
    assert re.fullmatch(volume_words.alternation(tail), "Bd")


# the readings that take the words, as they read before the table
DESIGNATIONS = [
    ("Tomul II, Partea I: A-C.", True),
    ("Osa 3.", True),
    ("Svazek 2.", True),
    ("4. kötet.", True),
    ("Bk. 2.", False),  # (no designation's word)
    ("vol. 2.", False),  # (capitalised only)
    ("Volumes of Letters.", False),  # (a title: no number)
]


@pytest.mark.parametrize(("sentence", "expected"), DESIGNATIONS)
def test_designations_read_as_before(sentence: str, expected: bool) -> None:
    assert volume_designation(sentence) is expected


TAILS = [
    ("A History of Mills, Bd. 3", False, "A History of Mills"),
    ("A History of Mills, VOL. II, pt. 1", False, "A History of Mills"),
    ("A History of Mills, volume 2: The Wheels", True, "A History of Mills"),
    ("A History of Mills, volume 2: The Wheels", False, "A History of Mills, volume 2: The Wheels"),
    ("A History of Mills, t. 3", False, "A History of Mills, t. 3"),  # (no tail's word)
]


@pytest.mark.parametrize(("title", "spelled_out", "expected"), TAILS)
def test_volume_tails_read_as_before(title: str, spelled_out: bool, expected: str) -> None:
    assert without_volume(title, spelled_out=spelled_out) == expected


def test_series_volumes_and_counts_read_as_before() -> None:
    placed = {"Paris", "Lyon"}.__contains__
    parts = ["livre II", "Jean Martin (dir.)", "Les Moulins", "Paris", "Seuil", "1990"]
    assert volume_title(parts, placed) == ("Les Moulins", ["livre II", "Paris", "Seuil", "1990"])
    assert volume_title(
        ["Tom. 2", "Jean Martin (dir.)", "Les Moulins", "Paris", "Seuil"], placed
    ) == (
        "",
        ["Tom. 2", "Jean Martin (dir.)", "Les Moulins", "Paris", "Seuil"],
    )
    assert first_year_only("Storia dei mulini, 3 tomi, Milano 1950–1955.") == (
        "Storia dei mulini, Milano 1950."
    )
    assert first_year_only("Storia dei mulini, 3 volumi, Milano 1950–1955.") is None


IN_HOSTS = [
    ("Bk. V: The Later Mills", []),  # (a numeral after a volume's word)
    ("т. V: Мельницы", []),
    ("Tomul V: Morile", [(6, 9)]),  # (not a numeral's word: Czech "V" read)
    ("V: Sborník o mlýnech", [(0, 3)]),
]


@pytest.mark.parametrize(("text", "spans"), IN_HOSTS)
def test_czech_in_after_volume_words_as_before(text: str, spans: list[tuple[int, int]]) -> None:
    assert [m.span() for m in re.finditer(patterns.IN_COLON, text)] == spans


# --------------------------------------------------------------------------
# docmemo: one memo for a document's reading, each user its own
# --------------------------------------------------------------------------


def _docmemo(name: str, size: int) -> Any:
    return importlib.import_module("bibcheck.docmemo").DocumentMemo(name, size)


def test_a_memo_keeps_answers_for_one_reading_only() -> None:
    memo = _docmemo("fix79v_probe", 8)
    calls: list[str] = []

    def compute(key: str) -> Callable[[], str]:
        return lambda: calls.append(key) or key.upper()

    assert memo.memoised("a", compute("a")) == "A"
    assert memo.memoised("a", compute("a")) == "A"
    assert calls == ["a", "a"]  # (outside a reading: each time)
    with memo.reading():
        assert memo.memoised("a", compute("a")) == "A"
        assert memo.memoised("a", compute("a")) == "A"
        with memo.reading():  # (another reading: its own memo)
            assert memo.memoised("a", compute("a")) == "A"
        assert memo.memoised("a", compute("a")) == "A"
    assert calls == ["a", "a", "a", "a"]


def test_a_memo_keeps_no_more_than_its_bound() -> None:
    memo = _docmemo("fix79v_bound", 2)
    calls: list[str] = []

    def probe(text: str) -> int:
        calls.append(text)
        return len(text)

    of_text = memo.of_text(probe)
    assert of_text.uncached is probe
    with memo.reading():
        for text in ("x", "yy", "zzz", "x", "yy", "zzz"):
            assert of_text(text) == len(text)
    assert calls == ["x", "yy", "zzz", "zzz"]  # (the first two kept; the third read again)


def test_two_memos_are_opened_apart() -> None:
    runmemo = importlib.import_module("bibcheck.readers.runmemo")
    entrymemo = importlib.import_module("bibcheck.parse.references.entrymemo")
    calls: list[str] = []

    def probe(text: str) -> str:
        calls.append(text)
        return text

    of_text = entrymemo.entry_memo(probe)
    with runmemo.document_run():  # (the run memo open, the entry memo not)
        assert runmemo.memoised("k", lambda: calls.append("k") or "v") == "v"
        assert runmemo.memoised("k", lambda: calls.append("k") or "v") == "v"
        of_text("t")
        of_text("t")
    assert calls == ["k", "t", "t"]
    with entrymemo.reading():  # (the entry memo open, the run memo not)
        of_text("t")
        of_text("t")
        runmemo.memoised("k", lambda: calls.append("k") or "v")
        runmemo.memoised("k", lambda: calls.append("k") or "v")
    assert calls == ["k", "t", "t", "t", "k", "k"]
