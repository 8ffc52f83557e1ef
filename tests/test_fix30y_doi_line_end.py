"""A DOI broken at a line end in pdftotext output is joined whole.

A hyphen at the break between two digits (``…/TSE.2019.29-`` / ``12345``) was added by
the typesetter: a number is not hyphenated by the DOI's registrant, except in an ISSN's
shape (``1742-6596``, Elsevier's ``S0140-6736…``) or in a DOI that has hyphens of its own
elsewhere (Springer's ``978-3-030-…``).  A hyphen after a letter (``abc-`` / ``def``) is
kept: url.sty, hyperref's and biblatex's ``\\url``/``\\doi`` break an address without
adding a hyphen, and pdftotext prints what was set (README, "PDF text").
"""

from __future__ import annotations

import pytest

from bibcheck.readers.linewrap import join_wrapped_urls
from bibcheck.readers.pdftext import read
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("line", "following", "doi"),
    [
        # a number broken by the typesetter: the hyphen goes
        ("https://doi.org/10.1109/TSE.2019.29-", "12345.", "https://doi.org/10.1109/TSE.2019.2912345"),
        ("doi: 10.1145/3377811.33-", "80362", "10.1145/3377811.3380362"),
        ("DOI 10.1109/ACCESS.2021.30-", "98765 (2021).", "10.1109/ACCESS.2021.3098765"),
        # a break after a dot: no hyphen to take back
        ("doi:10.1016/j.cell.2020.", "01.001", "10.1016/j.cell.2020.01.001"),
        # hyphens of the DOI's own: kept
        ("doi: 10.5555/abc-", "def", "10.5555/abc-def"),
        ("https://doi.org/10.1016/S0140-", "6736(20)30183-5", "https://doi.org/10.1016/S0140-6736(20)30183-5"),
        ("doi:10.1088/1742-", "6596/1234/1/012345", "10.1088/1742-6596/1234/1/012345"),
        ("https://doi.org/10.1007/978-3-030-12-", "345-6_7", "https://doi.org/10.1007/978-3-030-12-345-6_7"),
        ("doi:10.5555/x12-", "34-b", "10.5555/x12-34-b"),
        # not a DOI: an address's hyphen is the address's
        ("https://example.org/reports/2019-", "2020/summary.pdf", "https://example.org/reports/2019-2020/summary.pdf"),
    ],
)  # fmt: skip
def test_doi_joined_over_the_line_end(line: str, following: str, doi: str) -> None:
    _, joins = join_wrapped_urls([(line, 1), (following, 2)])
    assert [url for _, url in joins] == [doi]


IEEE = (
    "Checking Builds at Scale\n\n"
    "Flaky tests waste build time [1]. Caches help [2].\n\n"
    "References\n"
    "[1] A. Moro and B. Tan, “Flaky tests in the wild,” IEEE Trans. Softw. Eng.,\n"
    "vol. 47, no. 3, pp. 1–14, 2021, doi: 10.1109/TSE.2019.29-\n"
    "12345.\n"
    "[2] C. Lindqvist, “Build caches,” Cell Syst., vol. 9, pp. 3–9, 2020,\n"
    "doi: 10.1016/j.cels.2020.\n"
    "01.001.\n"
)


def test_pdf_text_entries_have_whole_dois() -> None:
    entries = {e.label: e.text.replace("\n", " ") for e in read(IEEE).literature}
    assert "10.1109/TSE.2019.2912345" in entries["1"]
    assert "10.1016/j.cels.2020.01.001" in entries["2"]


def test_long_line_is_linear() -> None:
    assert_linear(
        lambda line: join_wrapped_urls([(line, 1), ("2" * (len(line) // 2), 2)]),
        lambda n: "doi:10.5555/" + "1-" * (n // 2),
    )
