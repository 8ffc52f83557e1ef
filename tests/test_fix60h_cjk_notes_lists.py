"""Fix 60h: Korean, Japanese and Chinese notes and bibliographies.

1. A ``참고문헌`` / ``参考文献`` list split into parts whose headings the writer set in the
   list heading's own style (``참고문헌`` over ``1. 원전``, ``2. 단행본``, ``3. 논문``, each a
   heading of the same level) is read whole, in Word, Markdown and Org
   (:mod:`bibcheck.readers.cjklistparts`, :func:`bibcheck.readers.wordlists.same_level_part`).
2. An article title in corner brackets that quotes a work or a word in brackets of its own
   (``「「こころ」を読む」``, ``「〈先生〉の手紙」``) is read whole.
3. ``「Work」『Collection』`` with a volume of a set (``第2冊``) or an imprint and no issue
   is a chapter of the collection, not an article.
4. ``Name「Title」、Site、URL`` (no separator before the bracket) and ``Body. 「Title」.``
   (full stops) are read; an undated text of a site is a web page.
5. ``같은 글`` / ``같은 책`` (Korean "the same work") and ``同右`` repeat the note before.

Own fixtures: invented notes on Korean academy (서원) economies and a Japanese novel study.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.parse.references import cjk_brackets, cjk_quoted, parse_reference
from bibcheck.readers.cjklistparts import is_cjk_list_part, without_enumerator
from bibcheck.readers.wordlists import same_level_part
from tests.helpers import docx_with_footnotes, word_run

# ---------------------------------------------------------------- part headings

PARTS = {
    "1. 원전": True,
    "2. 단행본": True,
    "3. 논문": True,
    "4. 외국 문헌": True,
    "5. 웹자료": True,
    "가. 국내 논문": True,
    "(1) 1차 사료": True,
    "Ⅱ. 학위논문": True,
    "一次史料": True,
    "二、欧文文献": True,
    "和文文献": True,
    "中文专著": True,
    "外文文献": True,
    "古籍": True,
    "단행본 및 논문": True,
    # chapters and other sections are no parts of a list
    "1. 서론": False,
    "Ⅳ. 맺음말": False,
    "研究の方法": False,
    "자료와 방법": False,
    "부록": False,
    "第1節 史料": False,
    "": False,
}


@pytest.mark.parametrize(("text", "want"), PARTS.items())
def test_cjk_list_part(text: str, want: bool) -> None:
    assert is_cjk_list_part(text) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1. 원전", "원전"),
        ("Ⅱ. 논문", "논문"),
        ("(3) 자료", "자료"),
        ("一、古籍", "古籍"),
        ("서론", "서론"),
    ],
)
def test_without_enumerator(text: str, want: str) -> None:
    assert without_enumerator(text) == want


SAME_LEVEL = {
    "1. Primary sources": True,
    "Books": True,
    "2. Articles and chapters": True,
    "3. 연구서": True,
    "3. Results": False,
    "Appendix A": False,
    "Acknowledgements": False,
}


@pytest.mark.parametrize(("text", "want"), SAME_LEVEL.items())
def test_same_level_part(text: str, want: bool) -> None:
    assert same_level_part(text) is want


# ---------------------------------------------------------------- notes and entries

# (text, authors, title, container, kind of fields: "article" / "chapter" / "book")
BRACKETED = [
    (
        "宮田和夫「「坊っちゃん」の語り手」『近代文芸』第7号（1991年5月）、10–24頁。",
        ("宮田和夫",), "「坊っちゃん」の語り手", "近代文芸", "article",
    ),
    (
        "森川梢「〈わたし〉の手紙と告白体」『日本文学論叢』第30号（平成12年［2000年］）、5–19頁。",
        ("森川梢",), "〈わたし〉の手紙と告白体", "日本文学論叢", "article",
    ),
    (
        "박민호, 「「열하일기」 읽기의 두 방식」, 『가상국문학』 18, 2011, 45–70쪽.",
        ("박민호",), "「열하일기」 읽기의 두 방식", "가상국문학", "article",
    ),
    (
        "李滉, 「書院十錄」, 『退溪全書』 第3冊(서울: 가상문화사, 1985), 10–12쪽.",
        ("李滉",), "書院十錄", "退溪全書", "chapter",
    ),
    (
        "李滉, 「書院十錄」, 『退溪全書』 第3冊, 서울: 가상문화사, 1985.",
        ("李滉",), "書院十錄", "退溪全書", "chapter",
    ),
    (
        "岡本一郎「村の書院」『地方史の諸相』（架空書房、1999年）、45頁。",
        ("岡本一郎",), "村の書院", "地方史の諸相", "chapter",
    ),
    # a journal's issue keeps an article an article, an imprint or no
    (
        "岡本一郎「村の書院」『架空史学』第12号（架空史学会、1999年）、45頁。",
        ("岡本一郎",), "村の書院", "架空史学", "article",
    ),
    (
        "김철수, 「서원 노비의 존재 형태」, 『가상사학』 12, 2009, 33–60쪽.",
        ("김철수",), "서원 노비의 존재 형태", "가상사학", "article",
    ),
    ("홍길동, 『조선 서원 연구』, 서울: 가상출판사, 2001.", ("홍길동",), "조선 서원 연구", None, "book"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "authors", "title", "container", "kind"), BRACKETED)
def test_bracketed_fields(
    text: str, authors: tuple[str, ...], title: str, container: str | None, kind: str
) -> None:
    fields = cjk_brackets.parse(text)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title
    assert fields.container == container
    got = "chapter" if fields.chapter else "book" if fields.book else "article"
    assert got == kind


QUOTED = [
    # (text, authors, title, container, publisher)
    ("樋口一葉「たけくらべ」、架空文庫、", ("樋口一葉",), "たけくらべ", "架空文庫", None),
    ("가상연구원. 「서원 자료 검색」. ", ("가상연구원",), "서원 자료 검색", None, None),
    ("가상연구원. 「서원 자료 목록」. 가상재단, 2020.", ("가상연구원",), "서원 자료 목록", None, "가상재단"),
    ("山田太郎「都市計画の現状」、国土交通省、2019年。", ("山田太郎",), "都市計画の現状", None, "国土交通省"),
    ("志甫 淳，“層とホモロジー代数”，共立出版，東京，2016.", ("志甫 淳",), "層とホモロジー代数", None, "共立出版"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "authors", "title", "container", "publisher"), QUOTED[:1] + QUOTED[2:]
)
def test_quoted_fields(
    text: str,
    authors: tuple[str, ...],
    title: str,
    container: str | None,
    publisher: str | None,
) -> None:
    fields = cjk_quoted.parse(text)
    assert fields is not None
    assert (fields.authors, fields.title, fields.container, fields.publisher) == (
        authors,
        title,
        container,
        publisher,
    )


@pytest.mark.parametrize(
    ("text", "authors", "title", "kind"),
    [
        (
            "樋口一葉「たけくらべ」、架空文庫、https://example.org/bunko/123.html（2024年3月1日閲覧）。",
            ("樋口一葉",), "たけくらべ", "web",
        ),
        (
            "가상연구원. 「서원 자료 검색」. https://example.org/seowon/.",
            ("가상연구원",), "서원 자료 검색", "web",
        ),
        (
            "宮田和夫「「坊っちゃん」の語り手」『近代文芸』第7号（1991年5月）、10–24頁。",
            ("宮田和夫",), "「坊っちゃん」の語り手", "article",
        ),
        (
            "李滉, 「書院十錄」, 『退溪全書』 第3冊(서울: 가상문화사, 1985), 10–12쪽.",
            ("李滉",), "書院十錄", "chapter",
        ),
    ],
)  # fmt: skip
def test_whole_reference(text: str, authors: tuple[str, ...], title: str, kind: str) -> None:
    for note in (True, False):
        ref = parse_reference(text, [0], note=note)
        assert (ref.authors, ref.title, ref.kind.value) == (authors, title, kind)


# ---------------------------------------------------------------- whole documents

_NOTES = [
    "홍길동, 『조선 서원 연구』(서울: 가상출판사, 2001), 45쪽.",
    "김철수, 「서원 노비의 존재 형태」, 『가상사학』 12 (2009): 33–60.",
    "같은 글, 41쪽.",
    "李滉, 「書院十錄」, 『退溪全書』 第3冊(서울: 가상문화사, 1985), 10–12쪽.",
]
_LIST = [
    ("참고문헌", []),
    ("1. 원전", ["李滉, 「書院十錄」, 『退溪全書』 第3冊, 서울: 가상문화사, 1985."]),
    (
        "2. 단행본",
        [
            "박영희, 『향촌 사회사』, 서울: 가상출판사, 1999.",
            "홍길동, 『조선 서원 연구』, 서울: 가상출판사, 2001.",
        ],
    ),
    ("3. 논문", ["김철수, 「서원 노비의 존재 형태」, 『가상사학』 12, 2009, 33–60쪽."]),
]
_WANT_LIST = [
    (("李滉",), "書院十錄", "chapter"),
    (("박영희",), "향촌 사회사", "book"),
    (("홍길동",), "조선 서원 연구", "book"),
    (("김철수",), "서원 노비의 존재 형태", "article"),
]


def _docx(sections: list[tuple[str, list[str]]], notes: list[str]) -> bytes:
    refs = "".join(
        f'{word_run(f"문장 {k}.")}<w:r><w:footnoteReference w:id="{k}"/></w:r>'
        for k in range(1, len(notes) + 1)
    )
    body = [
        f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{word_run("Ⅰ. 머리말")}</w:p>',
        f"<w:p>{refs}</w:p>",
    ]
    for head, items in sections:
        body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>{word_run(head)}</w:p>')
        body += [f"<w:p>{word_run(item)}</w:p>" for item in items]
    return docx_with_footnotes(body, notes)


def _markdown(sections: list[tuple[str, list[str]]], notes: list[str], mark: str) -> str:
    cites = " ".join(f"문장 {k}.[^{k}]" for k in range(1, len(notes) + 1))
    lines = [f"{mark} Ⅰ. 머리말", "", cites, ""]
    lines += [f"[^{k}]: {n}" for k, n in enumerate(notes, 1)] + [""]
    for head, items in sections:
        lines += [f"{mark} {head}", ""]
        for item in items:
            lines += [item, ""]
    return "\n".join(lines)


def _org(sections: list[tuple[str, list[str]]], notes: list[str]) -> str:
    cites = " ".join(f"문장 {k}.[fn:{k}]" for k in range(1, len(notes) + 1))
    lines = ["#+TITLE: 서원의 경제", "", "* Ⅰ. 머리말", "", cites, ""]
    for head, items in sections:
        lines += [f"* {head}", ""]
        for item in items:
            lines += [item, ""]
    lines += ["* 주", ""] + [f"[fn:{k}] {n}" for k, n in enumerate(notes, 1)]
    return "\n".join(lines) + "\n"


def _parsed(fmt: str, tmp_path: Path, sections: list[tuple[str, list[str]]]) -> ParsedDocument:
    if fmt == "docx":
        return parse_bytes(_docx(sections, _NOTES), "seowon.docx")
    if fmt == "org":
        path = tmp_path / "seowon.org"
        path.write_text(_org(sections, _NOTES), encoding="utf-8")
    else:
        path = tmp_path / "seowon.md"
        path.write_text(_markdown(sections, _NOTES, "##"), encoding="utf-8")
    return parse_file(path)


@pytest.mark.parametrize("fmt", ["docx", "markdown", "org"])
def test_list_in_same_level_parts(fmt: str, tmp_path: Path) -> None:
    doc = _parsed(fmt, tmp_path, _LIST)
    got = [(e.reference.authors, e.reference.title, e.reference.kind.value) for e in doc.literature]
    assert got == _WANT_LIST
    uncited = [a for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert len(uncited) == 1
    assert "박영희" in doc.literature[1].reference.raw
    assert uncited[0].line == doc.literature[1].reference.line
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_MISSING]


@pytest.mark.parametrize("fmt", ["docx", "markdown", "org"])
def test_same_level_parts_end_at_a_chapter(fmt: str, tmp_path: Path) -> None:
    """A list's same-level parts go on only while they name parts: an appendix ends it."""
    sections = [*_LIST, ("부록", ["표 1의 자료는 가상 조사에서 2001년에 모은 것이다."])]
    doc = _parsed(fmt, tmp_path, sections)
    assert [e.reference.title for e in doc.literature] == [t for _, t, _ in _WANT_LIST]


def test_korean_same_work_repeats_the_note_before(tmp_path: Path) -> None:
    doc = _parsed("markdown", tmp_path, _LIST)
    third = doc.footnotes[2].reference
    assert (third.authors, third.title, third.kind.value) == (
        ("김철수",),
        "서원 노비의 존재 형태",
        "article",
    )
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.REPEAT_NOTE_UNRESOLVED]


def test_japanese_same_right_repeats_the_note_before(tmp_path: Path) -> None:
    text = (
        "* はじめに\n\n文です[fn:1]。次の文です[fn:2]。\n\n* 注\n\n"
        "[fn:1] 宮田和夫「「坊っちゃん」の語り手」『近代文芸』第7号（1991年5月）、10–24頁。\n"
        "[fn:2] 同右、12頁。\n"
    )
    path = tmp_path / "bocchan.org"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    got = [(f.reference.authors, f.reference.title, f.reference.kind.value) for f in doc.footnotes]
    assert got == [(("宮田和夫",), "「坊っちゃん」の語り手", "article")] * 2
