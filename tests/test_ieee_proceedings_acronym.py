"""IEEE entries whose proceedings carry their acronym and year in parentheses
(``in Proc. Harbour Informatics (HARBINF 2019), ser. LNCS, vol. 1234. Cham: Springer``):
the parentheses are no OSCOLA book's publication facts (entries written for the tests)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

CASES = [
    (
        "K. Rowe, L. Finch, M. Dale, and N. Ash, “Silent data loss in tide archives: A"
        " survey,” in Research in Harbour Informatics (HARBINF 2019), ser. LNCS, vol. 11402."
        " Cham: Springer, 2019, pp. 88–104.",
        ("K. Rowe", "L. Finch", "M. Dale", "N. Ash"),
        "Silent data loss in tide archives: A survey",
        2019,
    ),
    (
        "P. Lamb and Q. Moss, “Ledger checks for pier sensors,” in Computer Safety,"
        " Reliability, and Security (SAFECOMP 2021). Cham: Springer, 2021, pp. 3–17.",
        ("P. Lamb", "Q. Moss"),
        "Ledger checks for pier sensors",
        2021,
    ),
    (
        "R. Hale, “Buoys that lie,” in Proc. 7th Workshop on Coastal Data (WCD 2018),"
        " Oban, UK, 2018, pp. 1–6.",
        ("R. Hale",),
        "Buoys that lie",
        2018,
    ),
]


@pytest.mark.parametrize(("raw", "authors", "title", "year"), CASES)
def test_an_acronym_and_year_in_parentheses_is_no_book_fact(
    raw: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(raw, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)


def test_an_oscola_book_is_still_a_book() -> None:
    ref = parse_reference("Hannah Lowe, Harbour Law (2nd edn, OUP 2020)", [1])
    assert (ref.authors, ref.title, ref.year) == (("Hannah Lowe",), "Harbour Law", 2020)
