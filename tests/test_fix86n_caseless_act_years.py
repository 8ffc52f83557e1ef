"""An act in a script with no capitals titled by its name and its Vikram Samvat year, the
Common Era year bracketed after it ("… ऐन, २०६३ (सन् २००६)", "*… ऐन, १९७० [सन् १९१३]*"),
a word of its name in parentheses ("… (संशोधन) ऐन, २०६६"), a constitution ("… संविधान,
२०१९ (सन् १९६२)"): a report titled by the name alone, its year the Common Era one.  A
person's book about an act, and an act's year with no Common Era one, stay as they were."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import caseless_titled_law
from bibcheck.parse.references.dual_year import common_era_year
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("वन संरक्षण ऐन, २०६३ (सन् २००६), दफा ४।", "वन संरक्षण ऐन", 2006),
        ("*पुरानो सवारी ऐन, १९७०* (सन् १९१३)। काठमाडौं: सरकारी छापाखाना।", "पुरानो सवारी ऐन", 1913),
        (
            "स्थानीय निकाय (संशोधन) ऐन, २०६६ [सन् २००९]। काठमाडौं: कानून प्रकाशन।",
            "स्थानीय निकाय (संशोधन) ऐन",
            2009,
        ),
        ("पञ्चायती संविधान, २०१९ (सन् १९६२), धारा ३।", "पञ्चायती संविधान", 1962),
        # no Common Era year: the Vikram Samvat year less 57, as before
        ("भूमि सम्बन्धी ऐन, २०२१, दफा ७।", "भूमि सम्बन्धी ऐन", 1964),
    ],
)
def test_caseless_act(text: str, title: str, year: int) -> None:
    for note in (True, False):
        ref = parse_reference(text, [0], note=note)
        assert (ref.kind, ref.title, ref.year) == (RefKind.REPORT, title, year)


def test_act_year_is_kept_for_the_act() -> None:
    # the act's own year before the Common Era one is the act's, not a date to reduce
    assert common_era_year("वन ऐन, २०६३ (सन् २००६)") == "वन ऐन, २०६३ (सन् २००६)"
    assert caseless_titled_law("वन ऐन, २०६३ (सन् २००६)") == ("वन ऐन", "2006")


@pytest.mark.parametrize("unit", ["वन (", "ऐन, २०६३ ", "(क) ", "ऐन, "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: caseless_titled_law(unit * n + " (सन् २००६)"), 200, 800) < 6


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "राम थापा, वन ऐन र समुदाय (काठमाडौं: सगर प्रकाशन, वि.सं. २०६७ [सन् २०१०]), पृ. ५।",
            ("राम थापा",),
            "वन ऐन र समुदाय",
            2010,
        ),
        (
            "थापा, राम। वि.सं. २०६७ (सन् २०१०)। वन ऐन, २०४९ को समीक्षा। काठमाडौं: सगर प्रकाशन।",
            ("थापा, राम",),
            "वन ऐन, २०४९ को समीक्षा",
            2010,
        ),
    ],
)
def test_book_about_an_act_stays_a_book(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (RefKind.BOOK, authors, title, year)
