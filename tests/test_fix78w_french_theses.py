"""Fix 78w: France's thesis designations (:mod:`bibcheck.parse.references.thesis`):
``thèse d'exercice`` (de médecine, en pharmacie), ``thèse de médecine`` / ``de pharmacie``,
``mémoire de master 2`` (its number no volume: the host cut short inside the designation
is none), as French bibliographies and notes write them.  Every text here is written for
these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference


def _entry(text: str, *, note: bool = False) -> Reference:
    return parse_reference(text, (1,), detect_styles=True, note=note)


# --------------------------------------------------------------------------
# French theses
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "note", "designation"),
    [
        (
            "Perrin, Claire. « Le dépistage auditif néonatal en Bretagne ». Thèse d'exercice "
            "de médecine, Université de Rennes, 2019.",
            False,
            "Thèse d'exercice de médecine",
        ),
        (
            "Claire Perrin, « Le dépistage auditif néonatal en Bretagne » (thèse d'exercice "
            "de médecine, Université de Rennes, 2019), 33.",
            True,
            "thèse d'exercice de médecine",
        ),
        (
            "Perrin, Claire. « L'officine rurale ». Thèse d'exercice en pharmacie, "
            "Université de Lille, 2017.",
            False,
            "Thèse d'exercice en pharmacie",
        ),
        (
            "Perrin, Claire. « L'officine rurale ». Thèse de pharmacie, Université de Lille, 2017.",
            False,
            "Thèse de pharmacie",
        ),
        (
            "Perrin, Claire. « Les lavoirs de Nantes ». Mémoire de master 2, Université de "
            "Nantes, 2021.",
            False,
            "Mémoire de master 2",
        ),
        (
            "Perrin, Claire. « Les lavoirs de Nantes ». Thèse de doctorat en histoire, "
            "Université de Nantes, 2021.",
            False,
            "Thèse de doctorat",
        ),
    ],
)
def test_french_thesis(text: str, note: bool, designation: str) -> None:
    ref = _entry(text, note=note)
    assert ref.kind is RefKind.THESIS
    assert ref.thesis_designation == designation
    assert ref.host is None
