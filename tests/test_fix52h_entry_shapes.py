"""Fix 52h: reference-entry shapes from real lists, each with look-alikes it must not take.

- names, then ``2021.``, then the title (Harvard without parentheses, ``elsarticle-harv``):
  :mod:`bibcheck.parse.references.year_period`;
- full names given first with ``and`` before the last, then an APA year:
  :mod:`bibcheck.parse.references.given_list`;
- ``&`` with no comma before it in an APA list (already read; kept so);
- EndNote's "Numbered" output typed into a list: :mod:`bibcheck.parse.references.endnote_numbered`;
- Vancouver medium designators and a version after the title:
  :mod:`bibcheck.parse.references.medium`.

Own fixtures (invented works in the patterns such lists use); both with and without style
detection, as the readers call the parser either way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.endnote_numbered import parse as endnote_parse
from bibcheck.parse.references.given_list import parse as given_parse
from bibcheck.parse.references.year_period import family_first_names
from bibcheck.parse.references.year_period import parse as year_period_parse
from tests.test_regex_growth import assert_linear

DETECT = [pytest.param(False, id="plain"), pytest.param(True, id="styles")]

# text, authors, year, title, journal, volume, issue, pages
YEAR_PERIOD = [
    pytest.param(
        "Lindqvist, H., Okafor, B.C., Duarte, M., 2020. Can snowmelt timing be learned from "
        "satellite records? Hydrol. Process. 34, e13812.",
        ("Lindqvist, H.", "Okafor, B.C.", "Duarte, M."),
        2020,
        "Can snowmelt timing be learned from satellite records?",
        "Hydrol. Process.",
        "34",
        None,
        "e13812",
        id="three-names-article-number",
    ),
    pytest.param(
        "Ferraro, L. et al., 2018. Groundwater, soils, and crops: a coupled model. "
        "J. Hydrol. 561 (4), 112-130.",
        ("Ferraro, L.",),
        2018,
        "Groundwater, soils, and crops: a coupled model",
        "J. Hydrol.",
        "561",
        "4",
        "112-130",
        id="et-al-issue-commas-and-in-title",
    ),
    pytest.param(
        "Osei, K., P. Marchetti and R. Iyer, 2015. Floods in 1998 and after. "
        "Water Policy 17, 45-60.",
        ("Osei, K.", "P. Marchetti", "R. Iyer"),
        2015,
        "Floods in 1998 and after",
        "Water Policy",
        "17",
        None,
        "45-60",
        id="economics-names-year-in-title",
    ),
]


@pytest.mark.parametrize("detect", DETECT)
@pytest.mark.parametrize(
    ("text", "authors", "year", "title", "journal", "volume", "issue", "pages"), YEAR_PERIOD
)
def test_names_year_period_title(
    detect: bool,
    text: str,
    authors: tuple[str, ...],
    year: int,
    title: str,
    journal: str,
    volume: str,
    issue: str | None,
    pages: str,
) -> None:
    ref = parse_reference(text, [1], detect_styles=detect)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)
    assert (ref.host, ref.volume, ref.issue, ref.pages) == (journal, volume, issue, pages)
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize("detect", DETECT)
def test_names_year_period_book(detect: bool) -> None:
    ref = parse_reference(
        "Halvorsen, T., 2009. Catchment models: a field guide. Springer, Berlin.",
        [1],
        detect_styles=detect,
    )
    assert (ref.authors, ref.year, ref.title) == (
        ("Halvorsen, T.",),
        2009,
        "Catchment models: a field guide",
    )


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Nordin, A., Park, J.-H.", True),
        ("Nordin, A. et al.", True),
        ("Nordin A, Park JH", True),
        ("Nordin, A., J. Park and K. Lund", True),
        ("Nordin, A., Park", False),  # a family name without its initials
        ("Report on the floods", False),  # a title
        ("World Meteorological Organization", False),  # an organisation
        ("Statistics Norway, Oslo", False),  # an organisation and a place
    ],
)
def test_family_first_names(names: str, expected: bool) -> None:
    assert family_first_names(names) is expected


@pytest.mark.parametrize(
    "text",
    [
        # a title with a year in it, a comma before the year: no names before it
        "Annual report on the floods, 2021. Oslo: Water Directorate.",
        # an organisation as the author
        "World Meteorological Organization, 2019. State of the climate. WMO, Geneva.",
        # the comma-year form of philosophy lists: the year followed by a comma
        "Anscombe, G. E. M., 1957, Intention, Oxford: Basil Blackwell.",
        # APA's parenthesised year
        "Nordin, A. (2019). Title of the work. Publisher.",
        # Chicago author-date: no comma before the year
        "Nordin, A. 2019. Title of the work. Journal of Things.",
    ],
)
def test_year_period_refuses_look_alikes(text: str) -> None:
    assert year_period_parse(text) is None


# --- full names given first, "and" before the last, an APA year ---


@pytest.mark.parametrize("detect", DETECT)
@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Priya Raman, Tomas Berg, and Lea Novak (2021). Parsing tables, charts, and "
            "forms. Journal of Document Analysis, 9(2), 11-29.",
            ("Priya Raman", "Tomas Berg", "Lea Novak"),
            "Parsing tables, charts, and forms",
            id="oxford-comma",
        ),
        pytest.param(
            "Ines Ferreira & Jonas Weber (2017). Sampling rare events. Stat Press.",
            ("Ines Ferreira", "Jonas Weber"),
            "Sampling rare events",
            id="ampersand-two",
        ),
    ],
)
def test_given_first_list(detect: bool, text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=detect)
    assert (ref.authors, ref.year, ref.title) == (authors, int(text.split("(")[1][:4]), title)


@pytest.mark.parametrize(
    "text",
    [
        # one inverted name: family name, then given names
        "Vargas Llosa, Mario Pedro (1963). La ciudad. Barcelona: Seix Barral.",
        # a name and a title, no "and": a Bluebook book
        "Ruth Baker, Legal Fictions (1967). Other text.",
        # an organisation
        "Ministry of Health and Care Services (2014). Climate change. The Ministry.",
        # family-first names (APA's usual list) are not this shape
        "Nordin, A., & Park, J. (2019). Title. Publisher.",
    ],
)
def test_given_first_list_refuses_look_alikes(text: str) -> None:
    assert given_parse(text) is None


@pytest.mark.parametrize("detect", DETECT)
def test_ampersand_without_comma_keeps_every_name(detect: bool) -> None:
    ref = parse_reference(
        "Costa-Pinto, R., Hallam-Berg, S. T., Ueda, K. & Morel, C. (2004). On masking "
        "microdata, and its limits. Journal of Official Statistics, 20(1), 33-48.",
        [1],
        detect_styles=detect,
    )
    assert ref.authors == ("Costa-Pinto, R.", "Hallam-Berg, S. T.", "Ueda, K.", "Morel, C.")
    assert (ref.year, ref.title) == (2004, "On masking microdata, and its limits")


# --- EndNote "Numbered" ---

ENDNOTE = [
    pytest.param(
        "Lindgren, P. and S. Okoro, Fast screening of catalysts. Science, 2004. "
        "301(5641 Suppl): p. 22-9.",
        ("Lindgren, P.", "S. Okoro"),
        "Fast screening of catalysts",
        "Science",
        2004,
        "301",
        "5641 Suppl",
        "22-9",
        id="two-authors-and-suppl",
    ),
    pytest.param(
        "Moreau, C., et al., Learning molecules, crystals, and more. J. Chem. Phys., 2019. "
        "150(3): p. 101-109.",
        ("Moreau, C.",),
        "Learning molecules, crystals, and more",
        "J. Chem. Phys.",
        2019,
        "150",
        "3",
        "101-109",
        id="et-al-abbreviated-journal",
    ),
    pytest.param(
        "Akande, T., R. Vos, and M. Hill, Electrolytes from 1990 to 2010. J. Power Sources, "
        "2012. 7: p. 5-18.",
        ("Akande, T.", "R. Vos", "M. Hill"),
        "Electrolytes from 1990 to 2010",
        "J. Power Sources",
        2012,
        "7",
        None,
        "5-18",
        id="three-authors-year-in-title",
    ),
]


@pytest.mark.parametrize("detect", DETECT)
@pytest.mark.parametrize(
    ("text", "authors", "title", "journal", "year", "volume", "issue", "pages"), ENDNOTE
)
def test_endnote_numbered(
    detect: bool,
    text: str,
    authors: tuple[str, ...],
    title: str,
    journal: str,
    year: int,
    volume: str,
    issue: str | None,
    pages: str,
) -> None:
    ref = parse_reference(text, [1], detect_styles=detect)
    assert (ref.authors, ref.title, ref.host, ref.year) == (authors, title, journal, year)
    assert (ref.volume, ref.issue, ref.pages) == (volume, issue, pages)


@pytest.mark.parametrize(
    "text",
    [
        # an organisation as author and a book's facts
        "World Health Organization, Global report on hearing. 2021, Geneva: WHO.",
        # Elsevier's numbered style: initials first, "(year)" after the volume
        "A.B. Lund, C. Dey, Title of the paper, Constr. Build. Mater. 65 (2014) 201-217.",
        # the year after the journal but no volume nor pages: not this shape's facts
        "Lund, A., Title of a talk. Annual Meeting, 2014.",
    ],
)
def test_endnote_numbered_refuses_look_alikes(text: str) -> None:
    assert endnote_parse(text) is None


# --- Vancouver medium designators ---


@pytest.mark.parametrize("detect", DETECT)
@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        pytest.param(
            "Stats Collective. Tally: tools for counting things [Internet]. Version 2.4.1. "
            "Oslo: Stats Collective; 2022. Available from: https://example.org/tally",
            "Tally: tools for counting things",
            None,
            id="internet-version",
        ),
        pytest.param(
            "Moe K. RiverSim [software]. Version 3.0. Bergen: Hydro AS; 2019.",
            "RiverSim",
            None,
            id="software-version",
        ),
        pytest.param(
            "Ali S. Sediments of the delta [dissertation]. Cairo: Cairo University; 2011.",
            "Sediments of the delta",
            RefKind.THESIS,
            id="dissertation",
        ),
        pytest.param(
            "Hart D. Atlas of the hand [CD-ROM]. London: Medica; 2001.",
            "Atlas of the hand",
            None,
            id="cd-rom",
        ),
        pytest.param(  # a version written inside the title is the title's
            "Open Data Group. Exchange Format Version 3 [Internet]. Paris: ODG; 2020.",
            "Exchange Format Version 3",
            None,
            id="version-inside-title-kept",
        ),
        pytest.param(  # a bracket that is no designator stays
            "Lee J. The [unnamed] river. Lund: Alfa; 2003.",
            "The [unnamed] river",
            None,
            id="other-brackets-kept",
        ),
    ],
)
def test_medium_designators(detect: bool, text: str, title: str, kind: RefKind | None) -> None:
    ref = parse_reference(text, [1], detect_styles=detect)
    assert ref.title == title
    if kind is not None:
        assert ref.kind is kind


# --- linear on hostile lines ---

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "Smith, A., " * (n // 11), id="names"),
    pytest.param(lambda n: "A. Smith, " * (n // 10), id="given-first"),
    pytest.param(lambda n: "Smith " * (n // 6), id="words"),
    pytest.param(lambda n: "A." * (n // 2), id="initials"),
    pytest.param(lambda n: "Title. " * (n // 7), id="sentences"),
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda t: year_period_parse(t + ", 2020. Title. J. X. 1, 2."), id="year"),
        pytest.param(lambda t: given_parse(t + " and A B (2020). Title."), id="given"),
        pytest.param(lambda t: endnote_parse(t + ", Title. J, 2020. 1: p. 2."), id="endnote"),
    ],
)
def test_new_shapes_are_linear(line: Line, call: Callable[[str], object]) -> None:
    assert_linear(call, line)
