"""Fix 19b: a standard cited by its title then its designation (the designation is no
title, no one its author); a German legal note's article (family name, title, journal
volume (year), page) read with its author and journal, not as Harvard names."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.standard_designation import standard_designation


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "IEEE Standard for Binary Arithmetic Units, IEEE Std 1999-2011, 2011.",
            "IEEE Standard for Binary Arithmetic Units",
            2011,
        ),
        (
            "Geographic information, Metadata, ISO 19115-1:2014.",
            "Geographic information, Metadata",
            2014,
        ),
        (
            "Eurocode 7: Geotechnical design, BS EN 1997-1:2004, 2004.",
            "Eurocode 7: Geotechnical design",
            2004,
        ),
        (
            "Programming languages, C++, ISO/IEC 14882:2020.",
            "Programming languages, C++",
            2020,
        ),
    ],
    ids=["ieee-std", "iso-part-year", "bs-en", "iso-iec"],
)
def test_standard_title_then_designation(text: str, title: str, year: int) -> None:
    ref = _parse(text)
    assert (ref.title, ref.authors, ref.year, ref.host) == (title, (), year, None)
    assert ref.kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("IEEE Std 802.11-2020", True),
        ("ANSI/IEEE Std 1003.1-1988", True),
        ("DIN EN ISO 9001:2015", True),
        ("ASTM D638-14", True),
        ("IEEE Standard for Floating Numbers", False),
        ("ISO week numbering", False),
        ("Vol 12", False),
    ],
    ids=["ieee-dotted", "ansi-ieee", "din-en-iso", "astm", "title", "words", "volume"],
)
def test_standard_designation(text: str, want: bool) -> None:
    assert standard_designation(text) is want


@pytest.mark.parametrize(
    ("text", "authors", "title", "host", "volume", "year", "pages"),
    [
        (
            "Brandl, Risk and the Court, Human Rights Law Review 21 (2021), 301 ff.",
            ("Brandl",),
            "Risk and the Court",
            "Human Rights Law Review",
            "21",
            2021,
            "301",
        ),
        (
            "Vogt, Haftung im Umweltrecht, Juristenzeitung 70 (2015), 88.",
            ("Vogt",),
            "Haftung im Umweltrecht",
            "Juristenzeitung",
            "70",
            2015,
            "88",
        ),
        (
            "Kern/Albers, Klimaschutz als Grundrecht, NVwZ 2021, 1150, 1152.",
            ("Kern", "Albers"),
            "Klimaschutz als Grundrecht",
            "NVwZ",
            None,
            2021,
            "1150",
        ),
    ],
    ids=["volume-year-ff", "one-word-journal", "two-authors-year-only"],
)
def test_german_legal_article(
    text: str,
    authors: tuple[str, ...],
    title: str,
    host: str,
    volume: str | None,
    year: int,
    pages: str,
) -> None:
    ref = _parse(text)
    assert (ref.authors, ref.title, ref.host, ref.volume, ref.year, ref.pages) == (
        authors,
        title,
        host,
        volume,
        year,
        pages,
    )
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    "text",
    [
        "Stadtbuch, Abt. 2, hg. von Ulf Berg, Wismar 1910, S. 8.",
        "Zunftrolle, Teil 1, hg. von Ada Kuhn, Stralsund 1923, S. 40-44.",
    ],
    ids=["place-year-page", "place-year-page-range"],
)
def test_a_place_and_year_is_no_journal(text: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.host is None
    assert ref.authors == ()
