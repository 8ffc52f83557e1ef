"""Kinds of works in lists pybtex formats (sphinxcontrib-bibtex / Jupyter Book, ``plain``
style), read from the style's punctuation.  Entries written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references.pybtex import pybtex_kind


@pytest.mark.parametrize(
    ("marked", "kind"),
    [
        pytest.param("Ann Bell. *Mills of the Coast*. Dale, Leeds, 3 edition, 1991.",
                     RefKind.BOOK, id="book-edition"),
        pytest.param("Ann Bell. *Mills of the Coast*. Dale, 1991.", RefKind.BOOK, id="book"),
        pytest.param("Ian Cole and Mary Dunn. Tidal ponds. *Coastal Studies*, 12(3):44–60, 2004.",
                     RefKind.ARTICLE, id="article"),
        pytest.param("Ian Cole. Ponds. *Journal of Tides*, 598:126233, March 2021.",
                     RefKind.ARTICLE, id="article-number"),
        pytest.param("Ian Cole. Sluices. In Ann Bell and Tom Kay, editors, *Handbook of Mills*, "
                     "chapter 4, pages 30–41. Dale, Leeds, 2020.", RefKind.CHAPTER, id="chapter"),
        pytest.param("Ian Cole. Sluices. In *Proceedings of the Mill Congress*, pages 3–9. "
                     "Dale, 2020.", RefKind.CHAPTER, id="proceedings"),
        pytest.param("Water Board. Pond levels. Technical Report WB 118, Water Board, Hull, 2022.",
                     RefKind.REPORT, id="report"),
        pytest.param("Ann Bell. *Mills*. PhD thesis, University of Leeds, 1991.", None,
                     id="thesis-not-a-book"),
        pytest.param("Ann Bell, Mills of the Coast (Leeds: Dale, 1991), 4.", None, id="chicago"),
    ],
)  # fmt: skip
def test_pybtex_kind(marked: str, kind: RefKind | None) -> None:
    assert pybtex_kind(marked) is kind


PAGE = """<!DOCTYPE html>
<html><body><main><section id="mills"><h1>Mills</h1>
<p>Mills <span id="id1">(<a class="reference internal" href="#id5">Bell, 1991</a>)</span>
and ponds <span id="id2">(<a class="reference internal" href="#id6">Water Board, 2022</a>)</span>.</p>
<section id="references"><h2>References</h2>
<div role="list" class="citation-list">
<div class="citation" id="id5" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></span>
<p>Ann Bell. <em>Mills of the Coast</em>. Dale, Leeds, 3 edition, 1991.</p>
</div>
<div class="citation" id="id6" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span>2<span class="fn-bracket">]</span></span>
<p>Water Board. Pond levels. Technical Report WB 118, Water Board, Hull, 2022. URL: <a class="reference external" href="https://example.org/ponds">https://example.org/ponds</a>.</p>
</div>
</div>
</section></section></main></body></html>
"""


def test_sphinx_entries_get_pybtex_kinds() -> None:
    doc = parse_bytes(PAGE.encode(), "page.html")
    assert [e.reference.kind for e in doc.literature] == [RefKind.BOOK, RefKind.REPORT]
