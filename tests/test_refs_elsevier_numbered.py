"""Elsevier's numbered reference style (elsarticle-num): where the title ends among commas,
and the kind of work the facts after it say."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "kind", "host", "year"),
    [
        pytest.param(
            "[4] K. Aho, L.M. Berg, Thaw settlement of crushed brick under light traffic,"
            " Cold Reg. Sci. Technol. 112 (2015) 44–52.",
            "Thaw settlement of crushed brick under light traffic", RefKind.ARTICLE,
            "Cold Reg. Sci. Technol.", 2015, id="journal-abbreviation",
        ),
        pytest.param(
            "[5] P. Ruiz, A.-M. Lenz, S. Oja, Fines migration in unbound bases, Road Mater."
            " Pavement Des. 19 (3) (2018) 610–625. https://doi.org/10.1080/example.1",
            "Fines migration in unbound bases", RefKind.ARTICLE, "Road Mater. Pavement Des.",
            2018, id="issue-and-doi",
        ),
        pytest.param(
            "[6] J. Vik, Drainage of gravel roads, Geotext. Geomembr. 51 (2023) 101233.",
            "Drainage of gravel roads", RefKind.ARTICLE, "Geotext. Geomembr.", 2023,
            id="article-number",
        ),
        pytest.param(
            "[7] T. Lahti, R. Sand, Pavement Design in Cold Climates, Nordic Road Press,"
            " Oslo, 2011.",
            "Pavement Design in Cold Climates", RefKind.BOOK, None, 2011, id="book",
        ),
        pytest.param(
            "[8] D. Marsh, Permafrost Engineering, Wiley, Hoboken, NJ, 1999.",
            "Permafrost Engineering", RefKind.BOOK, None, 1999, id="book-place-with-state",
        ),
        pytest.param(
            "[9] O. Salo, Water uptake of crushed rock: a laboratory study, GTK Report 212,"
            " Geological Survey of Finland, Espoo, 2004.",
            "Water uptake of crushed rock: a laboratory study", RefKind.REPORT, None, 2004,
            id="series-report",
        ),
        pytest.param(
            "[10] H. Berg, Ice lenses in silt, CRREL Special Report 84-12, U.S. Army Cold"
            " Regions Research and Engineering Laboratory, Hanover, NH, 1984.",
            "Ice lenses in silt", RefKind.REPORT, None, 1984, id="report-hyphen-number",
        ),
        pytest.param(
            "[11] M. Kask, R. Tamm, Freezing tests on recycled base, in: Proceedings of the"
            " 9th Baltic Road Conference, Riga, 2019, pp. 211–219.",
            "Freezing tests on recycled base", RefKind.CHAPTER,
            "Proceedings of the 9th Baltic Road Conference", 2019, id="in-proceedings",
        ),
        pytest.param(
            "[12] Statistik Austria, Abfallaufkommen nach Wirtschaftszweigen, 2021."
            " https://www.statistik.example.at/abfall (accessed 3 March 2022).",
            "Abfallaufkommen nach Wirtschaftszweigen", None, None, 2021,
            id="organisation-web",
        ),
    ],
)  # fmt: skip
def test_elsevier_numbered(
    text: str, title: str, kind: RefKind | None, host: str | None, year: int
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.year) == (title, year)
    if kind is not None:
        assert ref.kind is kind
    if host is not None:
        assert ref.host == host


def test_book_publisher_and_place() -> None:
    ref = parse_reference(
        "[8] D. Marsh, Permafrost Engineering, Wiley, Hoboken, NJ, 1999.", (1,), detect_styles=True
    )
    assert (ref.publisher, ref.place) == ("Wiley", "Hoboken, NJ")


def test_an_organisation_is_the_author() -> None:
    ref = parse_reference(
        "[3] Eurostat,\nEnergy balances – final consumption by sector,\n2020. "
        "https://ec.europa.example.eu/x (accessed 1 May 2021).",
        (1, 2, 3),
        detect_styles=True,
    )
    assert ref.title == "Energy balances – final consumption by sector"
    assert ref.authors == ("Eurostat",)
