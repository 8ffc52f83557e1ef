"""Names and citation forms (fix round 62, helper d).

* A foreign name transliterated in Han characters, its parts joined by a Chinese middle dot
  (``马克斯·韦伯``, ``卡尔‧马克思``, ``米歇尔•福柯``, with its nationality before it:
  ``[德]马克斯·韦伯``), is one person, cited by the last part (``韦伯（1998）``).
* A one-character family name cites the entry whose author begins with it, the year
  agreeing (``森（2011）`` -> ``森花子（2011）``, ``（王，2019）`` -> ``王明. 2019.``), when
  one entry alone has it.
* A macron is no sign of a Japanese name: Latvian, Lithuanian and Māori names keep their
  order (``Ķēniņš, Ivars``, ``Pōmare, Māui``), and ``Natsume Sōseki`` is left as written.
* ``(Smith,2019)``: an ASCII comma and no space before the year is a citation.
* ``BLEU (WMT 2014)``, ``Top-1 (ImageNet 2012)``: a dataset's name and year among words of
  data and scores is no citation of a work the list lacks.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.parse.interpunct import one_person, surname, without_nationality
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.script_names import joined_people
from bibcheck.readers.authoryear import AUTHOR_YEAR
from bibcheck.readers.benchmarks import benchmark_mention, benchmark_name
from bibcheck.readers.cjkcite import cjk_names, initial_keys
from bibcheck.readers.cjknames import family_name, split_people
from tests.test_fix56g_list_ends_and_notes import _docx, _h, _p
from tests.test_regex_growth import assert_linear


def _cited(doc: ParsedDocument) -> dict[int, list[str]]:
    """Line -> the first authors of the entries cited on it, sorted."""
    by_number = {e.number: e.reference.authors[:1] for e in doc.literature}
    out: dict[int, list[str]] = {}
    for fn in doc.footnotes:
        if fn.literature is None:
            continue
        for m in fn.markers:
            out.setdefault(m.line, []).extend(by_number[fn.literature.number])
    return {line: sorted(names) for line, names in out.items()}


def _missing(doc: ParsedDocument) -> list[str]:
    return sorted(
        a.message.split("'")[1]
        for a in doc.anomalies
        if a.code is AnomalyCode.CITATION_KEY_MISSING and "'" in a.message
    )


# --------------------------------------------------------------------------
# 1. Transliterated foreign names: one person
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "dot", "right", "one"),
    [
        ("马克斯", "·", "韦伯", True),
        ("卡尔", "‧", "马克思", True),
        ("米歇尔", "•", "福柯", True),
        ("[德]马克斯", "·", "韦伯", True),
        ("〔法〕让-雅克", "·", "卢梭", True),
        ("山田", "・", "鈴木", False),  # the Japanese dot between kanji: two people
        ("김철수", "·", "이영희", False),  # Hangul: two people
        ("ジョン", "・", "スミス", True),
    ],
)
def test_one_person(left: str, dot: str, right: str, one: bool) -> None:
    assert one_person(left, dot, right) is one


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("马克斯·韦伯", "韦伯"),
        ("[德]卡尔·马克思", "马克思"),
        ("米歇尔•福柯", "福柯"),
        ("约翰·梅纳德·凯恩斯", "凯恩斯"),
        ("王明", None),
        ("山田・鈴木", None),
        ("Max Weber", None),
    ],
)
def test_surname(name: str, family: str | None) -> None:
    assert surname(name) == family


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("[德]马克斯·韦伯. 1998.", "马克斯·韦伯. 1998."),
        ("〔法〕米歇尔·福柯：《规训》", "米歇尔·福柯：《规训》"),
        ("（美）约翰·杜威", "约翰·杜威"),
        ("[1] 王明. 题名[J].", "[1] 王明. 题名[J]."),
        ("(2019) 王明", "(2019) 王明"),
    ],
)
def test_without_nationality(text: str, bare: str) -> None:
    assert without_nationality(text) == bare


@pytest.mark.parametrize(
    ("text", "japanese", "people"),
    [
        ("马克斯·韦伯", False, ["马克斯·韦伯"]),
        ("马克斯·韦伯、卡尔·马克思", False, ["马克斯·韦伯", "卡尔·马克思"]),
        ("米歇尔•福柯, 王明", False, ["米歇尔•福柯", "王明"]),
        # (Japanese joins co-authors in kanji with a dot, whichever was typed)
        ("山田·鈴木", True, ["山田", "鈴木"]),
        ("山田・鈴木", False, ["山田", "鈴木"]),
        ("김철수·이영희", False, ["김철수", "이영희"]),
    ],
)
def test_split_people(text: str, japanese: bool, people: list[str]) -> None:
    assert split_people(text, japanese=japanese) == people


@pytest.mark.parametrize(
    ("name", "family"),
    [("马克斯·韦伯", "韦伯"), ("マックス・ウェーバー", "ウェーバー"), ("王明", None)],
)
def test_family_name(name: str, family: str | None) -> None:
    assert family_name(name) == family


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("马克斯·韦伯", None),  # one person: no list
        ("강현화·이미혜·김선정", ("강현화", "이미혜", "김선정")),
        ("山田太郎・佐藤花子", ("山田太郎", "佐藤花子")),
    ],
)
def test_joined_people(text: str, people: tuple[str, ...] | None) -> None:
    assert joined_people(text) == people


@pytest.mark.parametrize(
    ("text", "authors", "year", "title"),
    [
        (
            "马克斯·韦伯. 1998. 新教伦理与资本主义精神. 北京: 三联书店.",
            ("马克斯·韦伯",),
            1998,
            "新教伦理与资本主义精神",
        ),
        ("[德]卡尔·马克思. 2004. 资本论. 北京: 人民出版社.", ("[德]卡尔·马克思",), 2004, "资本论"),
        (
            "米歇尔•福柯, 李华. 2003. 规训与惩罚. 北京: 三联书店.",
            ("米歇尔•福柯", "李华"),
            2003,
            "规训与惩罚",
        ),
        ("马克斯·韦伯. (1998). 新教伦理. 社会学研究, 3, 1-10.", ("马克斯·韦伯",), 1998, "新教伦理"),
        ("王明. 2019. 中国社会. 北京: 人民出版社.", ("王明",), 2019, "中国社会"),
    ],
)
def test_transliterated_entry(text: str, authors: tuple[str, ...], year: int, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)


@pytest.mark.parametrize(
    ("head", "keys"),
    [
        ("马克斯·韦伯", ["马克斯·韦伯", "韦伯"]),
        ("马克斯·韦伯、卡尔·马克思", ["马克斯·韦伯", "韦伯", "卡尔·马克思", "马克思"]),
    ],
)
def test_transliterated_keys(head: str, keys: list[str]) -> None:
    assert cjk_names(head) == keys


_CHINESE = """# 导论

