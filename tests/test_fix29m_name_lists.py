"""Entries that open with a list of names in natural order, written out and joined by commas
only (``Given Surname, Given Surname, Given Surname. Title. Venue Year.``), as engineering
blogs and READMEs write their reference lists: every name is an author, the title follows the
last name's period.  The comma form of Romance and German notes (``Name, Title, Place,
Year``) must not take the second name for the title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import german, parse_reference
from tests.test_regex_growth import assert_linear

_LINK = "[Adaptive Join Ordering under Skew](https://example.org/papers/skew.pdf)"
_TITLE = "Adaptive Join Ordering under Skew"


@pytest.mark.parametrize("detect_styles", [False, True])
@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            f"Ingrid Halvorsen, Tomas Berglund. {_LINK}. VLDB 2016.",
            ("Ingrid Halvorsen", "Tomas Berglund"),
            _TITLE,
            2016,
        ),
        (
            f"Ingrid Halvorsen, Tomas Berglund, Priya Raman. {_LINK}. VLDB 2016.",
            ("Ingrid Halvorsen", "Tomas Berglund", "Priya Raman"),
            _TITLE,
            2016,
        ),
        (
            f"Ingrid Halvorsen, Tomas Berglund, Priya Raman, Oskar Lind. {_LINK}. VLDB 2016.",
            ("Ingrid Halvorsen", "Tomas Berglund", "Priya Raman", "Oskar Lind"),
            _TITLE,
            2016,
        ),
        (
            "Ingrid Halvorsen, Tomas Berglund, Priya Raman, Oskar Lind. [Adaptive Join "
            "Ordering: A Cost Model for the Many-Core Age](https://doi.org/10.1145/1234567."
            "7654321). SIGMOD 2014.",
            ("Ingrid Halvorsen", "Tomas Berglund", "Priya Raman", "Oskar Lind"),
            "Adaptive Join Ordering: A Cost Model for the Many-Core Age",
            2014,
        ),
        (
            "Ingrid Halvorsen, Tomas Berglund, Priya Raman, Oskar Lind, Wen Zhao, Lena "
            f"Fischer. {_LINK}. VLDB 2016.",
            (
                "Ingrid Halvorsen",
                "Tomas Berglund",
                "Priya Raman",
                "Oskar Lind",
                "Wen Zhao",
                "Lena Fischer",
            ),
            _TITLE,
            2016,
        ),
        (  # middle initials, the venue after the link's own question mark
            "Ingrid M. Halvorsen, Tomas K. Berglund, Priya Raman, Oskar J. Lind. [Where Does "
            "the Time Go?](https://example.org/p27.pdf) VLDB 1999.",
            ("Ingrid M. Halvorsen", "Tomas K. Berglund", "Priya Raman", "Oskar J. Lind"),
            "Where Does the Time Go?",
            1999,
        ),
        (  # a prefixed family name after a middle initial ("McLeod", "DeVries")
            "Ingrid Halvorsen, Tomas K. McLeod, Priya D. Raman, Oskar J. DeVries. [Where Does "
            "the Time Go?](https://example.org/p27.pdf) VLDB 1999.",
            ("Ingrid Halvorsen", "Tomas K. McLeod", "Priya D. Raman", "Oskar J. DeVries"),
            "Where Does the Time Go?",
            1999,
        ),
        (  # particles
            f"Jan van den Berg, Maria de la Cruz, Pieter de Vries, Anna van der Linden. {_LINK}. "
            "ICDE 2006.",
            ("Jan van den Berg", "Maria de la Cruz", "Pieter de Vries", "Anna van der Linden"),
            _TITLE,
            2006,
        ),
        (  # hyphenated given and family names
            "Jean-Luc Martin, Anne-Marie Dubois-Leroy, Karl-Heinz Müller, Eva Schmidt-Nolte. "
            f"{_LINK}. ICDE 2006.",
            (
                "Jean-Luc Martin",
                "Anne-Marie Dubois-Leroy",
                "Karl-Heinz Müller",
                "Eva Schmidt-Nolte",
            ),
            _TITLE,
            2006,
        ),
        (  # the last name after "and"
            f"Ingrid Halvorsen, Tomas Berglund, Priya Raman, and Oskar Lind. {_LINK}. VLDB 2016.",
            ("Ingrid Halvorsen", "Tomas Berglund", "Priya Raman", "Oskar Lind"),
            _TITLE,
            2016,
        ),
        (  # no link: the title is the sentence after the names
            "Ingrid Halvorsen, Tomas Berglund, Priya Raman, Oskar Lind, Wen Zhao. Adaptive "
            "Join Ordering under Skew. VLDB 2016.",
            ("Ingrid Halvorsen", "Tomas Berglund", "Priya Raman", "Oskar Lind", "Wen Zhao"),
            _TITLE,
            2016,
        ),
    ],
)
def test_natural_name_list_then_title(
    text: str, authors: tuple[str, ...], title: str, year: int, detect_styles: bool
) -> None:
    ref = parse_reference(text, [1], detect_styles=detect_styles)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        # the Romance comma form keeps its title
        (
            "Philippe Blanchet, La linguistique de terrain, Rennes, PUR, 2000, p. 41–52.",
            ("Philippe Blanchet",),
            "La linguistique de terrain",
        ),
        # a German note whose title opens with a person's name, then place and year
        (
            "Eberhard Bethge, Dietrich Bonhoeffer. Theologe – Christ – Zeitgenosse, München 1967.",
            ("Eberhard Bethge",),
            "Dietrich Bonhoeffer. Theologe – Christ – Zeitgenosse",
        ),
    ],
)
def test_comma_form_notes_unchanged(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize("end", ["Oskar Lind Title, Place 2016", "Oskar Lind. Title."])
def test_name_list_pattern_stays_linear_on_a_long_line(end: str) -> None:
    def match(text: str) -> object:
        return german._NAME_LIST_REST.match(text), german._COMMA_SHAPE.match(text)

    assert_linear(match, lambda n: "Ingrid Halvorsen, " * (n // 18) + end)
