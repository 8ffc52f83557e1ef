"""HTML as publishing toolchains write it: Sphinx and Jupyter Book (docutils citations and
footnotes, sphinxcontrib-bibtex author-year links into ``div.citation`` entries, intersphinx
API links), Quarto (the bibliography in ``#quarto-appendix``), Pandoc ``--citeproc`` (a
citation inside an end-of-document note) and WordPress Modern Footnotes (ordinal
superscripts inside a note).  Pages written for these tests in those tools' markup."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

HEAD = '<!DOCTYPE html>\n<html lang="en"><head><title>T</title></head><body><main>\n'
END = "</main></body></html>\n"

# sphinxcontrib-bibtex 2.x, author_year style, under a "References" heading
JUPYTER_BOOK = (
    HEAD
    + """<section id="tides"><h1>Tides</h1>
<p>Mills need a tidal range <span id="id1">(<a class="reference internal" href="#id9" title="Ann Bell. Mills. Dale, Leeds, 1991.">Bell, 1991</a>)</span>.</p>
<p>The pond fills twice a day <span id="id2">(<a class="reference internal" href="#id9" title="t">Bell, 1991</a>; <a class="reference internal" href="#id8" title="t">Cole and Dunn, 2004</a>)</span>.</p>
<p><span id="id3">Cole and Dunn [<a class="reference internal" href="#id8" title="t">2004</a>]</span> measured it with <a class="reference external" href="https://numpy.org/doc/stable/reference/generated/numpy.polyfit.html#numpy.polyfit" title="(in NumPy v1.26)"><code class="xref py py-func docutils literal notranslate"><span class="pre">numpy.polyfit()</span></code></a>.</p>
<section id="references"><h2>References</h2>
<div class="docutils container" id="id7">
<div role="list" class="citation-list">
<div class="citation" id="id9" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></span>
<p>Ann Bell. <em>Mills of the Coast</em>. Dale, Leeds, 1991.</p>
</div>
<div class="citation" id="id8" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span>2<span class="fn-bracket">]</span></span>
<p>Ian Cole and Mary Dunn. Tidal ponds. <em>Coastal Studies</em>, 12(3):44–60, 2004.</p>
</div>
</div>
</div>
</section></section>
"""
    + END
)

# the same list with no heading: the entries known by their role
NO_HEADING = JUPYTER_BOOK.replace("<h2>References</h2>", "")

# docutils (Sphinx) for reStructuredText citations ``[BELL1991]_`` and footnotes ``[1]_``
DOCUTILS = (
    HEAD
    + """<section id="mills"><h1>Mills</h1>
<p>Mills need a tidal range <a class="reference internal citation" href="#bell1991" id="id1" role="doc-biblioref">[BELL1991]</a>.
The pond fills twice a day<a class="footnote-reference brackets" href="#f1" id="id2" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a>.</p>
<aside class="footnote-list brackets">
<aside class="footnote brackets" id="f1" role="doc-footnote">
<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id2">1</a><span class="fn-bracket">]</span></span>
<p>Ian Cole, <em>Tidal Ponds</em> (Hull: Marsh, 2004), 12.</p>
</aside>
</aside>
<div role="list" class="citation-list">
<div class="citation" id="bell1991" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">BELL1991</a><span class="fn-bracket">]</span></span>
<p>Bell, Ann. <em>Mills of the Coast</em>. Leeds: Dale, 1991.</p>
</div>
</div>
</section>
"""
    + END
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        pytest.param(JUPYTER_BOOK, [("1", [4, 5]), ("2", [5, 6])], id="jupyter-book"),
        pytest.param(NO_HEADING, [("1", [4, 5]), ("2", [5, 6])], id="no-heading"),
        pytest.param(DOCUTILS, [("BELL1991", [4]), ("1", [5])], id="docutils"),
    ],
)
def test_sphinx_citations(page: str, want: list[tuple[str, list[int]]]) -> None:
    doc = parse_bytes(page.encode(), "page.html")
    got = [(f.label, sorted({m.line for m in f.markers})) for f in doc.footnotes]
    assert sorted(got) == sorted(want)
    assert not [f.label for f in doc.footnotes if f.label.startswith("L")]  # (intersphinx)


def test_sphinx_author_year_text_kept() -> None:
    doc = parse_bytes(JUPYTER_BOOK.encode(), "page.html")
    claims = [m.claim.text for f in doc.footnotes for m in f.markers if m.claim and m.line == 6]
    assert claims == ["Cole and Dunn [2004"]  # the year stays in the sentence


# Quarto 1.4: the bibliography and the notes in "#quarto-appendix"
QUARTO = (
    HEAD
    + """<p>Wages rose <span class="citation" data-cites="bell1991">(<a href="#ref-bell1991" role="doc-biblioref">Bell 1991</a>)</span>.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" role="doc-bibliography" id="quarto-bibliography"><h2 class="anchored quarto-appendix-heading">Referencias</h2><div id="refs" class="references csl-bib-body hanging-indent" data-entry-spacing="0" role="list">
