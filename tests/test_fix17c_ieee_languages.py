"""IEEE lists written in other languages, and IEEE books with an unquoted title: the
conjunction before the last author in the text's language (Spanish ``y`` and ``e``,
Portuguese and Italian ``e``, Catalan ``i``, Dutch ``en``, French ``et``, German ``und``) splits
the names, a compound family name joined by ``y``/``i`` stays whole; a paper ``en Actas
de`` / ``em Anais do`` / ``dans Actes du`` / ``in: Tagungsband`` is a chapter; an
organisation or a person before an unquoted title and ``Place: Publisher, Year`` is a book's
author, the place and publisher no part of the title."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shared import split_people


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=True)


def _families(authors: tuple[str, ...]) -> list[str]:
    """The family name of ``Smith, J.`` or ``J. Smith`` (initials dropped)."""
    out = []
    for a in authors:
        if "," in a:
            out.append(a.split(",")[0].strip())
        else:
            out.append(" ".join(w for w in a.split() if not w.endswith(".")))
    return out


@pytest.mark.parametrize(
    ("text", "families"),
    [
        pytest.param(
            "R. Gómez Arriola y T. Vidal Castro, “Filtraciones en presas de tierra,” "
            "Revista de Obras Públicas, n.º 312, pp. 12–20, 2019.",
            ["Gómez Arriola", "Vidal Castro"],
            id="spanish-y-two-family-names",
        ),
        pytest.param(
            "P. Ortiz, M. J. Lacasa y S. Beltrán, “Sismicidad inducida por embalses,” "
            "Física de la Tierra, vol. 21, pp. 77–90, 2009.",
            ["Ortiz", "Lacasa", "Beltrán"],
            id="spanish-three-names",
        ),
        pytest.param(
            "C. Navarro e I. Hierro, “Corrosión de armaduras,” Hormigón y Acero, vol. 70, "
            "pp. 5–14, 2019.",
            ["Navarro", "Hierro"],
            id="spanish-e-before-i",
        ),
        pytest.param(
            "L. Farias, R. Teixeira e M. Souza, “Instrumentação de barragens,” Revista "
            "Brasileira de Geotecnia, vol. 4, pp. 3–11, 2020.",
            ["Farias", "Teixeira", "Souza"],
            id="portuguese-e",
        ),
        pytest.param(
            "G. Ferri e P. Galli, “Monitoraggio delle dighe,” L'Acqua, vol. 2, pp. 41–52, 2016.",
            ["Ferri", "Galli"],
            id="italian-e",
        ),
        pytest.param(
            "J. Soler i M. Vives, “Les preses del Ter,” Revista d'Obres Públiques, vol. 9, "
            "pp. 8–15, 2014.",
            ["Soler", "Vives"],
            id="catalan-i",
        ),
        pytest.param(
            "H. Bakker en W. de Jong, “Dijkversterking,” Land + Water, vol. 12, pp. 20–24, 2018.",
            ["Bakker", "de Jong"],
            id="dutch-en",
        ),
        pytest.param(
            "S. Ramón y Cajal, “Sobre las fibras nerviosas,” Revista Trimestral de Histología, "
            "vol. 1, pp. 1–10, 1888.",
            ["Ramón y Cajal"],
            id="compound-family-name-y-kept",
        ),
    ],
)
def test_conjunction_of_the_language_splits_authors(text: str, families: list[str]) -> None:
    ref = _parse(text)
    assert _families(ref.authors) == families


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("J. Ruiz y M. Peña", ("J. Ruiz", "M. Peña"), id="y-before-initials"),
        pytest.param("A. Mora e I. Ibarra", ("A. Mora", "I. Ibarra"), id="e-before-initials"),
        pytest.param("J. Vila i A. Puig", ("J. Vila", "A. Puig"), id="i-before-initials"),
        pytest.param("J. Puig i Cadafalch", ("J. Puig i Cadafalch",), id="catalan-compound"),
        pytest.param("Ortega y Gasset, José", ("Ortega y Gasset, José",), id="inverted-compound"),
    ],
)
def test_split_people_conjunction_before_initials(text: str, people: tuple[str, ...]) -> None:
    assert split_people(text) == people


@pytest.mark.parametrize(
    ("text", "container"),
    [
        pytest.param(
            "A. Lozano, “Auscultación de presas bóveda,” en Actas de las IX Jornadas de "
            "Ingeniería del Agua, Valencia: Universitat Politècnica, 2021, pp. 101–110.",
            "Actas de las IX Jornadas de Ingeniería del Agua",
            id="spanish-en-actas",
        ),
        pytest.param(
            "R. Pinto, “Percolação em fundações,” em Anais do XX Congresso Brasileiro de "
            "Mecânica dos Solos, Curitiba, 2018, pp. 55–62.",
            "Anais do XX Congresso Brasileiro de Mecânica dos Solos",
            id="portuguese-em-anais",
        ),
        pytest.param(
            "C. Lefèvre, “Vieillissement des barrages,” dans Actes du Colloque du CFBR, "
            "Lyon, 2017, pp. 9–18.",
            "Actes du Colloque du CFBR",
            id="french-dans-actes",
        ),
        pytest.param(
            "F. Weber, “Sickerströmung im Damm,” in: Tagungsband Wasserbausymposium, "
            "Aachen, 2016, S. 201–210.",
            "Tagungsband Wasserbausymposium",
            id="german-in-colon",
        ),
    ],
)
def test_paper_in_proceedings_of_any_language_is_a_chapter(text: str, container: str) -> None:
    ref = _parse(text)
    assert ref.kind is RefKind.CHAPTER
    assert ref.host == container


@pytest.mark.parametrize(
    ("text", "author", "title", "place", "publisher"),
    [
        pytest.param(
            "CEDEX, Recomendaciones para el proyecto de aliviaderos: Criterios generales, "
            "Madrid: Centro de Estudios y Experimentación de Obras Públicas, 2012.",
            "CEDEX",
            "Recomendaciones para el proyecto de aliviaderos: Criterios generales",
            "Madrid",
            "Centro de Estudios y Experimentación de Obras Públicas",
            id="acronym-colon-in-title",
        ),
        pytest.param(
            "USBR, Design of Small Dams, Technical Series 3, Denver, CO: U.S. Bureau of "
            "Reclamation, 1987.",
            "USBR",
            "Design of Small Dams",
            "Denver, CO",
            "U.S. Bureau of Reclamation",
            id="acronym-series-state",
        ),
        pytest.param(
            "World Meteorological Organization, Manual on Flood Forecasting, Geneva, "
            "Switzerland: WMO, 2011.",
            "World Meteorological Organization",
            "Manual on Flood Forecasting",
            "Geneva, Switzerland",
            "WMO",
            id="organisation-word-country",
        ),
        pytest.param(
            "K. Ishii, Reservoir Sedimentation, 2nd ed. Tokyo, Japan: Gihodo, 2005.",
            "K. Ishii",
            "Reservoir Sedimentation",
            "Tokyo, Japan",
            "Gihodo",
            id="person-edition-unchanged",
        ),
    ],
)
def test_unquoted_book_title_ends_at_the_imprint(
    text: str, author: str, title: str, place: str, publisher: str
) -> None:
    ref = _parse(text)
    assert ref.authors == (author,)
    assert ref.title == title
    assert (ref.place, ref.publisher) == (place, publisher)
    assert ref.kind in (RefKind.BOOK, RefKind.REPORT)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Agencia Estatal de Meteorología, “Avisos por lluvias,” 2023. [En línea]. "
            "Disponible: https://www.example.es/avisos",
            id="spanish-en-linea",
        ),
        pytest.param(
            "Météo-France, “Vigilance crues,” 2022. [En ligne]. Disponible sur : "
            "https://www.example.fr/vigilance",
            id="french-en-ligne",
        ),
        pytest.param(
            "Agência Nacional de Águas, “Relatório de segurança,” 2021. [Online]. "
            "Disponível em: https://www.example.br/relatorio",
            id="portuguese-disponivel-em",
        ),
        pytest.param(
            "Umweltbundesamt, “Hochwasserrisiko,” 2020. [Online]. Verfügbar unter: "
            "https://www.example.de/hochwasser",
            id="german-verfuegbar-unter",
        ),
    ],
)
def test_online_designation_in_the_lists_language_is_no_journal(text: str) -> None:
    ref = _parse(text)
    assert ref.host is None
    assert ref.kind is RefKind.WEB
