"""An author-date citation of a work the reference list lacks, in every reader of printed
author-date text (fix 37u).

``(Fennimore and Roald, 2016)``, ``Okonjo et al. (2015)``, ``(Vogel u. a., 2017)``: a
citation in an unmistakable author-date shape whose author is no word of the list is a
``citation-key-missing`` finding -- in an HTML article, a Word or ODT (German) document, a Markdown
post with links, as in PDF and plain text.  Look-alikes are not: a month, season or day
(``(March, 2021)``, ``between January and June (2020)``), the part of a work
(``(Table, 2019)``), a word that opens a sentence or a parenthesis (``(However, 2019)``),
an author the list names (``(Quist et al., 2018a)``, ``O’Brien`` for ``O'Brien``).
Own text, written in the patterns of real articles and posts.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.authoryear import listed_names, unlisted, unlisted_lines
from tests.test_docx_mla import build, p

LIST = [
    "Harrow, P. (2011). Mills of the tide. Leeds: Millstone Press.",
    "Quist, A., Lund, B., & Moe, C. (2018a). Timber dating of mill wheels. Journal of "
    "Coastal Archaeology, 12(3), 44–61.",
    "O'Brien, K. (2020). Estuaries. Cork: Harbour Books.",
]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("shallow ponds (Fennimore and Roald, 2016).", ["Fennimore"]),
        ("Okonjo et al. (2015) dated the timbers", ["Okonjo"]),
        ("(Harrow, 2011; Tamsin, 2009b)", ["Tamsin"]),  # a year with its letter
        ("wie gezeigt (Vogel u. a., 2017)", ["Vogel"]),  # German "et al."
        ("selon (Dubois et coll., 2014)", ["Dubois"]),  # French
        ("según (Ortega y Salas, 2013)", ["Ortega"]),  # Spanish "and"
        ("(Quist et al., 2018a)", []),  # listed
        ("(O’Brien, 2020)", []),  # listed with the other apostrophe
        ("(March, 2021)", []),  # a month
        ("between January and June (2020)", []),  # months as the two "authors"
        ("(Mai, 2021)", []),  # a month in German
        ("(Summer, 2019)", []),  # a season
        ("(Table, 2019)", []),  # a part of the work
        ("(However, 2019)", []),  # a word that opens a sentence
        ("Figures and Tables (2019)", []),
        ("as Lithuania (2019) shows", []),  # a name alone before a year: no shape
        ("(Okonjo 2015)", []),  # no comma, no second author: no unmistakable shape
    ],
)
def test_unlisted_shapes_and_guards(text: str, names: list[str]) -> None:
    assert [name for _, _, name in unlisted(text, listed_names(LIST))] == names


def test_unlisted_lines_first_line_of_each_name() -> None:
    paragraphs = [
        (3, "as shown (Okonjo et al.,\n2015) and (Fennimore, 2016)"),
        (9, "(Okonjo, 2015)"),
    ]
    found = unlisted_lines(paragraphs, LIST)
    assert [(a.code, a.footnote, a.line) for a in found] == [
        (AnomalyCode.CITATION_KEY_MISSING, "Okonjo", 3),
        (AnomalyCode.CITATION_KEY_MISSING, "Fennimore", 4),
    ]
    assert unlisted_lines(paragraphs, []) == []  # no list: nothing to miss


def missing(doc: ParsedDocument) -> list[tuple[str | None, int]]:
    return [
        (a.footnote, a.line) for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING
    ]


HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Tidal mills</title></head><body><article>
<h1>Tidal mills on the northern coast</h1>
<p>Tidal mills spread along the estuaries in the later middle ages (Harrow, 2011;
Quist et al., 2018a). Between January and June (2020) the teams mapped the ponds,
as Harrow (2011) had proposed.</p>
<p>The wheels were undershot (Table, 2019) and the ponds shallow (Fennimore and Roald, 2016).
The keepers' accounts (March, 2021) agree with O’Brien (2020) on the tides.</p>
<h2>References</h2>
<ul>
<li>Harrow, P. (2011). <i>Mills of the tide</i>. Leeds: Millstone Press.</li>
<li>Quist, A., Lund, B., &amp; Moe, C. (2018a). Timber dating of mill wheels.
<i>Journal of Coastal Archaeology</i>, 12(3), 44–61.</li>
<li>O'Brien, K. (2020). <i>Estuaries</i>. Cork: Harbour Books.</li>
</ul></article></body></html>
"""

