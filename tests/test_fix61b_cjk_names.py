"""East Asian names and titles (fix round 61, helper b).

``和``/``与`` is "and" only between two Chinese full names (``王明和李华``), never inside a
Japanese name (``佐藤和夫``, ``村井美和``, ``和田誠``); katakana parts joined by ``・`` are one
person (``ジョン・スミス``), kanji names so joined two (``山田・鈴木``); a title of one
ideograph or Hangul syllable in title marks is a title (``《诗》``, ``『책』``, ``「嘘」``); a
work in a book's marks with nothing after it is a book (``一然, 『三國遺事』``).
"""

from __future__ import annotations

import re

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.marked_title import marked_one_letter_title
from bibcheck.parse.references.shared import tidy
from bibcheck.readers.authoryear import JOINT, author_years, spans
from bibcheck.readers.cjkcite import cjk_count_keys, cjk_names, mention_count_key
from bibcheck.readers.cjklist import bare_marked_work
from bibcheck.readers.cjknames import family_name, is_japanese, split_people


@pytest.mark.parametrize(
    ("text", "japanese", "people"),
    [
        # Chinese "and" between two full names
        ("王明和李华", False, ["王明", "李华"]),
        ("张三与李四", False, ["张三", "李四"]),
        ("欧阳修和司马光", False, ["欧阳修", "司马光"]),
        ("张和平和李四", False, ["张和平", "李四"]),
        ("陈静和刘洋等", False, ["陈静", "刘洋等"]),
        # ... but a name's own letter: a side of one letter or none
        ("李和平", False, ["李和平"]),
        ("村井美和", False, ["村井美和"]),
        ("佐藤和夫", False, ["佐藤和夫"]),
        ("和田誠", False, ["和田誠"]),
        ("与謝野晶子", False, ["与謝野晶子"]),
        # in Japanese "和" is no "and" whatever the shape
        ("田中和歌子", True, ["田中和歌子"]),
        ("田中和歌子", False, ["田中", "歌子"]),
        # katakana joined by a middle dot: one person; kanji or Hangul so joined: two
        ("ジョン・スミス", True, ["ジョン・スミス"]),
        ("マックス・ウェーバー、山田太郎", True, ["マックス・ウェーバー", "山田太郎"]),
        ("ジョン・スミス・鈴木花子", True, ["ジョン・スミス", "鈴木花子"]),
        ("エミール・デュルケームほか", True, ["エミール・デュルケームほか"]),
        ("山田・鈴木", True, ["山田", "鈴木"]),
        ("山田太郎・スミス", True, ["山田太郎", "スミス"]),
        ("김철수·이영희", False, ["김철수", "이영희"]),
        ("张三, 李四, 王五等", False, ["张三", "李四", "王五等"]),
    ],
)
def test_split_people(text: str, japanese: bool, people: list[str]) -> None:
    assert split_people(text, japanese=japanese) == people


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("マックス・ウェーバー", "ウェーバー"),
        ("ジョン・メイナード・ケインズ", "ケインズ"),
        ("ジョン・スミスほか", "スミス"),
        ("スミス", None),
        ("山田太郎", None),
        ("山田・鈴木", None),
    ],
)
def test_family_name(name: str, family: str | None) -> None:
    assert family_name(name) == family


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("佐藤和夫（2010）『農村』", False),
        ("佐藤和夫の研究", True),
        ("ウェーバー", True),
        ("王明", False),
    ],
)
def test_is_japanese(text: str, expected: bool) -> None:
    assert is_japanese(text) is expected


@pytest.mark.parametrize(
    ("head", "japanese", "keys"),
    [
        ("佐藤和夫 ", False, ["佐藤和夫", "佐藤", "佐藤和"]),
        ("村井美和ほか ", False, ["村井美和", "村井", "村井美"]),
        ("和田誠 ", False, ["和田誠", "和田"]),
        ("王明和李华, ", False, ["王明", "李华"]),
        ("ジョン・スミス ", True, ["ジョン・スミス", "スミス"]),
        (
            "ジョン・スミス・鈴木花子 ",
            True,
            ["ジョン・スミス", "スミス", "鈴木花子", "鈴木", "鈴木花"],
        ),
    ],
)
def test_cjk_names(head: str, japanese: bool, keys: list[str]) -> None:
    assert cjk_names(head, japanese=japanese) == keys


