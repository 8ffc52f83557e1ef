"""Chinese, Japanese and Korean theses as pdftotext prints them (round 60, fix g).

Footnote markers glued into text written without spaces (``记载。1日本``, ``特征3，但``,
``されている2。``), a page's folio glued to the next page's running head at the form feed
(``41\\f南方大学…``), page-foot notes in the corner-bracket note style, a ``参考文献`` split
into headed parts (``一、史料``, ``（一）中文``, ``1. 단행본``), title-first works, a
translator after the author, web pages read on a day, short notes resolved to the full
note.  All documents and names here are written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.parse.matching import same_but_subtitle
from bibcheck.parse.references import cjk_brackets
from bibcheck.parse.references.cjk_short import cites_work, cjk_short_note
from bibcheck.readers import pdftext
from bibcheck.readers.cjklist import cjk_entry_start
from bibcheck.readers.cjklistparts import cjk_part_heading
from bibcheck.readers.linewrap import url_continues
from bibcheck.readers.pdfcjk import cjk_markers


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("有明确记载。1日本学者最早", [1]),  # after the full stop, before the next sentence
        ("具有近代纸币的某些特征3，但他", [3]),  # after a word, before the comma
        ("代表了普遍看法12，即", [12]),
        ("とされている2。ただし", [2]),  # Japanese: before the full stop
        ("議論がある。14この帳簿", [14]),
        ("「無本」と呼んだ」3。", [3]),  # after a closing corner bracket
        ("天圣元年（1023）朝廷设", []),  # a year in parentheses
        ("《长编》卷101，北京", []),  # a volume's number
        ("如第3章，此处", []),  # an ordinal
        ("表2，见上", []),  # a table's number
        ("1953年，第1—34頁。", []),  # a year and pages
        ("共计125万缗", []),
        ("发行额1,256,340", []),
        ("比例为：1：3", []),  # after a colon: a ratio, no marker
        ("ground.4 and more", []),  # Latin text: the reader's own rules, not these
        ("the “word”12 follows", []),
    ],
)
def test_cjk_markers(line: str, values: list[int]) -> None:
    assert [v for v, *_ in cjk_markers(line)] == values


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("一、史料", True),
        ("二、研究论著", True),
        ("（一）中文", True),
        ("(三)西文", True),
        ("三、网络资源", True),
        ("1. 史料", True),
        ("2. 단행본", True),
        ("가. 국문", True),
        ("研究文献", True),  # a part's name alone
        ("논문", True),
        ("李焘：《续资治通鉴长编》，北京：中华书局，2004年。", False),
        ("检讨》，《中国社会科学》2000年第1期。", False),
        ("年。", False),
        ("北京大学", False),  # short words that name no kind of source
        ("Primary sources", False),
    ],
)
def test_cjk_part_heading(text: str, heading: bool) -> None:
    assert cjk_part_heading(text) is heading


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("李焘：《续资治通鉴长编》，北京：中华书局，2004年。", True),
        ("斯波义信著，庄景辉译：《宋代商业史研究》", True),
        ("森川一郎『近世港町の流通構造』港湾史研究会、2005年。", True),
        ("한지민, 『개항장 상인의 세계』, 서울: 바다출판, 2010.", True),
        ("《盐法志》，扬州：广陵书社影印本，2004年。", True),
        ("检讨》，《中国社会科学》2000年第1期。", False),
        ("1944年。", False),
        ("Hale, Rowan. Ledgers.", False),  # the reader's Latin patterns decide
    ],
)
def test_cjk_entry_start(text: str, start: bool) -> None:
    assert cjk_entry_start(text) is start


@pytest.mark.parametrize(
    ("note", "authors", "title", "year", "kind"),
    [
        # a work cited by its title first, no author
        ("《盐法志·引目》卷5，扬州：广陵书社影印本，2004年。", (), "盐法志·引目", 2004, None),
        # a translator after the author: no author of the work
        ("林雪芳著，周立译：《清代盐商研究》，台北：海峡出版社，2001年。", ("林雪芳",), "清代盐商研究", 2001, None),
        ("大野次郎訳：『帳簿の社会史』北海出版、1998年。", ("大野次郎訳",), "帳簿の社会史", 1998, None),
        # a web page read on a day: its access date no year of the work
        ("江海数字档案馆：《盐务档案数据库》，（2022年3月1日访问）。", ("江海数字档案馆",), "盐务档案数据库", None, "web"),
        # a compiler's mark after the name
        ("徐松辑：《宋会要辑稿》，北京：中华书局影印本，1957年。", ("徐松",), "宋会要辑稿", 1957, None),
    ],
)  # fmt: skip
def test_cjk_bracket_fields(
    note: str, authors: tuple[str, ...], title: str, year: int | None, kind: str | None
) -> None:
    fields = cjk_brackets.parse(note)
    assert fields is not None
    assert (fields.authors, fields.title, fields.year.year) == (authors, title, year)
    assert (fields.kind.value if fields.kind else None) == kind


@pytest.mark.parametrize(
    ("note", "short"),
    [
        ("李焘：《续资治通鉴长编》卷283，第6932页。", ("李焘", "续资治通鉴长编", "6932")),
        ("森川一郎『近世港町の流通構造』120頁。", ("森川一郎", "近世港町の流通構造", "120")),
        ("한지민, 『개항장 상인의 세계』, 88쪽.", ("한지민", "개항장 상인의 세계", "88")),
        ("李焘：《续资治通鉴长编》，北京：中华书局，2004年。", None),  # a full note: a year
        ("同上书，第290页。", None),
    ],
)
def test_cjk_short_note(note: str, short: tuple[str, str, str] | None) -> None:
    assert cjk_short_note(note) == short


def test_cites_work() -> None:
    full = "森川一郎『近世港町の流通構造』港湾史研究会、2005年、45頁。"
    assert cites_work(full, "森川一郎", "近世港町の流通構造")
    assert not cites_work(full, "竹内春子", "近世港町の流通構造")
    assert not cites_work("森川一郎『近世港町の流通構造』120頁。", "森川一郎", "近世港町の流通構造")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("宋会要辑稿·食货", "宋会要辑稿", True),  # a part of the work after a middle dot
        ("清代盐商研究：以两淮为中心", "清代盐商研究", True),
        ("清代盐商研究——以两淮为中心", "清代盐商研究", True),
        ("清代盐商研究续编", "清代盐商研究", False),
    ],
)
def test_cjk_subtitle(a: str, b: str, same: bool) -> None:
    assert same_but_subtitle(a, b) is same


@pytest.mark.parametrize(
    ("line", "following", "goes_on"),
    [
        ("国家图书馆：《资源库》，http://read.example.cn/search?", "type=10&page=1（2023年5月4日访问）。", True),
        ("参见https://archive.example.cn/salt/", "search.html。", True),
        ("国家图书馆：《资源库》。", "type=10", False),
    ],
)  # fmt: skip
def test_url_after_cjk_text(line: str, following: str, goes_on: bool) -> None:
    assert url_continues(line, following) is goes_on


ZH = """南方大学硕士学位论文

