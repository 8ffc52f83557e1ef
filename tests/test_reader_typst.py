"""The Typst reader: citations, cross references, footnotes, bibliographies, includes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, RawDocument
from bibcheck.readers import ReadOptions, choose, scores
from bibcheck.readers import typst as reader
from bibcheck.readers.typstscan import scan

BIB = (
    "@book{smith2019, author = {Smith, Ada}, title = {Tidal Energy}, year = {2019}}\n"
    "@article{jones2008, author = {Jones, Bo}, title = {Coastal Processes}, "
    "journal = {Coasts}, year = {2008}}\n"
    "@misc{DBLP:x/1, author = {Kay, Li}, title = {Dotted Keys}, year = {2001}}\n"
)


def _read(tmp_path: Path, text: str, files: dict[str, str] | None = None) -> RawDocument:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    for name, content in (files or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    main = tmp_path / "main.typ"
    main.write_text(text, encoding="utf-8")
    return reader.read_opts(text, str(main), ReadOptions())


def _cited(doc: RawDocument) -> list[tuple[str, int]]:
    return [(m.label, m.line) for m in doc.markers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tides @smith2019.\n", [("smith2019", 1)]),
        ("Tides @smith2019[p. 7] and\nmore @jones2008.\n", [("smith2019", 1), ("jones2008", 2)]),
        ("Both @smith2019 @jones2008.\n", [("smith2019", 1), ("jones2008", 1)]),
        ('#cite(<jones2008>, supplement: [p. 7]) says.\n', [("jones2008", 1)]),
        ('#cite(label("DBLP:x/1")) and #cite(<smith2019>, form: "prose").\n',
         [("DBLP:x/1", 1), ("smith2019", 1)]),
        ('#cite(\n  <jones2008>,\n  form: "prose",\n) argues.\n', [("jones2008", 1)]),
        ('#cite(<jones2008>, form: none)Only listed.\n', []),
        ("#quote(attribution: <smith2019>)[Water moves.]\n", [("smith2019", 1)]),
        ("= Survey of @jones2008\nText.\n", [("jones2008", 1)]),
        ('#figure(image("a.png"),\n  caption: [After @smith2019.],\n)\n', [("smith2019", 2)]),
        ("#table(columns: 2, [A], [@jones2008])\n", [("jones2008", 1)]),
        ("Mail a\\@b.org or see https://example.org/@smith2019 there.\n", []),
        # Typst starts a reference at any @ followed by a label character, whatever
        # precedes it: CJK text puts no space before it
        ("先行研究@smith2019 がある。\n", [("smith2019", 1)]),
        ("谁懂啊@jones2008。公式\n", [("jones2008", 1)]),
        ("연구@smith2019[p. 3]에서\n", [("smith2019", 1)]),
        ("See (@smith2019) and [@jones2008].\n", [("smith2019", 1), ("jones2008", 1)]),
    ],
    ids=["at-key", "supplement", "two-in-a-row", "cite-supplement", "cite-label-and-prose",
         "cite-over-lines", "form-none", "quote-attribution", "heading", "figure-caption",
         "table-cell", "escaped-at-and-link", "after-kanji", "after-hanzi-before-fullstop",
         "after-hangul-with-supplement", "in-brackets"],
)  # fmt: skip
def test_citations(tmp_path: Path, text: str, expected: list[tuple[str, int]]) -> None:
    doc = _read(tmp_path, '#bibliography("refs.bib")\n' + text)
    assert _cited(doc) == [(label, line + 1) for label, line in expected]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]


@pytest.mark.parametrize(
    "text",
    [
        "// a comment @smith2019\n",
        "/* a block /* nested @x */ still @smith2019 */\n",
        "Code `f(@smith2019)` here.\n",
        "```typst\n@smith2019 #cite(<jones2008>)\n```\n",
        "Math $a @smith2019 b$ here.\n",
        '#let x = "@smith2019"\n#set text(lang: "en")\n',
        '#link("https://example.org/@smith2019")[a link]\n',
    ],
    ids=[
        "line-comment",
        "nested-block-comment",
        "raw-span",
        "raw-block",
        "math",
        "code-strings",
        "url-string",
    ],
)
def test_what_is_not_text_cites_nothing(tmp_path: Path, text: str) -> None:
    doc = _read(tmp_path, '#bibliography("refs.bib")\n' + text)
    assert doc.markers == ()
    assert doc.anomalies == ()


def test_an_unescaped_at_after_a_letter_is_a_reference_as_typst_reads_it(
    tmp_path: Path,
) -> None:
    # Typst's lexer ends text at any "@" followed by a label character: ``ada@example.org``
    # is a reference to <example.org> (the document does not compile without ``\\@``)
    doc = _read(tmp_path, '#bibliography("refs.bib")\nWrite to ada@example.org.\nAda@smith2019.\n')
    assert _cited(doc) == [("example.org", 2), ("smith2019", 3)]
    missing = [(a.code, a.line) for a in doc.anomalies]
    assert missing == [(AnomalyCode.CITATION_KEY_MISSING, 2)]


def test_references_to_labels_are_cross_references(tmp_path: Path) -> None:
    text = (
        '#bibliography("refs.bib")\n'
        "= Introduction <sec-intro>\n"
        "See @sec-intro, @fig:map and @eq.1, after @smith2019; @nokey2020 is missing.\n"
        '#figure(image("m.png"), caption: [Map]) <fig:map>\n'
        "$ x = 1 $ <eq.1>\n"
    )
    doc = _read(tmp_path, text)
    assert _cited(doc) == [("smith2019", 3), ("nokey2020", 3)]
    missing = [(a.code, a.line) for a in doc.anomalies]
    assert missing == [(AnomalyCode.CITATION_KEY_MISSING, 3)]


def test_footnotes_are_numbered_in_order_and_may_cite(tmp_path: Path) -> None:
    text = (
        '#bibliography("refs.bib")\n'
        "First.#footnote[A note over\n"
        'two lines with *strong [nested] text* and @jones2008.] Second.#footnote(numbering: "*")[\n'
        "  Commentary only.\n"
        "]\n"
        "Third.#footnote([See #cite(<smith2019>).])\n"
    )
    doc = _read(tmp_path, text)
    notes = [n for n in doc.footnotes if n.label.isdigit()]
    assert [(n.label, n.line, n.end_line) for n in notes] == [("1", 2, 3), ("2", 4, 4), ("3", 6, 6)]
    assert notes[0].text == "A note over\ntwo lines with strong [nested] text and @jones2008."
    assert notes[0].reference is not None and notes[0].reference.title == "Coastal Processes"
    assert _cited(doc) == [("1", 2), ("jones2008", 3), ("2", 3), ("3", 6), ("smith2019", 6)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('#bibliography("refs.bib")', ["refs.bib"]),
        ('#bibliography(("refs.bib", "more.yml"), title: [Works], style: "apa")',
         ["refs.bib", "more.yml"]),
        ('#show: ieee.with(\n  title: [T],\n  bibliography: bibliography("refs.bib"),\n)',
         ["refs.bib"]),
        ('#let bib-file = "refs.bib"\n#bibliography(bib-file, full: true)', ["refs.bib"]),
        ('// #bibliography("old.bib")', []),
    ],
    ids=["string", "array-with-options", "template-argument", "let-variable", "commented-out"],
)  # fmt: skip
def test_bibliography_files(line: str, names: list[str]) -> None:
    assert [n.name for n in scan(line + "\n").bibliographies] == names


def test_full_bibliography_lists_every_entry(tmp_path: Path) -> None:
    doc = _read(tmp_path, 'Text @smith2019.\n#bibliography("refs.bib", full: true)\n')
    assert [n.label for n in doc.literature] == ["smith2019", "jones2008", "DBLP:x/1"]


def test_citations_without_a_readable_bibliography_are_not_silent(tmp_path: Path) -> None:
    doc = _read(tmp_path, "Text @smith2019 and #cite(<jones2008>).\n")
    codes = [a.code for a in doc.anomalies]
    assert codes[0] is AnomalyCode.BIBLIOGRAPHY_UNREADABLE
    assert codes.count(AnomalyCode.CITATION_KEY_MISSING) == 2
    doc = _read(tmp_path, 'Text @smith2019.\n#bibliography("gone.bib")\n')
    assert [(a.code, a.line) for a in doc.anomalies][0] == (AnomalyCode.BIBLIOGRAPHY_UNREADABLE, 2)


def test_includes_are_followed_with_their_own_lines(tmp_path: Path) -> None:
    files = {
        "chapters/one.typ": "= One\n\nIn one @jones2008.#footnote[Note @smith2019.]\n",
        "chapters/two.typ": '#include "one.typ"\nIn two @smith2019.\n',
    }
    text = (
        '#include "chapters/one.typ"\n#include("chapters/two.typ")\n'
        '#include "missing.typ"\n#bibliography("refs.bib")\nMain #cite(label("DBLP:x/1")).\n'
    )
    doc = _read(tmp_path, text, files)
    # (lines are lines of the file where the text stands: markers are in line order)
    assert sorted(_cited(doc)) == sorted([
        ("jones2008", 3), ("1", 3), ("smith2019", 3),  # one.typ
        ("jones2008", 3), ("2", 3), ("smith2019", 3),  # one.typ again, through two.typ
        ("smith2019", 2),  # two.typ
        ("DBLP:x/1", 5),
    ])  # fmt: skip
    problems = [(a.code, a.line) for a in doc.anomalies]
    assert problems == [(AnomalyCode.INCLUDE_UNREADABLE, 3)]
    assert "missing.typ cannot be read" in doc.anomalies[0].message


def test_an_include_loop_is_refused(tmp_path: Path) -> None:
    files = {"a.typ": '#include "b.typ"\nA @smith2019.\n', "b.typ": '#include "a.typ"\n'}
    doc = _read(tmp_path, '#include "a.typ"\n#bibliography("refs.bib")\n', files)
    assert _cited(doc) == [("smith2019", 2)]
    assert [(a.code, a.line) for a in doc.anomalies] == [(AnomalyCode.INCLUDE_UNREADABLE, 1)]
    assert "includes itself" in doc.anomalies[0].message


def test_hayagriva_bibliography_is_read(tmp_path: Path) -> None:
    files = {
        "works.yml": "kay2001:\n  type: book\n  title: Harbours\n  author: Kay, Li\n  date: 2001\n"
    }
    doc = _read(tmp_path, 'Text @kay2001.\n#bibliography("works.yml")\n', files)
    assert _cited(doc) == [("kay2001", 1)]
    ref = doc.literature[0].reference
    assert ref is not None and (ref.title, ref.year, ref.authors) == (
        "Harbours",
        2001,
        ("Kay, Li",),
    )


# ---------------------------------------------------------------- reader choice

TYPST = (
    '#set page(numbering: "1")\n= Introduction\nTides are regular @smith2019.'
    '#footnote[See @jones2008.]\n\n#bibliography("refs.bib")\n'
)


@pytest.mark.parametrize(
    ("name", "text", "winner"),
    [
        ("paper.typ", TYPST, "typst"),
        ("paper.txt", TYPST, "typst"),
        ("post.md", "# Post\n\nText [@smith2019] and @jones2008 says.\n", "pandoc-markdown"),
        ("notes.md", "Use `#set text(size: 10pt)` in Typst[^1].\n\n[^1]: Typst docs, 2023.\n",
         "pandoc-markdown"),
        ("a.tex", "\\section{A}\nText \\cite{smith2019}.\n\\bibliography{refs}\n", "latex"),
    ],
    ids=["typst", "typst-any-extension", "pandoc", "markdown-about-typst", "latex"],
)  # fmt: skip
def test_reader_choice(name: str, text: str, winner: str) -> None:
    choice = choose(name, text)
    assert choice.reader.name == winner
    if winner == "typst":
        ranked = scores(name, text)
        assert ranked[0][0] - ranked[1][0] >= 0.15  # a clear winner


def test_the_issue_paper_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "paper.typ"
    path.write_text(
        '#set document(title: "Tides")\n= Introduction\n'
        "Tidal energy is predictable @smith2019. Estuaries differ "
        "#cite(<jones2008>, supplement: [p. 7]).\n"
        "As shown in @fig:map, the flow is strong.#footnote[See also @jones2008 for a review.]\n\n"
        '#figure(image("map.png"), caption: [The site]) <fig:map>\n\n#bibliography("refs.bib")\n',
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.reader == "typst"
    assert doc.title == "Tides"
    assert [f.label for f in doc.footnotes] == ["1", "smith2019", "jones2008"]
    assert [e.reference.title for e in doc.literature] == ["Tidal Energy", "Coastal Processes"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]


def test_paths_from_the_project_root(tmp_path: Path) -> None:
    files = {"chapters/one.typ": '#include "/chapters/two.typ"\n#bibliography("/refs.bib")\n',
             "chapters/two.typ": "Two @smith2019.\n"}  # fmt: skip
    doc = _read(tmp_path, '#include "chapters/one.typ"\n', files)
    assert _cited(doc) == [("smith2019", 1)]
    assert doc.anomalies == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('#subfigure(image("a.png"), <fig:a>)\nSee @fig:a and @smith2019.\n', [("smith2019", 2)]),
        ('#let terms = ((key: "cpu", short: "CPU"),)\nThe @cpu and @cpu:pl and @smith2019.\n',
         [("smith2019", 2)]),
    ],
    ids=["label-given-to-a-function", "glossary-terms"],
)  # fmt: skip
def test_labels_and_terms_are_no_citations(
    tmp_path: Path, text: str, expected: list[tuple[str, int]]
) -> None:
    doc = _read(tmp_path, '#bibliography("refs.bib")\n' + text)
    assert _cited(doc) == [(label, line + 1) for label, line in expected]
    assert doc.anomalies == ()


def test_a_link_in_a_note_gives_its_address(tmp_path: Path) -> None:
    doc = _read(tmp_path, 'Text.#footnote[See #link("https://example.org/a")[the page].]\n')
    assert [n.text for n in doc.footnotes] == ["See https://example.org/a the page."]


def test_a_template_title_is_the_title() -> None:
    assert scan("#show: thesis.with(\n  title: [Dunes and Dykes],\n)\n").title == "Dunes and Dykes"


@pytest.mark.parametrize(
    "text",
    [
        "#(" * 3000 + "x" + ")" * 3000 + "\nAfter @smith2019.\n",
        "#[" * 3000 + "@smith2019" + "]" * 3000 + "\n",
        '#cite(<smith2019>\n#footnote[open\n"unclosed\n/* open comment @smith2019\n',
        "```\nnever closed @smith2019\n",
        "$ a @smith2019\n",
    ],
    ids=["deep-code", "deep-content", "unclosed-calls", "unclosed-raw", "unclosed-math"],
)
def test_broken_or_deep_input_is_read_without_error(text: str) -> None:
    result = scan(text)
    assert len(result.shown) == len(text)
    assert result.shown.count("\n") == text.count("\n")
    reader.read(text)


def test_a_bibliography_named_by_an_expression_is_said(tmp_path: Path) -> None:
    doc = _read(tmp_path, 'Text @smith2019.\n#bibliography(sys.inputs.at("bib"))\n')
    codes = [(a.code, a.line) for a in doc.anomalies]
    assert codes[0] == (AnomalyCode.BIBLIOGRAPHY_UNREADABLE, 2)
    assert "--bibliography FILE" in doc.anomalies[0].message
    given = reader.read_opts(
        "Text @smith2019.\n#bibliography(x)\n",
        str(tmp_path / "main.typ"),
        ReadOptions(bibliography=(str(tmp_path / "refs.bib"),)),
    )
    assert [m.label for m in given.markers] == ["smith2019"]
    assert [a.code for a in given.anomalies] == [AnomalyCode.BIBLIOGRAPHY_UNREADABLE]


def test_another_reader_that_reads_nothing_points_at_typst(tmp_path: Path) -> None:
    path = tmp_path / "paper.typ"
    path.write_text("= Tides\nText #cite(<smith2019>).#footnote[A note.]\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        parse_file(path, reader="latex")
    assert "Typst citations and footnotes" in str(err.value)
    assert "--reader typst" in str(err.value)


def test_a_typst_document_that_cites_nothing_is_read(tmp_path: Path) -> None:
    # content blocks such as align(right)[12] are no numeric citations [12]
    path = tmp_path / "news.typ"
    path.write_text(
        "#set page(columns: 2)\n= Score\n#grid(columns: 2, align(right)[12], [4])\n"
        "The home side won [3] to nil.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.reader == "typst"
    assert doc.footnotes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('#let citet(key) = cite(key, form: "prose")\n#citet(<smith2019>) shows it.\n',
         [("smith2019", 2)]),
        ("#let c(k, p) = [#cite(k, supplement: p)]\nAs #c(<jones2008>, [p. 2]) says.\n",
         [("jones2008", 2)]),
        # a macro from an imported template: its key is not made a label
        ('#import "tpl.typ": mycite\n#mycite(<smith2019>) and @smith2019.\n',
         [("smith2019", 2)]),
        # a variadic helper: every key of one call is cited, in order
        ("#let cs(..keys) = keys.pos().map(k => cite(k)).join()\n"
         "Seen #cs(<jones2008>, <smith2019>, label(\"DBLP:x/1\")) often.\n",
         [("jones2008", 2), ("smith2019", 2), ("DBLP:x/1", 2)]),
        ("#let refs(..ks) = for k in ks.pos() { cite(k) }\n"
         "Both #refs(<smith2019>, <jones2008>).\n",
         [("smith2019", 2), ("jones2008", 2)]),
    ],
    ids=["prose-macro", "supplement-macro", "unknown-macro", "variadic-map", "variadic-for"],
)  # fmt: skip
def test_citation_macros(tmp_path: Path, text: str, expected: list[tuple[str, int]]) -> None:
    doc = _read(tmp_path, '#bibliography("refs.bib")\n' + text)
    assert _cited(doc) == [(label, line + 1) for label, line in expected]
    assert doc.anomalies == ()
