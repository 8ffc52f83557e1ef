"""AMA and Vancouver entries of medical reference lists: their year and kind (fix66f).

* A chapter's pages written after the book's year (AMA: ``McGraw Hill; 2022:2072-2087.``)
  are no year: the year is the one before the colon.
* A web entry that states ``Published <date>.`` and a later ``Updated <date>.`` is dated by
  its publication (in English, French, German and Spanish).
* A body's document whose number names it a guideline (``NICE guideline NG136.``,
  ``SIGN guideline 158.``, ``Recommandation n° 12.``) is its ``report``, online or not.

Entries are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference


def _parse(text: str) -> Reference:
    return parse_reference(text, [1], detect_styles=True)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Halvorsen TA. Renal vascular disease. In: Moreau J, Tanaka S, eds. Principles of "
            "Internal Medicine. 20th ed. McGraw Hill; 2022:2031-2046.",
            2022,
        ),
        (
            "Dupont J, Martin P. Les maladies du foie. In: Durand A, éd. Traité de médecine. "
            "5e éd. Paris: Lavoisier; 2019:1998-2010.",
            2019,
        ),
        (
            "Lindqvist P. Sepsis in older adults. In: Okafor CN, ed. Geriatric Emergency Care. "
            "2nd ed. Springer; 2018:2011.",
            2018,
        ),
    ],
)
def test_chapter_pages_after_the_year_are_no_year(text: str, year: int) -> None:
    assert _parse(text).year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Centre for Clinical Standards. Management of chronic kidney disease in adults. "
            "Published March 14, 2018. Updated June 2, 2024. Accessed January 8, 2025. "
            "https://www.example.org/guidance/ckd",
            2018,
        ),
        (
            "Haute Autorité de Santé. Prise en charge de l'hypertension artérielle de l'adulte. "
            "Publié le 12 octobre 2016. Mis à jour le 3 mars 2022. Consulté le 5 janvier 2025. "
            "https://www.has-sante.fr/jcms/c_0000001",
            2016,
        ),
        (
            "Deutsche Hochdruckliga. Bluthochdruck: Empfehlungen für Patienten. Veröffentlicht "
            "am 4. Mai 2017. Aktualisiert am 2. Februar 2024. Zugegriffen am 8. Januar 2025. "
            "https://www.hochdruckliga.example/empfehlungen",
            2017,
        ),
        (
            "Ministerio de Sanidad. Guía de hipertensión arterial en atención primaria. "
            "Publicado el 3 de marzo de 2015. Actualizado el 9 de junio de 2023. Consultado el "
            "5 de enero de 2025. https://www.sanidad.example/hta",
            2015,
        ),
    ],
)
def test_published_date_before_a_later_update(text: str, year: int) -> None:
    assert _parse(text).year == year


@pytest.mark.parametrize(
    "text",
    [
        "National Institute for Health and Care Excellence. Atrial Fibrillation: Diagnosis and "
        "Management. NICE guideline NG196. Published April 27, 2021. Updated June 30, 2021. "
        "Accessed May 3, 2024. https://www.nice.org.uk/guidance/ng196",
        "Scottish Intercollegiate Guidelines Network. Management of diabetes: a national "
        "resource. SIGN guideline 116. Published March 2010. Updated November 2017. Accessed "
        "May 3, 2024. https://www.sign.example/our-guidelines/diabetes/",
        "Haute Autorité de Santé. Prise en charge de la dénutrition chez la personne âgée. "
        "Recommandation n° 12. Publié le 10 novembre 2021. Mis à jour le 3 mars 2022. "
        "https://www.has-sante.fr/jcms/c_0000002",
    ],
)
def test_numbered_guideline_of_a_body_is_a_report(text: str) -> None:
    assert _parse(text).kind is RefKind.REPORT
