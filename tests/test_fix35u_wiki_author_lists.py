"""Wiki cite templates: a whole-name author parameter (``author=``, ``автор=``, ``auteur=``
...) holding a comma-separated list of initialled names (the Russian/Ukrainian ``Family
I. I.`` habit, ``I. I. Family``, Vancouver ``Smith AB``, ``Smith, J., Jones, K.``) names
several authors; ``Family, Given`` (one person), an organisation or free text stays one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import wikicite
from bibcheck.parse.references.wikicite import authors
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"author": "Belov A. N., Smirnova O. V., Hart K."},
            ("Belov, A. N.", "Smirnova, O. V.", "Hart, K."),
        ),
        ({"автор": "Шевченко Т. Г., Франко І. Я."}, ("Шевченко, Т. Г.", "Франко, І. Я.")),
        ({"author": "P. Q. Lindqvist, M. Öberg"}, ("Lindqvist, P. Q.", "Öberg, M.")),
        ({"auteur": "Durand JP, Morel C"}, ("Durand, JP", "Morel, C")),
        ({"author": "Quist, T. R., Mbeki, N."}, ("Quist, T. R.", "Mbeki, N.")),
        ({"author": "Кузнецова Ю. В."}, ("Кузнецова, Ю. В.",)),
        ({"author": "Quist, Thomas"}, ("Quist, Thomas",)),
        ({"автор": "Коваль, Олена"}, ("Коваль, Олена",)),
        ({"author": "Quist, T. R."}, ("Quist, T. R.",)),
        ({"author": "Ruiz Zafón, Carlos María"}, ("Ruiz Zafón, Carlos María",)),
        ({"author": "Lindqvist P. Q., Nordic Council"}, ("Lindqvist P. Q., Nordic Council",)),
        ({"author": "Lund, Eva; Sjö N. K., Berg A."}, ("Lund, Eva", "Sjö, N. K.", "Berg, A.")),
    ],
    ids=[
        "family-initials",
        "ukrainian-avtor",
        "initials-first",
        "vancouver",
        "family-comma-initials",
        "one-initialled",
        "family-given",
        "family-given-cyrillic",
        "one-comma-initials",
        "two-word-family-given",
        "person-and-organisation",
        "semicolons-then-commas",
    ],
)
def test_initialled_lists(params: dict[str, str], expected: tuple[str, ...]) -> None:
    assert authors(params) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "A" + "b" * n + " C", id="long-family"),
        pytest.param(lambda n: "A. " + " " * n + "Bc", id="spaces-after-initials"),
        pytest.param(lambda n: "A. B. " * (n // 6) + "x", id="many-initials"),
        pytest.param(lambda n: "Ab" + " " * n + "C.", id="spaces-before-initials"),
    ],
)
def test_initialled_shape_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: wikicite._INITIALLED.fullmatch(text), line)
