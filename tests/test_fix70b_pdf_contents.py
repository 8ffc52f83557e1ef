"""fix70b: PDF-to-text without -layout writes a contents page a cell a line; its
"References" entry (a page number on the next line) is no heading of the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.pdfcontents import contents_entry

_CONTENTS = ["Contents", "Introduction", "", "2", "", "{head}", "", "{page}", "", "1", ""]

_BODY = """\fIntroduction
Floats were the first tide gauges (Marsh, 2019) and they stayed in use for a long
time after pressure sensors came (Lind & Berg, 2011). Radar gauges are newer still
and need little care at all (Okafor, 2020), though they drift in warm weather.
The three kinds were compared along one coast for a decade (Marsh, 2019, p. 4).
Since then most harbours run two kinds side by side (Lind & Berg, 2011).

2

\f{head}
Lind, O., & Berg, K. (2011). Pressure gauges at sea. Journal of Coastal Studies,
12(3), 45–60.
Marsh, A. (2019). Floats and wells: A history. Harbour Press.
Okafor, C. (2020). Radar gauges compared. Port Authority Report 7.

3
"""


def _text(head: str, page: str) -> str:
    top = "\n".join(_CONTENTS).format(head=head, page=page)
    return "Tide gauges\nA. Author\n\n" + top + "\n" + _BODY.format(head=head)


@pytest.mark.parametrize(
    ("head", "page"),
    [("References", "3"), ("Bibliography", "iii"), ("REFERENCES", "3"), ("Literatur", "3")],
)
def test_list_under_its_own_heading_not_the_contents_entry(
    tmp_path: Path, head: str, page: str
) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(_text(head, page), encoding="utf-8")
    doc = parse_file(str(path), reader="pdf-text")
    firsts = sorted(e.reference.authors[0].split(",")[0] for e in doc.literature)
    assert firsts == ["Lind", "Marsh", "Okafor"]
    cited = {fn.literature.number for fn in doc.footnotes if fn.literature is not None}
    assert len(cited) == 3


@pytest.mark.parametrize(
    ("lines", "at", "want"),
    [
        (
            ["Contents", "References", "", "9", "", "Text.", "References", "Lee, A. (2001)."],
            1,
            True,
        ),
        (["Contents", "Bibliographie", "xii", "Bibliographie", "Roy, B. 1999."], 1, True),
        # the heading of the list itself: entries under it
        (["Text.", "References", "Lee, A. (2001).", "References"], 1, False),
        # a number under it but the words never again: nothing to prefer
        (["Text.", "References", "", "9", "Lee, A. (2001)."], 1, False),
        # the page number is a page artifact passed over: the entry below decides
        (["References", "4", "Lee, A. (2001).", "References"], 0, False),
    ],
)
def test_contents_entry(lines: list[str], at: int, want: bool) -> None:
    skip = {1} if lines[1] == "4" else set()
    assert contents_entry(lines, at, skip) is want
