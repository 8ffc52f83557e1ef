"""Footnotes as the common blog engines and WordPress plugins write them: Easy Footnotes,
Modern Footnotes (the note inline, beside a ``sup`` of the same ``data-mfn``), footnotes-made-easy
(a bracketed back link "[↩]" after the note), the block editor's core footnotes (notes named by
UUIDs), Ghost (markdown-it) and Substack.  Pages written for these tests in those tools'
markup."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

HEAD = "<!doctype html><html><body><article><h1>Tide mills</h1>\n"
PAGES = {
    "easy": HEAD
    + """<p>Tide mills ground grain.<span class="easy-footnote-margin-adjust" id="easy-footnote-1-88"></span><span class="easy-footnote"><a href="#easy-footnote-bottom-1-88" title="Ann Bell, Mills of the Coast (Leeds: Dale, 1991), 4."><sup>1</sup></a></span> Some survive.<span class="easy-footnote-margin-adjust" id="easy-footnote-2-88"></span><span class="easy-footnote"><a href="#easy-footnote-bottom-2-88" title="Ibid., 9."><sup>2</sup></a></span></p>
<div class="easy-footnote-title"><h4>Notes</h4></div><ol class="easy-footnotes-wrapper"><li class="easy-footnote-single"><span id="easy-footnote-bottom-1-88" class="easy-footnote-margin-adjust"></span>Ann Bell, <em>Mills of the Coast</em> (Leeds: Dale, 1991), 4.<a class="easy-footnote-to-top" href="#easy-footnote-1-88"></a></li><li class="easy-footnote-single"><span id="easy-footnote-bottom-2-88" class="easy-footnote-margin-adjust"></span>Ibid., 9.<a class="easy-footnote-to-top" href="#easy-footnote-2-88"></a></li></ol>
</article></body></html>
""",
    "modern": HEAD
    + """<p>Tide mills ground grain.<sup class="modern-footnotes-footnote " data-mfn="1" data-mfn-post-scope="000000000000aaaa0000000000000001_12"><a href="javascript:void(0)" role="button" aria-pressed="false" aria-describedby="mfn-content-000000000000aaaa0000000000000001_12-1">1</a></sup><span id="mfn-content-000000000000aaaa0000000000000001_12-1" role="tooltip" class="modern-footnotes-footnote__note" tabindex="0" data-mfn="1">Ann Bell, <em>Mills of the Coast</em> (Leeds: Dale, 1991), 4.</span> Some survive.<sup class="modern-footnotes-footnote " data-mfn="2" data-mfn-post-scope="000000000000aaaa0000000000000001_12"><a href="javascript:void(0)" role="button" aria-pressed="false" aria-describedby="mfn-content-000000000000aaaa0000000000000001_12-2">2</a></sup><span id="mfn-content-000000000000aaaa0000000000000001_12-2" role="tooltip" class="modern-footnotes-footnote__note" tabindex="0" data-mfn="2">Ibid., 9.</span></p>
</article></body></html>
""",
    "made-easy": HEAD
    + """<p>Tide mills ground grain.<sup title="Ann Bell, Mills of the Coast (Leeds: Dale, 1991), 4."><a href="#footnote_0_77" id="identifier_0_77" class="footnote-link footnote-identifier-link" title="Ann Bell, Mills of the Coast (Leeds: Dale, 1991), 4.">1</a></sup> Some survive.<sup title="Ibid., 9."><a href="#footnote_1_77" id="identifier_1_77" class="footnote-link footnote-identifier-link" title="Ibid., 9.">2</a></sup></p>
<ol class="footnotes"><li id="footnote_0_77" class="footnote">Ann Bell, <em>Mills of the Coast</em> (Leeds: Dale, 1991), 4. [<a href="#identifier_0_77" class="footnote-link footnote-back-link">&#8617;</a>]</li><li id="footnote_1_77" class="footnote">Ibid., 9. [<a href="#identifier_1_77" class="footnote-link footnote-back-link">&#8617;</a>]</li></ol>
</article></body></html>
""",
    "gutenberg": HEAD
    + """<p>Tide mills ground grain.<sup data-fn="3f1c2a9e-1111-4a2b-9c3d-aaaaaaaaaaaa" class="fn"><a href="#3f1c2a9e-1111-4a2b-9c3d-aaaaaaaaaaaa" id="3f1c2a9e-1111-4a2b-9c3d-aaaaaaaaaaaa-link">1</a></sup> Some survive.<sup data-fn="7b2d4e6f-2222-4c3d-8e9f-bbbbbbbbbbbb" class="fn"><a href="#7b2d4e6f-2222-4c3d-8e9f-bbbbbbbbbbbb" id="7b2d4e6f-2222-4c3d-8e9f-bbbbbbbbbbbb-link">2</a></sup></p>
<ol class="wp-block-footnotes"><li id="3f1c2a9e-1111-4a2b-9c3d-aaaaaaaaaaaa">Ann Bell, <em>Mills of the Coast</em> (Leeds: Dale, 1991), 4. <a href="#3f1c2a9e-1111-4a2b-9c3d-aaaaaaaaaaaa-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="7b2d4e6f-2222-4c3d-8e9f-bbbbbbbbbbbb">Ibid., 9. <a href="#7b2d4e6f-2222-4c3d-8e9f-bbbbbbbbbbbb-link" aria-label="Jump to footnote reference 2">↩︎</a></li></ol>
</article></body></html>
""",
    "ghost": HEAD
    + """<p>Tide mills ground grain.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup> Some survive.<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup></p>
<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>Ann Bell, <em>Mills of the Coast</em> (Leeds: Dale, 1991), 4. <a href="#fnref1" class="footnote-backref">↩︎</a></p></li><li id="fn2" class="footnote-item"><p>Ibid., 9. <a href="#fnref2" class="footnote-backref">↩︎</a></p></li></ol></section>
</article></body></html>
""",
    "substack": HEAD
    + """<p>Tide mills ground grain.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a> Some survive.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-2" href="#footnote-2" target="_self">2</a></p>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>Ann Bell, <em>Mills of the Coast</em> (Leeds: Dale, 1991), 4.</p></div></div>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number" contenteditable="false" target="_self">2</a><div class="footnote-content"><p>Ibid., 9.</p></div></div>
</article></body></html>
""",
}


@pytest.mark.parametrize("tool", sorted(PAGES))
def test_plugin_footnotes(tool: str) -> None:
    doc = parse_bytes(PAGES[tool].encode(), "post.html")
    got = [
        (f.label, [(m.line, m.claim.text if m.claim else "") for m in f.markers],
         f.reference.raw if f.reference else None)
        for f in doc.footnotes
    ]  # fmt: skip
    assert got == [
        ("1", [(2, "Tide mills ground grain.")], "Ann Bell, Mills of the Coast (Leeds: Dale, 1991), 4."),
        ("2", [(2, "Some survive.")], "Ibid., 9."),
    ]  # fmt: skip
