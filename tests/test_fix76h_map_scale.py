"""A map's scale after its title is no part of the title (:mod:`.map_scale`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.map_scale import title_without_scale

TITLES = [
    ("Topographische Karte 5218 Gießen, 1:25 000", "Topographische Karte 5218 Gießen"),
    (
        "Karte des Deutschen Reiches, Blatt 372, M 1:100 000",
        "Karte des Deutschen Reiches, Blatt 372",
    ),
    ("Stadtplan von Hannover, M. 1:10.000", "Stadtplan von Hannover"),
    ("Übersichtskarte der Eifel, Maßstab 1 : 200.000", "Übersichtskarte der Eifel"),
    ("One-inch map of England, sheet 94, scale 1:63,360", "One-inch map of England, sheet 94"),
    ("Carte de France, feuille Rouen, échelle 1/50 000", "Carte de France, feuille Rouen"),
    ("Kaart van Nederland, blad 31; schaal 1:50.000", "Kaart van Nederland, blad 31"),
    ("Mapa de la provincia de Soria, escala 1:200.000", "Mapa de la provincia de Soria"),
    ("Plan der Stadt Kassel (1:5000)", "Plan der Stadt Kassel"),
    ("Plan der Stadt Kassel [Maßstab 1:5 000]", "Plan der Stadt Kassel"),
    ("Peruskartta 2131 06 Lahti, 1:20000", "Peruskartta 2131 06 Lahti"),
    # a series named by its scale, with no separator, keeps it
    ("Topographische Karte 1:25 000", "Topographische Karte 1:25 000"),
    ("Carta d'Italia 1:100.000, foglio 12", "Carta d'Italia 1:100.000, foglio 12"),
    # a ratio that is no scale (no thousands) and a title with no scale stay
    ("Rezepte im Verhältnis 1:3", "Rezepte im Verhältnis 1:3"),
    ("Die Karte als Quelle, 1800–1900", "Die Karte als Quelle, 1800–1900"),
    ("Psalm 23, 1:1000 Jahre", "Psalm 23, 1:1000 Jahre"),
]


@pytest.mark.parametrize(("title", "want"), TITLES)
def test_title_without_scale(title: str, want: str) -> None:
    assert title_without_scale(title) == want


ENTRIES = [
    (
        "Landesvermessungsamt Hessen: Topographische Karte 5218 Gießen, 1:25 000, Wiesbaden 1931.",
        ("Landesvermessungsamt Hessen",),
        "Topographische Karte 5218 Gießen",
        1931,
    ),
    (
        "Reichsamt für Landesaufnahme: Karte des Deutschen Reiches, Blatt 372 Hildesheim, "
        "M 1:100 000, Berlin 1912.",
        ("Reichsamt für Landesaufnahme",),
        "Karte des Deutschen Reiches, Blatt 372 Hildesheim",
        1912,
    ),
    (
        "Topografische Dienst: Topografische kaart van Nederland, blad 31, schaal 1 : 50.000, "
        "Delft 1912.",
        ("Topografische Dienst",),
        "Topografische kaart van Nederland, blad 31",
        1912,
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "authors", "title", "year"), ENTRIES)
def test_map_entry_title(
    text: str, authors: tuple[str, ...], title: str, year: int, note: bool
) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
