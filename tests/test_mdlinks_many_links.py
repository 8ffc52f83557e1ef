"""A sentence of hundreds of links is read in linear time (fix30k's finding).

Each link's credit-line test used to find its sentence by scanning the line from its
start: a line of 300 links took seconds. The line's sentences are now found once.
"""

from __future__ import annotations

from bibcheck.manuscript import parse_bytes
from tests.worksteps import counted


def _page(links: int) -> bytes:
    body = ", ".join(f"[source {i}](https://site{i}.example/p{i})" for i in range(links))
    text = f"# Notes\n\nWe drew on {body} for this.\n\n*Photo by [Jane Roe](https://unsplash.com/@jr) on [Unsplash](https://unsplash.com/)*\n"
    return text.encode()


def _steps(links: int) -> int:
    """The work of reading the page, counted in steps (tests.worksteps), not timed."""
    return counted(parse_bytes, _page(links), "notes.md")


def test_links_in_one_sentence_scale_linearly() -> None:
    small, large = _steps(100), _steps(1000)
    # ten times the links: well under a hundred times the work (quadratic was ~100x)
    assert large < 30 * small


def test_credit_line_links_are_still_no_citations() -> None:
    doc = parse_bytes(_page(3), "notes.md")
    cited = {m.label for m in doc.stray_markers} | {f.label for f in doc.footnotes}
    assert not any("unsplash" in (f.reference.url or "") for f in doc.footnotes)
    assert len(cited) == 3
