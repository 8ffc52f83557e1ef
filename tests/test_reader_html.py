"""HTML reader: a web article written for the tests (tests/fixtures/article.html)
and snippets in Wikipedia's, Word's and plain markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ClaimKind, ParsedDocument, RefKind
from bibcheck.readers import reader_for

FIXTURE = Path(__file__).parent / "fixtures" / "article.html"


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_file(FIXTURE)


def fn(doc: ParsedDocument, label: str):
    return next(f for f in doc.footnotes if f.label == label)


def codes(doc: ParsedDocument) -> list[C]:
    return [a.code for a in doc.all_anomalies()]


def test_counts(doc: ParsedDocument) -> None:
    assert (doc.reader, doc.title) == ("html", "Ports and Trade in Central Asia")
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert len(doc.literature) == 4
    assert not doc.stray_markers  # the link in <nav> is not a marker


def test_markers_lines_and_claims(doc: ParsedDocument) -> None:
    first = fn(doc, "1").markers[0]
    assert (first.line, first.column) == (11, 62)
    assert first.claim.text == "Freight volumes through the dry port rose sharply in 2022."
    quote = fn(doc, "2").markers[0].claim
    assert (quote.kind, quote.text) == (
        ClaimKind.QUOTE,
        "the busiest year in the history of the port",
    )
    assert fn(doc, "5").markers[0].claim.text == "New customs rules were adopted in March."
    assert fn(doc, "1").line == 30  # the note's own line in the file


def test_note_fields(doc: ParsedDocument) -> None:
    two = fn(doc, "2").reference
    assert (two.style, two.authors, two.title, two.year, two.place, two.publisher) == (
        "harvard",
        ("Lee, K.",),
        "Dry ports of the steppe",
        2018,
        "London",
        "Routledge",
    )
    three = fn(doc, "3").reference
    assert (
        three.style,
        three.kind,
        three.authors,
        three.title,
        three.host,
        three.pages,
        three.year,
    ) == (
        "ieee",
        RefKind.ARTICLE,
        ("J. Brown", "A. B. Green"),
        "Rail corridors in Eurasia",
        "IEEE Trans. Transp.",
        "100–112",
        2021,
    )
    four = fn(doc, "4").reference
    assert (four.url, four.doi) == ("https://doi.org/10.1234/JT.2020.3", "10.1234/jt.2020.3")
    assert "↩" not in four.raw  # back links are dropped


def test_link_text_differs_and_ibid(doc: ParsedDocument) -> None:
    assert C.URL_LINK_TEXT_DIFFERS in {a.code for a in fn(doc, "4").reference.anomalies}
    ibid = fn(doc, "6").reference
    assert (ibid.raw, ibid.title, ibid.pages) == ("Ibid., 45.", "Customs news", "45")


def test_literature_and_linking(doc: ParsedDocument) -> None:
    lit = {e.number: e.reference for e in doc.literature}
    assert lit[4].url == "https://port.example.org/report-2022"
    assert lit[4].title == "Annual report 2022"  # the link text stays in the title area
    linked = {f.label: f.literature.number if f.literature else None for f in doc.footnotes}
    assert linked["1"] == 4 and linked["2"] == 2 and linked["3"] == 3 and linked["4"] == 1
    found = codes(doc)
    assert C.DEFINITION_WITHOUT_MARKER in found  # note 7
    assert found.count(C.LITERATURE_MISSING) == 2  # note 5 and the uncited note 7


WIKIPEDIA = """<html><body><div class="mw-parser-output">
<p>The bridge opened in 1890.<sup id="cite_ref-a_1-0" class="reference"><a href="#cite_note-a-1">[1]</a></sup>
It is 2.5 km long.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>
Trains still cross it.<sup id="cite_ref-a_1-1" class="reference"><a href="#cite_note-a-1">[1]</a></sup></p>
<h2><span class="mw-headline" id="References">References</span></h2>
<div class="reflist"><ol class="references">
<li id="cite_note-a-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-a_1-0"><sup>a</sup></a> <a href="#cite_ref-a_1-1"><sup>b</sup></a></span> <span class="reference-text">Smith, John. <i>The Forth Bridge</i>. Edinburgh: Birlinn, 2015.</span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text"><a class="external text" href="https://example.org/bridge">"Bridge facts"</a>. Network Rail. 2019.</span></li>
</ol></div>
<h2>Bibliography</h2>
<ul><li>Smith, John. <i>The Forth Bridge</i>. Edinburgh: Birlinn, 2015.</li></ul>
</div></body></html>"""


def test_wikipedia_markup() -> None:
    doc = parse_bytes(WIKIPEDIA.encode(), "wiki.html")
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert len(fn(doc, "1").markers) == 2  # a named reference used twice
    one = fn(doc, "1").reference
    assert (one.style, one.title, one.publisher, one.year) == (
        "chicago",
        "The Forth Bridge",
        "Birlinn",
        2015,
    )
    assert not one.raw.startswith("^")
    two = fn(doc, "2").reference
    assert (two.url, two.title) == ("https://example.org/bridge", "Bridge facts")
    assert len(doc.literature) == 1 and fn(doc, "1").literature is not None


WORD_HTML = """<html><body>
<p>Exports doubled<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>.</p>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> Ministry of Trade. Annual report. 2023. https://trade.example.org/report</p>
</div></div></body></html>"""


def test_word_html_export() -> None:
    doc = parse_bytes(WORD_HTML.encode(), "word.htm")
    assert [f.label for f in doc.footnotes] == ["1"]
    ref = fn(doc, "1").reference
    assert ref.url == "https://trade.example.org/report"
    assert not ref.raw.startswith("[1]")
    assert fn(doc, "1").markers[0].claim.text == "Exports doubled"


PLAIN_SUP = """<html><body><p>Grain exports rose.<sup>1</sup> Prices fell.<sup>2</sup></p>
<h2>Notes</h2><ol><li>Grain report, 2021.</li><li>Price index, 2022.</li></ol></body></html>"""


def test_plain_sup_markers_with_notes_list() -> None:
    doc = parse_bytes(PLAIN_SUP.encode(), "plain.html")
    assert [(f.label, f.reference.year) for f in doc.footnotes] == [("1", 2021), ("2", 2022)]
    assert fn(doc, "2").markers[0].claim.text == "Prices fell."


@pytest.mark.parametrize(
    ("ref_class", "note_class", "anchor", "note"),
    [
        ("footnote-anchor", "footnote-number", "footnote-anchor-", "footnote-"),
        ("", "", "note-ref-", "note-"),
        ("fn-link", "fn-num", "endnote-from-", "endnote-"),
    ],
    ids=["substack-like", "no-classes", "other-names"],
)
def test_paired_note_links_without_sup(
    ref_class: str, note_class: str, anchor: str, note: str
) -> None:
    """A marker link and the note's link back to it form a pair, whatever the classes:
    the later link of the pair is the back link, even when its fragment looks like a
    note's."""
    body = "".join(
        f'<p>Claim {n}.<a class="{ref_class}" id="{anchor}{n}" href="#{note}{n}">{n}</a></p>'
        for n in (1, 2)
    )
    notes = "".join(
        f'<div class="fn"><a id="{note}{n}" href="#{anchor}{n}" class="{note_class}">{n}</a>'
        f"<div><p>{name}, A. 2020. “{title}.” <em>Journal</em> 3: 1–9.</p></div></div>"
        for n, name, title in ((1, "Glaeser", "Housing Supply"), (2, "Hsieh", "Misallocation"))
    )
    doc = parse_bytes(f"<html><body>{body}<div>{notes}</div></body></html>".encode(), "s.html")
    assert markers(doc) == [("1", 1), ("2", 1)]
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert [f.reference.title for f in doc.footnotes] == ["Housing Supply", "Misallocation"]
    assert C.DEFINITION_WITHOUT_MARKER not in codes(doc)


