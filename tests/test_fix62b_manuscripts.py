"""fix62b: author-date text beside Pandoc's linked citations (a table's cells), APA's
first citation naming every author, stages before print in the year's place, and a short
plain-text paper that cites its list."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.yearwords import stage_key
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.citedlist import cites_its_list
from bibcheck.readers.citenames import date_key
from bibcheck.readers.fullnames import names_before
from bibcheck.readers.proseentry import running_prose

# ---------------------------------------------------------------------------
# stages before print: their own keys
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("in preparation", "in preparation"),
        ("In preparation", "in preparation"),
        ("in prep.", "in preparation"),
        ("submitted", "submitted"),
        ("Submitted for publication", "submitted"),
        ("under review", "under review"),
        ("under  revision", "under review"),
        ("provisionally accepted", "accepted"),
        ("accepted", "accepted"),
        ("in press", None),
        ("2019", None),
    ],
)
def test_stage_key(word: str, key: str | None) -> None:
    assert stage_key(word) == key


@pytest.mark.parametrize(
    ("date", "key"),
    [
        ("In Preparation", "in preparation"),
        ("under review", "under review"),
        ("provisionally accepted", "accepted"),
        ("forthcoming", "in press"),
        ("s.d.", "n.d."),
        ("2019a", "2019a"),
    ],
)
def test_date_key_of_stages(date: str, key: str) -> None:
    assert date_key(date) == key


@pytest.mark.parametrize(
    ("entry", "authors", "title"),
    [
        (
            "Quill, B., Osei, H., & Marlow, M. (provisionally accepted). Speech in the "
            "valley. In N. Ames (Ed.), A guide to valley languages (pp. 1–20). Harbour Press.",
            ("Quill, B.", "Osei, H.", "Marlow, M."),
            "Speech in the valley",
        ),
        (
            "Tamsin, I., & Lowry, S. C. (in preparation). The sounds of an island language.",
            ("Tamsin, I.", "Lowry, S. C."),
            "The sounds of an island language",
        ),
        (
            "Vasko, A. A. K., Frey, P., & Marlow, M. (Under review). Early consonants.",
            ("Vasko, A. A. K.", "Frey, P.", "Marlow, M."),
            "Early consonants",
        ),
    ],
)
def test_stage_in_the_year_place(entry: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(entry, [0])
    assert (ref.authors, ref.title, ref.year) == (authors, title, None)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Quill, B., & Marlow, M. (under review). Talk to young children in a village.", False),
        ("Vasko, A., & Lowry, S. C. (In preparation). Minimal pairs in children learning.", False),
        ("The works below were submitted for review and are cited in the text.", True),
    ],
)
def test_stage_is_a_reference_sign(text: str, prose: bool) -> None:
    assert running_prose(text) is prose


# ---------------------------------------------------------------------------
# mentions
# ---------------------------------------------------------------------------

_ENTRIES = [
    ("1", "Abbott, G., Rinaldi, P., Caselli, C., & Cortez, A. (2021). Word repetition. J, 3."),
    ("2", "Abbott, G., Taylor, A., Ceravolo, M. G., & Guerra, F. (2021). Exposure. B, 11, 2."),
    ("3", "Cortez, A. (2021). Her own work. Journal, 2, 1."),
    ("4", "Hale, B., Sarvis, H., & Castle, M. (provisionally accepted). Acquisition. In A guide."),
    ("5", "Mercer, I., & Levy, S. C. (in preparation). The phonetics of an island language."),
    ("6", "Mercer, I., & Levy, S. C. (submitted). Tone in an island language."),
    ("7", "Pratt, A. A. K., Finch, P., & Castle, M. (In preparation). Early consonants."),
    ("8", "Mercer, I. (2005). Correlating complexity. Annual Report, 1(1)."),
    ("9", "Cortez, A., & Castle, M. (2020). Supplementary materials. Retrieved from the web."),
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # APA's first citation naming every author: the first two authors' work, not the
        # last author's own of that year, nor one of two works of the first of that year
        (
            "exposure (Abbott, Rinaldi, Caselli, & Cortez, 2021). In",
            [("Abbott, Rinaldi, Caselli, & Cortez, 2021", "1")],
        ),
        (
            "exposure (Abbott, Taylor, Ceravolo, & Guerra, 2021). In",
            [("Abbott, Taylor, Ceravolo, & Guerra, 2021", "2")],
        ),
        ("exposure (Cortez, 2021). In", [("Cortez, 2021", "3")]),
        # a stage before print in the year's place, each its own work
        (
            "languages (Foley, 1986; Mercer & Levy, in preparation). Thus",
            [("Mercer & Levy, in preparation", "5")],
        ),
        ("as (Mercer & Levy, submitted) show", [("Mercer & Levy, submitted", "6")]),
        (
            "reviewed (see Hale, Sarvis, & Castle, provisionally accepted). These",
            [("Hale, Sarvis, & Castle, provisionally accepted", "4")],
        ),
        ("Pratt and Castle (In preparation) find", [("Pratt and Castle (In preparation)", "7")]),
        # what the work is cited for after it, with its comma or without
        ("(see Mercer, 2005, for a survey). Indeed", [("Mercer, 2005", "8")]),
        ("(see Mercer, 2005 for a survey). Indeed", [("Mercer, 2005", "8")]),
        (
            "(see Hale, Sarvis, & Castle, provisionally accepted for more). These",
            [("Hale, Sarvis, & Castle, provisionally accepted", "4")],
        ),
        # a supplement's page, an electronic article's
        ("support (Cortez & Castle, 2020, p. SM1).", [("Cortez & Castle, 2020", "9")]),
        ("support (Cortez & Castle, 2020, p. e12).", [("Cortez & Castle, 2020", "9")]),
        # a stage no entry of that author has cites nothing
        ("as (Mercer, under review) show", []),
        # names before that are no authors: the last name's own mention
        ("In Paris, London, and Mercer (2005) found", [("Mercer (2005)", "8")]),
    ],
)
def test_mentions(text: str, found: list[tuple[str, str]]) -> None:
    index = author_years(_ENTRIES)
    assert [(text[s:e], label) for s, e, label in spans(text, index)] == found


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("(Abbott, Rinaldi, Caselli, & Cortez", "Cortez", (1, ("Abbott", "Rinaldi", "Caselli"))),
        ("Chiu, Grundy and Bero", "Grundy", (0, ("Chiu",))),
        ("as Chiu, Grundy, and Bero", "Bero", (3, ("Chiu", "Grundy"))),
        ("(Foley, 1986; Cortez", "Cortez", None),
        ("as Bero", "Bero", None),
    ],
)
def test_names_before(text: str, name: str, found: tuple[int, tuple[str, ...]] | None) -> None:
    assert names_before(text, text.index(name)) == found


# ---------------------------------------------------------------------------
# the plain-text reader's evidence
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "entries", "read"),
    [
        (["1", "2"], 2, True),
        (["1", "2"], 60, True),
        (["1"], 1, True),
        (["1", "1", "1"], 3, False),
        (["1"], 2, False),
        ([], 3, False),
        ([], 0, False),
    ],
)
def test_cites_its_list(cited: list[str], entries: int, read: bool) -> None:
    assert cites_its_list(cited, entries) is read


_SHORT = """Guides who read widely report calmer decisions on the water (Okafor, 2018).