@pytest.mark.parametrize(
    ("head", "japanese", "keys"),
    [
        # one person, not a pair
        ("佐藤和夫", False, {f"佐藤和夫{JOINT}#1", f"佐藤{JOINT}#1", f"佐藤和{JOINT}#1"}),
        ("和田誠", False, {f"和田誠{JOINT}#1", f"和田{JOINT}#1"}),
        ("ジョン・スミス", True, {f"ジョン・スミス{JOINT}#1", f"スミス{JOINT}#1"}),
        # two people
        ("王明和李华", False, {f"王明{JOINT}李华{JOINT}#2"}),
        ("山田・鈴木", True, {f"山田{JOINT}鈴木{JOINT}#2"}),
        (
            "ジョン・スミス・鈴木花子",
            True,
            {
                f"{a}{JOINT}{b}{JOINT}#2"
                for a in ("ジョン・スミス", "スミス")
                for b in ("鈴木花子", "鈴木", "鈴木花")
            },
        ),
    ],
)
def test_cjk_count_keys(head: str, japanese: bool, keys: set[str]) -> None:
    assert cjk_count_keys(head, JOINT, japanese=japanese) == keys


@pytest.mark.parametrize(
    ("name", "others", "japanese", "key"),
    [
        ("佐藤", "和夫", True, f"佐藤和夫{JOINT}#1"),
        ("佐藤", "和夫", False, f"佐藤和夫{JOINT}#1"),
        ("王明", "和李华", False, f"王明{JOINT}李华{JOINT}#2"),
        ("ジョン", "・スミス", True, f"ジョン・スミス{JOINT}#1"),
        ("スミス", "・鈴木", True, f"スミス{JOINT}鈴木{JOINT}#2"),
    ],
)
def test_mention_count_key(name: str, others: str, japanese: bool, key: str) -> None:
    assert mention_count_key(name, others, False, JOINT, japanese=japanese) == key


_JA_ENTRIES = [
    ("1", "佐藤和夫 (2010). 『農村の変容』. 東京: 岩波書店."),
    ("2", "佐藤和夫・田中一郎 (2010). 「村の祭り」. 『民俗学研究』 3(1), 1-9."),
    ("3", "ジョン・スミス (2012). 『言語と社会』. 東京: 有斐閣."),
    ("4", "ジョン・スミス・鈴木花子 (2012). 「方言の調査」. 『言語研究』 7(2), 10-20."),
    ("5", "和田誠 (2008). 『映画の歴史』. 東京: 文藝春秋."),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("佐藤（2010）が論じた。", [("佐藤（2010）", "1")]),
        ("共同研究（佐藤・田中 2010）もある。", [("佐藤・田中 2010", "2")]),
        ("これは（佐藤和夫 2010）による。", [("佐藤和夫 2010", "1")]),
        ("スミス（2012）は述べた。", [("スミス（2012）", "3")]),
        ("これは（ジョン・スミス 2012）による。", [("ジョン・スミス 2012", "3")]),
        ("スミス・鈴木（2012）が補った。", [("スミス・鈴木（2012）", "4")]),
        ("また（和田 2008）も参照。", [("和田 2008", "5")]),
    ],
)
def test_japanese_spans(text: str, expected: list[tuple[str, str]]) -> None:
    index = author_years(_JA_ENTRIES)
    assert [(text[a:b], label) for a, b, label in spans(text, index)] == expected


_ZH_ENTRIES = [
    ("1", "王明, 2010. 制度与发展[M]. 上海: 人民出版社."),
    ("2", "王明和李华, 2010. 制度变迁研究[J]. 经济研究, 12(3): 1-9."),
    ("3", "张和平, 2015. 区域经济[M]. 北京: 科学出版社."),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王明（2010）认为", [("王明（2010）", "1")]),
        ("研究(王明和李华, 2010)也有", [("王明和李华, 2010", "2")]),
        ("张和平（2015）指出", [("张和平（2015）", "3")]),
        ("见（张和平，2015）", [("张和平，2015", "3")]),
        # (kana in the text, a Chinese pair in it: read as Chinese when nothing else fits)
        ("『日本の近代』も見よ(王明和李华, 2010)", [("王明和李华, 2010", "2")]),
    ],
)
def test_chinese_spans(text: str, expected: list[tuple[str, str]]) -> None:
    index = author_years(_ZH_ENTRIES)
    assert [(text[a:b], label) for a, b, label in spans(text, index)] == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("诗", "李白：《诗》，北京：中华书局，1990年。", "诗"),
        ("책", "김철수, 『책』, 서울: 민음사, 2001.", "책"),
        ("嘘", "山田太郎「嘘」『文学』12巻、2003年。", "嘘"),
        ("詩", "山田〈 詩 〉", "詩"),
        # no marks, a Latin letter, kana alone, two letters (tidy's to judge)
        ("诗", "李白：诗，北京：中华书局，1990年。", None),
        ("A", "Smith, J. “A”. Journal 3.", None),
        ("の", "山田「の」", None),
        ("诗经", "李白：《诗经》", None),
        (None, "《诗》", None),
    ],
)
def test_marked_one_letter_title(title: str | None, text: str, expected: str | None) -> None:
    assert marked_one_letter_title(title, text) == expected