def test_reader_chosen_for_html_text() -> None:
    assert reader_for("page.txt", WIKIPEDIA).name == "html"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Just an article, no notes at all.</p></body></html>",
        "<html><body><p>Unclosed <b>tags <i>everywhere<p>and more",
    ],
)
def test_page_without_notes_is_refused_clearly(page: str) -> None:
    with pytest.raises(InputError, match="no footnote links, notes or reference list"):
        parse_bytes(page.encode(), "empty.html")


def test_broken_markup_keeps_what_it_can() -> None:
    page = '<html><body><p>Claim one.<sup><a href="#fn1">1</a></sup> <p>Claim two<sup><a href="#fn2">2</a>'
    page += '<ol><li id="fn1">First source, 2020.<li id="fn2">Second source'
    doc = parse_bytes(page.encode(), "broken.html")
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert fn(doc, "1").reference.year == 2020


# --------------------------------------------------------------------------
# lists under headings, plain markers, links, COinS, Pandoc citations, bounds
# --------------------------------------------------------------------------

import cProfile  # noqa: E402
import pstats  # noqa: E402
from collections.abc import Callable  # noqa: E402

from bibcheck.model import LinkPolicy  # noqa: E402
from bibcheck.readers import html as html_reader  # noqa: E402


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "<p>Rents rose.<sup>[1]</sup> Wages fell.<sup>[2][3]</sup></p>",
            ["1", "2", "3"],
            id="brackets",
        ),
        pytest.param(
            "<p>Rents rose.<sup>1</sup> Wages.<sup>2,3</sup></p>", ["1", "2", "3"], id="plain"
        ),
        pytest.param(
            "<p>Area 5 m<sup>2</sup>, x<sup>3</sup>, 2<sup>8</sup>.<sup>1</sup></p>",
            ["1"],
            id="exponents",
        ),
        pytest.param(
            "<p>In km<sup>2</sup><sup>1</sup> terms.</p>", ["1"], id="marker-after-exponent"
        ),
        pytest.param("<p>See <code>a<sup>2</sup></code>.<sup>[1]</sup></p>", ["1"], id="code"),
        pytest.param("<p>Numeric [1] and [2, 3] in text.</p>", ["1", "2", "3"], id="bracket-text"),
        pytest.param(
            "<p>Typed [1, с. 5], [2; 3] and [1, pp. 4–7].</p>", ["1", "1", "2", "3"], id="locators"
        ),
        pytest.param("<p>A range [1–3].</p>", ["1", "2", "3"], id="range"),
    ],
)
def test_plain_markers_and_a_numbered_list(body: str, expected: list[str]) -> None:
    page = (
        f"<html><body>{body}<h2>References</h2><ol>"
        "<li>Smith, J. (2020). One. Press.</li><li>Doe, A. (2019). Two. Press.</li>"
        "<li>Lee, K. (2018). Three. Press.</li></ol></body></html>"
    )
    doc = parse_bytes(page.encode(), "p.html")
    assert [m[0] for m in markers(doc)] == expected
    assert len(doc.literature) == 3
    assert all(f.literature is not None for f in doc.footnotes)


