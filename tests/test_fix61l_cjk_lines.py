"""CJK reference lists typed one entry a line, GB/T 7714 entries cited author-date, APA-shaped
CJK entries with a full stop after the article's title, and Latin names with a full-width
comma in full-width parentheses (fix61l)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.cjk_brackets import parse as cjk_parse
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.cjkcite import names_head
from bibcheck.readers.cjklist import cjk_entry_start
from bibcheck.readers.widecomma import spaced_commas
from tests.test_reader_docx import build_docx, p, t

# -- 1. a line that starts an entry ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("赵平. 河流治理研究[J]. 水利学报, 2016, 4(2): 3-9.", True),
        ("钱进, 孙立. 2015. 乡村社会变迁[M]. 上海: 某出版社.", True),
        ("周文, 吴杰, 等. 城镇规划[D]. 南京: 某大学, 2014.", True),
        ("BROWN K, LEE M. Harbour economics[M]. London: Quay Press, 2013.", True),
        ("赵平. 网络资料[EB/OL]. (2020-01-02)[2021-03-04].", True),
        ("中村健（2008）『港町の歴史』某書店。", True),
        ("中村健（2008）.「港の祭り」.『地域史研究』5(1), 3-9.", True),
        ("박영수(2016). 「도시 변화」. 『지역연구』, 7(2), 1-9.", True),
        ("박영수(2016). 『농촌의 미래』. 서울: 출판사.", True),
        # (a wrapped line, a sentence: no entry's start)
        ("社.", False),
        ("京: 某出版社, 2016.", False),
        ("这是一段正文。他指出[1]。", False),
        ("See also. Chapter two [3].", False),
    ],
)
def test_cjk_entry_start(line: str, expected: bool) -> None:
    assert cjk_entry_start(line) is expected


# -- 2. GB/T entries' author-year keys --------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("赵平. 河流治理研究", "赵平"),
        ("钱进, 孙立. ", "钱进, 孙立"),
        ("周文,吴杰,等.城镇规划", "周文,吴杰,等"),
        ("赵平．河流", "赵平"),
        ("中村健・森花子 ", "中村健・森花子 "),  # (no full stop: whole)
    ],
)
def test_names_head(head: str, names: str) -> None:
    assert names_head(head) == names


@pytest.mark.parametrize(
    ("entry", "keys"),
    [
        ("赵平. 河流治理研究[J]. 水利学报, 2016, 4(2): 3-9.", {("赵平", "2016")}),
        (
            "钱进, 孙立. 2015. 乡村社会变迁[M]. 上海: 某出版社.",
            {("钱进", "2015"), ("孙立", "2015")},
        ),
        ("周文,吴杰,等.城镇规划[D].南京:某大学,2014.", {("周文", "2014"), ("吴杰", "2014")}),
        ("BROWN K. Harbour economics[M]. London: Quay Press, 2013.", {("BROWN", "2013")}),
    ],
)
def test_gbt_keys(entry: str, keys: set[tuple[str, str]]) -> None:
    index = author_years([("1", entry)])
    assert keys <= set(index)


_GBT_INDEX = author_years(
    [
        ("1", "赵平. 河流治理研究[J]. 水利学报, 2016, 4(2): 3-9."),
        ("2", "钱进, 孙立. 2015. 乡村社会变迁[M]. 上海: 某出版社."),
        ("3", "BROWN K. Harbour economics[M]. London: Quay Press, 2013."),
    ]
)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("已有研究（赵平，2016）。", ["1"]),
        ("赵平（2016）认为如此。", ["1"]),
        ("钱进和孙立（2015）指出。", ["2"]),
        ("见（钱进，2015；赵平，2016）。", ["2", "1"]),
        ("港口研究（Brown，2013）。", ["3"]),
        ("港口研究(Brown, 2013)。", ["3"]),
        ("年份不符（赵平，2011）。", []),
    ],
)
def test_gbt_mentions(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, _GBT_INDEX)] == labels


# -- 3. APA-shaped CJK entries, a full stop after the article's title -------------------------


@pytest.mark.parametrize(
    ("entry", "author", "title", "host", "volume", "issue", "pages"),
    [
        (
            "中村健（2008）.「港の祭り」.『地域史研究』5(1), 3-9.",
            "中村健",
            "港の祭り",
            "地域史研究",
            "5",
            "1",
            "3-9",
        ),
        (
            "中村健 (2008). 「港の祭り」. 『地域史研究』 5(1), 3-9.",
            "中村健",
            "港の祭り",
            "地域史研究",
            "5",
            "1",
            "3-9",
        ),
        (
            "박영수(2016). 「도시 변화」. 『지역연구』, 7(2), 1-9.",
            "박영수",
            "도시 변화",
            "지역연구",
            "7",
            "2",
            "1-9",
        ),
        (
            "中村健（2008）「港の祭り」『地域史研究』5(1)：3-9。",
            "中村健",
            "港の祭り",
            "地域史研究",
            "5",
            "1",
            "3-9",
        ),
    ],
)
def test_apa_cjk_article(
    entry: str, author: str, title: str, host: str, volume: str, issue: str, pages: str
) -> None:
    fields = cjk_parse(entry)
    assert fields is not None
    ref = parse_reference(entry, [0])
    assert (ref.kind, ref.authors, ref.year, ref.title, ref.host) == (
        RefKind.ARTICLE,
        (author,),
        2008 if "中村" in entry else 2016,
        title,
        host,
    )
    assert (ref.volume, ref.issue, ref.pages) == (volume, issue, pages)


# -- 4. a full-width comma, no space, in a Latin mention --------------------------------------


@pytest.mark.parametrize(
    ("text", "spaced", "kept"),
    [
        ("（Brown，2013）", "（Brown, 2013）", [*range(7), 7, *range(7, 13)]),
        ("（赵平，2016）", "（赵平，2016）", []),  # (a CJK name's comma is the CJK reading's)
        ("一，2016", "一，2016", []),
    ],
)
def test_spaced_commas(text: str, spaced: str, kept: list[int]) -> None:
    new, where = spaced_commas(text)
    assert new == spaced
    assert where == kept


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("港口研究（Brown，2013）。", [(5, 15, "3")]),
        ("一说（Brown，2013；赵平，2016）。", [(3, 13, "3"), (14, 21, "1")]),
        ("无此文献（Green，2013）。", []),
    ],
)
def test_full_width_comma_spans(text: str, found: list[tuple[int, int, str]]) -> None:
    assert list(spans(text, _GBT_INDEX)) == found


@pytest.mark.parametrize(
    "mention",
    ["（Brown et al.，2013）", "（Brown，2013：45）", "（Brown，2013a）", "（Green，2013）"],
)
def test_full_width_comma_read_as_spaced(mention: str) -> None:
    # (the unspaced comma read as the spaced one is: the same entries, the span one shorter)
    spaced = mention.replace("，", ", ")
    assert [(s, e - 1, label) for s, e, label in spans(spaced, _GBT_INDEX)] == list(
        spans(mention, _GBT_INDEX)
    )


# -- whole documents: plain text, Markdown, Word ----------------------------------------------

_ZH_LINES = """城市与乡村

