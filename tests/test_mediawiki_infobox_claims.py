"""MediaWiki: a citation inside an infobox field supports that field's value (its
claim), so it is no ``claim-not-found``; the rest of the box stays out of the text.
Snippets written for the tests in the pattern of Wikipedia infoboxes."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C

SOURCES = """
== Sources ==
* {{cite book |last=Okafor |first=Ngozi |title=Harbours of the North |year=1987}}
"""


@pytest.mark.parametrize(
    ("box", "label", "claim"),
    [
        pytest.param(
            "{{Infobox person\n| name = Ada Quill\n"
            "| birth_date = 12 May 1901<ref>{{harvnb|Okafor|1987|p=3}}</ref>\n"
            "| occupation = Cartographer\n}}\n",
            "1",
            "12 May 1901",
            id="en-ref-in-field",
        ),
        pytest.param(
            "{{Infobox Person\n| NAME = Ada Quill\n"
            "| GEBURTSORT = [[Lübeck]]<ref>{{Literatur |Autor=Hanna Lindqvist "
            "|Titel=Kartenmacher |Verlag=Hafen-Verlag |Ort=Kiel |Jahr=1999}}</ref>\n}}\n",
            "1",
            "Lübeck",
            id="de-literatur-in-field",
        ),
        pytest.param(
            "{{Infobox scientist\n| known_for = [[Sea charts]],"
            "{{sfn|Okafor|1987|p=9}} [[Tide tables]]\n}}\n",
            "1",
            "Sea charts,",
            id="sfn-in-field",
        ),
    ],
)
def test_a_citation_in_an_infobox_field_has_the_field_as_claim(
    box: str, label: str, claim: str
) -> None:
    text = box + "'''Ada Quill''' was a mapmaker.<ref>{{harvnb|Okafor|1987}}</ref>\n" + SOURCES
    doc = parse_bytes(text.encode(), "page.wiki")
    assert C.CLAIM_NOT_FOUND not in {a.code for a in doc.all_anomalies()}
    found = next(f for f in doc.footnotes if f.label == label)
    assert found.markers[0].claim is not None
    assert found.markers[0].claim.text == claim
    # the rest of the box is no text: the body's claim is its own sentence
    body = next(f for f in doc.footnotes if f.label == "2")
    assert body.markers[0].claim.text == "Ada Quill was a mapmaker."
