"""Plain-text reader: numeric citations and a numbered reference list
(tests/fixtures/numbered.txt, written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ClaimKind, ParsedDocument, RefKind
from bibcheck.readers import reader_for
from bibcheck.readers.plaintext import code_line, expand, join_ranges, numeric_citations, read

FIXTURE = Path(__file__).parent / "fixtures" / "numbered.txt"


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_file(FIXTURE)


def fn(doc: ParsedDocument, label: str):
    return next(f for f in doc.footnotes if f.label == label)


def test_reader_and_counts(doc: ParsedDocument) -> None:
    assert (doc.reader, doc.title) == ("plain-text", "Sensor Networks for Rail Freight Monitoring")
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert len(doc.literature) == 7
    assert [m.label for m in doc.stray_markers] == ["9"]


def test_ranges_and_lists_expand(doc: ParsedDocument) -> None:
    assert [m.line for m in fn(doc, "3").markers] == [4, 5]
    assert fn(doc, "2").markers[0].claim.text == "Battery life remains the main limit on deployment"
    quote = fn(doc, "5").markers[0].claim
    assert (quote.kind, quote.text) == (
        ClaimKind.QUOTE,
        "energy harvesting extends node lifetime by a factor of three",
    )


def test_fields(doc: ParsedDocument) -> None:
    one = fn(doc, "1").reference
    assert (
        one.style,
        one.kind,
        one.authors,
        one.title,
        one.host,
        one.pages,
        one.year,
        one.doi,
    ) == (
        "ieee",
        RefKind.ARTICLE,
        ("J. Smith", "A. B. Doe"),
        "Monitoring freight corridors with wireless sensors",
        "IEEE Trans. Intell. Transp. Syst.",
        "1500-1512",
        2020,
        "10.1109/tits.2020.1234",
    )
    two = fn(doc, "2").reference
    assert (two.style, two.title, two.publisher, two.place, two.year) == (
        "ieee",
        "Battery Management for Sensor Nodes",
        "Wiley",
        "New York, NY, USA",
        2018,
    )
    three = fn(doc, "3").reference
    assert (three.style, three.authors, three.title, three.host, three.year, three.pages) == (
        "vancouver",
        ("Brown A", "Green P", "White R"),
        "Power budgets of rail sensor nodes",
        "Sensors",
        2019,
        "1650-1661",
    )
    four = fn(doc, "4").reference
    assert (four.kind, four.host, four.pages) == (
        RefKind.CHAPTER,
        "Handbook of Sensor Networks",
        "45-67",
    )
    six = fn(doc, "6").reference
    assert six.url == "https://ria.example.org/survey-2022"


def test_linking_and_anomalies(doc: ParsedDocument) -> None:
    assert all(
        f.literature is not None and str(f.literature.number) == f.label for f in doc.footnotes
    )
    found = [a.code for a in doc.all_anomalies()]
    assert found.count(C.LITERATURE_UNCITED) == 1  # entry 7
    assert C.CITATION_KEY_MISSING in found  # [9]: a number with no list entry


@pytest.mark.parametrize(
    ("label", "numbers"),
    [
        ("1", ["1"]),
        ("2-4", ["2", "3", "4"]),
        ("3, 5", ["3", "5"]),
        ("1–2, 7", ["1", "2", "7"]),
        ("5-1", ["5", "1"]),
        ("1-9999", ["1", "9999"]),
    ],
)
def test_expand(label: str, numbers: list[str]) -> None:
    assert expand(label) == numbers


def test_not_chosen_without_citations() -> None:
    text = "Prose only.\n\nReferences\n\n1. Smith, J. (2020). Title.\n"
    assert reader_for("a.txt", FIXTURE.read_text()).name == "plain-text"
    with pytest.raises(Exception, match="no reader"):
        reader_for("a.txt", text)


# --------------------------------------------------------------------------
# Converted and wrapped lists (held-out round 2): own examples
# --------------------------------------------------------------------------


def read_text(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "paper.txt")


def lit(doc: ParsedDocument) -> list[tuple[int, str]]:
    return [(e.number, e.reference.raw.split("\n")[0][:24]) for e in doc.literature]


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        pytest.param(
            ["as shown before [4]-", "[6], and so on"], "as shown before [4–5]", id="dash"
        ),
        pytest.param(["in [7]–", "[8] too"], "in [7]", id="adjacent-numbers"),
        pytest.param(["in [7] -", "  [9] too"], "in [7–8]", id="spaced-indented"),
        pytest.param(["in [9]-", "[3] oops"], "in [9]-", id="backwards-left-alone"),
        pytest.param(["in [9]-", "then [10]"], "in [9]-", id="no-number-first"),
    ],
)
def test_range_broken_over_a_line(lines: list[str], first: str) -> None:
    assert join_ranges(lines) == [first, lines[1]]


def test_range_broken_over_a_line_gives_every_number() -> None:
    text = (
        "Rail Yards\n\nThree surveys agree on the cost [1]-\n[3], although [2] differs.\n\n"
        "References\n\n[1] A. Author, Yards, 2001.\n[2] B. Author, Sidings, 2002.\n"
        "[3] C. Author, Points, 2003.\n"
    )
    got = sorted((m.label, m.line) for m in read(text).markers)
    assert got == [("1", 3), ("2", 3), ("2", 4), ("3", 4)]


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        pytest.param("as in [3, Sec. 3.3].", ["3"], id="section"),
        pytest.param("as in [3, Fig. 2] and [4, Table 1].", ["3", "4"], id="figure-table"),
        pytest.param("as in [2, § 4].", ["2"], id="paragraph-sign"),
        pytest.param("как в [1, гл. 2; 3, с. 45–47].", ["1", "3"], id="russian"),
        pytest.param("as in [1, 2].", ["1", "2"], id="plain-list"),
        pytest.param("as in [2, Theorem 1].", ["2"], id="theorem"),
    ],
)
def test_locators_after_the_number(body: str, labels: list[str]) -> None:
    text = f"Title\n\nA sentence {body}\n\nReferences\n\n" + "".join(
        f"[{n}] A. Author, Work {n}, 2001.\n" for n in range(1, 5)
    )
    assert [m.label for m in read(text).markers] == labels


TWO_COLUMN = """\
Tidal Gauges in Small Harbours

