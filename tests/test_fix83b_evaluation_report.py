"""Fix 83b: an evaluation, an assessment or an appraisal an agency, a fund, a programme or
an NGO issues under its name is its report (:mod:`bibcheck.parse.references.evaluation_report`,
:func:`bibcheck.parse.references.reportkind.evaluation_title`), in the languages cited --
narrowly: a body's survey series, guide, inventory or diagnosis, a person's book so titled
and a body's evaluation a press brings out stay books.  Own invented examples.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.evaluation_report import commissioning_body
from bibcheck.parse.references.reportkind import evaluation_title
from tests.growth import growth

# entry -> its kind
KINDS: dict[str, RefKind] = {
    # a body's evaluation on its site, its head noun opening the title (Welsh, English,
    # French, Spanish, German, Italian, Portuguese, Albanian in the subtitle)
    "Cyngor Chwaraeon Cymru. (2023). *Gwerthusiad o'r cynllun nofio am ddim 2023: "
    "Canfyddiadau*. <https://chwaraeon.example.org/gwerthusiad>": RefKind.REPORT,
    "Cyngor Gwirfoddol Sir Benfro. (2020). *Arolwg o neuaddau cymunedol Sir Benfro: Cyflwr "
    "a defnydd*. <https://cgsb.example.org/arolwg>": RefKind.REPORT,
    "Comisiwn Dylunio Cymru. (2019). *Asesiad o'r cynllun tai gwledig*. "
    "<https://cdc.example.org/asesiad>": RefKind.REPORT,
    "Heritage Lottery Fund. (2021). *Evaluation of the Village Halls Programme: Final "
    "findings*. <https://fund.example.org/eval>": RefKind.REPORT,
    "Agence régionale de santé Bretagne. (2020). *Évaluation du dispositif de télésanté "
    "rurale*. <https://ars.example.org/eval>": RefKind.REPORT,
    "Agencia Andaluza de Cooperación. (2019). *Evaluación del programa de agua potable en "
    "Chiapas*. <https://aac.example.org/ev>": RefKind.REPORT,
    "Stiftung Lesen. (2021). *Zwischenevaluation des Programms Lesestart*. "
    "<https://stiftung.example.org/ev>": RefKind.REPORT,
    "Ministero dell'Ambiente. (2018). *Valutazione del programma di bonifica dei fiumi*. "
    "<https://min.example.org/val>": RefKind.REPORT,
    "Fundação Água Viva. (2020). *Avaliação do programa de cisternas no sertão*. "
    "<https://fav.example.org/av>": RefKind.REPORT,
    "Agjencia Kombëtare e Ujit. (2021). *Uji në fshatra: vlerësim i nevojave*. "
    "<https://aku.example.org/vleresim>": RefKind.REPORT,
    # a country office's assessment, its place named in the title, read as a book
    # (Albanian, English, Spanish, Portuguese)
    "UNDP Kosova, *Uji i pijshëm në Kosovë: vlerësim i shërbimeve komunale*, Prishtinë, "
    "2019.": RefKind.REPORT,
    "UNFPA Moldova, *Youth health services in Moldova: a rapid needs assessment*, "
    "Chișinău, 2020.": RefKind.REPORT,
    "OSCE Serbia, *Roma housing in Serbia: a situation analysis*, Belgrade, 2017.": (
        RefKind.REPORT
    ),
    "PNUD Bolivia, *Agua y saneamiento en Bolivia: evaluación de medio término del "
    "programa*, La Paz, 2018.": RefKind.REPORT,
    "UNICEF Moçambique, *Educação inclusiva em Moçambique: avaliação do programa "
    "nacional*, Maputo, 2021.": RefKind.REPORT,
    # near-misses: a statistics institute's survey series from its own press; a dental
    # body's diagnostic guide in an edition; an acronym's guide and inventory ("état des
    # lieux"); a person's book titled "An assessment of …" and in other languages; a
    # body's evaluation a press brings out; a body's history; a country office whose
    # place the title does not name; a survey series; an authors' collective
    "Instituto Galego de Estatística. (2021). *Encuesta de condiciones de vida*. "
    "Ediciones del Instituto.": RefKind.BOOK,
    "Canadian Dental Association. *Diagnostic Guide to Oral Disease*. 2nd ed. Toronto: CDA, "
    "2005.": RefKind.BOOK,
    "CERFAV, Guide du verre de bâtiment : état des lieux, Nancy, Cerfav, 2016.": RefKind.BOOK,
    "Smith, J. (2019). An assessment of rural schools. London: Sage.": RefKind.BOOK,
    "Hoxha, M., *Drejtësia në Shqipëri: vlerësim i reformës*, Tiranë, 2018.": RefKind.BOOK,
    "DUPONT Jean, *Évaluation des politiques culturelles*, Paris, 2015.": RefKind.BOOK,
    "Kowalski, P. (2020). Evaluation of the regional fund. Warszawa: Wydawnictwo Naukowe.": (
        RefKind.BOOK
    ),
    "World Wildlife Fund. (2018). *Evaluation of river restoration in the Danube basin*. "
    "Cambridge University Press.": RefKind.BOOK,
    "Arts Council of Wales. (2020). *Theatre in Wales: A history*. "
    "<https://arts.example.org/h>": RefKind.WEB,
    "UNDP Kosova, *Uji në fshat: vlerësim i nevojave*, Prishtinë, 2019.": RefKind.BOOK,
    "Llywodraeth Cymru. (2022). *Arolwg Cenedlaethol Cymru 2021-22*. "
    "<https://llyw.example.org/arolwg>": RefKind.WEB,
    "Global Burden Collaborators. (2020). *Assessment of disease burden in 204 countries*. "
    "<https://gbd.example.org/a>": RefKind.WEB,
}


def test_reports_counted() -> None:
    """(the cases that change: the reports above, read as web or book before)"""
    assert sum(kind is RefKind.REPORT for kind in KINDS.values()) == 15


@pytest.mark.parametrize("text", list(KINDS))
def test_evaluation_report_kind(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is KINDS[text]


@pytest.mark.parametrize(
    ("title", "held"),
    [
        ("Evaluation of the rural water programme", True),
        ("Gwerthusiad o'r cynllun", True),
        ("Arolwg o gorau Cymru", True),
        ("Uji në fshat: vlerësim i nevojave", True),
        ("Water in the valley: a rapid needs assessment", True),
        ("Schools in Wales: mid-term review of the programme", True),
        ("Évaluation du dispositif", True),
        ("Evaluación del plan", True),
        ("Zwischenevaluation des Programms", True),
        ("Rivers in Kenya: baseline study", True),
        # a survey series, an inventory, a diagnosis, a guide, a bare noun, a review
        ("Arolwg Cenedlaethol Cymru 2021-22", False),
        ("Labour Force Survey", False),
        ("Encuesta de población activa", False),
        ("Survey of choirs in Wales", False),
        ("Guide de l'éclairage: état des lieux", False),
        ("Diagnostic and statistical guide", False),
        ("Evaluation", False),
        ("Assessment in practice", False),
        ("Review of touring theatre", False),
        ("A history of evaluation", False),
    ],
)
def test_evaluation_title(title: str, held: bool) -> None:
    assert evaluation_title(title) is held


@pytest.mark.parametrize(
    ("name", "title", "held"),
    [
        ("UNDP Kosova", "Uji në Kosovë: vlerësim", True),
        ("UNICEF", "Evaluation of the programme", True),
        ("Cyngor Celfyddydau Cymru", "Arolwg o gorau", True),
        ("Agencia Vasca de Cooperación", "Evaluación del plan", True),
        ("DUPONT Jean", "Évaluation des politiques", False),
        ("UNDP Kosova", "Uji në fshat: vlerësim", False),
        ("University of Leeds", "Evaluation of the programme", False),
        ("Policy Press", "Evaluation of the programme", False),
        ("Global Burden Collaborators", "Assessment of disease burden", False),
        ("Smith, J.", "An assessment of rural schools", False),
    ],
)
def test_commissioning_body(name: str, title: str, held: bool) -> None:
    assert commissioning_body(name, title) is held


@pytest.mark.parametrize("unit", ["evaluation ", "a: ", ": an ", "rapid needs ", "of of "])
def test_linear_title(unit: str) -> None:
    assert growth(lambda n: evaluation_title("X" + unit * n + "y"), 200, 800) < 6


@pytest.mark.parametrize("unit", ["UNDP ", "Kosova ", "Press", "a "])
def test_linear_body(unit: str) -> None:
    assert growth(lambda n: commissioning_body("A" + unit * n, "Kosova " * n), 200, 800) < 6
