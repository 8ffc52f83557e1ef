"""fix66h: health and regulatory documents as Vancouver/AMA lists and notes cite them.

A body's work it publishes itself and a medicine's label are reports; a document's filing
code, version and registry number, an act's date, provisions and state are no part of a
title; Vancouver names with "ten"/"ter"; several bodies as authors in other languages; a
German court decision in a wiki web template; the sentence before Vancouver's editors.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference

R = RefKind.REPORT


def _parse(text: str, note: bool = False):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True, note=note)


# ---- a body's own publication (own_imprint) ----
OWN = [
    "Institut für Arbeitsschutz und Versorgungsforschung (IAV). Methodenhandbuch. Köln: IAV; 2022.",
    "National Institute for Clinical Outcomes Research (NICOR). Quality standards for"
    " home dialysis. London: NICOR; 2021.",
    "Clinical and Laboratory Methods Institute. Immunoassay interference testing. 1st ed."
    " CLMI guideline EP07. Wayne, PA: CLMI; 2017.",
    "Türkiye Sağlık Enstitüsü. Evde bakım göstergeleri, 2022. Haber Bülteni Sayı: 41022."
    " Ankara: TÜSEN; 2023.",
    "Deutsches Netzwerk für Versorgungsqualität (DNVQ). Methodenpapier zur Datenauswertung."
    " Berlin: DNVQ; 2020.",
    "Réseau Français de Pharmacovigilance Hospitalière (RFPH). Bonnes pratiques de"
    " déclaration. Paris : RFPH ; 2019.",
]


@pytest.mark.parametrize("text", OWN)
def test_body_publishing_itself_is_report(text: str) -> None:
    assert _parse(text).kind is R


# ---- a document's number or version (document_numbers) ----
NUMBERS = [
    (
        "European Medicines Agency. Guideline on the clinical investigation of analgesics."
        " EMA/CHMP/970057/2011. Amsterdam: European Medicines Agency; 2016.",
        "Guideline on the clinical investigation of analgesics",
    ),
    (
        "European Medicines Agency. Xarelto: EPAR – public assessment report."
        " EMEA/H/C/000944. Amsterdam: EMA; 2020.",
        "Xarelto: EPAR – public assessment report",
    ),
    (
        "Institut für Arbeitsschutz und Versorgungsforschung (IAV). Allgemeine Verfahren."
        " Version 4.2. Köln: IAV; 2021.",
        "Allgemeine Verfahren",
    ),
    (
        "Deutsches Register Klinischer Studien. DRKS00012345: Wirksamkeit einer"
        " Online-Schulung bei Migräne – eine randomisierte Studie. Registriert am"
        " 02.05.2019. https://drks.example.org/DRKS00012345",
        "Wirksamkeit einer Online-Schulung bei Migräne – eine randomisierte Studie",
    ),
]


@pytest.mark.parametrize(("text", "title"), NUMBERS)
def test_document_number_no_part_of_title(text: str, title: str) -> None:
    assert _parse(text, note=True).title == title


# ---- an act's date, provisions, state (act_tails) ----
ACTS = [
    (
        "Gesetz zur Stärkung der Pflegeversorgung (Pflegestärkungsgesetz – PStG) vom"
        " 12. März 2018, BGBl. I S. 1234.",
        "Gesetz zur Stärkung der Pflegeversorgung (Pflegestärkungsgesetz – PStG) vom 12. März 2018",
    ),
    (
        "Sozialgesetzbuch (SGB) Elftes Buch (XI) – Soziale Pflegeversicherung, §§ 14, 15,"
        " zuletzt geändert 2022.",
        "Sozialgesetzbuch (SGB) Elftes Buch (XI) – Soziale Pflegeversicherung",
    ),
    (
        "Ley 14/1986, de 25 de abril, General de Sanidad, artículo 43, según su modificación"
        " de 2021.",
        "Ley 14/1986, de 25 de abril, General de Sanidad",
    ),
]


@pytest.mark.parametrize(("text", "title"), ACTS)
def test_act_tail_no_part_of_title(text: str, title: str) -> None:
    ref = _parse(text, note=True)
    assert ref.title == title
    assert ref.kind is R


def test_turkish_regulation_by_vancouver_gazette_date() -> None:
    ref = _parse(
        "Kamu Hastanelerinde Hasta Hakları Uygulamalarına İlişkin Yönetmelik. Resmî Gazete."
        " 2014 Nisan 8; Sayı: 28966."
    )
    assert ref.kind is R


# ---- Vancouver names with "ten"/"ter" (ieee) ----
def test_vancouver_dutch_particles() -> None:
    ref = _parse(
        "Jansen K, ten Brink H, ter Horst P, Visser M, et al. Anticoagulant monitoring in"
        " older adults: a cohort study. Ned Tijdschr Geneeskd. 2019;163:D3210."
    )
    assert ref.authors == ("Jansen K", "ten Brink H", "ter Horst P", "Visser M")


# ---- several bodies as authors (organisation_list) ----
BODIES = [
    (
        "Deutsche Gesellschaft für Pflegewissenschaft (DGP), Bundesverband der Pflegekassen"
        " (BVP). Nationaler Expertenstandard Dekubitusprophylaxe. 2. Aktualisierung. 2017.",
        "Nationaler Expertenstandard Dekubitusprophylaxe",
    ),
    (
        "U.S. Department of Health and Human Services, Center for Quality Improvement."
        " Medication safety: guidance for hospitals. Rockville, MD: HHS; 2019.",
        "Medication safety: guidance for hospitals",
    ),
]


@pytest.mark.parametrize(("text", "title"), BODIES)
def test_bodies_are_authors_not_title(text: str, title: str) -> None:
    assert _parse(text, note=True).title == title


# ---- a medicine's label (drug_label) ----
LABELS = [
    "Novamed Inc. ZELORA (zelorafib) capsules, for oral use: full prescribing information."
    " Boston, MA: Novamed; revised 2022. https://labels.example.com/zelora.pdf",
    "Medpharm GmbH. Fachinformation Zelora 50 mg Hartkapseln. Hamburg: Medpharm; 2021.",
    "Laboratorios Medfarma. Prospecto: información para el usuario. Zelora 50 mg cápsulas"
    " duras. Madrid: Medfarma; 2020.",
    "Medpharm Italia. Foglio illustrativo: Zelora 50 mg capsule rigide. Milano: Medpharm; 2020.",
    "Laboratoires Medpharm. Résumé des caractéristiques du produit : Zelora 50 mg. Lyon:"
    " Medpharm; 2021.",
]


@pytest.mark.parametrize("text", LABELS)
def test_drug_label_is_report(text: str) -> None:
    assert _parse(text).kind is R


# ---- the sentence before Vancouver's editors (before_editors) ----
def test_sentence_before_editors_is_title() -> None:
    ref = _parse(
        "European Wound Panel, Nordic Wound Alliance. Management of venous leg ulcers:"
        " clinical practice guideline. The consensus document. Larsen P, editor. 2nd ed."
        " EWP/NWA; 2020."
    )
    assert ref.title == (
        "Management of venous leg ulcers: clinical practice guideline. The consensus document"
    )


# ---- a German court decision in a wiki web template (wikicite) ----
@pytest.mark.parametrize(
    "title",
    [
        "Beschluss des Zweiten Senats vom 3. Mai 2021 – 2 BvR 1234/19",
        "Urteil vom 14. Juni 2022 – VI ZR 412/21",
    ],
)
def test_wiki_web_court_decision_is_report(title: str) -> None:
    params = {
        "title": title,
        "publisher": "Bundesgericht",
        "url": "https://court.example.org/e/1",
    }
    template = CiteTemplate("cite web", params, dict.fromkeys(params, 1), "{{...}}", 1, 1)
    assert cite_reference(template).kind is R
