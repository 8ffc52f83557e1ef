"""HTML: what looks like a citation in a page's furniture is none.

* superscript links in an author list that point at affiliations or correspondence
  notes (``Name<sup><a href="#Aff1">1</a>,<a href="#Aff2">2</a></sup>``), as journal
  pages write them, are no note references and no citations of the reference list;
* share buttons that link back to the post itself (``?share=twitter``, WordPress'
  Jetpack) and any link to the page's own site (known from its home link, short link,
  feed or REST API link when there is no canonical link) are no link citations.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.links import is_chrome

ENTRIES = """<section><h2>References</h2><ol class="c-article-references">
<li id="ref-CR1">Okafor N, Brandt L. Night work and insulin resistance. Diabetologia. 2016;59:1120-8.</li>
<li id="ref-CR2">Salo P, Kivimaki M. Shift schedules in hospitals. Occup Med. 2012;62:330-6.</li>
<li id="ref-CR3">Mendes R. Sleep timing and HbA1c. Sleep. 2019;42:zsz011.</li>
</ol></section>"""

AFFILIATIONS = """<ol class="affiliation-list">
<li id="{a1}">Institute of Occupational Health, Lisbon</li>
<li id="{a2}">Faculty of Nursing, Gdansk</li>
<li id="{a3}">School of Public Health, Leeds</li></ol>"""


def journal(authors: str, ids: tuple[str, str, str]) -> bytes:
    a1, a2, a3 = ids
    return f"""<!DOCTYPE html><html><head><title>Shift work</title></head><body>
<article>
<h1>Shift work and sleep in nurses</h1>
{authors.format(a1=a1, a2=a2, a3=a3)}
{AFFILIATIONS.format(a1=a1, a2=a2, a3=a3)}
<p>Night work disturbs sleep [<a href="#ref-CR1">1</a>, <a href="#ref-CR2">2</a>].</p>
<p>Timing matters too [<a href="#ref-CR3">3</a>].</p>
{ENTRIES}
</article></body></html>""".encode()


AUTHOR_LISTS = [
    (
        '<ul class="c-article-author-list"><li>Ana Lopes<sup><a href="#{a1}">1</a></sup>, </li>'
        '<li>Piotr Zielinski<sup><a href="#{a2}">2</a>,<a href="#{a3}">3</a></sup></li></ul>'
    ),
    (
        '<p class="contrib-group">Ana Lopes<sup><a href="#{a1}">a</a></sup> and '
        'Piotr Zielinski<sup><a href="#{a2}">b</a>, <a href="#{a3}">c</a></sup></p>'
    ),
    # no telling class on the list: the targets are affiliations by their ids or list
    (
        '<p>Ana Lopes<sup><a href="#{a1}">1</a></sup>, '
        'Piotr Zielinski<sup><a href="#{a2}">2</a>,<a href="#{a3}">3</a></sup></p>'
    ),
]


@pytest.mark.parametrize(
    ("authors", "ids"),
    [
        (AUTHOR_LISTS[0], ("Aff1", "Aff2", "Aff3")),
        (AUTHOR_LISTS[1], ("aff-a", "aff-b", "aff-c")),
        (AUTHOR_LISTS[2], ("affiliation1", "affiliation2", "corresp3")),
        (AUTHOR_LISTS[2], ("i1", "i2", "i3")),
    ],
    ids=["springer-author-list", "jats-contrib-letters", "ids-say-affiliation", "list-says-it"],
)
def test_affiliation_superscripts_are_not_citations(
    authors: str, ids: tuple[str, str, str]
) -> None:
    doc = parse_bytes(journal(authors, ids), "article.html")
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 9), ("2", 9), ("3", 10)]
    assert [m.label for m in doc.stray_markers] == []


def blog(head: str, header: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><title>Bunching</title>{head}</head><body>
<header>{header}</header>
<article><div class="entry-content">
<p>The <a href="https://journals.example.org/qje/bunching">original paper</a> counts jobs.</p>
<p>See also my <a href="https://notes.example.net/2022/10/earlier-post/">earlier post</a>.</p>
<div class="sharing"><a href="https://notes.example.net/2022/11/bunching/?share=twitter">Twitter</a>
<a href="https://notes.example.net/2022/11/bunching/?share=email&amp;nb=1">Email</a></div>
</div></article></body></html>""".encode()


@pytest.mark.parametrize(
    ("head", "header"),
    [
        ("", '<p class="site-title"><a href="https://notes.example.net/" rel="home">Notes</a></p>'),
        ('<link rel="shortlink" href="https://notes.example.net/?p=42">', ""),
        ('<link rel="https://api.w.org/" href="https://notes.example.net/wp-json/">', ""),
        (
            '<link rel="alternate" type="application/rss+xml" title="Feed" '
            'href="https://notes.example.net/feed/">',
            "",
        ),
    ],
    ids=["home-link", "shortlink", "wp-rest-api", "rss-feed"],
)
def test_links_to_the_own_site_are_not_citations(head: str, header: str) -> None:
    doc = parse_bytes(blog(head, header), "post.html")
    assert [f.reference.url for f in doc.footnotes] == ["https://journals.example.org/qje/bunching"]


@pytest.mark.parametrize(
    ("url", "chrome"),
    [
        ("https://notes.example.net/2022/11/bunching/?share=twitter", True),
        ("https://notes.example.net/post/?share=facebook&nb=1", True),
        ("https://notes.example.net/post/?utm_source=x&share=linkedin", True),
        ("https://notes.example.net/post/?shared=email&msg=fail", True),
        ("https://data.example.org/report?shareholders=2021", False),
        ("https://data.example.org/market-share=high", False),
        ("https://data.example.org/report?id=share", False),
    ],
    ids=["jetpack-twitter", "jetpack-more", "after-utm", "shared", "shareholders", "path", "value"],
)
def test_share_endpoints_are_chrome(url: str, chrome: bool) -> None:
    assert is_chrome(url, "") is chrome


@pytest.mark.parametrize(
    ("url", "chrome"),
    [
        ("https://tidewater.zulipchat.com/", True),
        ("https://discord.gg/Xy12ab", True),
        ("https://gitter.im/example-org/community", True),
        ("https://matrix.to/#/#crdt:matrix.org", True),
        ("https://example-team.slack.com/", True),
        ("https://zulip.com/help/streams-and-topics", False),
        ("https://discord.com/blog/how-discord-stores-trillions-of-messages", False),
    ],
    ids=["zulip", "discord", "gitter", "matrix", "slack", "zulip-docs", "discord-blog"],
)
def test_a_projects_chat_room_is_chrome(url: str, chrome: bool) -> None:
    assert is_chrome(url, "") is chrome
