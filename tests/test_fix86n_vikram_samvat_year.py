"""A Vikram Samvat or Shaka year printed with the Common Era one bracketed after it, as
Nepali, Hindi and Marathi lists date a work ("वि.सं. २०६९ (सन् २०१२)", "२०६९ [सन् २०१२]",
"शक १९३४ (ई. २०१२)"): the entry's year is the Common Era one.  A year alone, or a bracket
that is no Common Era year's, stays as written."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.dual_year import common_era_year
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("काठमाडौं: हिमाल, वि.सं. २०६९ (सन् २०१२)।", "काठमाडौं: हिमाल, २०१२।"),
        ("पोखरा: सगर, वि. सं. २०६० [सन् २००३]", "पोखरा: सगर, २००३"),
        ("अंक २ (२०७१ [सन् २०१४]): ५–९।", "अंक २ (२०१४): ५–९।"),
        ("पुणे: साधना, शक १९३४ (ई. २०१२).", "पुणे: साधना, २०१२."),
        ("दिल्ली: राजकमल, संवत् २०४० (ईस्वी 1983).", "दिल्ली: राजकमल, 1983."),
        ("Kathmandu: Sajha, 2052 (सन् 1995).", "Kathmandu: Sajha, 1995."),
        # no Common Era mark in the bracket, or a year alone: as written
        ("काठमाडौं: हिमाल, वि.सं. २०६९ (दोस्रो संस्करण)।", "काठमाडौं: हिमाल, वि.सं. २०६९ (दोस्रो संस्करण)।"),
        ("काठमाडौं: हिमाल, वि.सं. २०६९।", "काठमाडौं: हिमाल, वि.सं. २०६९।"),
        ("London: Faber, 1999 (2001).", "London: Faber, 1999 (2001)."),
    ],
)
def test_common_era_year(text: str, want: str) -> None:
    assert common_era_year(text) == want


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            'सीता राई, "पहाडी बस्तीको इतिहास", हिमाल अध्ययन ४, अंक २ (वि.सं. २०७० [सन् २०१३]): ११–२९।',
            2013,
        ),
        ('सञ्चार कार्यालय, "पुरानो पत्र", वि.सं. १९४० (सन् १८८३), थान नं. ३।', 1883),
        ('राम कुमार, "गाउँको कथा", शोधपत्र, वि.सं. २०७४ (सन् २०१७)।', 2017),
    ],
)
def test_note_year_is_the_common_era_one(text: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.year == year


@pytest.mark.parametrize("unit", ["वि.सं. २०६९ ", "२०६९ (", "२०६९ (सन् ", "सन् २०१२) "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: common_era_year(unit * n), 400, 1600) < 6
