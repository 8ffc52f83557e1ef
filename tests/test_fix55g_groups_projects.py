"""fix55g: every multi-key citation group is split into all its keys, in each dialect
(Pandoc's adjacent brackets, asciidoctor-bibliography's ``cite:[a]+[b]``, MyST's ``;``
separator); a construct whose keys are not read is said; projects are followed as their
build does (raw LaTeX ``\\input`` in Markdown, missing includes with Markdown sources,
a MyST book's placeholder page, a project file named as the document).  Own fixtures."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.books import project_file_refusal
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.parse.coverage import coverage
from bibcheck.pipeline import Outcome, read_manuscripts
from bibcheck.readers.asciidoc import _bibtex_keys
from bibcheck.readers.citenet import ADOC_MACRO_START, MYST_ROLE_START
from bibcheck.readers.evidence import placeholder_only
from bibcheck.readers.mask import mask_shown_code
from bibcheck.readers.rawinput import raw_inputs
from bibcheck.readers.sitecite import myst_keys
from tests.test_regex_growth import assert_linear

BIB = "".join(
    f"@misc{{{key}, author={{{who}}}, title={{{title}}}, year={{{year}}}}}\n"
    for key, who, title, year in [
        ("okafor2016", "Okafor, Ada", "Permissive licences compared", "2016"),
        ("lind2019", "Lind, Per", "Copyleft in practice", "2019"),
        ("vance2011", "Vance, Ruth", "A history of public licences", "2011"),
        ("Mori:2018a", "Mori, Ken", "Ocean heat and land warming", "2018"),
    ]
)


def _cited(doc: ParsedDocument) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)


def _codes(doc: ParsedDocument) -> set[C]:
    return {a.code for a in doc.all_anomalies()}


# --------------------------------------------------------------------------
# 1. groups
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # two bracket citations side by side: both are citations
        ("Both licences [@okafor2016][@lind2019] differ.", ["lind2019", "okafor2016"]),
        (
            "Three of them [@okafor2016][@lind2019][-@vance2011].",
            ["lind2019", "okafor2016", "vance2011"],
        ),
        ("One [@okafor2016] alone.", ["okafor2016"]),
        # negative: a bracket before a reference link's label is the link's text
        ("See [@okafor2016][doc] for the text.", []),
    ],
)
def test_pandoc_adjacent_brackets(tmp_path: Path, line: str, expected: list[str]) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "ch.md"
    page.write_text(
        f"---\ntitle: Licences\nbibliography: refs.bib\n---\n\n# Licences\n\n{line}\n\n"
        "Later [@Mori:2018a] too.\n\n[doc]: https://example.org/licence-text\n",
        encoding="utf-8",
    )
    doc = parse_file(page)
    keys = sorted({label for label, n in _cited(doc) if n == 8})
    assert keys == expected


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ("okafor2016", ["okafor2016"]),
        ("okafor2016]+[lind2019", ["okafor2016", "lind2019"]),
        ("okafor2016, page=12]+other[lind2019, locator=3", ["okafor2016", "lind2019"]),
        ("okafor2016, lind2019(p. 3)", ["okafor2016", "lind2019"]),  # asciidoctor-bibtex
        ("page=12", []),  # negative: an attribute alone is no key
    ],
)
def test_adoc_macro_keys(body: str, keys: list[str]) -> None:
    assert _bibtex_keys(body) == keys


ADOC = (
    "= Licence notes\n:bibliography-database: refs.bibtex\n\n"
    "Permissive terms cite:[okafor2016]+[lind2019] came first.\n"
    "Revisions followed cite:[vance2011, page=4] and cite:[Mori:2018a]+[okafor2016].\n\n"
    "== References\n\nbibliography::[]\n"
)


def test_asciidoctor_bibliography_groups_and_database(tmp_path: Path) -> None:
    (tmp_path / "refs.bibtex").write_text(BIB, encoding="utf-8")
    page = tmp_path / "notes.adoc"
    page.write_text(ADOC, encoding="utf-8")
    doc = parse_file(page)
    assert _cited(doc) == [
        ("Mori:2018a", 5),
        ("lind2019", 4),
        ("okafor2016", 4),
        ("okafor2016", 5),
        ("vance2011", 5),
    ]
    assert C.CITATION_KEY_MISSING not in _codes(doc)
    assert C.BIBLIOGRAPHY_UNREADABLE not in _codes(doc)


def test_adoc_unclosed_macro_is_said(tmp_path: Path) -> None:
    (tmp_path / "refs.bibtex").write_text(BIB, encoding="utf-8")
    page = tmp_path / "notes.adoc"
    page.write_text(
        "= Notes\n:bibliography-database: refs.bibtex\n\n"
        "Read cite:[okafor2016] and cite:[lind2019\nwrapped] here.\n",
        encoding="utf-8",
    )
    doc = parse_file(page)
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert [a.line for a in unread] == [4]
    assert _cited(doc) == [("okafor2016", 4)]


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ("a; b; c", ["a", "b", "c"]),  # mystmd, Jupyter Book 2
        ("a, b", ["a", "b"]),  # Sphinx, Jupyter Book 1
        ("Mori:2018a", ["Mori:2018a"]),  # a colon inside a key is no separator
        ("a;", ["a"]),
    ],
)
def test_myst_keys(body: str, keys: list[str]) -> None:
    assert myst_keys(body) == keys


MYST = (
    "---\nbibliography: refs.bib\n---\n\n# Warming\n\n"
    "Land warms faster {cite:p}`Mori:2018a; okafor2016; lind2019` than sea.\n"
    "As {cite:t}`vance2011, okafor2016` showed, and {cite}`okafor2016,lind2019,vance2011,"
    "Mori:2018a,okafor2016,lind2019` (many short keys).\n"
)


def test_myst_roles_with_semicolons_and_commas(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "warming.md"
    page.write_text(MYST, encoding="utf-8")
    doc = parse_file(page)
    cited = _cited(doc)
    assert [k for k, n in cited if n == 7] == ["Mori:2018a", "lind2019", "okafor2016"]
    assert [k for k, n in cited if n == 8] == [
        "Mori:2018a",
        "lind2019",
        "lind2019",
        "okafor2016",
        "okafor2016",
        "okafor2016",
        "vance2011",
        "vance2011",
    ]
    assert C.CITATION_KEY_UNMARKED not in _codes(doc)


def test_notebook_citing_only_by_a_group_role(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Model\n", "\n", "It goes back "
         "to {cite:p}`vance2011; lind2019`.\n"]},
        {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
         "source": ["x = [1, 2]\n"]},
    ]  # fmt: skip
    nb = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "model.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    doc = parse_file(path, bibliography=[tmp_path / "refs.bib"])
    assert sorted(k for k, _ in _cited(doc)) == ["lind2019", "vance2011"]


def test_unknown_myst_role_form_is_said(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "odd.md"
    page.write_text(
        "---\nbibliography: refs.bib\n---\n\n# Odd\n\nRead {cite:p}`vance2011` but not "
        "{cite:p}`lind2019;\nokafor2016` wrapped.\n",
        encoding="utf-8",
    )
    doc = parse_file(page)
    assert _cited(doc) == [("vance2011", 7)]
    assert [a.line for a in doc.all_anomalies() if a.code is C.UNREAD_REGION] == [7]


def test_known_forms_leave_no_unread_region(tmp_path: Path) -> None:
    # negative: a page whose roles are all read reports nothing unread
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "warming.md"
    page.write_text(MYST, encoding="utf-8")
    assert C.UNREAD_REGION not in _codes(parse_file(page))


# --------------------------------------------------------------------------
# 2. projects
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Intro.\n\n\\input{parts/alpha}\n\\include{beta.tex}\n", ["parts/alpha", "beta.tex"]),
        ("Inline \\input{alpha} in a sentence is not a line of its own.\n", []),
        ("\\input{#1}\n", []),  # negative: a macro parameter, no file
    ],
)
def test_raw_inputs(text: str, names: list[str]) -> None:
    assert [i.name for i in raw_inputs(text)] == names


def _thesis(tmp_path: Path) -> Path:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "alpha.md").write_text(
        "## Alpha\n\nAlpha is permissive [@okafor2016].\n", encoding="utf-8"
    )
    (tmp_path / "parts" / "beta.md").write_text(
        "## Beta\n\nBeta is copyleft [@lind2019].\n", encoding="utf-8"
    )
    chapter = tmp_path / "frameworks.md"
    chapter.write_text(
        "---\ntitle: Frameworks\nbibliography: refs.bib\n---\n\n# Frameworks\n\n"
        "Licences matter [@vance2011].\n\n\\input{parts/alpha}\n\\input{parts/beta}\n"
        "\\input{parts/gamma}\n\n```\n\\input{parts/shown}\n```\n",
        encoding="utf-8",
    )
    return chapter


def test_raw_input_in_markdown_followed_or_said(tmp_path: Path) -> None:
    chapter = _thesis(tmp_path)
    readings = list(read_manuscripts([chapter]))
    read = {r.path.name: r.doc for r in readings if r.outcome is Outcome.READ}
    assert sorted(read) == ["alpha.md", "beta.md", "frameworks.md"]
    alpha, beta = read["alpha.md"], read["beta.md"]
    assert alpha is not None and beta is not None
    assert _cited(alpha) == [("okafor2016", 3)]
    assert alpha.footnotes[0].reference.title == "Permissive licences compared"
    assert _cited(beta) == [("lind2019", 3)]
    main = read["frameworks.md"]
    assert main is not None
    unread = [a for a in main.all_anomalies() if a.code is C.INCLUDE_UNREADABLE]
    assert [a.line for a in unread] == [12]  # gamma: nothing beside it; the shown one is code


def test_missing_latex_includes_do_not_cite_nothing(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "intro.md").write_text("# Intro\n\nSee [@vance2011].\n", encoding="utf-8")
    main = tmp_path / "thesis.tex"
    main.write_text(
        "\\documentclass{report}\n\\begin{document}\n\\input{intro.tex}\n\\input{method}\n"
        "\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(main)
    line = coverage(doc).line()
    assert "cites nothing" not in line
    assert "included files that would hold them were not read" in line
    messages = {a.line: a.message for a in doc.all_anomalies() if a.code is C.INCLUDE_UNREADABLE}
    assert "intro.md beside it is probably its source" in messages[3]
    assert "probably its source" not in messages[4]  # negative: no method.md beside it


def test_a_latex_file_citing_nothing_still_says_so(tmp_path: Path) -> None:
    main = tmp_path / "note.tex"
    main.write_text("\\documentclass{article}\n\\begin{document}\nHello.\n\\end{document}\n")
    assert "the document cites nothing" in coverage(parse_file(main)).line()


def test_myst_book_placeholder_page_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "myst.yml").write_text(
        "version: 1\nproject:\n  bibliography:\n    - refs.bib\n  toc:\n    - file: index.md\n"
        "    - file: warming.md\n    - file: references.md\n",
        encoding="utf-8",
    )
    (tmp_path / "index.md").write_text("# A course\n\nWelcome.\n", encoding="utf-8")
    (tmp_path / "warming.md").write_text(MYST.split("---\n", 2)[2], encoding="utf-8")
    (tmp_path / "references.md").write_text(
        "# References\n\nThe works cited are listed at the end of each chapter.\n\n"
        "<!--\n```{bibliography}\n```\n-->\n",
        encoding="utf-8",
    )
    readings = list(read_manuscripts([tmp_path / "index.md"]))
    outcomes = {r.path.name: r.outcome for r in readings if r.outcome is not Outcome.BOOK}
    assert outcomes == {
        "index.md": Outcome.SKIPPED,
        "warming.md": Outcome.READ,
        "references.md": Outcome.SKIPPED,
    }


@pytest.mark.parametrize(
    ("page", "placeholder"),
    [
        ("# References\n\nThe works cited are listed at the end of each chapter.\n", True),
        ("# Bibliography\n\nSee the chapters.\n\n<!-- ```{bibliography}\n``` -->\n", True),
        # negative: paragraphs under the heading holding years or links are entries
        ("# References\n\nOkafor, A. 2016. Permissive licences compared. Lagos: Ibadan.\n\n"
         "Lind, P. 2019. Copyleft in practice. Oslo: Nord.\n", False),
        ("# References\n\nThe licence texts, https://example.org/licences, list them.\n", False),
        # negative: a page that cites is no placeholder
        ("# Notes\n\nAs shown [@okafor2016].\n", False),
    ],
)  # fmt: skip
def test_placeholder_only(page: str, placeholder: bool) -> None:
    assert placeholder_only(mask_shown_code(page)) is placeholder


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("_quarto.yml", "project:\n  type: book\nbook:\n  chapters:\n    - index.qmd\n"
         "    - intro.qmd\n", "give index.qmd (the Quarto book's root"),
        ("_quarto.yml", "project:\n  type: website\n", "give index.qmd or another page"),
        ("myst.yml", "version: 1\nproject:\n  title: x\n", "give index.md"),
        ("_bookdown.yml", "book_filename: x\n", "bookdown project file"),
        ("conf.py", "extensions = ['sphinxcontrib.bibtex']\n", "give index.rst"),
    ],
)  # fmt: skip
def test_project_file_named_as_document(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    message = project_file_refusal(path)
    assert message is not None and expected in message
    readings = list(read_manuscripts([path]))
    assert [r.outcome for r in readings] == [Outcome.FAILED]


def test_an_ordinary_yaml_file_is_no_project_file(tmp_path: Path) -> None:
    path = tmp_path / "refs.yml"
    path.write_text("- id: a\n  title: x\n", encoding="utf-8")
    assert project_file_refusal(path) is None


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (lambda t: list(ADOC_MACRO_START.finditer(t)), lambda n: "cite:" + "a" * n),
        (lambda t: list(ADOC_MACRO_START.finditer(t)), lambda n: "cite:[" * (n // 6)),
        (lambda t: list(MYST_ROLE_START.finditer(t)), lambda n: "{cite:" + ":p" * (n // 2)),
        (_bibtex_keys, lambda n: "a]+[" * (n // 4)),
        (raw_inputs, lambda n: "\\input{" + "x" * n),
    ],
)
def test_new_patterns_are_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
