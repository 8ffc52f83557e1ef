"""HTML: open peer-review pages, each report with a reference list of its own.

Journals publish a paper's reviews as one page (eLife's public reviews, F1000Research's
referee reports, Copernicus' interactive discussion, BMJ's open peer review): Reviewer #1,
Reviewer #2 and the authors' response each cite ``[1]``, ``(2)`` or ``(Author, Year)`` from
a list of their own that starts again at 1.  Entries and citations are labelled
``<part>.<n>`` (the list's order on the page), a citation cites its own report's list, and
a work listed by two reports is no duplicate entry.  The byline's affiliation marks
(``<sup>1</sup>``) are no citations.  A page with one list reads as before.  Every page
here is written for the tests (invented people, works and journals).
"""

from __future__ import annotations

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind, Severity
from bibcheck.readers.html import read
from tests.growth import growth

HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Peer review</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/search">Search</a></nav></header>
"""

ENTRY_A = (
    "Marsh TE, Oduya K. 2011. Dusk timing of leaf cooling in three grasses. Journal of "
    "Field Physiology 48:211–224. https://doi.org/10.5555/jfp.48.211"
)
ENTRY_B = (
    "Lindqvist B, Aalto J. 2015. A shared clock for roots and shoots. Plant Timing Letters "
    "9:40–52. https://doi.org/10.5555/ptl.9.40"
)
ENTRY_C = (
    "Quist A. 2019. Counting transcripts that cycle: a guide. Methods in Rhythm Biology "
    "4:e102. https://doi.org/10.5555/mrb.4.e102"
)
ENTRY_D = (
    "Ferrante G, Obi CN. 2008. Gas exchange at night in drought. Leaf Science 30:7–19. "
    "https://doi.org/10.5555/ls.30.7"
)

ELIFE = (
    HEAD
    + """<main>
<div class="article-header">
  <h1>Clocks and the closing of leaves</h1>
  <ol class="authors"><li>Ana Souza<sup>1</sup></li><li>Rui Lima<sup>1,2</sup></li></ol>
  <ol class="institutions">
    <li><sup>1</sup> Department of Botany, an invented university</li>
    <li><sup>2</sup> Centre for Leaf Research, an invented institute</li>
  </ol>
</div>
<section class="review" id="sa1">
  <h2>Reviewer #1 (Public review):</h2>
  <p>The timing of closure has been measured before [1], and the link to the clock is
  shown in two species [1, 2]. The new claim rests on one analysis [3].</p>
  <p>(1) The statistics should follow current practice for rhythm data [3].</p>
  <p>(2) Please add the sampling interval to the methods section of the paper.</p>
  <p><strong>References</strong></p>
  <ol>
    <li>"""
    + ENTRY_A
    + """</li>
    <li>"""
    + ENTRY_B
    + """</li>
    <li>"""
    + ENTRY_C
    + """</li>
  </ol>
</section>
<section class="review" id="sa2">
  <h2>Reviewer #2 (Public review):</h2>
  <p>The authors argue for a clock-gated closure at dusk, which fits earlier reports (1).
  The night-time data (2) are weaker, and the rhythm analysis should use the usual
  tools (3).</p>
  <p><strong>References</strong></p>
  <p>1. """
    + ENTRY_D
    + """</p>
  <p>2. """
    + ENTRY_A
    + """</p>
  <p>3. """
    + ENTRY_C
    + """</p>
</section>
<section class="review" id="sa3">
  <h2>Reviewer #3 (Public review):</h2>
  <p>A clear paper; I have nothing to add to the other reports beyond asking for the raw
  traces to be shared.</p>
