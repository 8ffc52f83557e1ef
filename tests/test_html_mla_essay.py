"""HTML: a student essay a word processor exported, MLA 9 citations of its Works Cited.

Word ("Web Page, Filtered"), Google Docs and LibreOffice write the heading "Works Cited"
as a paragraph (centred, bold, or in a Title/Heading style); the entries follow as
hanging-indent paragraphs.  The list is read, each ``(Surname page)`` cites its entry,
a page alone cites the author the sentence named, and the entry's own link is no body
link citation.  My own fixtures in the shapes the three exporters write.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.html import read

BODY = """<p class=MsoNormal style='text-indent:.5in'>Okonkwo&#8217;s pride is his
undoing (Achebe 3). As Abiola Irele puts it, the novel is &#8220;a return&#8221;
(38). Critics disagree (Irele 40; Achebe 12), and the press still argues (Okonkwo).
The novel appeared in 1958 (1958), and about half of readers (48%) liked it
(see chapter 3).</p>
<p class=MsoNormal>Quoted elsewhere (qtd. in Irele 52) and (Achebe
37).</p>
"""
ENTRY_STYLE = "margin-left:.5in;text-indent:-.5in"
ENTRIES = """<p class={cls} style='{style}'>Achebe, Chinua. <i>Things Fall Apart</i>.
Anchor Books, 1994.</p>
<p class={cls} style='{style}'>Irele, Abiola. <i>The African Imagination</i>. Oxford UP,
2001.</p>
<p class={cls} style='{style}'>Okonkwo, Ada. &#8220;Reading Umuofia.&#8221; <i>The
Atlantic</i>, 3 Mar. 2021, <a href="https://www.example.org/umuofia">www.example.org/umuofia</a>.</p>
"""
WORD_HEADING = "<p class=MsoNormal align=center style='text-align:center'>Works Cited</p>"
GDOCS_HEADING = '<p class="c3"><span class="c5" style="font-weight:700">Works Cited</span></p>'
LIBRE_HEADING = '<p class="western" align="center">Works Cited</p>'
TITLE_STYLE_HEADING = "<p class=MsoTitle>Works Cited</p>"
# unstyled, but the entries under it hang
PLAIN_HEADING = "<p class=MsoNormal>Works Cited</p>"


def _page(heading: str, cls: str = "MsoNormal", style: str = ENTRY_STYLE) -> str:
    return (
        "<html><body><div class=WordSection1>"
        + BODY
        + heading
        + "\n"
        + ENTRIES.format(cls=cls, style=style)
        + "</div></body></html>"
    )


@pytest.mark.parametrize(
    "page",
    [
        _page(WORD_HEADING),
        _page(GDOCS_HEADING, "c2", "margin-left:36pt;text-indent:-36pt"),
        _page(LIBRE_HEADING, "western", "margin-left:1.27cm;text-indent:-1.27cm"),
        _page(TITLE_STYLE_HEADING),
        _page(PLAIN_HEADING),
    ],
    ids=["word-centred", "gdocs-bold", "libreoffice-centred", "title-style", "hanging-entries"],
)
def test_works_cited_paragraph_heading_and_mla_citations(page: str) -> None:
    doc = read(page)
    assert [n.text.split(",")[0] for n in doc.literature] == ["Achebe", "Irele", "Okonkwo"]
    cited = [(m.label, m.line) for m in doc.markers]
    assert cited == [
        ("1", 2),  # (Achebe 3)
        ("2", 3),  # "(38)" after "As Abiola Irele puts it"
        ("2", 3),  # (Irele 40; Achebe 12), in their order
        ("1", 3),
        ("3", 3),  # (Okonkwo): a web source, no page
        ("2", 6),  # (qtd. in Irele 52)
        ("1", 6),  # "(Achebe" / "37)" counts where it starts
    ]
    # the entry's own link is the entry's, no citation in the body
    assert not doc.link_markers


def test_an_unread_works_cited_paragraph_is_said() -> None:
    # a "Works Cited" paragraph with nothing entry-shaped after it: not silent
    page = (
        "<html><body><p>An essay that cites <a href='https://example.org/a'>a page</a>.</p>"
        "<p>Works Cited</p><p>none yet</p></body></html>"
    )
    doc = read(page)
    assert any(
        a.code is AnomalyCode.UNREAD_REGION and "Works Cited" in a.message for a in doc.anomalies
    )


def test_an_apa_list_is_not_cited_by_author_and_page() -> None:
    page = (
        "<html><body><p>Shown before (Achebe, 1994, p. 3) and in 1958 (1958) and (38).</p>"
        "<h2>References</h2><p>Achebe, C. (1994). <i>Things fall apart</i>. Anchor.</p>"
        "<p>Irele, A. (2001). <i>The African imagination</i>. Oxford UP.</p></body></html>"
    )
    doc = read(page)
    assert [m.label for m in doc.markers] == ["1"]


def test_a_site_title_paragraph_is_no_notes_heading() -> None:
    # a blog's header "Notes" (its name) heads nothing: the post's links stay links
    page = (
        '<html><body><header><p class="site-title"><a href="/">Notes</a></p></header>'
        '<p>See <a href="https://example.org/paper">the paper</a> (2019).</p>'
        '<p>And <a href="https://example.org/other">this one</a>.</p></body></html>'
    )
    doc = read(page)
    assert not doc.footnotes
    assert len(doc.link_markers) == 2
