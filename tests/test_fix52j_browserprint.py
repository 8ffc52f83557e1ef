"""Browser print furniture and the page margin of pdftotext -layout output."""

from __future__ import annotations

import pytest

from bibcheck.readers import plaintext
from bibcheck.readers.browserprint import is_print_furniture, print_furniture
from bibcheck.readers.columns import Row
from bibcheck.readers.pagemargin import body_margin, dedented


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12/3/26, 10:14 AM                 Why rivers flood – Notes", True),  # Chrome
        ("https://notes.example.org/2026/rivers/                       2/3", True),
        ("Page 1 of 3                                   03.12.26, 10:14", True),  # Firefox
        ("https://blog.example.com/post            Page 2 of 4", True),  # Safari
        ("2026-12-03 22:14:05     Ein Titel", True),
        ("Seite 1 von 2        https://beispiel.example.de/artikel", True),
        # look-alikes: body text, a note's URL, a ratio, a date with no time
        ("In 2019 the ratio was 1/3 of the total.", False),
        ("https://doi.org/10.1000/xyz123", False),
        ("   2/3", False),
        ("12 March 2026                     Title", False),
        ("The meeting at 10:14 on 12/3/26 was short and the notes were lost.", False),
    ],
)
def test_is_print_furniture(line: str, expected: bool) -> None:
    assert is_print_furniture(line) is expected


def test_print_furniture_only_at_page_edges() -> None:
    lines = [
        "12/3/26, 10:14 AM     Title",
        "body",
        "12/3/26, 10:14 AM     Title",  # (inside the page: not furniture)
        "more body",
        "https://x.example/p     1/1",
    ]
    assert print_furniture(lines, [[0, 1, 2, 3, 4]]) == {0, 4}


@pytest.mark.parametrize(
    ("texts", "furniture", "margin"),
    [
        (["Head", "     body", "       1. item", ""], {0}, 5),
        (["     body", "  x"], set(), 2),
        (["body", "     x"], set(), 0),
    ],
)
def test_body_margin(texts: list[str], furniture: set[int], margin: int) -> None:
    rows = [Row(i, t) for i, t in enumerate(texts)]
    assert body_margin(rows, furniture) == margin
    out = dedented(rows, furniture)
    for row, before in zip(out, rows, strict=True):
        if row.index in furniture:
            assert row.text == before.text
        elif before.text.strip():
            assert row.text == before.text[margin:]


_ONE_PAGE = """3/12/2026 09:05                         Rain gardens – Field Notes

     Rain gardens

     A rain garden holds storm water where it falls [1]. Soils with more
     sand drain faster [2], and planted beds drain faster still [2, 3].

     Sources

       1. Dunnett, N., & Clayden, A. (2007). Rain Gardens. Portland: Timber Press.
       2. Hunt, W. F. (2006). Bioretention performance. Journal of Hydrology, 4, 1-9.
       3. Davis, A. P. (2007). Field performance of bioretention. Water Research, 5,
          10-20.


https://fieldnotes.example.org/rain-gardens/                          1/1
\f"""

_FIREFOX = """Heat in old houses                                 https://b.example.net/old-houses

     Old houses lose heat through their windows [1] and their roofs [2].

Page 1 of 2                                                       03.12.26, 10:14
\fHeat in old houses                                 https://b.example.net/old-houses

     References

       1. Smith, J. (2020). Windows. Building Physics, 2, 1-5.
       2. Jones, K. (2019). Roofs and heat. Energy and Buildings, 3, 6-9.

Page 2 of 2                                                       03.12.26, 10:14
\f"""


@pytest.mark.parametrize(
    ("text", "markers", "entries"),
    [
        (_ONE_PAGE, [("1", 5), ("2", 6), ("3", 6)], 3),
        (_FIREFOX, [("1", 3), ("2", 3)], 2),
    ],
)
def test_browser_print_reads(text: str, markers: list[tuple[str, int]], entries: int) -> None:
    assert plaintext.score(text) >= 0.6
    raw = plaintext.read(text)
    found = {(m.label, m.line) for m in raw.markers}
    assert set(markers) <= found
    assert len(raw.literature) == entries
    assert not any("fieldnotes.example.org" in n.text for n in raw.literature)


def test_list_indented_in_plain_text_not_dedented() -> None:
    # no pages: plain text keeps its indentation (an indented list is no list of its own)
    text = _ONE_PAGE.replace("\f", "")
    assert plaintext.score(text) == 0.0