<div id="ref-bell1991" class="csl-entry" role="listitem">
Bell, A. (1991). <em>Mills of the coast</em>. Dale.
</div>
<div id="ref-cole2004" class="csl-entry" role="listitem">
Cole, I. (2004). Tidal ponds. <em>Coastal Studies</em>, <em>12</em>(3), 44–60.
</div>
</div></section><section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><h2 class="anchored quarto-appendix-heading">Notas</h2>
<ol>
<li id="fn1"><p>See also <span class="citation" data-cites="cole2004">Cole (<a href="#ref-cole2004" role="doc-biblioref">2004</a>)</span> on <a href="https://example.org/ponds">ponds</a>.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol>
</section><section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Cómo citar</h2><div id="ref-self2024" class="csl-entry quarto-appendix-citeas" role="listitem">
Pérez, M. (2024). <em>Salarios</em>.
</div></section></div>
"""
    + END
)

# Pandoc 3 --citeproc standalone: a citation in an end-of-document note, wrapped at 72 columns
PANDOC = (
    HEAD
    + """<p>Mutation is common <span class="citation"
data-cites="bell1991">(<a href="#ref-bell1991" role="doc-biblioref">Bell
1991</a>)</span>.<a href="#fn1" class="footnote-ref" id="fnref1"
role="doc-noteref"><sup>1</sup></a></p>
<h1 class="unnumbered" id="references">References</h1>
<div id="refs" class="references csl-bib-body hanging-indent"
role="list">
<div id="ref-bell1991" class="csl-entry" role="listitem">
Bell, Ann. 1991. <em>Mills of the Coast</em>. Leeds: Dale.
</div>
<div id="ref-cole2004" class="csl-entry" role="listitem">
Cole, Ian. 2004. <span>“Tidal Ponds.”</span> <em>Coastal Studies</em> 12
(3): 44–60.
</div>
</div>
<section id="footnotes" class="footnotes footnotes-end-of-document"
role="doc-endnotes">
<hr />
<ol>
<li id="fn1"><p>On ponds see also <span class="citation"
data-cites="cole2004"><a href="#ref-cole2004"
role="doc-biblioref">Cole</a> (<a href="#ref-cole2004"
role="doc-biblioref">2004</a>)</span>.<a href="#fnref1"
class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol>
</section>
"""
    + END
)


@pytest.mark.parametrize(
    ("page", "lines"),
    [pytest.param(QUARTO, {"cole2004": [13]}, id="quarto"),
     pytest.param(PANDOC, {"cole2004": [22]}, id="pandoc")],
)  # fmt: skip
def test_citation_in_end_note(page: str, lines: dict[str, list[int]]) -> None:
    doc = parse_bytes(page.encode(), "page.html")
    got = {f.label: sorted({m.line for m in f.markers}) for f in doc.footnotes}
    for key, want in lines.items():
        assert got.get(key) == want
    assert not [f.label for f in doc.footnotes if f.label.startswith("L")]  # (a note's link)


def test_quarto_appendix_bibliography() -> None:
    doc = parse_bytes(QUARTO.encode(), "page.html")
    assert [e.reference.authors[0].split(",")[0] for e in doc.literature] == ["Bell", "Cole"]
    assert "no-literature-list" not in {a.code.value for a in doc.all_anomalies()}


# Modern Footnotes: ordinal and honorific superscripts in the note are its text
MFN = (
    '<sup class="modern-footnotes-footnote " data-mfn="{n}"><a href="javascript:void(0)" '
    'role="button">{n}</a></sup><span id="mfn-content-{n}" role="tooltip" '
    'class="modern-footnotes-footnote__note" tabindex="0" data-mfn="{n}">{text}</span>'
)
ORDINALS = (
    HEAD
    + "<p>La peste arrive"
    + MFN.format(n=1, text="Jean Roux, <em>La peste au XVII<sup>e</sup> siècle</em>, Paris, Vrin, 1990.")
    + " et repart"
    + MFN.format(n=2, text="M<sup>me</sup> Adèle Vidal, <em>Lettres</em>, Lyon, 1er éd., 1801, 1<sup>er</sup> vol.")
    + " enfin"
    + MFN.format(n=3, text="Ann Bell, <em>The 2<sup>nd</sup> Plague</em>, Leeds, Dale, 1991.")
    + ".</p>\n"
    + END
)  # fmt: skip


def test_ordinal_superscripts_in_inline_notes() -> None:
    doc = parse_bytes(ORDINALS.encode(), "page.html")
    assert [f.label for f in doc.footnotes] == ["1", "2", "3"]
    assert [len(f.markers) for f in doc.footnotes] == [1, 1, 1]
    assert "XVIIe siècle" in (doc.footnotes[0].reference.raw if doc.footnotes[0].reference else "")
