"""fix68i: a broadcast or a sound recording named as one after its title is ``web``.

A reading list says what the work is in the element after its title: a genre named bare
(``Rozhlasový pořad``, ``Radio programme``, ``Hörfunksendung``, ``Émission de radio``), or
the record label with the disc's catalogue number (``Supraphon SU 3802-2``).  Films,
broadcasts and recordings are ``web`` by the corpus conventions.  Every entry was written
for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

_WEB = [
    "Český rozhlas Dvojka (2016). Hudební procházky Brnem. Rozhlasový pořad.",
    "BBC (2019). The Lost Songs of the Hebrides. Radio programme, BBC Radio 3.",
    "Müller, Anna (2020). Der Klang der Stadt. Hörfunksendung, SWR2.",
    "France Culture (2015). Les chemins de la musique. Émission de radio.",
    "Polskie Radio (2010). Chopin i jego świat. Audycja radiowa, Program 2.",
    "RAI (1988). La voce di Callas. Trasmissione radiofonica, Radio 3.",
    "Karajan, Herbert von (1972). Die Jahreszeiten. Deutsche Grammophon 423 922-2.",
    "Herreweghe, Philippe (2001). Requiem. Harmonia Mundi HMC 901771.",
    "Neumann, Václav (1982). Má vlast. Supraphon SU 1110-2.",
    "Ward, Simon (2005). Bach: Orchestral Suites. Naxos 8.557432.",
]


@pytest.mark.parametrize("text", _WEB)
def test_broadcast_or_recording_is_web(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is RefKind.WEB


def test_linked_recording_in_a_reading_list() -> None:
    text = (
        "Novák, Jan, dir. (1979). [Janáček: Její pastorkyňa](https://example.org/album/1). "
        "Supraphon SU 2754-2."
    )
    assert parse_reference(text, [0], detect_styles=True).kind is RefKind.WEB


@pytest.mark.parametrize(
    "text",
    [
        # British command papers: "Cd." and "Cmd." are series, not a compact disc (lead,
        # found by the final CI: test_fix19c's cd-facts case had turned web)
        "Report of the Royal Commission on the Poor Laws, Cd. 4499 (London: HMSO, 1909), 12.",
        "Report on Social Insurance and Allied Services, Cmd. 6404 (London: HMSO, 1942).",
    ],
)
def test_command_paper_is_no_disc(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=False, note=True).kind is RefKind.REPORT
