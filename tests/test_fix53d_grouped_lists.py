"""Fix 53d: reading lists grouped under bullets of their own, East Asian slash-parted book
entries, short-form notes naming a listed title, APA footnotes' venues, and author-date
citations whose works the notes give in full.  Own fixtures, written in the shapes blogs,
wikis and lecture notes use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import apa, parse_reference, slashed_roles
from bibcheck.parse.shorttitle import short_form_of
from bibcheck.readers.common import read_list
from bibcheck.readers.grouplist import group_name
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# 1. Groups of works under bullets of their own
# --------------------------------------------------------------------------

_KO_GROUPED = [
    "## 참고문헌",
    "",
    "* 웹",
    "    * [Visitor pattern](https://example.org/visitor)",
    "* 도서",
    "    * 첫째 책 / 홍길동 저 / 한빛 / 2015년",
    "    * 둘째 책 / 김철수 저 / 인사이트 / 2018년",
]
_LOOSE_GROUPED = [
    "## Further reading",
    "",
    "- **Books:**",
    "",
    "  - Doe, J. (2001). A first book. Acme Press.",
    "",
    "  - Roe, R. (2003). A second book. Beta Books.",
    "",
    "- Web",
    "",
    "  - [A page](https://example.org/page), 2020",
]
_ANNOTATED = [  # a work with a note under it: one entry, not a group
    "## References",
    "",
    "- Doe, J. (2001). A first book. Acme Press.",
    "    - PDF: https://example.org/doe.pdf",
    "- Roe, R. (2003). A second book. Beta Books.",
]
_DETAIL = [  # a short name with one detail under it (no year, no address): left whole
    "## Reading",
    "",
    "* Dune",
    "    * Frank Herbert",
    "* Roe, R. (2003). A second book. Beta Books.",
]
_NUMBERED = [  # a numbered list: its numbers are the labels, never renumbered
    "## References",
    "",
    "1. Books",
    "    * Doe, J. (2001). A first book. Acme Press.",
    "    * Roe, R. (2003). A second book. Beta Books.",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            _KO_GROUPED,
            [
                ("1", 4, "[Visitor pattern](https://example.org/visitor)"),
                ("2", 6, "첫째 책 / 홍길동 저 / 한빛 / 2015년"),
                ("3", 7, "둘째 책 / 김철수 저 / 인사이트 / 2018년"),
            ],
            id="korean-two-groups",
        ),
        pytest.param(
            _LOOSE_GROUPED,
            [
                ("1", 5, "Doe, J. (2001). A first book. Acme Press."),
                ("2", 7, "Roe, R. (2003). A second book. Beta Books."),
                ("3", 11, "[A page](https://example.org/page), 2020"),
            ],
            id="loose-nested-bold-group",
        ),
        pytest.param(
            _ANNOTATED,
            [
                (
                    "1",
                    3,
                    "Doe, J. (2001). A first book. Acme Press.\n- PDF: https://example.org/doe.pdf",
                ),
                ("2", 5, "Roe, R. (2003). A second book. Beta Books."),
            ],
            id="negative-annotated-work",
        ),
        pytest.param(
            _DETAIL,
            [
                ("1", 3, "Dune\n* Frank Herbert"),
                ("2", 5, "Roe, R. (2003). A second book. Beta Books."),
            ],
            id="negative-one-detail",
        ),
    ],
)
def test_grouped_list_items(lines: list[str], expected: list[tuple[str, int, str]]) -> None:
    items, _, _ = read_list(lines, 1, set())
    assert [(n.label, n.line, n.text) for n in items] == expected


def test_numbered_list_is_not_regrouped() -> None:
    items, _, _ = read_list(_NUMBERED, 1, set())
    assert [n.label for n in items] == ["1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Books", True),
        ("**Web sites:**", True),
        ("도서", True),
        ("参考書籍：", True),
        ("Doe, J. (2001). Title.", False),
        ("[A page](https://example.org)", False),
        ("A rather long phrase that is a sentence", False),
    ],
)
def test_group_name(text: str, expected: bool) -> None:
    assert group_name(text) is expected


# --------------------------------------------------------------------------
# 2. Slash-parted East Asian book entries
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher", "year"),
    [
        pytest.param(
            "알고리즘 입문 / 홍길동, 김철수 공저 / 이영희 역 / 한빛미디어 / 초판 3쇄 2017년 5월 10일",
            ("홍길동", "김철수"),
            "알고리즘 입문",
            "한빛미디어",
            2017,
            id="korean-co-authors-translator",
        ),
        pytest.param(
            "네트워크 입문 TCP/IP / 박영수 저/최민수 역 / 길벗 / 2판 2020년 1월 2일 / 원제 : Networks",
            ("박영수",),
            "네트워크 입문 TCP/IP",
            "길벗",
            2020,
            id="korean-slash-after-role-original-title",
        ),
        pytest.param(
            "関数型プログラミング入門 / 山田太郎、佐藤花子 著 / 鈴木一郎 訳 / 技術評論社 / 2019年",
            ("山田太郎", "佐藤花子"),
            "関数型プログラミング入門",
            "技術評論社",
            2019,
            id="japanese",
        ),
        pytest.param(
            "编译原理导论 / 张伟 著 / 李强 译 / 清华大学出版社 / 2018年",
            ("张伟",),
            "编译原理导论",
            "清华大学出版社",
            2018,
            id="chinese",
        ),
    ],
)
def test_slashed_entry(
    text: str, authors: tuple[str, ...], title: str, publisher: str, year: int
) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.kind, ref.authors, ref.title, ref.publisher, ref.year) == (
        RefKind.BOOK,
        authors,
        title,
        publisher,
        year,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Основы сетей / И. И. Иванов. — М. : Наука, 2010. — 320 с.", id="gost"),
        pytest.param("TCP/IP 안내 / 네트워크 / 2019년", id="no-role-word"),
        pytest.param("제목 / 홍길동 역 / 한빛 / 2019년", id="translator-first"),
    ],
)
def test_not_slashed_entry(text: str) -> None:
    assert slashed_roles.parse(text) is None


# --------------------------------------------------------------------------
# 3. APA footnotes keep their venue
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "volume", "issue", "pages"),
    [
        pytest.param(
            "Doe, J. A., & Roe, B. (2019). A study of things. Journal of Studies, 44(4), 375-417.",
            "Journal of Studies",
            "44",
            "4",
            "375-417",
            id="journal",
        ),
        pytest.param(
            "Lee, K., Park, S., & Kim, T. (2021). Fast sampling. SIAM Journal on Computing,"
            " 41(3), A1443-A1481.",
            "SIAM Journal on Computing",
            "41",
            "3",
            "A1443-A1481",
            id="journal-lettered-pages",
        ),
        pytest.param(
            "Doe, J. (2020). Learning to rank. In ICML.", "ICML", None, None, None, id="in-venue"
        ),
        pytest.param(
            "Roe, B., & Doe, J. (2018). Deep things. In Proceedings of the Conference on Learning.",
            "Proceedings of the Conference on Learning",
            None,
            None,
            None,
            id="in-proceedings",
        ),
    ],
)
def test_apa_note_venue(
    text: str, host: str, volume: str | None, issue: str | None, pages: str | None
) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (ref.host, ref.volume, ref.issue, ref.pages) == (host, volume, issue, pages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doe, J. A., & Roe, B. (2019). Title. Journal, 4(1), 1-9.", True),
        ("Smith (2019). Some remarks on a thing.", False),  # no initials: not APA's head
        ("See the report (2019). Title.", False),
        ("Doe, J. A. (2019).", False),  # nothing after the year
    ],
)
def test_apa_marked(text: str, expected: bool) -> None:
    assert apa.marked(text) is expected


# --------------------------------------------------------------------------
# 4. Short-form notes naming a listed title
# --------------------------------------------------------------------------

_TITLES = [
    "객체지향 설계 원리(개정판)",
    "Patterns of Enterprise Design",
    "함수형 사고 입문 [2판]",
    "リファクタリング入門",
    "Patterns of Enterprise Design",  # (listed twice below in one case only)
]


@pytest.mark.parametrize(
    ("note", "titles", "expected"),
    [
        (
            "객체지향 설계 원리(개정판). 120쪽.",
            _TITLES[:4],
            (0, "객체지향 설계 원리(개정판)", "120"),
        ),
        (
            "Patterns of Enterprise Design, p. 75.",
            _TITLES[:4],
            (1, "Patterns of Enterprise Design", "75"),
        ),
        ("함수형 사고 입문. Chapter 7. 210쪽.", _TITLES[:4], (2, "함수형 사고 입문", "210")),
        ("『リファクタリング入門』42頁", _TITLES[:4], (3, "リファクタリング入門", "42")),
        (
            "Patterns of Enterprise Design, ch. 3.",
            _TITLES[:4],
            (1, "Patterns of Enterprise Design", None),
        ),
        # negatives: prose around the title, another title, the same title twice
        ("Patterns of Enterprise Design is worth a read, p. 75.", _TITLES[:4], None),
        ("함수형 사고. 45쪽.", _TITLES[:4], None),
        ("Patterns of Enterprise Design, p. 75.", _TITLES, None),
    ],
)
def test_short_form(
    note: str, titles: list[str], expected: tuple[int, str, str | None] | None
) -> None:
    found = short_form_of(note, titles)
    assert (None if found is None else (found.index, found.title, found.pages)) == expected


_SHORT_DOC = """# 설계

