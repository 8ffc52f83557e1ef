"""Notes whose reference and back link meet at empty named anchors, as Project Gutenberg's
HTML books write them: ``<a id="FNanchor_3_3"></a><a href="#Footnote_3_3">[3]</a>`` in the
text, ``<a id="Footnote_3_3"></a><a href="#FNanchor_3_3">[3]</a>`` in the note.  The link
to the note is the marker, the paragraph holding the empty anchor is no note, and the link
back to it is a back link.  Pages written for this test in that markup (several variants)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

HEAD = "<html><head><title>On lanterns</title></head><body>\n<h1>On lanterns</h1>\n"
TEXT = {
    "bracketed": (
        '<p>Lanterns were hung on every gate,<a name="FNanchor_1_1" id="FNanchor_1_1"></a>'
        '<a href="#Footnote_1_1" class="fnanchor">[1]</a> by order of the town.</p>\n'
        '<p>Few of them remain.<a name="FNanchor_2_2" id="FNanchor_2_2"></a>'
        '<a href="#Footnote_2_2" class="fnanchor">[2]</a></p>\n'
    ),
    "superscript": (
        '<p>Lanterns were hung on every gate,<a id="FNanchor_1"></a>'
        '<a href="#Footnote_1" class="fnanchor"><sup>1</sup></a> by order of the town.</p>\n'
        '<p>Few of them remain.<a id="FNanchor_2"></a>'
        '<a href="#Footnote_2" class="fnanchor"><sup>2</sup></a></p>\n'
    ),
    "no-class": (
        '<p>Lanterns were hung on every gate,<a name="FNanchor_A"></a>'
        '<a href="#Footnote_A">[1]</a> by order of the town.</p>\n'
        '<p>Few of them remain.<a name="FNanchor_B"></a><a href="#Footnote_B">[2]</a></p>\n'
    ),
}
NOTES = {
    "bracketed": (
        '<h2>FOOTNOTES:</h2>\n<div class="footnote"><p><a name="Footnote_1_1" id="Footnote_1_1">'
        '</a><a href="#FNanchor_1_1"><span class="label">[1]</span></a> Tom Reed, '
        "<i>Town Orders</i>, 1702.</p></div>\n"
        '<div class="footnote"><p><a name="Footnote_2_2" id="Footnote_2_2"></a>'
        '<a href="#FNanchor_2_2"><span class="label">[2]</span></a> Ibid., p. 9.</p></div>\n'
    ),
    "superscript": (
        '<hr class="chap">\n<div class="footnotes"><h3>FOOTNOTES</h3>\n'
        '<div class="footnote"><a id="Footnote_1"></a><a href="#FNanchor_1" class="label">1</a>'
        " Tom Reed, <i>Town Orders</i>, 1702.</div>\n"
        '<div class="footnote"><a id="Footnote_2"></a><a href="#FNanchor_2" class="label">2</a>'
        " Ibid., p. 9.</div>\n</div>\n"
    ),
    "no-class": (
        '<h2>NOTES</h2>\n<p><a name="Footnote_A"></a><a href="#FNanchor_A">[1]</a> Tom Reed, '
        "<i>Town Orders</i>, 1702.</p>\n"
        '<p><a name="Footnote_B"></a><a href="#FNanchor_B">[2]</a> Ibid., p. 9.</p>\n'
    ),
}


@pytest.mark.parametrize("variant", sorted(TEXT))
def test_named_anchor_notes(variant: str) -> None:
    page = HEAD + TEXT[variant] + NOTES[variant] + "</body></html>\n"
    doc = parse_bytes(page.encode(), "book.html")
    got = [
        (f.label, [(m.line, m.claim.text if m.claim else "") for m in f.markers])
        for f in doc.footnotes
    ]
    assert got == [
        ("1", [(3, "Lanterns were hung on every gate,")]),
        ("2", [(4, "Few of them remain.")]),
    ]
    assert [f.reference.raw if f.reference else f.text for f in doc.footnotes][1] == "Ibid., p. 9."
    codes = {a.code.value for a in doc.anomalies}
    assert not codes & {
        "duplicate-definition",
        "definition-without-marker",
        "marker-without-definition",
    }


def test_link_after_text_anchor_is_no_pair() -> None:
    """A named anchor with text of its own names only itself: a link back to it is a
    cross reference, not the back link of the link after it."""
    page = (
        HEAD + '<p>See <a name="sec2">the second part</a><a href="#Footnote_1">[1]</a>.</p>\n'
        '<h2>Notes</h2>\n<p><a id="Footnote_1"></a>1. Tom Reed, 1702; '
        'compare <a href="#sec2">above</a>.</p>\n</body></html>\n'
    )
    doc = parse_bytes(page.encode(), "book.html")
    assert [f.label for f in doc.footnotes if f.markers] == ["1"]
