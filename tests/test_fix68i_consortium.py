"""fix68i: a consortium's guidelines, cited with their address, are its report.

The corpus conventions file a body's guidelines, standards and specifications as ``report``
(tests/corpus/README.md: W3C recommendations, a body's publications that call themselves
guidelines).  A consortium that issues them (the TEI Consortium, the Unicode Consortium,
the Open Geospatial Consortium) names itself as the author or the publisher as a public
body does; its guidelines online are no mere web page.  Every entry was written for these
tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

_REPORTS = [
    "Linked Art Consortium. *Linked Art: Guidelines for Describing Artworks*, version 1.0. "
    "Linked Art Consortium, 2021. https://linked-art.example.org/model/",
    "Digital Scholarly Editions Consortium. *DSE Guidelines for Encoding Correspondence and "
    "Letters*, version 2.1. Digital Scholarly Editions Consortium, 2022. "
    "https://dse.example.org/guidelines/2.1/",
    "TEI Consortium. *TEI P5: Richtlinien für die Kodierung elektronischer Texte*, Version "
    "4.2. TEI Konsortium, 2021. https://tei.example.org/p5/de/",
    "Consorcio Iberoamericano de Archivos. *Directrices para la descripción de fondos "
    "musicales*. Consorcio, 2019. https://archivos.example.org/directrices.pdf",
]


@pytest.mark.parametrize("text", _REPORTS)
def test_consortium_guidelines_are_a_report(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is RefKind.REPORT
