"""Fix 53j: code chunks end where knitr ends them (R Markdown, Quarto), every scanner
works on the same code-free text as the reader, and a superscript inside a word is no
note marker.  Own fixtures, in the shapes R Markdown chapters and Markdown pages use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.knitr import is_knitted, knitr_fences
from bibcheck.readers.mask import mask, powers_as_text
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# knitr chunk openers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a four-backtick chunk closed by three: made a three-backtick one, columns kept
        ("````{r}\nx = 1\n```\ntext", " ```{r}\nx = 1\n```\ntext"),
        ("`````{python setup}\nx\n```", "  ```{python setup}\nx\n```"),
        # a long opener past the indent limit: the spare backticks go after the header
        ("```````{r}\nx\n```", "```{r}    \nx\n```"),
        # an opener inside a chunk is code (knitr ends the chunk at the next fence only)
        ("```{r}\n````{r}\n```\n", "```{r}\n````{r}\n```\n"),
        # negatives: a plain four-backtick fence (Pandoc's, CommonMark rule) and what it
        # shows; a three-backtick chunk; an inline code span
        ("````\n````{r}\n```\n````\n", "````\n````{r}\n```\n````\n"),
        ("```{r}\nx\n```", "```{r}\nx\n```"),
        ("see ````{r}```` here", "see ````{r}```` here"),
    ],
)
def test_knitr_fences(text: str, expected: str) -> None:
    out = knitr_fences(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize(
    ("path", "expected"),
    [("ch/04-ops.Rmd", True), ("a.qmd", True), ("b.rmarkdown", True), ("c.md", False)],
)
def test_is_knitted(path: str, expected: bool) -> None:
    assert is_knitted(path) is expected


_CHAPTER = """---
title: "Operations"
bibliography: refs.bib
---

# Operations

Raster algebra goes back a long way [@tomlin_1990].

````{r zones, echo=FALSE}
z = zonal(elev, grain)
```

Smoothing follows the classic account [@tobler_1979].^[As summarised by @burrough_2015.]

```{r}
data$t[1] - data$t[2]
x[1] + x[3]
y[4]
```

Distances are covered elsewhere [@liu_2009].
"""

_BIB = "\n".join(
    f"@book{{{key}, author={{{name}, A.}}, title={{T {key}}}, publisher={{P}}, year={{{y}}}}}"
    for key, name, y in [
        ("tomlin_1990", "Tomlin", 1990),
        ("tobler_1979", "Tobler", 1979),
        ("burrough_2015", "Burrough", 2015),
        ("liu_2009", "Liu", 2009),
    ]
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rmd_chunk_closed_the_knitr_way(tmp_path: Path) -> None:
    doc = parse_file(str(_write(tmp_path, "04-ops.Rmd", _CHAPTER)))
    keys = {f.label for f in doc.footnotes}
    assert {"tomlin_1990", "tobler_1979", "burrough_2015", "liu_2009"} <= keys
    # R indexing inside a chunk is no numeric citation left unread
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]


def test_md_keeps_commonmark_fences(tmp_path: Path) -> None:
    # negative: in CommonMark Markdown a four-backtick fence runs past a three-backtick
    # line, so what follows it is code
    doc = parse_file(str(_write(tmp_path, "ops.md", _CHAPTER)))
    keys = {f.label for f in doc.footnotes}
    assert "tomlin_1990" in keys
    assert "liu_2009" not in keys


def test_rmd_with_raw_latex_masks_chunks(tmp_path: Path) -> None:
    # an R Markdown chapter built to PDF holds raw LaTeX (\\cite{}, \\section{}): it is
    # Markdown all the same, and R indexing in its chunks cites nothing
    text = _CHAPTER.replace(
        "Distances are covered",
        "\\section{Extra}\nAs in \\cite{liu_2009} and \\cite{tobler_1979}.\n\nDistances are",
    )
    doc = parse_file(str(_write(tmp_path, "05-x.Rmd", text)))
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]


# --------------------------------------------------------------------------
# A superscript inside a word
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("the EUREC<sup>4</sup>A campaign", "the EUREC⁴A campaign"),
        ("C<sup>3</sup>S services", "C³S services"),
        # negatives: a marker after a word, after punctuation, before a space
        ("as shown<sup>4</sup> here", "as shown<sup>4</sup> here"),
        ("trades.<sup>12</sup>The next", "trades.<sup>12</sup>The next"),
        ("the EUREC<sup>4</sup> A", "the EUREC<sup>4</sup> A"),
    ],
)
def test_superscript_inside_a_word(line: str, expected: str) -> None:
    assert powers_as_text(line) == expected
    assert ("<sup>" in mask(line)) is ("<sup>" in expected)


def test_name_with_superscript_is_no_marker(tmp_path: Path) -> None:
    text = "# Data\n\nThe EUREC<sup>4</sup>A data sets, and the EUREC<sup>4</sup>A-MIP runs.\n"
    path = tmp_path / "les.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError):  # it cites nothing: no false marker 4
        parse_file(str(path))


# --------------------------------------------------------------------------
# Linear on long lines
# --------------------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "`" * n, id="backticks"),
    pytest.param(lambda n: "````{" + "r" * (n - 5), id="unclosed-header"),
    pytest.param(lambda n: "````{r" + "}" * (n - 6) + "x", id="braces"),
    pytest.param(lambda n: "A<sup>1</sup>" * (n // 13), id="sups"),
    pytest.param(lambda n: "A<sup>" * (n // 6), id="sup-opens"),
]


@pytest.mark.parametrize("line", LINES)
def test_knitr_fences_linear(line: Line) -> None:
    assert_linear(lambda text: knitr_fences(f"{text}\n````{{r}}\n{text}\n```"), line)


@pytest.mark.parametrize("line", LINES)
def test_powers_as_text_linear(line: Line) -> None:
    assert_linear(powers_as_text, line)
