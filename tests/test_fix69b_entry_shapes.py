"""fix69b: entry shapes met in round 68's documents (films by credit, manuscripts by
shelfmark, the Copernicus colon form, APA report numbers with stops, hyphenated journal
abbreviations).  Entries invented for the tests, in the patterns real lists use."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


def _read(text: str) -> Any:
    return parse_reference(text, (1,), detect_styles=True)


# 1. a film by its director's credit after a comma: the director its author, ``web``
FILMS = [
    ("Cléo de 5 à 7, réal. Agnès Varda, 1962.", "Cléo de 5 à 7", "Agnès Varda", 1962),
    ("La Grande Illusion, réal. Jean Renoir, 1937.", "La Grande Illusion", "Jean Renoir", 1937),
    ("L'Atalante, dir. Jean Vigo, 1934.", "L'Atalante", "Jean Vigo", 1934),
    (
        "Le Bonheur, Réalisé par Agnès Varda, Paris, Ciné-Tamaris, 1965.",
        "Le Bonheur",
        "Agnès Varda",
        1965,
    ),
    ("La strada, regia di Federico Fellini, 1954.", "La strada", "Federico Fellini", 1954),
    (
        "Der Himmel über Berlin, Regie: Wim Wenders, 1987.",
        "Der Himmel über Berlin",
        "Wim Wenders",
        1987,
    ),
    ("Roma, dirigida por Alfonso Cuarón, Netflix, 2018.", "Roma", "Alfonso Cuarón", 2018),
    ("Pociąg, reżyseria: Jerzy Kawalerowicz, 1959.", "Pociąg", "Jerzy Kawalerowicz", 1959),
]


@pytest.mark.parametrize(("text", "title", "director", "year"), FILMS)
def test_film_by_director_credit(text: str, title: str, director: str, year: int) -> None:
    ref = _read(text)
    assert (ref.kind, ref.title, ref.authors, ref.year) == (
        RefKind.WEB,
        title,
        (director,),
        year,
    )


def test_film_studio_and_place() -> None:
    ref = _read("Le Bonheur, Réalisé par Agnès Varda, Paris, Ciné-Tamaris, 1965.")
    assert (ref.publisher, ref.place) == ("Ciné-Tamaris", "Paris")


# 2. a manuscript by city, library and shelfmark: ``unknown``, the shelfmark no title, its
# number no year, a description before the city the title
MANUSCRIPTS = [
    ("London, British Library, Add MS 31922, fol. 12r.", None, None),
    ("Paris, BnF, ms. fr. 1586.", None, None),
    ("Praha, Národní knihovna, sign. XXIII F 45.", None, None),
    ("Wien, ÖNB, Cod. 2554.", None, None),
    ("Città del Vaticano, BAV, MS Vat. lat. 1960, f. 3v.", None, None),
    ("Book of hours, London, British Library, Add MS 18850.", "Book of hours", None),
    (
        "Psautier de Bonmont, Besançon, Bibliothèque municipale, ms. 54, fol. 2r.",
        "Psautier de Bonmont",
        None,
    ),
    (
        "Brief an Hans Sachs, 1552, München, BSB, Cod. germ. 1234, Bl. 7.",
        "Brief an Hans Sachs",
        1552,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), MANUSCRIPTS)
def test_manuscript_by_shelfmark(text: str, title: str | None, year: int | None) -> None:
    ref = _read(text)
    assert (ref.kind, ref.title, ref.year, ref.authors) == (RefKind.UNKNOWN, title, year, ())


# 3. the Copernicus journals' colon after the names, after the journal, a trailing DOI
COPERNICUS = [
    (
        "Smith, A. and Jones, B.: Aerosol growth in the boundary layer, Atmos. Chem. Phys.,"
        " 12, 345–367, 2019.",
        ("Smith, A.", "Jones, B."),
        "Aerosol growth in the boundary layer",
        "Atmos. Chem. Phys.",
        "12",
        "345–367",
        2019,
    ),
    (
        "Müller, K.: Ozone trends over Europe, Geosci. Model Dev.: 12, 345–367,"
        " doi:10.5194/gmd-12-345-2019, 2019.",
        ("Müller, K.",),
        "Ozone trends over Europe",
        "Geosci. Model Dev.",
        "12",
        "345–367",
        2019,
    ),
    (
        "Müller, H.-P. und Weber, K.: Stadtklima im Wandel, Meteorol. Z.: 12, 34–40, 2003,"
        " doi:10.1127/0941-2948/2003/0012-0034.",
        ("Müller, H.-P.", "Weber, K."),
        "Stadtklima im Wandel",
        "Meteorol. Z.",
        "12",
        "34–40",
        2003,
    ),
    (
        "Dupont, J.-M. et Martin, P.: Bilan radiatif des nuages, Ann. Geophys.: 21, 1–20, 2003.",
        ("Dupont, J.-M.", "Martin, P."),
        "Bilan radiatif des nuages",
        "Ann. Geophys.",
        "21",
        "1–20",
        2003,
    ),
    (
        "Oke, T. R. and Cleugh, H. A.: Urban heat storage, Bound.-Lay. Meteorol., 39, 233–245,"
        " https://doi.org/10.1007/BF00121874, 1987.",
        ("Oke, T. R.", "Cleugh, H. A."),
        "Urban heat storage",
        "Bound.-Lay. Meteorol.",
        "39",
        "233–245",
        1987,
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "journal", "volume", "pages", "year"), COPERNICUS
)
def test_copernicus_colon_form(
    text: str,
    authors: tuple[str, ...],
    title: str,
    journal: str,
    volume: str,
    pages: str,
    year: int,
) -> None:
    ref = _read(text)
    assert (ref.kind, ref.authors, ref.title, ref.host, ref.volume, ref.pages, ref.year) == (
        RefKind.ARTICLE,
        authors,
        title,
        journal,
        volume,
        pages,
        year,
    )


# 4. APA's report number with abbreviations' stops: a report, the title stops before it
REPORTS = [
    (
        "Smith, J. (2019). Wind resource assessment (Tech. Rep. No. 12-34). Golden, CO:"
        " National Laboratory.",
        "Wind resource assessment",
        "National Laboratory",
    ),
    (
        "Smith, J. (2019). Wind resource assessment (Tech. Rep. No. 12-34). National Laboratory.",
        "Wind resource assessment",
        "National Laboratory",
    ),
    (
        "Dubois, M. (2018). Qualité de l'air urbain (Rapp. tech. n° 2018-07). Institut national.",
        "Qualité de l'air urbain",
        "Institut national",
    ),
    (
        "Schmidt, K. (2020). Netzstabilität im Winter (Techn. Ber. Nr. 12/2020). Forschungszentrum.",
        "Netzstabilität im Winter",
        "Forschungszentrum",
    ),
    (
        "García, L. (2017). Pobreza rural (Doc. de trabajo N.º 45). Banco Central.",
        "Pobreza rural",
        "Banco Central",
    ),
]


@pytest.mark.parametrize(("text", "title", "publisher"), REPORTS)
def test_report_number_with_stops(text: str, title: str, publisher: str) -> None:
    ref = _read(text)
    assert (ref.kind, ref.title, ref.publisher, ref.volume, ref.pages) == (
        RefKind.REPORT,
        title,
        publisher,
        None,
        None,
    )


def test_report_number_place() -> None:
    ref = _read(REPORTS[0][0])
    assert ref.place == "Golden, CO"


# 5. a journal abbreviation with a stop before a hyphen keeps its last stop
JOURNALS = [
    "Garratt, J. R. (1990). The internal boundary layer. Bound.-Layer Meteorol., 50, 171–203.",
    "Garratt, J. R. (1990). The internal boundary layer. Bound.-Layer Meteor., 50, 171–203.",
    "Lin, Y. (2004). Flow over hills. Bound.-Layer Meteorol., 110, 1–20.",
    "Keller, P. (1999). Tiefdruckgebiete. Meteorol.-Z., 8, 1–12.",
]


@pytest.mark.parametrize("text", JOURNALS)
def test_hyphenated_abbreviation_keeps_stop(text: str) -> None:
    ref = _read(text)
    assert ref.host is not None and ref.host.endswith(".")
    assert ref.host in text
