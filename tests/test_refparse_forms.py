"""Reference shapes beyond the named styles, as real bibliographies write them: names
first ending in a period (BibTeX plain/abbrv, ACM, Sphinx), italic titles (``*Title*``,
``_Title_``), ``Names, Title, Year`` link lists, organisations as authors, Vancouver
``et al.`` and corporate authors, Wikipedia's ``Last, First (12 June 1996).``, Harvard
titles in curly quotes with apostrophes inside, and contributors after a Chicago title.

Every reference here was written for these tests.  Each case is read with and without
style detection unless it says otherwise; only the fields named are compared (authors as
written).
"""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


def _check(text: str, expected: dict[str, Any], detect: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    for name, want in expected.items():
        got = list(ref.authors) if name == "authors" else getattr(ref, name)
        assert got == want, name


BOTH = pytest.mark.parametrize("detect", [False, True], ids=["plain", "styles"])

NAMES_FIRST = [
    pytest.param(
        "Helen K. Ashby. Tidal Power and Estuaries, 3rd ed. Kestrel Press, Leeds, 2011.",
        {"authors": ["Helen K. Ashby"], "title": "Tidal Power and Estuaries", "year": 2011},
        id="one-name-edition",
    ),
    pytest.param(
        "Oskar Lindqvist, Aino Mäkelä, Pieter van Dam. Ice Loads on Piers. In _Proc. "
        "Harbour Eng. '09_, 40–48, 2009.",
        {
            "authors": ["Oskar Lindqvist", "Aino Mäkelä", "Pieter van Dam"],
            "title": "Ice Loads on Piers",
            "year": 2009,
        },
        id="three-names",
    ),
    pytest.param(
        "Grace Hartley Moore. _A History of the Pilot Boats_. PhD thesis, University of Hull, 1998.",
        {"authors": ["Grace Hartley Moore"], "title": "A History of the Pilot Boats", "year": 1998},
        id="middle-name-italic-title",
    ),
    pytest.param(
        "T. Okafor. Sediment budgets of small harbours. _Coastal Review_ 12(2):10–19, 2004.",
        {"authors": ["T. Okafor"], "title": "Sediment budgets of small harbours", "year": 2004},
        id="initial-first",
    ),
    pytest.param(
        "Ravi Menon, Lucia Ortega (eds.), _Port Handbook_, Report 77, May 2015.",
        {"authors": ["Ravi Menon", "Lucia Ortega"], "title": "Port Handbook", "year": 2015},
        id="editors-italic",
    ),
    pytest.param(
        # (a document's version is its title's: tests/corpus/README.md, round 73)
        "Aline Roux. Quays: A Field Guide, version 2.1, 2020.",
        {"authors": ["Aline Roux"], "title": "Quays: A Field Guide, version 2.1", "year": 2020},
        id="version-after-title",
    ),
    pytest.param(
        "Harbour Cranes. London: Dockside Press, 2001.",
        {"authors": [], "title": "Harbour Cranes"},
        id="title-then-publisher-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_FIRST)
@BOTH
def test_names_first(text: str, expected: dict[str, Any], detect: bool) -> None:
    _check(text, expected, detect)


OTHER_FORMS = [
    pytest.param(
        "Marine Safety Agency. Guidance on Mooring Lines. MSA Note 12, 2016.",
        {"authors": ["Marine Safety Agency"], "title": "Guidance on Mooring Lines", "year": 2016},
        id="org-first",
    ),
    pytest.param(
        "Федеральное агентство морского транспорта. Реестр морских портов. 2022.",
        {"title": "Реестр морских портов"},
        id="ru-org-first",
    ),
    pytest.param(
        "Central Archive of the Port Authority. Fonds 3. File 12.",
        {"title": "Central Archive of the Port Authority"},
        id="archive-is-no-org-author",
    ),
    pytest.param(
        'Lina Park, et al. "Berth scheduling with tides." ICML 2021.',
        {"authors": ["Lina Park"], "title": "Berth scheduling with tides", "year": 2021},
        id="name-et-al-quoted",
    ),
    pytest.param(
        "Open Harbour Data Group, Vessel Calls, 2024",
        {"authors": ["Open Harbour Data Group"], "title": "Vessel Calls", "year": 2024},
        id="comma-form-org",
    ),
    pytest.param(
        "А. Б. Котов и др., Навигация в устьях рек, 2012",
        {"authors": ["А. Б. Котов"], "title": "Навигация в устьях рек", "year": 2012},
        id="comma-form-ru-i-dr",
    ),
    pytest.param(
        "K. Dale et al., Do Ports Still Matter?, 2018",
        {"title": "Do Ports Still Matter?", "year": 2018},
        id="comma-form-question",
    ),
    pytest.param(
        "Port Board, *Report for the Year Ended June 30, 1911* (Leith: HMSO, 1911), 4.",
        {"title": "Report for the Year Ended June 30, 1911"},
        id="date-ending-title-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_FORMS)
@BOTH
def test_other_forms(text: str, expected: dict[str, Any], detect: bool) -> None:
    _check(text, expected, detect)


MORE = [
    pytest.param(
        'A. Mark Tully, "Pilots of the Humber", Hull History Society talk, 2011, '
        "<https://video.example.org/humber>.",
        {"authors": ["A. Mark Tully"], "title": "Pilots of the Humber", "year": 2011},
        id="initial-then-given-name",
    ),
    pytest.param(
        "Lee, K., and Park, J. (2004). *Inland Waterways*. Washington, DC: Harbor House.",
        {"kind": RefKind.BOOK, "title": "Inland Waterways", "year": 2004},
        id="apa-place-publisher-at-the-end",
    ),
    pytest.param(
        "Ingrid Solberg. Fjord Harbours, 2nd ed. Tapir, Trondheim, 2005.",
        {"kind": RefKind.BOOK, "title": "Fjord Harbours"},
        id="edition-makes-a-book",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
@BOTH
def test_more_forms(text: str, expected: dict[str, Any], detect: bool) -> None:
    _check(text, expected, detect)


STYLED = [
    pytest.param(
        "Ortega L, Brandt K, D'Souza M, O'Hara P, et al. Tide gauges in small ports. J Port "
        "Eng. 2019;7(2):40-6.",
        {"authors": ["Ortega L", "Brandt K", "D'Souza M", "O'Hara P"], "year": 2019},
        id="vancouver-et-al-apostrophes",
    ),
    pytest.param(
        "Harbour Safety Working Group, Committee on Pilotage, Council on Port Operations. "
        "Night pilotage. Port Saf. 2017;4(1):1-9.",
        {"title": "Night pilotage", "year": 2017},
        id="vancouver-corporate-long",
    ),
    pytest.param(
        "National Ports Office. Berth occupancy in winter [Internet]. Bristol: NPO; 2021 "
        "[cited 2023 Feb 2]. Available from: https://npo.example.org/berths",
        {"authors": ["National Ports Office"], "title": "Berth occupancy in winter", "year": 2021},
        id="vancouver-corporate-internet",
    ),
    pytest.param(
        'Berg, Ingrid (3 March 2004). "Siste ferje fra Hareid". Sunnmørsposten. p. 6.',
        {"authors": ["Berg, Ingrid"], "title": "Siste ferje fra Hareid", "year": 2004},
        id="wikipedia-news-date",
    ),
    pytest.param(
        "Moss, A. and Tait, R. (2015) ‘Dockers’ pensions and the state’, Labour Review, 9(2), "
        "pp. 11–30.",
        {"title": "Dockers’ pensions and the state", "host": "Labour Review"},
        id="harvard-plural-apostrophe",
    ),
    pytest.param(
        "Ray, J. (2001) ‘Tom’s harbour’, Port Review, 3(1), pp. 5–9.",
        {"title": "Tom’s harbour", "host": "Port Review"},
        id="harvard-possessive",
    ),
    pytest.param(
        "Ray, J. (2001) ‘Harbours’ in Field, A. (ed.) Ports. London: Routledge, pp. 1–9.",
        {"title": "Harbours", "host": "Ports"},
        id="harvard-plural-then-in",
    ),
    pytest.param(
        "Anna Vik, Salt and Ice: Norwegian Ports, 1850–1914, trans. Paul Berg (Oslo: Fjord "
        "Press, 2009), 12.",
        {
            "authors": ["Anna Vik"],
            "title": "Salt and Ice: Norwegian Ports, 1850–1914",
            "year": 2009,
        },
        id="chicago-translator",
    ),
    pytest.param(
        'Lund, K., Berg, T. (2012). "Harbour dues and the state." Maritime Policy 24: 45-53.',
        {"title": "Harbour dues and the state", "year": 2012},
        id="apa-quoted-title-with-period-inside",
    ),
    pytest.param(
        "AWWA (2016). *Water Loss Manual*, 4th ed. Denver: AWWA.",
        {"authors": ["AWWA"], "title": "Water Loss Manual", "year": 2016},
        id="apa-acronym-author-italic-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STYLED)
def test_styled_forms(text: str, expected: dict[str, Any]) -> None:
    _check(text, expected, detect=True)


NOTES = [
    pytest.param(
        "Harbour Safety Off., Mooring Incidents 2015–2020, at 7 (2021), https://hso.example.gov/m.",
        {"authors": ["Harbour Safety Off."], "title": "Mooring Incidents 2015–2020", "year": 2021},
        id="bluebook-institution",
    ),
    pytest.param(
        "Nat’l Ports Council, Dredging Costs 12 (2018).",
        {"authors": ["Nat’l Ports Council"], "title": "Dredging Costs", "pages": "12"},
        id="bluebook-institution-apostrophe",
    ),
    pytest.param(
        "See Maya Lund, Why Ferries Run Late, Harbour Weekly (Oct. 2, 2019), "
        "https://hw.example.com/late.",
        {"authors": ["Maya Lund"], "title": "Why Ferries Run Late", "host": "Harbour Weekly"},
        id="bluebook-periodical-dated",
    ),
    pytest.param(
        "Marine Statistics Office, Port Traffic Census 2021 (Statistical Bulletin SB-21/3, 2021), "
        "table 4.",
        {
            "authors": ["Marine Statistics Office"],
            "title": "Port Traffic Census 2021",
            "year": 2021,
        },
        id="chicago-organisation-report",
    ),
    pytest.param(
        "M. Ortega, F. Van den Berg, and L. De Souza, “Ice on quays,” Cold Reg. Sci., vol. 9, "
        "pp. 1–9, 2015.",
        {"authors": ["M. Ortega", "F. Van den Berg", "L. De Souza"], "title": "Ice on quays"},
        id="ieee-capitalised-particles",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTES)
def test_notes_of_institutions_and_periodicals(text: str, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    for name, want in expected.items():
        got = list(ref.authors) if name == "authors" else getattr(ref, name)
        assert got == want, name


def test_decomposed_letters_are_read_as_composed() -> None:
    """A PDF converter writes "Mu\u0308ller"; the name is read, the text kept as written."""
    import unicodedata

    text = unicodedata.normalize(
        "NFD", "Jörg Müller, Häfen der Ostsee (Kiel: Förde Verlag, 2011), 14."
    )
    ref = parse_reference(text, (1,), note=True)
    assert ref.raw == text
    assert (ref.authors, ref.title, ref.year) == (("Jörg Müller",), "Häfen der Ostsee", 2011)
