"""URLs and DOIs wrapped over lines (by pdftotext or a fixed-width column) joined again."""

from __future__ import annotations

import pytest

from bibcheck.readers.linewrap import join_wrapped_urls, url_continues


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        pytest.param(
            "accessed 3 May 2022, https://www.harbours.example.gov.uk/dues-and-",
            "charges/2021/schedule.pdf",
            True,
            id="after-slash-path-follows",
        ),
        pytest.param(
            "Available: https://data.",
            "portauthority.example.org/tonnage/",
            True,
            id="after-dot-host-follows",
        ),
        pytest.param("Available: https:", "//www.example.org/x", True, id="scheme-alone"),
        pytest.param(
            "https://www.example.org/reports/",
            "    annual-report-2019 (accessed 1 June 2020)",
            True,
            id="indented-slug-before-bracket",
        ),
        pytest.param("DOI: 10.5555/2041-", "9945-2019-4-12.", True, id="doi-after-hyphen"),
        pytest.param("doi:10.5555/jpe.", "2019.0417", True, id="doi-after-dot"),
        pytest.param("https://www.example.org/guide/", "part_two", True, id="word-alone"),
        pytest.param("https://example.org/x/", "Accessed 2 June 2023.", False, id="sentence"),
        pytest.param("see https://example.org/x/", "and the minutes", False, id="prose"),
        pytest.param("https://example.org/report.", "2023.", False, id="year-after-end"),
        pytest.param(
            "https://doi.org/10.5281/zenodo.", "4411023 (2021).", True, id="doi-record-number"
        ),
        pytest.param("doi:10.5555/plos.one.", "0240117", True, id="doi-seven-digits"),
        pytest.param("https://doi.org/10.5281/zenodo.", "2021.", False, id="doi-then-year"),
        pytest.param("https://example.org/report.", "4411023", False, id="no-doi-number"),
        pytest.param("https://example.org/a.", "doi:10.1/x", False, id="new-address"),
        pytest.param("https://example.org/a.", "www.example.net/b", False, id="new-www"),
        pytest.param("https://example.org/page", "two/three", False, id="address-ended"),
        pytest.param("Smith, The Ports of 1850-", "1900/1910", False, id="no-address"),
        pytest.param("https://example.org/e.g.", "e.g. the first", False, id="abbreviation"),
    ],
)
def test_url_continues(line: str, following: str, joined: bool) -> None:
    assert url_continues(line, following) is joined


def test_join_keeps_the_first_line_and_reports_the_address() -> None:
    parts = [
        ("Port of Tyne, Annual tonnage, https://www.tyne.example/", 10),
        ("    statistics/2020-tonnage.xlsx (accessed 4 May 2021).", 11),
        ("A second sentence.", 12),
    ]
    joined, joins = join_wrapped_urls(parts)
    assert joined == [
        (
            "Port of Tyne, Annual tonnage, https://www.tyne.example/statistics/2020-tonnage.xlsx"
            " (accessed 4 May 2021).",
            10,
        ),
        ("A second sentence.", 12),
    ]
    assert joins == [(10, "https://www.tyne.example/statistics/2020-tonnage.xlsx")]


def test_join_over_three_lines() -> None:
    parts = [("Available:", 1), ("https:", 2), ("//www.example.org/a/", 3), ("b/c.pdf", 4)]
    joined, joins = join_wrapped_urls(parts)
    assert joined == [("Available:", 1), ("https://www.example.org/a/b/c.pdf", 2)]
    assert [line for line, _ in joins] == [2, 2]
