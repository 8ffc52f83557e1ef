"""Misreads found by a sweep of real public documents (round 58), on fixtures of our own.

1. asciidoctor-bibtex reads the one ``.bib`` in the document's folder when no
   ``:bibtex-file:`` names a database (:mod:`bibcheck.readers.adocautobib`): the
   citations are checked against it instead of all being "missing".
2. A MyST or pandoc-crossref equation label after display math (``$$ ... $$ (eq:name)``,
   ``{#eq:name}``) is part of the math: masked, its digits ("eq:growth2") are no
   footnote markers that make a Markdown lecture look like PDF text.
3. An R Markdown paper citing with raw LaTeX (``\\citet{key}``) names its database in the
   YAML front matter: the LaTeX reader resolves the keys against it
   (:mod:`bibcheck.readers.latex.frontbibs`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.adocautobib import FOUND_BY, folder_source, sole_database
from bibcheck.readers.latex.frontbibs import front_matter_bibs
from bibcheck.readers.mask import mask

# --------------------------------------------------------------------------
# 1. asciidoctor-bibtex's search of the document's folder
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["paper.adoc", "refs.bib"], "refs.bib"),
        (["chapter.adoc", "Literatur.BIB", "notes.txt"], "Literatur.BIB"),
        (["paper.adoc"], None),  # nothing to find
        (["a.bib", "b.bib", "paper.adoc"], None),  # two: the tool's pick is arbitrary
        (["paper.adoc", ".backup.bib"], None),  # a hidden file is no database
        (["refs.bib.orig", "paper.adoc"], None),  # not a .bib
    ],
)
def test_sole_database(names: list[str], expected: str | None) -> None:
    assert sole_database(names) == expected


def test_folder_source_without_path() -> None:
    assert folder_source("") is None


BIB = (
    "@book{okoro2011, author={Okoro, Ada}, title={Salt Marsh Ecology}, publisher={Heron},"
    " year={2011}}\n"
    "@article{lindqvist2019, author={Lindqvist, Per}, title={Tides and Sediment},"
    " journal={Coastal Letters}, volume={4}, pages={10--22}, year={2019}}\n"
)
DOC_NO_ATTRIBUTE = (
    "= Estuaries\n\n"
    "Marshes trap mud cite:[okoro2011] and tides sort it citenp:[lindqvist2019(12)].\n\n"
    "== References\n\nbibliography::[]\n"
)


def _doc(tmp_path: Path, text: str, bibs: dict[str, str]) -> Path:
    for name, content in bibs.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    doc = tmp_path / "estuaries.adoc"
    doc.write_text(text, encoding="utf-8")
    return doc


def test_sole_bib_beside_the_document_is_read(tmp_path: Path) -> None:
    parsed = parse_file(_doc(tmp_path, DOC_NO_ATTRIBUTE, {"library.bib": BIB}))
    assert parsed.reader == "asciidoc"
    years = {f.label: f.reference.year for f in parsed.footnotes}
    assert years == {"okoro2011": 2011, "lindqvist2019": 2019}
    assert [e.reference.title for e in parsed.literature] == [
        "Salt Marsh Ecology",
        "Tides and Sediment",
    ]
    codes = {a.code for a in parsed.all_anomalies()}
    assert C.CITATION_KEY_MISSING not in codes and C.BIBLIOGRAPHY_UNREADABLE not in codes
    assert [(b.name, b.entries, b.named_in) for b in parsed.bibliographies] == [
        ("library.bib", 2, FOUND_BY)
    ]


def test_key_not_in_the_found_bib_is_missing(tmp_path: Path) -> None:
    text = DOC_NO_ATTRIBUTE.replace("lindqvist2019(12)", "haraldsen2004")
    parsed = parse_file(_doc(tmp_path, text, {"library.bib": BIB}))
    missing = [a.footnote for a in parsed.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert missing == ["haraldsen2004"]


def test_two_bibs_beside_it_stay_unresolved(tmp_path: Path) -> None:
    parsed = parse_file(_doc(tmp_path, DOC_NO_ATTRIBUTE, {"a.bib": BIB, "b.bib": BIB}))
    codes = [a.code for a in parsed.all_anomalies()]
    assert C.BIBLIOGRAPHY_UNREADABLE in codes
    assert codes.count(C.CITATION_KEY_MISSING) == 2
    assert parsed.bibliographies == ()


def test_named_attribute_wins_over_the_folder(tmp_path: Path) -> None:
    text = DOC_NO_ATTRIBUTE.replace("= Estuaries\n", "= Estuaries\n:bibtex-file: refs/main.bib\n")
    (tmp_path / "refs").mkdir()
    (tmp_path / "refs" / "main.bib").write_text(BIB, encoding="utf-8")
    other = "@book{okoro2011, author={Other, Person}, title={Wrong}, publisher={X}, year={1990}}\n"
    parsed = parse_file(_doc(tmp_path, text, {"stale.bib": other}))
    assert {f.label: f.reference.year for f in parsed.footnotes}["okoro2011"] == 2011
    assert [b.name for b in parsed.bibliographies] == ["refs/main.bib"]


def test_xref_only_document_does_not_take_a_bib(tmp_path: Path) -> None:
    text = (
        "= Notes\n\nAs shown in <<okoro>>.\n\n[bibliography]\n== References\n\n"
        "* [[[okoro]]] Okoro, A. Salt Marsh Ecology. Heron, 2011.\n"
    )
    parsed = parse_file(_doc(tmp_path, text, {"library.bib": BIB}))
    assert parsed.bibliographies == ()
    assert [f.label for f in parsed.footnotes] == ["okoro"]


# --------------------------------------------------------------------------
# 2. equation labels after display math
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("$$\nk_{t+1} = s k_t^2\n$$ (eq:growth2)\nNext.", "\n\n\nNext."),
        ("$$ y = a x $$ (law-of-motion)\n", "\n"),
        ("$$ y = a x $$ {#eq:solow3}\n", "\n"),
        ("$$ y = a x $$ (1)\n", "(1)\n"),  # an equation number written as text stays
        ("$$ y = a x $$ (see Okoro 2011)\n", "(see Okoro 2011)\n"),  # prose, not a label
        ("$$ y = a x $$ (eq:a) and more words\n", "(eq:a) and more words\n"),  # not alone
    ],
)
def test_display_math_label_masked(text: str, kept: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    assert "".join(masked.split(" ")) == "".join(kept.split(" "))


LECTURE = """---
jupytext:
  text_representation:
    format_name: myst
