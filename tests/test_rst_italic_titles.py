"""reStructuredText notes keep their italic title marked (``*Title*``) for the reference
parsers, as Markdown notes do; and a standard's part number is no page range
(``IEEE Std 1003.1-2017``: year 2017, not 1003).  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.readers.rstinline import Text, events

PAGE = """Farming
=======

Columella wrote on farms [#]_, on trees [#]_ and the standard [#]_ names them.

.. [#] Ashby, P. Q., *C. Plinii Secundi naturalis historiae libri*, Oxford 2004, vol. 2.
.. [#] Ward, L. M., *De arboribus*, ed. by K. Lund, Berlin 1977.
.. [#] The Open Group, *Base Specifications Issue 7*, IEEE Std 1003.1-2017, section 7.2.
"""


def test_italic_titles_bound_the_title(tmp_path: Path) -> None:
    page = tmp_path / "notes.rst"
    page.write_text(PAGE, encoding="utf-8")
    refs = [f.reference for f in parse_file(page).footnotes]
    assert [(r.title, r.year) for r in refs] == [
        ("C. Plinii Secundi naturalis historiae libri", 2004),
        ("De arboribus", 1977),
        ("Base Specifications Issue 7", 2017),
    ]
    assert [r.authors for r in refs][:2] == [("Ashby, P. Q.",), ("Ward, L. M.",)]


@pytest.mark.parametrize(
    ("text", "emphasised"),
    [
        ("a *title* here", ["title"]),
        ("**strong** is no title", []),
        ("2*3*4 is arithmetic", []),
    ],
)
def test_emphasis_events(text: str, emphasised: list[str]) -> None:
    assert [e.value for e in events(text) if isinstance(e, Text) and e.emphasis] == emphasised


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Open Group, *Base Specifications Issue 7*, IEEE Std 1003.1-2017, section 7.2.", 2017),
        ("ISO. Information and documentation. ISO 690:2010-06. Geneva: ISO.", 2010),
        ("Smith, J. Tides. Ocean Journal 12, 2019, pp. 5583-5607.", 2019),
    ],
)
def test_a_standard_number_is_no_page_range(text: str, year: int) -> None:
    assert parse_reference(text, [1], detect_styles=True).year == year
