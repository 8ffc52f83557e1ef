"""ScienceDirect's (Elsevier's) reference shape as plain text: names initials first ending
with a period, an unquoted title, an abbreviated journal whose periods are part of its name
(``J. Stat. Softw.``), then ``volume (issue) (year), pp. pages`` (or ``p.``, ``Article``);
a book's ``Publisher, Place (year)``.  Fixtures written for the tests in that shape."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.ieee import parse as parse_ieee


@pytest.mark.parametrize(
    ("text", "authors", "title", "journal", "year", "volume", "pages"),
    [
        pytest.param(
            "T. Okafor, J.-P. Martin, L. van Dijk, et al. Flood exposure and emergency "
            "admissions in river towns: a case-crossover study. Int. J. Hyg. Environ. Health, "
            "231 (2021), pp. 113-121",
            ("T. Okafor", "J.-P. Martin", "L. van Dijk"),
            "Flood exposure and emergency admissions in river towns: a case-crossover study",
            "Int. J. Hyg. Environ. Health",
            2021,
            "231",
            "113-121",
            id="et-al-and-abbreviated-journal",
        ),
        pytest.param(
            "M.K. Lee. Flood warnings in R: the package floodr. J. Open Source Softw., "
            "7 (3) (2022), Article e1044, 10.1000/joss.1044",
            ("M.K. Lee",),
            "Flood warnings in R: the package floodr",
            "J. Open Source Softw.",
            2022,
            "7",
            "e1044",
            id="one-author-article-number-doi",
        ),
        pytest.param(
            "S. Haddad, R. Lind. Coastal surges and clinic closures. BMC Public Health, "
            "19 (2019), p. 402",
            ("S. Haddad", "R. Lind"),
            "Coastal surges and clinic closures",
            "BMC Public Health",
            2019,
            "19",
            "402",
            id="two-word-journal-one-page",
        ),
        pytest.param(
            "C. Moreau, K. Ito, A. de Souza. Heat and the elderly in Lyon. Lancet, "
            "399 (2022), pp. 12-19",
            ("C. Moreau", "K. Ito", "A. de Souza"),
            "Heat and the elderly in Lyon",
            "Lancet",
            2022,
            "399",
            "12-19",
            id="one-word-journal",
        ),
    ],
)
def test_sciencedirect_articles(
    text: str,
    authors: tuple[str, ...],
    title: str,
    journal: str,
    year: int,
    volume: str,
    pages: str,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == journal
    assert (ref.year, ref.volume, ref.pages) == (year, volume, pages)
    assert ref.kind is RefKind.ARTICLE


def test_sciencedirect_book() -> None:
    ref = parse_reference(
        "P. Ngata. Floods and Health in Small Towns. Harbour Press, Wellington (2018)",
        (1,),
        detect_styles=True,
    )
    assert ref.authors == ("P. Ngata",)
    assert ref.title == "Floods and Health in Small Towns"
    assert (ref.publisher, ref.place, ref.year) == ("Harbour Press", "Wellington", 2018)


def test_ieee_quoted_title_is_still_ieee() -> None:
    found = parse_ieee(
        'J. Roe and A. Poe, "Flood maps," IEEE Trans. Geosci., vol. 3, pp. 1-10, 2020.'
    )
    assert found is not None
    assert (found.title, found.container, found.volume) == (
        "Flood maps",
        "IEEE Trans. Geosci.",
        "3",
    )


def test_sciencedirect_book_names_initials_first() -> None:
    # names written initials first are Science's too; with no repository after the title
    # the rest is Elsevier's imprint, not a data citation's place (nature.parse)
    ref = parse_reference(
        "K. Tane, L. Ormsby. Tides and Towns of the Eastern Coast. Kōtare Books, Napier (2016)",
        (1,),
        detect_styles=True,
    )
    assert ref.title == "Tides and Towns of the Eastern Coast"
    assert (ref.publisher, ref.place, ref.year) == ("Kōtare Books", "Napier", 2016)
