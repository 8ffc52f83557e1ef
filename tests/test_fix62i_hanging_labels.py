"""Hanging list labels that pdftotext sets apart from their entries (hanginglabels)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.hanginglabels import lone_label, rejoin_labels


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1.", (1, False)),
        ("  12.  ", (12, False)),
        ("[3]", (3, True)),
        ("[104]", (104, True)),
        ("0.", None),
        ("1", None),
        ("1. Introduction", None),
        ("[3] Okafor, N.", None),
        ("1000.", None),
        ("(2)", None),
    ],
)
def test_lone_label(line: str, expected: tuple[int, bool] | None) -> None:
    assert lone_label(line) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # dotted labels, each with a blank line before its text
        (
            ["1.", "", "Okafor, N. A study.", "", "2.", "", "Lindqvist, P. Another."],
            ["", "", "1. Okafor, N. A study.", "", "", "", "2. Lindqvist, P. Another."],
        ),
        # bracketed: the first label set apart, the next ones printed inline
        (
            ["[1]", "", "Moreau, A.: Title.", "Journal 3 (2001).", "[2] Berg, T.: Other."],
            ["", "", "[1] Moreau, A.: Title.", "Journal 3 (2001).", "[2] Berg, T.: Other."],
        ),
        # label with no blank line before its text
        (
            ["4.", "Ruiz, M. Uno.", "5.", "Sato, K. Dos."],
            ["", "4. Ruiz, M. Uno.", "", "5. Sato, K. Dos."],
        ),
        # a lone number with no next label: left alone (a section number, a stray line)
        (["2.", "", "Methods", "We measured."], ["2.", "", "Methods", "We measured."]),
        # the next label in another form does not continue the list
        (["1.", "Okafor, N.", "[2] Berg, T."], ["1.", "Okafor, N.", "[2] Berg, T."]),
        # a column of labels: which text is whose cannot be told
        (
            ["[3]", "[4]", "[5]", "", "Chang, Y. Text.", "[6] Fujino, A. Text."],
            ["[3]", "[4]", "[5]", "", "Chang, Y. Text.", "[6] Fujino, A. Text."],
        ),
        # a label followed by a line with a label of its own (a table's cell)
        (
            ["[46]", "", "8. Adaptive player", "9. Other"],
            ["[46]", "", "8. Adaptive player", "9. Other"],
        ),
        # a label whose entry runs over several paragraphs (a letter quoted in a notes list,
        # as Project Gutenberg prints it): the label stands alone by design
        (
            [
                "[2] Berg, T.",
                "",
                "[3]",
                "",
                "DOVER, May 1.",
                "",
                "Dear Sir, all well.",
                "",
                "[4] Ro",
            ],
            [
                "[2] Berg, T.",
                "",
                "[3]",
                "",
                "DOVER, May 1.",
                "",
                "Dear Sir, all well.",
                "",
                "[4] Ro",
            ],
        ),
        # one paragraph, then a page number or a page break: rejoined
        (
            ["1.", "", "Okafor, N. A study.", "", "12", "\f2.", "", "Lindqvist, P. Another."],
            ["", "", "1. Okafor, N. A study.", "", "12", "\f", "", "2. Lindqvist, P. Another."],
        ),
        # too many blank lines between label and text
        (["1.", "", "", "", "Okafor, N.", "2. Berg"], ["1.", "", "", "", "Okafor, N.", "2. Berg"]),
    ],
)
def test_rejoin_labels(lines: list[str], expected: list[str]) -> None:
    assert rejoin_labels(lines) == expected


def test_rejoin_keeps_line_count() -> None:
    lines = ["1.", "", "A, B. T.", "2.", "", "C, D. U."]
    assert len(rejoin_labels(lines)) == len(lines)


_NUMBERED_APA = """Open access and its costs

Publishing models have shifted over two decades [1]. Earlier studies measured uptake
by field [2] and by country [3], and later ones weighed the fees [2, 4].
\f
References

1.

Abara, L., & Quist, M. (2015). Open access at scale. Journal of Scholarly Practice,
12(3), 45–60.

2.

Brandt, H. (2017). Fees and their critics. Learned Publishing, 30(2), 101–110.

3.

Castellanos, R., & Ito, K. (2019). A country-level survey of repository deposits.
Scientometrics, 118(1), 233–251.

4.

Dufresne, C. (2021). The price of openness. Research Policy, 50(4), 104–120.
\f
"""


def test_whole_document_numbered_list_with_set_apart_labels(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(_NUMBERED_APA, encoding="utf-8")
    doc = parse_file(path)
    assert [e.label or str(e.number) for e in doc.literature] == ["1", "2", "3", "4"]
    assert doc.literature[1].reference.authors == ("Brandt, H.",)
    assert doc.literature[1].reference.year == 2017
    cited = sorted({f.label for f in doc.footnotes})
    assert cited == ["1", "2", "3", "4"] or cited == ["[1]", "[2]", "[3]", "[4]"]
    codes = {a.code.value for a in doc.all_anomalies()}
    assert "literature-uncited" not in codes
    assert "citation-key-missing" not in codes
