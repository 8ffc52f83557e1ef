"""fix78r: an edition under its title, the editor's credit a sentence after the title.

``Title. Ediție critică … de Name. Place: Publisher; Year.``, ``Title. Hg. von Name. …``,
``Title. Edited by Name. …``: the credit is no title, the head before it no author but the
title, the names the editors, the work without an author.  (The examples are this file's
own.)
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

_CREDITS = [
    ("Ediție critică, studiu introductiv și glosar de Elena Marin", ("Elena Marin",)),
    ("Ediție îngrijită de Radu Stan și Ioana Dinu", ("Radu Stan", "Ioana Dinu")),
    ("Ed. de Radu Stan", ("Radu Stan",)),
    ("Hg. von Karl Weber", ("Karl Weber",)),
    ("Herausgegeben von Karl Weber und Anna Roth", ("Karl Weber", "Anna Roth")),
    ("Éd. par Jean Lemaire", ("Jean Lemaire",)),
    ("Édition critique par Jean Lemaire", ("Jean Lemaire",)),
    ("A cura di Paolo Neri", ("Paolo Neri",)),
    ("Edited by James Hart", ("James Hart",)),
    ("Edited by J. R. Hart", ("J. R. Hart",)),
    ("Critical edition by Mary Stone", ("Mary Stone",)),
    ("Wyd. Anna Kowalczyk", ("Anna Kowalczyk",)),
    ("Uitgegeven door Pieter de Graaf", ("Pieter de Graaf",)),
    ("Ediția a doua", None),  # (an edition statement, no credit)
    ("Edinburgh studies in language", None),
    ("Studiu filologic de Elena Marin", None),  # (no edition's word opening it)
]


@pytest.mark.parametrize(("sentence", "editors"), _CREDITS)
def test_credit_editors(sentence: str, editors: tuple[str, ...] | None) -> None:
    # (imported here: the module is new, so on main each case fails on its own)
    from bibcheck.parse.references.edition_credit import credit_editors

    assert credit_editors(sentence) == editors


# (entry, authors, title, editors, year)
_ENTRIES = [
    (
        "Cazania de la Vad. Ediție critică, studiu filologic și indice de Elena Marin. "
        "București: Editura Exemplu; 1984.",
        (),
        "Cazania de la Vad",
        ("Elena Marin",),
        1984,
    ),
    (
        "Letopisețul de la Râu. Ediție îngrijită de Radu Stan. Iași: Editura Model; 2003.",
        (),
        "Letopisețul de la Râu",
        ("Radu Stan",),
        2003,
    ),
    (
        "Das Stadtbuch von Lindau. Hg. von Karl Weber. Leipzig: Beispielverlag; 1881.",
        (),
        "Das Stadtbuch von Lindau",
        ("Karl Weber",),
        1881,
    ),
    (
        "Le Cartulaire de Saint-Pons. Éd. par Jean Lemaire. Paris: Éditions Modèle; 1911.",
        (),
        "Le Cartulaire de Saint-Pons",
        ("Jean Lemaire",),
        1911,
    ),
    (
        "Il Libro dei conti. A cura di Paolo Neri. Firenze: Edizioni Prova; 1975.",
        (),
        "Il Libro dei conti",
        ("Paolo Neri",),
        1975,
    ),
    (
        "The Harwick Letters. Edited by James Hart. London: Sample Press; 1908.",
        (),
        "The Harwick Letters",
        ("James Hart",),
        1908,
    ),
    (
        "Kronika klasztoru. Wyd. Anna Kowalczyk. Kraków: Wydawnictwo Próbne; 1972.",
        (),
        "Kronika klasztoru",
        ("Anna Kowalczyk",),
        1972,
    ),
    (
        # (a person's work in an edition: the person the author, the work the title)
        "Alecsandri V. Poezii populare. Ediție îngrijită de Radu Stan. București: Editura "
        "Exemplu; 1965.",
        ("Alecsandri V",),
        "Poezii populare",
        ("Radu Stan",),
        1965,
    ),
]


@pytest.mark.parametrize(("entry", "authors", "title", "editors", "year"), _ENTRIES)
def test_edition_under_its_title(
    entry: str, authors: tuple[str, ...], title: str, editors: tuple[str, ...], year: int
) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.editors, ref.year, ref.kind.value) == (
        authors,
        title,
        editors,
        year,
        "book",
    )


def test_authored_book_keeps_its_author() -> None:
    # (guard, passes on main: an author's book with no credit is read as before)
    ref = parse_reference(
        "Stan R. Istoria satelor de munte. București: Editura Exemplu; 1999.",
        (1,),
        detect_styles=True,
    )
    assert (ref.authors, ref.title, ref.editors) == (
        ("Stan R",),
        "Istoria satelor de munte",
        (),
    )
