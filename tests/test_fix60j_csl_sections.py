"""fix60j: Markdown holding several citeproc-js bibliographies (one per section, each
numbered from [1]: a style gallery, a book's chapters concatenated).  Since fix61c every
list is read, each section's citations by its own list (labels ``<part>.<n>``); a number
past its section's list is missing there.  Every document here was written for these
tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes


def _bib(names: list[str], heading: str | None = None) -> list[str]:
    out = [heading, ""] if heading else []
    out.append('<div class="csl-bib-body" style="line-height: 1.35;">')
    for i, name in enumerate(names, 1):
        out += [
            '  <div class="csl-entry">',
            f'    <div class="csl-left-margin">[{i}]</div><div class="csl-right-inline">{name}'
            f" Notes on field work {i}. <i>Journal of Survey Methods</i> {20 + i},"
            f" {40 + i}-{60 + i} ({2001 + i}).</div>",
            "  </div>",
        ]
    return [*out, "</div>", ""]


_SECTIONS = [
    ["Okoro, B.", "Pell, D.", "Quist, F.", "Rahn, G."],
    ["Sato, K.", "Thorne, E.", "Ulm, V.", "Vance, J."],
    ["Wendt, C.", "Xu, L.", "Yates, P.", "Zorn, M."],
]


def _document(sections: int, heading: str | None = None, last: int = 4) -> str:
    lines = ["# Citation styles compared", ""]
    for s in range(sections):
        lines += [
            f"## Part {s + 1}",
            "",
            "A survey opens the field<sup>[1]</sup>, two follow<sup>[2]</sup>, "
            f"and later work agrees<sup>[3,{last if s == 1 else 4}]</sup>.",
            "",
            *_bib(_SECTIONS[s], heading),
        ]
    return "\n".join(lines) + "\n"


def test_one_bibliography_unchanged() -> None:
    doc = parse_bytes(_document(1, "### References").encode(), "one.md")
    assert [e.number for e in doc.literature] == [1, 2, 3, 4]
    assert sorted(fn.number for fn in doc.footnotes if fn.markers) == [1, 2, 3, 4]
    assert not doc.all_anomalies()


@pytest.mark.parametrize("heading", [None, "### References"])
def test_three_sections_each_by_its_own_list(heading: str | None) -> None:
    doc = parse_bytes(_document(3, heading).encode(), "gallery.md")
    assert doc.reader == "sup-markdown"
    labels = [f"{part}.{n}" for part in (1, 2, 3) for n in (1, 2, 3, 4)]
    assert [e.label for e in doc.literature] == labels
    assert [e.reference.authors[0] for e in doc.literature] == [
        name for names in _SECTIONS for name in names
    ]
    first = 5  # the citations of each part are on its third line
    step = 19 if heading is None else 21
    lines = {f"{part}.{n}": [first + (part - 1) * step] for part in (1, 2, 3) for n in range(1, 5)}
    assert {fn.label: [m.line for m in fn.markers] for fn in doc.footnotes} == lines
    assert not doc.all_anomalies()


def test_number_past_its_sections_list() -> None:
    doc = parse_bytes(_document(2, "### References", last=6).encode(), "gallery.md")
    assert [e.label for e in doc.literature] == [f"{p}.{n}" for p in (1, 2) for n in (1, 2, 3, 4)]
    # part 2 cites [6] of its 4 entries: missing there, never part 1's or another's
    assert sorted(fn.label for fn in doc.footnotes if fn.markers) == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "2.1",
        "2.2",
        "2.3",
    ]
    assert [(a.code.value, a.line, a.footnote) for a in doc.all_anomalies()] == [
        ("citation-key-missing", 26, "2.6"),
        ("literature-uncited", 41, None),  # (part 2's [4], cited nowhere)
    ]
