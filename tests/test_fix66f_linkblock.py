"""A publisher's link block under each reference (fix66f).

Publisher article pages set, inside each reference list entry, an element of look-up
buttons (``Crossref | PubMed | PMC``, ``Google Scholar``, ``Web of Science®``, ``View in
Scopus``).  That element is no block of the entry (the entry is still the list's leaf, its
text read whole) and its words are no part of the reference; a DOI it links to is kept only
when the entry's text names none.  The pages below are made up, in the shapes JAMA-like,
PLOS-like, Oxford-Academic-like, Cambridge-Core-like and Frontiers-like pages print.
"""

from __future__ import annotations

import re

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument

_PAGE = """<!doctype html><html><head><title>Test article</title></head><body><main>
<h1>Walking and sleep in older adults</h1>
<p>Walking improves sleep.<sup><a href="#{a}">1</a></sup> So does light.<sup><a href="#{b}">2</a></sup></p>
{refs}
</main></body></html>"""

# (an AMA entry on a JAMA-like page: a div per entry, the link row a div inside it)
_DIV_REF = (
    '<section id="references"><h2>References</h2>'
    '<div class="ref" id="r1"><span class="ref-num">1.</span> Okafor CN, Lindgren P, Sato H. '
    "Daily step counts and sleep quality in older adults. <cite>J Sleep Res</cite>. "
    "2019;28(3):e12788. doi:10.5555/jsr.2019.12788\n"
    '<div class="ref-links"><a href="https://doi.org/10.5555/jsr.2019.12788">Crossref</a> | '
    '<a href="https://pubmed.ncbi.nlm.nih.gov/30000001/">PubMed</a> | '
    '<a href="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6000001/">PMC</a></div></div>\n'
    '<div class="ref" id="r2"><span class="ref-num">2.</span> Berger M, Dumont A. '
    "Evening light exposure and sleep onset: a randomized trial. <cite>Sleep Med</cite>. "
    "2021;80:112-119. doi:10.5555/sm.2021.02.011\n"
    '<div class="ref-links"><a href="https://doi.org/10.5555/sm.2021.02.011">Crossref</a> | '
    '<a href="https://pubmed.ncbi.nlm.nih.gov/30000002/">PubMed</a></div></div>'
    "</section>"
)
# (PLOS-like: list items, the buttons a list of their own inside each)
_PLOS = (
    '<h2>References</h2><ol class="references">'
    '<li id="r1"><span class="label">1.</span> Okafor CN, Lindgren P, Sato H. Daily step '
    "counts and sleep quality in older adults. J Sleep Res. 2019;28(3):e12788. "
    '<ul class="reflinks"><li><a href="https://doi.org/10.5555/jsr.2019.12788">View Article</a>'
    '</li><li><a href="https://www.ncbi.nlm.nih.gov/pubmed/30000001">PubMed/NCBI</a></li>'
    '<li><a href="https://scholar.google.com/scholar?q=x">Google Scholar</a></li></ul></li>'
    '<li id="r2"><span class="label">2.</span> Berger M, Dumont A. Evening light exposure and '
    "sleep onset: a randomized trial. Sleep Med. 2021;80:112-119. "
    '<ul class="reflinks"><li><a href="https://doi.org/10.5555/sm.2021.02.011">View Article</a>'
    '</li><li><a href="https://scholar.google.com/scholar?q=y">Google Scholar</a></li></ul></li>'
    "</ol>"
)
# (Oxford-Academic-like: a div per entry, the citation and the buttons divs inside it, no
# separators between the buttons)
_OXFORD = (
    '<h2>References</h2><div class="ref-list">'
    '<div class="js-splitview-ref-item" id="r1"><div class="mixed-citation">Okafor CN, '
    "Lindgren P, Sato H. Daily step counts and sleep quality in older adults. J Sleep Res. "
    "2019;28(3):e12788.</div>"
    '<div class="citation-links"><a href="https://scholar.google.com/scholar?q=x">Google '
    'Scholar</a><a href="https://doi.org/10.5555/jsr.2019.12788">Crossref</a>'
    '<a href="https://pubmed.ncbi.nlm.nih.gov/30000001/">PubMed</a></div></div>'
    '<div class="js-splitview-ref-item" id="r2"><div class="mixed-citation">Berger M, Dumont A. '
    "Evening light exposure and sleep onset: a randomized trial. Sleep Med. "
    "2021;80:112-119.</div>"
    '<div class="citation-links"><a href="https://scholar.google.com/scholar?q=y">Google '
    "Scholar</a></div></div></div>"
)
# (Cambridge-Core-like, a French-language journal's entries: the buttons' row separated by
# bars in spans)
_CAMBRIDGE_FR = (
    '<h2>Références</h2><div class="circle-list">'
    '<div class="circle-list__item" id="r1"><span class="circle-list__item__number">1.</span>'
    '<div class="circle-list__item__grouped__content">Okafor CN, Lindgren P, Sato H. Pas '
    "quotidiens et qualité du sommeil chez les personnes âgées. Rev Epidemiol Sante Publique. "
    "2019;67(2):101-108.</div>"
    '<div class="circle-list__item__links"><a href="https://doi.org/10.5555/resp.2019.101">'
    'CrossRef</a><span class="sep"> | </span><a href="https://scholar.google.com/scholar?q=x">'
    'Google Scholar</a><span class="sep"> | </span><a href="https://pubmed.ncbi.nlm.nih.gov/'
    '30000001/">PubMed</a></div></div>'
    '<div class="circle-list__item" id="r2"><span class="circle-list__item__number">2.</span>'
    '<div class="circle-list__item__grouped__content">Berger M, Dumont A. Lumière du soir et '
    "endormissement : un essai randomisé. Med Sommeil. 2021;18(1):12-19.</div>"
    '<div class="circle-list__item__links"><a href="https://scholar.google.com/scholar?q=y">'
    "Google Scholar</a></div></div></div>"
)
# (Frontiers-like: a div per entry, the citation and the buttons two paragraphs of it)
_FRONTIERS = (
    '<h2>References</h2><div class="References-list">'
    '<div class="References" id="r1"><p class="ReferencesCopy1">Okafor CN, Lindgren P, Sato H. '
    "Daily step counts and sleep quality in older adults. J Sleep Res. (2019) 28:e12788. "
    "doi: 10.5555/jsr.2019.12788</p>"
    '<p class="ReferencesCopy2"><a href="https://doi.org/10.5555/jsr.2019.12788">CrossRef Full '
    'Text</a> | <a href="https://scholar.google.com/scholar?q=x">Google Scholar</a></p></div>'
    '<div class="References" id="r2"><p class="ReferencesCopy1">Berger M, Dumont A. Evening '
    "light exposure and sleep onset: a randomized trial. Sleep Med. (2021) 80:112-9.</p>"
    '<p class="ReferencesCopy2"><a href="https://pubmed.ncbi.nlm.nih.gov/30000002/">PubMed '
    'Abstract</a> | <a href="https://scholar.google.com/scholar?q=y">Google Scholar</a></p>'
    "</div></div>"
)

