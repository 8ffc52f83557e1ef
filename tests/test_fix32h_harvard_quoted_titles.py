"""Harvard (Cite Them Right) article titles in single quotes that hold a quotation in
double quotes (a title that asks whether something is "as claimed"?): the single-quoted
title is the title, quotes inside kept, and the journal, volume and article number after
it are no part of it.  Fixture lines written for this test in that pattern."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import harvard, parse_reference
from bibcheck.parse.references.shared import quoted, quoted_text
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "host", "volume"),
    [
        pytest.param(
            "Okoro, B., Pratt, L. and Yates, D. (2019) 'Are urban trees \"the lungs of the "
            "city\"?', Journal of Urban Ecology, 12, 104221. doi: 10.1016/j.jue.2019.104221.",
            'Are urban trees "the lungs of the city"?',
            "Journal of Urban Ecology",
            "12",
            id="question-article-number",
        ),
        pytest.param(
            'Frey, K. (2015) \'When "green" means "clean": a review of eco-labels\', '
            "Environmental Politics, 24(2), pp. 301–318.",
            'When "green" means "clean": a review of eco-labels',
            "Environmental Politics",
            "24",
            id="two-quotations-pages",
        ),
        pytest.param(
            "Hale, R. and Moss, T. (2018) 'Women's \"invisible\" work in inshore fisheries', "
            "Maritime Studies, 17(3), pp. 255–266.",
            'Women\'s "invisible" work in inshore fisheries',
            "Maritime Studies",
            "17",
            id="apostrophe-inside",
        ),
        pytest.param(
            "Lind, P. (2021) ‘Is the tide turning on “single-use” plastics?’, Marine Policy, "
            "130, 104588.",
            "Is the tide turning on “single-use” plastics?",
            "Marine Policy",
            "130",
            id="curly-quotes",
        ),
    ],
)
def test_single_quoted_title_holding_a_quotation(
    text: str, title: str, host: str, volume: str
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.style == "harvard"
    assert ref.title == title
    assert ref.host == host
    assert ref.volume == volume
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("'Is it \"x\"?', J, 1", 'Is it "x"?'),
        ("\"A 'b' c\", J, 1", "A 'b' c"),
        ("'Women's work', J", "Women's work"),
        ("Title 'xy' only", "xy"),
        ("no quotes here", None),
    ],
)
def test_quoted_leftmost_of_single_and_double(text: str, want: str | None) -> None:
    m = quoted(text, single=True)
    assert (quoted_text(m) if m else None) == want


@pytest.mark.parametrize(
    "line",
    [
        lambda n: " 'a" * (n // 3),
        lambda n: "x'" * (n // 2),
        lambda n: " 'ab'cd" * (n // 7),
        lambda n: "'" + "a'b" * (n // 3),
    ],
)
def test_long_single_quoted_text_is_linear(line: Callable[[int], str]) -> None:
    def read(text: str) -> object:
        quoted(text, single=True)
        return harvard.parse("Okoro, B. (2019) " + text)

    assert_linear(read, line)
