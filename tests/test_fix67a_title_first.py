"""Entries that give the title first (``Title. Smith J, Lee K. Journal 2019;18(1):22-31.``,
``Title. Organisation, Place, Year.``): the title, the authors and the journal, place and
publisher each in its own field (entries written for the tests)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.title_first import author_first

# (entry, authors, title, journal, year, volume, issue, pages)
ARTICLES = [
    (
        "Drinking water quality and health outcomes. Smith J, Lee K. Environ Health 2019; "
        "18(1): 22-31.",
        ("Smith J", "Lee K"),
        "Drinking water quality and health outcomes",
        "Environ Health",
        2019,
        "18",
        "1",
        "22-31",
    ),
    (
        "Salt intake and blood pressure in rural adults: a cross-sectional study. Nguyen TH, "
        "Tran VA, Le MP. BMC Public Health 2021;21(3):455-62.",
        ("Nguyen TH", "Tran VA", "Le MP"),
        "Salt intake and blood pressure in rural adults: a cross-sectional study",
        "BMC Public Health",
        2021,
        "21",
        "3",
        "455-62",
    ),
    (
        "Does a school garden change what children eat? van der Berg H, O'Neill P, Okafor CE, "
        "et al. Public Health Nutr 2018;21(9):1702-10.",
        ("van der Berg H", "O'Neill P", "Okafor CE"),
        "Does a school garden change what children eat?",
        "Public Health Nutr",
        2018,
        "21",
        "9",
        "1702-10",
    ),
    (
        "Malaria in pregnancy on the Kenyan coast. Wanjiru MN, Otieno J. Malar J 2016;15:88-96.",
        ("Wanjiru MN", "Otieno J"),
        "Malaria in pregnancy on the Kenyan coast",
        "Malar J",
        2016,
        "15",
        None,
        "88-96",
    ),
]


@pytest.mark.parametrize(
    ("raw", "authors", "title", "journal", "year", "volume", "issue", "pages"), ARTICLES
)
def test_title_first_article(
    raw: str,
    authors: tuple[str, ...],
    title: str,
    journal: str,
    year: int,
    volume: str,
    issue: str | None,
    pages: str,
) -> None:
    ref = parse_reference(raw, [1], detect_styles=True)
    assert ref.raw == raw
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors[: len(authors)] == authors
    assert ref.title == title
    assert ref.host == journal
    assert (ref.year, ref.volume, ref.issue, ref.pages) == (year, volume, issue, pages)


# (entry, organisation, title, place, year)
REPORTS = [
    (
        "Annual report on communicable diseases. Ministry of Health, Jakarta, 2018.",
        "Ministry of Health",
        "Annual report on communicable diseases",
        "Jakarta",
        2018,
    ),
    (
        "Guidelines for drinking-water quality. World Health Organization, Geneva, 2017.",
        "World Health Organization",
        "Guidelines for drinking-water quality",
        "Geneva",
        2017,
    ),
    (
        "Surveillance of antimicrobial use in hospitals. National Institute of Public Health, "
        "Oslo, 2020.",
        "National Institute of Public Health",
        "Surveillance of antimicrobial use in hospitals",
        "Oslo",
        2020,
    ),
]


@pytest.mark.parametrize(("raw", "org", "title", "place", "year"), REPORTS)
@pytest.mark.parametrize("detect_styles", [False, True])
def test_title_first_report(
    raw: str, org: str, title: str, place: str, year: int, detect_styles: bool
) -> None:
    ref = parse_reference(raw, [1], detect_styles=detect_styles)
    assert ref.raw == raw
    assert ref.authors == (org,)
    assert ref.title == title
    assert ref.year == year
    if detect_styles:
        assert (ref.place, ref.publisher) == (place, org)


# author-first entries keep their reading (guards: these pass on main too)
AUTHOR_FIRST = [
    (
        "Smith J, Lee K. Drinking water quality and health outcomes. Environ Health 2019; "
        "18(1): 22-31.",
        ("Smith J", "Lee K"),
        "Drinking water quality and health outcomes",
    ),
    (
        "World Health Organization. Guidelines for drinking-water quality. Geneva: World "
        "Health Organization; 2017.",
        ("World Health Organization",),
        "Guidelines for drinking-water quality",
    ),
    (
        "Okafor CE. Cancer registries in West Africa. Lancet Oncol 2019;20(4):301-9.",
        ("Okafor CE",),
        "Cancer registries in West Africa",
    ),
]


@pytest.mark.parametrize(("raw", "authors", "title"), AUTHOR_FIRST)
def test_author_first_untouched(raw: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(raw, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title


# entries in other orders that only look like a sentence, names and a year: not rewritten
NOT_TITLE_FIRST = [
    # a comma-separated note style: "trad." ends no title, the translators no author list
    "Popescu, Ion, *Istoria satului*, trad. Maria T. Ionescu și Ana Pop, ed. a II-a, Iași, "
    "Polirom, 2004.",
    # the first sentence is an author list: author first already
    "Okafor CE, Diallo M. Cancer registries in West Africa. Lancet Oncol 2019;20(4):301-9.",
    # the first sentence is an organisation: author first already
    "Ministry of Health. Annual report on communicable diseases. Jakarta, 2018.",
    # one word before the names: no title
    "Editorial. Smith J. Lancet 2019;393:1-2.",
]


@pytest.mark.parametrize("raw", NOT_TITLE_FIRST)
def test_not_title_first(raw: str) -> None:
    assert author_first(raw) is None