已有研究（韦伯，1998）讨论了新教伦理。马克思（2004）则不同。福柯（2003）提出了规训（马克斯·韦伯，1998：45）。

这是第二段（王明，2019），另见（韦伯、马克思，2010）。

## 参考文献

马克斯·韦伯. 1998. 新教伦理与资本主义精神. 北京: 三联书店.

[德]卡尔·马克思. 2004. 资本论. 北京: 人民出版社.

米歇尔•福柯. 2003. 规训与惩罚. 北京: 三联书店.

马克斯·韦伯, 卡尔·马克思. 2010. 合集. 北京: 人民出版社.

王明. 2019. 中国社会. 北京: 人民出版社.
"""


def test_transliterated_document() -> None:
    doc = parse_bytes(_CHINESE.encode(), "/tmp/zh.md")
    assert [e.reference.authors for e in doc.literature] == [
        ("马克斯·韦伯",),
        ("[德]卡尔·马克思",),
        ("米歇尔•福柯",),
        ("马克斯·韦伯", "卡尔·马克思"),
        ("王明",),
    ]
    assert _cited(doc) == {
        3: ["[德]卡尔·马克思", "米歇尔•福柯", "马克斯·韦伯", "马克斯·韦伯"],
        5: ["王明", "马克斯·韦伯"],
    }
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]


# --------------------------------------------------------------------------
# 2. A one-character family name
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "keys"),
    [
        ("森花子", {"森"}),
        ("林美玲", {"林"}),
        ("王明", {"王"}),
        ("王明, 李华", {"王", "李"}),
        ("张三, 李四, 王五等", {"张", "李", "王"}),
        ("山田太郎・佐藤花子", {"山", "佐"}),
        ("김철수", set()),  # Hangul: cited whole
        ("ジョン・スミス", set()),
        ("马克斯·韦伯", set()),  # (cited by its last part, 韦伯)
    ],
)
def test_one_character_keys(head: str, keys: set[str]) -> None:
    assert initial_keys(head) == keys


_JAPANESE = """# はじめに