第三章 清代盐引的流通
清初两淮盐引的发行沿袭明制，卷2所载数字与地方志大体相合。1陈明远
最早系统整理了两淮盐务档案2，但他对顺治年间的数字存疑。3据《盐法志》
记载，康熙二十年（1681）共发行盐引一百四十万余道。4

1 陈明远：《两淮盐务档案汇编》卷2，南京：江海出版社，1998年，第112页。
2 《盐法志·引目》卷5，扬州：广陵书社影印本，2004年。
3 林雪芳著，周立译：《清代盐商研究》，台北：海峡出版社，2001年，第
45页。
4 同上书，第50页。

41\f南方大学硕士学位论文

关于盐引价格的变动，赵家声的研究最为详尽。5陈明远此后也修正了自己
的看法。6档案影像可在线检索。7

5 赵家声：《清代盐价考》，《盐业史研究》2012年第3期，第20—35页。
6 陈明远：《两淮盐务档案汇编》卷4，第230页。
7 江海数字档案馆：《盐务档案数据库》，https://archive.example.cn/salt/search?
type=2&page=1（2022年3月1日访问）。

42\f南方大学硕士学位论文

参考文献
一、史料
《盐法志》，扬州：广陵书社影印本，2004年。
二、研究论著
（一）中文
陈明远：《两淮盐务档案汇编》，南京：江海出版社，1998年。
赵家声：《清代盐价考》，《盐业史研究》2012年第3期。
（二）外文
林雪芳著，周立译：《清代盐商研究》，台北：海峡出版社，2001年。
三、网络资源
江海数字档案馆：《盐务档案数据库》，https://archive.example.cn/salt/search?
type=2&page=1.