Brandt (2016) argued the opposite.

References

Brandt, K. (2016). Imagined situations and outdoor judgement. Journal of Outdoor Studies, 4(2), 11-19.
Okafor, N. (2018). Calm on the river. Water Sports Quarterly, 12(1), 3-8.
"""


def test_short_plain_text_paper_is_read(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_SHORT, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "plain-text"
    cited = sorted(
        (m.line, f.literature.number) for f in doc.footnotes for m in f.markers if f.literature
    )
    assert cited == [(1, 2), (3, 1)]
    assert [a.code.value for a in doc.anomalies] == []


def test_plain_text_citing_nothing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_SHORT.replace(" (Okafor, 2018)", "").replace("Brandt (2016)", "One"))
    with pytest.raises(Exception, match="no reader recognises"):
        parse_file(path)


# ---------------------------------------------------------------------------
# HTML: text beside Pandoc's citations
# ---------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html><head><title>Power</title></head><body><main>
<h1>Introduction</h1>
<p>Planning matters <span class="citation" data-cites="adams2019">(<a href="#ref-adams2019"
role="doc-biblioref">Adams, 2019</a>)</span>.</p>
<div class="cell"><div class="cell-output-display"><div class="tabwid">
<table data-quarto-disable-processing="true" class="cl-x"><caption><p>Table 1.</p></caption>
<thead><tr><th><p><span>Package</span></p></th><th><p><span>Reference</span></p></th></tr></thead>
<tbody><tr><td><p><span>alpha</span></p></td>
<td><p><span>Baker</span><span> </span><span>(2021)</span></p></td></tr>
<tr><td><p><span>beta</span></p></td>
<td><p><span>Clark</span><span> </span><span>et</span><span> </span><span>al.</span><span> </span>
<span>(2018)</span></p></td></tr>
</tbody></table></div></div></div>
<h1>References</h1>
<div id="refs" class="references csl-bib-body hanging-indent" role="list">
<div id="ref-adams2019" class="csl-entry" role="listitem">Adams, A. (2019). A study of
planning. <em>Journal of Plans</em>, 3(2), 1–10.</div>
<div id="ref-baker2021" class="csl-entry" role="listitem">Baker, B. (2021). Another study.
<em>Journal of Tables</em>, 4(1), 11–20.</div>
<div id="ref-clark2018" class="csl-entry" role="listitem">Clark, C., Dunn, D., &amp; Evans,
E. (2018). Third study. <em>Journal of Cells</em>, 5, 1–9.</div>
</div>
</main></body></html>
"""


def test_html_author_date_text_beside_pandoc_citations(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(_PAGE, encoding="utf-8")
    doc = parse_file(path)
    cited = sorted(
        (m.line, f.label, f.literature.number)
        for f in doc.footnotes
        for m in f.markers
        if f.literature
    )
    assert cited == [(4, "adams2019", 1), (10, "[2]", 2), (13, "[3]", 3)]
    assert [a.code.value for a in doc.anomalies] == []


def test_html_pandoc_citations_alone_unchanged(tmp_path: Path) -> None:
    # (the table's text without a year: nothing more is read, the two entries uncited)
    path = tmp_path / "index.html"
    path.write_text(_PAGE.replace("(2021)", "(n)").replace("(2018)", "(m)"), encoding="utf-8")
    doc = parse_file(path)
    cited = sorted((m.line, f.label) for f in doc.footnotes for m in f.markers)
    assert cited == [(4, "adams2019")]
    assert [a.code.value for a in doc.anomalies] == ["literature-uncited", "literature-uncited"]
