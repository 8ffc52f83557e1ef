"""fix73g: an Act of Parliament cited with its regnal year and chapter (:mod:`.regnal_statutes`).

The citation in parentheses or after a comma is no part of the title and its stops end no
sentence; a short title holds its year (written with no comma), a long title ("An Act to
…") does not; the Act is a ``report``.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.regnal_statutes import regnal_statute

_CASES = [
    # (text, title, year)
    ("Public Health Act, 1875 (38 & 39 Vict. c. 55).", "Public Health Act 1875", 1875),
    ("Factory Act 1833 (3 & 4 Will. IV, c. 103).", "Factory Act 1833", 1833),
    ("Poor Law Amendment Act, 1834, 4 & 5 Will. 4, c. 76.", "Poor Law Amendment Act 1834", 1834),
    (
        "Contagious Diseases Act, 1866 (29 & 30 Vict. c. 35), s. 15.",
        "Contagious Diseases Act 1866",
        1866,
    ),
    (
        "Public Health (Scotland) Act, 1867 (30 & 31 Vict. c. 101).",
        "Public Health (Scotland) Act 1867",
        1867,
    ),
    (
        "Representation of the People Act 1918 (7 & 8 Geo. 5 c. 64).",
        "Representation of the People Act 1918",
        1918,
    ),
    ("Metropolitan Poor Act (30 Vict. c. 6).", "Metropolitan Poor Act", None),
    (
        "An Act for the Better Regulation of Mills and Factories, 1844 (7 & 8 Vict. c. 15).",
        "An Act for the Better Regulation of Mills and Factories",
        1844,
    ),
    (
        "An Act to Amend the Laws Relating to Burials, and to Make Provision for Cemeteries,"
        " 1852 (15 & 16 Vict. c. 85).",
        "An Act to Amend the Laws Relating to Burials, and to Make Provision for Cemeteries",
        1852,
    ),
    (
        "An Act to Prevent the Spreading of Contagious Disorders (13 Geo. III, c. 78).",
        "An Act to Prevent the Spreading of Contagious Disorders",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), _CASES)
@pytest.mark.parametrize("note", [True, False])
def test_regnal_act_title_year_kind(text: str, title: str, year: int | None, note: bool) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


@pytest.mark.parametrize(
    "text",
    [
        # no regnal citation: the other statute rules' to read
        "Housing Act 1988 (c. 50), s. 21.",
        "Land Control Act, 1967 (Cap. 302).",
        # a book about an Act, its title no Act's
        "Jane Roe, The Factory Acts and Their Critics (London: Methuen, 1901), 12.",
        # a regnal citation after prose, no title before it
        "See 5 & 6 Vict., c. civ (1842).",
    ],
)
def test_not_a_regnal_citation(text: str) -> None:
    assert regnal_statute(text) is None


def test_other_statutes_as_before() -> None:
    ref = parse_reference("Land Control Act, 1967 (Cap. 302).", [1], detect_styles=True, note=True)
    assert (ref.title, ref.year) == ("Land Control Act", 1967)
