"""fix73e: an italic title with French spacing before its colon ("Titre, 1600-1800 :
inventaire") is the title the italics mark, in a list entry (names before it kept: "NOM,
Prénom et NOM, Prénom") and in a note (the subtitle kept)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.text import title_key


@pytest.mark.parametrize(
    ("plain", "marked", "note", "authors", "title"),
    [
        pytest.param(
            "DURAND, Paul et ROCHE, Lise, Orgues de Bretagne, 1600-1800 : inventaire [jeu de "
            "données], version 1.1, Nakala, 2021, https://doi.org/10.99999/nakala.4411.",
            "DURAND, Paul et ROCHE, Lise, *Orgues de Bretagne, 1600-1800 : inventaire* [jeu de "
            "données], version 1.1, Nakala, 2021, https://doi.org/10.99999/nakala.4411.",
            False, ("DURAND, Paul", "ROCHE, Lise"), "Orgues de Bretagne, 1600-1800 : inventaire",
            id="entry-two-inverted-names",
        ),
        pytest.param(
            "LEBRUN, Marc, Les maîtrises de Normandie, 1650-1790 : dictionnaire, Rouen, "
            "Presses universitaires, 2004.",
            "LEBRUN, Marc, *Les maîtrises de Normandie, 1650-1790 : dictionnaire*, Rouen, "
            "Presses universitaires, 2004.",
            False, ("LEBRUN, Marc",), "Les maîtrises de Normandie, 1650-1790 : dictionnaire",
            id="entry-book",
        ),
        pytest.param(
            "Paul Durand et Lise Roche, Orgues de Bretagne, 1600-1800 : inventaire [jeu de "
            "données], version 1.1, Nakala, 2021, https://doi.org/10.99999/nakala.4411.",
            "Paul Durand et Lise Roche, *Orgues de Bretagne, 1600-1800 : inventaire* [jeu de "
            "données], version 1.1, Nakala, 2021, https://doi.org/10.99999/nakala.4411.",
            True, ("Paul Durand", "Lise Roche"), "Orgues de Bretagne, 1600-1800 : inventaire",
            id="note-dataset",
        ),
    ],
)  # fmt: skip
def test_an_italic_title_with_a_spaced_colon(
    plain: str, marked: str, note: bool, authors: tuple[str, ...], title: str
) -> None:
    ref = italic_reference(plain, marked, (1,), note=note, title_run=True, keep_same=not note)
    assert ref.authors == authors
    assert title_key(ref.title) == title_key(title)


@pytest.mark.parametrize(
    ("run", "title", "same"),
    [
        ("Titre : sous-titre", "Titre: sous-titre", True),
        ("Titre ; suite", "Titre; suite", True),
        ("Titre: sous-titre", "Titre: sous-titre", True),
        ("Titre : sous-titre", "Titre", False),
        ("Titre", None, False),
    ],
)
def test_is_run(run: str, title: str | None, same: bool) -> None:
    from bibcheck.parse.references.italic_note import is_run

    assert is_run(run, title) is same
