"""fix62c: one normaliser of full-width marks, one character for one (offsets kept)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references.fullwidth import FULL_WIDTH_MARKS, half_width_marks
from bibcheck.parse.references.gbt_forms import half_width
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.widecomma import spaced_commas


@pytest.mark.parametrize(
    ("text", "marks", "half"),
    [
        ("（Wang, 2022）", FULL_WIDTH_MARKS, "(Wang, 2022)"),
        ("（Lind, 2019；Berg, 2011：12）", FULL_WIDTH_MARKS, "(Lind, 2019;Berg, 2011:12)"),
        ("北京：出版社，2010．", FULL_WIDTH_MARKS, "北京:出版社,2010."),
        ("（Lind，2019）", "（）", "(Lind，2019)"),  # (only the marks asked for)
        ("（Lind，2019）", "，", "（Lind,2019）"),
        ("「书名」、２０１０。", FULL_WIDTH_MARKS, "「书名」、２０１０。"),  # (no such marks)
        ("plain ASCII (2020).", FULL_WIDTH_MARKS, "plain ASCII (2020)."),
        ("", FULL_WIDTH_MARKS, ""),
    ],
)
def test_half_width_marks(text: str, marks: str, half: str) -> None:
    assert half_width_marks(text, marks) == half


def test_every_full_width_form_is_its_ascii_character_in_place() -> None:
    wide = "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    text = f"前{wide}\n后"
    half = half_width_marks(text, wide)
    assert half == "前" + "".join(chr(c) for c in range(0x21, 0x7F)) + "\n后"
    assert len(half) == len(text)
    assert half.index("\n") == text.index("\n")  # (the line numbers stay)


@pytest.mark.parametrize("mark", ["。", "、", "《", "a", "("])
def test_a_mark_with_no_ascii_form_is_refused(mark: str) -> None:
    with pytest.raises(ValueError):
        half_width_marks("x", mark)


_INDEX = author_years(
    [
        ("1", "Lind, P. (2019). Harbour towns. Quay Press."),
        ("2", "Berg, A. (2011). River trade. Delta Books."),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (the spans are the written text's: the full-width marks and digits read one for
        # one, so the same mention in ASCII marks is found at the same offsets)
        ("如前所述（Lind, 2019；Berg, 2011：12）。", [(5, 15, "1"), (16, 26, "2")]),
        ("如前所述(Lind, 2019;Berg, 2011:12)。", [(5, 15, "1"), (16, 26, "2")]),
        ("如前所述（Lind, ２０１９）。", [(5, 15, "1")]),
        ("见（Lind，2019）。", [(2, 11, "1")]),
        ("无此文献（Green, 2013）。", []),
    ],
)
def test_mention_spans_keep_their_offsets(text: str, found: list[tuple[int, int, str]]) -> None:
    assert list(spans(text, _INDEX)) == found
    for start, end, label in found:
        assert text[start:end].startswith({"1": "Lind", "2": "Berg"}[label])


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("（Lind，2019）", "（Lind, 2019）"),
        ("（Lind et al.，2019；Berg，2011）", "（Lind et al., 2019；Berg, 2011）"),
    ],
)
def test_the_unspaced_comma_is_the_same_normaliser_s_comma(text: str, spaced: str) -> None:
    assert spaced_commas(text)[0] == spaced


@pytest.mark.parametrize(
    ("body", "half"),
    [
        ("扬奎斯特，萨金特．书名[M]．北京：出版社，2010：798．", None),
        ("王明；李华．题名[J]．学报，2019", "王明; 李华. 题名[J]. 学报, 2019"),
        ("王明. 题名[J]. 学报, 2019", "王明. 题名[J]. 学报, 2019"),
    ],
)
def test_gbt_areas_half_width(body: str, half: str | None) -> None:
    want = half or "扬奎斯特, 萨金特. 书名[M]. 北京: 出版社, 2010: 798."
    assert half_width(body) == want


def test_a_document_s_full_width_mention_is_read_where_it_is_written() -> None:
    text = (
        "港口城市\n\n已有研究讨论了这一问题（Lind，2019；Berg，2011：12）。\n另见（Lind, 2019）。\n\n"
        "参考文献\n\n"
        "LIND P. Harbour towns[M]. London: Quay Press, 2019.\n"
        "BERG A. River trade[M]. Leiden: Delta Books, 2011.\n"
    )
    doc = parse_bytes(text.encode(), "paper.txt")
    markers = sorted((m.label, m.line, m.column) for f in doc.footnotes for m in f.markers)
    # (each marker's column is one past its mention's last character as written: the
    # full-width marks moved nothing)
    line3 = "已有研究讨论了这一问题（Lind，2019；Berg，2011：12）。"
    assert markers == [
        ("1", 3, line3.index("；") + 1),
        ("1", 4, "另见（Lind, 2019）".index("）") + 1),
        ("2", 3, line3.index("：12") + 4),
    ]
    assert doc.anomalies == ()
