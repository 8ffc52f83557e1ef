"""Markdown keeping its reference list as HTML: <li id> items cited by in-page anchors."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.mdhtml import rewrite

POST = """# Cats and sleep

Cats sleep for most of the day<sup><a href="#ref-1">[1]</a></sup>. Kittens sleep even
longer<sup><a href="#ref-2">[2]</a></sup>, and older cats nap often<sup><a href="#ref-1">[1]</a></sup>.

## References

<ol>
<li id="ref-1">Miller, A. (2001). <em>A made-up book on cats</em>. Example Press.</li>
<li id="ref-2">Jones, B. (2015). Kitten sleep. <em>Journal of Examples</em>, 3(2), 10-20.
<a href="https://example.org/kittens">https://example.org/kittens</a></li>
</ol>
"""


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # items on their own lines, anchors to them: [n] entries and [n] citations
            [
                'A claim<sup><a href="#ref-1">[1]</a></sup>.',
                "## References",
                "<ol>",
                '<li id="ref-1">Doe, J. (2020). <em>Title</em>. Press.</li>',
                "</ol>",
            ],
            [
                "A claim<sup>[1]</sup>.",
                "## References",
                "",
                "[1] Doe, J. (2020). *Title*. Press.",
                "",
            ],
        ),
        (  # an item over two lines, the list opening and closing on item lines
            [
                'See <a href="#cite-7">the survey</a>.',
                '<ul><li id="cite-7">Roe, K. (2019). A long',
                "title. Journal.</li></ul>",
            ],
            ["See the survey [7].", "[7] Roe, K. (2019). A long", "    title. Journal."],
        ),
        (  # ids no anchor points at: a list of steps, left alone
            ['<a href="#intro">Intro</a>', "<ol>", '<li id="step-1">Open the box.</li>', "</ol>"],
            ['<a href="#intro">Intro</a>', "<ol>", '<li id="step-1">Open the box.</li>', "</ol>"],
        ),
        (  # a list of footnotes is the note readers'
            ['x<sup><a href="#fn:1">1</a></sup>', "<ol>", '<li id="fn:1">A note.</li>', "</ol>"],
            ['x<sup><a href="#fn:1">1</a></sup>', "<ol>", '<li id="fn:1">A note.</li>', "</ol>"],
        ),
    ],
    ids=["one-line-items", "wrapped-item-no-heading", "steps", "footnotes"],
)
def test_rewrite_anchored_item_lists(lines: list[str], expected: list[str]) -> None:
    assert rewrite(lines).lines == expected


def test_a_post_with_an_html_list_is_read_without_false_findings() -> None:
    doc = parse_bytes(POST.encode(), "post.md")
    assert doc.reader == "markdown-links"
    markers = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert markers == [("1", 3), ("1", 4), ("2", 4)]
    assert not doc.stray_markers
    assert [e.reference.title for e in doc.literature] == ["A made-up book on cats", "Kitten sleep"]
    assert doc.all_anomalies() == []
