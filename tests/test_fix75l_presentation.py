"""fix75l: a talk or poster at a named conference, described in brackets, is a chapter
(own examples)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

CASES = [
    (
        "Okafor, B. (2021, June 3). *Grazing and soil carbon* [Conference presentation]. "
        "Annual Meeting of the Soil Science Society, Leeds, United Kingdom.",
        RefKind.CHAPTER,
    ),
    (
        "Lind, K. (2019, May 7). *Moral luck revisited* [Paper presentation]. 14th Congress "
        "of Logic and Philosophy of Science, Prague, Czech Republic.",
        RefKind.CHAPTER,
    ),
    (
        "Berg, A. (2022, April 1). *Pollen in orchards* [Poster presentation]. European "
        "Geosciences Union General Assembly, Vienna, Austria.",
        RefKind.CHAPTER,
    ),
    (
        "Vos, T. (2020). *Rival theories* [Poster session]. Biennial Meeting of the "
        "Philosophy of Science Association, Baltimore, MD, United States.",
        RefKind.CHAPTER,
    ),
    (
        "Vos, T. (2020). Rival theories [Keynote address]. International Conference on "
        "Epistemology, Lisbon, Portugal.",
        RefKind.CHAPTER,
    ),
    (
        "Pérez, L. (2021). *Cooperativas y precios* [Ponencia]. XIV Congreso de Economía "
        "Agraria, Madrid, España.",
        RefKind.CHAPTER,
    ),
    (
        "Pérez, L. (2021). *Cooperativas y precios* [Comunicación]. Jornadas de Economía "
        "Agraria, Córdoba, España.",
        RefKind.CHAPTER,
    ),
    (
        "Schmidt, A. (2018). *Leib und Welt* [Vortrag]. Jahrestagung der Deutschen "
        "Gesellschaft für Phänomenologie, Kiel, Deutschland.",
        RefKind.CHAPTER,
    ),
    (
        "Martin, C. (2017). *Le corps vécu* [Communication]. Colloque de phénoménologie, "
        "Lyon, France.",
        RefKind.CHAPTER,
    ),
    (
        "Smit, J. (2016). *Het lichaam* [Lezing]. Nederlandse Conferentie voor Filosofie, "
        "Utrecht, Nederland.",
        RefKind.CHAPTER,
    ),
]


@pytest.mark.parametrize(("entry", "kind"), CASES)
def test_presentation_kind(entry: str, kind: RefKind) -> None:
    ref = parse_reference(entry, [0])
    assert ref.kind is kind
    assert ref.publisher is None or "[" not in ref.publisher


GUARDS = [
    # no event named after the description: left as read
    "Okafor, B. (2021). *Grazing and soil carbon* [Unpublished manuscript]. Leeds.",
    # a book: no description
    "Okafor, B. (2021). *Grazing and soil carbon*. Leeds: Soil Press.",
]


@pytest.mark.parametrize("entry", GUARDS)
def test_not_presentation(entry: str) -> None:
    assert parse_reference(entry, [0]).kind is not RefKind.CHAPTER