215
"""

JA = """修士論文 近世港町の流通構造

第1章 港町の成立と廻船問屋
近世の港町については、早くから研究が蓄積されてきた。1とくに流通史の
立場からは、廻船問屋の役割が重視されている2。ただし、1650年代以前の
史料は乏しく、第3章で述べるように年代の確定は難しい。3

1 森川一郎『近世港町の流通構造』港湾史研究会、2005年、45頁。
2 竹内春子「廻船問屋の経営と帳簿」『海事史学』第112号、2003年、1〜30頁。
3 森川一郎『近世港町の流通構造』120頁。

12\f修士論文 近世港町の流通構造

問屋の帳簿は寛文年間から残されている。4この帳簿の性格については
議論がある5。

4 大野次郎『帳簿の社会史』北海出版、1998年。
5 Rowan Hale, "Ledgers and Ports in Early Modern Japan," Harbour History
Review 14, no. 2 (2011): 33–58.

13\f参考文献
1. 史料
森川一郎『近世港町の流通構造』港湾史研究会、2005年。
2. 研究文献
大野次郎『帳簿の社会史』北海出版、1998年。
竹内春子「廻船問屋の経営と帳簿」『海事史学』第112号、2003年。
Hale, Rowan. "Ledgers and Ports in Early Modern Japan." Harbour History Review
14, no. 2 (2011): 33–58.

88
"""

KO = """박사학위논문

제2장 개항장의 형성
개항 이후 항구 도시의 변화는 많은 연구에서 다루어졌다.1 특히 상인 조직의
역할은 최근 주목을 받고 있다2. 1883년의 통계는 제3절에서 살펴본다.
이러한 관점은 지역사 연구에서도 확인된다.3

1 한지민, 『개항장 상인의 세계』, 서울: 바다출판, 2010, 45쪽.
2 윤서준, 「객주 조직의 변화」, 『항구사연구』 제12집, 2015, 101-130쪽.
3 한지민, 『개항장 상인의 세계』, 88쪽.

31\f박사학위논문

참고문헌
1. 단행본
한지민, 『개항장 상인의 세계』, 서울: 바다출판, 2010.
2. 논문
윤서준, 「객주 조직의 변화」, 『항구사연구』 제12집, 2015.

