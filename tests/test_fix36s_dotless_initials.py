"""Author-date entries whose initials have no full stop (citeproc prints "Carl G Dahl" when
the data has none): every author is read, none lost."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from tests.worksteps import counted


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        pytest.param(
            "Lund, Maria, Per K Holm, and Sara Vik. 2018. “Imagined Results.” <i>Review of Nothing</i>.",
            ("Lund, Maria", "Per K Holm", "Sara Vik"),
            2018,
            id="middle-initial-second",
        ),
        pytest.param(
            "Holm, Per K, and Sara Vik. 2020. “Another Invented Study.” <i>Review of Nothing</i> 4 (2): 1–9.",
            ("Holm, Per K", "Sara Vik"),
            2020,
            id="first-author-initial",
        ),
        pytest.param(
            "Vik, Sara, Jonas B T Ek, and Per Holm. 2016. “Two Initials.” <i>Review of Nothing</i>.",
            ("Vik, Sara", "Jonas B T Ek", "Per Holm"),
            2016,
            id="two-initials",
        ),
        pytest.param(
            "Vik, Sara, Jonas B. Ek, and Per Holm. 2016. “Dotted Initials.” <i>Review of Nothing</i>.",
            ("Vik, Sara", "Jonas B. Ek", "Per Holm"),
            2016,
            id="dotted-unchanged",
        ),
    ],
)
def test_authors_with_dotless_initials(text: str, authors: tuple[str, ...], year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.year == year


def test_dotless_initials_linear() -> None:
    # many names followed by no year: refused in linear time
    def run(n: int) -> int:
        text = "Lund, Maria" + ", Per K Holm" * n + ", and Sara Vik. Title without a year."
        # (steps counted, not timed: tests.worksteps)
        return counted(lambda: parse_reference(text, [1], detect_styles=True))

    small, big = run(200), run(1600)
    assert big < small * 40
