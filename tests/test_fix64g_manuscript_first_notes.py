"""Humanities notes: a manuscript cited first, then a publication after "zie"/"see"/"vgl."/
"cf." (the note's work is the manuscript); given names abbreviated to more than one letter
("Th.", "Chr.", "Wm."); a chapter's "in:" with its colon."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.first_work import first_work

_MANUSCRIPT_FIRST = [
    # Dutch: a museum's manuscript, then "zie" and an article
    "Utrecht, Museum Rijksbezit, HS k 12, fol. 8r; zie P. de Boer, ‘Klokken en getijden’, "
    "Queeste 12 (2005), 11–24.",
    # English: a cathedral library, "see"
    "Lincoln, Cathedral Treasury, MS B 42, fol. 101v; see J. Hall, ‘Margins and Monks’, "
    "Scriptorium 40 (1986), 3–19.",
    # German: "vgl."
    "Trier, Domschatz, Hs. 61, fol. 3v; vgl. K. Brandt, ‘Randzeichnungen’, Codices 7 "
    "(1999), 44–60.",
    # French: "cf."
    "Autun, Trésor de la cathédrale, ms. S 9, fol. 77r; cf. M. Roux, ‘Les marges’, "
    "Scriptorium 31 (1977), 201–219.",
]


@pytest.mark.parametrize("text", _MANUSCRIPT_FIRST)
def test_manuscript_first_is_the_notes_work(text: str) -> None:
    whole = parse_reference(text, (1,), note=True)
    ref = first_work(whole, text, (1,), detect_styles=False)
    assert ref.kind is RefKind.UNKNOWN
    assert not ref.authors


_NOTES = [
    # (note, family name of the author, title, kind)
    (
        "Th. Maas, ‘Lezen in de marge. Gebruikers van getijdenboeken’, in: K. Smit en R. "
        "Bos (red.), Boeken in gebruik (Hilversum 1995), 10–30, aldaar 12.",
        "Th. Maas",
        "Lezen in de marge. Gebruikers van getijdenboeken",
        RefKind.CHAPTER,
    ),
    (
        "Chr. Vogel, ‘Die Randzeichnung als Kommentar’, in: H. Lenz (Hg.), Bild und Buch "
        "(Köln 2001), 45–67.",
        "Chr. Vogel",
        "Die Randzeichnung als Kommentar",
        RefKind.CHAPTER,
    ),
    (
        "Wm. Turner, ‘Psalters of the North’, in: Essays on Books (London 1901), 3–9.",
        "Wm. Turner",
        "Psalters of the North",
        RefKind.CHAPTER,
    ),
]


@pytest.mark.parametrize(("text", "author", "title", "kind"), _NOTES)
def test_abbreviated_given_names_and_in_colon(
    text: str, author: str, title: str, kind: RefKind
) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (ref.authors, ref.title, ref.kind) == ((author,), title, kind)
