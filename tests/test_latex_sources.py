"""LaTeX manuscripts over several files, and what in them is not live.

Included files are followed relative to the main file (or the including file for
\\subfile and \\import), lines stay those of the file where a citation stands, loops
and missing files are anomalies at the including line; comments, \\iffalse, comment
and verbatim environments are neither cited nor duplicates; legacy encodings are read.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex.blank import Definitions, blank

BIB = "@book{a, title={Alpha}, year=2001}\n@book{b, title={Beta}, year=2002}\n@book{c, title={Gamma}, year=2003}\n"


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found)


def codes(doc: ParsedDocument) -> list[tuple[C, int | None]]:
    return [(a.code, a.line) for a in doc.all_anomalies()]


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {
                "main.tex": "\\bibliography{refs}\n\\begin{document}\n\\input{intro}\nEnd \\cite{c}.\n\\end{document}\n",
                "intro.tex": "First line.\nIntro \\cite{a}.\n",
            },
            [("a", 2), ("c", 4)],
            id="input-adds-tex",
        ),
        pytest.param(
            {
                "main.tex": "\\bibliography{refs}\n\\begin{document}\n\\include{chapters/one}\n\\include{chapters/two.tex}\n\\end{document}\n",
                "chapters/one.tex": "\\chapter{One}\n\nOne \\cite{a}.\n",
                "chapters/two.tex": "\\chapter{Two}\nTwo \\cite{b}.\n",
            },
            [("a", 3), ("b", 2)],
            id="include-in-folder",
        ),
        pytest.param(
            {
                "main.tex": "\\bibliography{refs}\n\\begin{document}\nBefore \\input{mid} after \\cite{c}.\n\\end{document}\n",
                "mid.tex": "middle \\cite{a}",
            },
            [("a", 1), ("c", 3)],
            id="input-inside-a-line",
        ),
        pytest.param(
            {
                "main.tex": "\\bibliography{refs}\n\\begin{document}\n\\input chapter\n\\end{document}\n",
                "chapter.tex": "\n\nTeX syntax \\cite{b}.\n",
            },
            [("b", 3)],
            id="input-without-braces",
        ),
        pytest.param(
            {
                "main.tex": "\\bibliography{refs}\n\\begin{document}\n\\subfile{parts/p1}\n\\end{document}\n",
                "parts/p1.tex": "\\documentclass[../main.tex]{subfiles}\n\\begin{document}\nPart \\cite{a}.\n\\input{sub}\n\\end{document}\n",
                "parts/sub.tex": "Sub \\cite{b}.\n",
            },
            [("a", 3), ("b", 1)],
            id="subfile-body-only-and-own-folder",
        ),
        pytest.param(
            {
                "main.tex": "\\bibliography{refs}\n\\begin{document}\n\\import{sections/}{methods}\n\\end{document}\n",
                "sections/methods.tex": "Methods \\cite{c}.\n\\subimport{deep/}{more}\n",
                "sections/deep/more.tex": "More \\cite{a}.\n",
            },
            [("a", 1), ("c", 1)],
            id="import-and-subimport",
        ),
        pytest.param(
            {
                "main.tex": "\\bibliography{refs}\n\\begin{document}\n\\input{defs}\nUse \\mycite{b}.\n\\end{document}\n",
                "defs.tex": "\\newcommand{\\mycite}[1]{\\citep{#1}}\n",
            },
            [("b", 4)],
            id="macro-defined-in-an-included-file",
        ),
    ],
)
def test_included_files_keep_their_own_lines(
    tmp_path: Path, files: dict[str, str], expected: list[tuple[str, int]]
) -> None:
    write(tmp_path, {"refs.bib": BIB, **files})
    doc = parse_file(tmp_path / "main.tex")
    assert cites(doc) == expected
    assert not [c for c, _ in codes(doc) if c in (C.INCLUDE_UNREADABLE, C.CITATION_KEY_MISSING)]


def test_missing_file_and_loop_are_anomalies_at_the_including_line(tmp_path: Path) -> None:
    write(tmp_path, {
        "refs.bib": BIB,
        "main.tex": "\\bibliography{refs}\n\\begin{document}\nA \\cite{a}.\n\\input{nowhere}\n\\input{loop}\nB \\cite{b}.\n\\end{document}\n",
        "loop.tex": "Loop \\cite{c}.\n\\input{loop}\n\\input{main}\n",
    })  # fmt: skip
    doc = parse_file(tmp_path / "main.tex")
    assert cites(doc) == [("a", 3), ("b", 6), ("c", 1)]
    problems = {a.line: a.message for a in doc.all_anomalies() if a.code is C.INCLUDE_UNREADABLE}
    assert sorted(problems) == [2, 3, 4]  # loop.tex lines 2 and 3, main.tex line 4
    assert "nowhere" in problems[4] and "not found" in problems[4]
    assert "loop.tex, line 2" in problems[2] and "loop.tex -> loop.tex" in problems[2]
    assert "main.tex -> loop.tex -> main.tex" in problems[3]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_devices_and_pipes_are_never_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.tex")
    os.mkfifo(tmp_path / "refs.bib")
    (tmp_path / "zero.tex").symlink_to("/dev/zero")
    write(
        tmp_path,
        {
            "main.tex": "\\bibliography{refs}\n\\begin{document}\n\\input{pipe}\n\\input{zero}\nA \\cite{a}.\n\\end{document}\n"
        },
    )
    doc = parse_file(tmp_path / "main.tex")
    assert (C.INCLUDE_UNREADABLE, 3) in codes(doc) and (C.INCLUDE_UNREADABLE, 4) in codes(doc)
    assert (C.BIBLIOGRAPHY_UNREADABLE, 1) in codes(doc)
    assert all("regular file" in a.message for a in doc.all_anomalies() if a.line in (3, 4))


@pytest.mark.parametrize(
    ("text", "live"),
    [
        pytest.param("a \\cite{x} % \\cite{y}", "a \\cite{x}", id="comment"),
        pytest.param("50\\% \\cite{x}", "50\\% \\cite{x}", id="escaped-percent"),
        pytest.param("line\\\\% \\cite{y}", "line\\\\", id="linebreak-then-comment"),
        pytest.param("\\iffalse \\cite{y} \\fi \\cite{x}", "\\cite{x}", id="iffalse"),
        pytest.param(
            "\\iffalse \\ifx\\a\\b \\cite{y}\\fi \\cite{z}\\fi ok", "ok", id="iffalse-nested"
        ),
        pytest.param(
            "\\iffalse \\cite{y} \\else \\cite{x}\\fi", "\\cite{x}\\fi", id="iffalse-else-is-live"
        ),
        pytest.param(
            "\\iftrue \\cite{x} \\else \\cite{y} \\fi",
            "\\iftrue \\cite{x}",
            id="iftrue-else-is-dead",
        ),
        pytest.param(
            "\\iffalse % \\fi in a comment\n\\cite{y}\\fi x", "x", id="fi-in-comment-does-not-close"
        ),
        pytest.param(
            "\\iffalse \\ifthenelse{a}{b}{c} \\cite{y} \\fi x",
            "x",
            id="ifthenelse-is-no-conditional",
        ),
        pytest.param(
            "\\begin{comment}\n\\cite{y}\n\\end{comment} \\cite{x}",
            "\\cite{x}",
            id="comment-environment",
        ),
        pytest.param("\\begin{verbatim}\\cite{y}\\end{verbatim}x", "x", id="verbatim"),
        pytest.param("\\verb|\\cite{y}| \\lstinline{\\cite{z}} x", "x", id="inline-verbatim"),
        pytest.param(
            "\\excludecomment{draft}\n\\begin{draft}\\cite{y}\\end{draft}x",
            "\\excludecomment{draft} x",
            id="excludecomment",
        ),
        pytest.param("\\cite{x}\n\\endinput\n\\cite{y}", "\\cite{x}", id="endinput"),
    ],
)
def test_what_is_not_live(text: str, live: str) -> None:
    found = blank(text, Definitions())
    assert " ".join(found.text.split()) == live
    assert len(found.text) == len(text) and found.text.count("\n") == text.count("\n")


def test_unclosed_iffalse_blanks_the_rest_and_says_so() -> None:
    found = blank("a \\cite{x}\n\\iffalse\n\\cite{y}\n", Definitions(), "ch.tex")
    assert "\\cite{y}" not in found.text
    assert [(a.code, a.line) for a in found.anomalies] == [(C.UNREAD_REGION, 2)]
    assert "ch.tex" in found.anomalies[0].message


def test_commented_citations_and_entries_are_neither_cited_nor_duplicates(tmp_path: Path) -> None:
    write(tmp_path, {
        "refs.bib": "% @book{a, title={Old Alpha}, year=1999}\n@book{a, title={Alpha}, year=2001}\n"
                    "@book{b,\n  title={Beta},\n  % title={Draft title},\n  year=2002}\n",
        "main.tex": "\\bibliography{refs}\n\\begin{document}\nA \\cite{a}. B \\cite{b}.\n"
                    "% C \\cite{c}.\n\\iffalse D \\cite{d} \\fi\n\\end{document}\n",
    })  # fmt: skip
    doc = parse_file(tmp_path / "main.tex")
    assert cites(doc) == [("a", 3), ("b", 3)]
    assert [e.reference.title for e in doc.literature] == ["Alpha", "Beta"]
    assert not [
        c
        for c, _ in codes(doc)
        if c in (C.LITERATURE_DUPLICATE_ENTRY, C.DUPLICATE_FIELD, C.CITATION_KEY_MISSING)
    ]


@pytest.mark.parametrize(
    ("encoding", "declaration"),
    [
        pytest.param("latin-1", "\\usepackage[latin1]{inputenc}", id="latin1"),
        pytest.param("cp1251", "\\usepackage[cp1251]{inputenc}", id="cp1251"),
        pytest.param("koi8-r", "\\usepackage[koi8-r]{inputenc}", id="koi8-r"),
    ],
)
def test_legacy_encodings_declared_by_inputenc(
    tmp_path: Path, encoding: str, declaration: str
) -> None:
    words = "Garçon déjà vu" if encoding == "latin-1" else "Экономика и торговля"
    main = f"{declaration}\n\\bibliography{{refs}}\n\\begin{{document}}\n{words} \\cite{{a}}.\n\\input{{part}}\n\\end{{document}}\n"
    part = f"{words}, encore \\cite{{b}}.\n"  # no declaration: the main file's is used
    write(
        tmp_path,
        {"refs.bib": BIB, "main.tex": main.encode(encoding), "part.tex": part.encode(encoding)},
    )
    doc = parse_file(tmp_path / "main.tex")
    assert doc.encoding == encoding
    claims = [m.claim.text for f in doc.footnotes for m in f.markers if m.claim]
    assert claims == [words, f"{words}, encore"]
    assert C.ENCODING_GUESSED not in {a.code for a in doc.all_anomalies()}


def test_embedded_bib_in_filecontents(tmp_path: Path) -> None:
    main = ("\\begin{filecontents}{inline.bib}\n@book{k, title={Embedded Book}, year=2010}\n"
            "\\end{filecontents}\n\\bibliography{inline}\n\\begin{document}\nSee \\cite{k}.\n\\end{document}\n")  # fmt: skip
    write(tmp_path, {"main.tex": main})
    doc = parse_file(tmp_path / "main.tex")
    assert [(e.label, e.line, e.reference.title) for e in doc.literature] == [
        ("k", 2, "Embedded Book")
    ]


def test_a_subfile_read_alone_uses_the_main_documents_preamble(tmp_path: Path) -> None:
    write(tmp_path, {
        "refs.bib": BIB,
        "main.tex": "\\documentclass{book}\n\\input{setup}\n\\begin{document}\n\\subfile{parts/p1}\n\\end{document}\n",
        "setup.tex": "\\usepackage{biblatex}\n\\addbibresource{refs.bib}\n\\newcommand{\\see}[1]{see \\parencite{#1}}\n",
        "parts/p1.tex": "\\documentclass[../main.tex]{subfiles}\n\\begin{document}\nPart \\see{a} and \\cite{b}.\n\\end{document}\n",
    })  # fmt: skip
    doc = parse_file(tmp_path / "parts" / "p1.tex")
    assert cites(doc) == [("a", 3), ("b", 3)]
    assert [e.reference.title for e in doc.literature] == ["Alpha", "Beta"]
    assert C.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}


def test_babel_german_shorthands_only_where_german_is_on(tmp_path: Path) -> None:
    body = '\\begin{document}\nDie G"uter und "`Stra"se"\' \\cite{a}.\n\\end{document}\n'
    write(tmp_path, {
        "refs.bib": BIB,
        "de.tex": "\\usepackage[ngerman]{babel}\n\\bibliography{refs}\n" + body,
        "en.tex": "\\usepackage[english]{babel}\n\\bibliography{refs}\n" + body,
    })  # fmt: skip
    claim = parse_file(tmp_path / "de.tex").footnotes[0].markers[0].claim
    assert claim is not None and claim.text == "Die Güter und „Straße“"
    claim = parse_file(tmp_path / "en.tex").footnotes[0].markers[0].claim
    assert claim is not None and 'G"uter' in claim.text