@pytest.mark.parametrize(
    ("heading", "lists", "count"),
    [
        pytest.param(
            "Further reading",
            "<ul><li>Smith, J. (2020). One. Press.</li></ul>",
            1,
            id="further-reading",
        ),
        pytest.param(
            "Литература",
            "<ol><li>Иванов, И. И. Книга. – М. : Наука, 2001. – 100 с.</li></ol>",
            1,
            id="russian",
        ),
        pytest.param(
            "Sources", "<dl><dt>[1]</dt><dd>Smith, J. (2020). One. Press.</dd></dl>", 1, id="dl"
        ),
        pytest.param(
            "Bibliography",
            "<p>Smith, J. (2020). One. Press.</p><p>Doe, A. (2019). Two. Press.</p>",
            2,
            id="paragraphs",
        ),
        pytest.param(
            "References",
            "<ul><li>Smith, J. (2020). One.</li></ul><ul><li>Doe, A. (2019). Two.</li></ul>",
            2,
            id="two-lists",
        ),
    ],
)
def test_reference_lists_under_headings(heading: str, lists: str, count: int) -> None:
    page = f"<html><body><p>Claim.<sup>1</sup></p><h2>{heading}</h2>{lists}</body></html>"
    doc = parse_bytes(page.encode(), "p.html")
    assert len(doc.literature) == count


def test_notes_heading_gives_the_notes_and_references_the_list() -> None:
    page = (
        "<html><body><p>Claim.<sup>1</sup></p><h2>Notes</h2><ol><li>Smith, J. (2020). One. Press.</li></ol>"
        "<h2>References</h2><ol><li>Smith, J. (2020). One. Press.</li></ol></body></html>"
    )
    doc = parse_bytes(page.encode(), "p.html")
    assert [(f.label, f.literature.number if f.literature else None) for f in doc.footnotes] == [
        ("1", 1)
    ]


