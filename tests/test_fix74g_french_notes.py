"""Fix 74g: French notes of a heritage site's web article.

* an act cited with the official collection of its time after a comma ("Décret du …,
  Bulletin des lois, XIe série, …"): the collection no part of the title
  (:mod:`bibcheck.parse.references.historic_gazettes`);
* a title with the years it covers and a subtitle ("…, 1848-1871 : une histoire
  sociale"), perhaps with a description after it ("[jeu de données]"): one title;
* a page online named by its designation ("« Titre », page de l'Institut …, https://…,
  consultée le …"): a web page, its owner the publisher; "consultée" (the feminine of
  "consulté", a page) an access date (:mod:`bibcheck.parse.references.page_designation`).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date
from bibcheck.parse.references.page_designation import page_owner


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Décret impérial du 12 mars 1856 portant création d'un bureau des longitudes,"
            " Bulletin des lois de l'Empire français, XIe série, 1856, n° 370.",
            "Décret impérial du 12 mars 1856 portant création d'un bureau des longitudes",
        ),
        (
            "Ordonnance du roi du 12 mai 1830 relative aux poids et mesures, Bulletin des"
            " lois du royaume de France, 8e série, 1830, n° 356.",
            "Ordonnance du roi du 12 mai 1830 relative aux poids et mesures",
        ),
        (
            "Arrêté royal du 5 mars 1850 portant organisation du service des phares,"
            " Pasinomie, 3e série, 1850, n° 112.",
            "Arrêté royal du 5 mars 1850 portant organisation du service des phares",
        ),
    ],
)
def test_act_without_its_collection(text: str, title: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.title == title
    assert ref.kind is RefKind.REPORT


def test_a_book_about_the_collection_keeps_its_title() -> None:
    ref = parse_reference(
        "Jeanne Roux, Le Bulletin des lois et la province, Paris, Seuil, 1990.", [0], note=True
    )
    assert ref.title == "Le Bulletin des lois et la province"
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Jeanne Roux et Paul Mbeki, Carnets d'observation de la lunette de Meudon,"
            " 1891-1909 : transcription intégrale [jeu de données], Zenodo, 2022,"
            " https://doi.org/10.99999/zenodo.1234567.",
            "Carnets d'observation de la lunette de Meudon, 1891-1909: transcription intégrale",
        ),
        (
            "Jeanne Roux et Paul Mbeki, Carnets d'observation de la lunette de Meudon,"
            " 1891-1909 [jeu de données], Zenodo, 2022.",
            "Carnets d'observation de la lunette de Meudon, 1891-1909",
        ),
        (
            "Jeanne Roux, Les ouvriers du port, 1848-1871 : une histoire sociale, Zenodo, 2021.",
            "Les ouvriers du port, 1848-1871: une histoire sociale",
        ),
        # (the span alone, as before)
        (
            "Jeanne Roux, Solesmes et son abbaye, 1805-1875, Solesmes, Abbaye, 1974.",
            "Solesmes et son abbaye, 1805-1875",
        ),
    ],
)
def test_title_with_span_and_subtitle(text: str, title: str) -> None:
    assert parse_reference(text, [0], note=True).title == title


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("page de l'Observatoire de Lyon", "Observatoire de Lyon"),
        ("page web du musée des Arts et Métiers", "musée des Arts et Métiers"),
        ("site internet de la Ville de Marseille", "Ville de Marseille"),
        ("site officiel du Sénat", "Sénat"),
        ("página web de la Universidad de Sevilla", "Universidad de Sevilla"),
        ("sito del Museo Galileo", "Museo Galileo"),
        ("Presses universitaires de Lyon", None),
        ("Paris", None),
        ("page 12", None),
    ],
)
def test_page_owner(text: str, owner: str | None) -> None:
    assert page_owner(text) == owner


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "« Journées portes ouvertes », page de l'Institut d'optique,"
            " https://www.optique.example.org/evenements/portes-ouvertes,"
            " consultée le 4 mai 2024.",
            "Journées portes ouvertes",
            "Institut d'optique",
        ),
        (
            "« Les instruments anciens », site internet du musée des Arts et Métiers,"
            " https://www.musee.example.net/instruments, consulté le 4 mai 2024.",
            "Les instruments anciens",
            "musée des Arts et Métiers",
        ),
    ],
)
def test_designated_page_is_web(text: str, title: str, publisher: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.title == title
    assert ref.kind is RefKind.WEB
    assert ref.publisher == publisher
    assert ref.year is None  # (the access date's year is no date of the page)
    assert ref.access_date is not None and ref.access_date.isoformat() == "2024-05-04"


def test_a_book_keeps_its_publisher() -> None:
    ref = parse_reference(
        "Jeanne Roux, Les pages de l'Observatoire, Paris, Seuil, 1990.", [0], note=True
    )
    assert ref.kind is RefKind.BOOK
    assert ref.publisher == "Seuil"


@pytest.mark.parametrize(
    "text",
    ["consultée le 2 mars 2024", "consulté le 2 mars 2024", "consultées le 2 mars 2024"],
)
def test_consultee_is_an_access_date(text: str) -> None:
    found = find_access_date(f"https://www.example.org/a, {text}.")
    assert found is not None and found.value is not None
    assert found.value.isoformat() == "2024-03-02"