近年来的研究表明该问题十分重要（赵平，2016）。钱进（2015）进一步讨论了这一点。
也有学者提出不同看法（Brown，2013）。另见（赵平，2016；钱进，2015）。

参考文献

赵平. 河流治理研究[J]. 水利学报, 2016, 4(2): 3-9.
钱进, 孙立. 乡村社会变迁[M]. 上海: 某出版社,
2015.
BROWN K. Harbour economics[M]. London: Quay Press, 2013.
"""

_ZH_YEAR_FIRST = """城市与乡村

近年来的研究表明该问题十分重要（赵平，2016）。钱进（2015）进一步讨论了这一点。
也有学者提出不同看法（Brown，2013）。

参考文献

赵平. 2016. 河流治理研究[J]. 水利学报, 4(2): 3-9.
钱进, 孙立. 2015. 乡村社会变迁[M]. 上海: 某出版社.
BROWN K. 2013. Harbour economics[M]. London: Quay Press.
"""

_JA_LINES = """港町の研究

港の祭りについては研究がある（中村，2008）。森田（2011）は別の見解を示した。
また中村（2008）も参照。

参考文献

中村健（2008）.「港の祭り」.『地域史研究』5(1), 3-9.
森田花子（2011）『港町の歴史』某書店。
"""

_KO_LINES = """서론

