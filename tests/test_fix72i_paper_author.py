"""A newspaper named in the author's place with the issue's day (``paper_author``): an
unsigned article, the paper its host, no author; a person or a body keeps its place."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (entry, paper, title)
PAPER_CASES = [
    (
        "Nieuwe Rotterdamsche Courant (1871, 12 maart). De nieuwe spoorbrug. Via Delpher. "
        "<https://kranten.example.nl/view?id=abc:1>",
        "Nieuwe Rotterdamsche Courant",
        "De nieuwe spoorbrug",
    ),
    (
        "Leeuwarder Nieuwsblad (1902, 8 augustus). Het kanaal geopend. "
        "https://kranten.example.nl/view?id=abc:2",
        "Leeuwarder Nieuwsblad",
        "Het kanaal geopend",
    ),
    (
        "The Times (1848, April 11). The Chartist meeting on Kennington Common. "
        "https://archive.example.org/times/1848-04-11",
        "The Times",
        "The Chartist meeting on Kennington Common",
    ),
    (
        "Le Temps (1871, 4 mai). Le chemin de fer du Nord. Gallica. "
        "https://gallica.example.fr/ark:/1/x",
        "Le Temps",
        "Le chemin de fer du Nord",
    ),
    (
        "Svenska Dagbladet (1910, 6 maj). Den nya bron invigd. https://tidningar.example.se/y",
        "Svenska Dagbladet",
        "Den nya bron invigd",
    ),
    (
        "Stockholmsposten (1790, 3 mars). Om sillfisket. https://tidningar.example.se/z",
        "Stockholmsposten",
        "Om sillfisket",
    ),
    (
        "Frankfurter Zeitung (1888, 9. März). Der Tod des Kaisers.",
        "Frankfurter Zeitung",
        "Der Tod des Kaisers",
    ),
]


@pytest.mark.parametrize(("text", "paper", "title"), PAPER_CASES)
def test_paper_in_author_place(text: str, paper: str, title: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors == ()
    assert ref.host == paper
    assert ref.title == title


# (entry, author): a body's dated page, a person's article (guards: pass on main too)
KEEP_CASES = [
    (
        "World Health Organization (2020, March 11). Opening remarks at the media briefing. "
        "https://www.example.int/speech",
        "World Health Organization",
    ),
    (
        "Smith, J. (2020, May 2). The city returns. *The Daily Post*. https://www.example.net/a",
        "Smith, J.",
    ),
]


@pytest.mark.parametrize(("text", "author"), KEEP_CASES)
def test_author_kept(text: str, author: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.authors == (author,)
