"""sphinxcontrib-bibtex across a project: a page's citations in every role shape count for
that page only, a page read alone inside its project reports no entry cited elsewhere as
uncited, and a bibliography page says what its ``:filter:`` prints (``:all:`` and
``:filter: True`` print every entry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.pipeline import read_manuscripts
from bibcheck.readers.sphinxbibpage import BibDirective, bib_directive, filter_scope

BIB = """@article{adeyemi2010,
  author = {Adeyemi, Tunde}, title = {Markets at dusk}, journal = {Trade Review},
  year = {2010}, volume = {4}, pages = {1--20},
}
@article{brandt2012,
  author = {Brandt, Ilse}, title = {Bridges of the north}, journal = {Civic Works},
  year = {2012}, volume = {9}, pages = {30--44},
}
@book{castillo2014,
  author = {Castillo, Rosa}, title = {Salt and sun}, publisher = {Coast Press}, year = {2014},
}
"""
CONF = 'extensions = ["sphinxcontrib.bibtex"]\nbibtex_bibfiles = ["refs.bib"]\n'


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _doc(path: Path) -> ParsedDocument:
    [reading] = [r for r in read_manuscripts([path]) if r.path == path]
    assert reading.doc is not None, reading.message
    return reading.doc


def _wide(doc: ParsedDocument) -> list[str]:
    return [
        a.message for a in doc.all_anomalies() if a.code is AnomalyCode.BIBLIOGRAPHY_PROJECT_WIDE
    ]


# ---------------------------------------------------------------- parsing (pure)


@pytest.mark.parametrize(
    ("options", "whole", "expression"),
    [
        ([], False, ""),
        ([":all:"], True, ""),
        ([":all: true"], True, ""),
        ([":filter: docname in docnames"], False, "docname in docnames"),
        ([":style: unsrt", ":filter: True"], True, "True"),
        ([':filter: "False"'], False, "False"),
        ([":filter: author % 'Brandt'"], False, "author % 'Brandt'"),
        (["not an option", ":all:"], False, ""),  # the options end at the first other line
    ],
)
def test_bib_directive(options: list[str], whole: bool, expression: str) -> None:
    assert bib_directive(3, "x", options) == BibDirective(3, "x", whole, expression)


@pytest.mark.parametrize(
    ("expression", "scope"),
    [
        ("", "the entries cited across the Sphinx project"),
        ("cited", "the entries cited across the Sphinx project"),
        ("  ( cited )  ", "the entries cited across the Sphinx project"),
        ("docname in docnames", "the entries cited on its own page (:filter: docname in docnames)"),
        ("True", None),
        ("(True)", None),
        ("False", "no entry (:filter: False)"),
        ('type == "book"', 'the entries its filter selects (:filter: type == "book")'),
    ],
)
def test_filter_scope(expression: str, scope: str | None) -> None:
    assert filter_scope(expression) == scope


# ---------------------------------------------------------------- projects


def _project(root: Path, refs_page: str, name: str = "refs.rst") -> Path:
    _write(
        root,
        {
            "conf.py": CONF,
            "refs.bib": BIB,
            "index.rst": "Home\n====\n\n.. toctree::\n\n   one\n   two\n   refs\n",
            "one.rst": "One\n===\n\nMarkets close late :cite:t:`adeyemi2010`.\n",
            "two.md": "# Two\n\nBridges last {cite:p}`brandt2012` and {footcite}`castillo2014`.\n",
            name: refs_page,
        },
    )
    return root / name


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (
            "References\n==========\n\n.. bibliography::\n   :filter: docname in docnames\n",
            "prints the entries cited on its own page (:filter: docname in docnames)",
        ),
        (
            "References\n==========\n\n.. bibliography::\n   :filter: False\n",
            "prints no entry (:filter: False)",
        ),
        (
            'References\n==========\n\n.. bibliography::\n   :filter: author % "Brandt"\n',
            'prints the entries its filter selects (:filter: author % "Brandt")',
        ),
    ],
)
def test_a_bibliography_page_says_what_its_filter_prints(
    tmp_path: Path, page: str, said: str
) -> None:
    doc = _doc(_project(tmp_path, page))
    [message] = _wide(doc)
    assert said in message and "none of them is reported uncited" in message


def test_a_myst_filter_in_a_yaml_block(tmp_path: Path) -> None:
    page = "# References\n\n```{bibliography}\n---\nfilter: docname in docnames\n---\n```\n"
    doc = _doc(_project(tmp_path, page, "refs.md"))
    [message] = _wide(doc)
    assert "cited on its own page" in message


@pytest.mark.parametrize(
    "page",
    [
        "References\n==========\n\n.. bibliography::\n   :filter: True\n",
        "References\n==========\n\n.. bibliography::\n   :all:\n",
    ],
)
def test_every_entry_printed_on_purpose_says_nothing(tmp_path: Path, page: str) -> None:
    doc = _doc(_project(tmp_path, page))
    assert not _wide(doc) and len(doc.literature) == 3


def test_a_myst_all_true_in_a_yaml_block(tmp_path: Path) -> None:
    page = "# References\n\n```{bibliography}\n---\nall: true\n---\n```\n"
    doc = _doc(_project(tmp_path, page, "refs.md"))
    assert not _wide(doc) and len(doc.literature) == 3


def test_the_default_still_says_project_wide(tmp_path: Path) -> None:  # guard: passes on main
    doc = _doc(_project(tmp_path, "References\n==========\n\n.. bibliography::\n"))
    [message] = _wide(doc)
    assert "prints the entries cited across the Sphinx project" in message


def test_a_page_read_alone_reports_nothing_cited_elsewhere(tmp_path: Path) -> None:
    # guard: passes on main
    _project(tmp_path, "References\n==========\n\n.. bibliography::\n")
    for name, keys in (("one.rst", ["adeyemi2010"]), ("two.md", ["brandt2012", "castillo2014"])):
        doc = _doc(tmp_path / name)
        assert sorted(e.label for e in doc.literature) == keys
        codes = {a.code.value for a in doc.all_anomalies()}
        assert not {c for c in codes if "uncited" in c}, codes