# (a div per entry, its buttons a span: the page's own record of the work, a relative link,
# is no address of the work; the DOI link beside it is)
_OWN_RECORD = (
    '<h2>References</h2><div class="references">'
    '<div class="references__item" id="r1"><div class="references__note">Okafor CN, '
    "Lindgren P, Sato H. Daily step counts and sleep quality in older adults. J Sleep Res. "
    "2019;28(3):e12788.</div>"
    '<span class="references__suffix"><a href="/doi/10.5555/9999999.9999999">Digital Library'
    '</a><a href="https://doi.org/10.5555/jsr.2019.12788">Cross Ref</a>'
    '<a href="https://scholar.google.com/scholar?q=x">Google Scholar</a></span></div>'
    '<div class="references__item" id="r2"><div class="references__note">Berger M, Dumont A. '
    "Evening light exposure and sleep onset: a randomized trial. Sleep Med. "
    "2021;80:112-119.</div>"
    '<span class="references__suffix"><a href="https://scholar.google.com/scholar?q=y">Google '
    "Scholar</a></span></div></div>"
)

_CASES = {
    "jama-div": (_DIV_REF, "r1", "r2"),
    "plos-ul": (_PLOS, "r1", "r2"),
    "oxford-div": (_OXFORD, "r1", "r2"),
    "cambridge-fr": (_CAMBRIDGE_FR, "r1", "r2"),
    "frontiers-p": (_FRONTIERS, "r1", "r2"),
    "own-record-span": (_OWN_RECORD, "r1", "r2"),
}
_BUTTON_WORDS = ("Crossref", "CrossRef", "PubMed", "PMC", "Scholar", "Scopus", "Web of Science")


def _doc(name: str) -> ParsedDocument:
    refs, a, b = _CASES[name]
    page = _PAGE.format(a=a, b=b, refs=refs)
    return parse_bytes(page.encode(), f"{name}.html")


# (the own-record page's entries were read whole before: only its DOI is tested)
@pytest.mark.parametrize("name", sorted(set(_CASES) - {"own-record-span"}))
def test_entries_read_without_their_buttons(name: str) -> None:
    doc = _doc(name)
    entries = [e.reference for e in doc.literature]
    assert len(entries) == 2, [e.raw for e in entries]
    for ref in entries:
        # (the addresses kept, a DOI's and since fix68d a PubMed or PMC record's, name a
        # registry: the buttons' words are what must be gone)
        words = re.sub(r"<https?://[^>]*>", "", ref.raw)
        assert not any(word in words for word in _BUTTON_WORDS), ref.raw
        assert "|" not in ref.raw, ref.raw
    first, second = entries
    assert [a.split()[0] for a in first.authors] == ["Okafor", "Lindgren", "Sato"]
    assert first.year == 2019
    assert first.title is not None and first.title.startswith(("Daily step", "Pas quotidiens"))
    assert [a.split()[0] for a in second.authors] == ["Berger", "Dumont"]
    assert second.year == 2021


@pytest.mark.parametrize(
    ("name", "doi"),
    [
        # (only the button's link names it: kept)
        ("oxford-div", "10.5555/jsr.2019.12788"),
        ("cambridge-fr", "10.5555/resp.2019.101"),
        ("own-record-span", "10.5555/jsr.2019.12788"),
    ],
)
def test_doi_of_the_block_kept_once(name: str, doi: str) -> None:
    first = _doc(name).literature[0].reference
    assert first.doi is not None and first.doi.lower() == doi
    assert first.raw.lower().count(doi) == 1, first.raw
