"""Engineering notes' lists in Dutch and other languages: a patent named after its title by
the language's word (``Europees octrooi``, lower-case ``brevet européen``) or by its office
code, number and kind code alone (``EP 3 812 594 A1``, ``US 10,123,456 B2``, ``WO
2019/123456 A1``, ``NL 2012345 C``) is a ``patent``; a title naming itself a report by a
Dutch or German compound (``Inspectierapport``, ``voortgangsrapportage``,
``Onderzoeksrapport``) is a ``report``; a guideline titled by its genre that a body publishes
itself (``Rijkswaterstaat. *Richtlijnen …*. Utrecht: Rijkswaterstaat``) is a ``report``."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

PATENTS = [
    # (text, title)
    (
        "J. de Wit en K. Mulder. *Inrichting voor het trillingsarm inbrengen van palen*. "
        "Europees octrooi EP 3 456 789 B1, verleend 4 mei 2022.",
        "Inrichting voor het trillingsarm inbrengen van palen",
    ),
    (
        "A. Jansen. *Werkwijze voor het bewaken van kademuren*. Nederlands octrooi NL 2023456 C, "
        "2020.",
        "Werkwijze voor het bewaken van kademuren",
    ),
    (
        "R. Brown and T. Green. *Apparatus for pressing sheet piles*. US 10,987,654 B2, 2021.",
        "Apparatus for pressing sheet piles",
    ),
    (
        "M. Keller. *Verfahren zur Überwachung von Ufermauern*. WO 2020/112233 A1, 2020.",
        "Verfahren zur Überwachung von Ufermauern",
    ),
    (
        "P. Laurent. *Procédé de fonçage de palplanches*. EP 3 654 321 A1, 2021.",
        "Procédé de fonçage de palplanches",
    ),
]


@pytest.mark.parametrize(("text", "title"), PATENTS)
def test_patent_after_title(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.kind) == (title, RefKind.PATENT)


REPORTS = [
    "Gemeente Utrecht. *Programma Kademuren: voortgangsrapportage 2022*. Utrecht, 2022.",
    "Provincie Noord-Holland. *Eindrapport vervanging Zeesluis*. Haarlem, 2019.",
    "Provincie Zeeland. *Onderzoeksrapport zeewering Westkapelle*. Middelburg, 2018.",
    "Rijkswaterstaat. *Richtlijnen Beoordeling Kunstwerken*, RBK 1.2. Utrecht: "
    "Rijkswaterstaat, 2019.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_report_by_title_or_issuer(text: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        # a title about patents, and a book by a person whose title opens with the word
        "K. Smith. *Patent law in Europe*. Oxford: Clarendon, 2015.",
        "H. de Vries. *Richtlijnen voor de tuin*. Amsterdam: Bert Bakker, 2010.",
    ],
)
def test_not_patents_nor_reports(text: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind not in (RefKind.PATENT, RefKind.REPORT)
