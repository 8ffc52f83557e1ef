"""A note that says its data are the author's own and unpublished, or were told to the
author, cites no work: it is commentary, in any language, whatever year it names.  A note
that cites a work whose title speaks of unpublished data is a citation.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import commentary, parse_reference
from bibcheck.parse.references.commentary import citation_start
from tests.test_regex_growth import assert_linear

COMMENTARY = [
    ("en", "Counts from the 2023 household survey; unpublished data."),
    ("en-not-yet", "These figures were collected by the clinic in 2022 and are not yet published."),
    ("en-results", "Results not published, field season 2021."),
    ("en-pers-comm", "K. Otieno, pers. comm., 14 March 2024."),
    ("de", "Eigene Erhebung im Landkreis 2023; Daten nicht veröffentlicht."),
    ("de-adj", "Unveröffentlichte Daten der Projektgruppe, Stand 2024."),
    ("fr", "Relevés de la mission 2022 ; données non publiées."),
    ("es", "Encuesta del equipo en 2023, datos no publicados."),
    ("it", "Rilevazione del 2021, dati non pubblicati."),
    ("nl", "Metingen van het team uit 2020; ongepubliceerde gegevens."),
    ("sw-10", "Takwimu za kata zilikusanywa na wahudumu mwaka 2023; hazijachapishwa."),
    ("sw-6", "Matokeo ya utafiti wa mwaka 2022 hayajachapishwa bado."),
    ("sw-past", "Ripoti ya ndani ya 2019, haikuchapishwa."),
]

CITATIONS = [
    (
        "en-titled",
        "Okafor N. *Unpublished Data and the Replication Crisis*. London: Sage; 2018.",
    ),
    (
        "de-titled",
        "Vgl. Lindner, „Unveröffentlichte Daten in der Sozialforschung“, in: Jahrbuch 12 "
        "(2019), S. 4.",
    ),
    ("en-doi", "Unpublished data deposited at https://doi.org/10.5281/zenodo.1234567."),
]


@pytest.mark.parametrize(("name", "text"), COMMENTARY, ids=[c[0] for c in COMMENTARY])
def test_unpublished_or_personal_is_commentary(name: str, text: str) -> None:
    assert citation_start(text)[1] is True
    assert parse_reference(text, [1], note=True).kind is RefKind.COMMENTARY


@pytest.mark.parametrize(("name", "text"), CITATIONS, ids=[c[0] for c in CITATIONS])
def test_a_work_about_unpublished_data_is_a_citation(name: str, text: str) -> None:
    assert citation_start(text)[1] is False


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "data " * (n // 5), id="data-repeated"),
        pytest.param(lambda n: "ha" + "a" * n + "chapishwa", id="long-word"),
        pytest.param(lambda n: "unpublished " * (n // 12), id="unpublished-repeated"),
    ],
)
def test_unpublished_pattern_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: commentary._UNPUBLISHED.search(text), line)
