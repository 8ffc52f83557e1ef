"""A Word paper through ``pandoc -t rst``: a literature list of plain paragraphs under its
title (``Literaturverzeichnis``, ``Bibliografie``, ``Litteratur``, ``References``) with the
document's footnotes defined below it (pandoc writes them at the end, under the last
title), and the humanities note forms of German, Dutch, Nordic and Polish papers:
``Vorname Nachname: *Titel. Untertitel*. Ort: Verlag Jahr, S. 12.``, the list's
``Nachname, Vorname: …`` and the short form ``Nachname: Titel (Anm. 3), S. 5``.  Own
fixtures, written in the pattern."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.german import SENTENCE_PLACE_PUBLISHER_YEAR
from tests.test_regex_growth import assert_linear


def _paper(heading: str, entries: list[str], notes: list[str]) -> str:
    body = " ".join(f"Satz {i}. [#]_" for i in range(1, len(notes) + 1))
    head = f"Einleitung\n==========\n\n{body}\n\n{heading}\n{'=' * len(heading)}\n\n"
    listed = "\n\n".join(entries)
    defined = "\n\n".join(f".. [#]\n   {note}" for note in notes)
    return f"{head}{listed}\n\n{defined}\n"


GERMAN = _paper(
    "Literaturverzeichnis",
    [
        "Adler, Karin: *Die Stadt am Fluss. Eine Geschichte der Häfen*. Hamburg: Ellert\n"
        "& Richter 1998.",
        "Brandt, Otto: *Arbeit und Zeit*. Stuttgart: Klett 1975.",
    ],
    [
        "Karin Adler: *Die Stadt am Fluss. Eine Geschichte der Häfen*. Hamburg:\n"
        "   Ellert & Richter 1998, S. 12.",
        "Adler: Die Stadt am Fluss (Anm. 1), S. 40.",
    ],
)
DUTCH = _paper(
    "Bibliografie",
    [
        "Vos, Anna: *Het water en de stad*. Amsterdam: Boom 2004.",
        "Wit, Pieter: *Dijken. Een cultuurgeschiedenis*. Utrecht: Matrijs 2011.",
    ],
    ["Anna Vos: *Het water en de stad*. Amsterdam: Boom 2004, s. 7."],
)
# prose above the notes, no year in it: a section of notes, no list
PROSE = _paper(
    "Quellen und Literatur",
    [
        "Die Quellen werden im Text nur gekürzt genannt.",
        "Alle Übersetzungen stammen vom Verfasser.",
    ],
    ["Karin Adler: *Die Stadt am Fluss*. Hamburg: Ellert & Richter 1998."],
)


def _read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "paper.rst")


@pytest.mark.parametrize(
    ("text", "entries", "notes"),
    [
        (
            GERMAN,
            [
                ("Adler", "Die Stadt am Fluss. Eine Geschichte der Häfen", 1998),
                ("Brandt", "Arbeit und Zeit", 1975),
            ],
            2,
        ),
        (
            DUTCH,
            [
                ("Vos", "Het water en de stad", 2004),
                ("Wit", "Dijken. Een cultuurgeschiedenis", 2011),
            ],
            1,
        ),
        (PROSE, [], 1),
    ],
    ids=["german", "dutch", "prose-above-notes"],
)
def test_paragraph_list_above_the_notes(
    text: str, entries: list[tuple[str, str, int]], notes: int
) -> None:
    doc = _read(text)
    found = [
        (e.reference.authors[0].split(",")[0], e.reference.title, e.reference.year)
        for e in doc.literature
    ]
    assert found == entries
    assert all(e.reference.kind is RefKind.BOOK for e in doc.literature)
    assert len(doc.footnotes) == notes
    assert [len(f.markers) for f in doc.footnotes] == [1] * notes


@pytest.mark.parametrize(
    ("text", "author", "title", "year", "kind"),
    [
        # the full note: the name in natural order, the colon, the italic title whole
        (
            "Hartmut Keil: *Zeit und Stadt. Studien zur Moderne*. Frankfurt am Main:\n"
            "Campus 2003, S. 124–138.",
            "Keil",
            "Zeit und Stadt. Studien zur Moderne",
            2003,
            RefKind.BOOK,
        ),
        (
            "Lindqvist, Maja: *Staden och tiden*. Stockholm: Carlsson 1999, s. 31.",
            "Lindqvist",
            "Staden och tiden",
            1999,
            RefKind.BOOK,
        ),
        (
            "Nowak, Jan: *Miasto i czas. Szkice*. Kraków: Znak 2010.",
            "Nowak",
            "Miasto i czas. Szkice",
            2010,
            RefKind.BOOK,
        ),
        # the volume count between title and imprint is no part of the title
        (
            "Otto Brandt: *Arbeit und Zeit*. 2 Bde. Stuttgart: Klett 1975.",
            "Brandt",
            "Arbeit und Zeit",
            1975,
            RefKind.BOOK,
        ),
        # the short form and its pointer back to the full note
        ("Keil: Zeit und Stadt (wie Anm. 3), S. 5.", "Keil", "Zeit und Stadt", None, None),
        ("Keil: Zeit und Stadt, S. 5.", "Keil", "Zeit und Stadt", None, None),
    ],
    ids=["natural-order", "swedish-list", "polish-list", "volumes", "short-anm", "short"],
)
def test_note_forms(
    text: str, author: str, title: str, year: int | None, kind: RefKind | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.authors and ref.authors[0].split(",")[0].split()[-1] == author
    assert ref.title == title
    assert ref.year == year
    if kind is not None:
        assert ref.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        # a colon inside the title's sentence, no imprint after a full stop
        "Beispiel, Eva: Zeit: eine Einführung, Berlin 2001.",
        # an English subtitle colon: the place-and-publisher sentence is not there
        "Smith, John: *Cities*. A study of time: 2001 and after.",
    ],
    ids=["comma-place-year", "no-imprint"],
)
def test_imprint_sentence_not_taken(text: str) -> None:
    assert SENTENCE_PLACE_PUBLISHER_YEAR.search(" ".join(text.split())) is None


LINES: list[Callable[[int], str]] = [
    lambda n: ". A" * (n // 3),
    lambda n: "*. " + "A: " * (n // 3),
    lambda n: ". Ort: " + "Verlag " * (n // 7),
    lambda n: "*" * n,
]


@pytest.mark.parametrize("line", LINES, ids=["sentences", "colons", "no-year", "stars"])
def test_imprint_sentence_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(SENTENCE_PLACE_PUBLISHER_YEAR.search, line)
