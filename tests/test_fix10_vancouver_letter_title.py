"""A Vancouver title that ends in a one-letter word (``in R.``, ``vitamin D.``, ``hepatitis
C.``) is no initial: the journal and its numbering follow it."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        pytest.param(
            "Ortiz L, Haas B. tidyboot: Bootstrap resampling of tidy data in R. R J. "
            "2019;11(2):45-60.",
            "tidyboot: Bootstrap resampling of tidy data in R",
            "R J",
            id="software-in-r",
        ),
        pytest.param(
            "Nakamura K, Said A. Seasonal variation of vitamin D. Nutrients. 2021;13(4):1102.",
            "Seasonal variation of vitamin D",
            "Nutrients",
            id="vitamin-d",
        ),
        pytest.param(
            "Moreau P, Lind E. Long-term outcomes of chronic hepatitis C. J Hepatol. "
            "2016;64(3):590-8.",
            "Long-term outcomes of chronic hepatitis C",
            "J Hepatol",
            id="hepatitis-c",
        ),
    ],
)
def test_title_ending_in_a_letter(text: str, title: str, host: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.host, ref.kind) == (title, host, RefKind.ARTICLE)
