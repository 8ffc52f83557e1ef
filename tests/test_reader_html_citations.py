"""HTML: in-text links to reference-list entries, as journal and publisher pages write them.

Each snippet is written for the test in the shape one family of pages uses (JATS-derived
journal pages, superscript links, bracketed ranges, inner anchors, author-date links,
LaTeX-to-HTML converters, a list titled by a ``div``).  A link into the reference list
cites that entry (label: its number); the list is the literature, not notes; author and
affiliation superscripts are not markers.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument

ENTRIES = [
    "Hughes TP, Kerry JT. Global warming and reef assemblages. Nature. 2018;556:492-6.",
    "Liu G, Strong AE. Remote sensing of sea temperatures. Eos. 2003;84:137-41.",
    "Eakin CM, Morgan JA. Caribbean corals in crisis. PLoS ONE. 2010;5:e13969.",
    "Bolker BM, Brooks ME. Generalized linear mixed models. Trends Ecol Evol. 2009;24:127-35.",
]


def page(body: str, entries: str) -> bytes:
    return f"""<!DOCTYPE html>
<html><head><title>Reefs</title></head><body>
<div class="authors">A. Writer<sup>1</sup>, B. Writer<sup>1,2</sup></div>
<div class="affiliations"><sup>1</sup> Reef Institute; <sup>2</sup> Coast University</div>
{body}
{entries}
</body></html>
""".encode()


def ordered(ids: list[str], head: str = "<h2>References</h2>", cls: str = "references") -> str:
    items = "\n".join(f'<li id="{i}">{e}</li>' for i, e in zip(ids, ENTRIES, strict=True))
    return f'<section>{head}\n<ol class="{cls}">\n{items}\n</ol></section>'


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for fn in doc.footnotes for m in fn.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda c: (c[1], int(c[0])))


CASES = {
    "jats-xref-bibr": (
        '<p>Bleaching recurs <a class="xref-bibr" href="#B1">[1]</a>, '
        '<a class="xref-bibr" href="#B2">[2]</a>.\n'
        'Models vary <a class="xref-bibr" href="#B3">[3]</a>–'
        '<a class="xref-bibr" href="#B4">[4]</a>.</p>',
        ordered(["B1", "B2", "B3", "B4"]),
        [("1", 5), ("2", 5), ("3", 6), ("4", 6)],
    ),
    "superscript-links": (
        '<p>Bleaching recurs.<sup><a href="#ref-CR1">1</a>,<a href="#ref-CR2">2</a></sup>\n'
        'Models vary.<sup><a href="#ref-CR4">4</a></sup></p>',
        ordered(["ref-CR1", "ref-CR2", "ref-CR3", "ref-CR4"], cls="c-article-references"),
        [("1", 5), ("2", 5), ("4", 6)],
    ),
    "bracketed-range-of-links": (
        '<p>Bleaching recurs [<a href="#pone-ref1">1</a>–<a href="#pone-ref3">3</a>].</p>',
        ordered(["pone-ref1", "pone-ref2", "pone-ref3", "pone-ref4"]),
        [("1", 5), ("2", 5), ("3", 5)],
    ),
    "one-link-range": (
        '<p>Bleaching recurs <a href="#B2">[2]–[4]</a>.</p>',
        ordered(["B1", "B2", "B3", "B4"]),
        [("2", 5), ("3", 5), ("4", 5)],
    ),
    "inner-anchor": (
        '<p>Bleaching recurs <a href="#bib2" name="bbib2">[2]</a>.</p>',
        "<h2>References</h2><ol>"
        + "".join(f'<li><span id="bib{k}"></span>{e}</li>' for k, e in enumerate(ENTRIES, 1))
        + "</ol>",
        [("2", 5)],
    ),
    "latexml": (
        '<p>Bleaching recurs <cite class="ltx_cite">[<a href="#bib.bib1" class="ltx_ref">1</a>,'
        ' <a href="#bib.bib4" class="ltx_ref">4</a>]</cite>.</p>',
        '<section class="ltx_bibliography"><h2 class="ltx_title">References</h2>'
        '<ul class="ltx_biblist">'
        + "".join(
            f'<li id="bib.bib{k}" class="ltx_bibitem">{e}</li>' for k, e in enumerate(ENTRIES, 1)
        )
        + "</ul></section>",
        [("1", 5), ("4", 5)],
    ),
    "list-titled-by-a-div": (
        '<p>Bleaching recurs <a href="#r3">[3]</a>.</p>',
        '<div class="section-title">References</div>'
        + ordered(["r1", "r2", "r3", "r4"], head="", cls="ref-list"),
        [("3", 5)],
    ),
}


@pytest.mark.parametrize(("body", "entries", "want"), CASES.values(), ids=CASES.keys())
def test_links_into_the_reference_list_are_citations(
    body: str, entries: str, want: list[tuple[str, int]]
) -> None:
    doc = parse_bytes(page(body, entries), "a.html")
    assert cites(doc) == want
    assert len(doc.literature) == 4
    assert doc.literature[0].reference.year == 2018
    found = [a.code for a in doc.all_anomalies()]
    assert C.DEFINITION_WITHOUT_MARKER not in found
    assert C.MARKER_WITHOUT_DEFINITION not in found


def test_author_date_links_keep_their_text() -> None:
    body = (
        "<p>Turbid reefs bleach less "
        '(<a href="#B1">Hughes and Kerry, 2018</a>; <a href="#B3">Eakin et al., 2010</a>).</p>'
    )
    doc = parse_bytes(page(body, ordered(["B1", "B2", "B3", "B4"])), "a.html")
    assert cites(doc) == [("1", 5), ("3", 5)]
    first = next(fn for fn in doc.footnotes if fn.label == "1").markers[0]
    assert first.claim is not None
    assert first.claim.text == "Turbid reefs bleach less (Hughes and Kerry, 2018"


def test_affiliation_superscripts_are_not_markers() -> None:
    body = "<p>Bleaching recurs.<sup>2</sup> Models vary.<sup>3</sup></p>"
    doc = parse_bytes(page(body, ordered(["r1", "r2", "r3", "r4"])), "a.html")
    assert cites(doc) == [("2", 5), ("3", 5)]


def test_wikipedia_notes_list_stays_notes() -> None:
    html = b"""<!DOCTYPE html><html><body><div class="mw-parser-output">
<p>The dam was built in 1904.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<h2>References</h2>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><a href="#cite_ref-1">^</a> Smith, J. (2001). <i>Dams</i>. Oxford.</li>
</ol></div></div></body></html>"""
    doc = parse_bytes(html, "w.html")
    assert [(f.label, [m.line for m in f.markers]) for f in doc.footnotes] == [("1", [2])]
    assert doc.literature == ()


@pytest.mark.parametrize(
    ("sup", "labels"),
    [
        ("<sup>[2][3]</sup>", ["2", "3"]),
        ("<sup>[2], [3]</sup>", ["2", "3"]),
        ("<sup>[2]–[4]</sup>", ["2", "3", "4"]),
        ("<sup>[2, 4]</sup>", ["2", "4"]),
    ],
    ids=["adjacent", "comma", "range", "list"],
)
def test_bracketed_superscripts_citing_the_list(sup: str, labels: list[str]) -> None:
    body = f"<p>Bleaching recurs.<sup>[1]</sup> Models vary.{sup}</p>"
    doc = parse_bytes(page(body, ordered(["r1", "r2", "r3", "r4"])), "a.html")
    assert [label for label, _ in cites(doc)] == ["1", *labels]
