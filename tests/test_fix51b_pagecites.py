"""Fix 51b: numbered in-page link citations (``[[1, p. 41]](#cite:1)``) of an anchored
numbered list, read by the Markdown readers; numeric citations a successful read left
unread said in the coverage; East Asian entries with quoted titles and full-width commas.
Own fixtures, in the shapes static-site pages and East Asian lists use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.parse.references import cjk_quoted, parse_reference
from bibcheck.readers import mdlinks, org, pagecites, pandoc
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# Finding the citations and the anchored entries
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("as [[1, Example 2.5, p. 41]](#cite:1) shows", [(("1",), "Example 2.5, p. 41")]),
        ("see [[2]](#ref-2).", [(("2",), None)]),
        ("in [\\[3\\]](#references) and", [(("3",), None)]),
        ("both [[1, 2]](#bib1)", [(("1", "2"), None)]),
        ("range [[4-6]](#references)", [(("4", "5", "6"), None)]),
        ("bare [5](#ref5) number", [(("5",), None)]),
        ("[[2, 定理3]](#lit-2) による", [(("2",), "定理3")]),
        # negatives: a heading link, a figure link, an equation, a footnote link, an image,
        # a bare number to a fragment that names no work, a fragment of another number
        ("[see above](#method)", []),
        ("Figure [1](#fig1) shows", []),
        ("by [[4]](#eq-4) we have", []),
        ("a note [1](#fn1) here", []),
        ("![[1]](#ref-1)", []),
        ("bare [2](#results) number", []),
        ("see [[3]](#ref-7)", []),
    ],
)
def test_find(line: str, expected: list[tuple[tuple[str, ...], str | None]]) -> None:
    found = pagecites.find([line], {})
    assert [(c.numbers, c.locator) for c in found] == expected


@pytest.mark.parametrize(
    ("line", "anchor", "bare"),
    [
        ('{{< anchor "cite:1" >}}[1] A. Author, "Title", 2016.', ("cite:1", "1"), "[1] A."),
        ('<a id="ref2"></a>2. B. Author, Title, 2010.', ("ref2", "2"), "2. B."),
        ('<span id="cite-3"></span>[3] C. Author, 2001.', ("cite-3", "3"), "[3] C."),
        ('4. <a name="r4"></a>D. Author, 1999.', ("r4", "4"), "4. D."),
        ('{{% anchor "bib-5" %}}5. E. Author', ("bib-5", "5"), "5. E."),
        # negatives: an anchor over a heading's text, a line with no anchor
        ('<a id="method"></a>Our method', None, "<a id"),
        ("[6] F. Author, 2003.", None, "[6] F."),
    ],
)
def test_anchored_entries(line: str, anchor: tuple[str, str] | None, bare: str) -> None:
    found = pagecites.anchors([line])
    assert found == (dict([anchor]) if anchor else {})
    assert pagecites.without_anchor(line).startswith(bare)


def test_cites_an_entry_by_its_anchor_whatever_the_fragment() -> None:
    lines = ["cited [[1]](#x-intro-source).", "", '<a id="x-intro-source"></a>[1] A. Author.']
    assert [c.numbers for c in pagecites.find(lines)] == [("1",)]


# --------------------------------------------------------------------------
# Reading: pandoc-markdown (with footnotes) and markdown-links (without)
# --------------------------------------------------------------------------

_HUGO = """---
title: "Limits and rings"
---

# Limits and rings

