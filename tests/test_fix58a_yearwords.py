"""One list of the words for "no date" and "not yet published" (fix 58a).

The list entry's parser (:mod:`bibcheck.parse.references.year_place`) and the linking of
citations in running text (:mod:`bibcheck.readers.citenames`) read the same words: each
word of :mod:`bibcheck.parse.references.yearwords` makes an entry undated and links the
citation that gives it.  Own fixtures, in the patterns of APA and Chicago lists.
"""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.year_place import year_place
from bibcheck.parse.references.yearwords import (
    IN_PRESS_WORDS,
    NO_DATE,
    NO_DATE_WORDS,
    in_press_word,
    list_status,
    text_status,
)
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.citenames import date_key

WORDS = [*NO_DATE_WORDS, *IN_PRESS_WORDS]


def _kind(word: str) -> str:
    return "in press" if word in IN_PRESS_WORDS else "n.d."


@pytest.mark.parametrize("word", WORDS)
def test_text_pattern_reads_every_word(word: str) -> None:
    assert re.fullmatch(text_status(), word)


@pytest.mark.parametrize("word", [w for w in WORDS if w != NO_DATE])
def test_list_pattern_reads_every_word_but_nd(word: str) -> None:
    assert re.fullmatch(list_status(), word)


def test_list_pattern_leaves_nd_alone() -> None:
    assert not re.fullmatch(list_status(), NO_DATE)


@pytest.mark.parametrize("word", WORDS)
def test_date_key_by_kind(word: str) -> None:
    assert date_key(word) == _kind(word)


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("Baskıda", True),
        ("in  corso di\nstampa", True),
        ("À paraître", True),
        ("IM DRUCK", True),
        ("pressing", False),
        ("in", False),
        ("s.d.", False),
    ],
)
def test_in_press_word(word: str, want: bool) -> None:
    assert in_press_word(word) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("(Yılmaz, in stampa)", True),
        ("Yılmaz (In Press)", True),  # the words in any case in the text
        ("(Smith, n. d.)", True),  # a space after the first stop
        ("(Berger, O.j.)", False),  # an abbreviation as written only
        ("(Smith, pressing)", False),
        ("(Smith, forthcomings)", False),
    ],
)
def test_text_pattern_in_context(text: str, want: bool) -> None:
    assert (re.search(text_status(), text) is not None) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Yılmaz, R. (Baskıda). Başlık.", "Yılmaz, R. (n.d.). Başlık."),
        ("Rossi, M. (in stampa). Titolo.", "Rossi, M. (n.d.). Titolo."),
        ("Pérez, A. (s.f.). Título.", "Pérez, A. (n.d.). Título."),
        ("Ivanov, I. (б. г.). Заглавие.", "Ivanov, I. (n.d.). Заглавие."),
        ("Moreau, L. À paraître. « Titre ». Revue.", "Moreau, L. n.d. « Titre ». Revue."),
        # a title in capitals, the word inside it: no status
        ("Smith, J. (IN PRESS). Title.", None),
    ],
)
def test_year_place_new_words(text: str, want: str | None) -> None:
    assert year_place(text) == (text if want is None else want)


def _entry(word: str) -> str:
    return f"Kowalczyk, R., & Ferreira, T. ({word}). Housing and the city. Urban Q."


@pytest.mark.parametrize("word", [w for w in WORDS if w != NO_DATE])
def test_entry_is_undated(word: str) -> None:
    ref = parse_reference(_entry(word), [1], detect_styles=True)
    assert (ref.authors, ref.year, ref.title) == (
        ("Kowalczyk, R.", "Ferreira, T."),
        None,
        "Housing and the city",
    )


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("form", ["({name}, {word})", "{name} ({word})"])
def test_text_citation_links_entry(word: str, form: str) -> None:
    entries = [
        ("1", _entry(word)),
        ("2", "Kowalczyk, R. (2019). Rent and tenure. Urban Q., 3, 1–9."),
    ]
    text = "as shown before " + form.format(name="Kowalczyk & Ferreira", word=word) + "."
    assert [label for _, _, label in spans(text, author_years(entries))] == ["1"]


def test_other_year_word_does_not_link() -> None:
    # a work "in press" is not the one with no date
    entries = [("1", _entry("in stampa"))]
    assert [label for _, _, label in spans("(Kowalczyk, s.d.)", author_years(entries))] == []
