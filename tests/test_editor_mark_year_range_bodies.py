"""Fix 37x: an editor's mark in parentheses after the names ("Eide, Martin (red.). Title."),
an APA year range ("(1906–1909)": the first year) and two corporate bodies joined in one
author slot ("Ministry of Health and Institute of Public Health. (2020).").  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.generic import bodies
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Lunde, Kari (red.). Gamle sagbruk. Bergen: Fagbok, 2011.",
            "Lunde, Kari",
            "Gamle sagbruk",
        ),
        ("Babić, Ana (ur.). Stare pilane. Split: Logos, 2011.", "Babić, Ana", "Stare pilane"),
        (
            "Weber, Jonas (Hrsg.). Alte Sägewerke. Kassel: Bärenreiter, 2011.",
            "Weber, Jonas",
            "Alte Sägewerke",
        ),
        (
            "Brown, Alice (ed.). Old Sawmills. Leeds: Northern Press, 2011.",
            "Brown, Alice",
            "Old Sawmills",
        ),
        (
            "Brown, Alice (Eds.). Old Sawmills. Leeds: Northern Press, 2011.",
            "Brown, Alice",
            "Old Sawmills",
        ),
        (
            "Korhonen, Aino (toim.). Vanhat sahat. Turku: Sahakirjat, 2011.",
            "Korhonen, Aino",
            "Vanhat sahat",
        ),
        (
            "Szabó, Éva (szerk.). Régi fűrészmalmok. Pécs: Pannon, 2011.",
            "Szabó, Éva",
            "Régi fűrészmalmok",
        ),
        (
            "Pérez, Lucía (coord.). Aserraderos antiguos. Sevilla: Arco, 2011.",
            "Pérez, Lucía",
            "Aserraderos antiguos",
        ),
    ],
    ids=["red", "ur", "hrsg", "ed", "Eds", "toim", "szerk", "coord"],
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detected"])
def test_editor_mark_after_names(text: str, author: str, title: str, detect: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    assert (ref.authors[:1], ref.title) == ((author,), title)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Petrović, S. (1911–1914). Stare pilane Srbije. Beograd: Geca Kon.",
            "Petrović, S.",
            "Stare pilane Srbije",
        ),
        (
            "Hale, R. (1906-1909). Sawmills of the North. London: Methuen.",
            "Hale, R.",
            "Sawmills of the North",
        ),
    ],
    ids=["en-dash", "hyphen"],
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detected"])
def test_apa_year_range_takes_first_year(text: str, author: str, title: str, detect: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    assert (ref.authors, ref.title, ref.year) == ((author,), title, int(text.split("(")[1][:4]))


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Министарство пољопривреде и Институт за шумарство. (2019). Стари шумски путеви. Београд.",
            ("Министарство пољопривреде", "Институт за шумарство"),
        ),
        (
            "Ministarstvo poljoprivrede i Institut za šumarstvo. (2019). Stari šumski putevi. Zagreb.",
            ("Ministarstvo poljoprivrede", "Institut za šumarstvo"),
        ),
        (
            "Ministry of Transport and Institute of Road Safety. (2019). Old forest roads. London.",
            ("Ministry of Transport", "Institute of Road Safety"),
        ),
        (
            "Ministère des Forêts et Institut national du bois. (2019). Vieux chemins. Paris.",
            ("Ministère des Forêts", "Institut national du bois"),
        ),
        (
            "Department of Health and Human Services. (2019). Old forest roads. Washington, DC.",
            ("Department of Health and Human Services",),
        ),
    ],
    ids=["sr-cyrillic", "hr-latin", "en", "fr", "one-body"],
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detected"])
def test_two_bodies_in_one_slot(text: str, authors: tuple[str, ...], detect: bool) -> None:
    assert parse_reference(text, (1,), detect_styles=detect).authors == authors


@pytest.mark.parametrize(
    "name",
    [
        "Johnson & Johnson",
        "Bundesministerium für Bildung und Forschung",
        "Ministry of Agriculture, Fisheries and Food",
        "Department of Health and Human Services",
    ],
)
def test_one_body(name: str) -> None:
    assert bodies(name) == (name,)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Institute of X and " * (n // 18), id="joined"),
        pytest.param(lambda n: "Ministry " + "and a " * (n // 6), id="short-parts"),
    ],
)
def test_bodies_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(bodies, line)
