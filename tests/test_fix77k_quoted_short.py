"""fix77k: a Swedish or Finnish note opening with an article's title in ”…” (the closing
mark opens it too) is a full note, never a short note whose "author" is that title
(:mod:`bibcheck.parse.references.repeat`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            [
                "Affisch, ”Linddansarne i Kungsträdgården”, juni 1850, Kungliga biblioteket.",
                "”Linddansarne i Kungsträdgården”, Dagbladet, 3 juni 1850, s. 2.",
            ],
            [None, None],
        ),
        (
            [
                "Teaterprogram, ”Cirkus på Ladugårdsgärdet”, maj 1855, Stadsarkivet.",
                "”Cirkus på Ladugårdsgärdet”, Dagbladet, 20 maj 1855, s. 4.",
            ],
            [None, None],
        ),
        (
            [
                "Teaterprogram, ”Cirkus på Ladugårdsgärdet”, maj 1855, Stadsarkivet.",
                "„Cirkus på Ladugårdsgärdet”, Dagbladet, 20 maj 1855, s. 4.",
            ],
            [None, None],
        ),
    ],
)
def test_quoted_title_no_short_note(notes: list[str], expected: list[None]) -> None:
    assert find_repeats(notes) == expected


def test_short_note_still_found() -> None:
    found = find_repeats(
        ["Karin Ek, Gycklare i Göteborg, Stockholm: Atlantis, 1990, s. 4.", "Ek, Gycklare, s. 9."]
    )
    assert found[0] is None
    assert found[1] is not None and found[1].target == 0