선행 연구는 이 문제를 다루었다(박영수, 2016). 최민지(2019)는 다른 견해를 제시하였다.
박영수(2016)도 참조.

참고문헌

박영수(2016). 「도시 변화」. 『지역연구』, 7(2), 1-9.
최민지(2019). 『농촌의 미래』. 서울: 출판사.
"""


def _summary(
    doc: ParsedDocument,
) -> tuple[list[tuple[str, int | None, str | None]], set[tuple[str, int]]]:
    entries = [(e.label, e.reference.year, e.reference.title) for e in doc.literature]
    pairs = {(f.label, m.line) for f in doc.footnotes for m in f.markers}
    return entries, pairs


_ZH_ENTRIES = [
    ("1", 2016, "河流治理研究"),
    ("2", 2015, "乡村社会变迁"),
    ("3", 2013, "Harbour economics"),
]


@pytest.mark.parametrize(
    ("name", "source", "entries", "pairs"),
    [
        ("zh.txt", _ZH_LINES, _ZH_ENTRIES, {("1", 3), ("2", 3), ("3", 4), ("1", 4), ("2", 4)}),
        ("zh.md", _ZH_LINES, _ZH_ENTRIES, {("1", 3), ("2", 3), ("3", 4), ("1", 4), ("2", 4)}),
        ("zh2.txt", _ZH_YEAR_FIRST, _ZH_ENTRIES, {("1", 3), ("2", 3), ("3", 4)}),
        (
            "ja.txt",
            _JA_LINES,
            [("1", 2008, "港の祭り"), ("2", 2011, "港町の歴史")],
            {("1", 3), ("2", 3), ("1", 4)},
        ),
        (
            "ko.txt",
            _KO_LINES,
            [("1", 2016, "도시 변화"), ("2", 2019, "농촌의 미래")],
            {("1", 3), ("2", 3), ("1", 4)},
        ),
    ],
)
def test_whole_text_document(
    tmp_path: Path,
    name: str,
    source: str,
    entries: list[tuple[str, int | None, str | None]],
    pairs: set[tuple[str, int]],
) -> None:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    doc = parse_file(path)
    assert _summary(doc) == (entries, pairs)
    assert doc.anomalies == ()


def test_whole_word_document() -> None:
    body = [p(t("城市与乡村"), style="Heading1")]
    lines = _ZH_LINES.split("\n")
    body += [p(t(line)) for line in lines[2:4]]
    body.append(p(t("参考文献"), style="Heading1"))
    # (Word: one paragraph an entry, no blank paragraphs between)
    body += [
        p(t("赵平. 河流治理研究[J]. 水利学报, 2016, 4(2): 3-9.")),
        p(t("钱进, 孙立. 乡村社会变迁[M]. 上海: 某出版社, 2015.")),
        p(t("BROWN K. Harbour economics[M]. London: Quay Press, 2013.")),
    ]
    doc = parse_bytes(build_docx(body=body, footnotes=None), "paper.docx")
    entries, pairs = _summary(doc)
    assert entries == _ZH_ENTRIES
    assert {label for label, _ in pairs} == {"1", "2", "3"}
    assert len(pairs) == 5
