"""The "with" co-author rule matches the names before ``with`` once (round 78's first CI).

``tests/test_lead77_with_linear.py`` bounds the rule's growth with the text; its case of forty
initials before ``with`` and a run of initials after it took minutes at every size: the
engine tried each way of splitting the initials among given names for each failure of the
co-author's pattern (45 s for one call).  Counted in steps (tests/worksteps.py), never timed.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references.with_coauthor import joined
from tests.worksteps import work

# the steps an ordinary head takes is some twenty; the case below took some 1,000 after the
# fix and hundreds of thousands before it
LIMIT = 20_000


@pytest.mark.parametrize(
    "text",
    [
        "C. G. " * 20 + "Rizzello, with " + "B. A. " * 60 + "Poe.",
        "C. G. " * 20 + "Rizzello and " + "A. B. " * 10 + "Roe, with " + "B. A. " * 40 + "x",
        "Doe, " + "J. K. " * 30 + "with " + "B. A. " * 60 + "Poe.",
    ],
    ids=["initials-before-and-after", "two-names-then-initials", "inverted-then-initials"],
)
def test_runs_of_initials_around_with_stay_cheap(text: str) -> None:
    joined("Jane Doe, with Kim Poe, T (P: Q, 2004).")  # patterns compiled, uncounted
    assert work(joined, text, limit=LIMIT) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe and Ann Roe, with Kim Poe, T.", "Jane Doe, Ann Roe, and Kim Poe, T."),
        ("Doe, Jane, with Kim Poe. T.", "Doe, Jane, and Kim Poe. T."),
        ("J. K. Doe, with A. B. Poe. T.", "J. K. Doe and A. B. Poe. T."),
        (
            "Jane Doe, Ann Roe, and Max Loe, with Kim Poe, T.",
            "Jane Doe, Ann Roe, Max Loe, and Kim Poe, T.",
        ),
        ("Jane Doe, John Smith, with Kim Poe. T.", None),
    ],
)
def test_names_still_read(text: str, expected: str | None) -> None:
    assert joined(text) == expected