설계 원리를 다룬다.[^a] 예외도 있다.[^b] 다른 이야기.[^c]

## 참고문헌

* 도서
    * 객체지향 설계 원리 / 홍길동 저 / 한빛 / 2015년
    * 함수형 사고 입문 / 김철수 저 / 인사이트 / 2018년

[^a]: 객체지향 설계 원리. 120쪽.
[^b]: 함수형 사고 입문. 3장. 45쪽.
[^c]: 이 부분은 저자의 경험에서 나온 것이다.
"""


def test_short_form_notes_cite_their_entries() -> None:
    doc = parse_bytes(_SHORT_DOC.encode(), "/tmp/fix53d-short.md")
    assert [len(doc.literature)] == [2]
    linked = {fn.label: fn.literature.number if fn.literature else None for fn in doc.footnotes}
    assert linked == {"a": 1, "b": 2, "c": None}
    assert doc.footnotes[2].reference.kind is RefKind.COMMENTARY
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.LITERATURE_UNCITED not in codes


# --------------------------------------------------------------------------
# 5. Author-date citations given in full by notes
# --------------------------------------------------------------------------

_DATED = """# 輸送

手法 (Doe, 2013) [^1] と (Roe et al., 2017) [^2] がある。また (Lee et al., 2018) も{extra}

