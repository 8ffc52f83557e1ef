"""Distill's first template (``template.v1.js``): ``<dt-cite key="a,b"></dt-cite>``,
notes ``<dt-fn>...</dt-fn>``, the BibTeX inline in ``<script type="text/bibliography">``
and the title in ``<script type="text/front-matter">``.  Read like the second template's
``<d-cite>``/``<d-footnote>``; the HTML reader, which reads none of them, says so.
Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.htmlcustom import unread_custom_citations
from bibcheck.readers.sitecite import page_title

BIB = (
    '<script type="text/bibliography">\n'
    "@article{okafor2011ridge, author={Okafor, Chidi}, title={Ridge walking in valleys},"
    " journal={J. Descent}, year={2011}}\n"
    "@book{lindqvist1987, author={Lindqvist, Maja}, title={Heavy balls and light steps},"
    " publisher={Norrland Press}, year={1987}}\n"
    "</script>\n"
)
HEAD = (
    '<!doctype html>\n<script src="https://distill.pub/template.v1.js"></script>\n'
    '<script type="text/front-matter">\n  title: "Rolling Downhill"\n'
    "  authors:\n  - Ana Pereira: https://example.org\n</script>\n"
    '<dt-article class="centered">\n<h1>Rolling Downhill, the Article</h1>\n'
)  # 9 lines: the body starts on line 10


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "index.html"
    page.write_text(HEAD + body + "</dt-article>\n" + BIB, encoding="utf-8")
    return page


CASES = [
    (
        "one key",
        '<p>Ridges <dt-cite key="okafor2011ridge"></dt-cite>.</p>\n',
        [("okafor2011ridge", 10)],
    ),
    (
        "two keys",
        '<p>Both <dt-cite key="okafor2011ridge,lindqvist1987"></dt-cite>.</p>\n',
        [("lindqvist1987", 10), ("okafor2011ridge", 10)],
    ),
    (
        "a note holding a citation",
        '<p>Text<dt-fn>See <dt-cite key="lindqvist1987"></dt-cite>.</dt-fn> on.</p>\n',
        [("^1", 10), ("lindqvist1987", 10)],
    ),
    (
        "a note over lines, math with an unmatched bracket in it",
        "<p>Text<dt-fn>The mean is\n<dt-math block>\n\\mathbf{E}[x^{k}\n</dt-math>\n\n"
        'as <dt-cite key="okafor2011ridge"></dt-cite> shows.\n</dt-fn> goes on.</p>\n',
        [("^1", 10), ("okafor2011ridge", 15)],
    ),
    (
        "a citation in a comment is none",
        '<!-- <dt-cite key="lindqvist1987"></dt-cite> -->\n'
        '<p>Ridges <dt-cite key="okafor2011ridge"></dt-cite>.</p>\n',
        [("okafor2011ridge", 11)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_distill_v1_page(tmp_path: Path, body: str, expected: list[tuple[str, int]]) -> None:
    doc = parse_file(_page(tmp_path, body))
    assert doc.reader == "pandoc-markdown"
    cited = sorted((f.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == expected
    assert doc.title == "Rolling Downhill"
    assert C.READER_UNCERTAIN not in {a.code for a in doc.all_anomalies()}
    keys = {f.label for f in doc.footnotes if not f.label.startswith("^")}
    assert {e.reference.year for e in doc.literature if e.reference} == {
        {"okafor2011ridge": 2011, "lindqvist1987": 1987}[k] for k in keys
    }


TITLES = [
    ("front matter", '<script type="text/front-matter">\ntitle: Gradients\n</script>', "Gradients"),
    ("title element", "<head><title>Flows &amp; Fields</title></head>", "Flows & Fields"),
    ("d-title heading", "<d-title>\n  <h1>Graph <em>Nets</em></h1>\n</d-title>", "Graph Nets"),
    ("commented out", "<!-- <title>Old</title> -->\n<h1>New</h1>", "New"),
    ("none", "<p>Text only.</p>", None),
]


@pytest.mark.parametrize(("text", "title"), [t[1:] for t in TITLES], ids=[t[0] for t in TITLES])
def test_page_title(text: str, title: str | None) -> None:
    assert page_title(text) == title


def test_the_html_reader_says_it_does_not_read_them(tmp_path: Path) -> None:
    body = (
        '<p>Ridges <dt-cite key="okafor2011ridge"></dt-cite> and '
        '<a href="https://example.org/a">a link</a>.<dt-fn>A remark.</dt-fn></p>\n'
    )
    doc = parse_file(_page(tmp_path, body), reader="html")
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and unread[0].line == 10
    assert "1 <dt-cite>" in unread[0].message and "1 <dt-fn>" in unread[0].message
    assert "text/bibliography" in unread[0].message


CUSTOM = [
    ("distill v2", '<p>A <d-cite key="a"></d-cite><d-footnote>n</d-footnote></p>', 2),
    ("a key attribute", '<p>A <x-ref key="a"></x-ref></p>', 1),
    ("a citation element", "<p>A <bib-citation>Doe 2001</bib-citation></p>", 1),
    ("inline bibliography", '<script type="text/bibliography">@misc{a,}</script>', 1),
    ("other custom elements", "<d-article><d-byline></d-byline><x-note>n</x-note></d-article>", 0),
    ("plain html", '<p>A <sup><a href="#fn1">1</a></sup></p>', 0),
    ("in a comment", '<!-- <d-cite key="a"></d-cite> -->', 0),
]


@pytest.mark.parametrize(("text", "count"), [c[1:] for c in CUSTOM], ids=[c[0] for c in CUSTOM])
def test_custom_citation_elements(text: str, count: int) -> None:
    from bs4 import BeautifulSoup

    found = unread_custom_citations(BeautifulSoup(text, "html.parser"))
    assert len(found) == (1 if count else 0)
    if count:
        assert (
            sum(int(w) for w in found[0].message.split(": ", 1)[1].split() if w.isdigit()) == count
        )
