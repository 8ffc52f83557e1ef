"""Italian humanities notes: a person with two given names, and ``op. cit.`` after a short
title.

* ``Pietro Paolo Bianchi, «…»``: Italian joins two given names (``Giovanni Battista``,
  ``Anna Maria``) before one family name; the note is filed under ``Bianchi`` as the
  bibliography writes it (``BIANCHI, Pietro Paolo``), not under a Spanish double surname
  ``Paolo Bianchi`` (:mod:`bibcheck.parse.references.given_italian`).  Spanish names
  keep their two surnames.
* ``Rossi, «Le specole italiane», op. cit., p. 50.``: of two works of the author cited
  before, the one whose title the short note gives, not merely the latest; with no title
  (or one no earlier note holds) the latest work of the author, as before.

The examples are written for this test.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats

NAMES = [
    (
        "Pietro Paolo Bianchi, «Le lenti acromatiche», *Rivista di ottica*, 4 (1950), pp. 11-19.",
        ("Bianchi, Pietro Paolo",),
    ),
    (
        "Carlo Emanuele Ferri, «Il cannocchiale nella specola», *Nuncius*, 2 (1987), pp. 3-21.",
        ("Ferri, Carlo Emanuele",),
    ),
    (
        "Giovanna Paola Neri, «Un osservatorio in città», *Giornale di astronomia*, 12 "
        "(1990), pp. 40-52.",
        ("Neri, Giovanna Paola",),
    ),
    (
        "Luigi Amedeo Conti, «Strumenti di misura del Settecento», *Physis*, 9 (1967), "
        "pp. 201-230.",
        ("Conti, Luigi Amedeo",),
    ),
    # guards (pass on main): Spanish names keep their two surnames
    (
        "Esteban Rodríguez Ocaña, «La salud pública en España», *Dynamis*, 3 (1983), pp. 1-20.",
        ("Rodríguez Ocaña, Esteban",),
    ),
    (
        "Juan Franco Pérez, «Los relojes de sol», *Asclepio*, 40 (1988), pp. 5-30.",
        ("Franco Pérez, Juan",),
    ),
]


@pytest.mark.parametrize(("note", "authors"), NAMES)
def test_italian_two_given_names(note: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(note, [0], note=True).authors == authors


_EARLIER = [
    "Marta Rossi, «Le specole italiane dell'Ottocento», *Nuncius*, 8 (1993), pp. 45-60.",
    "Marta Rossi, *Telescopi e osservatori*, Firenze, Olschki, 2001.",
]

OP_CIT = [
    # the short title names the earlier of the two works
    ("Rossi, «Le specole italiane», op. cit., p. 50.", 0),
    ("Rossi, *Le specole italiane*, op. cit., p. 50.", 0),
    ("Rossi, “Le specole italiane”, op. cit., p. 50.", 0),
    # guards (pass on main): the later work by its title, by the author alone, or by a
    # title no earlier note holds: the latest work of the author
    ("Rossi, *Telescopi e osservatori*, op. cit., p. 12.", 1),
    ("Rossi, op. cit., p. 3.", 1),
    ("Rossi, «Un altro lavoro», op. cit., p. 3.", 1),
]


@pytest.mark.parametrize(("last", "target"), OP_CIT)
def test_op_cit_by_short_title(last: str, target: int) -> None:
    found = find_repeats([*_EARLIER, last], ["1", "2", "3"], [False, False, False])[-1]
    assert found is not None
    assert (found.kind, found.target) == ("op-cit", target)
