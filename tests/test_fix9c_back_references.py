"""Short back-references to an earlier note: a cross-reference by note number (``wie Anm.
3``, ``(n 3)``, ``zie noot 3``), ``op. cit.`` / ``t.a.p.`` / ``art. cit.`` after a short
title, and a note whose every work is such a repeat (table-driven, own fixtures)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats

FULL = [
    "Hannelore Kessler, Die Stadt am Fluss, Köln 1988, S. 4.",
    "Marta Vogel, «Las cofradías del puerto», Revista de Historia, núm. 3, 2001, pp. 5-30.",
    "P. Jansen, Dijken en dammen (Delft 1999) 14.",
]
LABELS = ["1", "2", "3", "4"]

CASES = [
    ("de-wie-anm", "Kessler, Stadt (wie Anm. 1), S. 9.", "cross", 0, "9"),
    ("de-lead-in-wie-anm", "Vgl. dazu Vogel, Cofradías (wie Anm. 2), S. 12.", "cross", 1, "12"),
    ("oscola-n", "Jansen, Dijken (n 3) 20.", "cross", 2, "20"),
    ("en-see-n", "Kessler, Stadt (see n. 1), 7.", "cross", 0, "7"),
    ("nl-zie-noot", "Jansen, Dijken (zie noot 3), 31.", "cross", 2, "31"),
    ("fr-voir-note", "Vogel, Cofradías (voir note 2), p. 8.", "cross", 1, "8"),
    ("es-quoted-op-cit", "Vogel, «Las cofradías...», op. cit., p. 11.", "op-cit", 1, "11"),
    ("nl-tap", "Jansen, Dijken en dammen, t.a.p., 18.", "op-cit", 2, "18"),
    ("fr-art-cit", "Vogel, « Cofradías », art. cit., p. 9.", "op-cit", 1, "9"),
    ("no-such-note", "Kessler, Stadt (wie Anm. 9), S. 9.", "cross", None, "9"),
]


@pytest.mark.parametrize(
    ("text", "kind", "target", "locator"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_back_reference_finds_the_note(
    text: str, kind: str, target: int | None, locator: str
) -> None:
    rep = find_repeats([*FULL, text], LABELS)[-1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == (kind, target, locator)


NOT_REPEATS = [
    ("birth-year", "Ana Ruiz (n. 1900), Memorias del puerto, Madrid 1960, p. 4."),
    ("full-note", "Otto Lindner, Handel und Wandel, Bremen 1977, S. 19."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_REPEATS], ids=[c[0] for c in NOT_REPEATS])
def test_full_note_is_no_back_reference(text: str) -> None:
    assert find_repeats([*FULL, text], LABELS)[-1] is None
