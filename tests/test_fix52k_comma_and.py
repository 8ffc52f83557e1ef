"""Fix 52k: "and" after a comma before the last name, in the list's language, in Chicago
notes and bibliographies (German ", und", Spanish ", y", Italian ", e", French ", et", ...)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


def _parse(text: str, note: bool) -> tuple[tuple[str, ...], str | None]:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    return tuple(ref.authors), ref.title


@pytest.mark.parametrize(
    ("text", "note", "authors", "title"),
    [
        # German bibliography, first author inverted, ", und" before the last
        (
            "Lorenz, Petra, Udo K. Hagen, und Sven Brandt. „Lesen im Wandel: Eine Studie“. "
            "Zeitschrift für Didaktik 12, Nr. 3 (2019): 40–55.",
            False,
            ("Lorenz, Petra", "Udo K. Hagen", "Sven Brandt"),
            "Lesen im Wandel: Eine Studie",
        ),
        (
            "Hoffmann, Jana, und Till Ostwald. „Papier und Schirm“. Lernwelten 7 (2020): 1–9.",
            False,
            ("Hoffmann, Jana", "Till Ostwald"),
            "Papier und Schirm",
        ),
        # Spanish, Italian and French bibliographies
        (
            "Ramos, Lucía, Diego Ferrer, y Marta Gil. «La lectura digital». Revista de "
            "Educación 25 (2018): 23–38.",
            False,
            ("Ramos, Lucía", "Diego Ferrer", "Marta Gil"),
            "La lectura digital",
        ),
        (
            "Conti, Paolo, e Sara Greco. La città lenta. Milano: Feltrinelli, 2012.",
            False,
            ("Conti, Paolo", "Sara Greco"),
            "La città lenta",
        ),
        (
            "Morel, Jean, et Claire Vidal. « Le temps des villes ». Revue urbaine 4 (2001): 3–9.",
            False,
            ("Morel, Jean", "Claire Vidal"),
            "Le temps des villes",
        ),
        # German full note, a middle initial before " und "
        (
            "Petra Lorenz, Udo K. Hagen und Sven Brandt, „Lesen im Wandel: Eine Studie“, "
            "Zeitschrift für Didaktik 12, Nr. 3 (2019): 40–55.",
            True,
            ("Petra Lorenz", "Udo K. Hagen", "Sven Brandt"),
            "Lesen im Wandel: Eine Studie",
        ),
    ],
)
def test_comma_and(text: str, note: bool, authors: tuple[str, ...], title: str | None) -> None:
    got_authors, got_title = _parse(text, note)
    assert got_authors == authors
    assert got_title == title


@pytest.mark.parametrize(
    "text",
    [
        # a family name with "y" in it, no comma before the word: one name, never two
        "Ortega y Gasset, José. La rebelión de las masas. Madrid: Revista de Occidente, 1930.",
        # a word after the comma that is no name: no second author
        "Santos, Ana, e outros. A cidade lenta. Lisboa: Tinta, 2011.",
        # a title whose second word is "y": the inverted name is the only author
        "Soto Vargas, Elena. Plata y comercio en la Nueva España. México: Colmex, 2001.",
    ],
)
def test_no_split_without_a_name(text: str) -> None:
    got_authors, _ = _parse(text, False)
    assert "Gasset, José" not in got_authors
    assert not any(a.startswith(("outros", "Gasset")) for a in got_authors)
    assert not any("Plata" in a or "Elena." in a for a in got_authors)


def test_title_word_and_is_no_name() -> None:
    ref = parse_reference(
        "Soto Vargas, Elena. Plata y comercio en la Nueva España. México: Colmex, 2001.",
        [1],
        detect_styles=True,
    )
    assert tuple(ref.authors) == ("Soto Vargas, Elena",)
    assert ref.title == "Plata y comercio en la Nueva España"