DOCX = build(
    [
        p("Grazing and the salt marsh", "Title"),
        p(
            "Grazing lowers the marsh's plant height (Harrow, 2011), and in Summer (2019) "
            "the cattle were moved inland (Quist et al., 2018a)."
        ),
        p("(However, 2019 was a dry year.) Okonjo et al. (2015) counted the birds."),
        p("The counts (Table, 2019) fell from April and May (2020) onwards (O’Brien, 2020)."),
        p("References", "Heading1"),
        p("Harrow, P. (2011). Mills of the tide. Leeds: Millstone Press."),
        p(
            "Quist, A., Lund, B., &amp; Moe, C. (2018a). Timber dating of mill wheels. "
            "Journal of Coastal Archaeology, 12(3), 44–61."
        ),
        p("O'Brien, K. (2020). Estuaries. Cork: Harbour Books."),
    ]
)

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _fodt(paragraphs: list[str]) -> bytes:
    body = "".join(
        f'<text:h text:outline-level="1">{p[2:]}</text:h>'
        if p[:2] == "# "
        else f"<text:p>{p}</text:p>"
        for p in paragraphs
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {ODT_NS} '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document>"
    ).encode()


ODT = _fodt(
    [
        "Die Salzwiesen der Nordseeküste",
        "Die Beweidung senkt die Vegetation (Harrow, 2011; Quist et al., 2018a). Von Januar "
        "und Juni (2020) an wurden die Rinder umgesetzt (Mai, 2021).",
        "Die Zählungen (Tabelle, 2019) stimmen mit O’Brien (2020) überein, nicht aber mit "
        "(Vogel u. a., 2017).",
        "# Literatur",
        "Harrow, P. (2011). Mills of the tide. Leeds: Millstone Press.",
        "Quist, A., Lund, B., &amp; Moe, C. (2018a). Timber dating of mill wheels. Journal of "
        "Coastal Archaeology, 12(3), 44–61.",
        "O'Brien, K. (2020). Estuaries. Cork: Harbour Books.",
    ]
)

MARKDOWN = """\
---
title: "Why tide gauges drift"
---

Gauges drift by a few millimetres a year ([Harrow, 2011](https://example.org/harrow)),
and the drift is seasonal: between January and June (2020) it doubled (Quist et al.,
2018a). The newer sensors (Dahlqvist och Berg, 2022) drift less.

The logs (March, 2021) and the tables (Table, 2019) agree with O’Brien (2020).

## References

- Harrow, P. (2011). *Mills of the tide*. Millstone Press. [link](https://example.org/harrow)
- Quist, A., Lund, B., & Moe, C. (2018a). Timber dating of mill wheels. *Journal of Coastal Archaeology*, 12(3), 44–61. [doi](https://doi.org/10.1000/jca.2018.12)
- O'Brien, K. (2020). *Estuaries*. Harbour Books. [publisher](https://press.example.org/estuaries)
"""


@pytest.mark.parametrize(
    ("data", "path", "reader", "expected"),
    [
        pytest.param(HTML.encode(), "mills.html", "html", [("Fennimore", 7)], id="html"),
        pytest.param(DOCX, "marsh.docx", "docx", [("Okonjo", 3)], id="docx"),
        pytest.param(ODT, "salzwiesen.fodt", "odt", [("Vogel", 3)], id="odt-german"),
        pytest.param(
            MARKDOWN.encode(), "drift.md", "markdown-links", [("Dahlqvist", 7)], id="markdown"
        ),
    ],
)
def test_unlisted_author_date_citation_found(
    data: bytes, path: str, reader: str, expected: list[tuple[str, int]]
) -> None:
    doc = parse_bytes(data, path)
    assert doc.reader == reader
    assert missing(doc) == expected
    assert any(f.markers for f in doc.footnotes)  # the listed works are cited all the same
