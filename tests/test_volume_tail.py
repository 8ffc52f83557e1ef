"""A volume's designation after a multi-volume work's title (volume_tail.without_volume):
cut where it closes the title; a spelled-out ``Volume I: …`` only in an author-date
entry's title sentence, since elsewhere it may be the work's own title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.entrytail import entry_title
from bibcheck.parse.references.volume_tail import without_volume

CASES = [
    # (title, spelled_out, expected)
    ("A Commentary on Livy, vol. 2", False, "A Commentary on Livy"),
    ("Medieval Towns of the North, vol. 1: Foundations", False, "Medieval Towns of the North"),
    ("Geschichte der Stadt, Bd. 3", False, "Geschichte der Stadt"),
    ("Annals of the Parish, Vol. IV, pt. 2", False, "Annals of the Parish"),
    ("System Prawa Karnego, t. 6: Kary", False, "System Prawa Karnego, t. 6: Kary"),
    (
        "Guide to Field Methods, Volume I: Measuring Rainfall",
        False,
        "Guide to Field Methods, Volume I: Measuring Rainfall",
    ),
    ("Guide to Field Methods, Volume I: Measuring Rainfall", True, "Guide to Field Methods"),
    ("vol. 2", False, "vol. 2"),
    ("Notes on vol. 2 of the set", False, "Notes on vol. 2 of the set"),
]


@pytest.mark.parametrize(("title", "spelled_out", "expected"), CASES)
def test_without_volume(title: str, spelled_out: bool, expected: str) -> None:
    assert without_volume(title, spelled_out=spelled_out) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "A Historical Commentary on Thucydides, volume 2",
            "A Historical Commentary on Thucydides",
        ),
        ("A Commentary on Thucydides, vol. 1: Books I–III", "A Commentary on Thucydides"),
        ("The Invention of Athens, trans", "The Invention of Athens"),
    ],
)
def test_entry_title(title: str, expected: str) -> None:
    assert entry_title(title) == expected