</section>
</main>
<footer><p>Published by an invented publisher.</p></footer>
</body></html>
"""
)


def _line(html: str, needle: str, nth: int = 1) -> int:
    hits = [k for k, line in enumerate(html.splitlines(), start=1) if needle in line]
    return hits[nth - 1]


def test_elife_like_reports() -> None:
    raw = read(ELIFE)
    cited = {(m.label, m.line) for m in raw.markers}
    r1 = _line(ELIFE, "measured before [1]")
    r2 = _line(ELIFE, "fits earlier reports (1)")
    assert cited == {
        ("1.1", r1),
        ("1.1", r1 + 1),
        ("1.2", r1 + 1),
        ("1.3", r1 + 1),
        ("1.3", r1 + 2),
        ("2.1", r2),
        ("2.2", r2 + 1),
        ("2.3", r2 + 2),
    }
    assert [e.label for e in raw.literature] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]
    by_label = {n.label: n for n in raw.footnotes}
    assert by_label["2.2"].text.startswith("Marsh TE")
    assert by_label["2.1"].text.startswith("Ferrante G")


def test_elife_like_fields_and_findings(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "reviews.html"
    path.write_text(ELIFE, encoding="utf-8")
    doc = parse_file(path)
    titles = [e.reference.title for e in doc.literature]
    assert titles[0] == "Dusk timing of leaf cooling in three grasses"
    assert [e.reference.year for e in doc.literature] == [2011, 2015, 2019, 2008, 2011, 2019]
    findings = analyse_document(doc, {}, {})
    problems = [
        f
        for f in findings
        if f.severity is not Severity.INFO and f.kind is not FindingKind.UNCITED_ENTRY
    ]
    assert problems == []
    repeats = [f for f in findings if f.kind is FindingKind.DUPLICATE_CITATION]
    assert all(f.severity is Severity.INFO for f in repeats)


F1000 = (
    HEAD
    + """<div class="article">
<p class="authors">Ana Souza, Rui Lima</p>
<div class="referee-reports">
<div class="referee-report">
  <h3>Referee Report 1: Approved with reservations</h3>
  <p>The protocol is clear, but the choice of method [2] over the older one [1] needs an
  argument, since both are in use [1, 2].</p>
  <ol class="references">
    <li>"""
    + ENTRY_B
    + """</li>
    <li>"""
    + ENTRY_C
    + """</li>
  </ol>
</div>
<div class="referee-report">
  <h3>Referee Report 2: Approved</h3>
  <p>I agree with the first referee. The drought data should be compared with the
  field study [1].</p>
  <ol class="references">
    <li>"""
    + ENTRY_D
    + """</li>
  </ol>
</div>
</div>
</div>
</body></html>
"""
)


def test_f1000_like_lists_by_class() -> None:
    raw = read(F1000)
    cited = sorted((m.label, m.line) for m in raw.markers)
    first = _line(F1000, "the choice of method [2]")
    assert cited == sorted(
        [("1.2", first), ("1.1", first), ("1.1", first + 1), ("1.2", first + 1),
         ("2.1", _line(F1000, "field study [1]"))]
    )  # fmt: skip
    assert [e.label for e in raw.literature] == ["1.1", "1.2", "2.1"]


COPERNICUS = (
    HEAD
    + """<div class="discussion">
<div class="comment" id="RC1">
  <h3>RC1: 'Comment on the manuscript', Anonymous Referee #1</h3>
  <p>The drought response is well described by Ferrante and Obi (2008), and the clock
  part follows earlier work (Marsh and Oduya, 2011; Quist, 2019).</p>
  <h4>References</h4>
  <p>Ferrante, G. and Obi, C. N.: Gas exchange at night in drought, Leaf Science, 30,
  7–19, 2008.</p>
  <p>Marsh, T. E. and Oduya, K.: Dusk timing of leaf cooling in three grasses, Journal of
  Field Physiology, 48, 211–224, 2011.</p>
  <p>Quist, A.: Counting transcripts that cycle: a guide, Methods in Rhythm Biology, 4,
  e102, 2019.</p>
</div>
<div class="comment" id="RC2">
  <h3>RC2: 'Comment on the manuscript', Anonymous Referee #2</h3>
  <p>My main point concerns the statistics: the guide by Quist (2019) should be followed
  throughout, and the grass data compared (Marsh and Oduya, 2011).</p>
  <h4>References</h4>
  <p>Marsh, T. E. and Oduya, K.: Dusk timing of leaf cooling in three grasses, Journal of
  Field Physiology, 48, 211–224, 2011.</p>
  <p>Quist, A.: Counting transcripts that cycle: a guide, Methods in Rhythm Biology, 4,
  e102, 2019.</p>
