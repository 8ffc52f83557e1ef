"""PDF-to-text: a marker glued to the full stop after a year ("approved in 1903.4") ends
the sentence; it is a marker as much as one after a word is, also where a two-column page
interleaved by the converter leaves it out of the markers' reading order.  A decimal
number is not."""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import read

FF = "\f"
HEAD = "Ferry Tolls\n\nWorking Paper 4\n\n"
NOTES = (
    "1 Harbour Board, Annual Report 1911, p. 3.\n"
    "2 Ferry Act 1890, s. 4.\n"
    "3 Port Ledger, vol. 2, f. 17.\n"
    "4 Town Council minutes, 3 May 1902.\n"
    "5 The tariff of 1904 is lost; we use the copy of 1906.\n"
    "6 Shipping Gazette, 12 June 1907, p. 2.\n"
    "7 Wardens' book, f. 9.\n"
)


def _document(fourth: str) -> str:
    # the right column's markers 5-7 stand between the left column's 2 and 3
    body = (
        "Tolls on the river ferries were set by the\n"
        "Harbour Board each spring.1 The Ferry Act\n"
        "gave it the power to do so.2 The clerks kept\n"
        "two ledgers, one for each bank.5 Tolls rose\n"
        "after the flood.6 The wardens kept a copy.7\n"
        "Ledgers survive for most years,3 and the\n"
        f"{fourth}"
    )
    return f"{HEAD}{body}\n\n{NOTES}\n1\n{FF}Ferry Tolls\n\nThe end of the paper.\n\n2\n{FF}"


@pytest.mark.parametrize(
    ("fourth", "line"),
    [
        pytest.param("Council approved a new tariff in 1903.4", 11, id="year-at-line-end"),
        pytest.param("Council approved it in 1903.4 Fares rose.", 11, id="year-then-sentence"),
        pytest.param("Council approved it in 1903.4 “Fares rose,” one said.", 11, id="quote"),
        pytest.param("Council approved a new tariff.4 Fares rose.", 11, id="word"),
        pytest.param("Council raised the fares by 1903.4 percent.", None, id="decimal"),
    ],
)
def test_marker_after_a_years_full_stop(fourth: str, line: int | None) -> None:
    markers = {m.label: m.line for m in read(_document(fourth)).markers}
    assert markers.get("4") == line
