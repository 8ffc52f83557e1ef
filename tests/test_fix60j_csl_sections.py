"""fix60j: Markdown holding several citeproc-js bibliographies (one per section, each
numbered from [1]: a style gallery, a book's chapters concatenated).  The first list is
read with the citations before it; the sections after it are one ``unread-region`` and none
of their citations is tied to the first list or reported as missing.  Every document here
was written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.cslmarkdown import rewrite, unread_anomaly


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


def _document(sections: int, heading: str | None = None) -> str:
    lines = ["# Citation styles compared", ""]
    for s in range(sections):
        lines += [
            f"## Part {s + 1}",
            "",
            "A survey opens the field<sup>[1]</sup>, two follow<sup>[2]</sup>, "
            "and later work agrees<sup>[3,4]</sup>.",
            "",
            *_bib(_SECTIONS[s], heading),
        ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("sections", "read", "unread", "more"),
    [
        (1, (6, 19), None, 0),
        (2, (6, 19), (20, 38), 1),
        (3, (6, 19), (20, 57), 2),
    ],
)
def test_rewrite_reads_the_first_bibliography(
    sections: int, read: tuple[int, int], unread: tuple[int, int] | None, more: int
) -> None:
    doc = rewrite(_document(sections).splitlines())
    assert doc.bibliography == read
    assert doc.unread == unread
    assert doc.more == more
    if unread is not None:
        assert not any(doc.lines[i].strip() for i in range(unread[0], unread[1] + 1))
        anomaly = unread_anomaly(doc)
        assert anomaly is not None and anomaly.line == unread[0] + 1
        assert anomaly.code.value == "unread-region"
        assert f"lines {unread[0] + 1}-{unread[1] + 1}" in anomaly.message
    else:
        assert unread_anomaly(doc) is None


@pytest.mark.parametrize("heading", [None, "### References"])
def test_three_sections_no_false_findings(heading: str | None) -> None:
    doc = parse_bytes(_document(3, heading).encode(), "gallery.md")
    assert doc.reader == "sup-markdown"
    assert [e.number for e in doc.literature] == [1, 2, 3, 4]
    assert [e.reference.authors[0] for e in doc.literature if e.reference] == [
        "Okoro, B.",
        "Pell, D.",
        "Quist, F.",
        "Rahn, G.",
    ]
    assert sorted(fn.number for fn in doc.footnotes if fn.markers) == [1, 2, 3, 4]
    codes = sorted(a.code.value for a in doc.all_anomalies())
    assert set(codes) == {"unread-region"}
    ours = [a for a in doc.all_anomalies() if "more citeproc bibliographies" in a.message]
    first, last = (21, 58) if heading is None else (23, 64)
    assert [(a.line, a.message.split(" hold ")[0]) for a in ours] == [
        (first, f"lines {first}-{last}")
    ]
    assert "2 more citeproc bibliographies" in ours[0].message


def test_one_bibliography_unchanged() -> None:
    doc = parse_bytes(_document(1, "### References").encode(), "one.md")
    assert [e.number for e in doc.literature] == [1, 2, 3, 4]
    assert sorted(fn.number for fn in doc.footnotes if fn.markers) == [1, 2, 3, 4]
    assert not doc.all_anomalies()
