"""Bibliography entries whose italic title marks where the names end, and standards cited
by their designation (:mod:`bibcheck.parse.references.italic_titled`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.italic_titled import parse


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "ISO 9001:2015, _Quality management systems — Requirements_",
            "Quality management systems — Requirements",
            2015,
        ),
        (
            "IEC 61508-1:2010, _Functional safety — Part 1: General requirements_",
            "Functional safety — Part 1: General requirements",
            2010,
        ),
        (
            "ISO/IEC 27001:2022, *Information security management systems*",
            "Information security management systems",
            2022,
        ),
        (
            "DIN EN ISO 14971:2022-04, _Medical devices — Application of risk management_",
            "Medical devices — Application of risk management",
            2022,
        ),
        (
            "IEEE Std 1003.1-2017, _Portable Operating System Interface_",
            "Portable Operating System Interface",
            2017,
        ),
        (
            "BS 7671:2018+A2:2022, _Requirements for Electrical Installations_",
            "Requirements for Electrical Installations",
            2018,
        ),
    ],
    ids=["iso", "iec-part", "joint-markdown", "din-en-iso", "ieee-std", "amended"],
)
def test_standard_designation(text: str, title: str, year: int) -> None:
    ref = _parse(text)
    assert ref.authors == ()
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Sousa Pinto, R., Alves, F., _Corrosion of rail fastenings in coastal lines_, "
            "Engineering Structures, 41(2), 2018, 77–90",
            ("Sousa Pinto, R.", "Alves, F."),
            "Corrosion of rail fastenings in coastal lines",
            2018,
        ),
        (
            "Berners, T., Masinter, L., Kline, P. (eds.), _Uniform Resource Names_, IETF "
            "RFC 8141, April 2017.",
            ("Berners, T.", "Masinter, L.", "Kline, P."),
            "Uniform Resource Names",
            2017,
        ),
        (
            "Holm, A., van der Berg, K., and Diaz Ortega, J. M., *Signal timing for "
            "level crossings*, Transport Reviews, 9(1), 2020, 5–19",
            ("Holm, A.", "van der Berg, K.", "Diaz Ortega, J. M."),
            "Signal timing for level crossings",
            2020,
        ),
        (
            "Kerr, M., Oyelaran Cole, B., eds., __Track geometry handbook__, Leeds, 2011.",
            ("Kerr, M.", "Oyelaran Cole, B."),
            "Track geometry handbook",
            2011,
        ),
    ],
    ids=["two-word-surname", "editors-in-parens", "markdown-and", "editors-after-comma"],
)
def test_names_end_at_italic_title(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = _parse(text)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J., Title without italics, Journal, 3(1), 2019, 4–9",
        "The _Guardian_ survey of rail users, 2020",
        "Holm, A., a note on _Signal timing_, 2020",
    ],
    ids=["no-italics", "italic-inside-prose", "prose-before-title"],
)
def test_other_shapes_left_alone(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "ISO 690:2010, Information and documentation — Guidelines for bibliographic references",
            "Information and documentation — Guidelines for bibliographic references",
            2010,
        ),
        (
            "ISO 31000:2018, Risk management — Principles, guidelines and vocabulary",
            "Risk management — Principles, guidelines and vocabulary",
            2018,
        ),
        (
            "EN 1991-1-4:2005, Wind actions on structures, CEN, Brussels, 2005.",
            "Wind actions on structures",
            2005,
        ),
        (
            "ISO 14001:2015. Environmental management systems. Geneva: ISO; 2015.",
            "Environmental management systems",
            2015,
        ),
        (
            "ETSI EN 303 645 V2.1.1, Cyber security for consumer internet of things",
            "Cyber security for consumer internet of things",
            None,
        ),
        (
            "ITU-T X.509, Information technology — Open systems interconnection",
            "Information technology — Open systems interconnection",
            None,
        ),
    ],
    ids=[
        "iso-normative",
        "comma-in-title",
        "publisher-place-year",
        "vancouver-like",
        "spaced-number",
        "letter-dot-number",
    ],
)
def test_standard_without_italics(text: str, title: str, year: int | None) -> None:
    ref = _parse(text)
    assert ref.authors == ()
    assert ref.title == title
    assert ref.year == year