Gauges drift by a few millimetres a year [1], [2]. Older
stations were never levelled again [3].

References
[1] A. Smith and B. Jones, “Drift of float gauges,” J.
Coastal Res., vol. 9, pp. 1–9, 2001.
[2] C. Brown, “Acoustic gauges,” 2004. [Online]. Available: https://gauges.
example.org/acoustic/
report-2004.pdf

Calibration

Levelling to a benchmark [4] removes the drift, and a second
benchmark [2, Sec. 4] checks the first.

[3] D. Green, Harbour Surveys. London, U.K.: Ports
Press, 1998.
[4] E. White, “Benchmarks for tide gauges,” Surv. Rev.,
vol. 40, pp. 5–17, 2010.

Tide tables published after 2010 use the new datum [5].
"""


def test_two_column_text_between_entries_is_body() -> None:
    doc = read_text(TWO_COLUMN)
    assert [(e.number, e.line) for e in doc.literature] == [(1, 7), (2, 9), (3, 18), (4, 20)]
    got = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert got == [("1", 3), ("2", 3), ("2", 16), ("3", 4), ("4", 15)]
    assert [(m.label, m.line) for m in doc.stray_markers] == [("5", 23)]  # no entry 5
    assert fn(doc, "2").reference.url == ("https://gauges.example.org/acoustic/report-2004.pdf")
    assert C.URL_SPLIT_OVER_LINES in [a.code for a in doc.all_anomalies()]


GOST_WRAPPED = """\
Отчёт

Методика описана в стандарте [1] и в указаниях [2; 3].

Список литературы

