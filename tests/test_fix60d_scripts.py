"""East Asian reference lists as real documents write them (fix60d's sweep): SIST 02 lists
(names, then areas parted by full stops), Chinese transliterated names with a middle dot,
GB/T 7714 in full-width punctuation, in the author-date system and with translators after
the title, headings such as ``参考文献一覧``, and citeproc-js bibliographies (Zotero's HTML:
``<div class="csl-left-margin">[1]</div>``) kept in Markdown.  Every entry and document
here was written for these tests in those patterns."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.interpunct import one_person
from bibcheck.parse.references import gbt, parse_reference, sist
from bibcheck.parse.references.cjk_brackets import people
from bibcheck.parse.references.gbt_forms import dated_head, half_width, without_role_area
from bibcheck.readers.cjkheadings import without_list_word
from bibcheck.readers.common import LITERATURE_HEADINGS, NOTES_HEADINGS
from bibcheck.readers.cslinline import inline_markdown
from bibcheck.readers.cslmargin import margin_number

# --- SIST 02 -------------------------------------------------------------------------

# (entry, authors, title, year, container, volume, issue, pages, publisher)
_SIST = [
    (
        "川口美咲; 大野健. 湿地における渡り鳥の越冬行動. 日本鳥類研究誌. 2017, vol.31, no.2, pp.101-118.",
        ("川口美咲", "大野健"),
        "湿地における渡り鳥の越冬行動",
        2017,
        "日本鳥類研究誌",
        "31",
        "2",
        "101–118",
        None,
    ),
    (
        "藤本誠. 港町の近世史. 第3版, 清流書房, 2008, 312p.",
        ("藤本誠",),
        "港町の近世史",
        2008,
        None,
        None,
        None,
        None,
        "清流書房",
    ),
    (
        "北海道水産研究所. “サケ遡上数の年次推移”. 北海道水産研究所. 2022.",
        ("北海道水産研究所",),
        "サケ遡上数の年次推移",
        2022,
        "北海道水産研究所",
        None,
        None,
        None,
        None,
    ),
    (
        "石井 陽子, 森田 亮. 地域医療の担い手. 医療社会学評論. 2015, 12巻, 4号, p.33-47.",
        ("石井 陽子", "森田 亮"),
        "地域医療の担い手",
        2015,
        "医療社会学評論",
        "12",
        "4",
        "33–47",
        None,
    ),
]


@pytest.mark.parametrize(
    ("entry", "authors", "title", "year", "container", "volume", "issue", "pages", "publisher"),
    _SIST,
)
def test_sist_fields(
    entry: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    container: str | None,
    volume: str | None,
    issue: str | None,
    pages: str | None,
    publisher: str | None,
) -> None:
    fields = sist.parse(entry)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title
    assert fields.year.year == year
    assert fields.container == container
    assert (fields.volume, fields.issue, fields.pages) == (volume, issue, pages)
    assert fields.publisher == publisher


@pytest.mark.parametrize(
    "entry",
    [
        # a Latin author's entry is the other parsers'
        "Tanaka, H. Harbour towns. Journal of Ports. 2011, vol.4, no.1, pp.1-9.",
        # GB/T 7714's code, corner brackets: their own parsers'
        "王小明. 城市水系研究[J]. 水利学报. 2019, 50(3): 1-9.",
        "山田一郎『海の道』岩波書店、2001年。",
        # no year anywhere
        "川口美咲. 渡り鳥の越冬. 日本鳥類研究誌.",
        # two areas only
        "川口美咲. 渡り鳥の越冬 2017.",
    ],
)
def test_sist_refuses_other_shapes(entry: str) -> None:
    assert sist.parse(entry) is None


def test_sist_areas_keep_abbreviations() -> None:
    assert sist.areas("大野健. 題名. 誌名. 2001, vol.3, no.1, pp.5-9.") == [
        "大野健",
        "題名",
        "誌名",
        "2001, vol.3, no.1, pp.5-9",
    ]


def test_sist_entry_through_the_parser_without_style_detection() -> None:
    # (the Markdown readers parse with style detection off)
    text = "大野健. “潮位観測の手引き”. 沿岸防災センター. 2020. https://example.org/tide.pdf, (参照 2023-04-01)."
    ref = parse_reference(text, [0])
    assert ref.authors == ("大野健",)
    assert ref.title == "潮位観測の手引き"
    assert ref.year == 2020
    assert ref.host == "沿岸防災センター"


# --- the middle dot ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "dot", "right", "one"),
    [
        ("托马斯", "·", "潘恩", True),  # a transliterated name (Chinese)
        ("卡尔", "‧", "波普尔", True),
        ("ジョン", "・", "ロック", True),  # katakana: one person
        ("ジョン", "·", "ロック", True),
        ("中村一郎", "・", "高橋花子", False),  # Japanese co-authors
        ("김민수", "·", "박지영", False),  # Korean co-authors
        ("托马斯", "・", "潘恩", False),  # the katakana dot between Han names: two people
        ("", "·", "潘恩", False),
    ],
)
def test_one_person(left: str, dot: str, right: str, one: bool) -> None:
    assert one_person(left, dot, right) is one


@pytest.mark.parametrize(
    ("who", "names"),
    [
        ("托马斯·潘恩", ("托马斯·潘恩",)),
        ("让-雅克·卢梭", ("让-雅克·卢梭",)),
        ("阿尔伯特·爱因斯坦·著", ("阿尔伯特·爱因斯坦",)),
        ("中村一郎・高橋花子", ("中村一郎", "高橋花子")),
        ("ジョン・スチュアート・ミル", ("ジョン・スチュアート・ミル",)),
        ("ジョン･ロック", ("ジョン・ロック",)),
        ("김민수·박지영", ("김민수", "박지영")),
    ],
)
def test_people_with_middle_dots(who: str, names: tuple[str, ...]) -> None:
    assert people(who) == names


def test_transliterated_author_of_a_bracketed_note() -> None:
    ref = parse_reference("托马斯·潘恩《常识》（Common Sense）", [0], note=True)
    assert ref.authors == ("托马斯·潘恩",)
    assert ref.title == "常识"


# --- GB/T 7714 forms ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("王明，李华．书名[M]．北京：出版社，2010．", "王明, 李华. 书名[M]. 北京: 出版社, 2010."),
        ("no marks here.", "no marks here."),
    ],
)
def test_half_width(text: str, half: str) -> None:
    assert half_width(text) == half


@pytest.mark.parametrize(
    ("names", "title", "expected"),
    [
        ("周立, 2016", "湖泊沉积物研究", ("周立", "湖泊沉积物研究", "2016")),
        ("周立, 孙芳, 2016a", "湖泊沉积物研究", ("周立, 孙芳", "湖泊沉积物研究", "2016a")),
        ("Berg K, Ito M", "2009. Sediment cores", ("Berg K, Ito M", "Sediment cores", "2009")),
        ("周立", "湖泊沉积物研究", ("周立", "湖泊沉积物研究", None)),
    ],
)
def test_dated_head(names: str, title: str, expected: tuple[str, str, str | None]) -> None:
    assert dated_head(names, title) == expected


@pytest.mark.parametrize(
    ("tail", "rest"),
    [
        (". 陈光, 刘平, 等, 译. 3 版. 上海: 译文出版社, 2001.", ". 3 版. 上海: 译文出版社, 2001."),
        (". 张伟, 主编. 北京: 科学出版社, 1999.", ". 北京: 科学出版社, 1999."),
        (". 上海: 译文出版社, 2001.", ". 上海: 译文出版社, 2001."),
    ],
)
def test_without_role_area(tail: str, rest: str) -> None:
    assert without_role_area(tail) == rest


# (entry, authors, title, year, container, place, publisher)
_GBT = [
    (
        "周立，孙芳．湖泊沉积物中的花粉记录[J]．地理学报，2016，71(4)：620-633．",
        ("周立", "孙芳"),
        "湖泊沉积物中的花粉记录",
        2016,
        "地理学报",
        None,
        None,
    ),
    (
        "周立, 孙芳, 2016. 湖泊沉积物中的花粉记录[J]. 地理学报, 71(4): 620-633.",
        ("周立", "孙芳"),
        "湖泊沉积物中的花粉记录",
        2016,
        "地理学报",
        None,
        None,
    ),
    (
        "霍布斯. 2003. 利维坦[M]. 上海: 商务印书馆.",
        ("霍布斯",),
        "利维坦",
        2003,
        None,
        "上海",
        "商务印书馆",
    ),
    (
        "阿伦特. 人的境况[M]. 陈光, 刘平, 译. 2 版. 上海: 译文出版社, 2009: 45.",
        ("阿伦特",),
        "人的境况",
        2009,
        None,
        "上海",
        "译文出版社",
    ),
]


@pytest.mark.parametrize(
    ("entry", "authors", "title", "year", "container", "place", "publisher"), _GBT
)
def test_gbt_forms(
    entry: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    container: str | None,
    place: str | None,
    publisher: str | None,
) -> None:
    fields = gbt.parse(entry)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title
    assert fields.year.year == year
    assert fields.container == container
    assert (fields.place, fields.publisher) == (place, publisher)


# --- headings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "left"),
    [
        ("参考文献一覧", "参考文献"),
        ("引用文献リスト", "引用文献"),
        ("参考文献表", "参考文献"),
        ("참고문헌 목록", "참고문헌"),
        ("一覧", None),
        ("表", None),
        ("References", None),
    ],
)
def test_without_list_word(heading: str, left: str | None) -> None:
    assert without_list_word(heading) == left


@pytest.mark.parametrize(
    ("heading", "literature"),
    [
        ("参考文献一覧", True),
        ("参考資料", True),
        ("徵引書目", True),
        ("参考书目", True),
        ("図表一覧", False),  # a list of figures
        ("年表", False),
    ],
)
def test_literature_headings(heading: str, literature: bool) -> None:
    assert (heading in LITERATURE_HEADINGS) is literature
    assert heading not in NOTES_HEADINGS


# --- citeproc-js HTML in Markdown ----------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<div class="csl-left-margin">[3]</div><div class="csl-right-inline">Text</div>', 3),
        ('  <span class="csl-left-margin">12. </span><span>Text</span>', 12),
        ('<div class="csl-left-margin">7</div>Text', 7),
        ('<div class="csl-entry">Author, 2001. Title.</div>', None),
    ],
)
def test_margin_number(html: str, expected: int | None) -> None:
    found = margin_number(html)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("Roe, A. <i>Tides</i>. Salt &#38; Sea, 2001.", "Roe, A. *Tides*. Salt & Sea, 2001."),
        (
            'Online: <a href="https://example.org/x">https://example.org/x</a>.',
            "Online: <https://example.org/x>.",
        ),
        ('<a href="https://example.org/y">The page</a>', "[The page](https://example.org/y)"),
        ("<b>2010</b>, 4(2): 5-9.", "2010, 4(2): 5-9."),
        ("plain text", "plain text"),
    ],
)
def test_inline_markdown(html: str, markdown: str) -> None:
    assert inline_markdown(html) == markdown


_ZOTERO_NUMERIC = """# 湖沼の研究ノート

