"""HTML blog posts (a static-site generator's output) that cite by links and author-date
text and end with "[n] ..." paragraphs under a References heading, then the site's footer:
the paragraphs are the list, a link to an entry's address cites it, the footer's tag list
is no entry and TeX math rendered in the browser holds no citation.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument

POST = """<!DOCTYPE html><html><head><title>Policy gradients</title></head><body>
<main><article>
<h1>Policy gradients</h1>
<p>The estimator follows the GAE paper
(<a href="{gae}">Schulman et al., 2016</a>), and the off-policy
variant (<a href="https://arxiv.org/abs/1205.4839">Degris et al., 2012</a>).</p>
<p>A policy maps $\\mathcal{{O}}_i \\times \\mathcal{{A}}_i \\mapsto [0, 1]$ for each agent.</p>
<p>See also <a href="https://blog.example.org/other-post">an unrelated blog</a>.</p>
<h1 id="references">References</h1>
<p>[1] John Schulman, et al. <a href="https://arxiv.org/pdf/1506.02438.pdf">&ldquo;High-dimensional
continuous control using generalized advantage estimation.&rdquo;</a> ICLR 2016.</p>
<p>[2] Thomas Degris, Martha White, and Richard S. Sutton.
<a href="https://arxiv.org/pdf/1205.4839.pdf">&ldquo;Off-policy actor-critic.&rdquo;</a> ICML 2012.</p>
<p>[3] Richard S. Sutton and Andrew G. Barto. Reinforcement Learning: An Introduction. 2018.</p>
</article></main>
<footer><ul class="post-tags">
<li><a href="https://blog.example.org/tags/rl/">Reinforcement-Learning</a></li>
<li><a href="https://blog.example.org/tags/long-read/">Long-Read</a></li>
</ul></footer>
</body></html>
"""


def read(gae: str) -> ParsedDocument:
    return parse_bytes(POST.format(gae=gae).encode(), "post.html")


@pytest.mark.parametrize(
    "gae",
    ["https://arxiv.org/abs/1506.02438", "https://arxiv.org/pdf/1506.02438v2.pdf"],
    ids=["abstract-page", "pdf-version"],
)
def test_links_cite_the_entries_of_a_paragraph_list(gae: str) -> None:
    doc = read(gae)
    assert [e.number for e in doc.literature] == [1, 2, 3]
    assert doc.literature[1].reference.title == "Off-policy actor-critic"
    assert sorted(f.label for f in doc.footnotes) == ["1", "2"]
    assert doc.stray_markers == ()  # "[0, 1]" in the math is no citation


def test_the_footer_tag_list_is_no_entry() -> None:
    doc = read("https://arxiv.org/abs/1506.02438")
    assert all("Long-Read" not in e.reference.raw for e in doc.literature)


def test_links_cite_entries_beside_a_footnote() -> None:
    """A post with one footnote of its own and a reference list: the footnote is a note,
    and the body links still cite the entries they point to."""
    text = (
        POST.format(gae="https://arxiv.org/abs/1506.02438")
        .replace(
            "for each agent.</p>",
            'for each agent.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1" '
            'role="doc-noteref">1</a></sup></p>',
        )
        .replace(
            "</article>",
            '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>The agents '
            'share no parameters.&#160;<a href="#fnref:1" class="footnote-backref" '
            'role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div></article>',
        )
    )
    doc = parse_bytes(text.encode(), "post.html")
    labels = sorted(f.label for f in doc.footnotes)
    assert "1" in labels and len(labels) == 3  # the footnote and entries 1 and 2
    assert [e.number for e in doc.literature] == [1, 2, 3]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("known as the deadly triad (Sutton &amp; Barto, 2018).", ["3"]),
        ("as Sutton and Barto (2018) show.", ["3"]),
        ("as Sutton (2019) did not show.", []),  # no entry of Sutton's from 2019
        ("the <a href='https://example.org/x'>Sutton &amp; Barto, 2018</a> book.", []),
    ],
    ids=["parenthetical", "narrative", "wrong-year", "inside-another-link"],
)
def test_author_date_mentions_cite_entries(sentence: str, cited: list[str]) -> None:
    text = POST.format(gae="https://arxiv.org/abs/1506.02438").replace(
        "for each agent.</p>", f"for each agent.</p>\\n<p>This is {sentence}</p>"
    )
    doc = parse_bytes(text.encode(), "post.html")
    labels = sorted(f.label for f in doc.footnotes)
    assert labels == sorted(["1", "2", *cited])
