"""Fix 74g: a paper's title in a series of papers keeps its numeral and its own title.

Astronomy, physics, chemistry and biology number the papers of one study with a roman
numeral between the series title and the paper's own ("Dust in the outer belt. II.
Grain sizes", "Studies of the corona. Part III. Loops").  The title was cut at the
numeral (a one-letter numeral, "I.", "V.", read as an initial); a name after a title
("Title. V. Smith (ed.)") is no part.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.series_part import part_after, with_series_part


@pytest.mark.parametrize(
    ("sentences", "want"),
    [
        # a one-letter numeral kept with the part's title by the sentence splitter
        (
            ["Dust in the outer belt.", "I. Grain sizes and albedos.", "Icarus, 12, 1-9."],
            ["Dust in the outer belt. I. Grain sizes and albedos.", "Icarus, 12, 1-9."],
        ),
        (
            ["Echoes of the corona.", "V. The loops seen edge-on.", "*Solar Physics*, 3."],
            ["Echoes of the corona. V. The loops seen edge-on.", "*Solar Physics*, 3."],
        ),
        # a numeral of several letters alone, and after "Part" / "Paper"
        (
            ["Dust in the outer belt.", "XIV.", "Grain sizes.", "Icarus."],
            ["Dust in the outer belt. XIV. Grain sizes.", "Icarus."],
        ),
        (
            ["Dust in the outer belt.", "Part II.", "Grain sizes.", "Icarus."],
            ["Dust in the outer belt. Part II. Grain sizes.", "Icarus."],
        ),
        (
            ["Dust in the outer belt.", "Paper 3.", "Grain sizes.", "Icarus."],
            ["Dust in the outer belt. Paper 3. Grain sizes.", "Icarus."],
        ),
        # unchanged: nothing after the part (the part is the venue or the end)
        (
            ["Dust in the outer belt.", "I. Grain sizes."],
            ["Dust in the outer belt.", "I. Grain sizes."],
        ),
        # unchanged: a name after the title, not a part
        (
            ["Dust in the outer belt.", "V. Smith (ed.), Minor bodies.", "Tucson."],
            ["Dust in the outer belt.", "V. Smith (ed.), Minor bodies.", "Tucson."],
        ),
        (
            ["Dust in the outer belt.", "V. Smith, editor.", "Tucson."],
            ["Dust in the outer belt.", "V. Smith, editor.", "Tucson."],
        ),
        (
            ["Dust in the outer belt.", "I. Lund and K. Moe.", "Tucson."],
            ["Dust in the outer belt.", "I. Lund and K. Moe.", "Tucson."],
        ),
        (
            ["Dust in the outer belt.", "V. K. Lund.", "Tucson."],
            ["Dust in the outer belt.", "V. K. Lund.", "Tucson."],
        ),
        # unchanged: a journal's numbers after the numeral, a title ending in an initial
        (
            ["Dust in the outer belt.", "I. Icarus, 12, 1-9.", "More."],
            ["Dust in the outer belt.", "I. Icarus, 12, 1-9.", "More."],
        ),
        (
            ["Letters to J.", "V. Grain sizes.", "Icarus."],
            ["Letters to J.", "V. Grain sizes.", "Icarus."],
        ),
        # unchanged: no numeral
        (
            ["Dust in the outer belt.", "Grain sizes.", "Icarus."],
            ["Dust in the outer belt.", "Grain sizes.", "Icarus."],
        ),
        (
            ["Dust in the outer belt.", "IIV. Grain sizes.", "Icarus."],
            ["Dust in the outer belt.", "IIV. Grain sizes.", "Icarus."],
        ),
    ],
)
def test_with_series_part(sentences: list[str], want: list[str]) -> None:
    assert with_series_part(sentences) == want


@pytest.mark.parametrize(
    ("title", "tail", "want"),
    [
        (
            "Dust in the outer belt",
            "I. Grain sizes and albedos. Icarus 153, 24–36.",
            ("Dust in the outer belt. I. Grain sizes and albedos", "Icarus 153, 24–36."),
        ),
        (
            "Dust in the outer belt",
            "III. The spin of 1.5 km bodies. Icarus 153, 24–36.",
            ("Dust in the outer belt. III. The spin of 1.5 km bodies", "Icarus 153, 24–36."),
        ),
        ("Dust in the outer belt", "Icarus 153, 24–36.", None),
        ("Dust in the outer belt", "I. Grain sizes and albedos.", None),
        ("Dust in the outer belt", "V. Smith, editor. Icarus 153, 24–36.", None),
    ],
)
def test_part_after(title: str, tail: str, want: tuple[str, str] | None) -> None:
    assert part_after(title, tail) == want


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        # APA, the part's title on the next line
        (
            "Okafor, N., & Lind, P. (2019). Dust in the outer belt.\n"
            "V. Grain sizes and albedos of 1.5 km bodies. *Icarus*, 321, 10–24.",
            "Dust in the outer belt. V. Grain sizes and albedos of 1.5 km bodies",
            "Icarus",
        ),
        (
            "Okafor, N. (2018). Dust in the outer belt. I. The smallest grains."
            " *Icarus*, 300, 1–9. https://doi.org/10.99999/icarus.1",
            "Dust in the outer belt. I. The smallest grains",
            "Icarus",
        ),
        (
            "Okafor, N. (2018). Studies of the corona. Part II. Loops and arcs."
            " Solar Physics, 12, 1–9.",
            "Studies of the corona. Part II. Loops and arcs",
            "Solar Physics",
        ),
        # Elsevier's author-year (Icarus, Planetary and Space Science)
        (
            "Okafor, N., Lind, P., 2001. Dust in the outer belt. I. Grain sizes."
            " Icarus 153, 24–36.",
            "Dust in the outer belt. I. Grain sizes",
            "Icarus",
        ),
    ],
)
def test_parse_reference_series_title(text: str, title: str, container: str) -> None:
    ref = parse_reference(text, [0])
    assert ref.title == title
    assert ref.host == container


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Vancouver
        (
            "Okafor N, Lind P. Dust in the outer belt. I. Grain sizes. Icarus. 2001;153:24–36.",
            "Dust in the outer belt. I. Grain sizes",
        ),
        # no part: the names of an edited book's editors after the title stay out
        (
            "Okafor, N. (2001) Dust in the outer belt. V. Smith (ed.) Minor Bodies."
            " London: Kluwer.",
            "Dust in the outer belt",
        ),
    ],
)
def test_parse_reference_title(text: str, title: str) -> None:
    assert parse_reference(text, [0]).title == title
