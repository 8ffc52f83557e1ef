"""Fix 52b: where a bare address written into CJK prose ends (full-width punctuation, the
ideographic space, CJK words run on after it) while an IRI keeps its CJK path.  Own
fixtures, in the shapes Chinese and Japanese references and notes use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.urls import extract_urls
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full-width punctuation ends the address
        ("排版手册. https://typst.app/docs，见于 2025-06-22。", ["https://typst.app/docs"]),
        ("见 https://example.cn/a/b。", ["https://example.cn/a/b"]),
        ("资料（https://example.cn/x）。", ["https://example.cn/x"]),
        ("「https://example.jp/page」を参照", ["https://example.jp/page"]),
        (
            "https://example.cn/a、https://example.cn/b；",
            ["https://example.cn/a", "https://example.cn/b"],
        ),
        ("https://example.cn/a\u3000访问日期", ["https://example.cn/a"]),
        ("【https://example.cn/c】", ["https://example.cn/c"]),
        # CJK words run on after the address (no space between)
        ("https://typst.app/docs见于2025-06-22", ["https://typst.app/docs"]),
        ("https://example.jp/guide/index.htmlを参照", ["https://example.jp/guide/index.html"]),
        # an address after CJK prose with no space before it
        ("参见https://example.cn/report。", ["https://example.cn/report"]),
        # negatives: IRIs whose CJK is the address's own
        ("https://zh.wikipedia.org/wiki/北京", ["https://zh.wikipedia.org/wiki/北京"]),
        ("https://ja.wikipedia.org/wiki/人々 参照", ["https://ja.wikipedia.org/wiki/人々"]),
        ("https://example.cn/s?q=北京大学", ["https://example.cn/s?q=北京大学"]),
        ("https://example.cn/%E5%8C%97京", ["https://example.cn/%E5%8C%97京"]),
        ("https://example.cn/C语言/intro", ["https://example.cn/C语言/intro"]),
        ("https://例子.测试/docs", ["https://例子.测试/docs"]),
        # negatives: Latin text is as before
        ("see https://example.org/a,b and more", ["https://example.org/a,b"]),
        ("xhttps://example.org/a", []),
    ],
)
def test_address_ends(text: str, expected: list[str]) -> None:
    found = extract_urls(text, [1])
    assert [u.display for u in found.urls] == expected


def test_the_words_after_stay_in_the_text() -> None:
    found = extract_urls("https://typst.app/docs，见于 2025-06-22", [1])
    assert "见于 2025-06-22" in found.rest
    assert AnomalyCode.URL_TRAILING_PUNCTUATION not in {a.code for a in found.anomalies}


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "https://a.org/" + "a见" * (n // 2), id="mixed-runs"),
        pytest.param(lambda n: "见https://" * (n // 9), id="many-starts"),
        pytest.param(lambda n: "https://a.org/" + "x" * n + "见", id="long-word"),
        pytest.param(lambda n: "https://a.org/%E5" * (n // 17), id="escapes"),
    ],
)
def test_extract_urls_is_linear(line: Line) -> None:
    assert_linear(lambda text: extract_urls(text, [1]), line)
