"""Markdown that cites in HTML (citeproc output kept in the Markdown by ox-hugo, Hugo,
Jekyll; READMEs linking papers with ``<a href>``) and READMEs whose "Citations" section
is a run of fenced BibTeX entries.  Every document here is written for the tests, in the
patterns those generators and READMEs use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import AnomalyCode, BibRecord, RawDocument, Reference
from bibcheck.readers import mdhtml
from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.mdlinks import score_at
from bibcheck.readers.registry import choose
from tests.test_regex_growth import assert_linear

# org-cite + citeproc-el, exported by ox-hugo: TOML front matter, parenthetical anchors
# to "citeproc_bib_item_N", one-line entries opening with their anchor, "———." repeats
OX_HUGO = """\
+++
title = "Reading notes: learning curves"
draft = false
+++

Deliberate practice needs a teacher (<a href="#citeproc_bib_item_2">Ortega 2016</a>).
Compare [my older note](https://notes.example.net/practice/).
Plateaus are common (<a href="#citeproc_bib_item_1">Ortega 2014</a>; <a href="#citeproc_bib_item_3">Valdés 2019</a>).

## Bibliography {#bibliography}

<style>.csl-entry{text-indent: -1.5em; margin-left: 1.5em;}</style><div class="csl-bib-body">
  <div class="csl-entry"><a id="citeproc_bib_item_1"></a>Ortega, Lucía. 2014. “Why Learners Stall.” <i>Review of Training</i> 7 (1): 3–19. <a href="https://doi.org/10.5555/rt.2014.3">https://doi.org/10.5555/rt.2014.3</a>.</div>
  <div class="csl-entry"><a id="citeproc_bib_item_2"></a>———. 2016. <i>Teachers and Practice</i>. Lisbon: Example House.</div>
  <div class="csl-entry"><a id="citeproc_bib_item_3"></a>Valdés, Marco. 2019. “Plateaus in Skill.” <i>Skill Quarterly</i> 2: 40–55.</div>
</div>

## Backlinks {#backlinks}
"""

# Pandoc's HTML kept in a Jekyll post: <span class="citation"> around an anchor to
# "#ref-key", a "refs" div of multi-line csl-entry divs and no heading above it
JEKYLL = """\
---
layout: post
title: Soil carbon, briefly
---

Cover crops add carbon <span class="citation" data-cites="hale2018"><a href="#ref-hale2018" role="doc-biblioref">(Hale 2018)</a></span>.
Tillage loses it again <span class="citation" data-cites="iyer2021"><a href="#ref-iyer2021" role="doc-biblioref">(Iyer and Moss 2021)</a></span>.

<div id="refs" class="references csl-bib-body hanging-indent" role="list">
<div id="ref-hale2018" class="csl-entry" role="listitem">
Hale, Dana. 2018. <span>“Cover Crops and Soil Carbon.”</span> <em>Soil Letters</em> 11:
201–9.
</div>
<div id="ref-iyer2021" class="csl-entry" role="listitem">
Iyer, Ravi, and Ada Moss. 2021. <em>Ploughing and Its Costs</em>. Leeds: Field Press.
</div>
</div>
"""

# Hugo/goldmark: the citations as Markdown links to the entries' ids
HUGO = """\
# Tides and mills

Tide mills were common on estuaries ([Brandt 2003](#ref-brandt2003)), and some ran
until the 1950s ([Coelho 2011](#ref-coelho2011)).

## References

<div id="refs" class="references csl-bib-body">
<div id="ref-brandt2003" class="csl-entry">Brandt, Ole. 2003. <i>Tide Mills of the North Sea</i>. Bremen: Küstenverlag.</div>
<div id="ref-coelho2011" class="csl-entry">Coelho, Rita. 2011. “The Last Tide Mills.” <i>Mill History</i> 19 (2): 77–90. <a href="https://doi.org/10.5555/mh.19.77">https://doi.org/10.5555/mh.19.77</a>.</div>
</div>
"""


@pytest.mark.parametrize(
    ("text", "citations", "entries"),
    [
        pytest.param(OX_HUGO, [("2", 6), ("1", 8), ("3", 8)], 3, id="ox-hugo-citeproc-el"),
        pytest.param(JEKYLL, [("1", 6), ("2", 7)], 2, id="jekyll-pandoc-span-citation"),
        pytest.param(HUGO, [("1", 3), ("2", 4)], 2, id="hugo-markdown-links-to-entries"),
    ],
)
def test_citeproc_html_is_read(text: str, citations: list[tuple[str, int]], entries: int) -> None:
    assert score_at(text, "post.md") >= 0.8
    doc = read_links(text)
    assert [(m.label, m.line) for m in doc.markers] == citations
    assert len(doc.literature) == entries
    assert {n.label for n in doc.footnotes} == {label for label, _ in citations}


def test_citeproc_entries_are_parsed_into_fields() -> None:
    doc = read_links(OX_HUGO)
    first = _entry(doc, "1")
    assert first.title == "Why Learners Stall"
    assert first.year == 2014
    assert first.doi == "10.5555/rt.2014.3"
    assert _entry(doc, "2").year == 2016
    assert _entry(doc, "3").authors[0].startswith("Valdés")
    hale = _entry(read_links(JEKYLL), "1")
    assert hale.title == "Cover Crops and Soil Carbon"
    assert hale.year == 2018
    assert _entry(read_links(HUGO), "2").doi == "10.5555/mh.19.77"


def test_citeproc_list_lines_stay_and_a_heading_stands_in() -> None:
    out = mdhtml.rewrite(JEKYLL.splitlines())
    assert len(out.lines) == len(JEKYLL.splitlines())
    assert out.lines[8] == "## References"  # the refs div had no heading above it
    assert out.lines[9] == ""  # the entry's <div> line
    assert out.lines[10].startswith("[1] Hale, Dana. 2018.")
    assert out.lines[11].strip() == "201–9."
    assert (out.entries, out.citations) == (2, 2)
    doc = read_links(JEKYLL)
    assert doc.literature_heading_line == 9


def _entry(doc: RawDocument, label: str) -> Reference:
    for note in doc.literature:
        if note.label == label:
            assert note.reference is not None
            return note.reference
    raise AssertionError(label)


# a README linking papers with inline HTML anchors, a badge, no reference list
HTML_LINKS = """\
# fastsketch

<a href="https://ci.example.org/fastsketch"><img src="https://ci.example.org/badge.svg" alt="CI"></a>

Counting uses a <a href="https://arxiv.org/abs/1603.05346">count-min variant</a> and the
merge rule from <a href="https://doi.org/10.5555/vldb.2019.8"><em>mergeable summaries</em></a>.
"""


def test_inline_html_links_are_link_citations() -> None:
    doc = read_links(HTML_LINKS)
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 5), ("L2", 6)]
    assert [n.reference.url if n.reference else None for n in doc.footnotes] == [
        "https://arxiv.org/abs/1603.05346",
        "https://doi.org/10.5555/vldb.2019.8",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('<a href="https://x.org/a">words</a>', "[words](https://x.org/a)"),
        (
            '<A HREF="https://x.org/a" target="_blank"><b>Bold</b> t</A>',
            "[**Bold** t](https://x.org/a)",
        ),
        (
            '<a href="https://x.org/b"><img src="i.svg"></a>',
            '<a href="https://x.org/b"><img src="i.svg"></a>',
        ),
        ('<a href="/docs/local">local</a>', '<a href="/docs/local">local</a>'),
        ('<a href="https://x.org/c">a &amp; b</a>.', "[a & b](https://x.org/c)."),
    ],
)
def test_html_anchor_as_markdown(line: str, expected: str) -> None:
    assert mdhtml.rewrite([line]).lines == [expected]


# --- READMEs whose citations section is fenced BibTeX ------------------------------------

FENCED = """\
# tinyformer

A small library of <a href="https://arxiv.org/abs/1912.00001">gated attention</a> and
other tricks.

https://arxiv.org/abs/2001.00002

The normaliser follows [the paper](https://doi.org/10.5555/norm.3) closely, and the
demo reuses [a notebook](https://github.com/example/notebooks).

```python
model = Tiny(dim = 512)  # https://arxiv.org/abs/2001.00002 in a comment cites nothing
```

## Citations

```bibtex
@misc{quill2019gated,
    title   = {Gated Attention for Small Models},
    author  = {Ana Quill and Bo Reyes},
    year    = {2019},
    eprint  = {1912.00001},
    archivePrefix = {arXiv}
}
```

```bibtex
@article{reyes2020,
    author  = {Bo Reyes},
    title   = {Token Mixing Revisited},
    year    = {2020},
    eprint  = {arXiv:2001.00002},
}
```

```bib
@inproceedings{stone2021norm,
    title     = {Normalising Without Tears},
    author    = {Stone, Kai},
    booktitle = {Proceedings of Examples},
    year      = {2021},
    doi       = {10.5555/norm.3}
}
```
"""


def test_fenced_bibtex_section_is_the_reference_list() -> None:
    assert score_at(FENCED, "README.md") >= 0.6
    doc = read_links(FENCED)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 3), ("2", 6), ("3", 8)]
    assert [n.line for n in doc.literature] == [18, 28, 37]
    refs = [n.reference for n in doc.literature]
    assert all(r is not None for r in refs)
    assert [r.title for r in refs if r] == [
        "Gated Attention for Small Models",
        "Token Mixing Revisited",
        "Normalising Without Tears",
    ]
    assert [r.year for r in refs if r] == [2019, 2020, 2021]
    assert doc.literature_heading_line == 15
    # the GitHub link matches no entry: said, not counted
    assert [a.code for a in doc.anomalies] == [AnomalyCode.LINK_NOT_CITED]


def test_fenced_readme_is_markdown_not_bib() -> None:
    assert choose("README.md", FENCED).reader.name == "markdown-links"


# a references heading, an entry whose url is the PDF; one block the parser cannot read
FENCED_REFERENCES = """\
# Notes on pruning

We prune as in https://arxiv.org/abs/1803.00003 and keep the schedule of
<https://arxiv.org/pdf/1905.00004v2.pdf>.

## References

~~~bibtex
@inproceedings{lamb2018,
  title={Pruning Early},
  author={Lamb, Ivo},
  year={2018},
  url={https://arxiv.org/abs/1803.00003}
}
~~~

```bibtex
@article{moor2019 title={Schedules}, year={2019}}
```

```bibtex
@misc{moor2019b,
  title={Schedules for Sparse Nets},
  author={Moor, Una},
  year={2019},
  url={https://arxiv.org/pdf/1905.00004.pdf}
}
```
"""


def test_fenced_references_with_a_broken_block() -> None:
    doc = read_links(FENCED_REFERENCES)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 3), ("2", 4)]
    assert len(doc.literature) == 2
    unparsed = [a for a in doc.anomalies if a.code is AnomalyCode.REFERENCE_UNPARSED]
    assert [a.line for a in unparsed] == [18]
    # listed works nobody links to are no finding: the README's list is its \\nocite
    assert all(n.nocite for n in doc.literature)


@pytest.mark.parametrize(
    "heading",
    ["## Citation", "## Citing", "## How to cite", "## Cite this work", "**Cited as:**"],
)
def test_cite_us_fences_are_no_reference_list(heading: str) -> None:
    text = (
        "# tool\n\nBuilt on [the survey](https://arxiv.org/abs/2101.00005) and "
        "[the dataset](https://doi.org/10.5555/ds.6).\n\n"
        f"{heading}\n\n"
        "```bibtex\n@article{us2023,\n  title={Our Tool},\n  author={Us, We},\n  year={2023}\n}\n```\n\n"
        "```bibtex\n@misc{usdata2023,\n  title={Our Data},\n  author={Us, We},\n  year={2023}\n}\n```\n"
    )
    assert mdhtml.fenced_entries(text.splitlines()) is None
    doc = read_links(text)
    assert doc.literature == ()
    assert [m.label for m in doc.markers] == ["L1", "L2"]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: '<a href="https://x.org/' + "a" * n,
        lambda n: '<div class="csl-entry">' + '<a id="x">' * (n // 10),
        lambda n: '(<a href="#citeproc_bib_item_1">' + " " * n,
        lambda n: "https://arxiv.org/abs/" + "1" * n,
        lambda n: "[" * (n // 2) + "](#ref-a)" * (n // 20),
    ],
)
def test_long_lines_parse_in_linear_time(line: Callable[[int], str]) -> None:
    def read(text: str) -> object:
        mdhtml.rewrite([text, '<div class="csl-bib-body">', text, "</div>"])
        mdhtml.arxiv_key(text)
        return read_links(
            "# t\n\n" + text + "\n\n## Citations\n\n```bibtex\n@misc{a, title={T}}\n```\n"
        )

    assert_linear(read, line)


def test_an_html_page_stays_the_html_readers() -> None:
    page = (
        "<!DOCTYPE html>\n<html><head><title>Tides</title></head><body>\n"
        + "\n".join(line for line in HUGO.splitlines() if line.startswith("<"))
        + '\n<p>Mills (<a href="#ref-brandt2003">Brandt 2003</a>) and'
        ' <a href="https://example.org/mills">more</a>.</p>\n</body></html>\n'
    )
    assert mdhtml.rewrite(page.splitlines()).lines == page.splitlines()
    assert choose("tides.html", page).reader.name == "html"


# a Bibliography heading with two entries in one fence, a \url in howpublished, and a
# numeric citeproc-el style in the same README ("[<a href=...>1</a>]")
FENCED_ONE_BLOCK = """\
# dunes

Wind ripples grow as in [Sand Waves](https://example.edu/sandwaves) and
[<a href="#citeproc_bib_item_9">9</a>] says nothing of it.

## Bibliography

```bibtex
@misc{okoro2015,
  author       = {Okoro, Ngozi},
  title        = {Sand Waves},
  year         = {2015},
  howpublished = {\\url{https://example.edu/sandwaves}}
}
@book{pell1999,
  author    = {Pell, Arthur},
  title     = {Deserts in Motion},
  publisher = {Dune Press},
  year      = {1999}
}
```
"""


def test_fenced_block_with_several_entries() -> None:
    assert choose("README.md", FENCED_ONE_BLOCK).reader.name == "markdown-links"
    doc = read_links(FENCED_ONE_BLOCK)
    assert [n.line for n in doc.literature] == [9, 15]
    refs = [n.reference for n in doc.literature if n.reference]
    assert [(r.title, r.year) for r in refs] == [("Sand Waves", 2015), ("Deserts in Motion", 1999)]
    assert [(m.label, m.line) for m in doc.markers] == [("1", 3)]


def test_numeric_citeproc_anchor_is_the_number() -> None:
    lines = [
        'Ripples [<a href="#citeproc_bib_item_2">2</a>].',
        '<div class="csl-bib-body">',
        '<div class="csl-entry"><a id="citeproc_bib_item_1"></a>A, B. 2001. One.</div>',
        '<div class="csl-entry"><a id="citeproc_bib_item_2"></a>C, D. 2002. Two.</div>',
        "</div>",
    ]
    out = mdhtml.rewrite(lines).lines
    assert out[0] == "Ripples [[2]]."
    assert out[1:4] == ["## References", "[1] A, B. 2001. One.", "[2] C, D. 2002. Two."]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"eprint": "2001.00002", "archiveprefix": "arXiv"}, "arxiv.org/abs/2001.00002"),
        ({"eprint": "arXiv:2001.00002v3"}, "arxiv.org/abs/2001.00002"),
        ({"journal": "ArXiv", "volume": "abs/2104.09864"}, "arxiv.org/abs/2104.09864"),
        ({"journal": "CoRR", "volume": "abs/1907.01470"}, "arxiv.org/abs/1907.01470"),
        ({"url": "https://arxiv.org/pdf/1905.00004v2.pdf"}, "arxiv.org/abs/1905.00004"),
        ({"howpublished": "\\url{https://example.edu/w}"}, "example.edu/w"),
        ({"doi": "10.5555/x.1"}, "doi.org/10.5555/x.1"),
        ({"journal": "Nature", "volume": "abs/2104.09864"}, None),
    ],
)
def test_entry_addresses(fields: dict[str, str], expected: str | None) -> None:
    record = BibRecord("misc", "k", fields, (), {}, "", 1, 1)
    keys = mdhtml.entry_keys(record)
    if expected is None:
        assert keys == []
    else:
        assert any(expected in key for key in keys), keys


# Pandoc's default (link-citations off): the citation is a span naming its keys
PANDOC_SPANS = """\
---
title: Wetlands
---

Reed beds filter runoff <span class="citation" data-cites="okeke2015">(Okeke 2015)</span>,
as do ponds <span class="citation" data-cites="okeke2015 rask2020">(Okeke 2015; Rask 2020)</span>.
An unknown key stays as written <span class="citation" data-cites="nobody1999">(Nobody 1999)</span>.
A label style names no author: <span class="citation" data-cites="rask2020">[Ras20]</span>.

## References

<div id="refs" class="references csl-bib-body hanging-indent">
<div id="ref-okeke2015" class="csl-entry">
Okeke, Ada. 2015. <em>Reed Beds</em>. Accra: Marsh Press.
</div>
<div id="ref-rask2020" class="csl-entry">
Rask, Jens. 2020. <span>“Ponds and Runoff.”</span> <em>Water Notes</em> 3: 1–8.
</div>
</div>
"""


def test_pandoc_citation_spans_without_links() -> None:
    doc = read_links(PANDOC_SPANS)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 5), ("1", 6), ("2", 6), ("2", 8)]
    assert [n.reference.year for n in doc.literature if n.reference] == [2015, 2020]