def test_section_that_yields_nothing_is_an_unread_region() -> None:
    page = (
        '<html><body><p>Claim.<sup><a href="#fn1">1</a></sup></p>'
        '<h2 id="refs">References</h2><table><tr><td>Smith 2020</td></tr></table>'
        '<ol><li id="fn1">Smith, J. (2020). One. Press.</li></ol></body></html>'
    )
    doc = parse_bytes(page.encode(), "p.html")
    assert C.UNREAD_REGION not in {a.code for a in doc.anomalies}  # the notes list is there
    page = "<html><body><p>Claim.<sup>1</sup></p><h2>Bibliography</h2><table><tr><td>Smith 2020</td></tr></table></body></html>"
    doc = parse_bytes(page.encode(), "p.html")
    assert [a.code for a in doc.anomalies if a.code is C.UNREAD_REGION] == [C.UNREAD_REGION]


BLOG = """<html><head><link rel="canonical" href="https://blog.example.net/post"></head><body>
<header><a href="https://social.example.com/me">Me</a></header>
<article><p>Sales rose, says <a href="https://stats.example.org/sales">the bureau</a>. See
<a href="https://blog.example.net/other">my other post</a> and <a href="/tag/x">tags</a>.</p>
<p>Again <a href="https://stats.example.org/sales">the bureau</a>.</p></article>
<aside><a href="https://ads.example.com/">Ad</a></aside>
<footer><a href="https://cc.example.org/by">CC BY</a></footer></body></html>"""


@pytest.mark.parametrize(
    ("policy", "labels"),
    [
        pytest.param(LinkPolicy.AUTO, [("L1", 3), ("L1", 5)], id="auto"),
        pytest.param(LinkPolicy.ALWAYS, [("L1", 3), ("L1", 5)], id="always"),
    ],
)
def test_external_links_in_the_article_are_citations(
    policy: LinkPolicy, labels: list[tuple[str, int]]
) -> None:
    doc = parse_bytes(BLOG.encode(), "b.html", links=policy)
    assert markers(doc) == labels
    ref = doc.footnotes[0].reference
    assert (ref.url, ref.title, ref.kind) == (
        "https://stats.example.org/sales",
        "the bureau",
        RefKind.WEB,
    )
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None and claim.text == "Sales rose, says the bureau."


def test_links_never_refuses_a_link_only_page() -> None:
    with pytest.raises(InputError, match="only citations found are 1 links"):
        parse_bytes(BLOG.encode(), "b.html", links=LinkPolicy.NEVER)


def test_links_are_not_citations_next_to_notes_unless_always() -> None:
    page = '<html><body><p>A <a href="https://x.example/">x</a>.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">R, 2001.</li></ol></body></html>'
    assert [f.label for f in parse_bytes(page.encode(), "p.html").footnotes] == ["1"]
    doc = parse_bytes(page.encode(), "p.html", links=LinkPolicy.ALWAYS)
    assert [f.label for f in doc.footnotes] == ["1", "L1"]


def test_coins_span_gives_exact_fields() -> None:
    coins = (
        "ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;rft.genre=article"
        "&amp;rft.jtitle=Engineering&amp;rft.atitle=The+Forth+Bridge&amp;rft.volume=43&amp;rft.pages=213-215"
        "&amp;rft.date=1887&amp;rft_id=info%3Adoi%2F10.1234%2Feng.43&amp;rft.aulast=Baker&amp;rft.aufirst=Benjamin"
    )
    page = (
        '<html><body><p>Claim.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>'
        '<ol class="references"><li id="cite_note-1"><span class="reference-text"><cite class="citation journal cs1">'
        'Baker, Benjamin (1887). "The Forth Bridge". <i>Engineering</i>. <b>43</b>: 213–215.</cite>'
        f'<span title="{coins}" class="Z3988"></span></span></li></ol></body></html>'
    )
    ref = parse_bytes(page.encode(), "w.html").footnotes[0].reference
    assert (
        ref.style,
        ref.kind,
        ref.title,
        ref.host,
        ref.authors,
        ref.year,
        ref.doi,
        ref.pages,
    ) == (
        "coins",
        RefKind.ARTICLE,
        "The Forth Bridge",
        "Engineering",
        ("Baker, Benjamin",),
        1887,
        "10.1234/eng.43",
        "213-215",
    )


def test_pandoc_citations_resolve_to_the_bibliography() -> None:
    page = (
        '<html><body><p>Claim <span class="citation" data-cites="a b">(A 2001; B 2002)</span>.</p>'
        '<h1>References</h1><div id="refs" class="references csl-bib-body" role="list">'
        '<div id="ref-a" class="csl-entry" role="listitem">Ames, J. (2001). <em>First</em>. Press.</div>'
        '<div id="ref-b" class="csl-entry" role="listitem">Bell, K. (2002). <em>Second</em>. Press.</div>'
        "</div></body></html>"
    )
    doc = parse_bytes(page.encode(), "p.html")
    assert markers(doc) == [("a", 1), ("b", 1)]
    assert [(f.label, f.reference.title) for f in doc.footnotes] == [
        ("a", "First"),
        ("b", "Second"),
    ]
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None and claim.text == "Claim"


