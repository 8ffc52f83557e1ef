"""Fix round 37 (o): a body link that supports its sentence cites it beside the notes
(ODT), unless the sentence points at the author's own material."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from tests.test_reader_odt import note, odt


def _link(url: str, words: str) -> str:
    return f'<text:a xlink:type="simple" xlink:href="{url}">{words}</text:a>'


BOOK = "K. Lind, Harbours of the Baltic, Stockholm: Norstedts, 2001, p. 4."


@pytest.mark.parametrize(
    ("sentence", "cites"),
    [
        # a third party's page, data or report supports the sentence
        (
            f"Yields fell by a fifth, as the {_link('https://stats.example.org/y', 'census')} shows.",
            True,
        ),
        (
            f"Гэрэл зургийг {_link('https://museum.example.mn/a', 'музейн хэмжилтийн')} дагуу зурав.",
            True,
        ),
        # the author's own material cites nothing
        (
            f"Field data are published on the {_link('https://example.org/trials', 'project pages')}.",
            False,
        ),
        (f"Our code is on {_link('https://example.org/code', 'the server')}.", False),
        (f"Деректер жобаның бетінде: {_link('https://data.example.kz/x', 'сілтеме')}.", False),
    ],
)
def test_body_link_beside_notes(sentence: str, cites: bool) -> None:
    body = f"<text:p>Harbours grew fast.{note('1', BOOK)}</text:p><text:p>{sentence}</text:p>"
    doc = parse_bytes(odt(body), "a.odt")
    labels = {fn.label for fn in doc.footnotes}
    assert ("L1" in labels) is cites
    assert "1" in labels
    # a page a link cites is no missing literature entry
    assert not any(a.code.value == "literature-missing" for a in doc.all_anomalies())


PANDOC = """---
title: Yields
lang: az
---

Harbours grew fast.[^1]

{sentence}

[^1]: K. Lind, *Harbours of the Baltic*, Stockholm: Norstedts, 2001, p. 4.
"""

TYPST = """= Yields

Harbours grew fast.#footnote[K. Lind, _Harbours of the Baltic_, Stockholm: Norstedts, 2001, p. 4.]

{sentence}
"""


@pytest.mark.parametrize(
    ("name", "template", "sentence", "cites"),
    [
        ("a.qmd", PANDOC, "The committee's data (<https://stats.example.az>) show a fall.", True),
        (
            "a.qmd",
            PANDOC,
            "For details see the documentation at <https://stats.example.org/c>.",
            False,
        ),
        ("a.qmd", PANDOC, "Our scripts are at <https://code.example.org/x>.", False),
        ("a.qmd", PANDOC, "![A map](https://img.example.org/map.png)", False),
        (
            "a.typ",
            TYPST,
            'Yields fell, as #link("https://stats.example.uz/r")[the report] shows.',
            True,
        ),
        (
            "a.typ",
            TYPST,
            'The data are on the #link("https://example.org/p")[project page].',
            False,
        ),
    ],
)
def test_text_body_links(name: str, template: str, sentence: str, cites: bool) -> None:
    doc = parse_bytes(template.format(sentence=sentence).encode(), name)
    labels = {fn.label for fn in doc.footnotes}
    assert ("L1" in labels) is cites, (doc.reader, labels)
    assert "1" in labels or any(fn.label != "L1" for fn in doc.footnotes)
    assert not any(a.code.value == "literature-missing" for a in doc.all_anomalies())
