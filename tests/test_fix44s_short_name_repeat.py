"""A short note of an author with a two-letter family name ("Ka", "Li", "Ng") is matched to
the earlier full note by the name and the short title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats

CASES = [
    (
        [
            "Ng, Tom. *River Towns of the South*. Hanoi: Lotus, 2001.",
            "Bell, Ann. *Salt Roads*. Leeds: Moor, 1988.",
            "Ng, *River Towns of the South*, 14.",
        ],
        0,
    ),
    (
        [
            "Li, Mei. *Harbour Songs and Dances*. Macau: Pearl, 1975, 3–9.",
            "Li, Harbour Songs and Dances, 40.",
        ],
        0,
    ),
    # another two-letter name: no match
    (
        [
            "Ng, Tom. *River Towns of the South*. Hanoi: Lotus, 2001.",
            "Wu, *River Towns of the South*, 14.",
        ],
        None,
    ),
]


@pytest.mark.parametrize(("texts", "target"), CASES)
def test_two_letter_name(texts: list[str], target: int | None) -> None:
    rep = find_repeats(texts)[-1]
    assert (rep.target if rep else None) == target