def calls(fn: Callable[[str], object], text: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    fn(text)
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined, no-any-return]


def _notes_page(n: int) -> str:
    body = "".join(f'<p>Claim {i}.<sup><a href="#fn{i}">{i}</a></sup></p>' for i in range(1, n + 1))
    notes = "".join(f'<li id="fn{i}">Source {i}, 2020.</li>' for i in range(1, n + 1))
    return f"<html><body>{body}<ol>{notes}</ol></body></html>"


def _links_page(n: int) -> str:
    body = "".join(
        f'<p>Fact {i} from <a href="https://s{i}.example.org/">s{i}</a>.</p>' for i in range(n)
    )
    return f"<html><body>{body}</body></html>"


def _sups_page(n: int) -> str:
    body = "".join(f"<p>Fact {i}.<sup>[{i}]</sup></p>" for i in range(1, n + 1))
    items = "".join(f"<li>Source {i}, 2020.</li>" for i in range(1, n + 1))
    return f"<html><body>{body}<h2>References</h2><ol>{items}</ol></body></html>"


@pytest.mark.parametrize(
    "make", [_notes_page, _links_page, _sups_page], ids=["notes", "links", "sups"]
)
def test_reading_is_linear_in_the_number_of_notes(make: Callable[[int], str]) -> None:
    """2,000 notes: one index of the page, not one search per reference (issue 15)."""
    small, large = calls(html_reader.read, make(500)), calls(html_reader.read, make(2000))
    assert large / small < 5.0, (small, large)  # 4x the notes: ~4x the work, never ~16x


@pytest.mark.parametrize("where", ["note", "body"])
def test_deeply_nested_spans_do_not_recurse(where: str) -> None:
    deep = "<span>" * 3000 + "Smith, J. (2020). Deep. Press." + "</span>" * 3000
    body = f'<p>{deep if where == "body" else "Claim."}<sup><a href="#fn1">1</a></sup></p>'
    note = deep if where == "note" else "Smith, J. (2020). Deep. Press."
    page = f'<html><body>{body}<ol><li id="fn1">{note}</li></ol></body></html>'
    doc = parse_bytes(page.encode(), "deep.html")
    assert doc.footnotes[0].reference.year == 2020


LATEXML = """\
<!DOCTYPE html><html><head><title>Chunked memory</title></head><body>
<article class="ltx_document">
<section class="ltx_section" id="S1">
<h2 class="ltx_title">1 Introduction</h2>
<div class="ltx_para"><p class="ltx_p">Attention is costly <cite class="ltx_cite">[<a class="ltx_ref"
href="#bib.bib1">1</a>]</cite> on long inputs.<span class="ltx_note ltx_role_footnote"
id="footnote1"><sup class="ltx_note_mark">1</sup><span class="ltx_note_outer"><span
class="ltx_note_content"><sup class="ltx_note_mark">1</sup><span class="ltx_tag ltx_tag_note">1</span>Code:
<a class="ltx_ref ltx_url" href="https://git.example.org/chunked">https://git.example.org/chunked</a>.</span></span></span>
Summaries of reports are a test bed.<span class="ltx_note ltx_role_footnote" id="footnote2"><sup
class="ltx_note_mark">2</sup><span class="ltx_note_outer"><span class="ltx_note_content"><sup
class="ltx_note_mark">2</sup><span class="ltx_tag ltx_tag_note">2</span>As in the older benchmark
<cite class="ltx_cite">[<a class="ltx_ref" href="#bib.bib2">2</a>]</cite>.</span></span></span></p></div>
</section>
<section class="ltx_bibliography" id="bib">
<h2 class="ltx_title">References</h2>
<ul class="ltx_biblist">
<li class="ltx_bibitem" id="bib.bib1"><span class="ltx_tag">[1]</span> A. Vaswani and N. Shazeer. Attention is all you need. In NeurIPS, 2017.</li>
<li class="ltx_bibitem" id="bib.bib2"><span class="ltx_tag">[2]</span> U. Shaham and E. Segal. SCROLLS: standardized comparison over long language sequences. In EMNLP, 2022.</li>
</ul>
</section>
</article></body></html>
"""