def test_tidy_still_refuses_one_latin_letter() -> None:
    assert tidy("A") is None
    assert tidy("诗") is None  # (the marks are build's to see)


@pytest.mark.parametrize(
    ("text", "kind", "title", "authors"),
    [
        ("李白：《诗》，北京：中华书局，1990年。", RefKind.BOOK, "诗", ("李白",)),
        ("김철수, 『책』, 서울: 민음사, 2001.", RefKind.BOOK, "책", ("김철수",)),
        ("山田太郎「嘘」『文学』12巻、2003年、45-60頁。", RefKind.ARTICLE, "嘘", ("山田太郎",)),
        ("김영희, 「시」, 『문학과 사회』 제12집, 2015.", RefKind.ARTICLE, "시", ("김영희",)),
        # a classic in a book's marks, nothing after it: a book
        ("一然, 『三國遺事』", RefKind.BOOK, "三國遺事", ("一然",)),
        ("一然『三國遺事』。", RefKind.BOOK, "三國遺事", ("一然",)),
        ("司馬遷『史記』", RefKind.BOOK, "史記", ("司馬遷",)),
        ("班固：《汉书》。", RefKind.BOOK, "汉书", ("班固",)),
        ("金富軾, 『三國史記』, 서울: 을유문화사, 1996.", RefKind.BOOK, "三國史記", ("金富軾",)),
        # ... but a web page when it gives an address
        (
            "国家图书馆：《中华古籍资源库》，http://www.example.cn/guji",
            RefKind.WEB,
            "中华古籍资源库",
            (),
        ),
    ],
)
def test_parse_reference(text: str, kind: RefKind, title: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.title) == (kind, title)
    if authors:
        assert ref.authors == authors
    assert ref.anomalies == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一然, 『三國遺事』.", True),
        ("司馬遷『史記』", True),
        ("『高麗史』 卷1", True),
        ("班固：《汉书》。", True),
        ("일연, 『삼국유사』.", True),
        # a sentence introducing the list, or an entry with more facts (its year shows it)
        ("本文参考《史记》等文献。", False),
        ("以下は本稿で参照した『史記』などの文献である。", False),
        ("金富軾, 『三國史記』, 서울: 을유문화사, 1996.", False),
        ("Homer. *Iliad*.", False),
    ],
)
def test_bare_marked_work(text: str, expected: bool) -> None:
    assert bare_marked_work(text) is expected


def test_one_latin_letter_title_still_refused() -> None:
    ref = parse_reference("Smith, J. (2001). A. London: Verso.", [1], detect_styles=True)
    assert ref.title != "A"


_JA_DOC = """# はじめに

この問題は佐藤（2010）が論じた。共同研究（佐藤・田中 2010）もある。

スミス（2012）は別の見解を示し、スミス・鈴木（2012）がそれを補った。

また（和田 2008）も参照。

# 参考文献

佐藤和夫 (2010). 『農村の変容』. 東京: 岩波書店.

佐藤和夫・田中一郎 (2010). 「村の祭り」. 『民俗学研究』 3(1), 1-9.

ジョン・スミス (2012). 『言語と社会』. 東京: 有斐閣.

ジョン・スミス・鈴木花子 (2012). 「方言の調査」. 『言語研究』 7(2), 10-20.

和田誠 (2008). 『映画の歴史』. 東京: 文藝春秋.
"""

_ZH_DOC = """# 引言

王明（2010）认为制度很重要。合作研究(王明和李华, 2010)也有。

张和平（2015）指出了问题。李白（1990）的诗很有名。

# 参考文献

王明, 2010. 制度与发展[M]. 上海: 人民出版社.

王明和李华, 2010. 制度变迁研究[J]. 经济研究, 12(3): 1-9.

张和平, 2015. 区域经济[M]. 北京: 科学出版社.

李白 (1990). 《诗》. 北京: 中华书局.
"""

