"""fix61j: a citeproc bibliography per section in one HTML page (Pandoc, Quarto).

Each section's citations resolve against its own list (``div.csl-bib-body``, the same
entry id in two sections' lists for a work both cite); every list is read, entries and
citations labelled ``<part>.<n>``; a citation of an entry only another section lists is
``citation-key-missing`` at its line.  A page with one list reads as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import ParsedDocument, parse_file
from bibcheck.model import FindingKind, Severity
from bibcheck.readers.htmlcslsections import entry_id, is_bibliography, section_lists


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<div id="refs" class="references csl-bib-body hanging-indent" role="list"></div>', True),
        ('<div id="refs-ch2" class="references"></div>', True),
        ('<section role="doc-bibliography"></section>', True),
        ('<div class="csl-bib-body"></div>', True),
        ('<div class="references"></div>', False),  # (Wikipedia's notes list)
        ('<div id="refs-box" class="sidebar"></div>', False),
    ],
)
def test_is_bibliography(markup: str, expected: bool) -> None:
    tag = BeautifulSoup(markup, "html.parser").find(True)
    assert tag is not None and is_bibliography(tag) is expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<div id="ref-lund2010" class="csl-entry">x</div>', "ref-lund2010"),
        ('<div class="csl-entry"><a id="citeproc_bib_item_1"></a>x</div>', "citeproc_bib_item_1"),
        ('<div class="csl-entry">x</div>', None),
    ],
)
def test_entry_id(markup: str, expected: str | None) -> None:
    tag = BeautifulSoup(markup, "html.parser").find(True)
    assert tag is not None and entry_id(tag) == expected


_A = [(5, "ref-a"), (6, "ref-b")]
_B = [(12, "ref-b"), (13, "ref-c")]


@pytest.mark.parametrize(
    ("lists", "cited", "expected"),
    [
        ([_A, _B], [2, 9], ((4, 5), (11, 12))),
        ([_A, _B], [2, 3], None),  # (section 2 cites nothing: one text's two lists)
        ([_A], [2], None),
        ([_A, []], [2, 9], None),
        ([_A, _B, [(20, "ref-a")]], [2, 9, 15], ((4, 5), (11, 12), (19, 19))),
    ],
)
def test_section_lists(
    lists: list[list[tuple[int, str | None]]],
    cited: list[int],
    expected: tuple[tuple[int, int], ...] | None,
) -> None:
    found = section_lists(lists, cited)
    assert (found.spans() if found is not None else None) == expected


def test_section_lists_resolve_own_and_foreign() -> None:
    found = section_lists([_A, _B], [2, 9])
    assert found is not None and found.offsets() == (0, 2)
    assert found.resolve(8, "ref-b", None) == (3, False)  # (section 2's own copy)
    assert found.resolve(2, "ref-b", None) == (2, False)
    assert found.resolve(8, "ref-a", None) == (None, True)
    assert [(a.line, a.footnote) for a in found.anomalies] == [(9, "ref-a")]


# --- whole pages ------------------------------------------------------------------------

_WORKS = {
    "hale2003": ("Hale, M.", "2003", "Peat depth and water tables", "Mires and Peat 5: 1–12"),
    "iwu2011": ("Iwu, C.", "2011", "Drainage ditches in blanket bog", "Wetlands 31: 40–52"),
    "jonsson2016": ("Jonsson, A.", "2016", "Rewetting outcomes", "Restoration Ecology 9: 7–19"),
    "kaur2020": ("Kaur, P.", "2020", "Methane after rewetting", "Biogeosciences 17: 300–12"),
    "lemaire2022": ("Lemaire, S.", "2022", "Sphagnum regrowth", "Plant Ecology 4: 77–90"),
}


def _cite(key: str, listed: list[str], numbered: bool) -> str:
    author, year = _WORKS[key][0].split(",")[0], _WORKS[key][1]
    shown = str(listed.index(key) + 1) if key in listed else "?"
    inner = f"<sup>{shown}</sup>" if numbered else f"({author} {year})"
    return (
        f'<span class="citation" data-cites="{key}">'
        f'<a href="#ref-{key}" role="doc-biblioref">{inner}</a></span>'
    )


def _entry(key: str, n: int, numbered: bool) -> str:
    author, year, title, venue = _WORKS[key]
    if numbered:
        return (
            f'<div id="ref-{key}" class="csl-entry" role="listitem">'
            f'<div class="csl-left-margin">{n}. </div><div class="csl-right-inline">'
            f"{author} {title}. <em>{venue.split(' ')[0]}</em> {venue.split(' ', 1)[1]} "
            f"({year}).</div></div>"
        )
    return (
        f'<div id="ref-{key}" class="csl-entry" role="listitem">{author} {year}. '
        f"{title}. <em>{venue.split(' ')[0]}</em> {venue.split(' ', 1)[1]}.</div>"
    )


def _page(plan: list[tuple[list[str], list[str]]], numbered: bool) -> str:
    """Sections, each citing ``cited`` (a sentence a line) with its own list ``listed``."""
    lines = ["<html><head><title>Peatland restoration</title></head><body>"]
    for k, (cited, listed) in enumerate(plan, 1):
        lines += [f'<section id="ch{k}"><h2>Chapter {k}</h2>']
        for key in cited:
            lines.append(f"<p>Water tables rose after the works{_cite(key, listed, numbered)}.</p>")
        lines += ["<h3>References</h3>"]
        lines.append(f'<div id="refs-ch{k}" class="references csl-bib-body" role="list">')
        lines += [_entry(key, n, numbered) for n, key in enumerate(listed, 1)]
        lines += ["</div>", "</section>"]
    return "\n".join([*lines, "</body></html>"]) + "\n"


def _read(tmp_path: Path, text: str) -> ParsedDocument:
    path = tmp_path / "page.html"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


def _pairs(doc: ParsedDocument) -> list[tuple[str, list[int]]]:
    return sorted((fn.label, [m.line for m in fn.markers]) for fn in doc.footnotes)


def _findings(doc: ParsedDocument) -> list[tuple[str, str]]:
    return sorted(
        (f.kind.value, f.severity.value)
        for f in analyse_document(doc, {}, {})
        if f.kind is not FindingKind.COVERAGE_GAP
    )


def _missing(doc: ParsedDocument) -> list[tuple[int, str]]:
    return [
        (a.line, a.footnote or "")
        for a in doc.all_anomalies()
        if a.code.value == "citation-key-missing"
    ]


_TWO = [
    (["hale2003", "iwu2011"], ["hale2003", "iwu2011"]),
    (["iwu2011", "jonsson2016"], ["iwu2011", "jonsson2016"]),
]


@pytest.mark.parametrize("numbered", [True, False])
def test_two_sections_each_read_by_its_own_list(tmp_path: Path, numbered: bool) -> None:
    doc = _read(tmp_path, _page(_TWO, numbered))
    assert doc.reader == "html"
    assert [(e.label, e.line, e.reference.authors[0].rstrip(".")) for e in doc.literature] == [
        ("1.1", 7, "Hale, M"),
        ("1.2", 8, "Iwu, C"),
        ("2.1", 16, "Iwu, C"),  # (the work both sections cite: an entry in each list)
        ("2.2", 17, "Jonsson, A"),
    ]
    assert _pairs(doc) == [("1.1", [3]), ("1.2", [4]), ("2.1", [12]), ("2.2", [13])]
    assert _missing(doc) == []
    assert _findings(doc) == ([("duplicate-citation", Severity.INFO.value)] if numbered else [])


@pytest.mark.parametrize("numbered", [True, False])
def test_three_sections_planted_citation_of_another_list(tmp_path: Path, numbered: bool) -> None:
    plan = [
        _TWO[0],
        (["iwu2011", "hale2003", "jonsson2016"], ["iwu2011", "jonsson2016"]),
        (["kaur2020", "lemaire2022"], ["kaur2020", "lemaire2022"]),
    ]
    doc = _read(tmp_path, _page(plan, numbered))
    assert [(e.label, e.line) for e in doc.literature] == [
        ("1.1", 7),
        ("1.2", 8),
        ("2.1", 17),
        ("2.2", 18),
        ("3.1", 26),
        ("3.2", 27),
    ]
    # section 2's Hale (line 13) is only in section 1's list: missing there, tied to nothing
    assert _pairs(doc) == [
        ("1.1", [3]),
        ("1.2", [4]),
        ("2.1", [12]),
        ("2.2", [14]),
        ("3.1", [22]),
        ("3.2", [23]),
    ]
    assert _missing(doc) == [(13, "ref-hale2003")]
    found = [("missing-literature-entry", Severity.ERROR.value)]
    if numbered:
        found.insert(0, ("duplicate-citation", Severity.INFO.value))
    assert _findings(doc) == found


def test_links_without_pandoc_spans(tmp_path: Path) -> None:
    """citeproc's links alone (``<a href="#ref-key">``, no ``data-cites``)."""
    page = _page(_TWO, False)
    for key in _WORKS:
        page = page.replace(f'<span class="citation" data-cites="{key}">', "")
    page = page.replace("</a></span>", "</a>")
    doc = _read(tmp_path, page)
    assert [e.label for e in doc.literature] == ["1.1", "1.2", "2.1", "2.2"]
    assert _pairs(doc) == [("1.1", [3]), ("1.2", [4]), ("2.1", [12]), ("2.2", [13])]


