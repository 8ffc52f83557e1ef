"""Details of R Markdown / Quarto / MyST sources seen in real books: cross-reference
prefixes of theorem-like blocks, knitr chunk headers with backticks, links inside a
citation's suffix, role plurals, and repeated short lines that are prose, not page
artifacts.  Fixtures written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode, RawDocument
from bibcheck.readers import ReadOptions
from bibcheck.readers.evidence import citation_evidence
from bibcheck.readers.pandoc import read_opts

BIB = """@book{ostrom1990,
  author = {Ostrom, Elinor},
  title = {Governing the Commons},
  publisher = {Cambridge University Press},
  year = {1990},
}

@article{hardin1968,
  author = {Hardin, Garrett},
  title = {The Tragedy of the Commons},
  journal = {Science},
  year = {1968},
}
"""


def _read(tmp_path: Path, body: str, name: str = "ch.qmd") -> RawDocument:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / name
    text = "---\ntitle: Commons\nbibliography: refs.bib\n---\n\n" + body
    path.write_text(text, encoding="utf-8")
    return read_opts(text, str(path), ReadOptions())


def _cites(doc: RawDocument) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for m in doc.markers)


@pytest.mark.parametrize(
    ("body", "cites"),
    [
        pytest.param(
            "As @rem-stability shows, and (see @sol-exercise-2), @alg-greedy terminates;"
            " @ostrom1990 agrees.\n",
            [("ostrom1990", 6)],
            id="theorem-like-cross-references",
        ),
        pytest.param(
            '```{r fig-map, echo=FALSE, fig.cap="Plots made by `maps.R` (see the code)."}\n'
            'source("maps.R")\n```\n\nAs argued [@hardin1968], commons fail.\n',
            [("hardin1968", 10)],
            id="chunk-header-with-backticks",
        ),
        pytest.param(
            "Read [@ostrom1990 see [the archive](https://example.org/commons) for data]"
            " and [@hardin1968].\n",
            [("hardin1968", 6), ("ostrom1990", 6)],
            id="link-inside-suffix",
        ),
        pytest.param(
            "Counts of {term}`CPR`s in\nthe field, as in {cite}`ostrom1990`, and\n"
            "the {term}`SES` frame {cite}`hardin1968`.\n",
            [("hardin1968", 8), ("ostrom1990", 7)],
            id="role-plural-does-not-swallow-a-cite-role",
        ),
    ],
)
def test_citations_in_source_details(
    tmp_path: Path, body: str, cites: list[tuple[str, int]]
) -> None:
    assert _cites(_read(tmp_path, body)) == cites


def test_a_cross_reference_is_no_citation_evidence() -> None:
    found = [e.what for e in citation_evidence("See [Appendix @sec-setup] and [@fig-a].\n")]
    assert not any(w.startswith("Pandoc citations") for w in found)
    found = [e.what for e in citation_evidence("See [Appendix @sec-setup; @ostrom1990].\n")]
    assert any(w.startswith("Pandoc citations") for w in found)


def test_repeated_short_prose_lines_of_a_source_are_no_artifacts(tmp_path: Path) -> None:
    paragraph = "The sum is finite,\nthat is,\nbounded by the total [@ostrom1990].\n\n"
    for name in ("ch.qmd", "ch.Rmd"):
        doc = _read(tmp_path, paragraph * 3, name)
        assert not [a for a in doc.anomalies if a.code is AnomalyCode.ARTIFACT_LINE], name
        assert len(doc.markers) == 3
