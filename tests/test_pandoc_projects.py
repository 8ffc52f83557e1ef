"""Quarto / R Markdown chapters: reader choice, project bibliographies, citations in
headings, "@" in URLs, RefManageR inline citations, xaringan slide markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode, RawDocument
from bibcheck.readers import ReadOptions, choose
from bibcheck.readers.pandoc import read_opts
from bibcheck.readers.projectmeta import build_script_names, project_bibliography

BIB = """@article{Lee2019,
  author = {Lee, Ann and Park, Jun},
  title = {Echo states in practice},
  journal = {Neural Systems},
  year = {2019},
}

@book{Ruiz2021,
  author = {Ruiz, Marta},
  title = {Reservoirs and their readouts},
  publisher = {Academic Press},
  year = {2021},
}

@inproceedings{Osei2018,
  author = {Osei, Kofi},
  title = {Chaotic networks trained online},
  booktitle = {Proceedings of the Learning Conference},
  year = {2018},
}
"""


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _read(root: Path, main: str) -> RawDocument:
    path = root / main
    return read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())


def _cited(doc: RawDocument) -> list[str]:
    return sorted({m.label for m in doc.markers})


def _missing(doc: RawDocument) -> list[str]:
    return [a.message for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]


# --------------------------------------------------------------------------
# Reader choice: a .qmd/.Rmd with front matter that cites by key is Pandoc's
# --------------------------------------------------------------------------

# Slides: numbered items after display math (what a PDF-to-text reader takes for
# footnotes at a page's foot), sources cited as bare "@Key Title." lines.
SLIDES = r"""---
title: Neural computation
subtitle: Echo-state networks
author: A. Lecturer
---

# Echo-state networks

* Reservoirs were proposed around 2001 [@Lee2019].

![](img/reservoir-run1.png){width=90% fig-align="center"}

# Cultures

![](img/cultured-cells2.jpg){width=80%}

# Readouts

![](img/readout-force3.png)

::: footer
@Ruiz2021 Reservoirs and their readouts. Academic Press.
:::

# A learning rule

1. Perturb every unit of the reservoir at random, at f=5Hz.

$$
    x_j \rightarrow x_j + \xi_j
$$

2. Keep a non-linear **trace** of the perturbation over the trial.

$$
    e_{ij} = e_{ij} + r_i \, (x_j - \bar{x_j})^3
$$

3. When the trial ends, change the weights with the trace and the reward:

$$
    \Delta w_{ij} = \eta \, e_{ij} \, (R - \bar{R})
$$

# Online training

![Source: @Osei2018 Chaotic networks trained online.](img/force.png){width=60%}

See @Osei2018.
"""

# Only bare and caption citations, no bracketed one.
BARE = """---
title: Diffusion models
---

# Denoising

@Lee2019 Echo states in practice. Neural Systems.

![Source: @Ruiz2021 Reservoirs and their readouts](img/a.png)

