"""A Markdown reference list typed as ``[n]`` paragraphs: the number is the label."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RawNote
from bibcheck.readers.bracketlist import bracket_labelled


def _notes(*texts: str) -> list[RawNote]:
    return [RawNote(str(k), t, k, k, (k,)) for k, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "labels", "first"),
    [
        pytest.param(
            (
                "[1] 李明. 标题一[J]. 期刊, 2001, 3(2): 1-5.",
                "[2] 王芳. 标题二[M]. 北京: 出版社, 2003.",
            ),
            ["1", "2"],
            "李明. 标题一[J]. 期刊, 2001, 3(2): 1-5.",
            id="gbt",
        ),
        pytest.param(
            ("\\[3\\] Doe J. A title. Journal. 2001;3:1-5.", "\\[4\\] Roe P. Another. 2003."),
            ["3", "4"],
            "Doe J. A title. Journal. 2001;3:1-5.",
            id="escaped-brackets",
        ),
        pytest.param(
            (
                "［1］田中太郎. 書名[M]. 東京: 岩波書店, 1999.",
                "［2］山田花子. 論文[J]. 誌, 2000, 1: 2-9.",
            ),
            ["1", "2"],
            "田中太郎. 書名[M]. 東京: 岩波書店, 1999.",
            id="full-width-brackets",
        ),
        pytest.param(
            ("[1] Doe J. A title. 2001.", "Roe P. Another title. 2003."),
            ["1", "2"],
            "[1] Doe J. A title. 2001.",
            id="not-every-entry-unchanged",
        ),
    ],
)
def test_bracket_labelled(texts: tuple[str, ...], labels: list[str], first: str) -> None:
    out = bracket_labelled(_notes(*texts))
    assert [n.label for n in out] == labels
    assert out[0].text == first


_DOC = """# 引言

城市更新的研究很多。[^1] 另见规划史。[^2]

# 参考文献

[1] 李明, 赵强. 旧城更新中的居民参与[J]. 城市问题, 2012, 28(3): 10-16.

[2] 国家发展改革委. 关于推进城市更新的指导意见[EB/OL]. (2020-03-02)[2024-01-05]. https://example.gov.cn/a.html.

[^1]: 李明, 赵强. 旧城更新中的居民参与[J]. 城市问题, 2012, 28(3): 10-16.
[^2]: 国家发展改革委. 关于推进城市更新的指导意见[EB/OL]. (2020-03-02)[2024-01-05]. https://example.gov.cn/a.html.
"""


def test_pandoc_gbt_list_agrees_with_notes() -> None:
    doc = parse_bytes(_DOC.encode(), "gengxin.md")
    assert doc.reader == "pandoc-markdown"
    lit = {e.number: e.reference for e in doc.literature}
    assert lit[1].authors == ("李明", "赵强") and lit[1].title == "旧城更新中的居民参与"
    assert lit[2].authors == ("国家发展改革委",) and lit[2].year == 2020
    assert lit[2].title == "关于推进城市更新的指导意见"
    codes = {a.code.value for a in doc.all_anomalies()}
    assert not codes & {"literature-title-differs", "literature-year-differs", "literature-missing"}
