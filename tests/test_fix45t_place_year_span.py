"""Fix 45t: a work's facts of a place alone and a span of years in its closing parentheses,
``(Leeds, 1990–2000)``, date it by the first year, in a bibliography entry (Chicago's
bibliography form, the facts written as a note writes them) as in a note; the title ends
before the parentheses.  A span that is no imprint's stays the work's own date.  Texts
written for this test."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import chicago, parse_reference
from bibcheck.parse.references.fields import span_start

# text, note?, title, year
CASES = {
    "bib-place-span": (
        "Holt, A. Mills of the Dales (Leeds, 1890–1910).",
        False,
        "Mills of the Dales",
        1890,
    ),
    "bib-place-span-as-note": (
        "Holt, A. Mills of the Dales (Leeds, 1890–1910).",
        True,
        "Mills of the Dales",
        1890,
    ),
    "bib-place-publisher-span": (
        "Reed, Tom. Harbour Works (Hull: Dock Press, 1901–1909).",
        False,
        "Harbour Works",
        1901,
    ),
    "bib-place-year": (
        "Holt, A. Mills of the Dales (Leeds, 1890).",
        False,
        "Mills of the Dales",
        1890,
    ),
    "bib-sentence-facts": (
        "Reed, Tom. Harbour Works. Hull: Dock Press, 1901–1909.",
        False,
        "Harbour Works",
        1901,
    ),
    "note-place-span": ("Ann Holt, Mills of the Dales (Leeds, 1890–1910), 45.", True, None, 1890),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_place_and_span_date_by_first_year(name: str) -> None:
    text, note, title, year = CASES[name]
    ref = parse_reference(text, [0], note=note, detect_styles=True)
    assert ref.year == year, ref
    if title is not None:
        assert ref.title == title, ref


def test_a_span_that_is_no_imprint_is_the_works_date() -> None:
    assert span_start("Report on the Docks, 1990–2000.", "2000") == "2000"
    assert span_start("(Leeds, 1890–1910)", "1910") == "1890"


# the Chicago parser's own reading, bibliography form and note form
CHICAGO = {
    "bibliography": ("Holt, A. Mills of the Dales (Leeds, 1890–1910).", "Mills of the Dales", 1890),
    "note": ("Ann Holt, Mills of the Dales (Leeds, 1890–1910), 45.", "Mills of the Dales", 1890),
    "title-parenthesis-kept": (
        "Holt, A. Mills (and Weirs) of the Dales. Leeds: Loom, 1970.",
        "Mills (and Weirs) of the Dales",
        1970,
    ),
}


@pytest.mark.parametrize("name", sorted(CHICAGO))
def test_chicago_reads_the_closing_facts(name: str) -> None:
    text, title, year = CHICAGO[name]
    fields = chicago.parse(text)
    assert fields is not None
    assert fields.title == title and fields.year.year == year