1. ГОСТ 17.4.3.01-2017. Охрана природы. Почвы. Общие требования к отбору
проб. - М. : Стандартинформ,
2018. - 8 с.
2. Методические указания по обследованию почв. - М., 2003. - 240 с.
3. Иванов И. И. Почвы области. - Вологда :
2015. - 312 с.
"""


def test_a_wrapped_year_is_no_new_entry() -> None:
    doc = read_text(GOST_WRAPPED)
    assert [e.number for e in doc.literature] == [1, 2, 3]
    assert doc.literature[0].reference.raw.endswith("2018. - 8 с.")
    assert C.LITERATURE_NUMBERING not in [a.code for a in doc.all_anomalies()]


def test_an_item_in_another_numbering_style_continues_the_entry() -> None:
    text = (
        "T\n\nAs [1] and [2] say.\n\nReferences\n\n[1] A. Author, Harbour Works, vol.\n"
        "2. Leipzig: Teubner, 1901.\n[2] B. Author, Quays, 1902.\n"
    )
    doc = read_text(text)
    assert [e.number for e in doc.literature] == [1, 2]
    assert "Teubner" in doc.literature[0].reference.raw


def test_a_real_gap_is_still_reported() -> None:
    text = (
        "T\n\nAs [1] and [2] and [4] say.\n\nReferences\n\n[1] A. Author, Works, 1901.\n"
        "[2] B. Author, Quays, 1902.\n[4] C. Author, Docks, 1903.\n"
    )
    doc = read_text(text)
    assert [e.number for e in doc.literature] == [1, 2, 4]
    assert C.LITERATURE_NUMBERING in [a.code for a in doc.all_anomalies()]


def test_a_numbered_list_after_the_references_is_not_more_entries() -> None:
    text = (
        "T\n\nAs [1] and [2] say.\n\nReferences\n\n[1] A. Author, Works, 1901.\n"
        "[2] B. Author, Quays, 1902.\n\nAppendix: steps of the survey\n\n"
        "[1] Level the gauge.\n[2] Read the staff.\n"
    )
    doc = read_text(text)
    assert [e.number for e in doc.literature] == [1, 2]
    assert C.LITERATURE_DUPLICATE_NUMBER not in [a.code for a in doc.all_anomalies()]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("as shown [3].", [["3"]]),
        ("see [2, 5] and [7-9]", [["2", "5"], ["7", "8", "9"]]),
        ("[1, с. 25; 4]", [["1", "4"]]),
        ("IEEE [4]–[6] cites five", [["4", "5", "6"]]),
        ("spaced [4] – [6]", [["4", "5", "6"]]),
        ("two apart [4] and [6]", [["4"], ["6"]]),
        ("backwards [6]–[4]", [["6"], ["4"]]),
        ("[2][3]", [["2"], ["3"]]),
        ("no [x] here", []),
        ("呈指数关系[9，10]。", [["9", "10"]]),
        ("衰减过程[3～5]，", [["3", "4", "5"]]),
        ("先行研究[1、4]では", [["1", "4"]]),
        ("措施[1]。此后", [["1"]]),
    ],
    ids=[
        "one",
        "list-and-range",
        "locator",
        "ieee-range",
        "spaced",
        "apart",
        "backwards",
        "adjacent",
        "none",
        "full-width-comma",
        "full-width-tilde-range",
        "ideographic-comma",
        "before-full-stop",
    ],
)
def test_numeric_citations(text: str, want: list[list[str]]) -> None:
    assert [labels for _, _, labels in numeric_citations(text)] == want


@pytest.mark.parametrize(
    ("line", "code"),
    [
        pytest.param("    __le32 i_block[EXT2_N_BLOCKS];   /* [0..11] direct, [12] indirect */",
                     True, id="c-declaration-comment"),
        pytest.param("\tif (n == 0) {", True, id="c-branch"),
        pytest.param("    return x[1];", True, id="return-index"),
        pytest.param("    def cited(n: int) -> bool:", True, id="python-def"),
        pytest.param("    The first result [12] was confirmed later [13].", False, id="indented-prose"),
        pytest.param("    See https://example.org/a [4].", False, id="indented-url"),
        pytest.param("__le32 i_block[N]; /* [0..11] */", False, id="not-indented"),
    ],
)  # fmt: skip
def test_code_line(line: str, code: bool) -> None:
    assert code_line(line) is code


def test_brackets_in_an_indented_code_line_are_no_citations() -> None:
    text = (
        "Lecture 5. File systems\n\nAn inode holds twelve direct pointers [1] and one indirect\n"
        "pointer, as the kernel declares:\n\n"
        "    __le32 i_block[15];   /* [0..11] direct, [12] indirect, [2] see below */\n\n"
        "Journaling came later [2].\n\nReferences\n\n"
        "1. Card R. Design and Implementation of the Second Extended Filesystem. 1994.\n"
        "2. Tweedie S. Journaling the Linux ext2fs Filesystem. 1998.\n"
    )
    doc = parse_bytes(text.encode(), "lecture.txt")
    assert sorted((m.label, m.line) for f in doc.footnotes for m in f.markers) == [
        ("1", 3),
        ("2", 8),
    ]