![Source: @Osei2018](img/b.png){width=80%}
"""

METADATA = "bibliography:\n  - ../assets/refs.bib\ncsl: ../assets/style.csl\n"


@pytest.mark.parametrize(
    ("files", "main", "cited"),
    [
        pytest.param(
            {"slides/ch1.qmd": SLIDES, "slides/_metadata.yml": METADATA, "assets/refs.bib": BIB},
            "slides/ch1.qmd",
            ["Lee2019", "Osei2018", "Ruiz2021"],
            id="qmd-list-after-math-metadata-bib",
        ),
        pytest.param(
            {"slides/ch1.Rmd": SLIDES, "slides/_metadata.yml": METADATA, "assets/refs.bib": BIB},
            "slides/ch1.Rmd",
            ["Lee2019", "Osei2018", "Ruiz2021"],
            id="rmd-list-after-math",
        ),
        pytest.param(
            {"slides/ch2.qmd": BARE, "slides/_metadata.yml": METADATA, "assets/refs.bib": BIB},
            "slides/ch2.qmd",
            ["Lee2019", "Osei2018", "Ruiz2021"],
            id="qmd-bare-and-caption-cites",
        ),
        pytest.param(
            {"notes/ch2.md": BARE, "notes/_metadata.yml": METADATA, "assets/refs.bib": BIB},
            "notes/ch2.md",
            ["Lee2019", "Osei2018", "Ruiz2021"],
            id="md-bare-cites-project-bib",
        ),
    ],
)
def test_quarto_chapter_is_read_as_pandoc(
    tmp_path: Path, files: dict[str, str], main: str, cited: list[str]
) -> None:
    _write(tmp_path, files)
    path = tmp_path / main
    choice = choose(path, path.read_text(encoding="utf-8"))
    assert choice.reader.name == "pandoc-markdown"
    assert not choice.uncertain
    doc = _read(tmp_path, main)
    assert _cited(doc) == cited
    assert _missing(doc) == []


# --------------------------------------------------------------------------
# The bibliography a project names
# --------------------------------------------------------------------------

CHAPTER = "# Chapter\n\nAs shown before [@Lee2019], and again [@Ruiz2021].\n"


@pytest.mark.parametrize(
    ("files", "main", "named_in", "bib"),
    [
        pytest.param(
            {"_quarto.yml": "project:\n  type: book\nbibliography: refs.bib\n"},
            "chapters/part1/intro.qmd",
            "_quarto.yml",
            "refs.bib",
            id="quarto-root-two-levels-up",
        ),
        pytest.param(
            {
                "_quarto.yml": "project:\n  type: website\nbibliography: other.bib\n",
                "slides/_metadata.yml": "bibliography: ../assets/refs.bib\n",
            },
            "slides/intro.qmd",
            "slides/_metadata.yml",
            "assets/refs.bib",
            id="nearest-metadata-first",
        ),
        pytest.param(
            {"_quarto.yml": "format:\n  html:\n    bibliography: refs.bib\n"},
            "intro.qmd",
            "_quarto.yml",
            "refs.bib",
            id="quarto-format-option",
        ),
        pytest.param(
            {
                "_bookdown.yml": 'rmd_files: ["index.Rmd", "source/intro.Rmd"]\n',
                "_output.yml": (
                    "bookdown::gitbook:\n"
                    '  pandoc_args: ["--verbose", "--bibliography=source/refs.bib"]\n'
                    "bookdown::pdf_book:\n"
                    '  pandoc_args: ["--bibliography", "source/refs.bib"]\n'
                ),
            },
            "source/intro.Rmd",
            "_output.yml",
            "source/refs.bib",
            id="bookdown-output-pandoc-args",
        ),
        pytest.param(
            {
                "_bookdown.yml": "book_filename: notes\n",
                "index.Rmd": (
                    "<!-- keep the title in sync with the build script -->\n"
                    "---\ntitle: Notes\nsite: bookdown::bookdown_site\n"
                    "bibliography: [book.bib, packages.bib]\n---\n\n# Preface\n"
                ),
            },
            "chapters/02-methods.Rmd",
            "index.Rmd",
            "book.bib",
            id="bookdown-index-front-matter-after-comment",
        ),
        pytest.param(
            {
                "book/_config.yml": (
                    "title: Lectures\nparse:\n  myst_enable_extensions: [dollarmath]\n"
                    "sphinx:\n  extra_extensions: [sphinxcontrib.bibtex]\n  config:\n"
                    "    bibtex_reference_style: author_year\n"
                    "    bibtex_bibfiles:\n      - _static/lectures.bib\n"
                ),
                "book/_toc.yml": "format: jb-book\nroot: intro\n",
            },
            "book/ch/week3.md",
            "book/_config.yml",
            "book/_static/lectures.bib",
            id="jupyter-book-sphinx-config",
        ),
        pytest.param(
            {"_config.yml": "title: Notes\nbibtex_bibfiles: [refs.bib, extra.bib]\n"},
            "notes.md",
            "_config.yml",
            "refs.bib",
            id="jupyter-book-top-level",
        ),
        pytest.param(
            {"myst.yml": "version: 1\nproject:\n  title: Notes\n  bibliography:\n    - main.bib\n"},
            "chapters/one.md",
            "myst.yml",
            "main.bib",
            id="myst-project",
        ),
        pytest.param(
            {"_config.yml": "title: Blog\nscholar:\n  bibliography: refs\n"},
            "post.md",
            None,
            None,
            id="jekyll-scholar-not-read",
        ),
        pytest.param(
            {
                "_config.yml": "bibtex_bibfiles: [outer.bib]\n",
                "book/_toc.yml": "format: jb-book\nroot: intro\n",
            },
            "book/intro.md",
            None,
            None,
            id="jupyter-book-root-bounds",
        ),
        pytest.param(
            {"_output.yml": "html_document:\n  pandoc_args: --bibliography=refs.bib\n"},
            "report.Rmd",
            None,
            None,
            id="pandoc-args-not-a-list",
        ),
    ],
)
def test_project_bibliography(
    tmp_path: Path, files: dict[str, str], main: str, named_in: str | None, bib: str | None
) -> None:
    _write(tmp_path, {**files, main: CHAPTER})
    found = project_bibliography(str(tmp_path / main))
    if named_in is None:
        assert found is None
        return
    assert found is not None
    assert found.named_in == (tmp_path / named_in).resolve()
    assert (found.folder / found.names[0]).resolve() == (tmp_path / bib).resolve()


def test_project_root_bounds_the_search(tmp_path: Path) -> None:
    # a bibliography named above the project's root belongs to another project
    _write(
        tmp_path,
        {
            "_metadata.yml": "bibliography: outer.bib\n",
            "book/_quarto.yml": "project:\n  type: book\n",
            "book/ch/intro.qmd": CHAPTER,
        },
    )
    assert project_bibliography(str(tmp_path / "book/ch/intro.qmd")) is None


def test_bookdown_chapter_resolves_against_output_yml(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_bookdown.yml": "delete_merged_file: true\n",
            "_output.yml": 'bookdown::gitbook:\n  pandoc_args: ["--bibliography=src/refs.bib"]\n',
            "src/refs.bib": BIB,
            "src/intro.Rmd": CHAPTER,
        },
    )
    doc = _read(tmp_path, "src/intro.Rmd")
    assert _cited(doc) == ["Lee2019", "Ruiz2021"]
    assert _missing(doc) == []
    assert len(doc.literature) == 2


# --------------------------------------------------------------------------
# Citations in headings; "@" in URLs
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        pytest.param("# V-shaped process [@Lee2019]", ["Lee2019"], id="atx"),
        pytest.param(
            "## Readouts [@Ruiz2021; @Osei2018] {#sec-read}", ["Osei2018", "Ruiz2021"], id="attrs"
        ),
        pytest.param("### @Osei2018 on online training", ["Osei2018"], id="in-text"),
        pytest.param("# Model-View-Controller [@Lee2019] #", ["Lee2019"], id="closing-hashes"),
    ],
)
def test_citations_in_headings(tmp_path: Path, line: str, cited: list[str]) -> None:
    text = f"---\ntitle: T\nbibliography: refs.bib\n---\n\n{line}\n\nBody text [@Lee2019].\n"
    _write(tmp_path, {"refs.bib": BIB, "doc.md": text})
    doc = _read(tmp_path, "doc.md")
    heading_markers = {m.label for m in doc.markers if m.line == 6}
    assert sorted(heading_markers) == cited


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("See [layers](https://medium.com/@some.author/layers-a1b2) here.", id="link"),
        pytest.param("![chart](https://cdn.example.org/@v2/chart.png)", id="image"),
        pytest.param("Read <https://medium.com/@writer/post-1> first.", id="autolink"),
        pytest.param("Bare https://mastodon.social/@someone/1234 address.", id="bare-url"),
        pytest.param("[ref]: https://medium.com/@team/notes", id="link-definition"),
    ],
)
def test_at_sign_in_url_is_no_citation(tmp_path: Path, line: str) -> None:
    text = f"---\ntitle: T\nbibliography: refs.bib\n---\n\nIntro [@Lee2019].\n\n{line}\n"
    _write(tmp_path, {"refs.bib": BIB, "doc.md": text})
    doc = _read(tmp_path, "doc.md")
    assert _cited(doc) == ["Lee2019"]
    assert _missing(doc) == []


# --------------------------------------------------------------------------
# RefManageR inline citations (xaringan slides)
# --------------------------------------------------------------------------

XARINGAN = """---
title: "Transport data"
output:
  xaringan::moon_reader:
    nature:
      highlightLines: true
