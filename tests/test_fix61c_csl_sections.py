"""fix61c: Markdown with a citeproc bibliography per section (Pandoc's section
bibliographies, multibib, a Quarto book in one file, chapters run through citeproc and
concatenated).  Every list is read; each section's citations resolve in its own list,
numbered as printed and labelled ``<part>.<n>``; a work cited in two sections is an entry of
both lists (an informational duplicate only); a citation linking to an entry only another
section lists is ``citation-key-missing`` (a missing-literature-entry finding) at its line.
Every document here was written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import FindingKind, ParsedDocument, RawDocument, Severity
from bibcheck.readers.csllists import SectionLists, by_part, part_label
from bibcheck.readers.mdanchored import fenced_bibliographies

# --- small pure functions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "offsets", "expected"),
    [
        ("1", (0, 3), "1.1"),
        ("3", (0, 3), "1.3"),
        ("4", (0, 3), "2.1"),
        ("5", (0, 3, 5), "2.2"),
        ("6", (0, 3, 5), "3.1"),
        ("9", (0, 4, 8), "3.1"),
        ("L1", (0, 3), "L1"),  # (a link's label is no number)
        ("smith2019", (0, 3), "smith2019"),
    ],
)
def test_part_label(label: str, offsets: tuple[int, ...], expected: str) -> None:
    assert part_label(label, offsets) == expected


def test_by_part_one_list_unchanged() -> None:
    raw = RawDocument("markdown-links", None, (), (), (), ())
    assert by_part(raw, (0,)) is raw
    assert by_part(raw, (0, 2)).numbered_by_part


@pytest.mark.parametrize(
    ("row", "ident", "expected", "foreign"),
    [
        (3, "ref-a", 1, False),  # section 1's own
        (3, "ref-b", 2, False),
        (12, "ref-b", 3, False),  # the work of both lists: section 2's entry
        (12, "ref-c", 4, False),
        (12, "ref-a", None, True),  # only in section 1's list: missing in section 2's
        (30, "ref-c", 4, False),  # after the last list: the last section's
        (3, "fig-1", None, False),  # no entry's id: a figure, cites nothing
    ],
)
def test_section_lists_resolve(row: int, ident: str, expected: int | None, foreign: bool) -> None:
    lists = SectionLists(restart=True)
    lists.add(5, 9, {"ref-a": 1, "ref-b": 2}, 2)
    lists.add(14, 20, {"ref-b": 3, "ref-c": 4}, 2)
    assert lists.scoped
    assert lists.offsets() == (0, 2)
    assert lists.resolve(row, ident, None, "Ames 2001") == (expected, foreign)
    assert len(lists.anomalies) == int(foreign)
    if foreign:
        assert lists.anomalies[0].line == row + 1
        assert lists.anomalies[0].code.value == "citation-key-missing"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["::: {#refs .references .csl-bib-body}", "::: {#ref-a .csl-entry}", "A", ":::", ":::"],
            [(0, 4)],
        ),
        (
            [
                "x",
                "::: {#refs-1 .references}",
                ":::",
                "y",
                "::: {#refs-2 .csl-bib-body}",
                ":::",
                "z",
            ],
            [(1, 2), (4, 5)],
        ),
        (["::: {.callout-note}", "text", ":::"], []),
    ],
)
def test_fenced_bibliographies(lines: list[str], expected: list[tuple[int, int]]) -> None:
    assert fenced_bibliographies(lines) == expected


# --- whole documents --------------------------------------------------------------------

_WORKS = {
    "ames2001": ("Ames, Rhoda", "2001", "Salt Marsh Accretion Rates", "Estuarine Notes 4: 11–29"),
    "boyd2010": ("Boyd, Colm", "2010", "Tidal Creeks in Transition", "Coastal Forms 9: 201–17"),
    "cruz2016": ("Cruz, Ines", "2016", "Reed Beds and Sediment Supply", "Wetland Review 2: 55–70"),
    "dahl2019": (
        "Dahl, Sigrun",
        "2019",
        "Sea-Level Rise and Marsh Edges",
        "Shore Studies 12: 3–18",
    ),
    "ezra2021": (
        "Ezra, Noam",
        "2021",
        "Restoring Managed Realignment Sites",
        "Estuaries 30: 90–104",
    ),
}


def _html_entry(key: str, number: int | None) -> list[str]:
    author, year, title, venue = _WORKS[key]
    if number is None:
        text = f'{author}. {year}. "{title}." *{venue.split(" ")[0]} {venue.split(" ")[1]}* {venue.split(" ", 2)[2]}.'
        return [f'<div id="ref-{key}" class="csl-entry">', "", text, "", "</div>", ""]
    margin = f'<span class="csl-left-margin">{number}. </span>'
    text = f"{author.split(',')[0]}, {author.split(', ')[1][0]}. {title}. *{venue.split(' ')[0]}* {venue.split(' ', 2)[2]} ({year})."
    inline = f'<span class="csl-right-inline">{text}</span>'
    return [f'<div id="ref-{key}" class="csl-entry">', "", margin + inline, "", "</div>", ""]


def _html_list(name: str, keys: list[str], numbered: bool) -> list[str]:
    out = ["### References", "", f'<div id="refs-{name}" class="references csl-bib-body">', ""]
    for n, key in enumerate(keys, 1):
        out += _html_entry(key, n if numbered else None)
    return [*out, "</div>", ""]


def _cite(key: str, keys: list[str], numbered: bool) -> str:
    author, year = _WORKS[key][0].split(",")[0], _WORKS[key][1]
    if numbered:
        n = keys.index(key) + 1 if key in keys else 9
        return f"<sup>[{n}](#ref-{key})</sup>"
    return f"([{author} {year}](#ref-{key}))"


def _sections(plan: list[tuple[list[str], list[str]]], numbered: bool) -> str:
    """Sections, each citing ``cited`` (in order) with its own list of ``listed``."""
    lines = ["# Marsh dynamics", ""]
    for k, (cited, listed) in enumerate(plan, 1):
        lines += [f"## Section {k}", ""]
        for key in cited:
            lines += [f"The marsh edge moved in the study{_cite(key, listed, numbered)} area.", ""]
        lines += _html_list(f"s{k}", listed, numbered)
    return "\n".join(lines) + "\n"


def _fenced(plan: list[tuple[list[str], list[str]]]) -> str:
    lines = ["# Marsh dynamics", ""]
    for k, (cited, listed) in enumerate(plan, 1):
        lines += [f"## Section {k}", ""]
        for key in cited:
            lines += [f"Later work agrees{_cite(key, listed, False)} on the rates.", ""]
        lines += [
            "### References",
            "",
            f"::: {{#refs-s{k} .references .csl-bib-body .hanging-indent}}",
        ]
        for key in listed:
            author, year, title, venue = _WORKS[key]
            lines += [
                f"::: {{#ref-{key} .csl-entry}}",
                f'{author}. {year}. "{title}." *Notes* {venue.split(" ", 2)[2]}.',
                ":::",
                "",
            ]
        lines += [":::", ""]
    return "\n".join(lines) + "\n"


def _pairs(doc: ParsedDocument) -> list[tuple[str, list[int]]]:
    return sorted((fn.label, [m.line for m in fn.markers]) for fn in doc.footnotes)


def _entries(doc: ParsedDocument) -> list[tuple[str, int, str]]:
    return [(e.label, e.line, e.reference.authors[0]) for e in doc.literature]


def _findings(doc: ParsedDocument) -> list[tuple[str, str]]:
    return sorted(
        (f.kind.value, f.severity.value)
        for f in analyse_document(doc, {}, {})
        if f.kind is not FindingKind.COVERAGE_GAP
    )


_TWO = [
    (["ames2001", "boyd2010"], ["ames2001", "boyd2010"]),
    (["boyd2010", "cruz2016"], ["boyd2010", "cruz2016"]),
]
_THREE = [*_TWO, (["dahl2019", "ezra2021"], ["dahl2019", "ezra2021"])]


@pytest.mark.parametrize("numbered", [True, False])
def test_two_sections_each_read_by_its_own_list(numbered: bool) -> None:
    doc = parse_bytes(_sections(_TWO, numbered).encode(), "two.md")
    assert doc.reader == "markdown-links"
    names = ["Ames, R", "Boyd, C", "Boyd, C", "Cruz, I"]
    if not numbered:
        names = ["Ames, Rhoda", "Boyd, Colm", "Boyd, Colm", "Cruz, Ines"]
    assert _entries(doc) == [
        ("1.1", 15, names[0]),
        ("1.2", 21, names[1]),
        ("2.1", 39, names[2]),  # (the work of both lists: an entry in each)
        ("2.2", 45, names[3]),
    ]
    assert _pairs(doc) == [("1.1", [5]), ("1.2", [7]), ("2.1", [29]), ("2.2", [31])]
    assert [a.code.value for a in doc.all_anomalies() if a.code.value != "reader-uncertain"] == []
    # (the numbered entries read alike: one informational note, nothing to fix)
    assert _findings(doc) == ([("duplicate-citation", Severity.INFO.value)] if numbered else [])


@pytest.mark.parametrize("numbered", [True, False])
def test_three_sections_planted_citation_of_another_list(numbered: bool) -> None:
    plan = [*_TWO[:1], (["boyd2010", "ames2001", "cruz2016"], ["boyd2010", "cruz2016"]), _THREE[2]]
    doc = parse_bytes(_sections(plan, numbered).encode(), "three.md")
    assert [(e.label, e.line) for e in doc.literature] == [
        ("1.1", 15),
        ("1.2", 21),
        ("2.1", 41),
        ("2.2", 47),
        ("3.1", 65),
        ("3.2", 71),
    ]
    # section 2's Ames (line 31) is only in section 1's list: missing there, tied to nothing
    assert _pairs(doc) == [
        ("1.1", [5]),
        ("1.2", [7]),
        ("2.1", [29]),
        ("2.2", [33]),
        ("3.1", [55]),
        ("3.2", [57]),
    ]
    missing = [a for a in doc.all_anomalies() if a.code.value == "citation-key-missing"]
    assert [(a.line, a.footnote) for a in missing] == [(31, "ref-ames2001")]
    found = [("missing-literature-entry", Severity.ERROR.value)]
    if numbered:
        found.insert(0, ("duplicate-citation", Severity.INFO.value))
    assert _findings(doc) == found


def test_fenced_sections_pandoc_markdown() -> None:
    plan = [
        (["ames2001", "boyd2010"], ["ames2001", "boyd2010"]),
        (["boyd2010", "cruz2016", "ames2001"], ["boyd2010", "cruz2016"]),
    ]
    doc = parse_bytes(_fenced(plan).encode(), "fenced.md")
    assert doc.reader == "markdown-links"
    assert [(e.label, e.line) for e in doc.literature] == [
        ("1.1", 13),
        ("1.2", 17),
        ("2.1", 34),
        ("2.2", 38),
    ]
    assert _pairs(doc) == [("1.1", [5]), ("1.2", [7]), ("2.1", [24]), ("2.2", [26])]
    missing = [a for a in doc.all_anomalies() if a.code.value == "citation-key-missing"]
    assert [(a.line, a.footnote) for a in missing] == [(28, "ref-ames2001")]
    assert _findings(doc) == [("missing-literature-entry", Severity.ERROR.value)]


def test_one_list_unchanged() -> None:
    doc = parse_bytes(_sections(_TWO[:1], False).encode(), "one.md")
    assert [e.label for e in doc.literature] == ["1", "2"]
    assert _pairs(doc) == [("1", [5]), ("2", [7])]
    assert not [a for a in doc.all_anomalies() if a.code.value != "reader-uncertain"]
