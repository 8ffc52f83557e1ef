"""A body's own guidance, policy, plan or charter that it publishes itself: a ``report``.

(:mod:`bibcheck.parse.references.self_issued`, :mod:`bibcheck.parse.references.charter_kind`.)
Own invented entries in the shapes of Vancouver, APA and note lists; near-misses: a person's
guide a body publishes, a body's book from a publishing house, a body's work in an edition,
a body's title that names no genre.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.charter_kind import _CHARTER
from bibcheck.parse.references.self_issued import _OWN_GENRE, _PERSON
from tests.test_regex_growth import assert_linear


def _kind(text: str) -> RefKind:
    return parse_reference(text, (1,), detect_styles=True).kind


@pytest.mark.parametrize(
    "text",
    [
        "Northshire Heritage. Principles and Guidance for Repairing Timber Barns. "
        "Norwich: Northshire Heritage; 2015.",
        "Historic Wales. Recording Farm Buildings: A Guide to Good Survey Practice. "
        "Cardiff: Historic Wales; 2019.",
        "Department for Housing and Local Places. Regional Planning Policy Statement. "
        "London: DHLP; 2021.",
        "Westmoor District Council. Old Harbour Conservation Area Appraisal and Management "
        "Plan. Westmoor: Westmoor DC; 2017.",
        "Scottish Heritage Trust. Management Plan for the Orkney Brochs. Edinburgh: "
        "Scottish Heritage Trust; 2020.",
        "New Zealand ICOMOS. The Aotearoa Charter for the Conservation of Places of Cultural "
        "Value. Auckland: New Zealand ICOMOS; 2010.",
        "ICOMOS. The Riga Document on Reconstruction. Paris: ICOMOS; 2000.",
        "ICOMOS. Déclaration de Québec sur la préservation de l'esprit du lieu. Paris: "
        "ICOMOS; 2008.",
    ],
    ids=[
        "agency-guidance",
        "guide-to-good-practice",
        "policy-statement",
        "council-appraisal-short-form",
        "trust-management-plan",
        "national-committee-charter",
        "document-on",
        "french-declaration",
    ],
)
def test_a_body_s_own_publication_is_its_report(text: str) -> None:
    assert _kind(text) is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        # a person's guide the body publishes
        "Lowe AM. Planning for Heritage Places: a guide to writing conservation plans. "
        "Sydney: Australia ICOMOS; 2013.",
        # a body's book from a publishing house
        "Northshire Buildings Trust. Principles and Guidance for Repairing Timber Barns. "
        "London: Routledge; 2015.",
        # a body's own book whose title names no genre
        "Historic Wales. The Farmhouses of Ceredigion. Cardiff: Historic Wales; 2019.",
        # in an edition
        "Historic Wales. Recording Farm Buildings: A Guide to Good Survey Practice. 3rd ed. "
        "Cardiff: Historic Wales; 2019.",
        # a survey's map, "Carta" in Portuguese, self-published
        "Instituto Geológico Regional. Carta Geológica da Beira na escala 1:50 000, folha "
        "12-A (Viseu). Lisboa: Instituto Geológico Regional; 1988.",
        # a person's work whose title opens with a declaration
        "Marsh T. Declaration of Rights in Early Modern Towns. Leeds: Harbour Press; 2004.",
    ],
    ids=[
        "persons-guide",
        "publishing-house",
        "no-genre",
        "edition",
        "survey-map",
        "persons-declaration",
    ],
)
def test_near_misses_stay_books(text: str) -> None:
    assert _kind(text) is RefKind.BOOK


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Good " * (n // 5),
        lambda n: "Policy " * (n // 7),
        lambda n: "A " * (n // 2),
        lambda n: "The " + "Burra " * (n // 6),
        lambda n: "J. " * (n // 3),
    ],
    ids=["goods", "policies", "initials-words", "capitalised-words", "dotted-initials"],
)
@pytest.mark.parametrize(
    "pattern",
    [_OWN_GENRE.search, _PERSON.search, _CHARTER.match],
    ids=["own-genre", "person", "charter"],
)
def test_linear(pattern: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(pattern, line)