---

```{r setup, include=FALSE}
library(RefManageR)
BibOptions(check.entries = FALSE, style = "markdown")
refs = ReadBib("../course.bib")
```

---

# Origins

- The field began with echo states `r Citep(refs, "Lee2019", .opts = list(cite.style = "authoryear"))`

--

- `r Citet(refs, "Ruiz2021")` describes the readouts

--

- Two views `r AutoCite(refs, c("Osei2018", "Lee2019"), before = "see ")`

---
class: center, middle

.pull-left[
- As `r TextCite(refs, 'Osei2018')` argues
]

<blockquote class="twitter-tweet"><p>Live demo with <a href="https://x.com/team">@TeamHandle</a> \
and @someone.else</a></p>&mdash; A Lecturer (@lecturer)</blockquote>

`r NoCite(refs, "Ruiz2021")`

---
class: inverse

- A call with no key `r Citep(refs, author = "Ruiz")` is no citation

???

Speaker notes: `r Citep(refs, "Gone2020")`
"""


def test_refmanager_citations(tmp_path: Path) -> None:
    _write(tmp_path, {"course.bib": BIB, "slides/intro.Rmd": XARINGAN})
    path = tmp_path / "slides/intro.Rmd"
    assert choose(path, path.read_text(encoding="utf-8")).reader.name == "pandoc-markdown"
    doc = _read(tmp_path, "slides/intro.Rmd")
    by_line = sorted((m.line, m.label) for m in doc.markers)
    assert by_line == [
        (19, "Lee2019"),
        (23, "Ruiz2021"),
        (27, "Lee2019"),
        (27, "Osei2018"),
        (33, "Osei2018"),
        (47, "Gone2020"),
    ]
    assert [
        a.message.split("'")[1] for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING
    ] == ["Gone2020"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.ARTIFACT_LINE]
    assert sorted(n.label for n in doc.literature) == ["Lee2019", "Osei2018", "Ruiz2021"]


@pytest.mark.parametrize(
    ("files", "main", "said"),
    [
        pytest.param(
            {"ch/_metadata.yml": "bibliography: ../gone.bib\n"},
            "ch/a.qmd",
            "bibliography ../gone.bib (named in _metadata.yml) cannot be read",
            id="metadata",
        ),
        pytest.param(
            {"_quarto.yml": "project:\n  type: book\nbibliography: gone.bib\n"},
            "ch/a.qmd",
            "bibliography gone.bib (named in ../_quarto.yml) cannot be read",
            id="quarto-above",
        ),
    ],
)
def test_unreadable_project_bibliography_says_where_named(
    tmp_path: Path, files: dict[str, str], main: str, said: str
) -> None:
    _write(tmp_path, {**files, main: CHAPTER})
    doc = _read(tmp_path, main)
    problems = [a.message for a in doc.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
    assert len(problems) == 1
    assert problems[0].startswith(said)


# --------------------------------------------------------------------------
# Build scripts: the bibliography on the Pandoc command line
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "files", "names"),
    [
        pytest.param(
            "slides.html: slides.md\n\tpandoc -t revealjs -s --citeproc"
            " --bibliography=refs.bib $< -o $@\n",
            {},
            ("refs.bib",),
            id="make-rule-option-equals",
        ),
        pytest.param(
            "BIB := ../shared/lectures.bib\nFLAGS = --citeproc --bibliography $(BIB)\n"
            "%.pdf: %.md\n\tpandoc $(FLAGS) $< -o $@\n",
            {},
            ("../shared/lectures.bib",),
            id="make-variables-nested",
        ),
        pytest.param(
            '#!/bin/sh\nset -e\nBIB=refs.bib\nfor f in week*.md; do\n  pandoc "$f" \\\n'
            '    --citeproc \\\n    --bibliography="${BIB}" -o "${f%.md}.html"\ndone\n',
            {},
            ("refs.bib",),
            id="shell-loop-continued-lines",
        ),
        pytest.param(
            "paper.pdf: paper.md\n\tpandoc -d paper $< -o $@\n",
            {"paper.yaml": "citeproc: true\nbibliography: paper.bib\n"},
            ("paper.bib",),
            id="defaults-file",
        ),
        pytest.param(
            "a.html: intro.md\n\tpandoc --bibliography=intro.bib intro.md -o a.html\n"
            "b.html: other.md\n\tpandoc --bibliography=other.bib other.md -o b.html\n",
            {},
            ("intro.bib",),
            id="the-lines-naming-the-document",
        ),
        pytest.param(
            "# pandoc --bibliography=old.bib intro.md\nall:\n\tpandoc intro.md -o intro.html\n",
            {},
            (),
            id="commented-out",
        ),
        pytest.param(
            "all:\n\tpandoc --bibliography=$(BIBFILE) intro.md\n", {}, (), id="unknown-variable"
        ),
        pytest.param("all:\n\tbiber --bibliography=refs.bib main\n", {}, (), id="not-pandoc"),
    ],
)
def test_build_script_names(script: str, files: dict[str, str], names: tuple[str, ...]) -> None:
    assert build_script_names(script, "intro.md", files.get) == names


def test_a_deck_built_by_a_makefile_reads_its_bibliography(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "Makefile": "BIB = refs/course.bib\n\nslides/%.html: slides/%.md\n"
            "\tpandoc -s -t revealjs --citeproc --bibliography=$(BIB) $< -o $@\n",
            "refs/course.bib": BIB,
            "slides/week1.md": "# Week 1\n\n- Echo states [@Lee2019]\n- @Ruiz2021 on readouts\n",
        },
    )
    found = project_bibliography(str(tmp_path / "slides/week1.md"))
    assert found is not None and found.named_in == (tmp_path / "Makefile").resolve()
    doc = _read(tmp_path, "slides/week1.md")
    assert _cited(doc) == ["Lee2019", "Ruiz2021"]
    assert _missing(doc) == []
    assert [f.text() for f in doc.bibliographies] == [
        "refs/course.bib (3 entries, named in ../Makefile)"
    ]
