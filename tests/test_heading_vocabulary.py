"""Reference-list headings are recognised whatever the accents: Greek capitals drop them
("ΒΙΒΛΙΟΓΡΑΦΙΑ"), hurried writers too ("Bibliografia" for "Bibliografía"); and the lists
of sources named in other languages ("Zdroje", "Fuentes y bibliografía").  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.readers.common import is_literature_heading, is_reference_list_heading
from bibcheck.text import fold_accents as fold


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## ΒΙΒΛΙΟΓΡΑΦΙΑ", True),
        ("## Βιβλιογραφία", True),
        ("## Zdroje", True),
        ("## Použité zdroje", True),
        ("## BIBLIOGRAFÍA", True),
        ("## Bibliografia", True),
        ("## REFERÊNCIAS", True),
        ("**Fuentes y bibliografía**", True),
        ("## Källförteckning", True),
        ("## ЛИТЕРАТУРА", True),
        ("## Список литературы", True),
        ("## Πηγές", True),
        ("## Summary", False),
        ("## Zdroje energie", False),
        ("## Ιστορία", False),
    ],
)
def test_literature_headings(line: str, expected: bool) -> None:
    assert is_literature_heading(line) is expected
    assert is_reference_list_heading(line.lstrip("#* ").rstrip("*")) is expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Βιβλιογραφία", "Βιβλιογραφια"),
        ("références", "references"),
        ("Literatúra", "Literatura"),
        ("Литература", "Литература"),  # Cyrillic letters keep their marks: й is no и
        ("Список використаної", "Список використаної"),
        ("संदर्भ", "संदर्भ"),  # Devanagari vowel signs are letters' parts
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
