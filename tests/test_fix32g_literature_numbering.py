"""One mistake in a numbered literature list is one finding (fix round 32g).

A skipped number, a number typed twice, a number typed wrong and a list that starts
again at 1 in each section are each reported once; the entries after them are not
reported again, in every reader that checks the numbering of a written list.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.parse.numbering import literature_numbering
from bibcheck.readers.supmarkdown import read as read_sup
from tests.test_reader_docx_lists import build, p, t

N, D = C.LITERATURE_NUMBERING, C.LITERATURE_DUPLICATE_NUMBER


@pytest.mark.parametrize(
    ("numbers", "want"),
    [
        pytest.param([1, 2, 3, 4], [], id="clean"),
        pytest.param([1, 2, 4, 5, 6, 7], [(N, 4)], id="one-skip"),
        pytest.param([1, 2, 5, 6, 7], [(N, 5)], id="skip-of-two"),
        pytest.param([1, 3, 4, 6, 7], [(N, 3), (N, 6)], id="two-skips"),
        pytest.param([1, 2, 3, 3, 4, 5], [(D, 3)], id="duplicate-then-on"),
        pytest.param([1, 2, 3, 3, 5, 6], [(D, 3)], id="typo-duplicate"),
        pytest.param([1, 2, 3, 9, 5, 6], [(N, 9)], id="typo-high"),
        pytest.param([3, 4, 5], [(N, 3)], id="starts-at-three"),
        pytest.param([1, 2, 3, 1, 2, 3, 4], [(D, 1)], id="restarts-per-section"),
        pytest.param([1, 2, 1, 2, 4], [(D, 1), (N, 4)], id="restart-then-skip"),
        pytest.param([1, None, 2, 3], [], id="unnumbered-paragraph"),
        pytest.param([], [], id="empty"),
    ],
)
def test_one_mistake_is_one_finding(numbers: list[int | None], want: list[tuple[C, int]]) -> None:
    entries = [(n, 10 + k) for k, n in enumerate(numbers)]
    got = [(a.code, a.literature_entry) for a in literature_numbering(entries)]
    assert got == want


def test_long_list_with_one_gap_is_fast_and_one_finding() -> None:
    entries = [(n, n) for n in range(1, 20001) if n != 500]
    assert [a.line for a in literature_numbering(entries)] == [501]


WORKS = [
    "Ivanova M. P. Waste and the city. Kazan: Nauka, 2011. 212 p.",
    "Orel D. S. Sorting at home // Sociological Review. 2019. Vol. 3, no. 1. P. 12-30.",
    "Brandt K. Habits of recycling // Journal of Waste Studies. 2005. Vol. 9. P. 40-52.",
    "Lee H., Park J. Bins and norms. Seoul: Green Press, 2016. 180 p.",
    "Moreau C. Deposit schemes // Environmental Policy. 2012. Vol. 21, no. 2. P. 1-19.",
    "Nowak P. Container density and sorting. Warsaw: PWN, 2020. 96 p.",
]


def numbered(numbers: list[int], *, bracket: bool = False, page_break: int = 0) -> str:
    lines = []
    for k, (n, work) in enumerate(zip(numbers, WORKS, strict=False), start=1):
        if k == page_break:
            lines += ["4", ""]  # a page number on a line of its own (pdftotext)
        lines.append(f"[{n}] {work}" if bracket else f"{n}. {work}")
    cites = " ".join(f"[{n}]" for n in numbers)
    return f"Sorting waste\n\nStudies agree {cites}.\n\nReferences\n\n" + "\n".join(lines) + "\n"


def findings(doc: ParsedDocument) -> list[tuple[C, int | None]]:
    return [(a.code, a.literature_entry) for a in doc.all_anomalies() if a.code in (N, D)]


@pytest.mark.parametrize(
    ("numbers", "want"),
    [
        pytest.param([1, 2, 4, 5, 6, 7], [(N, 4)], id="skip"),
        pytest.param([1, 2, 3, 3, 4, 5], [(D, 3)], id="duplicate"),
    ],
)
@pytest.mark.parametrize("bracket", [False, True], ids=["dot", "bracket"])
@pytest.mark.parametrize("page_break", [0, 4], ids=["one-page", "page-number"])
def test_plain_text_list(
    numbers: list[int], want: list[tuple[C, int]], bracket: bool, page_break: int
) -> None:
    text = numbered(numbers, bracket=bracket, page_break=page_break)
    doc = parse_bytes(text.encode(), "paper.txt")
    assert [e.number for e in doc.literature] == numbers
    assert findings(doc) == want


def test_markdown_list_with_a_skip() -> None:
    entries = "\n".join(f"{n}. {w}" for n, w in zip([1, 2, 4, 5, 6], WORKS, strict=False))
    doc = read_sup(
        f"Sorting<sup>1</sup>\n\n---\n\n<sup>1</sup> Note.\n\n## References\n\n{entries}\n"
    )
    assert [(a.code, a.literature_entry) for a in doc.anomalies if a.code in (N, D)] == [(N, 4)]


def test_word_list_with_typed_numbers_and_a_skip() -> None:
    body = [
        p(t("Sorting"), style="Heading1"),
        p(t("Studies agree [1; 2; 4; 5; 6].")),
        p(t("References"), style="Heading1"),
        *(p(t(f"{n}. {w}")) for n, w in zip([1, 2, 4, 5, 6], WORKS, strict=False)),
    ]
    doc = parse_bytes(build(body), "paper.docx")
    assert findings(doc) == [(N, 4)]
