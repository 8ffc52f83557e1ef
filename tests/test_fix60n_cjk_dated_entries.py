"""CJK author-date entries: the year after the names (``鈴木一郎（2015）『…』``,
``홍길동(2010). 『…』.``), a year written ``2015年`` in the name-year index, and two works
of one first author and year told apart by their co-authors (``(山田・佐藤 2019)``)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import cjk_brackets, parse_reference
from bibcheck.readers.authoryear import JOINT, author_years, spans
from bibcheck.readers.cjkcite import cjk_count_keys, mention_count_key


@pytest.mark.parametrize(
    ("text", "authors", "year", "title", "host", "publisher", "place", "volume", "issue", "pages"),
    [
        (
            "松本健二（2015）『地方財政の展開』京都大学学術出版会。",
            ("松本健二",), 2015, "地方財政の展開", None, "京都大学学術出版会", None, None, None, None,
        ),
        (
            "松本健二（2015年）『地方財政の展開』京都大学学術出版会。",
            ("松本健二",), 2015, "地方財政の展開", None, "京都大学学術出版会", None, None, None, None,
        ),
        (
            "이순신 (2012). 『조선 수군의 역사』. 서울: 해양출판사.",
            ("이순신",), 2012, "조선 수군의 역사", None, "해양출판사", "서울", None, None, None,
        ),
        (
            "村井美咲（2021）「農村女性の就労」『農業経済研究』93(2), 110–125頁。",
            ("村井美咲",), 2021, "農村女性の就労", "農業経済研究", None, None, "93", "2", "110–125",
        ),
        (
            "村井美咲・大野誠（2021）「農村女性の就労」『農業経済研究』93(2), 110–125頁。",
            ("村井美咲", "大野誠"), 2021, "農村女性の就労", "農業経済研究", None, None, "93", "2",
            "110–125",
        ),
        (
            "陈立新（2011）《城市更新研究》，北京：商务印书馆。",
            ("陈立新",), 2011, "城市更新研究", None, "商务印书馆", "北京", None, None, None,
        ),
    ],
)  # fmt: skip
def test_dated_entry_fields(
    text: str,
    authors: tuple[str, ...],
    year: int,
    title: str,
    host: str | None,
    publisher: str | None,
    place: str | None,
    volume: str | None,
    issue: str | None,
    pages: str | None,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.year, ref.title, ref.host) == (authors, year, title, host)
    assert (ref.publisher, ref.place, ref.volume, ref.issue, ref.pages) == (
        publisher,
        place,
        volume,
        issue,
        pages,
    )
    assert ref.anomalies == ()


@pytest.mark.parametrize(
    "text",
    [
        "山田太郎『日本の近代』東京大学出版会、2005年、45頁。",  # a note: the year at the end
        "王明：《书名》，北京：人民出版社，2001年，第45页。",
        "佐藤花子「港湾の研究」『史学雑誌』第112編第3号、2003年、1〜30頁。",
    ],
)
def test_undated_head_is_no_author_date_entry(text: str) -> None:
    assert cjk_brackets.dated(text) is None
    assert cjk_brackets.parse(text) is not None


@pytest.mark.parametrize(
    ("head", "keys"),
    [
        ("松本健二", {f"松本健二{JOINT}#1", f"松本{JOINT}#1", f"松本健{JOINT}#1"}),
        ("이순신", {f"이순신{JOINT}#1"}),
        ("王明、李华", {f"王明{JOINT}李华{JOINT}#2"}),
        ("张三, 李四, 王五", {f"张三{JOINT}#3"}),
        ("村井美咲ほか", {f"村井美咲{JOINT}#3", f"村井{JOINT}#3", f"村井美{JOINT}#3"}),
        ("", set()),
    ],
)
def test_cjk_count_keys(head: str, keys: set[str]) -> None:
    assert cjk_count_keys(head, JOINT) == keys


@pytest.mark.parametrize(
    ("name", "others", "etal", "key"),
    [
        ("村井", "", False, f"村井{JOINT}#1"),
        ("村井", "・大野", False, f"村井{JOINT}大野{JOINT}#2"),
        ("王明", "、李华、张三", False, f"王明{JOINT}#3"),
        ("村井", "", True, f"村井{JOINT}#3"),
    ],
)
def test_mention_count_key(name: str, others: str, etal: bool, key: str) -> None:
    assert mention_count_key(name, others, etal, JOINT) == key


_SHARED = [
    ("1", "村井美咲（2021）「農村女性の就労」『農業経済研究』93(2), 110–125頁。"),
    ("2", "村井美咲・大野誠（2021）「農村女性と地域」『農村研究』40(1), 5–20頁。"),
    ("3", "村井美咲・大野誠・林一（2021）「地域の統計」『統計学』8(1), 1–9頁。"),
    ("4", "高橋進（2016年）『港町の歴史』吉川弘文館。"),
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("（村井・大野 2021）", [("村井・大野 2021", "2")]),
        ("村井（2021）は述べる。", [("村井（2021）", "1")]),
        ("（村井 2021: 112）", [("村井 2021: 112", "1")]),
        ("（村井ほか 2021）", [("村井ほか 2021", "3")]),
        ("高橋（2016年）によれば", [("高橋（2016年）", "4")]),
        ("（高橋 2016年）", [("高橋 2016年", "4")]),
        ("（高橋 2017）", []),
    ],
)
def test_shared_first_author_told_apart(text: str, found: list[tuple[str, str]]) -> None:
    index = author_years(_SHARED)
    assert [(text[a:b], label) for a, b, label in spans(text, index)] == found


_DOC = """# 地方の近代

高橋（2016）は港町を論じた。共同研究は別の見方を示す（村井・大野 2021）。
村井（2021年）によれば、就労は増えた（村井 2021: 112）。

## 参考文献

- 高橋進（2016年）『港町の歴史』吉川弘文館。
- 村井美咲（2021）「農村女性の就労」『農業経済研究』93(2), 110–125頁。
- 村井美咲・大野誠（2021）「農村女性と地域」『農村研究』40(1), 5–20頁。
"""

_KOREAN = """한국 근대

이순신(2012)은 수군의 역사를 정리하였다. 이 점은 다른 연구에서도 확인된다(김영희, 2018).

## 참고문헌

- 이순신 (2012). 『조선 수군의 역사』. 서울: 해양출판사.
- 김영희 (2018). 「근대 항구의 변화」. 『역사학보』 41(2), 33-58.
"""


@pytest.mark.parametrize(
    ("name", "source", "years", "cited"),
    [
        ("ja.md", _DOC, [2016, 2021, 2021], {("1", 3), ("3", 3), ("2", 4)}),
        ("ko.md", _KOREAN, [2012, 2018], {("1", 3), ("2", 3)}),
    ],
)
def test_whole_document(
    name: str, source: str, years: list[int], cited: set[tuple[str, int]]
) -> None:
    doc = parse_bytes(source.encode(), name)
    assert [e.reference.year for e in doc.literature] == years
    found = {(f.label, m.line) for f in doc.footnotes for m in f.markers}
    assert found == cited
    assert doc.anomalies == ()
    assert all(e.reference.title for e in doc.literature)
