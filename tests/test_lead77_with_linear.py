"""The "with" co-author rule (:mod:`bibcheck.parse.references.with_coauthor`) stays linear.

Round 77's final CI: runs of initials (``C. G. C. G. … Rizzello and``) made the names' pattern
backtrack over the whole text (2 s at 1,000 characters, 130 s at 4,000) in every
``parse_reference``; the rule now looks for ``with`` within a head's length first.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.with_coauthor import joined
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (joined, lambda n: "C. G. " * (n // 6) + "Rizzello and"),
        (
            joined,
            lambda n: "C. G. " * 20 + "Rizzello, with " + "B. A. " * ((n - 140) // 6) + "Poe.",
        ),
        (joined, lambda n: "Jane Doe with " + "C. G. " * (n // 6) + "x"),
        (lambda s: parse_reference(s, [1]), lambda n: "B. A. " * (n // 6) + "with Kim Poe, T."),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Doe and Ann Roe, with Kim Poe, Title (Place: P, 2004), 78.",
            "Jane Doe, Ann Roe, and Kim Poe, Title (Place: P, 2004), 78.",
        ),
        (
            "Doe, Jane, with Kim Poe. Title. Place: P, 2004.",
            "Doe, Jane, and Kim Poe. Title. Place: P, 2004.",
        ),
        ("Jane Doe, Title, with a preface by Kim Poe (Place: P, 2004).", None),
        ("Title " * 60 + "Jane Doe, with Kim Poe, x.", None),
    ],
)
def test_joined_as_before(text: str, expected: str | None) -> None:
    assert joined(text) == expected
