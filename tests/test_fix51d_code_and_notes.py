"""Fix 51d: what a document shows as code is no evidence and no list; notes' fields.

1. Reader choice weighs the file's own format: code blocks, code spans and front matter
   of a ``.md`` (``::`` blocks of a ``.rst``, ``verbatim`` of a ``.tex``) cast no vote for
   the format they show, and a reader of another extension needs a margin over the
   extension's own reader.
2. Fenced or indented code under a literature heading yields no entries (nor DOIs); a
   heading whose body is code and sentences about it is no list; a fenced "## References"
   is no heading of the text.  Paragraphs of CJK sentences under the heading are no works.
3. Access dates labelled in Chinese, Japanese and Korean ("见于", "访问于", "最終アクセス",
   "최종 접속일") are access dates, not publication years; a note that is a page's title
   and its GitHub link cites that page (no deposit note).
4. GitHub / Obsidian callout types (``> [!NOTE]``) are no words of a claim.

Own fixtures, written in the shapes real blog posts and tutorials use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.parse.claim_text import sentence_start, without_alert
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.deposit import titled_link
from bibcheck.parse.references.fields import find_access_date
from bibcheck.readers.homecode import outside_code
from bibcheck.readers.proseentry import cjk_prose, running_prose
from bibcheck.readers.registry import choose
from tests.test_regex_growth import assert_linear

# --- 1. reader choice ------------------------------------------------------------------

MD_ABOUT_TYPST = """\
---
title: "Typst in ten minutes"
tags: [typst, writing]
---

Typst is a young typesetting system[^home]. Its rules are short.

```typst
#set page(paper: "a5")
#set text(font: "Libertinus Serif", size: 10pt)
#show link: underline
= A heading
See @knuth1984 and #cite(<lamport1994>).
#footnote[Like this.]
#bibliography("works.yml")
```

Inline: `#set par(justify: true)` and `#cite(<key>, form: "year")`.

[^home]: Typst, https://typst.app/, accessed 2024-05-01.
"""

MD_ABOUT_LATEX = """\
# Citing with BibLaTeX

Journals ask for BibLaTeX[^ctan]. A minimal file:

    \\documentclass{article}
    \\usepackage{biblatex}
    \\addbibresource{refs.bib}
    \\begin{document}
    As \\textcite{knuth1984} shows \\parencite{lamport1994}.
    \\printbibliography
    \\end{document}

Use `\\cite{key}` in the text.

[^ctan]: Philip Kime, The biblatex package, https://ctan.org/pkg/biblatex, 2024.
"""

RST_ABOUT_MARKDOWN = """\
Footnotes in Markdown
=====================

