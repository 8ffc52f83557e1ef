"""NLM (Vancouver) writes a group author after the personal authors, after a semicolon
("Okafor C, Lind P; Nordic Working Group on Anaemia."): the persons are the authors, the
group is no person's surname."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(
            "Okafor C, Lind P, Hale RJ; Nordic Working Group on Anaemia. Screening for low "
            "cobalamin in primary care. Scand J Prim Health Care. 2019;37(2):120–8.",
            ("Okafor C", "Lind P", "Hale RJ"),
            id="group-after-persons",
        ),
        pytest.param(
            "Moreau J, Tanaka S, et al; Micronutrient Working Group of ESPEN. Guidance on "
            "micronutrient testing. Clin Nutr. 2021;40(5):2000–12.",
            ("Moreau J", "Tanaka S"),
            id="group-after-et-al",
        ),
        pytest.param(
            "Ferreira AB; Steering Committee of the Lisbon Cohort. Baseline data of a cohort "
            "of older adults. BMC Geriatr. 2015;15:77.",
            ("Ferreira AB",),
            id="one-person-and-a-committee",
        ),
        pytest.param(
            "Okafor C, Lind P, Hale RJ. Screening for low cobalamin in primary care. Scand J "
            "Prim Health Care. 2019;37(2):120–8.",
            ("Okafor C", "Lind P", "Hale RJ"),
            id="persons-only-unchanged",
        ),
    ],
)
def test_group_author_is_no_person(text: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.style == "vancouver"
    assert ref.authors == authors
    assert ref.title is not None and ref.title.split()[0] in text.split(". ", 1)[1]