</div>
</div>
</body></html>
"""
)


def test_copernicus_like_author_date(tmp_path: object) -> None:
    from pathlib import Path

    raw = read(COPERNICUS)
    cited = sorted((m.label, m.line) for m in raw.markers)
    one = _line(COPERNICUS, "Ferrante and Obi (2008)")
    two = _line(COPERNICUS, "guide by Quist (2019)")
    assert cited == sorted(
        [("1.1", one), ("1.2", one + 1), ("1.3", one + 1), ("2.2", two), ("2.1", two + 1)]
    )
    path = Path(str(tmp_path)) / "discussion.html"
    path.write_text(COPERNICUS, encoding="utf-8")
    findings = analyse_document(parse_file(path), {}, {})
    assert not [
        f
        for f in findings
        if f.kind is FindingKind.DUPLICATE_CITATION and f.severity is not Severity.INFO
    ]


SINGLE = (
    HEAD
    + """<article>
<h1>Clocks and the closing of leaves</h1>
<p class="byline">Ana Souza<sup>1</sup>, Rui Lima<sup>2</sup></p>
<ul class="affs">
  <li><sup>1</sup> Department of Botany, an invented university, Oslo</li>
  <li><sup>2</sup> Institute of Plant Timing, Bergen</li>
</ul>
<h2>Introduction</h2>
<p>Leaves close at dusk in many grasses.<sup>1</sup> The clock gates this response in
drought,<sup>2</sup> as gas-exchange studies at night confirm.<sup>3</sup></p>
<h2>References</h2>
<ol>
  <li>"""
    + ENTRY_A
    + """</li>
  <li>"""
    + ENTRY_B
    + """</li>
  <li>"""
    + ENTRY_D
    + """</li>
</ol>
</article>
</body></html>
"""
)


def test_single_list_page_unchanged() -> None:
    raw = read(SINGLE)
    first = _line(SINGLE, "Leaves close at dusk")
    assert sorted((m.label, m.line) for m in raw.markers) == [
        ("1", first),
        ("2", first + 1),
        ("3", first + 1),
    ]
    assert [e.label for e in raw.literature] == ["1", "2", "3"]


def test_affiliation_marks_without_byline_classes() -> None:
    """Addresses and names in elements whose classes say nothing: the marks are no
    citations, the body's superscripts are."""
    page = SINGLE.replace('class="byline"', 'class="names"').replace('class="affs"', "")
    raw = read(page)
    first = _line(page, "Leaves close at dusk")
    assert sorted(m.label for m in raw.markers) == ["1", "2", "3"]
    assert all(m.line >= first for m in raw.markers)


def test_numbers_continuing_are_one_list() -> None:
    """Two lists whose numbering runs on (the second starts at 4) are no reports."""
    page = ELIFE.replace("<p>1. ", "<p>4. ").replace("<p>2. ", "<p>5. ").replace("<p>3. ", "<p>6. ")
    raw = read(page)
    assert not any("." in e.label for e in raw.literature)


def _reports_page(count: int) -> str:
    reports = "".join(
        f"<section><h2>Reviewer #{k}</h2><p>{'word ' * 30} [1] and [2].</p>"
        f"<p><strong>References</strong></p><ol><li>{ENTRY_A}</li><li>{ENTRY_B}</li></ol>"
        "</section>\n"
        for k in range(1, count + 1)
    )
    return HEAD + f"<main>{reports}</main></body></html>"


def test_many_reports_read_in_linear_time() -> None:
    # (four times the reports: about four times the time, not sixteen)
    assert growth(lambda count: read(_reports_page(count)), 10, 40) < 8


def test_many_reports() -> None:
    raw = read(_reports_page(100))
    assert len(raw.literature) == 200
    assert {m.label for m in raw.markers} >= {"100.1", "100.2"}


def test_numbered_list_and_further_reading_are_one_article() -> None:
    """A numbered list, a paragraph about the author, then an unnumbered "Further
    reading" list: one article's lists, its citations numbered as before."""
    page = SINGLE.replace(
        "</ol>\n</article>",
        "</ol>\n<p>Ana Souza studies how grasses keep time and writes about field methods "
        "for a general audience.</p>\n<h2>Further reading</h2>\n<ul><li>"
        + ENTRY_C
        + "</li></ul>\n</article>",
    )
    raw = read(page)
    assert sorted(m.label for m in raw.markers) == ["1", "2", "3"]
    assert [e.label for e in raw.literature] == ["1", "2", "3", "4"]
