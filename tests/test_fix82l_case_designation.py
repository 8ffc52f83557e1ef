"""A judgment's case name is its title; the application or register number, the neutral
citation and the ECLI after it are not (round 82, fix82l: :mod:`.case_designation`).

Invented cases in the shapes English, French, Italian, German, Maltese and Dutch citations
print, and near-misses that must stay as read (a designation in parentheses in a register's
own title, a title with no case name, an article about a case).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.case_designation import without_case_designation
from tests.growth import growth

_CUT = [
    ("Okafor and Lind v Norway, App nos 41233/17 and 41250/17", "Okafor and Lind v Norway"),
    ("Halvorsen v Denmark, App no 5512/20", "Halvorsen v Denmark"),
    ("Halvorsen v Denmark App. no. 5512/20", "Halvorsen v Denmark"),
    ("Halvorsen v. Denmark, Application no. 5512/20", "Halvorsen v. Denmark"),
    ("Halvorsen v Denmark, app. no. 5512/20", "Halvorsen v Denmark"),
    ("Halvorsen v Denmark, app", "Halvorsen v Denmark"),
    ("Halvorsen v. Denmark, no. 5512/20", "Halvorsen v. Denmark"),
    ("Brandt and Others v. Iceland, nos. 101/21 and 102/21", "Brandt and Others v. Iceland"),
    (
        "Brandt and Others v Iceland, Applications nos. 101/21 and 102/21",
        "Brandt and Others v Iceland",
    ),
    ("Moreau c. Belgique, requête n° 7781/19", "Moreau c. Belgique"),
    ("Moreau c. Belgique, req. n° 7781/19", "Moreau c. Belgique"),
    ("Esposito c. Italia, ricorso n. 4521/18", "Esposito c. Italia"),
    ("Pereira c. Portugal, queixa n.º 3310/17", "Pereira c. Portugal"),
    ("Albrecht gegen Österreich, Beschwerde-Nr. 30412/18", "Albrecht gegen Österreich"),
    ("Albrecht gegen Österreich, Beschwerde-Nr", "Albrecht gegen Österreich"),
    ("Albrecht gegen Österreich, Beschwerdenummer 30412/18", "Albrecht gegen Österreich"),
    ("Vella v. Attard, Rik. Kost. Nru 12/2019", "Vella v. Attard"),
    ("Vella v. Attard, Rik", "Vella v. Attard"),
    (
        "R (Hale) v Chief Constable of Avonshire, [2019] EWCA Civ 118",
        "R (Hale) v Chief Constable of Avonshire",
    ),
    ("Marsh v Gentry [2020] UKSC 7", "Marsh v Gentry"),
    ("Jansen tegen Pieters, ECLI:NL:HR:2020:1234", "Jansen tegen Pieters"),
]

_KEPT = [
    # (HUDOC's own title, the number in parentheses)
    "Case of Halvorsen v. Denmark (Application no. 5512/20)",
    # (no case name before the number)
    "Applications no. 3 and 4 of the model",
    "Register of App no 17 and its users",
    # (a case name alone, or one with words after it)
    "Halvorsen v Denmark",
    "Halvorsen v Denmark revisited: the margin of appreciation",
    "Moreau c. Belgique",
    # (a number with no slash after a case name: no register's)
    "Halvorsen v Denmark, no. 2",
]


@pytest.mark.parametrize(("title", "name"), _CUT)
def test_the_designation_after_a_case_name_is_cut(title: str, name: str) -> None:
    assert without_case_designation(title) == name


@pytest.mark.parametrize("title", _KEPT)
def test_a_title_without_a_case_designation_stays(title: str) -> None:
    assert without_case_designation(title) == title


_READ = [
    (
        "Okafor and Lind v Norway, App nos 41233/17 and 41250/17 (ECtHR, 3 May 2022).",
        "Okafor and Lind v Norway",
        2022,
    ),
    ("Halvorsen v Denmark, App no 5512/20 (ECtHR, 12 January 2023).", "Halvorsen v Denmark", 2023),
    ("Halvorsen v Denmark, Application no. 5512/20, ECHR 2023.", "Halvorsen v Denmark", 2023),
    ("Moreau c. Belgique, requête n° 7781/19, CEDH 2021.", "Moreau c. Belgique", 2021),
    ("Halvorsen v. Denmark, no. 5512/20, ECHR 2023.", "Halvorsen v. Denmark", 2023),
    ("Esposito c. Italia, ricorso n. 4521/18, Corte EDU, 2020.", "Esposito c. Italia", 2020),
    (
        "Albrecht gegen Österreich, Beschwerde-Nr. 30412/18, EGMR, 9. März 2021.",
        "Albrecht gegen Österreich",
        2021,
    ),
    (
        "Vella v. Attard, Rik. Kost. Nru 12/2019, Qorti Kostituzzjonali, 2020.",
        "Vella v. Attard",
        2020,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), _READ)
def test_a_listed_judgment_is_titled_by_its_case_name(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.title, ref.kind) == (title, RefKind.REPORT)
    assert ref.year == year


def test_an_article_about_a_case_keeps_its_title() -> None:
    ref = parse_reference(
        "Lindqvist E. Halvorsen v Denmark, App no 5512/20: a comment. Eur Hum Rights Law Rev."
        " 2024;29:101-9.",
        [0],
        detect_styles=True,
    )
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize("unit", ["a v b, ", "App no ", "x v y App ", ", Rik", "[2019] AB "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: without_case_designation(unit * n + "z"), 200, 800) < 6