森（2011）は農村を論じた。林（2015）も参照。先行研究（王，2019）もある。

第二段落です。

## 参考文献

森花子（2011）『農村の社会学』東京：有斐閣。

林美玲（2015）『台湾社会研究』台北：联经出版。

王明（2019）『中国社会』北京：人民出版社。
"""

_CHINESE_SHORT = """# 导论

森（2011）论述了农村。林 (2015) 也可参见。已有研究（王，2019）。

这是第二段，讨论更多的问题。

## 参考文献

森花子. 2011. 农村社会学. 东京: 有斐阁.

林美玲. 2015. 台湾社会研究. 台北: 联经出版.

王明. 2019. 中国社会. 北京: 人民出版社.
"""


@pytest.mark.parametrize("text", [_JAPANESE, _CHINESE_SHORT])
def test_one_character_document(text: str) -> None:
    doc = parse_bytes(text.encode(), "/tmp/cjk.md")
    assert _cited(doc) == {3: ["林美玲", "森花子", "王明"]}


def test_one_character_needs_one_entry() -> None:
    # two entries of 2019 whose authors begin with 王: "（王，2019）" names neither; a
    # year after other letters no entry begins with is no citation
    text = (
        _CHINESE_SHORT.replace("王明. 2019.", "王明. 2019. 甲.\n\n王华. 2019.")
        .replace("也可参见。", "也可参见。国家（2019）如此。")
        .replace("这是第二段，", "这是第二段（王华，2019），")
    )
    doc = parse_bytes(text.encode(), "/tmp/cjk2.md")
    assert _cited(doc) == {3: ["林美玲", "森花子"], 5: ["王华"]}


# --------------------------------------------------------------------------
# 3. Macrons: no sign of Japanese
# --------------------------------------------------------------------------

_MACRONS = """# Introduction

As Ķēniņš (2001) and Pōmare (1999) argued, and also Brown (2018) and Natsume (1906).

More prose in a second paragraph (Šimkūnas, 2010; Brown, 2018).

## References

Brown, A. (2018). Third study. Journal of Stuff, 3(1), 7-8.

Ķēniņš, Ivars. (2001). Latvian grammar. Rīga: Zvaigzne.

Natsume Sōseki. (1906). Botchan. Tokyo: Shunyodo.

Pōmare, Māui. (1999). Te ara. Wellington: Huia.

