"""Fix 52k: author lists in natural order with initials first ("K. Arora, H. Ameur, and
M. Gobbetti. Title. Journal"), and a title in numbered parts ("Title. II. Part title")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.part_titles import with_numbered_part
from tests.test_regex_growth import assert_linear


def _parse(text: str) -> tuple[tuple[str, ...], str | None]:
    ref = parse_reference(text, [1], detect_styles=True)
    return tuple(ref.authors), ref.title


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "P. Lindqvist, R. Okafor, and J. M. Tanaka. Rye leaven acidity over ten years. "
            "_Cereal Chemistry Letters_ 12 (2019): 33–41.",
            ("P. Lindqvist", "R. Okafor", "J. M. Tanaka"),
            "Rye leaven acidity over ten years",
        ),
        (
            "A. Berg, S. De Vries, T. Holm, and K. Nakamura. Yeast counts in wheat dough. "
            "Food Microbiology Reports 8 (2020): 1–9.",
            ("A. Berg", "S. De Vries", "T. Holm", "K. Nakamura"),
            "Yeast counts in wheat dough",
        ),
        # negative: an APA list, family names first, stays as it was
        (
            "Berg, A., & Holm, T. (2020). Yeast counts in wheat dough. Food Microbiology "
            "Reports, 8, 1–9.",
            ("Berg, A.", "Holm, T."),
            "Yeast counts in wheat dough",
        ),
    ],
)
def test_initials_first_list(text: str, authors: tuple[str, ...], title: str) -> None:
    assert _parse(text) == (authors, title)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            ["Studies on rye.", "II.", "Acid in the dough.", "Journal 3 (1950): 1–9."],
            ["Studies on rye. II. Acid in the dough.", "Journal 3 (1950): 1–9."],
        ),
        (
            ["Studies on rye.", "Part III.", "Acid in the dough.", "Journal 3 (1950)."],
            ["Studies on rye. Part III. Acid in the dough.", "Journal 3 (1950)."],
        ),
        # negative: a volume number before the book's facts is no part title
        (
            ["History of Sweden.", "II.", "Stockholm: Norstedt, 1880."],
            ["History of Sweden.", "II.", "Stockholm: Norstedt, 1880."],
        ),
        (
            ["History of Sweden.", "II.", "Stockholm: Norstedt, 1880.", "Reprint."],
            ["History of Sweden.", "II.", "Stockholm: Norstedt, 1880.", "Reprint."],
        ),
        # negative: an initial is no part number
        (
            ["Studies on rye.", "C.", "Holm ed.", "Journal 3 (1950)."],
            ["Studies on rye.", "C.", "Holm ed.", "Journal 3 (1950)."],
        ),
    ],
)
def test_numbered_part(sentences: list[str], expected: list[str]) -> None:
    assert with_numbered_part(sentences) == expected


def test_numbered_part_title_in_a_reference() -> None:
    _, title = _parse(
        "L. Hagen and T. F. Mori. Microbes of the rye leaven. II. Isolation of the acid "
        "bacteria. _Applied Cereal Studies_ 21, no. 3 (1971): 459–465."
    )
    assert title == "Microbes of the rye leaven. II. Isolation of the acid bacteria"


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (
            lambda s: with_numbered_part(["T.", "Part II.", s, "J."]),
            lambda n: "A" + "b, " * (n // 3) + "1",
        ),
        (lambda s: parse_reference(s, [1]), lambda n: "K. Arora, " * (n // 10) + "x"),
        (lambda s: parse_reference(s, [1]), lambda n: "C. G. " * (n // 6) + "Rizzello and"),
        (
            lambda s: parse_reference(s, [1], detect_styles=True),
            lambda n: "Lind, Anna, " + "Kurt Berg, " * (n // 11) + "und x",
        ),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
