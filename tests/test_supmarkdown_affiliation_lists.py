"""sup-markdown: a paper's byline whose addresses are a numbered list (``1. Department of
...``) under an author line ``Name<sup>1</sup>, Name*<sup>1,2</sup>``: the numbers point at
addresses, not notes.  A document whose only superscripts are affiliations cites nothing
and is refused as such; the body's own markers still count.  A marker with no definition
is one anomaly per label (its lines listed), so ``ingest`` and ``show`` count alike."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.supmarkdown import read as read_sup
from bibcheck.readers.supmarkdown import score

TITLE = "# Soil moisture and yield in three made-up valleys\n"
BYLINES = [
    pytest.param(
        "Ines Varga<sup>1</sup>, Tomas Ilves*<sup>1,2</sup>, Ruth Odum<sup>3</sup>\n\n"
        "1. Department of Soil Science, Northland University, Tromsø, Norway\n"
        "2. Institute of Hydrology, Vale, Iceland\n"
        "3. Centre for Crop Studies, Lagos\n",
        id="dot-list",
    ),
    pytest.param(
        "Ines Varga <sup>1</sup>, Tomas Ilves<sup>2</sup>\n\n"
        "1) Facultad de Agronomía, Universidad del Sur\n\n"
        "2) Laboratoire des sols, Rennes\n",
        id="paren-list-blank-lines",
    ),
    pytest.param(
        "Ines Varga<sup>1</sup>, Tomas Ilves<sup>1,2</sup>\n"
        "<sup>1</sup>School of Earth Sciences, Coastal College\n"
        "<sup>2</sup>Hydrology Unit, Rivertown\n",
        id="sup-addresses",
    ),
    pytest.param(
        "**Ines Varga<sup>1</sup>; Tomas Ilves<sup>2</sup>**\n\n"
        "<sup>1</sup>Department of Soils, Inland College; <sup>2</sup>Hydrology Unit, Vale\n",
        id="addresses-on-one-line",
    ),
]
PROSE = "\nThis repository holds the analysis code and the field data.\n"


@pytest.mark.parametrize("byline", BYLINES)
def test_only_affiliations_is_no_citation(byline: str) -> None:
    text = TITLE + byline + PROSE
    assert score(text) == 0.0
    with pytest.raises(InputError, match="no reader recognises"):
        parse_bytes(text.encode(), "README.md")


@pytest.mark.parametrize("byline", BYLINES)
def test_body_markers_beside_affiliations(byline: str) -> None:
    body = (
        "\n## Introduction\n\nDry years cut yields<sup>1</sup>, wet ones less<sup>2</sup>.\n\n"
        "## References\n\n1. Lamb H. Drought and maize. Agron J. 2011;3:1-9.\n"
        "2. Moss K. Floods and wheat. Field Crops Res. 2014;7:2-8.\n"
    )
    text = TITLE + byline + body
    doc = read_sup(text)
    at = text[: text.index("Dry years")].count("\n") + 1
    assert [(m.label, m.line) for m in doc.markers] == [("1", at), ("2", at)]


def test_a_numbered_list_with_years_is_no_address_list() -> None:
    # endnotes straight under the title: a note that names a university press is a note
    text = (
        TITLE + "Yields fall in dry years<sup>1</sup>.\n\n"
        "1. Lamb H. Drought. Northland University Press, 2011.\n"
    )
    assert [m.label for m in read_sup(text).markers] == ["1"]


def test_marker_without_definition_once_per_label() -> None:
    text = "# T\n\nOne<sup>1</sup> two<sup>1</sup> three<sup>2</sup>.\n\nFour<sup>1</sup>.\n"
    doc = parse_bytes(text.encode(), "t.md")
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.MARKER_WITHOUT_DEFINITION]
    assert [(a.footnote, a.line, a.lines) for a in found] == [("1", 3, (3, 5)), ("2", 3, ())]
