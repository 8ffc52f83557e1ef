"""Bluebook article citations with three or more authors, written ``First author et al.``
(issue 11): authors, title, volume, journal, pinpoint and year.  A book with ``et al.`` and
a Dutch edition mark is not taken for Bluebook's."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.parse.references import parse_reference


def case(text: str, id: str, **expected: Any) -> Any:  # noqa: A002
    return pytest.param(text, expected, id=id)


CASES = [
    case(
        "Jane Q. Doe et al., Pricing Bots and Tacit Collusion, 98 Tex. L. Rev. 501, 512–20 (2019).",
        "law-review-et-al",
        style="bluebook",
        title="Pricing Bots and Tacit Collusion",
        volume="98",
        host="Tex. L. Rev.",
        pages="512–20",
        year=2019,
    ),
    case(
        "See Mark Lee et al., Markets, Machines, and Cartels, 45 J. Econ. Persp. 77 (2021).",
        "economics-journal-comma-title-et-al",
        style="bluebook",
        title="Markets, Machines, and Cartels",
        volume="45",
        pages="77",
        year=2021,
    ),
    case(
        "Pieter de Boer et al., Handboek Kustwaterbouw, 3e druk (2015).",
        "dutch-book-not-bluebook",
        year=2015,
    ),
    # a periodical or web piece: the site is the last part before the dated parentheses
    case(
        "Lena Ortiz et al., Sold by the Minute, The Markup (Oct. 4, 2022), https://themarkup.example/x.",
        "web-piece-et-al",
        style="bluebook",
        authors=("Lena Ortiz",),
        title="Sold by the Minute",
        host="The Markup",
        year=2022,
    ),
    case(
        "See Ann Roe, Ben Sun et al., Counting the Uncounted, Wash. Post (Mar. 9, 2021, 6:00 AM).",
        "news-two-names-et-al-time",
        style="bluebook",
        title="Counting the Uncounted",
        host="Wash. Post",
        year=2021,
    ),
    # Bluebook 17.2: the kind first, then the issuing agency or person, then the title
    case(
        "Press Release, Consumer Fin. Prot. Bureau, Bureau Sues Lender (June 3, 2023), https://cfpb.example/r.",
        "press-release-agency",
        style="bluebook",
        authors=("Consumer Fin. Prot. Bureau",),
        title="Bureau Sues Lender",
        year=2023,
    ),
    case(
        "News Release, Gov. Hana Morita, Statement on the Budget (Apr. 1, 2020).",
        "news-release-person",
        style="bluebook",
        authors=("Gov. Hana Morita",),
        title="Statement on the Budget",
        year=2020,
    ),
]


def test_book_with_edition_is_not_bluebook() -> None:
    ref = parse_reference(
        "Pieter de Boer et al., Handboek Kustwaterbouw, 3e druk (2015).", [1], detect_styles=True
    )
    assert ref.style != "bluebook"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bluebook_et_al(text: str, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    got = {name: getattr(ref, name) for name in expected}
    if "title" in got and got["title"]:
        got["title"] = got["title"].strip(" .,")
    assert got == expected