Šimkūnas, Jonas. (2010). Lietuvių kalba. Vilnius: Mokslas.
"""


def test_macron_names_keep_their_order() -> None:
    doc = parse_bytes(_MACRONS.encode(), "/tmp/macrons.md")
    assert [e.reference.authors for e in doc.literature] == [
        ("Brown, A.",),
        ("Ķēniņš, Ivars",),
        ("Natsume Sōseki",),
        ("Pōmare, Māui",),
        ("Šimkūnas, Jonas",),
    ]
    assert _cited(doc) == {
        3: ["Brown, A.", "Natsume Sōseki", "Pōmare, Māui", "Ķēniņš, Ivars"],
        5: ["Brown, A.", "Šimkūnas, Jonas"],
    }


# --------------------------------------------------------------------------
# 4. "(Smith,2019)": an ASCII comma, no space
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "year"),
    [
        ("(Smith,2019)", "Smith", "2019"),
        ("(Smith and Lee,2019)", "Smith", "2019"),
        ("(Smith et al.,2019, p. 4)", "Smith", "2019"),
        ("(Smith,2019a; Lee, 2020)", "Smith", "2019a"),
        ("(Smith, 2019)", "Smith", "2019"),
    ],
)
def test_comma_no_space(text: str, name: str, year: str) -> None:
    m = AUTHOR_YEAR.search(text)
    assert m is not None and m["name"] == name and (m["y1"] or m["y2"]) == year


@pytest.mark.parametrize("text", ["Paris,2019 was busy", "items 4,2019,5", "(Smith,20190)"])
def test_comma_no_space_not_a_citation(text: str) -> None:
    assert AUTHOR_YEAR.search(text) is None


_BODY = "Prior work (Smith,2019) and (Smith and Lee,2019) disagree. Also (Brown, 2018)."
_PROSE = "More text here about the topic, with a second paragraph so that the reader sees prose."
_ENTRIES = [
    "Smith, J. (2019). A study of things. Journal of Stuff, 1(2), 3-4.",
    "Smith, J., & Lee, K. (2019). Another study. Journal of Stuff, 2(1), 5-6.",
    "Brown, A. (2018). Third study. Journal of Stuff, 3(1), 7-8.",
]


def _comma_doc(fmt: str) -> bytes:
    if fmt == "md":
        return "\n\n".join(["# Introduction", _BODY, _PROSE, "## References", *_ENTRIES]).encode()
    if fmt == "html":
        entries = "".join(f"<p>{e.replace('&', '&amp;')}</p>" for e in _ENTRIES)
        return (
            "<!DOCTYPE html><html><head><title>Study</title></head><body>"
            f"<h1>Introduction</h1><p>{_BODY}</p><p>{_PROSE}</p><h2>References</h2>{entries}"
            "</body></html>"
        ).encode()
    return _docx(
        _h("Introduction"),
        _p(_BODY),
        _p(_PROSE),
        _h("References"),
        *(_p(e.replace("&", "&amp;")) for e in _ENTRIES),
    )


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_comma_no_space_document(fmt: str) -> None:
    doc = parse_bytes(_comma_doc(fmt), f"/tmp/comma.{fmt}")
    cited = sorted(
        e.reference.authors
        for fn in doc.footnotes
        if fn.literature is not None and fn.markers
        for e in doc.literature
        if e.number == fn.literature.number
    )
    assert cited == [("Brown, A.",), ("Smith, J.",), ("Smith, J.", "Lee, K.")]


# --------------------------------------------------------------------------
# 5. Datasets and benchmarks with their year
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "dataset"),
    [
        ("WMT", True),
        ("COCO", True),
        ("CIFAR-10", True),
        ("ImageNet", True),
        ("SQuAD", True),
        ("CoNLL", True),
        ("MultiNLI", True),
        ("Smith", False),
        ("McDonald", False),
        ("MacArthur", False),
        ("DeWitt", False),
        ("LeBlanc", False),
        ("VanderWeele", False),
        ("FitzGerald", False),
    ],
)
def test_benchmark_name(name: str, dataset: bool) -> None:
    assert benchmark_name(name) is dataset


@pytest.mark.parametrize(
    ("text", "name", "dataset"),
    [
        ("| Model | BLEU (WMT 2014) | Top-1 |", "WMT", True),
        ("| Model | Top-1 (ImageNet 2012) | mAP |", "ImageNet", True),
        ("on the standard detection split (COCO 2017) as before", "COCO", True),
        ("models trained on (ImageNet, 2012) only", "ImageNet", True),
        ("The accuracy of the estimates (OECD, 2019) was doubted.", "OECD", False),
        ("Benchmark rates (ECB, 2020) rose.", "ECB", False),
        # (the next sentence's words or the next cell's say nothing of it)
        ("Rates rose (OECD, 2019). The test set is small.", "OECD", False),
        ("| (WHO, 2020) | BLEU |", "WHO", False),
        ("results on the test set (Smith, 2019)", "Smith", False),
    ],
)
def test_benchmark_mention(text: str, name: str, dataset: bool) -> None:
    start = text.index(name)
    end = text.index(")", start) + 1
    assert benchmark_mention(text, start, end, name) is dataset


_RESULTS = """# Results

