"""Fix round 84 (fix84s): a title whose own words end in a date (the place and date a
meeting's report covers, a year's report, an archive's file), before an imprint that dates
the work (``Place: Publisher; Year``): the date is part of the title
(:func:`bibcheck.parse.references.title_year.date_in_title`, used by the generic parser's
title, the corporate author's title tail and the cut of a title's closing year).

Every example is invented.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.title_year import date_in_title
from tests.growth import growth

# (an entry, its title, its year)
_DATED = [
    (
        "Pan American Health Organization. Final report of the regional meeting on measles, "
        "Bogotá, November 1988. Washington (DC): PAHO; 1989.",
        "Final report of the regional meeting on measles, Bogotá, November 1988",
        1989,
    ),
    (
        "International Labour Office. Record of the regional conference, Addis Ababa, "
        "December 1975. Geneva: ILO; 1976.",
        "Record of the regional conference, Addis Ababa, December 1975",
        1976,
    ),
    (
        "Cholera surveillance records, Kisumu district, June–August 1974. Geneva: WHO "
        "Archives; CH/KEN/4, box 17.",
        "Cholera surveillance records, Kisumu district, June–August 1974",
        1974,
    ),
    (
        "Plague case files, Mombasa, October–December 1921. London: Colonial Office "
        "Records; CO 533/270.",
        "Plague case files, Mombasa, October–December 1921",
        1921,
    ),
    (
        "Leprosy survey notebooks, Zomba, 1938. Zomba: Government Archives; S1/2/38.",
        "Leprosy survey notebooks, Zomba, 1938",
        1938,
    ),
    (
        "Wasaaradda Beeraha. Warbixinta sannadlaha ah ee xoolaha, 1975. Muqdisho: "
        "Wasaaradda Beeraha; 1976. Warbixin No. AG/76.2.",
        "Warbixinta sannadlaha ah ee xoolaha, 1975",
        1976,
    ),
    # near-misses: no imprint after the date, which is the work's and no part of the title
    (
        "Department of Health, Consultation on patient records, 12 April 2023.",
        "Consultation on patient records",
        2023,
    ),
    ("Smith, J., Jones, K., The story of the river, 2019.", "The story of the river", 2019),
    # (right before, and unchanged: a date range in an article's title, a periodic report)
    (
        "Nowak A, Kovacs B. Malaria in the lowlands, 1950–1960. Trop Med Rev. 1962;4:12-9.",
        "Malaria in the lowlands, 1950–1960",
        1962,
    ),
    (
        "Bank of England. Financial Stability Review, May 2023. London: Bank of England; 2023.",
        "Financial Stability Review, May 2023",
        2023,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), _DATED)
def test_dated_title(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.title, ref.year) == (title, year)


# (a title, the text after it, the offset of the title's own date or None)
_SHAPES = [
    ("Annual report, 1984", "Annual report, 1984. Nairobi: Ministry of Health; 1985.", 13),
    (
        "Meeting report, Lima, 3–7 May 1971",
        "Meeting report, Lima, 3–7 May 1971. Lima: OPS; 1972",
        20,
    ),
    ("Census of cattle, 1971", "Census of cattle, 1971. London: HMSO, 1973.", 16),
    ("Field notes, 1950", "Field notes, 1950. Amherst (MA): Hill Archive; box 4.", 11),
    # near-misses
    ("Census of cattle, 1971", "Census of cattle, 1971. Vet Rec. 1973;9:1-4.", None),
    ("Census of cattle, 1971", "Census of cattle, 1971.", None),
    ("Census of cattle", "Census of cattle. London: HMSO; 1973.", None),
    (
        "Census of cattle, 1971",
        "Census of cattle, 1971. In: Collected papers. London: X; 1973",
        None,
    ),
]


@pytest.mark.parametrize(("title", "text", "at"), _SHAPES)
def test_date_in_title(title: str, text: str, at: int | None) -> None:
    assert date_in_title(title, text) == at


def test_linear_date_in_title() -> None:
    def run(n: int) -> None:
        title = "Report" + ", 1984" * n
        date_in_title(title, title + ". " + "Geneva " * n + ": WHO" + " x" * n)
        date_in_title("a, " * n + "May 1984", "a, " * n + "May 1984." + " a" * n + ":")

    assert growth(run, 200, 800) < 6
