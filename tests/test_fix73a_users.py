"""The parsers that kept their own lists of body words, reading the one table
(:mod:`bibcheck.parse.references.bodywords`) now: what each gained or lost.  Own examples,
written in the shapes bodies' names and titles have."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference
from bibcheck.parse.references import body_name, numbered_documents, parse_reference
from bibcheck.parse.references.agency_first import agency_first
from bibcheck.parse.references.corporate import is_organisation


# users whose behaviour widened or narrowed
@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Generalitat de Catalunya", True),  # (a Catalan word, body_name's before)
        ("Instituto Nacional de Pesquisas", True),
        ("Museu de Arte Moderna", True),
        ("Deutscher Wetterdienst", True),  # (agency_first's compound end before)
        ("Norsk Polarinstitutt", True),
        ("Diputación Provincial de Teruel", True),  # (particles' and italian_notes' words)
        ("Câmara Municipal de Braga", True),
        ("Board games", False),  # (an English word, then a sentence's small word)
        ("Income inequality", False),  # ("Inc" opened "Income" before)
        ("Bank, J.", False),
    ],
)
def test_is_organisation(name: str, organisation: bool) -> None:
    assert is_organisation(name) is organisation


@pytest.mark.parametrize(
    ("before", "after", "inside"),
    [
        ("Bundesministerium für Bildung", "Forschung", True),  # (a German body now)
        ("Ministerstwo Kultury", "Dziedzictwa Narodowego", True),
        ("Ministry of Health", "World Health Organization", False),
        ("Jan Nowak", "Anna Kowalska", False),
    ],
)
def test_inside_body_name(before: str, after: str, inside: bool) -> None:
    assert body_name.inside_body_name(before, after) is inside


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("World Wide Web Consortium", ("World Wide Web Consortium",)),
        ("Internet Engineering Task Force", ("Internet Engineering Task Force",)),
        ("Geospatial Data Centre", ("Geospatial Data Centre",)),  # (a body's word now)
        ("Web Feature Service", None),  # (a title's own word)
        ("Sensor Network", None),
    ],
)
def test_numbered_documents_names(text: str, names: tuple[str, ...] | None) -> None:
    assert numbered_documents.names(text) == names


def test_agency_first_survey_closing_the_name() -> None:
    text = (
        "Regional Geological Survey. 2019. Groundwater levels in the coastal plain. "
        "Report GS-2019/4. Northport."
    )
    read = agency_first(Reference(raw=text, line=1, end_line=1), text)
    assert read.authors == ("Regional Geological Survey",)
    assert read.title == "Groundwater levels in the coastal plain"


def test_agency_first_no_survey_opening_a_title() -> None:
    # (a survey opening the head is a title's: "survey" anywhere made it a body before)
    text = "Survey of the coastal wells. Groundwater levels in the plain. Report GS-2019/4."
    read = agency_first(Reference(raw=text, line=1, end_line=1), text)
    assert read.authors == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (a body italian_notes reads now, "Xunta": its report's kind after the word)
        (
            "Xunta de Galicia, Dirección Xeral de Montes, Inventario forestal de la comarca, "
            "Informe técnico IF-03/2019, Santiago, 2019.",
            "Inventario forestal de la comarca",
        ),
        (
            "Ministero della Salute, Direzione generale della prevenzione, Indagine sulle "
            "vaccinazioni, Rapporto tecnico RT-2/2020, Roma, 2020.",
            "Indagine sulle vaccinazioni",
        ),
    ],
)
def test_report_kind_after_its_word(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title