def test_one_list_unchanged(tmp_path: Path) -> None:
    doc = _read(tmp_path, _page(_TWO[:1], False))
    assert [(e.label, e.line) for e in doc.literature] == [("1", 7), ("2", 8)]
    assert _missing(doc) == []
    assert _findings(doc) == []


def test_two_lists_closing_one_text_not_scoped(tmp_path: Path) -> None:
    """``multibib``: two lists after the whole text, the second section citing nothing."""
    page = _page(_TWO, False)
    head, _, tail = page.partition('<section id="ch2">')
    body = [ln for ln in tail.splitlines() if ln.startswith("<p>")]
    rest = [ln for ln in tail.splitlines() if not ln.startswith("<p>")]
    # the second chapter's sentences moved into the first, before its list
    head = head.replace("<h3>References</h3>", "\n".join([*body, "<h3>References</h3>"]), 1)
    doc = _read(tmp_path, head + '<section id="ch2">' + "\n".join(rest) + "\n")
    assert not any("." in e.label for e in doc.literature)
    assert _missing(doc) == []


def test_hand_written_report_ol_per_chapter(tmp_path: Path) -> None:
    """An institutional report with a ``<h3>References</h3><ol>`` after each chapter and
    ``[n]`` in its text (read per report by :mod:`bibcheck.readers.htmlreports`)."""
    text = "\n".join(
        [
            "<html><head><title>Catchment report</title></head><body>",
            "<h2>1. Sediment</h2>",
            "<p>Sediment loads rose sharply after the winter storms in every gauged reach [1]. "
            "Upstream gauges showed the same pattern over three years [2].</p>",
            "<h3>References</h3>",
            "<ol>",
            "<li>Harlow, P. (2011). Storm sediment. <i>Journal of Hydrology</i>, 40, 11–20.</li>",
            "<li>Ngata, R. (2015). Gauging catchments. <i>Water Research</i>, 22, 100–110.</li>",
            "</ol>",
            "<h2>2. Nutrients</h2>",
            "<p>Nitrate followed the sediment loads closely through the whole monitoring year "
            "[1]. Phosphate lagged some weeks behind the nitrate peak [2].</p>",
            "<h3>References</h3>",
            "<ol>",
            "<li>Ngata, R. (2015). Gauging catchments. <i>Water Research</i>, 22, 100–110.</li>",
            "<li>Osei, K. (2019). Nutrient lags. <i>Freshwater Biology</i>, 8, 5–15.</li>",
            "</ol>",
            "</body></html>",
        ]
    )
    doc = _read(tmp_path, text + "\n")
    assert [(e.label, e.line) for e in doc.literature] == [
        ("1.1", 6),
        ("1.2", 7),
        ("2.1", 13),
        ("2.2", 14),
    ]
    assert _pairs(doc) == [("1.1", [3]), ("1.2", [3]), ("2.1", [10]), ("2.2", [10])]
    assert _findings(doc) == [("duplicate-citation", Severity.INFO.value)]
