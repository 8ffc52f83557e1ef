"""fix65c: an abbreviation before its number ("Röm. 8,28", "Kap. 4") ends no claim sentence."""

from __future__ import annotations

import pytest

from bibcheck.model import TextBlock
from bibcheck.parse.claim_text import claim_at
from bibcheck.parse.numbered_abbreviations import stands_before_number


def _claim(text: str) -> str:
    return claim_at(TextBlock(text, ((0, 1),)), len(text)).text


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        pytest.param(
            "Er beruft sich auf Paulus. Die Frage nach der Gnade (vgl. Röm. 8,28) stellt sich "
            "hier anders",
            "Die Frage nach der Gnade (vgl. Röm. 8,28) stellt sich hier anders",
            id="de-roem-vgl",
        ),
        pytest.param(
            "So steht es geschrieben. Auch Paulus schreibt in 1 Kor. 13 von der Liebe",
            "Auch Paulus schreibt in 1 Kor. 13 von der Liebe",
            id="de-1-kor",
        ),
        pytest.param(
            "Die Bergpredigt ist bekannt. Sie steht in Mt. 5 und ist oft ausgelegt worden",
            "Sie steht in Mt. 5 und ist oft ausgelegt worden",
            id="de-mt",
        ),
        pytest.param(
            "The story is old. It begins in Gen. 1:1 and ends with the flood",
            "It begins in Gen. 1:1 and ends with the flood",
            id="en-gen",
        ),
        pytest.param(
            "Paul is clear. He says in Rom. 8:38 that nothing can separate us",
            "He says in Rom. 8:38 that nothing can separate us",
            id="en-rom",
        ),
        pytest.param(
            "Le texte est connu. Jean le dit en Jn. 3,16 sans détour",
            "Jean le dit en Jn. 3,16 sans détour",
            id="fr-jn",
        ),
        pytest.param(
            "Der Befund ist klar. Er wird in Kap. 4 ausführlich dargestellt",
            "Er wird in Kap. 4 ausführlich dargestellt",
            id="de-kap",
        ),
        pytest.param(
            "Das ist bekannt. Schon in Bd. 2 wird das gesagt",
            "Schon in Bd. 2 wird das gesagt",
            id="de-bd",
        ),
        pytest.param(
            "The point is made early. It returns in Chap. 3 with more force",
            "It returns in Chap. 3 with more force",
            id="en-chap",
        ),
        pytest.param(
            "La tesis es antigua. Se lee en Is. 53,5 y en otros lugares",
            "Se lee en Is. 53,5 y en otros lugares",
            id="es-is",
        ),
        pytest.param(
            "Das steht fest. Die Zahl stieg deutlich, bzw. 12 Prozent mehr als zuvor",
            "Die Zahl stieg deutlich, bzw. 12 Prozent mehr als zuvor",
            id="de-bzw",
        ),
    ],
)
def test_claim_not_cut_at_abbreviation_before_number(text: str, claim: str) -> None:
    assert _claim(text) == claim


@pytest.mark.parametrize(
    ("word", "following", "expected"),
    [
        ("Röm", "8,28) stellt", True),
        ("Kor", "13 von", True),
        ("(Mt", "5,3)", True),
        ("Vol", "II, p. 3", True),
        ("Rome", "12 people came", False),  # a city, not an abbreviation
        ("Rom", "12 Tage später", False),  # German "nach Rom.": the city, no verse follows
        ("Rom", "8:28 says", True),
        ("Mt", "2010;39:365", False),  # a year: a journal's abbreviation before it
        ("Am", "2010;39:365", False),
        ("Röm", "Damit", False),  # no number follows
        ("art", "I think", False),  # the pronoun, not a roman numeral
        ("1999", "2000 was", False),
    ],
)
def test_stands_before_number(word: str, following: str, expected: bool) -> None:
    assert stands_before_number(word, following) is expected
