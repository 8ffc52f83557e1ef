"""IEEE books and reports whose title was in italics, unquoted once a PDF became text:
``Initials Surname, Title: Subtitle. Place: Publisher, Year.`` (entries written for the
tests). The names end at the first comma, the title at the period before the imprint
(not a German ``Surname, Given: Title`` nor a second author)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import ieee, parse_reference
from tests.test_regex_growth import assert_linear

CASES = [
    pytest.param(
        "R. Okafor, Counting the Uncounted: How Border Registries Sort, Score, and Exclude"
        " Travellers. Chicago: Lakeshore University Press, 2019.",
        ("R. Okafor",),
        "Counting the Uncounted: How Border Registries Sort, Score, and Exclude Travellers",
        "Chicago",
        "Lakeshore University Press",
        2019,
        id="book-title-with-commas",
    ),
    pytest.param(
        "T. Marsh, Paper Walls: Detention Practice in Southern Europe. Geneva: Institute for"
        "\nMigration Law, University of Geneva, 2021.",
        ("T. Marsh",),
        "Paper Walls: Detention Practice in Southern Europe",
        "Geneva",
        "Institute for Migration Law, University of Geneva",
        2021,
        id="report-of-a-unit-wrapped",
    ),
    pytest.param(
        "L. Brandt and K. Osei, Machines at the Counter: An Audit of Benefit Decisions in"
        "\nFive Countries. Berlin: Centre for Digital Rights, 2022.",
        ("L. Brandt", "K. Osei"),
        "Machines at the Counter: An Audit of Benefit Decisions in Five Countries",
        "Berlin",
        "Centre for Digital Rights",
        2022,
        id="two-authors-and",
    ),
    pytest.param(
        "A. Rossi, B. Chen, and C. Dube, Open Registers: A Field Guide. Cape Town: Meridian"
        " Press, 2020. [Online]. Available: https://example.org/open-registers",
        ("A. Rossi", "B. Chen", "C. Dube"),
        "Open Registers: A Field Guide",
        "Cape Town",
        "Meridian Press",
        2020,
        id="three-authors-online",
    ),
    pytest.param(
        "H. Ito, Public Records: Theory and Practice, 2nd ed. London: Harbour Books, 2015.",
        ("H. Ito",),
        "Public Records: Theory and Practice",
        "London",
        "Harbour Books",
        2015,
        id="edition",
    ),
    pytest.param(
        "S. Ndlovu, Frontier Data: Mapping the Sahel’s Roads. New York: St. Anselm’s Press, 2017.",
        ("S. Ndlovu",),
        "Frontier Data: Mapping the Sahel’s Roads",
        "New York",
        "St. Anselm’s Press",
        2017,
        id="curly-apostrophes",
    ),
    pytest.param(
        "M. J. Park, Rules Without Rulers: Discretion in Automated Welfare. Oxford: Policy"
        " Lab, 2023. [Online]. Available: https://example.org/report.pdf",
        ("M. J. Park",),
        "Rules Without Rulers: Discretion in Automated Welfare",
        "Oxford",
        "Policy Lab",
        2023,
        id="report-online-two-initials",
    ),
]


@pytest.mark.parametrize(("raw", "authors", "title", "place", "publisher", "year"), CASES)
def test_an_unquoted_book_title_ends_at_the_imprint(
    raw: str, authors: tuple[str, ...], title: str, place: str, publisher: str, year: int
) -> None:
    lines = list(range(1, raw.count("\n") + 2))
    ref = parse_reference(raw, lines, detect_styles=True)
    assert (ref.authors, ref.title, ref.place, ref.publisher, ref.year) == (
        authors,
        title,
        place,
        publisher,
        year,
    )


@pytest.mark.parametrize(
    "body",
    [
        # a quoted title: an article or a chapter, read by the IEEE parser's other branches
        "J. Vela, “Audit trails in border control,” Journal of Borders, vol. 3, no. 1,"
        " pp. 1–9, 2020.",
        "P. Roy, “Scoring asylum,” in Algorithms and the State, K. Lind, Ed. Oxford: Oxford"
        " University Press, 2019, pp. 20–41.",
        # a journal's volume before the place: no book
        "K. Ulm, Registers of the poor, vol. 2. Leipzig: Hahn, 2001.",
        # no imprint at all
        "D. Mora, Rules for Machines, 2018.",
        # the names in the German way (no initials first): left to the German parser
        "Okafor, Rita: Counting the Uncounted. Chicago: Lakeshore University Press, 2019.",
    ],
)
def test_no_book_without_the_shape(body: str) -> None:
    assert ieee.book(body) is None


def test_the_other_ieee_forms_are_unchanged() -> None:
    ref = parse_reference(
        "J. Vela, “Audit trails in border control,” Journal of Borders, vol. 3, no. 1,"
        " pp. 1–9, 2020.",
        [1],
        detect_styles=True,
    )
    assert (ref.authors, ref.title, ref.host) == (
        ("J. Vela",),
        "Audit trails in border control",
        "Journal of Borders",
    )


@pytest.mark.parametrize(
    "body",
    [
        lambda n: "A. Name, " + "Word, " * (n // 6) + "Title. Place: Publisher, 2020.",
        lambda n: "A. Name, " + "Title. " * (n // 7) + "Place: " + "x" * (n // 20),
        lambda n: "A. Name, Title. " + "Place: " * (n // 7),
    ],
)
def test_a_long_line_is_read_in_linear_time(body: Callable[[int], str]) -> None:
    assert_linear(ieee.book, body)
