"""A line broken at the column edge inside Chinese or Japanese text is no word space: the
parts join with none; a Latin word, a digit or Korean (spaced by words) keeps the space."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.linewrap import join_broken_ranges, join_cjk_wraps


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(
            ["水库调度规则的优", "化研究[J]. 水利学报"],
            ["水库调度规则的优化研究[J]. 水利学报"],
            id="zh",
        ),
        pytest.param(
            ["近世における村落", "の祭祀組織"], ["近世における村落の祭祀組織"], id="ja-kana"
        ),
        pytest.param(
            ["한국어 학습자의 쓰기", "발달 연구"],
            ["한국어 학습자의 쓰기", "발달 연구"],
            id="ko-word-space-kept",
        ),
        pytest.param(
            ["城市更新的公众参与，", "基于苏州的调查"],
            ["城市更新的公众参与，基于苏州的调查"],
            id="zh-comma",
        ),
        pytest.param(["基于", "YOLOv5 的检测"], ["基于", "YOLOv5 的检测"], id="cjk-then-latin"),
        pytest.param(["using deep", "learning"], ["using deep", "learning"], id="latin-latin"),
        pytest.param(["第 2", "版"], ["第 2", "版"], id="digit-then-cjk"),
        pytest.param(
            ["北", "京: 出版社", "2019 年"], ["北京: 出版社", "2019 年"], id="three-lines"
        ),
    ],
)
def test_join_cjk_wraps(lines: list[str], joined: list[str]) -> None:
    parts = [(t, k) for k, t in enumerate(lines, start=10)]
    out = join_cjk_wraps(parts)
    assert [t for t, _ in out] == joined
    assert out[0][1] == 10


_PAGE = """道路桥梁的养护研究

李四 1，张三 2

摘要：桥梁检测方法很多[1]。近年来深度学习受到关注[2-3]。
裂缝识别已有较多研究[1]，但精度仍有不足[2]。
本文提出一种新方法[3]。

参考文献
[1] 张伟, 刘洋. 混凝土桥梁病害检测技术的研
究进展[J]. 公路交通科技, 2019, 36(4): 1-9.
[2] 陈静. 基于图像处理的路面裂缝识别方
法[D]. 西安: 长安大学, 2018.
[3] SMITH J, DOE A. Crack detection with deep
learning[J]. Structural Health Monitoring,
2020, 19(2): 100-110.
"""


def test_reference_list_joined_without_space() -> None:
    doc = parse_bytes(_PAGE.encode(), "lunwen.txt")
    titles = {e.number: e.reference.title for e in doc.literature}
    assert titles[1] == "混凝土桥梁病害检测技术的研究进展"
    assert titles[2] == "基于图像处理的路面裂缝识别方法"
    assert titles[3] == "Crack detection with deep learning"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(
            ["学报, 2021, 34(5): 112-", "123."], ["学报, 2021, 34(5): 112-123."], id="gbt"
        ),
        pytest.param(
            ["Journal 12 (2001), pp. 45–", "67."], ["Journal 12 (2001), pp. 45–67."], id="en-dash"
        ),
        pytest.param(
            ["https://example.org/2019-", "20/x"], ["https://example.org/2019-", "20/x"], id="url"
        ),
        pytest.param(["doi:10.1000/abc-", "12"], ["doi:10.1000/abc-", "12"], id="doi"),
        pytest.param(
            ["pages 10-", "Smith and Jones"], ["pages 10-", "Smith and Jones"], id="no-number"
        ),
    ],
)
def test_join_broken_ranges(lines: list[str], joined: list[str]) -> None:
    out = join_broken_ranges([(t, k) for k, t in enumerate(lines, start=1)])
    assert [t for t, _ in out] == joined


def test_page_range_wrapped_in_list() -> None:
    page = _PAGE.replace("2019, 36(4): 1-9.", "2019, 36(4): 101-\n109.")
    doc = parse_bytes(page.encode(), "lunwen.txt")
    assert doc.literature[0].reference.pages == "101-109"