Pandoc reads footnotes [#]_. Written so::

    A claim[^1] and another[^2].

    [^1]: Gruber, J. Markdown syntax. 2004. https://daringfireball.net/markdown
    [^2]: MacFarlane, J. Pandoc. 2023. https://pandoc.org/

    ## References

    1. Doe, J. (2020). A book. doi:10.1000/abc

.. [#] John MacFarlane, Pandoc User's Guide, https://pandoc.org/MANUAL.html
"""

TEX_QUOTING_BIBTEX = """\
\\documentclass{article}
\\begin{document}
\\section{Entries}
An entry in a \\texttt{.bib} file \\cite{patashnik1988}:
\\begin{verbatim}
@article{doe2020,
  author = {Doe, Jane},
  title = {A title},
  year = {2020},
  doi = {10.1000/xyz},
}
\\end{verbatim}
\\bibliographystyle{plain}
\\bibliography{refs}
\\end{document}
"""

REAL_TYPST = """\
#set page(paper: "a4")
#set text(lang: "en")

= Introduction
Typesetting was studied by @knuth1984 and #cite(<lamport1994>).

#bibliography("refs.bib")
"""

LATEX_NAMED_MD = """\
\\documentclass{article}
\\begin{document}
\\section{Intro}
As shown by \\cite{knuth1984} and \\citet{lamport1994}.
\\bibliographystyle{plain}
\\bibliography{refs}
\\end{document}
"""


@pytest.mark.parametrize(
    ("name", "text", "reader"),
    [
        pytest.param("typst-intro.md", MD_ABOUT_TYPST, "pandoc-markdown", id="md-showing-typst"),
        pytest.param("biblatex.md", MD_ABOUT_LATEX, "pandoc-markdown", id="md-showing-latex"),
        pytest.param("notes.rst", RST_ABOUT_MARKDOWN, "rst", id="rst-showing-markdown"),
        pytest.param("entries.tex", TEX_QUOTING_BIBTEX, "latex", id="tex-quoting-bibtex"),
        # negatives: a format's own file, and another format's file misnamed with no
        # evidence of the extension's own format (overwhelming evidence still wins)
        pytest.param("paper.typ", REAL_TYPST, "typst", id="real-typst"),
        pytest.param("paper.md", LATEX_NAMED_MD, "latex", id="latex-source-named-md"),
    ],
)
def test_reader_choice_weighs_the_files_own_code(name: str, text: str, reader: str) -> None:
    assert choose(name, text).reader.name == reader


@pytest.mark.parametrize(
    ("ext", "text", "kept", "gone"),
    [
        (".md", "---\ntitle: x\n---\nBody `#set a` here.\n", "Body", "#set"),
        (".md", "+++\ntitle = '#set'\n+++\nBody.\n", "Body.", "#set"),
        (".md", "Text.\n\n    \\cite{a}\n", "Text.", "\\cite"),
        (
            ".tex",
            "A \\cite{a}.\n\\begin{verbatim}\n@book{x,}\n\\end{verbatim}\n",
            "\\cite",
            "@book",
        ),
        (".rst", "Shown::\n\n    [^1]: a note\n\nText.\n", "Text.", "[^1]"),
        # (an extension with no code syntax of its own: the text as is)
        (".txt", "Text `#set a`.\n", "#set", "\x00"),
    ],
)
def test_outside_code(ext: str, text: str, kept: str, gone: str) -> None:
    blanked = outside_code(text, ext)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert kept in blanked and gone not in blanked


# --- 2. code never feeds lists -----------------------------------------------------------


def _read(tmp_path: Path, name: str, text: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, "pandoc-markdown")


HEADING_OVER_CODE = """\
# 排版入门

Typst 的引用很简单[^doc]。

## 参考文献

Typst 的文献引用和图片一样使用 `@` 语法，下面是示例。

```typst
Knuth 提出了 TeX @knuth1984。
#bibliography("works.bib")
```

示例中的 [`bibliography`](https://typst.app/docs/reference/model/bibliography/) 函数读取下面的文件。

```bibtex
@book{knuth1984,
  author = {Donald E. Knuth},
  title  = {The TeXbook},
  doi    = {10.5555/1102013},
  year   = {1984}
}
```

## 小结

到此为止[^doc]。

[^doc]: Typst Documentation, https://typst.app/docs/, 访问于 2025-01-10
"""

LIST_AFTER_CODE = """\
# Notes on builds

Builds are reproducible[^1] when pinned [@none].

## References

```bash
# fetch the sources first
git clone https://example.org/repo.git
```

1. Smith, J. (2020). Reproducible builds. *J. Softw.*, 4(2), 1-9. https://doi.org/10.1000/rb.1
2. Roe, A. (2019). Pinning versions. Tech. rep. https://example.org/pin

[^1]: Smith 2020, p. 3.
"""

FENCED_REFERENCES_HEADING = """\
# How to write a reference list

A list goes at the end[^guide]:

```markdown
## References

1. Doe, J. (2020). A made-up book. Publisher. https://doi.org/10.1000/fake
2. Roe, R. (2021). Another one. https://example.org/fake
```

[^guide]: Markdown Guide, https://www.markdownguide.org/extended-syntax/, accessed 2024-02-01.
"""

CJK_INTRO_THEN_LIST = """\
# 研究笔记

已有研究讨论了这个问题[^a]。

[^a]: 张三 2020。

## 参考文献

以下列出本文引用的全部文献，按作者姓名排序。

张三. 城市交通研究[J]. 交通学报, 2020, 5(3): 1-10.

李四. 数据方法[M]. 北京: 科学出版社, 2019.
"""


@pytest.mark.parametrize(
    ("name", "text", "entries", "first_words"),
    [
        pytest.param("cjk-code.md", HEADING_OVER_CODE, 0, "", id="heading-over-code-is-no-list"),
        pytest.param("list-after-code.md", LIST_AFTER_CODE, 2, "Smith", id="list-after-code"),
        pytest.param("fenced-heading.md", FENCED_REFERENCES_HEADING, 0, "", id="fenced-heading"),
        pytest.param("cjk-intro.md", CJK_INTRO_THEN_LIST, 2, "张三", id="cjk-intro-sentence"),
    ],
)
def test_code_never_feeds_lists(
    tmp_path: Path, name: str, text: str, entries: int, first_words: str
) -> None:
    doc = _read(tmp_path, name, text)
    assert len(doc.literature) == entries
    if entries:
        assert doc.literature[0].reference.raw.startswith(first_words)
    shown = [a for a in doc.all_anomalies() if a.code is AnomalyCode.DOI_INVALID]
    assert not shown
    assert not any("fake" in (e.reference.url or "") for e in doc.literature)


SUP_LIST_UNDER_CODE = """\
# Build notes

Builds are reproducible when pinned.<sup>1</sup> Caches help.<sup>2</sup>

## References

```bibtex
@article{fake2020,
  title = {Not a work of this text},
  doi   = {10.1000/fake.1},
  year  = {2020}
}
```

1. Smith, J. (2020). Reproducible builds. *J. Softw.*, 4(2), 1-9.
2. Roe, A. (2019). Caching. Tech. rep. https://example.org/cache
"""


# the same with no list after the code: the heading's body is code alone
SUP_CODE_ALONE = SUP_LIST_UNDER_CODE.split("1. Smith")[0] + "[Back to top](#build-notes)\n"


@pytest.mark.parametrize(
    ("reader", "text", "firsts"),
    [
        pytest.param("sup-markdown", SUP_LIST_UNDER_CODE, ["Smith", "Roe"], id="sup-list"),
        pytest.param("pandoc-markdown", SUP_LIST_UNDER_CODE, ["Smith", "Roe"], id="pandoc-list"),
        pytest.param("sup-markdown", SUP_CODE_ALONE, [], id="sup-code-alone"),
    ],
)
def test_code_before_a_list_yields_no_entry(
    tmp_path: Path, reader: str, text: str, firsts: list[str]
) -> None:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, reader)
    assert [e.reference.raw.split(",")[0] for e in doc.literature] == firsts
    assert not any(a.code is AnomalyCode.DOI_INVALID for a in doc.all_anomalies())
    assert not any("fake" in (e.reference.doi or "") for e in doc.literature)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("以下列出本文引用的全部文献，按作者姓名排序。", True),
        ("示例中的 [`cite`](https://typst.app/docs/) 函数也可以输出作者和年份。", True),
        ("下記の文献を参照した。詳しくは各論文を見てほしい。", True),
        ("이 목록은 본문에서 인용한 문헌을 정리한 것이다.", True),
        # negatives: works, with their years, glued to a character or not
        ("山田太郎『日本の交通』東京出版、2020年。", False),
        ("张三. 城市交通研究[J]. 交通学报, 2020, 5(3): 1-10.", False),
        ("短い文。", False),  # too short to tell
    ],
)
def test_cjk_sentences_under_a_heading_are_no_works(text: str, prose: bool) -> None:
    assert running_prose(text) is prose


# --- 3. notes' fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("某网站，https://example.cn/a/ ，见于 2025-06-22", "2025-06-22"),
        ("Title, https://example.cn/a/, 访问于 2024-01-02", "2024-01-02"),
        ("標題，https://example.tw/a/，訪問於 2024年1月2日", "2024年1月2日"),
        ("页面, https://example.cn/a/, 浏览于2024-03-04", "2024-03-04"),
        ("ページ、https://example.jp/a/、最終アクセス 2024-01-02", "2024-01-02"),
        ("ページ、https://example.jp/a/（最終閲覧日：2024年1月2日）", "2024年1月2日"),
        ("페이지, https://example.kr/a/, 최종 접속일: 2024. 1. 2.", "2024. 1. 2."),
    ],
)
def test_cjk_access_dates(text: str, raw: str) -> None:
    found = find_access_date(text)
    assert found is not None and found.raw == raw and found.value is not None
    phrase = text[found.start : found.end]
    assert not text[: found.start].rstrip(" ,，、（(").endswith(("最終", "최종"))
    assert phrase.endswith(raw) or phrase.rstrip("）)").endswith(raw)


@pytest.mark.parametrize(
    "text",
    [
        "见于《史记》卷一。",  # "found in" a work: no date follows
        "访问于北京大学的学者。",
    ],
)
def test_chinese_seen_in_without_a_date_is_no_access_date(text: str) -> None:
    assert find_access_date(text) is None


def test_a_page_seen_on_a_date_has_no_year() -> None:
    ref = parse_reference("About us, typst.app, https://typst.app/about/, 见于 2025-06-22", [1])
    assert ref.year is None and ref.access_date is not None
    assert ref.title is not None and "见于" not in ref.title and "2025" not in ref.title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("[Typst Packages](https://github.com/typst/packages)", "Typst Packages"),
        ("Typst Packages, https://github.com/typst/packages", "Typst Packages"),
        ("varnothing used by LaTeX, https://github.com/x/y/issues/10", "varnothing used by LaTeX"),
        ("Pinning guide, https://gitlab.com/a/b, accessed 2024-01-02.", "Pinning guide"),
    ],
)
def test_a_title_and_its_repository_link_cite_the_page(text: str, title: str) -> None:
    assert titled_link(text)
    ref = parse_reference(text, [1], note=True)
    assert ref.title == title and ref.url is not None


@pytest.mark.parametrize(
    "text",
    [
        "All data and code are available at https://github.com/ana/study (CC BY 4.0).",
        "See [the code](https://github.com/ana/study) for the analysis.",
        "Our data, with instructions, are at https://github.com/ana/study.",
    ],
)
def test_deposit_notes_stay_commentary(text: str) -> None:
    assert not titled_link(text)
    assert parse_reference(text, [1], note=True).title is None


# --- 4. callouts are no claim text ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[!NOTE] The API is stable", "The API is stable"),
        ("[!WARNING]\nDo not run this as root", "Do not run this as root"),
        ("[!tip]- Folded title", "Folded title"),
        ("[!TIP/提示] 中文提示", "中文提示"),
        # negatives: a bracket that is no callout, a callout not at the start
        ("[1] The first point", "[1] The first point"),
        ("See [!NOTE] below", "See [!NOTE] below"),
        ("[!] bang", "[!] bang"),
    ],
)
def test_without_alert(text: str, expected: str) -> None:
    assert without_alert(text) == expected


def test_callout_types_leave_claims(tmp_path: Path) -> None:
    text = (
        "# Notes\n\n> [!NOTE]\n> Alerts render as callouts[^a].\n\n"
        "> [!TIP/提示]\n> 这里是提示文本，也有脚注[^b]。\n\n"
        "[^a]: GitHub Docs, https://docs.github.com/en/get-started, accessed 2024-01-01.\n"
        "[^b]: 文档, https://example.cn/doc, 访问日期：2024-01-01\n"
    )
    doc = _read(tmp_path, "alerts.md", text)
    claims = {fn.label: fn.markers[0].claim for fn in doc.footnotes}
    assert claims["a"] is not None and claims["a"].text == "Alerts render as callouts"
    assert claims["b"] is not None and claims["b"].text == "这里是提示文本，也有脚注"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("第一句。 `#` 开头的是代码", "`#` 开头的是代码"),
        ("第一句。第二句", "第二句"),
        # negative: a Latin stop before a code span ends no sentence ("e.g. `x`")
        ("Use e.g. `make` here", "Use e.g. `make` here"),
    ],
)
def test_a_wide_stop_ends_a_sentence_before_code(text: str, claim: str) -> None:
    assert text[sentence_start(text) :] == claim


# --- linear on hostile lines ---------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "ab, " * (n // 4), id="commas"),
    pytest.param(lambda n: "[!" * (n // 2), id="alert-openers"),
    pytest.param(lambda n: "[a](" * (n // 4), id="link-halves"),
    pytest.param(lambda n: "见于 2025-" * (n // 8), id="access-halves"),
    pytest.param(lambda n: "https://github.com/" + "a" * (n - 19), id="long-address"),
    pytest.param(lambda n: "文字。" * (n // 3), id="cjk-sentences"),
    pytest.param(lambda n: "x 2024-01-0" * (n // 11), id="dates"),
]


@pytest.mark.parametrize("line", LINES)
def test_titled_link_is_linear(line: Line) -> None:
    assert_linear(titled_link, line)


@pytest.mark.parametrize("line", LINES)
def test_without_alert_is_linear(line: Line) -> None:
    assert_linear(without_alert, line)


@pytest.mark.parametrize("line", LINES)
def test_cjk_prose_is_linear(line: Line) -> None:
    assert_linear(cjk_prose, line)


@pytest.mark.parametrize("line", LINES)
def test_access_date_is_linear(line: Line) -> None:
    assert_linear(find_access_date, line)
