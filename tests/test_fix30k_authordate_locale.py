"""Author-date mentions as Dutch, German and Scandinavian writers type them: a locator in
their own abbreviation after the year ("(2019, hfst. 8)", "(2018, Kap. 3)", "(2020, blz.
14)"), and their "et al." ("u. a.", "e.a.", "m.fl.").  Own fixtures, table-driven."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.authoryear import author_years, line_mentions
from tests.test_regex_growth import assert_linear

ENTRIES = [
    ("1", "Vermeulen, K., Dijkstra, P., & Aydın, S. (2019). Archieven van de haven. Boom."),
    ("2", "Müller, H., Schneider, A., & Wolf, T. (2018). Datenpflege im Labor. Springer."),
    ("3", "Lindgren, E., Berg, O., & Holm, A. (2020). Forskningsdata. Studentlitteratur."),
]


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("Zo raden Vermeulen et al. (2019, hfst. 8) aan.", ["1"]),
        ("Zo raden Vermeulen e.a. (2019, blz. 14) het aan.", ["1"]),
        ("zoals bekend (Vermeulen e.a., 2019, hoofdst. 2).", ["1"]),
        ("wie Müller u. a. (2018, Kap. 3) zeigen", ["2"]),
        ("so die Übersicht (Müller u.a. 2018, Abschn. 4.2).", ["2"]),
        ("(Müller et al., 2018, Bd. 2) und", ["2"]),
        ("som Lindgren m.fl. (2020, kap. 5) visar", ["3"]),
        ("(Lindgren mfl., 2020, s. 12)", ["3"]),
        # a year no entry has, with a locator: nothing
        ("Vermeulen et al. (2017, hfst. 8) zeggen", []),
        # an abbreviation after the year that is no locator (no number after it): nothing
        # more than the mention itself
        ("Müller u. a. (2018) etc. und mehr", ["2"]),
    ],
    ids=[
        "nl-hfst",
        "nl-ea-blz",
        "nl-hoofdst-parenthetical",
        "de-ua-kap",
        "de-ua-nospace-abschn",
        "de-bd",
        "sv-mfl-kap",
        "sv-mfl-s",
        "wrong-year",
        "plain",
    ],
)
def test_locale_mentions(line: str, labels: list[str]) -> None:
    found = line_mentions(line, "", author_years(ENTRIES))
    assert [label for _, _, label in found] == labels


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Müller u. a. " * (n // 13),
        lambda n: "(Vermeulen, 2019, hfst." * (n // 23),
        lambda n: "a, 2019, x." * (n // 11),
    ],
)
def test_long_line_is_linear(line: Callable[[int], str]) -> None:
    index = author_years(ENTRIES)
    assert_linear(lambda text: line_mentions(text, "", index), line)
