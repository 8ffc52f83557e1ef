"""Japanese, Korean and Chinese notes: corner-bracket titles, "cited above" short notes.

Fixtures are invented works written in the patterns of Japanese humanities notes (SIST 02),
Korean KCI notes and traditional-Chinese notes.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.names import same_family
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats

BRACKETED = [
    pytest.param(
        "森田健二『瀬戸内の塩田と村落』清文堂出版、1994年、55〜61頁。",
        ("森田健二",),
        "瀬戸内の塩田と村落",
        1994,
        RefKind.BOOK,
        None,
        "清文堂出版",
        "55–61",
        id="ja-book-note",
    ),
    pytest.param(
        "小川由紀「近代港湾の労働組織」『社会経済史学』第58巻第4号、1992年、33〜59頁。",
        ("小川由紀",),
        "近代港湾の労働組織",
        1992,
        RefKind.ARTICLE,
        "社会経済史学",
        None,
        "33–59",
        id="ja-article-note",
    ),
    pytest.param(
        "上野和也「村の鎮守と若者組」、石井正人編『近世村落の祭祀』（地方史叢書3）雄山閣、1987年。",
        ("上野和也",),
        "村の鎮守と若者組",
        1987,
        RefKind.CHAPTER,
        "近世村落の祭祀",
        "雄山閣",
        None,
        id="ja-chapter-in-edited-book",
    ),
    pytest.param(
        "大野恵・北川修『山村の生業』古今書院、2003年。",
        ("大野恵", "北川修"),
        "山村の生業",
        2003,
        RefKind.BOOK,
        None,
        "古今書院",
        None,
        id="ja-two-authors-dot",
    ),
    pytest.param(
        "ルイーズ・ハートマン（中田昭訳）『港の記憶』みすず書房、2010年、12頁。",
        ("ルイーズ・ハートマン",),
        "港の記憶",
        2010,
        RefKind.BOOK,
        None,
        "みすず書房",
        "12",
        id="ja-katakana-name-one-person",
    ),
    pytest.param(
        "森田健二『瀬戸内の塩田と村落』（清文堂出版、1994年）55頁。",
        ("森田健二",),
        "瀬戸内の塩田と村落",
        1994,
        RefKind.BOOK,
        None,
        "清文堂出版",
        "55",
        id="ja-facts-in-parentheses",
    ),
    pytest.param(
        "赵立新：《江南市镇的商业》，上海：上海人民出版社，2006年，第88页。",
        ("赵立新",),
        "江南市镇的商业",
        2006,
        RefKind.BOOK,
        None,
        "上海人民出版社",
        "88",
        id="zh-book-note",
    ),
    pytest.param(
        "赵立新：《明清漕运的变迁》，载《中国经济史研究》2012年第2期，第30-41页。",
        ("赵立新",),
        "明清漕运的变迁",
        2012,
        RefKind.ARTICLE,
        "中国经济史研究",
        None,
        "30-41",
        id="zh-article-both-in-double-marks",
    ),
    pytest.param(
        "黃志明，〈清代鹿港的郊行〉，《臺灣文獻》第61卷第3期（2010年），頁15-44。",
        ("黃志明",),
        "清代鹿港的郊行",
        2010,
        RefKind.ARTICLE,
        "臺灣文獻",
        None,
        "15-44",
        id="zh-tw-article-angle-marks",
    ),
    pytest.param(
        "정민호, 『조선 후기 장시의 변동』, 서울: 지식산업사, 2008, 77쪽.",
        ("정민호",),
        "조선 후기 장시의 변동",
        2008,
        RefKind.BOOK,
        None,
        "지식산업사",
        "77",
        id="ko-book-note",
    ),
    pytest.param(
        "한수진, 「개항기 객주의 조직」, 『한국사연구』 제141집, 2011, 201-233쪽.",
        ("한수진",),
        "개항기 객주의 조직",
        2011,
        RefKind.ARTICLE,
        "한국사연구",
        None,
        "201-233",
        id="ko-article-note",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind", "host", "publisher", "pages"), BRACKETED
)
@pytest.mark.parametrize("note", [True, False], ids=["note", "entry"])
def test_corner_bracket_citations(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    kind: RefKind,
    host: str | None,
    publisher: str | None,
    pages: str | None,
    note: bool,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert (ref.authors, ref.title, ref.year, ref.kind) == (authors, title, year, kind)
    assert ref.host == host
    if publisher is not None:
        assert ref.publisher == publisher
    if pages is not None:
        assert ref.pages == pages


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "この問題は従来ほとんど論じられてこなかった。たとえば、森田健二『瀬戸内の塩田と村落』"
            "清文堂出版、1994年、8頁を参照。",
            ("森田健二",),
            "瀬戸内の塩田と村落",
            id="ja-prose-then-citation",
        ),
        pytest.param(
            "詳しくは、小川由紀「近代港湾の労働組織」『社会経済史学』第58巻第4号、1992年を参照。",
            ("小川由紀",),
            "近代港湾の労働組織",
            id="ja-lead-in-word",
        ),
    ],
)
def test_japanese_note_with_prose_is_a_citation(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is not RefKind.COMMENTARY
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("うち3点は断簡のみ残る。", id="ja-remark"),
        pytest.param("閲覧は2021年5月に行った。", id="ja-date-in-prose"),
        pytest.param("이 점은 다음 장에서 다시 논의한다.", id="ko-remark"),
    ],
)
def test_cjk_remarks_stay_commentary(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).kind is RefKind.COMMENTARY


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("小川、前掲論文。", id="ja-cited-above-no-page"),
        pytest.param("정민호, 앞의 책.", id="ko-cited-above-no-page"),
        pytest.param("赵立新：前引书。", id="zh-cited-above-no-page"),
    ],
)
def test_cited_above_is_no_commentary(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).kind is not RefKind.COMMENTARY


NOTES = [
    "森田健二『瀬戸内の塩田と村落』清文堂出版、1994年、55頁。",
    "小川由紀「近代港湾の労働組織」『社会経済史学』第58巻第4号、1992年、33頁。",
    "小川由紀『港町の社会史』山川出版社、2001年。",
    "小川、前掲論文、40頁。",
    "森田、前掲書、198〜205頁。",
    "小川、前掲書、3頁。",
    "정민호, 『조선 후기 장시의 변동』, 서울: 지식산업사, 2008, 77쪽.",
    "정민호, 앞의 책, 80쪽.",
    "田村、前掲書、5頁。",
    "赵立新：《江南市镇的商业》，上海：上海人民出版社，2006年。",
    "赵立新：前引书，第9页。",
]


@pytest.mark.parametrize(
    ("index", "target", "locator"),
    [
        pytest.param(3, 1, "40", id="ja-article-of-two-works"),
        pytest.param(4, 0, "198〜205", id="ja-book-range"),
        pytest.param(5, 2, "3", id="ja-book-of-two-works"),
        pytest.param(7, 6, "80", id="ko-book"),
        pytest.param(8, None, "5", id="ja-unknown-author-unresolved"),
        pytest.param(10, 9, "9", id="zh-book"),
    ],
)
def test_cited_above_short_notes(index: int, target: int | None, locator: str) -> None:
    found = find_repeats(NOTES)[index]
    assert found is not None
    assert (found.target, found.locator) == (target, locator)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("小川", "小川由紀", True, id="ja-family-name-alone"),
        pytest.param("정", "정민호", True, id="ko-family-name-alone"),
        pytest.param("小川由紀", "森田健二", False, id="ja-other-person"),
        pytest.param("小川由紀", "小川", True, id="ja-either-order"),
        pytest.param("smith", "smithson", False, id="latin-no-prefix-rule"),
    ],
)
def test_cjk_family_name_matches_full_name(a: str, b: str, same: bool) -> None:
    assert same_family(a, b) is same
