"""East Asian author-date citations in the text (fix round 60, helper k).

Chinese, Japanese and Korean names cited whole without spaces (``汪学军``, ``홍길동``) or by
a Japanese family name (``山田`` for ``山田太郎``), full-width parentheses and separators,
``等`` / ``ほか`` / ``외`` for et al., ``第53页`` / ``45頁`` / ``34쪽`` pages; a year in
parentheses after words that name no author is no citation.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.authoryear import JOINT, author_years, spans
from bibcheck.readers.cjkcite import cjk_names, cjk_spans, has_cjk


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("吉登斯，", ["吉登斯", "吉登"]),
        ("张三, 李四, 王五, ", ["张三", "李四", "王五"]),
        ("刘洋、陈静等，", ["刘洋", "陈静"]),
        ("山田太郎・佐藤花子 ", ["山田太郎", "山田", "山田太", "佐藤花子", "佐藤", "佐藤花"]),
        ("中村 健, 小林 恵 ", ["中村健", "中村", "小林恵", "小林"]),
        ("鈴木一郎（", ["鈴木一郎", "鈴木", "鈴木一"]),
        ("中村健（", ["中村健", "中村"]),
        ("汪学军, ", ["汪学军", "汪学"]),
        ("홍길동, ", ["홍길동"]),
        ("김철수, 이영희 ", ["김철수", "이영희"]),
        ("Smith, J., ", []),
    ],
)
def test_cjk_names(head: str, expected: list[str]) -> None:
    assert cjk_names(head) == expected


@pytest.mark.parametrize(("text", "expected"), [("汪学军", True), ("홍", True), ("Smith", False)])
def test_has_cjk(text: str, expected: bool) -> None:
    assert has_cjk(text) is expected


_ENTRIES = [
    ("1", "汪学军, 2005. 全球化与中国经济[J]. 经济研究, 12(3): 1-9."),
    ("2", "吉登斯, 2000. 现代性的后果[M]. 北京: 译林出版社."),
    ("3", "张三, 李四, 王五, 2008. 城市化研究[J]. 地理学报, 63(2): 10-20."),
    ("4", "王明, 2010. 制度与发展[M]. 上海: 人民出版社."),
    ("5", "山田太郎・佐藤花子・田中次郎 (2019). 「地域社会の変容」. 『社会学評論』 70(2), 1-20."),
    ("6", "鈴木一郎（2015）『日本の近代』東京大学出版会."),
    ("7", "홍길동 (2010). 「도시의 변화」. 『지리학보』 3, 1-9."),
    ("8", "김철수, 이영희, 박민수 (2015). 농촌 연구. 『농업경제』 7, 2-8."),
    ("9", "王明华, 2010. 区域经济[M]. 北京: 科学出版社."),
    ("10", "中村健（2008）『都市の歴史』岩波書店。"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("讨论很多(汪学军, 2005)。", [("汪学军, 2005", "1")]),
        ("见（吉登斯，2000：第53页）。", [("吉登斯，2000：第53页", "2")]),
        ("研究不少(张三 等, 2008)。", [("张三 等, 2008", "3")]),
        ("王明（2010）认为制度很重要。", [("王明（2010）", "4")]),
        ("正如王明（2010）所说", [("王明（2010）", "4")]),
        ("张三等（2008）指出", [("张三等（2008）", "3")]),
        ("指摘がある（山田・佐藤 2019: 45）。", [("山田・佐藤 2019: 45", "5")]),
        ("また(山田ほか 2019)も参照。", [("山田ほか 2019", "5")]),
        ("鈴木（2015）は別の見解を示した。", [("鈴木（2015）", "6")]),
        ("鈴木一郎（2015：45頁）による", [("鈴木一郎（2015：45頁）", "6")]),
        ("(홍길동, 2010: 34)와 같다", [("홍길동, 2010: 34", "7")]),
        ("(김철수 외, 2015)", [("김철수 외, 2015", "8")]),
        ("홍길동(2010)은 말했다", [("홍길동(2010)", "7")]),
        # (a whole name outranks another's first two kanji: 王明 is not 王明华)
        ("王明华（2010）指出", [("王明华（2010）", "9")]),
        ("中村（2008：45頁）も同様", [("中村（2008：45頁）", "10")]),
        ("(王明, 2010；汪学军, 2005)", [("王明, 2010", "4"), ("汪学军, 2005", "1")]),
        # (no author's words before the year, or a year no entry of the name has)
        ("北宋天圣元年（1023）改革。", []),
        ("该网站（2023年5月4日访问）有数据。", []),
        ("明治元年（1868）の改革", []),
        ("王明（2011）认为", []),
        ("(李华, 2010)", []),
    ],
)
def test_spans(text: str, expected: list[tuple[str, str]]) -> None:
    index = author_years(_ENTRIES)
    assert [(text[a:b], label) for a, b, label in spans(text, index)] == expected


def test_cjk_spans_latin_text_has_none() -> None:
    index = author_years(_ENTRIES)
    assert list(cjk_spans("as Wang (2010) says", index, JOINT)) == []


_CHINESE = """# 引言

全球化问题引起了广泛讨论(汪学军, 2005)。社会理论方面，见（吉登斯，2000：第53页）。
实证研究也有不少(张三 等, 2008)。王明（2010）认为制度很重要。
北宋天圣元年（1023）改革。该网站（2023年5月4日访问）有数据。

# 参考文献

汪学军, 2005. 全球化与中国经济[J]. 经济研究, 12(3): 1-9.

吉登斯, 2000. 现代性的后果[M]. 北京: 译林出版社.

张三, 李四, 王五, 2008. 城市化研究[J]. 地理学报, 63(2): 10-20.

王明, 2010. 制度与发展[M]. 上海: 人民出版社.
"""

_JAPANESE = """# はじめに

この点は先行研究でも指摘されている（山田・佐藤 2019: 45）。
また(山田ほか 2019)も参照。鈴木（2015）は別の見解を示した。
山田（2017）は地域の事例を扱う。明治元年（1868）の改革については省略する。

# 参考文献

山田太郎・佐藤花子・田中次郎 (2019). 「地域社会の変容」. 『社会学評論』 70(2), 1-20.

山田太郎 (2017). 「村落の事例」. 『経済研究』 5(1), 3-9.

鈴木一郎 (2015). 『日本の近代』. 東京大学出版会.
"""


@pytest.mark.parametrize(
    ("name", "source", "years", "lines"),
    [
        ("zh.md", _CHINESE, [2005, 2000, 2008, 2010], {("1", 3), ("2", 3), ("3", 4), ("4", 4)}),
        ("ja.md", _JAPANESE, [2019, 2017, 2015], {("1", 3), ("3", 4), ("2", 5)}),
    ],
)
def test_whole_document(
    name: str, source: str, years: list[int], lines: set[tuple[str, int]]
) -> None:
    doc = parse_bytes(source.encode(), name)
    assert [e.reference.year for e in doc.literature] == years
    found = {(f.label.strip("[]"), f.reference.line) for f in doc.footnotes if f.reference}
    assert found == lines
    assert doc.anomalies == ()
