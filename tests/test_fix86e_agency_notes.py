"""Agencies' publications and data releases in full notes and author-date lists (round 86):
bodies listed before the title, a database named after its owner, a release's version after
its bracketed designator, the United Nations' agencies publishing their own works."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import chicago, parse_reference
from bibcheck.parse.references.reportkind import development_institution_work
from tests.test_regex_growth import assert_linear


def _note(text: str) -> tuple[tuple[str, ...], str | None, RefKind]:
    ref = parse_reference(text, [0], note=True)
    return ref.authors, ref.title, ref.kind


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        ("UNEP, UNDP and WMO, Cold Winds over the Delta: A Regional Outlook (Nairobi: UNEP, "
         "2019), 4-9.", ("UNEP, UNDP and WMO",), "Cold Winds over the Delta: A Regional Outlook"),
        ("OECD, IEA, ILO & IMF, Paying for Bridges in Small States (Paris: OECD, 2021), 12.",
         ("OECD, IEA, ILO & IMF",), "Paying for Bridges in Small States"),
        ("Arkadian Water Authority, Riverside Health Agency and Lakeland Council, Joint Plan "
         "for the Three Rivers (Arkadia: AWA, 2015).",
         ("Arkadian Water Authority", "Riverside Health Agency", "Lakeland Council"),
         "Joint Plan for the Three Rivers"),
    ],
)  # fmt: skip
def test_bodies_before_the_title(text: str, authors: tuple[str, ...], title: str) -> None:
    got = _note(text)
    assert (got[0], got[1]) == (authors, title)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        # a body and a title with "and" in it: no list of bodies
        ("Ministry of Fisheries, Annual Returns and Accounts (London: HMSO, 1991), 3.",
         ("Ministry of Fisheries",), "Annual Returns and Accounts"),
        # persons, no bodies
        ("Clara Moss, Olaf Lind and Ana Cruz, Rivers of the North (Oslo: Nordbok, 2010), 5.",
         ("Clara Moss", "Olaf Lind", "Ana Cruz"), "Rivers of the North"),
        # two bodies joined by "and": one name, as before
        ("FAO and WHO, Cold Stores (Rome: FAO, 2020), 5.", ("FAO and WHO",), "Cold Stores"),
    ],
)  # fmt: skip
def test_not_a_list_of_bodies(text: str, authors: tuple[str, ...], title: str) -> None:
    got = _note(text)
    assert (got[0], got[1]) == (authors, title)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        ("ILO, ILOSTAT: Employment by Sector (1991-) [data set], release of May 2024 (Geneva: "
         "ILO, 2024), https://ilostat.example.org/data, accessed 3 June 2024.",
         ("ILO",), "ILOSTAT: Employment by Sector (1991-)"),
        ("WHO, WHOSIS: Mortality Tables [data set] (Geneva: WHO, 2022), "
         "https://whosis.example.org/, accessed 3 June 2023.",
         ("WHO",), "WHOSIS: Mortality Tables"),
    ],
)  # fmt: skip
def test_database_after_its_owner(text: str, authors: tuple[str, ...], title: str) -> None:
    got = _note(text)
    assert (got[0], got[1]) == (authors, title)


def test_din_names_in_capitals_still_read() -> None:
    ref = parse_reference("KRÜGER, Anne: Wasser im Dorf. Weimar, Universität, 2018", [0])
    assert ref.authors == ("Krüger, Anne",)


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        ("Statistics Office of Arkadia, Arkadia Living Standards Survey 2015-2016 [microdata], "
         "version 2.1 (Arkadia City: SOA; Geneva: Data Library, 2018), "
         "https://data.example.org/catalog/77.",
         "Arkadia Living Standards Survey 2015-2016", RefKind.WEB),
        ("Statistics Office of Arkadia (2018) Arkadia Labour Survey 2016 [microdata], version "
         "1.4. Geneva: Data Library. Available at: https://data.example.org/catalog/78.",
         "Arkadia Labour Survey 2016", RefKind.WEB),
        ("Instituto de Estadística de Arcadia (2019) Encuesta de Hogares 2018 [microdatos], "
         "versión 2.0. Arcadia: IEA. Disponible en: https://datos.example.org/eh2018.",
         "Encuesta de Hogares 2018", RefKind.WEB),
        # a document's version after a comma stays its title's (round 73, convention 1)
        ("Arkadia Instruments, Pump Controller: User's Manual, version 4.2 (Arkadia: "
         "Arkadia Instruments, 2020), 12.",
         "Pump Controller: User's Manual, version 4.2", None),
    ],
)  # fmt: skip
def test_release_version_after_designator(text: str, title: str, kind: RefKind | None) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.title == title
    if kind is not None:
        assert ref.kind is kind


@pytest.mark.parametrize(
    ("authors", "publisher", "want"),
    [
        (("UNEP, UNDP and WMO",), "UNEP", True),
        (("FAO", "IFAD", "WFP"), "IFAD", True),
        (("World Food Programme",), "WFP", True),
        (("United Nations Children's Fund",), "United Nations Children's Fund", True),
        (("Food and Agriculture Organization of the United Nations",),
         "Food and Agriculture Organization of the United Nations", True),
        # near-misses: a society's joint book, a publisher of another name, one body alone
        (("AERA, APA and NCME",), "AERA", False),
        (("UNEP, UNDP and WMO",), "Earthscan", False),
        (("World Food Programme",), "Routledge", False),
        (("WHO",), "WHO", False),
        (("Clara Moss and Olaf Lind",), "WFP", False),
    ],
)  # fmt: skip
def test_agency_own_publication(authors: tuple[str, ...], publisher: str, want: bool) -> None:
    assert development_institution_work(authors, publisher) is want


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("UNEP, UNDP and WMO, Cold Winds over the Delta (Nairobi: UNEP, 2019), 4.",
         RefKind.REPORT),
        ("World Food Programme, Market Monitoring in Small Towns: Technical Note, 2nd edn "
         "(Rome: WFP, 2020).", RefKind.REPORT),
        ("Clara Moss, Markets of the North (London: Routledge, 2020), 4.", RefKind.BOOK),
    ],
)  # fmt: skip
def test_agency_note_kind(text: str, kind: RefKind) -> None:
    assert _note(text)[2] is kind


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (lambda t: chicago._bodies_note(t), lambda n: "ABC, " * (n // 5) + "Title (Rome: X, 2020)"),
        (lambda t: chicago._bodies_note(t), lambda n: "Ab Cd, " * (n // 7)),
        (lambda t: parse_reference(t, [0]), lambda n: "Title [microdata], " * (n // 19)),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)


@pytest.mark.parametrize(
    ("text", "note", "title", "kind"),
    [
        ("Clara Moss and Olaf Lind, Counting Wells in Dry Districts, Rural Water in Practice "
         "technical guide series (Nairobi: Water Institute, 2012), 4-9.", True,
         "Counting Wells in Dry Districts", RefKind.REPORT),
        ("Clara Moss, Pricing Grain in Small Markets, Market Policy Brief Series (Accra: "
         "Grain Council, 2019), 3.", True, "Pricing Grain in Small Markets", RefKind.REPORT),
        ("Moss, C. and Lind, O. (2012) Counting Wells in Dry Districts. Rural Water in "
         "Practice technical guide series. Nairobi: Water Institute.", False,
         "Counting Wells in Dry Districts", RefKind.REPORT),
        # near-misses: a publisher's book series, a title ending in "Series"
        ("Clara Moss, Counting Wells, Studies in Water History 4 (London: Routledge, 2012), 4.",
         True, "Counting Wells", RefKind.BOOK),
        ("Clara Moss, Lectures on Fourier and Power Series (London: Routledge, 2012), 4.",
         True, "Lectures on Fourier and Power Series", RefKind.BOOK),
    ],
)  # fmt: skip
def test_genre_series(text: str, note: bool, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [0], note=note)
    assert (ref.title, ref.kind) == (title, kind)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Title. " + "Ab Cd " * (n // 6) + "paper series.",
        lambda n: "Title, " * (n // 7) + "Ab technical guide",
    ],
)
def test_genre_series_linear(line: Callable[[int], str]) -> None:
    from bibcheck.parse.references.series import report_series, series_statement

    assert_linear(report_series, line)
    assert_linear(series_statement, line)
