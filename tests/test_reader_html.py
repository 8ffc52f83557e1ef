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