---

# Growth

The model of {cite}`okoro2011` is

$$
k_{t+1} = s k_t^2
$$ (eq:growth1)

BODY
"""


def test_myst_lecture_with_labelled_equations_is_markdown(tmp_path: Path) -> None:
    body = "\n\n".join(
        f"Iterating gives\n\n$$\nk_{{t+{n}}} = s^{n} k_t\n$$ (eq:iter{n})\n\nwhich grows."
        for n in range(1, 5)
    )
    exercises = "\n".join(f"{n}. Compute step {n} of the recursion." for n in range(1, 5))
    text = LECTURE.replace("BODY", body + "\n\n## Exercises\n\n" + exercises)
    (tmp_path / "_config.yml").write_text("bibtex_bibfiles:\n  - refs.bib\n", encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    doc = tmp_path / "growth.md"
    doc.write_text(text, encoding="utf-8")
    parsed = parse_file(doc)
    assert parsed.reader == "pandoc-markdown"
    assert [f.label for f in parsed.footnotes] == ["okoro2011"]
    assert [e.reference.year for e in parsed.literature] == [2011]


# --------------------------------------------------------------------------
# 3. R Markdown with raw LaTeX citations: the front matter's bibliography
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: Tides\nbibliography: refs.bib\n---\n\nBody.\n", ["refs.bib"]),
        ("---\ntitle: Tides\nbibliography:\n  - a.bib\n  - b.bib\n---\n", ["a.bib", "b.bib"]),
        (
            "---\nbibliography: [one.bib, two.bib]\noutput: pdf_document\n---\n",
            ["one.bib", "two.bib"],
        ),
        ("---\ntitle: Tides\n---\n\nbibliography: refs.bib\n", []),  # in the body: text
        ("\\documentclass{article}\nbibliography: refs.bib\n", []),  # no front matter
        ("---\n\nbibliography: refs.bib\n---\n", []),  # a rule, then text (no metadata)
        ("---\nbibliography: \"`r here::here('x.bib')`\"\n---\n", []),  # R code, no name
        ("---\ntitle: [unclosed\nbibliography: refs.bib\n---\n", []),  # broken YAML
    ],
)
def test_front_matter_bibs(text: str, expected: list[str]) -> None:
    found = front_matter_bibs(text)
    assert [name for name, _ in found] == expected
    for _, at in found:
        assert text.startswith("bibliography", at)


RMD = """---
title: "Sediment budgets"
author:
  - name: Ada Okoro
bibliography: sources.bib
output: rticles::some_article
---

Marshes trap mud, as shown by \\citet{okoro2011}, and tides sort it
\\citep[e.g.,][p. 12]{lindqvist2019}.
"""


def test_rmarkdown_latex_citations_resolve_against_front_matter(tmp_path: Path) -> None:
    (tmp_path / "sources.bib").write_text(BIB, encoding="utf-8")
    doc = tmp_path / "paper.Rmd"
    doc.write_text(RMD, encoding="utf-8")
    parsed = parse_file(doc)
    assert parsed.reader == "latex"
    assert {f.label: f.reference.year for f in parsed.footnotes} == {
        "okoro2011": 2011,
        "lindqvist2019": 2019,
    }
    assert not [a for a in parsed.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(b.name, b.entries, b.named_in) for b in parsed.bibliographies] == [
        ("sources.bib", 2, "line 5")
    ]


def test_rmarkdown_front_matter_bib_missing_is_said(tmp_path: Path) -> None:
    doc = tmp_path / "paper.Rmd"
    doc.write_text(RMD, encoding="utf-8")
    parsed = parse_file(doc)
    unreadable = [a for a in parsed.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    assert [(a.line, "sources.bib" in a.message) for a in unreadable] == [(5, True)]