204
"""


def _parsed(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _fields(ref) -> tuple[str | None, tuple[str, ...], str | None, int | None]:  # type: ignore[no-untyped-def]
    return (ref.kind.value, ref.authors, ref.title, ref.year)


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        (ZH, [("1", 4), ("2", 5), ("3", 5), ("4", 6), ("5", 16), ("6", 17), ("7", 17)]),
        (JA, [("1", 4), ("2", 5), ("3", 6), ("4", 14), ("5", 15)]),
        (KO, [("1", 4), ("2", 5), ("3", 6)]),
    ],
    ids=["zh", "ja", "ko"],
)
def test_markers_and_folios(text: str, markers: list[tuple[str, int]]) -> None:
    assert pdftext.score(text) >= 0.85
    doc = pdftext.read(text)
    assert [(m.label, m.line) for m in doc.markers] == markers
    assert [n.label for n in doc.footnotes] == [label for label, _ in markers]
    # the running head (its folio glued to it) and the last page's number are artifacts
    artifacts = [a.message for a in doc.anomalies if a.code is AnomalyCode.ARTIFACT_LINE]
    assert len(artifacts) == 2


def test_chinese_thesis(tmp_path: Path) -> None:
    doc = _parsed(tmp_path, "zh", ZH)
    assert doc.reader == "pdf-text"
    notes = {f.label: _fields(f.reference) for f in doc.footnotes}
    assert notes == {
        "1": ("book", ("陈明远",), "两淮盐务档案汇编", 1998),
        "2": ("book", (), "盐法志·引目", 2004),
        "3": ("book", ("林雪芳",), "清代盐商研究", 2001),
        "4": ("book", ("林雪芳",), "清代盐商研究", 2001),  # 同上书
        "5": ("article", ("赵家声",), "清代盐价考", 2012),
        "6": ("book", ("陈明远",), "两淮盐务档案汇编", 1998),  # a short note
        "7": ("web", ("江海数字档案馆",), "盐务档案数据库", None),
    }
    assert doc.footnotes[6].reference.url == "https://archive.example.cn/salt/search?type=2&page=1"
    assert [_fields(e.reference) for e in doc.literature] == [
        ("book", (), "盐法志", 2004),
        ("book", ("陈明远",), "两淮盐务档案汇编", 1998),
        ("article", ("赵家声",), "清代盐价考", 2012),
        ("book", ("林雪芳",), "清代盐商研究", 2001),
        ("web", ("江海数字档案馆",), "盐务档案数据库", None),
    ]
    findings = {a.code for a in doc.anomalies} - {
        AnomalyCode.ARTIFACT_LINE,
        AnomalyCode.URL_SPLIT_OVER_LINES,
    }
    assert findings == set()


def test_japanese_thesis(tmp_path: Path) -> None:
    doc = _parsed(tmp_path, "ja", JA)
    assert doc.reader == "pdf-text"
    notes = {f.label: _fields(f.reference) for f in doc.footnotes}
    assert notes == {
        "1": ("book", ("森川一郎",), "近世港町の流通構造", 2005),
        "2": ("article", ("竹内春子",), "廻船問屋の経営と帳簿", 2003),
        "3": ("book", ("森川一郎",), "近世港町の流通構造", 2005),
        "4": ("book", ("大野次郎",), "帳簿の社会史", 1998),
        "5": ("article", ("Rowan Hale",), "Ledgers and Ports in Early Modern Japan", 2011),
    }
    assert [e.reference.title for e in doc.literature] == [
        "近世港町の流通構造",
        "帳簿の社会史",
        "廻船問屋の経営と帳簿",
        "Ledgers and Ports in Early Modern Japan",
    ]
    assert {a.code for a in doc.anomalies} == {AnomalyCode.ARTIFACT_LINE}


def test_korean_thesis(tmp_path: Path) -> None:
    doc = _parsed(tmp_path, "ko", KO)
    assert doc.reader == "pdf-text"
    notes = {f.label: _fields(f.reference) for f in doc.footnotes}
    assert notes == {
        "1": ("book", ("한지민",), "개항장 상인의 세계", 2010),
        "2": ("article", ("윤서준",), "객주 조직의 변화", 2015),
        "3": ("book", ("한지민",), "개항장 상인의 세계", 2010),
    }
    assert [_fields(e.reference) for e in doc.literature] == [
        ("book", ("한지민",), "개항장 상인의 세계", 2010),
        ("article", ("윤서준",), "객주 조직의 변화", 2015),
    ]
    assert {a.code for a in doc.anomalies} == {AnomalyCode.ARTIFACT_LINE}
