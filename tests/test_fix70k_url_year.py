"""A number in a web address broken at a line end (``pdftotext``: ``…/handle/`` then
``2014/8065/kline.pdf`` on the next line) is no entry's year: the entry's other year, or
none, never a malformed year "8065".  Every entry here is written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, Reference
from bibcheck.parse.references import parse_reference


def parse(text: str) -> Reference:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return parse_reference(text, starts, detect_styles=True)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a handle's numbers on the line after the break, the year before the address
        (
            "Kline, M. The river remembers. Harbour University, 2011. "
            "https://repo.harbour.edu/handle/\n2014/8065/kline.pdf",
            2011,
        ),
        # no year at all: none, never the handle's number
        (
            "Kline, M. The river remembers. Harbour University. "
            "https://repo.harbour.edu/handle/2014/\n8065/kline.pdf",
            None,
        ),
        # an eprint's number and its file
        (
            "Varga, P. Exit strategies. Northern University, 2009. "
            "https://eprints.northern.ac.uk/\n4074/1/Exit.pdf",
            2009,
        ),
        (
            "Varga, P. Exit strategies. Working paper. https://eprints.northern.ac.uk/\n"
            "4074/1/Exit.pdf",
            None,
        ),
        # German and French entries of the same shape
        (
            "Müller, K. Flussbilder. Universität Harbour, 2012. Online: "
            "https://repo.harbour.de/handle/\n2014/8065/mueller.pdf",
            2012,
        ),
        (
            "Dupont, J. Les ponts du Nord. Université du Nord, 2007. En ligne : "
            "https://hal.nord.fr/\n1998/2/ponts.pdf",
            2007,
        ),
    ],
)
def test_no_year_from_an_address_path(text: str, year: int | None) -> None:
    ref = parse(text)
    assert ref.year == year
    assert ref.year_raw == (None if year is None else str(year))
    assert AnomalyCode.YEAR_MALFORMED not in {a.code for a in ref.anomalies}