We compare our model with prior systems (Brown, 2018; Green, 2017) on three benchmarks.
The accuracy of earlier estimates (OECD, 2019) was criticised (Jones, 2015).

| Model | BLEU (WMT 2014) | Top-1 (ImageNet 2012) | mAP (COCO 2017) |
|---|---|---|---|
| Brown | 27.1 | 75.0 | 40.1 |
| Ours | 28.4 | 76.1 | 42.0 |

Models trained on the same data (ImageNet, 2012) and the test sets (SQuAD 2016; GLUE
2018) follow Green (2017).

## References

Brown, A. (2018). Third study. Journal of Stuff, 3(1), 7-8.

Green, B. (2017). Fourth study. Journal of Stuff, 4(1), 9-10.
"""


@pytest.mark.parametrize("reader", [None, "pdf-text"])
def test_benchmarks_are_no_missing_entries(reader: str | None) -> None:
    doc = parse_bytes(_RESULTS.encode(), "/tmp/results.md", reader)
    assert _missing(doc) == ["Jones", "OECD"]


def test_benchmark_with_its_entry_is_cited() -> None:
    text = _RESULTS.replace(
        "Green, B. (2017).",
        "WMT. (2014). Findings of the workshop. Baltimore: ACL.\n\nGreen, B. (2017).",
    )
    doc = parse_bytes(text.encode(), "/tmp/results2.md")
    assert _cited(doc)[6] == ["WMT"]


_LEADERBOARD = """# Leaderboard

| Model | BLEU (WMT 2014) | Top-1 (ImageNet 2012) | mAP (COCO 2017) |
|---|---|---|---|
| Baseline | 27.1 | 75.0 | 40.1 |
| Ours | 28.4 | 76.1 | 42.0 |

We report results on the test set (WMT 2014), on the validation split (ImageNet 2012)
and on the detection split (COCO 2017), trained on the same data.
"""


def test_leaderboard_without_list() -> None:
    doc = parse_bytes(_LEADERBOARD.encode(), "/tmp/board.md", "plain-text")
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.NO_LITERATURE_LIST]
    cited = _LEADERBOARD.replace("trained on the same data.", "as (Brown 2018), (Lee 2019).")
    cited += "\nEarlier work (Green 2017) and (Jones 2015) disagreed.\n"
    doc = parse_bytes(cited.encode(), "/tmp/board2.md", "plain-text")
    (anomaly,) = [a for a in doc.anomalies if a.code is AnomalyCode.NO_LITERATURE_LIST]
    assert "(Brown 2018), (Lee 2019), (Green 2017), (Jones 2015)" in anomaly.message
    assert "WMT" not in anomaly.message


def test_benchmark_mention_linear() -> None:
    assert_linear(
        lambda t: benchmark_mention(t, len(t) // 2, len(t) // 2 + 10, "WMT"),
        lambda n: "a. b | " * (n // 7),
    )
