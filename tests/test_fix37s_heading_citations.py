"""Citations inside Markdown headings are citations, in every Markdown-family reader:
citeproc's author-date links (ox-hugo, Hugo), Markdown links to the list's anchors, Pandoc
``[@key]`` and ``@key``, superscript and bracketed numbers.  Documents written for these
tests; each cites one entry only in a heading, so an unread heading leaves it uncited."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Marker, ParsedDocument


def _markers(doc: ParsedDocument) -> list[Marker]:
    return [m for fn in doc.footnotes for m in fn.markers] + list(doc.stray_markers)


_CSL_LIST = """## References

<div class="csl-bib-body">
  <div class="csl-entry"><a id="citeproc_bib_item_1"></a>Kasza, Irma, Omar G Pelt, and Lin Wu. 2021. “Reed Beds as Filters.” <i>Wetland Review</i> 7 (2): 11–20.</div>
  <div class="csl-entry"><a id="citeproc_bib_item_2"></a>Pelt, Omar. 2015. “Older Filters.” <i>Wetland Review</i> 3 (1): 1–9.</div>
</div>
"""

_HUGO_HTML_LINKS = (
    """+++
title = "Reed beds"
+++

## Filtering (<a href="#citeproc_bib_item_1">Kasza et al. 2021</a>) {#filtering}

Reed beds were used before (<a href="#citeproc_bib_item_2">Pelt 2015</a>).

"""
    + _CSL_LIST
)

_MARKDOWN_LINKS = (
    """# Reed beds

### Filtering, after [Kasza et al. 2021](#citeproc_bib_item_1)

Reed beds were used before ([Pelt 2015](#citeproc_bib_item_2)).

"""
    + _CSL_LIST
)

_PANDOC = """---
title: Reed beds
bibliography: refs.bib
---

# Filtering [@kasza2021]

Reed beds were used before [@pelt2015].

## What @kasza2021 measured {#measured}

Flow rates.
"""

_BIB = """@article{kasza2021, author = {Kasza, Irma and Pelt, Omar G and Wu, Lin},
  title = {Reed Beds as Filters}, journal = {Wetland Review}, year = {2021}}
@article{pelt2015, author = {Pelt, Omar}, title = {Older Filters},
  journal = {Wetland Review}, year = {2015}}
"""

_SUPERSCRIPT = """# Reed beds

## Filtering<sup>1</sup>

Reed beds were used before.<sup>2</sup>

## References

1. Kasza I, Pelt OG, Wu L. Reed beds as filters. Wetl Rev. 2021;7(2):11-20.
2. Pelt O. Older filters. Wetl Rev. 2015;3(1):1-9.
"""

_BRACKETS = """# Reed beds

## Filtering [1]

Reed beds were used before [2].

## References

[1] I. Kasza, O. G. Pelt and L. Wu, "Reed beds as filters," Wetl. Rev., vol. 7, pp. 11-20, 2021.
[2] O. Pelt, "Older filters," Wetl. Rev., vol. 3, pp. 1-9, 2015.
"""


@pytest.mark.parametrize(
    ("text", "name", "markers"),
    [
        pytest.param(_HUGO_HTML_LINKS, "reeds.md", 2, id="hugo-citeproc-html-links"),
        pytest.param(_MARKDOWN_LINKS, "reeds.md", 2, id="markdown-links"),
        pytest.param(_PANDOC, "reeds.md", 3, id="pandoc-keys"),
        pytest.param(_SUPERSCRIPT, "reeds.md", 2, id="superscript"),
        pytest.param(_BRACKETS, "reeds.md", 2, id="brackets"),
    ],
)
def test_citations_in_headings_are_read(tmp_path: Path, text: str, name: str, markers: int) -> None:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    found = _markers(doc)
    assert len(found) == markers
    lines = {m.line for m in found}
    heading_line = next(i for i, line in enumerate(text.splitlines(), 1) if "#" in line[:4]
                        and ("1" in line or "@" in line or "Kasza" in line))  # fmt: skip
    assert heading_line in lines
    uncited = [a for a in doc.all_anomalies() if "cited by no" in a.message]
    assert not uncited
    assert AnomalyCode.UNREAD_REGION not in {a.code for a in doc.all_anomalies()}


def test_heading_link_without_a_list_is_no_citation(tmp_path: Path) -> None:
    """A post with no reference list: a link in a heading is a section's link, not a work
    cited (body links still are)."""
    path = tmp_path / "post.md"
    path.write_text(
        "# Notes\n\n## [Install guide](https://example.org/install)\n\n"
        "Reed beds filter water, as [a survey](https://example.net/survey-2020) shows.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [m.line for m in _markers(doc)] == [5]
