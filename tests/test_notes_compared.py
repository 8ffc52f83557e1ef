"""Fix 37x: a note whose prose compares two works ("Compárese la visión de X, Título, pp.,
con la de Y, Título, 2001.", "Compare the view of X … with that of Y …", "Vgl. die Sicht
von X … mit der von Y …", "Cf. la vision de X … et celle de Y …") cites the first work
first: its author is read, in full and as a repeat of an earlier note.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.compared import first_compared
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Compárese la visión optimista de Ruiz Peña, Los molinos, pp. 20–31, con la de "
            "Pablo Gil Soto, Las aceñas del Duero, Zamora, Semuret, 2001, cap. 2.",
            "Ruiz Peña, Los molinos, pp. 20–31",
        ),
        (
            "Compare the gloomy view of Hartley, Granaries, pp. 20–31, with that of John Moss, "
            "Debt and Dependence, Oxford, 2004, ch. 3.",
            "Hartley, Granaries, pp. 20–31",
        ),
        (
            "Vgl. die Sicht von Weber, Mühlen, S. 20–31, mit der von Hans Moser, Schuld und "
            "Abhängigkeit, Wien 2004, Kap. 3.",
            "Weber, Mühlen, S. 20–31",
        ),
        (
            "Cf. la vision de Dupont, Greniers, p. 20-31, et celle de Jean Moreau, Dette et "
            "dépendance, Paris, 2004, chap. 3.",
            "Dupont, Greniers, p. 20-31",
        ),
        ("Cf. Hartley, Granaries, p. 3.", None),  # one work
        ("Vgl. Weber, Mühlen, S. 3 mit weiteren Nachweisen.", None),  # no second work
        ("Hartley, Granaries, p. 3, compares them with Moss.", None),  # no verb first
    ],
    ids=["es", "en", "de", "fr", "one-work", "de-remark", "no-verb"],
)
def test_first_compared(text: str, first: str | None) -> None:
    assert first_compared(text) == first


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Compare the view of John Moss, Debt and Dependence, Oxford, Clarendon Press, 2004, "
            "ch. 3, with that of Hartley, Granaries, pp. 20–31.",
            "John Moss",
            "Debt and Dependence",
        ),
        (
            "Vgl. die Sicht von Hans Moser, Schuld und Abhängigkeit, Wien 2004, S. 3, mit der "
            "von Weber, Mühlen, S. 20–31.",
            "Hans Moser",
            "Schuld und Abhängigkeit",
        ),
        (
            "Cf. la vision de Jean Moreau, Dette et dépendance, Paris, Fayard, 2004, et celle "
            "de Dupont, Greniers, p. 20-31.",
            "Jean Moreau",
            "Dette et dépendance",
        ),
    ],
    ids=["en", "de", "fr"],
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detected"])
def test_first_work_read_in_full(text: str, author: str, title: str, detect: bool) -> None:
    ref = parse_reference(text, (1,), note=True, detect_styles=detect)
    assert (ref.authors, ref.title, ref.raw) == ((author,), title, text)


def test_first_work_compared_repeats_an_earlier_note() -> None:
    notes = [
        "Véase Lucía Ruiz Peña, Los molinos del Duero, Zamora, Semuret, 1994, pp. 21–44.",
        "Compárese la visión optimista de Ruiz Peña, Los molinos, pp. 201–210, con la de "
        "Pablo Gil Soto, Las aceñas, Valladolid, Ámbito, 2004, cap. 3.",
    ]
    found = find_repeats(notes)
    assert found[0] is None
    assert found[1] is not None and found[1].target == 0


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Compare " + "the view of " * (n // 12), id="prose"),
        pytest.param(lambda n: "Compare the view of Ab, " + "x, " * (n // 3), id="commas"),
        pytest.param(lambda n: "Cf. Ab, " + "with " * (n // 5), id="joiners"),
    ],
)
def test_first_compared_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(first_compared, line)
