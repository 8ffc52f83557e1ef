"""An article and one capitalised word where the author stands (``paper_author``): a paper
when the word is one papers are named by or the report's page follows its title; a person,
an artist or a band so named (``Le Corbusier``, ``La Fontaine``, ``The Beatles``) keeps its
place as the author."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (entry, author): a person or a band named with an article, a dated work of theirs
PERSON_CASES = [
    ("Le Corbusier (1925, 5 mai). Vers une architecture. Paris: Crès.", "Le Corbusier"),
    ("La Fontaine (1668, 31 mars). Fables choisies. Paris: Barbin.", "La Fontaine"),
    ("De Gaulle (1954, 12 octobre). Mémoires de guerre. Paris: Plon.", "De Gaulle"),
    ("El Greco (1586, 15 March). Contract for the Burial. Toledo.", "El Greco"),
    (
        "Le Corbusier (1935, 12 juin). Lettre à Amédée Ozenfant. Fondation Le Corbusier, E2-12.",
        "Le Corbusier",
    ),
    ("The Beatles (1965, 6 August). Help! [Album]. Parlophone.", "The Beatles"),
    (
        "La Rochefoucauld (1665, 27 octobre). Réflexions ou sentences et maximes morales. "
        "Paris: Barbin.",
        "La Rochefoucauld",
    ),
]


@pytest.mark.parametrize(("text", "author"), PERSON_CASES)
def test_person_keeps_author_place(text: str, author: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.authors == (author,)
    assert ref.host != author


# (entry, paper, title): papers by their word or by the page after the title
PAPER_CASES = [
    ("Le Figaro (1925, 5 mai). Le salon des arts décoratifs.", "Le Figaro",
     "Le salon des arts décoratifs"),
    ("Le Réveil (1902, 3 mars). La grève des mineurs. p. 2.", "Le Réveil",
     "La grève des mineurs"),
    ("La Stampa (1920, 3 giugno). Lo sciopero. https://archivio.example.it/1", "La Stampa",
     "Lo sciopero"),
    ("De Telegraaf (1932, 28 mei). De dijk gesloten. Via Delpher.", "De Telegraaf",
     "De dijk gesloten"),
    ("Die Zeit (1961, 18. August). Die Grenze. S. 1.", "Die Zeit", "Die Grenze"),
    ("El Sol (1931, 15 abril). La República proclamada. pág. 1.", "El Sol",
     "La República proclamada"),
    ("The Scotsman (1879, 29 December). The fall of the bridge. p. 4.", "The Scotsman",
     "The fall of the bridge"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "paper", "title"), PAPER_CASES)
def test_paper_still_host(text: str, paper: str, title: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors == ()
    assert ref.host == paper
    assert ref.title == title
