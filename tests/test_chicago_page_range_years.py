"""Chicago-style entries whose year stands before the page range: the range's end is no
year (``17(10), 2019, pp. 5583-5607`` is 2019, not 5607 or none).  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            'Bianchi, Marco. "Analisi delle murature". _Ingegneria Sismica_, 17(10), 2019, pp. 5583-5607.',
            2019,
        ),
        ('Rossi, Mario. "Titolo del saggio". Bollettino d\'arte 56, 2013, pp. 1787-1799.', 2013),
        ('Lévy, Anne. "Les ponts". _Revue du génie_ 4, 2008, p. 1950-1961.', 2008),
        # a year in parentheses stays the year; an imprint's range ("Place: Publisher,
        # 1990–2000", a work published over years) gives its first year, as a multi-volume
        # work's does (session 35: one rule; README "published over years")
        ('Smith, John. "Title." Journal of Things 12 (1990): 1990–2000.', 1990),
        ("Smith, John. The Years. Chicago: Press, 1990–2000.", 1990),
    ],
)
def test_the_year_is_not_a_page_range_end(text: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.year == year