_KO_DOC = """# 서론

고대사 연구는 사료에서 시작한다.[^1] 신라의 기록도 있다.[^2] 시집도 보라.[^3]

[^1]: 金富軾, 『三國史記』, 서울: 을유문화사, 1996, 45쪽.
[^2]: 一然, 『三國遺事』 卷1.
[^3]: 김철수, 『책』, 서울: 민음사, 2001, 12쪽.

## 참고문헌

一然, 『三國遺事』.

金富軾, 『三國史記』, 서울: 을유문화사, 1996.

김철수, 『책』, 서울: 민음사, 2001.
"""


def _html(markdown: str) -> str:
    """The same document as HTML: headings, paragraphs, footnotes as a list of notes."""
    body: list[str] = []
    notes: list[str] = []
    for para in markdown.split("\n\n"):
        para = para.strip()
        heading = re.match(r"(#+) (.*)", para)
        if heading:
            level = len(heading[1])
            body.append(f"<h{level}>{heading[2]}</h{level}>")
        elif para.startswith("[^"):
            for line in para.splitlines():
                label, text = re.match(r"\[\^(\d+)\]: (.*)", line).groups()  # type: ignore[union-attr]
                notes.append(f'<li id="fn{label}"><p>{text} <a href="#fnref{label}">↩</a></p></li>')
        elif para:
            body.append(f"<p>{para}</p>")
    html = "\n".join(body)
    html = re.sub(r"\[\^(\d+)\]", r'<sup><a href="#fn\1" id="fnref\1">\1</a></sup>', html)
    if notes:
        html = html.replace(
            "<h2>", '<section class="footnotes"><ol>' + "".join(notes) + "</ol></section>\n<h2>", 1
        )
    return (
        f'<html><head><meta charset="utf-8"><title>t</title></head><body>\n{html}\n</body></html>'
    )


@pytest.mark.parametrize("ext", ["md", "html"])
def test_japanese_document(ext: str) -> None:
    source = _JA_DOC if ext == "md" else _html(_JA_DOC)
    doc = parse_bytes(source.encode(), f"ja.{ext}")
    refs = [e.reference for e in doc.literature]
    assert [r.authors for r in refs] == [
        ("佐藤和夫",),
        ("佐藤和夫", "田中一郎"),
        ("ジョン・スミス",),
        ("ジョン・スミス", "鈴木花子"),
        ("和田誠",),
    ]
    cited = sorted((f.label.strip("[]"), f.reference.line) for f in doc.footnotes if f.reference)
    lines = [3, 3, 5, 5, 7] if ext == "md" else [r.line for r in refs]
    assert cited == [(str(n), line) for n, line in enumerate(lines, 1)]
    assert doc.anomalies == ()


@pytest.mark.parametrize("ext", ["md", "html"])
def test_chinese_document(ext: str) -> None:
    source = _ZH_DOC if ext == "md" else _html(_ZH_DOC)
    doc = parse_bytes(source.encode(), f"zh.{ext}")
    refs = [e.reference for e in doc.literature]
    assert [(r.title, r.year) for r in refs] == [
        ("制度与发展", 2010),
        ("制度变迁研究", 2010),
        ("区域经济", 2015),
        ("诗", 1990),
    ]
    cited = sorted((f.label.strip("[]"), f.reference.line) for f in doc.footnotes if f.reference)
    lines = [3, 3, 5, 5] if ext == "md" else [r.line for r in refs]
    assert cited == [(str(n), line) for n, line in enumerate(lines, 1)]
    assert doc.anomalies == ()


@pytest.mark.parametrize("ext", ["md", "html"])
def test_korean_notes_document(ext: str) -> None:
    source = _KO_DOC if ext == "md" else _html(_KO_DOC)
    doc = parse_bytes(source.encode(), f"ko.{ext}")
    refs = [e.reference for e in doc.literature]
    assert [(r.kind, r.authors, r.title) for r in refs] == [
        (RefKind.BOOK, ("一然",), "三國遺事"),
        (RefKind.BOOK, ("金富軾",), "三國史記"),
        (RefKind.BOOK, ("김철수",), "책"),
    ]
    notes = [f.reference for f in doc.footnotes]
    assert [(r.kind, r.title) for r in notes if r] == [
        (RefKind.BOOK, "三國史記"),
        (RefKind.BOOK, "三國遺事"),
        (RefKind.BOOK, "책"),
    ]
    assert doc.anomalies == ()