The textbook [[1]](#cite:1) builds the ring as a limit [[1, Example 2.5, p. 41]](#cite:1).
A second proof is in [[2, Thm. 3]](#cite:2).[^1]

[^1]: The author had not met limits before.

## References

{{< anchor "cite:1" >}}[1] J. Halden, "Sheaves and algebra", Northfield Press, Leeds, 2016.

{{< anchor "cite:2" >}}[2] K. Moreau, "Limits in algebra", Ashgrove Press, Bath, 2010.
"""

_JEKYLL = """# Notes on graphs

Colouring was settled [[1]](#ref-1), and the bound improved [[2, sec. 4]](#ref-2).
Both use the same lemma [\\[1\\]](#references).

## References

1. <a id="ref-1"></a>A. Lund, "Colouring planar maps", Journal of Graphs, vol. 3, pp. 1-9, 2001.
2. <a id="ref-2"></a>B. Okoro, "Better bounds", Journal of Graphs, vol. 9, pp. 20-31, 2012.
"""


@pytest.mark.parametrize(
    ("text", "reader", "expected"),
    [
        (_HUGO, "pandoc", [("1", 8), ("[1]", 7), ("[1]", 7), ("[2]", 8)]),
        (_JEKYLL, "links", [("1", 3), ("2", 3), ("1", 4)]),
    ],
)
def test_read(text: str, reader: str, expected: list[tuple[str, int]]) -> None:
    raw = pandoc.read(text) if reader == "pandoc" else mdlinks.read(text)
    assert sorted((m.label, m.line) for m in raw.markers) == sorted(expected)
    notes = {n.label: n.text for n in raw.footnotes}
    cited = {m.label for m in raw.markers}
    assert all(label in notes for label in cited)
    assert [n.label for n in raw.literature] == ["1", "2"]


@pytest.mark.parametrize(
    "text",
    [
        # a heading link and a figure link: no citations
        "# T\n\nSee [above](#method) and Figure [1](#fig1).[^1]\n\n[^1]: Note.\n\n"
        "## References\n\n[1] A. Author, Title, 2001.\n",
        # [1] linked to a list that does not exist on the page
        "# T\n\nSee [[1]](#ref-1) and [[2]](#ref-2).[^1]\n\n[^1]: Note.\n",
    ],
)
def test_pandoc_negatives(text: str) -> None:
    raw = pandoc.read(text)
    assert [m.label for m in raw.markers] == ["1"]  # the footnote only


def test_choice_scores() -> None:
    hugo_free = _HUGO.replace(".[^1]", ".").replace(
        "[^1]: The author had not met limits before.", ""
    )
    assert org.score(hugo_free) == 0.0  # "(#cite:1)" is no Org link
    assert org.score(_HUGO) == 0.0
    assert mdlinks.score(hugo_free) >= 0.7
    assert mdlinks.score(_JEKYLL) >= 0.7
    assert (
        mdlinks.score("# T\n\nSee [1](#fig1) and [2](#fig2).\n\n## References\n\n[1] A.\n") == 0.0
    )


# --------------------------------------------------------------------------
# Coverage: numeric citations left unread are said, with their lines
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a footnoted page citing its list by [n] too: the [n] are unread by pandoc-markdown
        (
            "# T\n\nA claim [1]. Another [2, p. 4].\nAn aside.[^1]\n\n[^1]: Aside.\n\n"
            "## References\n\n[1] A. Author, Title one, 2001.\n\n[2] B. Author, Title two, 2002.\n",
            (3,),
        ),
        # a link citation to a number the list lacks, and a plain one
        (_HUGO.replace("[[2, Thm. 3]](#cite:2)", "[[3]](#cite:3) and [4]"), (8,)),
    ],
)
def test_unread_numbers_said(tmp_path: Path, text: str, lines: tuple[int, ...]) -> None:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    assert len(unread) == 1
    assert unread[0].lines == lines
    assert "numeric citations" in unread[0].message


@pytest.mark.parametrize(
    "text",
    [
        _HUGO,  # every citation read
        # footnotes only
        "# T\n\nA claim.[^1] Another.[^2]\n\n[^1]: A. Author, Title, 2001.\n\n[^2]: B. Author.\n",
        # dates in the YAML front matter are no citations
        "---\ntitle: T\nissued:\n  - [2021]\n  - [2022]\n---\n\n# T\n\nA claim.[^1]\n\n[^1]: Note.\n",
        # a GB/T note's dates in brackets: no citations
        "# T\n\nA claim.[^1]\n\n[^1]: 某某. 标题[EB/OL]. (2021-08-31)[2023-05-10]. https://x.cn/a.\n",
        # a wiki link to a daily note, link definitions: no citations
        "# T\n\nSee [[2024-09-14]] and [[3]].[^1]\n\n[^1]: Note.\n\n[3]: https://a.org/x\n"
        "[5]: https://b.org/y\n",
        # <sup>[n]</sup> markers in another script's digits, read by the sup reader
        "# T\n\nA claim.<sup>[१]</sup> More.<sup>[2]</sup> And.<sup>[३]</sup>\n\n"
        "## संदर्भ\n\n1. A. Author, Title one, 2001.\n2. B. Author, Title two, 2002.\n"
        "3. C. Author, Title three, 2003.\n",
        # years in brackets in prose: no citations
        "# T\n\nThe acts [2019] and [2020] apply.[^1]\n\n[^1]: A. Author, Title, 2001.\n",
    ],
)
def test_nothing_unread(tmp_path: Path, text: str) -> None:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]


# --------------------------------------------------------------------------
# East Asian entries with quoted titles
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title", "facts"),
    [
        (
            "北原 誠，“層と加群の入門”， 港北出版，東京，2016.",
            ("北原 誠",),
            "層と加群の入門",
            {"publisher": "港北出版", "place": "東京", "year": 2016, "kind": "book"},
        ),
        (
            '小野寺 薫, 森 千尋，"位相空間論"，青葉書房，仙台，2003.',
            ("小野寺 薫", "森 千尋"),
            "位相空間論",
            {"publisher": "青葉書房", "place": "仙台", "year": 2003},
        ),
        (
            "陈立，“矩阵分析初步”，南京：江东出版社，2011.",
            ("陈立",),
            "矩阵分析初步",
            {"publisher": "江东出版社", "place": "南京", "year": 2011},
        ),
        (
            "高村 修，“結晶成長の観察”，応用結晶学会誌，vol. 14, no. 2, pp. 33–40, 2008.",
            ("高村 修",),
            "結晶成長の観察",
            {"host": "応用結晶学会誌", "volume": "14", "issue": "2", "pages": "33–40"},
        ),
        (
            "周敏，“湖泊沉积研究”，地理科学，第21卷第4期，101–110页，2019年。",
            ("周敏",),
            "湖泊沉积研究",
            {"host": "地理科学", "volume": "21", "issue": "4", "year": 2019},
        ),
        (
            '박민호, "도시 하천의 역사", 부산: 해운출판, 2014.',
            ("박민호",),
            "도시 하천의 역사",
            {"publisher": "해운출판", "place": "부산", "year": 2014},
        ),
    ],
)
def test_cjk_quoted(
    text: str, authors: tuple[str, ...], title: str, facts: dict[str, object]
) -> None:
    ref = parse_reference(text, [1])
    assert ref.authors == authors
    assert ref.title == title
    for name, value in facts.items():
        got = getattr(ref, name)
        assert (got.value if name == "kind" else got) == value, name


@pytest.mark.parametrize(
    "text",
    [
        'J. Smith, "A title of a paper," Journal of Things, vol. 3, 2001.',  # Latin names
        "第3章，“序論”，2001.",  # a chapter number, no name
        "山田太郎『日本の近代』東京大学出版会、2005年。",  # corner brackets: cjk_brackets'
        "한수진, 「개항기의 조직」, 『역사연구』 제14집, 2011.",  # an article in its journal: too
    ],
)
def test_cjk_quoted_negatives(text: str) -> None:
    assert cjk_quoted.parse(text) is None


# --------------------------------------------------------------------------
# Linear on hostile lines
# --------------------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "[[1, " * (n // 5), id="numbers-unclosed"),
    pytest.param(lambda n: "](#" * (n // 3), id="link-halves"),
    pytest.param(lambda n: "[[1]](#" * (n // 7), id="links-unclosed"),
    pytest.param(lambda n: '<a id="' * (n // 7), id="anchors-unclosed"),
    pytest.param(lambda n: "{{< anchor " * (n // 11), id="shortcodes-unclosed"),
    pytest.param(lambda n: "山田，" * (n // 3), id="cjk-names"),
    pytest.param(lambda n: "山田，“" * (n // 4), id="cjk-quotes-unclosed"),
    pytest.param(lambda n: " " * n, id="spaces"),
]


@pytest.mark.parametrize("line", LINES)
def test_pagecites_linear(line: Line) -> None:
    assert_linear(lambda text: pagecites.rewrite(f"{text}\n{text}\n[1] x"), line)


@pytest.mark.parametrize("line", LINES)
def test_anchors_linear(line: Line) -> None:
    assert_linear(lambda text: pagecites.anchors([text, "1. " + text]), line)


@pytest.mark.parametrize("line", LINES)
def test_cjk_quoted_linear(line: Line) -> None:
    assert_linear(lambda text: cjk_quoted.parse(text + "，“題”，" + text), line)
