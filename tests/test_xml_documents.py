"""XML formats no reader reads are refused with what they are (sweep 30 problem 5).

A JATS article quoting ``\\cite{x}`` was read as LaTeX at 0.95; without it, the HTML
reader took its ``<p>`` for a page. An XML document (a declaration or a DOCTYPE naming
a root other than ``html``) is refused with its kind and how to convert it; XHTML stays
the HTML reader's.
"""

from __future__ import annotations

import warnings

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.readers.latex import score as latex_score
from bibcheck.readers.xmlkind import XmlDocument, foreign_xml

DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            DECL + "<article><body><p>x</p></body></article>",
            XmlDocument("article", "a JATS or BITS document", "jats"),
        ),
        (
            DECL + '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and '
            'Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">\n<article/>',
            XmlDocument("article", "a JATS article", "jats"),
        ),
        (
            DECL + '<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"\n'
            '  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n<book/>',
            XmlDocument("book", "a DocBook document", "docbook"),
        ),
        (
            DECL + '<article xmlns="http://docbook.org/ns/docbook" version="5.0"><para/></article>',
            XmlDocument("article", "a DocBook document", "docbook"),
        ),
        (
            DECL + "<db:article xmlns:db='http://docbook.org/ns/docbook'/>",
            XmlDocument("db:article", "a DocBook document", "docbook"),
        ),
        (
            DECL + '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>',
            XmlDocument("TEI", "a TEI document"),
        ),
        (
            DECL + "<xml><records><record/></records></xml>",
            XmlDocument("xml", "an EndNote XML export"),
        ),
        (
            DECL + "<!-- exported -->\n<?xml-stylesheet href='a.xsl'?>\n<feed/>",
            XmlDocument("feed", "an XML document"),
        ),
        ("\ufeff" + DECL + "<modsCollection/>", XmlDocument("modsCollection", "a MODS record")),
        (DECL + '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', None),  # XHTML
        ("<!DOCTYPE html>\n<html><body><p>x</p></body></html>", None),
        ("<p align='center'><img src='logo.png'></p>\n\n# A README [@key]\n", None),  # no prolog
        ("\\documentclass{article}\n", None),
        ("", None),
    ],
    ids=[
        "jats-bare",
        "jats-doctype",
        "docbook4-doctype",
        "docbook5-namespace",
        "docbook5-prefixed",
        "tei",
        "endnote",
        "feed-after-comment-and-pi",
        "bom-mods",
        "xhtml",
        "html5",
        "markdown-with-tags",
        "latex",
        "empty",
    ],
)
def test_foreign_xml(text: str, expected: XmlDocument | None) -> None:
    assert foreign_xml(text) == expected


def test_jats_quoting_a_cite_is_refused_with_its_kind() -> None:
    text = (
        DECL + "<article><body><p>Prior work <xref ref-type='bibr' rid='r1'>[1]</xref> used "
        "the \\cite{x} macro.</p></body><back><ref-list><ref id='r1'><element-citation>"
        "<article-title>A title</article-title><year>2001</year></element-citation></ref>"
        "</ref-list></back></article>\n"
    )
    with pytest.raises(
        InputError, match=r"JATS or BITS document .*root element <article>.*pandoc -f jats"
    ):
        parse_bytes(text.encode(), "article.xml")


def test_xhtml_is_read_as_html_without_a_parser_warning() -> None:
    text = (
        DECL + '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body>'
        '<p>A claim.<sup><a href="#fn1" id="r1">1</a></sup></p>'
        '<ol><li id="fn1">J. Doe, <i>A Book</i> (London, 2001). <a href="#r1">↩</a></li></ol>'
        "</body></html>\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = parse_bytes(text.encode(), "page.xhtml")
    assert doc.reader == "html"


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("<div>See \\cite{x}.</div>", 0.0),  # markup first: not TeX
        ("Text \\cite{x}.", 0.95),
        ("<!-- a comment -->\n\\documentclass{article}\n\\cite{x}", 0.95),
    ],
    ids=["markup-first", "tex", "comment-then-tex"],
)
def test_latex_does_not_fit_markup(text: str, fits: float) -> None:
    assert latex_score(text) == fits


def test_docbook_is_refused_naming_docbook_and_its_pandoc_reader() -> None:
    text = (
        DECL + '<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.4//EN" "docbookx.dtd">\n'
        "<article><para>Owls hunt at dusk.<footnote><para>A. Writer, Owls (1990).</para>"
        "</footnote></para></article>\n"
    )
    with pytest.raises(InputError, match=r"a DocBook document .*`pandoc -f docbook -t markdown`"):
        parse_bytes(text.encode(), "owls.xml")