[^1]: Doe, J. (2013). A fast method. In NeurIPS.
[^2]: Roe, B., & Lee, C. (2017). Convex networks. In ICML.
{note}"""
_LEE = "[^3]: Lee, D., Kim, E., & Park, F. (2018). Sliced ways. In AISTATS.\n"


@pytest.mark.parametrize(
    ("extra", "note", "expected"),
    [
        pytest.param(
            "ある。(Kim & Park 2024) も。",
            "",
            "cites (Lee et al., 2018), (Kim & Park 2024) by author and date, but no reference"
            " list was read and no note gives them in full (line 3)",
            id="some-unheld",
        ),
        pytest.param("ある[^3]。", _LEE, None, id="negative-all-held"),
    ],
)
def test_dated_citations_held_by_notes(extra: str, note: str, expected: str | None) -> None:
    text = _DATED.format(extra=extra, note=note)
    doc = parse_bytes(text.encode(), "/tmp/fix53d-dated.md")
    found = [a.message for a in doc.all_anomalies() if a.code is AnomalyCode.NO_LITERATURE_LIST]
    if expected is None:
        assert not any("by author and date" in m for m in found)
    else:
        assert found == [expected]


def test_dated_citations_with_no_notes_keep_the_old_message() -> None:
    text = "# X\n\nA (Doe, 2013), B (Roe et al., 2017) and C (Lee et al., 2018) say so.\n"
    doc = parse_bytes(text.encode(), "/tmp/fix53d-plain.md", "pandoc-markdown")
    found = [a.message for a in doc.all_anomalies() if a.code is AnomalyCode.NO_LITERATURE_LIST]
    assert found == [
        "cites (Doe, 2013), (Roe et al., 2017), (Lee et al., 2018) by author and date but no"
        " reference list was read (line 3)"
    ]


# --------------------------------------------------------------------------
# growth: the new patterns stay linear on long, hostile lines
# --------------------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: " " * (n - 1) + "x", id="spaces"),
    pytest.param(lambda n: "* " * (n // 2), id="stars"),
    pytest.param(lambda n: "저 / " * (n // 4), id="roles-slashes"),
    pytest.param(lambda n: "(" * n, id="open-parens"),
    pytest.param(lambda n: "1 " * (n // 2), id="numbers"),
    pytest.param(lambda n: "Doe, J., " * (n // 9), id="initials"),
]


@pytest.mark.parametrize("line", LINES)
def test_group_name_is_linear(line: Line) -> None:
    assert_linear(lambda text: read_list(["* Books", f"    * {text}", f"  {text}"], 0, set()), line)


@pytest.mark.parametrize("line", LINES)
def test_slashed_parse_is_linear(line: Line) -> None:
    assert_linear(lambda text: slashed_roles.parse(f"Title / {text} 저 / Pub / {text}"), line)


@pytest.mark.parametrize("line", LINES)
def test_apa_marked_is_linear(line: Line) -> None:
    assert_linear(lambda text: apa.marked(f"{text} (2019). {text}"), line)


@pytest.mark.parametrize("line", LINES)
def test_short_form_is_linear(line: Line) -> None:
    assert_linear(lambda text: short_form_of(f"{text}. 12쪽.", [text[:50], "Title"]), line)


_REF_LINKED = """# Notes

A claim.[^1]

## References

* Web
    * [Harbour data portal][portal]
    * [Tide tables, 2020 edition][tides]
* Books
    * 항만 통계 입문 / 홍길동 저 / 한빛 / 2015년

[^1]: 항만 통계 입문. 12쪽.

[portal]: https://example.org/portal
[tides]: https://example.org/tides-2020
"""


def test_reference_links_in_a_list_keep_their_addresses() -> None:
    doc = parse_bytes(_REF_LINKED.encode(), "/tmp/fix53d-links.md")
    got = [(e.reference.title, e.reference.url) for e in doc.literature]
    assert got == [
        ("Harbour data portal", "https://example.org/portal"),
        ("Tide tables, 2020 edition", "https://example.org/tides-2020"),
        ("항만 통계 입문", None),
    ]
