"""Fix 67g: Markdown posts whose unnumbered sources list (``## 출처``, ``## 出典``,
``## 来源``, ``## Sources``) holds exactly the works the body links to; the fields of
Korean, Japanese and Chinese APA entries (``김지범 외 (2022).``, ``(2022年3月10日)``,
``[데이터 세트]``, a public body's own release, a press release, a body's research
institute); and url-missing findings for entries that have a DOI, and data-set ``@misc``
entries.  Own fixtures, each rule with a look-alike it must not take."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.parse.references.native_et_al import english_others
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers.common import LITERATURE_HEADINGS
from bibcheck.readers.mdlinks import read

# -- the headings of a sources list ---------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["출처", "참고 자료", "出典", "来源", "來源", "资料来源", "出处", "tham khảo", "крыніцы"],
)
def test_sources_headings_are_known(heading: str) -> None:
    assert heading in LITERATURE_HEADINGS


# -- an unnumbered list of exactly what the body links to: cited by position ---------------

KOREAN = """\
---
title: "청년 투표율 다시 보기"
---

# 청년 투표율 다시 보기

선관위의 [투표율 자료](https://stats.example.net/turnout-2022)에 따르면 차이가 있었다.
여론조사 [보고서](https://poll.example.net/report/88)도 같은 흐름을 보였다.

## 2. 자료

같은 [투표율 자료](https://stats.example.net/turnout-2022)를 다시 보면 분명하다.

## 출처

- 중앙선거관리위원회 (2022). [투표율 분석](https://stats.example.net/turnout-2022). 중앙선거관리위원회.
- 한국리서치 (2022). [여론 속의 여론 제88호](https://poll.example.net/report/88). 한국리서치조사연구소.
"""

JAPANESE = """\
# 若者の投票行動

総務省の[投票率の資料](https://stats.example.jp/turnout)では差があった。
世論調査の[報告](https://poll.example.jp/r/12)も同じだった。

## 出典

- 総務省 (2022). [投票率の推移](https://stats.example.jp/turnout). 総務省.
- 山田太郎 (2021). [世論調査の報告](https://poll.example.jp/r/12). 調査研究所.
"""

ENGLISH = """\
# Turnout among the young

The [turnout tables](https://stats.example.org/turnout) show a gap.
A [poll report](https://poll.example.org/r/12) found the same.

## Sources

- Electoral Commission (2022). [Turnout tables](https://stats.example.org/turnout). Electoral Commission.
- Lee, A. (2021). [Poll report](https://poll.example.org/r/12). Poll Institute.
"""

# the same post linking a page its list does not hold: its links are cited as links
MIXED = ENGLISH.replace(
    "found the same.", "found the same ([a chart](https://charts.example.org/c1))."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(KOREAN, [("1", 7), ("2", 8), ("1", 12)], id="korean-출처"),
        pytest.param(JAPANESE, [("1", 3), ("2", 4)], id="japanese-出典"),
        pytest.param(ENGLISH, [("1", 3), ("2", 4)], id="english-sources"),
    ],
)
def test_links_cite_the_entries_by_position(text: str, expected: list[tuple[str, int]]) -> None:
    doc = read(text)
    assert sorted((m.label, m.line) for m in doc.markers) == sorted(expected)


def test_a_link_to_no_entry_keeps_the_links_labels() -> None:
    # (the list of exactly what the body links to is cited by position; a body that also
    # links a page its list does not hold cites by its links, L1, L2 …)
    listed = read(ENGLISH)
    mixed = read(MIXED)
    assert [m.label for m in listed.markers] == ["1", "2"]
    assert [m.label for m in mixed.markers] == ["L1", "L2", "L3"]


def test_no_note_marker_read_in_a_numbered_section_heading() -> None:
    doc = read(KOREAN)
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [n.label for n in doc.literature] == ["1", "2"]


def test_a_linked_title_opening_with_a_quotation_is_whole() -> None:
    text = KOREAN.replace(
        "[여론 속의 여론 제88호](https://poll.example.net/report/88)",
        '["싫어서 찍었다"… 청년의 선택](https://poll.example.net/report/88)',
    )
    doc = read(text)
    assert doc.literature[1].reference is not None
    assert doc.literature[1].reference.title == '"싫어서 찍었다"… 청년의 선택'


# -- "and others" after a name in Hangul --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "kept"),
    [
        # ("외" glued to a word is part of it; a spaced one with no date after it is left)
        (
            "김지범 외 (2022). 제목. 출판사.",
            "김지범 et al (2022). 제목. 출판사.",
            "국외 (2022). 제목.",
        ),
        (
            "박선경, 이재묵 외 (2021, 3월 10일). 제목.",
            "박선경, 이재묵 et al (2021, 3월 10일). 제목.",
            "예외 사항 (2020). 제목.",
        ),
    ],
)
def test_korean_and_others(text: str, expected: str, kept: str) -> None:
    assert english_others(text) == expected
    assert english_others(kept) == kept


# -- Korean, Japanese and Chinese APA entries: kinds ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "김지범 외 (2022). 한국종합사회조사 2021 [데이터 세트]. 자료원. https://data.example.net/1",
            RefKind.WEB,
            id="ko-data-set",
        ),
        pytest.param(
            "山田太郎 (2021). 全国世論調査 2020 [データセット]. 調査センター. https://data.example.jp/2",
            RefKind.WEB,
            id="ja-data-set",
        ),
        pytest.param(
            "王伟 (2020). 城市居民调查 [数据集]. 数据中心. https://data.example.cn/3",
            RefKind.WEB,
            id="zh-data-set",
        ),
        pytest.param(
            "중앙선거관리위원회 (2022). 투표율 분석. 중앙선거관리위원회. https://a.example.net/4",
            RefKind.REPORT,
            id="ko-commission-self-issued",
        ),
        pytest.param(
            "総務省統計局 (2022). 国勢調査 結果の概要. 総務省統計局. https://a.example.jp/5",
            RefKind.REPORT,
            id="ja-bureau-self-issued",
        ),
        pytest.param(
            "통계청 (2022). 인구주택총조사 결과. 통계청 보도자료. https://a.example.net/6",
            RefKind.REPORT,
            id="ko-press-release",
        ),
        pytest.param(
            "보건복지부 (2022). 새 예방접종 일정 발표. 보건복지부 보도자료. https://a.example.net/7",
            RefKind.WEB,
            id="ko-ministry-press-release",
        ),
        pytest.param(
            "厚生労働省 (2023). 新型コロナワクチンの接種について. 報道発表資料. https://a.example.jp/8",
            RefKind.WEB,
            id="ja-ministry-press-release",
        ),
        pytest.param(
            "한국리서치 (2022). 여론 속의 여론 제88호. 한국리서치조사연구소. https://a.example.net/7",
            RefKind.REPORT,
            id="ko-own-research-institute",
        ),
        pytest.param(
            "Gallup Korea (2022). Daily opinion no. 488. Gallup Korea Research Institute. "
            "https://a.example.net/8",
            RefKind.REPORT,
            id="en-own-research-institute",
        ),
    ],
)
def test_cjk_apa_kinds(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind
    # (a person's book from a press, and one published by another body's institute, stay
    # books)
    for book in (
        "김철수 (2019). 선거와 여론. 서울대학교출판문화원.",
        "Park, J. (2019). Elections and opinion. Korea Research Institute.",
    ):
        assert parse_reference(book, (1,), detect_styles=True).kind is RefKind.BOOK


def test_japanese_apa_date() -> None:
    ref = parse_reference(
        "山田太郎 (2022年3月10日). 若者の投票行動. 朝日新聞. https://news.example.jp/p",
        (1,),
        detect_styles=True,
    )
    assert (ref.style, ref.authors, ref.title, ref.year) == (
        "apa",
        ("山田太郎",),
        "若者の投票行動",
        2022,
    )


# -- no url-missing finding for a work cited by its DOI ------------------------------------


def _template(params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate("cite web", params, dict.fromkeys(params, 3), "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("params", "missing"),
    [
        pytest.param(
            {"title": "Survey round 9, edition 3.1", "year": "2021", "doi": "10.1000/ess9"},
            False,
            id="doi",
        ),
        pytest.param(
            {"title": "Archive record", "year": "2020", "hdl": "1902.1/12345"},
            False,
            id="handle",
        ),
    ],
)
def test_cite_web_with_an_identifier(params: dict[str, str], missing: bool) -> None:
    ref = cite_reference(_template(params))
    assert any(a.code is AnomalyCode.URL_MISSING for a in ref.anomalies) is missing
    # (a page with neither an address nor an identifier is still reported)
    bare = cite_reference(_template({"title": "About the survey", "year": "2021"}))
    assert any(a.code is AnomalyCode.URL_MISSING for a in bare.anomalies)


def _bib(text: str) -> tuple[RefKind, bool]:
    (record,), _ = read_bib(text)
    ref = to_reference(record)
    return ref.kind, any(a.code is AnomalyCode.URL_MISSING for a in ref.anomalies)


@pytest.mark.parametrize(
    ("bib", "kind", "missing"),
    [
        pytest.param(
            "@online{p, author = {Roe, Ann}, title = {Pre-analysis plan}, year = {2023},"
            " doi = {10.1000/osf.abc}}",
            RefKind.WEB,
            False,
            id="online-with-doi",
        ),
        pytest.param(
            "@misc{d, author = {{Survey Team}}, title = {Round 10 integrated file}, year = {2023},"
            " doi = {10.1000/r10}, note = {[Data set]}}",
            RefKind.WEB,
            False,
            id="misc-data-set",
        ),
        pytest.param(
            "@misc{d, author = {{Values Study}}, title = {Values 2017}, year = {2022},"
            " publisher = {Archive}, note = {ZA7500 Data file}}",
            RefKind.WEB,
            False,
            id="misc-data-file",
        ),
        pytest.param(
            "@misc{d, author = {{INE}}, title = {Encuesta de población activa}, year = {2021},"
            " note = {Conjunto de datos}}",
            RefKind.WEB,
            False,
            id="misc-conjunto-de-datos",
        ),
    ],
)
def test_bib_entries(bib: str, kind: RefKind, missing: bool) -> None:
    assert _bib(bib + "\n") == (kind, missing)
    # (an @online page with no address is still reported; a @misc letter is no data set)
    page = "@online{p, author = {Roe, Ann}, title = {Project page}, year = {2023}}\n"
    assert _bib(page) == (RefKind.WEB, True)
    letter = "@misc{l, author = {Roe, Ann}, title = {Letter to the board}, year = {1990}}\n"
    assert _bib(letter)[0] is not RefKind.WEB


@pytest.mark.parametrize(
    ("link", "line"),
    [
        pytest.param(
            "As [Lee (2021)](https://poll.example.org/r/12) argues, it holds.", 5, id="en"
        ),
        pytest.param("[이서연(2021)](https://poll.example.org/r/12)은 같은 결론이다.", 5, id="ko"),
    ],
)
def test_a_link_naming_an_entry_is_one_citation(link: str, line: str) -> None:
    # (a body citing by its links: the link's words naming an entry by author and year
    # are the link's citation, no numbered marker besides it with no note to go to)
    text = MIXED.replace("\n\n## Sources", f"\n{link}\n\n## Sources").replace(
        "- Lee, A. (2021).", "- 이서연 (2021)." if "이서연" in link else "- Lee, A. (2021)."
    )
    doc = read(text)
    assert [(m.label, m.line) for m in doc.markers][-1] == ("L2", line)
    assert {m.label for m in doc.markers} == {n.label for n in doc.footnotes}