湖の花粉記録は気候の変化を映す<sup>[1]</sup>。湖底の堆積は速い<sup>[2-3]</sup>。

## 参考文献一覧

<div class="csl-bib-body" style="line-height: 1.35;">
  <div class="csl-entry">
    <div class="csl-left-margin">[1]</div><div class="csl-right-inline">周立, 孙芳. 湖泊沉积物中的花粉记录[J]. 地理学报, 2016, 71(4): 620-633.</div>
  </div>
  <div class="csl-entry">
    <div class="csl-left-margin">[2]</div><div class="csl-right-inline">BERG K, ITO M. Sediment cores of alpine lakes[J]. <i>Journal of Limnology</i>, 2009, 68(2): 101-117.</div>
  </div>
  <div class="csl-entry">
    <div class="csl-left-margin">[3]</div><div class="csl-right-inline">湖沼学会. 湖沼調査の手引き[EB/OL]. (2020)[2023-05-01]. <a href="https://example.org/guide">https://example.org/guide</a>.</div>
  </div>
</div>
"""


def test_citeproc_js_numeric_bibliography_in_markdown() -> None:
    doc = parse_bytes(_ZOTERO_NUMERIC.encode(), "notes.md")
    assert [e.number for e in doc.literature] == [1, 2, 3]
    first, second, third = (e.reference for e in doc.literature)
    assert first.authors == ("周立", "孙芳")
    assert first.title == "湖泊沉积物中的花粉记录"
    assert first.host == "地理学报"
    assert second.title == "Sediment cores of alpine lakes"
    assert second.year == 2009
    assert third.url == "https://example.org/guide"
    cited = sorted(fn.number for fn in doc.footnotes if fn.markers)
    assert cited == [1, 2, 3]
    assert not [a for a in doc.anomalies if a.code.value == "no-literature-list"]


_SIST_LIST = """# 調査報告

