"""A reference list written as paragraphs with typed ``[n]`` labels keeps the numbers
typed, a gap included: markers link by printed number, the gap is one finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, RawNote
from bibcheck.readers.common import read_paragraph_list
from bibcheck.readers.typedlabels import typed_numbering, typed_numbers


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["[1] Ames, B. 2001. Tides.", "[2] Cole, D. 1999. Wind."], [1, 2]),
        (["[1] Ames.", "[2] Cole.", "[4] Dunn."], [1, 2, 4]),
        (["[3] Ames.", "[7] Cole."], [3, 7]),
        ([" [10] Ames.", "[12] Cole."], [10, 12]),
        (["[1] Ames.", "Cole, D. 1999. Wind."], None),  # one entry unlabelled
        (["1. Ames.", "2. Cole."], None),  # another label form
        (["[1] Ames.", "(2) Cole."], None),
        (["[1] Ames.", "[1] Cole."], None),  # a number typed twice
        (["[2] Ames.", "[1] Cole."], None),  # out of order
        (["[1]Ames."], None),  # no space after the label
        ([], None),
    ],
)
def test_typed_numbers(lines: list[str], expected: list[int] | None) -> None:
    assert typed_numbers(lines) == expected


def _notes(lines: list[str]) -> list[RawNote]:
    return [RawNote("", line, k + 1, k + 1, (k + 1,)) for k, line in enumerate(lines)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["[1] Ames.", "[2] Cole.", "[4] Dunn."], [(AnomalyCode.LITERATURE_NUMBERING, 3)]),
        (["[1] Ames.", "[2] Cole.", "[3] Dunn."], []),
        (["Ames, B. 2001.", "Cole, D. 1999."], []),  # numbered by place: nothing to check
    ],
)
def test_typed_numbering(lines: list[str], expected: list[tuple[AnomalyCode, int]]) -> None:
    found = typed_numbering(_notes(lines), lines)
    assert [(a.code, a.line) for a in found] == expected


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "[1] Ames, B. (2001). Tides.\n\n[2] Cole, D. (1999). Wind.\n\n[4] Dunn, E. (2010). Rain.\n",
            ["1", "2", "4"],
        ),
        ("[1] Ames, B. (2001). Tides.\n[3] Cole, D. (1999). Wind.\n", ["1", "3"]),
        ("Ames, B. (2001). Tides.\n\nCole, D. (1999). Wind.\n", ["1", "2"]),
        ("[1] Ames, B. (2001). Tides.\n\nCole, D. (1999). Wind.\n", ["1", "2"]),
    ],
)
def test_paragraph_list_labels(text: str, labels: list[str]) -> None:
    notes = read_paragraph_list(text.splitlines(), 0, set())
    assert [n.label for n in notes] == labels


_PAGE = """# Field notes on estuaries

Estuaries trap silt<sup>1</sup>, shelter fish<sup>2</sup> and filter water<sup>{last}</sup>.

## References

[1] Hale, R. (2015). *Estuaries and silt*. Cambridge University Press.
{sep}[2] Okafor, N. (2021). Juvenile fish in salt marshes. *Marine Biology*, 40, 5–17.
{sep}[{last}] Lindqvist, P. (2017). Filtering by oyster reefs. *Coastal Studies*, 8, 22–31.
"""


@pytest.mark.parametrize("sep", ["\n", ""])
@pytest.mark.parametrize("last", ["3", "4", "6"])
def test_sup_markdown_page(tmp_path: Path, sep: str, last: str) -> None:
    path = tmp_path / "estuaries.md"
    path.write_text(_PAGE.format(sep=sep, last=last), encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "sup-markdown"
    assert [e.label for e in doc.literature] == ["1", "2", last]
    assert [f.label for f in doc.footnotes] == ["1", "2", last]
    assert [len(f.markers) for f in doc.footnotes] == [1, 1, 1]
    assert [f.literature.number for f in doc.footnotes if f.literature] == [1, 2, int(last)]
    assert doc.stray_markers == ()
    codes = [a.code for a in doc.anomalies]
    expected = [] if last == "3" else [AnomalyCode.LITERATURE_NUMBERING]
    assert codes == expected
