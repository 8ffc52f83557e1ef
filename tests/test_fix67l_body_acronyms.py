"""Round 67, fix l: a body goes by the initials of its significant words, in lower case
too, its small words and compound parts giving a letter where the acronym takes one
(:mod:`bibcheck.parse.references.body_initials`); a person's initials in brackets name no
body."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.own_imprint import named_body, names_itself, self_published
from bibcheck.parse.references.publicpublisher import author_published

# (the body's name, the acronym it goes by): English, French, Spanish, Italian,
# Portuguese, German, Dutch
BODIES = [
    ("Organisation mondiale de la santé", "OMS"),
    ("Organisation de coopération et de développement économiques", "OCDE"),
    ("Institut national de la statistique et des études économiques", "INSEE"),
    ("Organizzazione mondiale della sanità", "OMS"),
    ("Istituto superiore di sanità", "ISS"),
    ("Organização mundial da saúde", "OMS"),
    ("Instituto nacional de estadística", "INE"),
    ("Bundesamt für Statistik", "BFS"),
    ("Bundeszentrale für gesundheitliche Aufklärung", "BZgA"),
    ("Robert Koch-Institut", "RKI"),
    ("Centraal bureau voor de statistiek", "CBS"),
    ("Agence nationale de sécurité du médicament et des produits de santé", "ANSM"),
    ("Office for national statistics", "ONS"),
]


@pytest.mark.parametrize(("name", "acronym"), BODIES)
def test_numbered_document_names_its_body_by_acronym(name: str, acronym: str) -> None:
    assert names_itself(name, acronym)


@pytest.mark.parametrize(
    ("name", "publisher"),
    [
        ("Organisation mondiale de la Santé", "Genève: OMS"),
        ("Organizzazione mondiale della sanità", "Ginevra: OMS"),
        ("Organização mundial da saúde", "Genebra: OMS"),
        ("Bundesamt für Statistik", "Neuchâtel: BFS"),
        ("Organización mundial de la salud", "Ginebra: OMS"),
    ],
)
def test_public_body_published_under_its_acronym(name: str, publisher: str) -> None:
    assert author_published((name,), publisher)


@pytest.mark.parametrize(
    ("raw", "author", "publisher"),
    [
        (
            "Organisation mondiale de la Santé. Rapport technique n° 12. Genève: OMS; 2021.",
            "Organisation mondiale de la Santé",
            "OMS",
        ),
        (
            "Istituto superiore di sanità. Rapporto tecnico No. 7. Roma: ISS; 2020.",
            "Istituto superiore di sanità",
            "ISS",
        ),
        (
            "Bundesamt für Statistik. Erhebung Nr. 4. Neuchâtel: BFS; 2019.",
            "Bundesamt für Statistik",
            "BFS",
        ),
        (
            "Instituto superior de saúde. Relatório No. 3. Lisboa: ISS; 2018.",
            "Instituto superior de saúde",
            "ISS",
        ),
    ],
)
def test_body_numbered_work_it_publishes_is_its_report(
    raw: str, author: str, publisher: str
) -> None:
    ref = Reference(
        raw=raw,
        line=1,
        end_line=1,
        kind=RefKind.BOOK,
        authors=(author,),
        title="Rapport",
        publisher=publisher,
    )
    assert self_published(ref)


# guards (hold on main too, said so): a person with initials in brackets is no body, an
# acronym of other letters is not the body's, and a body by its capitals stays one
@pytest.mark.parametrize(
    ("author", "body"),
    [
        ("Smith (JS)", False),  # fails on main: a person's initials in brackets
        ("John Smith (JS)", False),  # fails on main
        ("Smith J (JS)", False),  # fails on main
        ("World Health Organization (WHO)", True),  # guard
        ("Bundesärztekammer (BÄK)", True),  # guard
        ("Haute Autorité de santé (HAS)", True),  # guard
    ],
)
def test_named_body_not_a_person(author: str, body: bool) -> None:
    assert named_body(author) is body


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("John Smith", "JS"),  # two letters: a person's initials
        ("Organisation mondiale de la Santé", "OCDE"),
        ("Bundesamt für Statistik", "BSV"),
        ("World Health Organization", "UNICEF"),
    ],
)
def test_guard_other_acronym_is_not_the_body(name: str, acronym: str) -> None:
    assert not names_itself(name, acronym)


def test_guard_person_publisher_initials_stay_a_book() -> None:
    ref = Reference(
        raw="Smith J (JS). My memoirs. London: JS; 2020.",
        line=1,
        end_line=1,
        kind=RefKind.BOOK,
        authors=("Smith J (JS)",),
        title="My memoirs",
        publisher="JS",
    )
    assert not self_published(ref)  # fails on main: read as a body's report
