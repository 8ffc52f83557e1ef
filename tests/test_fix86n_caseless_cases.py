"""Cases of the courts that write in a script with no capitals: the parties joined by the
word for "against" (Nepali "वि." / "विरुद्ध", Hindi "बनाम", Bengali "বনাম"), then the law report
and the decision.  The case is a report titled by its parties; its year is the decision's
Common Era year, else the report's Common Era year; a decision number is never a year.
Near-misses (no report after the parties, a university's "वि. वि.") stay as they were."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.legal import caseless_case
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "राम थापा वि. नेपाल सरकार, ने.का.प. २०६० (सन् २००३), अंक ५, नि.नं. ७२००, पृ. ३१।",
            "राम थापा वि. नेपाल सरकार",
            2003,
        ),
        (
            "हरि बस्नेत वि. श्री ५ को सरकार। ने.का.प. २०४९ (सन् १९९२), अंक २, नि.नं. ४५६७।",
            "हरि बस्नेत वि. श्री ५ को सरकार",
            1992,
        ),
        (
            "गीता राई विरुद्ध प्रधानमन्त्री कार्यालय, ने.का.प. २०७० [सन् २०१३], नि.नं. ९०१२, "
            "रिट नं. ४४ (निर्णय मिति २०६९/३/२ [सन् २०१२])।",
            "गीता राई विरुद्ध प्रधानमन्त्री कार्यालय",
            2012,
        ),
        ("सीता देवी बनाम उत्तर प्रदेश राज्य, AIR 1995 SC 1234.", "सीता देवी बनाम उत्तर प्रदेश राज्य", 1995),
        ("করিম মিয়া বনাম রাষ্ট্র, ১২ BLD (২০০৪) ১৪৫।", "করিম মিয়া বনাম রাষ্ট্র", 2004),
    ],
)
def test_caseless_case(text: str, title: str, year: int) -> None:
    for note in (True, False):
        ref = parse_reference(text, [0], note=note)
        assert (ref.kind, ref.title, ref.year) == (RefKind.REPORT, title, year)
        assert not ref.anomalies


@pytest.mark.parametrize(
    "text",
    [
        # no report or court after the parties
        "राम थापा वि. श्याम राई, पहाडको कथा, काठमाडौं, २००३।",
        # a university's abbreviation, no parties
        "त्रिभुवन वि. वि. प्रकाशन, पुरानो इतिहास, २०१०।",
        "राम थापा, नेपाल सरकार, ने.का.प. २०६०।",
    ],
)
def test_no_caseless_case(text: str) -> None:
    assert caseless_case(text) is None


@pytest.mark.parametrize("unit", ["राम ", "वि. ", "राम वि. ", "नि.नं. ६०१४ "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: caseless_case(unit * n + ", ने.का.प. २०६०"), 200, 800) < 6