干潟の鳥類は減少している[1]。観測の方法は手引きに従った[2]。

## 参考文献一覧

1. 川口美咲; 大野健. 湿地における渡り鳥の越冬行動. 日本鳥類研究誌. 2017, vol.31, no.2, pp.101-118.
2. 北海道水産研究所. “サケ遡上数の年次推移”. 北海道水産研究所. 2022. https://example.org/salmon, (参照 2023-02-10).
"""


def test_sist_list_in_markdown() -> None:
    doc = parse_bytes(_SIST_LIST.encode(), "report.md")
    refs = [e.reference for e in doc.literature]
    assert [r.authors for r in refs] == [("川口美咲", "大野健"), ("北海道水産研究所",)]
    assert [r.title for r in refs] == ["湿地における渡り鳥の越冬行動", "サケ遡上数の年次推移"]
    assert [r.year for r in refs] == [2017, 2022]
    assert refs[0].host == "日本鳥類研究誌"


# --- Chinese notes: a quoted article or chapter before the bracketed journal or book ------

# (note, authors, title, container, year, publisher)
_QUOTED_PART = [
    (
        "林青、何远，“县域财政的转移支付”，《财政研究》，2011年第4期，第12－20页。",
        ("林青", "何远"),
        "县域财政的转移支付",
        "财政研究",
        2011,
        None,
    ),
    (
        "诺斯，“制度变迁的路径”，载孙平、赵立主编《制度经济学文选》。上海：三联书店，1994年。",
        ("诺斯",),
        "制度变迁的路径",
        "制度经济学文选",
        1994,
        "三联书店",
    ),
]


@pytest.mark.parametrize(
    ("note", "authors", "title", "container", "year", "publisher"), _QUOTED_PART
)
def test_quoted_part_before_brackets(
    note: str,
    authors: tuple[str, ...],
    title: str,
    container: str,
    year: int,
    publisher: str | None,
) -> None:
    ref = parse_reference(note, [0])
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == container
    assert ref.year == year
    assert ref.publisher == publisher


@pytest.mark.parametrize(
    "note",
    [
        # a lead-in before the name: no co-author "これについては"
        "これについては、山田太郎『海の道』岩波書店、2001年。",
        # "、" names before a corner-bracketed article: not this reading
        "山田、佐藤「港の研究」『史学雑誌』第3号、2003年。",
    ],
)
def test_enumeration_comma_needs_a_quoted_title(note: str) -> None:
    from bibcheck.parse.references import cjk_brackets

    assert cjk_brackets.parse(note) is None
