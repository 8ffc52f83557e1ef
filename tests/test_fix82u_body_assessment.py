"""Fix 82u: an assessment, an evaluation, a review or a survey a body publishes under its
name is its report (:mod:`bibcheck.parse.references.body_assessment`,
:func:`bibcheck.parse.references.reportkind.assessment_title`), in the languages cited; a
person's book so titled stays a book.  Own invented examples.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.body_assessment import issuing_body
from bibcheck.parse.references.reportkind import assessment_title
from tests.growth import growth

# entry -> its kind
KINDS: dict[str, RefKind] = {
    # a council's survey online (Welsh, English)
    "Cyngor Cefn Gwlad Cymru. (2021). *Arolwg o neuaddau pentref Powys 2021: Defnydd a "
    "chyllid*. <https://cefn.example.org/arolwg>": RefKind.REPORT,
    "Arts Council of Wales. (2020). Review of touring theatre in Wales. "
    "https://arts.example.org/review": RefKind.REPORT,
    "Welsh Language Board. (2019). Survey of Welsh speakers in Gwynedd. "
    "https://board.example.org/s": RefKind.REPORT,
    # a country office's assessment, its place named in the title (Albanian, English)
    "UNDP Kosova, *Uji në fshatrat e Kosovës: vlerësim i nevojave*, Prishtinë, 2019.": (
        RefKind.REPORT
    ),
    "OSCE Serbia, *Roma housing in Serbia: a rapid needs assessment*, Belgrade, 2017.": (
        RefKind.REPORT
    ),
    # a ministry's or an agency's evaluation (French, Spanish, German)
    "Agence nationale de la cohésion, *Évaluation du programme Petites villes*, Paris, 2022.": (
        RefKind.REPORT
    ),
    "Instituto de la Juventud, *Encuesta de hábitos juveniles en Aragón*, Zaragoza, 2020.": (
        RefKind.REPORT
    ),
    "Stiftung Lesen, *Bestandsaufnahme der Schulbibliotheken in Hessen*, Mainz, 2018.": (
        RefKind.REPORT
    ),
    # near-misses: a person's book so titled; a body's survey printed by a press; a body's
    # survey by its name alone; a body's book of another genre
    "Smith, J. (2019). Evaluation of social programmes. London: Sage.": RefKind.BOOK,
    "M. Hoxha, *Drejtësia në Shqipëri: vlerësim i reformës*, Tiranë, 2018.": RefKind.BOOK,
    "DUPONT Jean, *Évaluation des politiques culturelles*, Paris, 2015.": RefKind.BOOK,
    "Arts Council of Wales. (2020). Theatre in Wales: A history. https://arts.example.org/h": (
        RefKind.WEB
    ),
}


def test_kinds_on_main_differ() -> None:
    """(the cases that change: the reports above)"""
    assert sum(kind is RefKind.REPORT for kind in KINDS.values()) == 8


@pytest.mark.parametrize("text", list(KINDS))
def test_body_assessment_is_report(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is KINDS[text]


@pytest.mark.parametrize(
    ("title", "held"),
    [
        ("Survey of choirs in Wales", True),
        ("Arolwg o gorau Cymru", True),
        ("Drejtësia për fëmijët: vlerësim i zbatimit", True),
        ("Water in the valley: a rapid needs assessment", True),
        ("Évaluation du programme", True),
        ("Erhebung zur Lage der Musikschulen", True),
        ("Survey", False),
        ("Labour Force Survey", False),
        ("Reviewing the past", False),
        ("A history of surveys", False),
    ],
)
def test_assessment_title(title: str, held: bool) -> None:
    assert assessment_title(title) is held


@pytest.mark.parametrize(
    ("name", "title", "held"),
    [
        ("UNDP Kosova", "Uji në Kosovë: vlerësim", True),
        ("Cyngor Celfyddydau Cymru", "Arolwg o gorau", True),
        ("DUPONT Jean", "Évaluation des politiques", False),
        ("UNDP Kosova", "Uji në fshat: vlerësim", False),
    ],
)
def test_issuing_body(name: str, title: str, held: bool) -> None:
    assert issuing_body(name, title) is held


@pytest.mark.parametrize("unit", ["review ", "a: ", ": an ", "rapid needs "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: assessment_title("X" + unit * n + "y"), 200, 800) < 6
