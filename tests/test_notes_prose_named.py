"""A work a commentary note names in its prose: the person's name (in the case the sentence
puts it in), the italic title, the year in parentheses (fix 37n; see
:mod:`bibcheck.parse.references.prose_named`).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, prose_named
from bibcheck.parse.references.prose_named import named_in_prose, nominative
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Usp. i romane Augusta Šenoe *Zlatarovo zlato* (1871).", "Šenoa", "Zlatarovo zlato"),
        ("Vidi i pjesme Tina Ujevića *Lelek sebra* (1920).", "Ujević", "Lelek sebra"),
        (
            "Compare the darker mood of Hardy’s *Jude the Obscure* (1895).",
            "Hardy",
            "Jude the Obscure",
        ),
        ("Por. też powieść Bolesława Prusa *Lalka* (1890).", "Prus", "Lalka"),
        ("Por. dramat Juliusza Słowackiego *Kordian* (1834).", "Słowacki", "Kordian"),
        (
            "Usp. zbirku Vesne Parun *Zore i vihori* (1947), koja je slična.",
            "Parun",
            "Zore i vihori",
        ),
        ("See the novel by Ann Petry *The Street* (1946).", "Petry", "The Street"),
    ],
    ids=["hr-a-stem", "hr-consonant", "en-possessive", "pl", "pl-adjective", "hr-feminine", "en"],
)
def test_named_in_prose(text: str, author: str, title: str) -> None:
    named = named_in_prose(text)
    assert named is not None
    assert (named.author, named.title) == (author, title)
    ref = parse_reference(text, (1,), note=True)
    assert ref.kind is RefKind.BOOK
    assert ref.authors == (author,)
    assert ref.title == title


@pytest.mark.parametrize(
    "text",
    [
        "Smith, *Harbours* (2001).",  # a citation's own comma
        "See Roe and Smith *Harbours* (2001).",  # two names
        "Usp. pjesme Vesne Parun *Crna maslina* (1955), str. 4, 7.",  # a locator: a citation
        "Vidi Nikola Tesla *Moji izumi* (1919).",  # no word of prose before the name
        "Usp. i poeziju Miroslava Krleže *Balade* i *Glembajevi* (1936).",  # two titles
    ],
    ids=["comma", "two-names", "pages", "no-prose", "two-titles"],
)
def test_not_named_in_prose(text: str) -> None:
    assert named_in_prose(text) is None


def test_nominative_needs_a_governing_word() -> None:
    # after a lead-in the name is as written (a given name in -a may be the nominative)
    assert nominative("Nikola Tesla", governed=False) == "Tesla"
    assert nominative("Miroslava Krleže") == "Krleža"


def test_a_citation_keeps_its_own_reading() -> None:
    ref = parse_reference(
        "Ann Roe, *Harbours of the North* (London: Pell, 1990), 12.", (1,), note=True
    )
    assert ref.authors == ("Ann Roe",)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Usp. " + "riječ " * (n // 6) + "Ime *Naslov* (1900)", id="prose"),
        pytest.param(lambda n: "vidi Ime *" + "a" * n, id="open-title"),
        pytest.param(lambda n: "vidi Ime *T* (1900), " + "x " * (n // 2), id="remark"),
        pytest.param(lambda n: "a " * (n // 2) + "(1900)", id="no-title"),
    ],
)
def test_prose_named_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(named_in_prose, line)
    assert_linear(lambda text: prose_named._PROSE_WORK.match(text), line)
