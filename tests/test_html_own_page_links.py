"""A journal page's citation links written with the page's own address before the fragment
(``href="/articles/x#ref-CR2"`` on page x) are in-page citations of the reference list; the
page's furniture (its own DOI and its figures', its licence, its statements' links, the
publisher's buttons after the list) is no candidate citation; the links that match no entry
are named.  Fixtures written for these tests."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.htmlfurniture import furniture_links
from bibcheck.readers.htmlself import own_fragment_links

_TARGETS = '<ol><li><p id="ref-CR1">One.</p></li><li><p id="bib2">Two.</p></li></ol>'


@pytest.mark.parametrize(
    ("head", "path", "hrefs", "want"),
    [
        pytest.param(
            '<link rel="canonical" href="https://journal.example.org/articles/abc-123">',
            "",
            ["/articles/abc-123#ref-CR1"],
            ["#ref-CR1"],
            id="site-relative-path-of-the-canonical-address",
        ),
        pytest.param(
            '<link rel="canonical" href="https://www.journal.example.org/doi/10.1000/xy.5/">',
            "",
            ["https://journal.example.org/doi/10.1000%2Fxy.5#bib2"],
            ["#bib2"],
            id="full-address-quoted-without-www-and-slash",
        ),
        pytest.param(
            '<meta property="og:url" content="https://press.example.net/read/77">',
            "",
            ["77#bib2"],
            ["#bib2"],
            id="og-url-and-a-relative-name",
        ),
        pytest.param(
            "",
            "/saved/Article%20page.html",
            ["Article%20page.html#ref-CR1", "other.html#ref-CR1"],
            ["#ref-CR1", "other.html#ref-CR1"],
            id="saved-page-by-its-file-name",
        ),
        pytest.param(
            "",
            "",
            ["/papers/p9#ref-CR1", "/papers/p9#bib2"],
            ["#ref-CR1", "#bib2"],
            id="no-address-one-path-used-for-page-fragments",
        ),
        pytest.param(
            "",
            "",
            ["/papers/p9#ref-CR1"],
            ["/papers/p9#ref-CR1"],
            id="no-address-one-link-is-no-evidence",
        ),
        pytest.param(
            "",
            "",
            ["/papers/p9#ref-CR1", "/papers/p9#bib2", "/papers/p9#sec4"],
            ["/papers/p9#ref-CR1", "/papers/p9#bib2", "/papers/p9#sec4"],
            id="no-address-path-also-names-what-the-page-lacks",
        ),
        pytest.param(
            '<link rel="canonical" href="https://journal.example.org/articles/abc-123">',
            "",
            ["/articles/abc-999#ref-CR1", "/articles/abc-123?page=2#bib2"],
            ["/articles/abc-999#ref-CR1", "/articles/abc-123?page=2#bib2"],
            id="another-page-of-the-site",
        ),
        pytest.param(
            '<link rel="canonical" href="https://journal.example.org/articles/abc-123">',
            "",
            ["/articles/abc-123#missing"],
            ["/articles/abc-123#missing"],
            id="fragment-names-nothing-on-the-page",
        ),
    ],
)
def test_links_to_this_page_become_fragments(
    head: str, path: str, hrefs: list[str], want: list[str]
) -> None:
    links = "".join(f'<a href="{h}">x</a> ' for h in hrefs)
    soup = BeautifulSoup(
        f"<html><head>{head}</head><body><p>{links}</p>{_TARGETS}</body></html>", "html.parser"
    )
    own_fragment_links(soup, path)
    assert [a["href"] for a in soup.find("p").find_all("a")] == want


_STATEMENTS = """<html><head><meta name="citation_doi" content="10.5555/jbio.2023.0417">
</head><body>
<p id="doi"><a href="https://doi.org/10.5555/jbio.2023.0417">doi</a></p>
<p id="fig"><a href="https://doi.org/10.5555/jbio.2023.0417.g002">figure</a></p>
<p id="other"><a href="https://doi.org/10.5555/jbio.2023.04171">another article</a></p>
<p id="cc">Under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>.</p>
<p id="data"><b>Data availability:</b> in <a href="https://doi.org/10.9999/zen.1">Zenodo</a>.</p>
<p id="fund"><strong>Funding </strong><a href="https://funder.example.org/">a council</a></p>
<h3>Code availability</h3><p id="code"><a href="https://git.example.com/c">code</a></p>
<h3>Results</h3><p id="prose">As <a href="https://data.example.org/s">a survey</a> shows.</p>
<p id="dl"><a href="https://cite.example.com/refs?f=ris">Download references</a></p>
<p id="perm"><a href="https://rights.example.com/x">Reprints &amp; permissions</a></p>
<div class="c-author"><h4>Search for this author in:</h4>
<ul><li id="pm"><a href="https://lit.example.gov/entrez/query.fcgi?cmd=search&amp;term=%22Ola%22">
PubMed</a></li></ul></div>
<p id="gs"><a href="https://scholar.example.com/scholar?as_sauthors=%22Ola+Berg%22">Ola Berg</a></p>
<p id="au"><a href="https://lit.example.gov/?term=Berg+O%5BAuthor%5D">articles by Berg</a></p>
<p id="q"><a href="https://lit.example.gov/?term=dune+migration">a search for dune migration</a></p>
<h3>Author information</h3><p id="info"><a href="https://uni.example.edu/geo">Geosciences</a></p>
</body></html>"""


@pytest.mark.parametrize(
    ("block", "furniture"),
    [
        pytest.param("doi", True, id="the-article-s-own-doi"),
        pytest.param("fig", True, id="the-doi-of-its-figure"),
        pytest.param("other", False, id="a-doi-that-only-begins-alike"),
        pytest.param("cc", True, id="its-licence"),
        pytest.param("data", True, id="data-availability-statement"),
        pytest.param("fund", True, id="funding-statement"),
        pytest.param("code", True, id="section-under-code-availability"),
        pytest.param("prose", False, id="a-link-of-the-text"),
        pytest.param("dl", True, id="download-references-button"),
        pytest.param("perm", True, id="reprints-and-permissions"),
        pytest.param("pm", True, id="under-search-for-this-author"),
        pytest.param("gs", True, id="a-scholar-search-for-an-author"),
        pytest.param("au", True, id="a-database-search-by-author-field"),
        pytest.param("q", False, id="a-search-for-a-subject"),
        pytest.param("info", True, id="section-under-author-information"),
    ],
)
def test_furniture_links(block: str, furniture: bool) -> None:
    soup = BeautifulSoup(_STATEMENTS, "html.parser")
    found = furniture_links(soup)
    link = soup.find(id=block).find("a")
    assert (id(link) in found) is furniture


_ARTICLE = """<!DOCTYPE html><html><head><title>Kelp forests | Example Journal</title>
<link rel="canonical" href="https://www.journal.example.org/articles/ej-2024-881">
<meta name="citation_doi" content="10.5555/ej-2024-881"></head><body><article>
<h1>Kelp forests recover after urchin culls</h1>
<p>Urchin barrens spread along the coast<sup><a data-test="citation-ref"
href="/articles/ej-2024-881#ref-CR1">1</a>,<a data-test="citation-ref"
href="/articles/ej-2024-881#ref-CR2">2</a></sup>, and culls were tried<sup><a
href="/articles/ej-2024-881#ref-CR3">3</a></sup>. {extra}</p>
<p>Under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>
<h2 id="references">References</h2><ol>
<li data-counter="1."><p id="ref-CR1">Ling, S. D. et al. Global regime shift dynamics of
catastrophic sea urchin overgrazing. <i>Phil. Trans. R. Soc. B</i> <b>370</b>, 20130269
(2015).</p></li>
<li data-counter="2."><p id="ref-CR2">Filbee-Dexter, K. &amp; Scheibling, R. E. Sea urchin
barrens as alternative stable states of collapsed kelp ecosystems. <i>Mar. Ecol. Prog.
Ser.</i> <b>495</b>, 1–25 (2014).</p></li>
<li data-counter="3."><p id="ref-CR3">Tracey, S. R. et al. Systematic culling controls a
climate driven, habitat modifying invader. <i>Biol. Invasions</i> <b>17</b>, 1885–1896
(2015).</p></li></ol>
<p><a href="https://cite.example.com/v2/references/ej-2024-881?format=refman">Download
references</a></p>
<h2>Rights and permissions</h2><p><a href="https://rights.example.com/go?t=Kelp">Reprints
and permissions</a></p>
</article></body></html>"""


def test_citation_links_with_the_page_path_cite_the_list() -> None:
    doc = parse_bytes(_ARTICLE.format(extra="").encode(), "kelp.html")
    cited = [f.literature.number for f in doc.footnotes if f.literature is not None]
    assert cited == [1, 2, 3]
    assert [len(f.markers) for f in doc.footnotes] == [1, 1, 1]
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.LINK_NOT_CITED not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes


def test_links_matching_no_entry_are_named() -> None:
    extra = (
        'See <a href="https://a.example.com/one">a</a>, <a href="https://b.example.com/two">'
        'b</a>, <a href="https://c.example.com/3">c</a> and <a href="https://d.example.com/4">'
        "d</a>."
    )
    doc = parse_bytes(_ARTICLE.format(extra=extra).encode(), "kelp.html")
    gaps = [a.message for a in doc.all_anomalies() if a.code is AnomalyCode.LINK_NOT_CITED]
    assert len(gaps) == 1
    assert gaps[0].startswith("4 link(s)")
    assert "https://a.example.com/one" in gaps[0] and "https://c.example.com/3" in gaps[0]
    assert "https://d.example.com/4" not in gaps[0] and "and 1 more" in gaps[0]


_DUPLICATE = """<html><body><article><h1>Moss on roofs</h1>
<p>Mosses hold water [<a href="#r1">1</a>] and cool roofs [<a href="#r2">2</a>]; the
same was found later [<a href="#r3">3</a>].</p>
<h2>References</h2><ol>
<li id="r1">Anderson KT, Mehta P. Water retention of roof mosses. J Bryol. 2019;41(2):101–110.
https://doi.org/10.5555/jb.2019.041</li>
<li id="r2">Osei K. Roof temperature under moss mats. Build Environ. 2020;170:106600.</li>
<li id="r3">Anderson KT, Mehta P. Water retention of roof mosses. Journal of Bryology.
2019;41(2):101–110. https://doi.org/10.5555/jb.2019.041</li>
</ol></article></body></html>"""


def test_a_cited_duplicate_entry_is_not_uncited() -> None:
    doc = parse_bytes(_DUPLICATE.encode(), "moss.html")
    cited = [f.literature.number for f in doc.footnotes if f.literature is not None]
    assert cited == [1, 2, 3]
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_UNCITED]