TUFTE = """\
<!DOCTYPE html><html><head><title>Tide mills</title></head><body><article><section>
<p>Tide mills were common on the Atlantic coast.<label for="sn-a" class="margin-toggle
sidenote-number"></label><input type="checkbox" id="sn-a" class="margin-toggle"/><span
class="sidenote">Rebecca Hall, <em>Mills of the Tide</em> (Bristol: Estuary Press, 2014), 12.</span>
Most closed before 1900.<label for="sn-b" class="margin-toggle sidenote-number"></label><input
type="checkbox" id="sn-b" class="margin-toggle"/><span class="sidenote">Hall, <em>Mills of the
Tide</em>, 88.</span></p>
</section></article></body></html>
"""


def test_latexml_inline_footnotes_are_markers_and_notes() -> None:
    """arXiv's HTML writes each footnote where it is cited; its number shows twice inside
    it. A reference-list citation inside a note counts; the note text is no claim text."""
    raw = html_reader.read(LATEXML)
    markers = sorted((m.label, m.line) for m in raw.markers)
    assert markers == [("1", 5), ("1", 6), ("2", 10), ("2", 13)]
    notes = {n.label: n.text for n in raw.footnotes}
    assert notes["1"].startswith("Code:") and "https://git.example.org/chunked" in notes["1"]
    assert notes["2"].startswith("As in the older benchmark")
    assert all("Code:" not in b.text for b in raw.blocks)
    doc = parse_bytes(LATEXML.encode(), "paper.html")
    codes = {a.code for a in doc.all_anomalies()}
    assert C.LITERATURE_MISSING not in codes  # a code link need not be in the list


def test_tufte_sidenotes_are_numbered_in_order() -> None:
    raw = html_reader.read(TUFTE)
    assert [(m.label, m.line) for m in raw.markers] == [("1", 3), ("2", 6)]
    assert all("Estuary Press" not in b.text for b in raw.blocks)
    doc = parse_bytes(TUFTE.encode(), "post.html")
    first = next(f for f in doc.footnotes if f.label == "1")
    assert first.reference.title == "Mills of the Tide"


SHARED = """<html><body><article>
<p>Heat pumps work in the cold, says <a href="https://energy.example.org/cold">the field study</a>.</p>
<p class="share">Share: <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.example">Twitter</a>
· <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fx.example">LinkedIn</a>
· <a href="https://bsky.app/intent/compose?text=x">Bluesky</a>
· <a href="https://t.me/share/url?url=x">Telegram</a></p>
</article></body></html>"""


def test_share_buttons_in_the_article_are_no_citations() -> None:
    doc = parse_bytes(SHARED.encode(), "post.html")
    assert [(f.label, f.reference.url) for f in doc.footnotes] == [
        ("L1", "https://energy.example.org/cold")
    ]


SFN = """<html><body><div class="mw-parser-output">
<p>The light was first lit in 1884.<sup class="reference"><a href="#cite_note-FOOTNOTEOrm190412-1">[1]</a></sup>
It was automated later.<sup class="reference"><a href="#cite_note-FOOTNOTEOrm190430-2">[2]</a></sup></p>
<h2>References</h2>
<ol class="references">
<li id="cite_note-FOOTNOTEOrm190412-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>
<span class="reference-text"><a href="#CITEREFOrm1904">Orm 1904</a>, p.&#160;12.</span></li>
<li id="cite_note-FOOTNOTEOrm190430-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span>
<span class="reference-text"><a href="#CITEREFOrm1904">Orm 1904</a>, pp.&#160;30–31.</span></li>
</ol>
<h2>Sources</h2>
<ul><li><cite id="CITEREFOrm1904" class="citation book cs1">Orm, Sven (1904). <i>Fyrar vid kusten</i>.
Göteborg: Wettergren.</cite></li></ul>
</div></body></html>"""


def test_a_wikipedia_short_note_is_the_work_it_links_to() -> None:
    doc = parse_bytes(SFN.encode(), "Lighthouse.html")
    refs = {f.label: f.reference for f in doc.footnotes}
    assert (refs["1"].title, refs["1"].year, refs["1"].pages) == ("Fyrar vid kusten", 1904, "12")
    assert refs["2"].pages == "30–31"
    assert all(f.literature is not None and f.literature.number == 1 for f in doc.footnotes)
