"""A short note that cites the volume of a work in several before its page: ``Rossi, Storia
cit., II, p. 152``, ``Martín, Historia, vol. 2, pp. 40-41``, ``Dupont, Confréries, t. I,
p. 9`` repeats the earlier full note by the same author."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats

FULL = [
    "G. Rossi, Storia della mezzadria toscana, 2 voll., Firenze, Olschki, 1980-1982, I, p. 3.",
    "J. Martín, Historia de los gremios, 3 vols., Madrid, Akal, 1987.",
    "M. Dupont, Les confréries du Midi, 2 vols., Toulouse, Privat, 1980.",
]


@pytest.mark.parametrize(
    ("text", "target", "locator"),
    [
        pytest.param("Rossi, Storia della mezzadria cit., II, p. 152.", 0, "152", id="it-roman"),
        pytest.param("Martín, Historia de los gremios, vol. 2, pp. 40-41.", 1, "40-41", id="es"),
        pytest.param("Dupont, Les confréries, t. I, p. 9.", 2, "9", id="fr-tome"),
    ],
)
def test_short_note_with_volume(text: str, target: int, locator: str) -> None:
    rep = find_repeats([*FULL, text])[-1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == ("short", target, locator)
