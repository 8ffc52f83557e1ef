"""HTML pages under revision are read as if every change were accepted.

``<del>`` (and ``<s>``/``<strike>`` on a page that marks revisions with ``<ins>``/``<del>``,
and track-changes spans classed as deletions) hold no citation and no reference entry; a
list item whose whole content is deleted is no entry and the items after it keep the
numbers the page shows; ``<ins>`` is ordinary text.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.html import read

ENTRIES = [
    "Brook A. Tides of the North. Leiden: Brill; 2009.",
    "Dunn C. Harbour law and the wreck. Oxford: Hart; 2015.",
    "Frost E. Salvage and the sea bed. London: Sweet; 1998.",
    "Gale P. Ports of the Baltic. Turku: Abo; 1990.",
]


def cite(n: int) -> str:
    return f'<sup><a href="#ref-{n}">{n}</a></sup>'


def page(body: str, items: list[str] | None = None) -> str:
    items = (
        items
        if items is not None
        else [f'<li id="ref-{i}">{e}</li>' for i, e in enumerate(ENTRIES, start=1)]
    )
    return (
        "<!DOCTYPE html><html><head><title>Mills</title></head><body><article>"
        f"<h1>Mills and tides</h1>{body}<h2>References</h2><ol>{''.join(items)}</ol>"
        "</article></body></html>"
    )


def li(n: int, wrap: str = "") -> str:
    text = ENTRIES[n - 1]
    return f'<li id="ref-{n}">{f"<{wrap}>{text}</{wrap}>" if wrap else text}</li>'


ALL_CITED = f"<p>Mills ground grain{cite(1)}, salt{cite(2)}, fish{cite(3)} and wood{cite(4)}.</p>"
CASES = [
    pytest.param(
        f"<p>Mills ground grain{cite(1)}. <del datetime='2024-02-01'>Salt was boiled{cite(2)}."
        f"</del> <ins datetime='2024-02-01'>Fish were dried{cite(3)}.</ins> Wood{cite(4)}.</p>",
        None,
        ["1", "3", "4"],
        ["1", "2", "3", "4"],
        id="deleted-sentence-with-citation",
    ),
    pytest.param(
        f"<p>Mills<del>{cite(2)}</del>{cite(1)}, fish{cite(3)}, wood{cite(4)}.</p>",
        None,
        ["1", "3", "4"],
        ["1", "2", "3", "4"],
        id="deleted-marker-only",
    ),
    pytest.param(
        f"<p>Mills{cite(1)}, fish{cite(3)}, wood{cite(4)}<ins>, salt{cite(2)}</ins>.</p>",
        None,
        ["1", "3", "4", "2"],
        ["1", "2", "3", "4"],
        id="inserted-citation",
    ),
    pytest.param(  # struck text on a page that marks its revisions: removed
        f"<p>Mills{cite(1)}<s>, salt{cite(2)}</s>, fish{cite(3)}<ins>, wood</ins>{cite(4)}.</p>",
        None,
        ["1", "3", "4"],
        ["1", "2", "3", "4"],
        id="struck-on-revised-page",
    ),
    pytest.param(  # struck text on a page without revision marks: only a style
        f"<p>Mills{cite(1)}<strike>, salt{cite(2)}</strike>, fish{cite(3)}, wood{cite(4)}.</p>",
        None,
        ["1", "2", "3", "4"],
        ["1", "2", "3", "4"],
        id="struck-on-plain-page",
    ),
    pytest.param(  # an entry struck whole, in the middle: no entry, the others keep 3 and 4
        f"<p>Mills{cite(1)}, fish{cite(3)}, wood{cite(4)}. <del>Salt{cite(2)}.</del></p>",
        [li(1), li(2, "del"), li(3), li(4)],
        ["1", "3", "4"],
        ["1", "3", "4"],
        id="entry-deleted-mid-list",
    ),
    pytest.param(  # an entry added, one removed, at the end
        f"<p>Mills{cite(1)}, salt{cite(2)}<ins>, fish{cite(3)}</ins>.<del> Wood{cite(4)}.</del></p>",
        [li(1), li(2), li(3, "ins"), li(4, "del")],
        ["1", "2", "3"],
        ["1", "2", "3"],
        id="entry-inserted-and-deleted",
    ),
    pytest.param(  # an editor's track-changes spans (ICE, suggestion exports)
        f"<p>Mills{cite(1)}<span class='ice-del ice-cts-1'>, salt{cite(2)}</span>, fish"
        f"{cite(3)}<span class='suggestion-deletion'>, wood{cite(4)}</span>.</p>",
        [li(1), li(2), li(3), li(4)],
        ["1", "3"],
        ["1", "2", "3", "4"],
        id="track-changes-spans",
    ),
    pytest.param(  # a word deleted inside an entry: the entry is there, without it
        ALL_CITED,
        [
            li(1),
            '<li id="ref-2">Dunn C. Harbour law <del>and salvage</del>'
            "<ins>and the wreck</ins>. Oxford: Hart; 2015.</li>",
            li(3),
            li(4),
        ],
        ["1", "2", "3", "4"],
        ["1", "2", "3", "4"],
        id="entry-corrected",
    ),
]


@pytest.mark.parametrize(("body", "items", "markers", "entries"), CASES)
def test_revisions_read_as_accepted(
    body: str, items: list[str] | None, markers: list[str], entries: list[str]
) -> None:
    doc = read(page(body, items))
    assert [m.label for m in doc.markers] == markers
    listed = doc.literature or doc.footnotes
    assert [e.label for e in listed] == entries
    assert all(e.text.strip() for e in listed)
    assert not any("salvage" in e.text for e in listed)  # the deleted words of "entry-corrected"
