"""German notes and entries whose imprint is a sentence of its own with no comma before the
year ("Titel. Verlag Ort 1970", "Titel. Ort 1970"), or a compound publisher before the place
("Titel. Beispielverlag, Ort 1970"); identifiers (ISBN, OCLC, DNB, ZDB-ID) after the year.
The title stops before the imprint, the year is read, the identifiers are in no field.
Every reader's notes and entries are parsed here (wikitext refs, DOCX/ODT/Markdown notes,
plain-text lists).  Own text."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.german import _SENTENCE_IMPRINT
from tests.test_regex_growth import assert_linear

_ROWS = [
    # text, title, year, publisher, place, pages
    (
        "K. Lindner, M. Roth (Hrsg.): Ein ausgedachtes Lexikon. Musterverlag Halle 1968, "
        "OCLC 87654321, S. 44–47.",
        "Ein ausgedachtes Lexikon",
        1968,
        "Musterverlag",
        "Halle",
        "44–47",
    ),
    (
        "Paula Brandt: *Die erfundene Mühle.* Musterverlag Kassel 1985, ISBN 3-12-345678-9, S. 7.",
        "Die erfundene Mühle",
        1985,
        "Musterverlag",
        "Kassel",
        "7",
    ),
    (
        "Paula Brandt: Die erfundene Mühle. Kassel 1985, S. 7.",
        "Die erfundene Mühle",
        1985,
        None,
        "Kassel",
        "7",
    ),
    (
        "Brandt, Paula: Die erfundene Mühle. Musterverlag Kassel 1985, DNB 987654321.",
        "Die erfundene Mühle",
        1985,
        "Musterverlag",
        "Kassel",
        None,
    ),
    (
        "Paula Brandt: Die erfundene Mühle. Musterverlag Kassel 1985, ZDB-ID 1234567-8.",
        "Die erfundene Mühle",
        1985,
        "Musterverlag",
        "Kassel",
        None,
    ),
    (
        "Paula Brandt: Die erfundene Mühle. Musterverlag, Kassel 1985, OCLC 5555, S. 9.",
        "Die erfundene Mühle",
        1985,
        "Musterverlag",
        "Kassel",
        "9",
    ),
    (
        "Paula Brandt: Die erfundene Mühle. Verlagsanstalt Nord, Kassel 1985, ISBN 3-12-345678-9.",
        "Die erfundene Mühle",
        1985,
        "Verlagsanstalt Nord",
        "Kassel",
        None,
    ),
]


@pytest.mark.parametrize("note", [True, False], ids=["note", "entry"])
@pytest.mark.parametrize(("text", "title", "year", "publisher", "place", "pages"), _ROWS)
def test_sentence_imprint(
    text: str,
    title: str,
    year: int,
    publisher: str | None,
    place: str,
    pages: str | None,
    note: bool,
) -> None:
    ref = parse_reference(text, (0,), note=note)
    assert (ref.title, ref.year, ref.publisher, ref.place) == (title, year, publisher, place)
    if note:
        assert ref.pages == pages
    assert not ref.anomalies


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a subtitle before the place and year stays in the title
        (
            "Paula Brandt: Die Mühle. Eine erfundene Geschichte 1900, Kassel 1985.",
            "Die Mühle. Eine erfundene Geschichte 1900",
        ),
        # the comma form of the humanities is read as before
        ("Brandt, Paula: Die erfundene Mühle, Kassel 1985, S. 7.", "Die erfundene Mühle"),
    ],
)
def test_subtitles_and_the_comma_form_are_kept(text: str, title: str) -> None:
    assert parse_reference(text, (0,), note=True).title == title


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "mill.wiki",
            "'''Mühle''' ist erfunden.<ref>Paula Brandt: ''Die erfundene Mühle.'' Musterverlag "
            "Kassel 1985, OCLC 5555, S. 7.</ref>\n\n== Einzelnachweise ==\n<references />\n",
        ),
        (
            "mill.md",
            "Die Mühle ist erfunden.[^1]\n\n[^1]: Paula Brandt: *Die erfundene Mühle.* "
            "Musterverlag Kassel 1985, OCLC 5555, S. 7.\n",
        ),
    ],
)
def test_notes_of_each_reader(name: str, text: str) -> None:
    doc = parse_bytes(text.encode(), name)
    ref = doc.footnotes[0].reference
    assert (ref.title, ref.year, ref.place, ref.pages) == (
        "Die erfundene Mühle",
        1985,
        "Kassel",
        "7",
    )


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: ". " + "A" * n + " 1970x", id="long-word"),
        pytest.param(lambda n: ". Aa" * (n // 4) + " 19", id="many-sentences"),
        pytest.param(lambda n: "*. A" * (n // 4), id="italics"),
    ],
)
def test_sentence_imprint_is_linear(line: object) -> None:
    assert_linear(lambda t: [m.span() for m in _SENTENCE_IMPRINT.finditer(t)], line)  # type: ignore[arg-type]
