"""Fix 48h: an HTML page's reference-like list from which no entry was read is told (an
``unread-region`` anomaly naming it and its number of items), never passed over; the page's
footnotes and its navigation, related posts, tags and comments are no such list; plain
paragraphs of a list named ``references`` are read as its entries.  Own text, in the
patterns blogs, CMSs and OJS galleys write."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.readers import html

_BODY = (
    "<p>Mtama hustawi vizuri katika maeneo kame (Dlamini 2015: 34). Wakulima hupanda "
    "mapema (Barasa 2012), kama wengine walivyoona.</p>"
)
_NOTE = "<p>Tazama pia maelezo<sup><a href='#fn1' id='fnref1'>1</a></sup>.</p>"
_FOOT = (
    "<div class='footnotes'><ol><li id='fn1'>Maelezo ya mwandishi, 2011. "
    "<a href='#fnref1'>↩</a></li></ol></div>"
)
_ENTRIES = (
    "Barasa, P. 2012. Mtama katika Afrika Mashariki. Nairobi: Jomo Press.",
    "Dlamini, S. 2015. Mavuno ya mtama. Arusha: Mkuki na Nyota.",
    "Ochieng, L. 2018. Kilimo na mvua. Kampala: Fountain Publishers.",
)
_PARAS = "".join(f"<p>{e}</p>" for e in _ENTRIES)
_ITEMS = "".join(f"<li>{e}</li>" for e in _ENTRIES)
_BIO = "<h2>Kuhusu mwandishi</h2><p>Mwandishi ni mtafiti wa kilimo.</p>"
# (out of alphabetical order: no list by its shape alone -- fix 50h reads a sorted list
# of the works the text cites under any heading, the page's last or not)
_UNSORTED = "".join(f"<li>{e}</li>" for e in reversed(_ENTRIES))
_UNSORTED_PARAS = "".join(f"<p>{e}</p>" for e in reversed(_ENTRIES))


def _page(inner: str) -> str:
    return (
        f"<html><body><article><h1>Kilimo</h1>{_NOTE}{_BODY}{inner}{_FOOT}</article></body></html>"
    )


def _unread(doc_anomalies: tuple[object, ...]) -> list[str]:
    return [
        m for a in doc_anomalies if "no entry was read from it" in (m := getattr(a, "message", ""))
    ]


@pytest.mark.parametrize(
    ("inner", "named"),
    [
        # a heading no table knows, its list (not in order) followed by another section
        (f"<h2>Marejeo</h2><ol>{_UNSORTED}</ol>{_BIO}", "'Marejeo' holds 3 items"),
        (f"<h3>Manazarta</h3><ul>{_UNSORTED}</ul>{_BIO}", "'Manazarta' holds 3 items"),
        (f"<h2>Pukyukuna</h2>{_UNSORTED_PARAS}{_BIO}", "'Pukyukuna' holds 3 items"),
    ],
)
def test_a_reference_like_list_not_read_is_told(inner: str, named: str) -> None:
    doc = html.read(_page(inner))
    assert not doc.literature
    told = _unread(doc.anomalies)
    assert len(told) == 1 and named in told[0]


@pytest.mark.parametrize(
    "inner",
    [
        # the entries read: no anomaly
        f"<h2>References</h2>{_PARAS}",
        f"<h2>References</h2>{_PARAS}{_BIO}",
        f"<ol class='references'>{_ITEMS}</ol>",
        f"<h2>Marejeo</h2>{_PARAS}",  # the last heading, sorted and cited: read
        f"<h2>Marejeo</h2><ol>{_ITEMS}</ol>{_BIO}",  # (sorted and cited, not last: read)
        f"<h2>Pukyukuna</h2>{_PARAS}{_BIO}",
        # related posts, tags, navigation and comments are no reference list
        "<h2>Related posts</h2><ul class='related-posts'>"
        + "".join(f"<li><a href='/p{i}'>Barasa, P. {2010 + i}. Post {i}</a></li>" for i in range(4))
        + f"</ul>{_BIO}",
        "<nav><h2>Archive</h2><ul>" + _ITEMS + f"</ul></nav>{_BIO}",
        "<section class='comments'><h2>Maoni</h2><ol>" + _ITEMS + f"</ol></section>{_BIO}",
        # prose paragraphs citing the page's notes are the text, not a list
        "<h2>Historia</h2>"
        + "".join(
            f"<p>Mwaka {2000 + i} wakulima walipanda mtama mapema kuliko kawaida, na mavuno "
            f"yalikuwa mazuri sana.<sup><a href='#fn1'>1</a></sup></p>"
            for i in range(3)
        )
        + _BIO,
    ],
)
def test_no_anomaly_where_entries_are_read_or_the_list_is_no_reference_list(inner: str) -> None:
    doc = html.read(_page(inner))
    assert not _unread(doc.anomalies)


@pytest.mark.parametrize(
    "footnotes",
    [
        # a blog's footnotes under its last heading (WordPress, Hugo, Jekyll, Pressbooks,
        # Easy Footnotes): notes, never an unread reference list
        "<h2>Notes</h2><ol>"
        + "".join(
            f"<li id='fn{i}'>{e} <a href='#fnref{i}'>↩</a></li>" for i, e in enumerate(_ENTRIES, 1)
        )
        + "</ol>",
        "<h2>Vidokezo</h2><div class='footnotes'><ol>"
        + "".join(f"<li id='footnote-{i}'>{e}</li>" for i, e in enumerate(_ENTRIES, 1))
        + "</ol></div>",
        "<h2>Vidokezo</h2><ol>"
        + "".join(
            f"<li><a class='return-footnote' href='#return-footnote-{i}'>↑</a>{e}</li>"
            for i, e in enumerate(_ENTRIES, 1)
        )
        + "</ol>",
        "<h2>Vidokezo</h2><div class='easy-footnotes-wrapper'><ol>"
        + "".join(f"<li>{e}</li>" for e in _ENTRIES)
        + "</ol></div>",
    ],
)
def test_footnotes_are_no_unread_list(footnotes: str) -> None:
    page = (
        f"<html><body><article><h1>Kilimo</h1>{_NOTE}{_BODY}{footnotes}{_BIO}"
        "</article></body></html>"
    )
    try:
        doc = html.read(page)
    except InputError:
        return
    assert not _unread(doc.anomalies)


@pytest.mark.parametrize(
    "container",
    [
        f"<section id='references'><h2>Marejeo</h2>{_PARAS}</section>{_BIO}",
        f"<div class='ref-list'>{_PARAS}</div>{_BIO}",
        f"<div class='references'><p><strong>Marejeo</strong></p>{_PARAS}</div>",
    ],
)
def test_paragraphs_of_a_named_list_are_its_entries(container: str) -> None:
    doc = html.read(_page(container))
    assert [e.text.split(",")[0] for e in doc.literature] == ["Barasa", "Dlamini", "Ochieng"]
    assert not _unread(doc.anomalies)


@pytest.mark.parametrize(
    "heading",
    ["References", "Bibliography", "Literatur", "Список литературы", "Références"],
)
def test_ojs_galley_paragraphs_and_author_date_citations(heading: str) -> None:
    """An OJS HTML galley: ``<h2>References</h2><p>Author. 2015. Title…</p>``, no list
    markup, cited "(Dlamini 2015: 34)"."""
    page = (
        f"<html><body><div id='content'><h1>Kilimo</h1>{_BODY}<h2>{heading}</h2>"
        f"{_PARAS}{_BIO}</div></body></html>"
    )
    doc = html.read(page)
    assert len(doc.literature) == 3
    assert {m.label for m in doc.markers} == {"1", "2"}  # Dlamini and Barasa
    assert not _unread(doc.anomalies)


def test_a_page_with_only_an_unread_list_says_so_in_its_refusal() -> None:
    page = (
        f"<html><body><article><h1>Kilimo</h1>{_BODY}<h2>Marejeo</h2><ol>{_UNSORTED}</ol>"
        f"{_BIO}</article></body></html>"
    )
    with pytest.raises(InputError, match="'Marejeo' holds 3 items"):
        html.read(page)
