"""Acts numbered with no year (round 82): Kosovo numbers its laws by the legislature and their
place in its sequence ("Ligji Nr. 06/L-084 për …", "Zakon br. 05/L-020 o …", "Law No.
04/L-174 on …"), and Bulgaria cites its State Gazette by issue and date ("обн. ДВ, бр. 67 от
27.07.1999 г."), as Macedonia cites its own without a comma before the issue ("(„Службен
весник …“ бр. 53/05)").  Each is the act (a ``report``) titled by its designation, the year
a date's or the gazette's when printed, no "Ligji Nr" author.  Invented examples, with the
South Slavic gazette forms read before as near-misses that must not change."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import act, legislature_act
from tests.growth import growth
from tests.test_regex_growth import assert_linear


def _entry(text: str) -> Reference:
    return parse_reference(text, (1,), detect_styles=True)


ENTRIES = [
    # Kosovo, in Albanian: the subject after "për", the year the gazette's
    (
        "Ligji Nr. 05/L-131 për Mbrojtjen e Pyjeve. Gazeta Zyrtare e Republikës së Kosovës,"
        " Nr. 12, 2017.",
        "Ligji Nr. 05/L-131 për Mbrojtjen e Pyjeve",
        2017,
    ),
    # ... with its date set off by commas: the date's year, the subject kept
    (
        "Ligji Nr. 07/L-015, datë 9.3.2021, për Shërbimet Sociale.",
        "Ligji Nr. 07/L-015, datë 9.3.2021, për Shërbimet Sociale",
        2021,
    ),
    # ... the year in parentheses, and no year printed at all
    (
        "Ligji nr. 03/L-212 për Punën (2010).",
        "Ligji nr. 03/L-212 për Punën",
        2010,
    ),
    (
        "Ligji Nr. 08/L-022 për Arsimin Parauniversitar.",
        "Ligji Nr. 08/L-022 për Arsimin Parauniversitar",
        None,
    ),
    # in Serbian, Latin and Cyrillic, and in English
    (
        "Zakon br. 04/L-077 o obligacionim odnosima, 2012.",
        "Zakon br. 04/L-077 o obligacionim odnosima",
        2012,
    ),
    (
        "Закон бр. 06/L-056 о културном наслеђу. Службени лист Републике Косово, 2019.",
        "Закон бр. 06/L-056 о културном наслеђу",
        2019,
    ),
    (
        "Law No. 05/L-087 on Minor Offences. Official Gazette of the Republic of Kosovo, 2016.",
        "Law No. 05/L-087 on Minor Offences",
        2016,
    ),
    # Bulgaria's State Gazette, "ДВ", by its issue and date, after a comma or in parentheses
    (
        "Закон за горите, обн. ДВ, бр. 19 от 08.03.2011 г.",
        "Закон за горите",
        2011,
    ),
    (
        "Закон за туризма (обн. ДВ, бр. 30 от 26.03.2013 г.)",
        "Закон за туризма",
        2013,
    ),
    (
        "Наредба № 7 от 14.11.2005 г. за хигиената на храните, обн. ДВ, бр. 99 от 09.12.2005 г.",
        "Наредба № 7 от 14.11.2005 г. за хигиената на храните",
        2005,
    ),
    (
        "Закон за културното наследство. Държавен вестник, бр. 19 от 13.03.2009 г.",
        "Закон за културното наследство",
        2009,
    ),
    # Macedonia's gazette in parentheses, no comma before the issue
    (
        "Закон за здравствената заштита („Службен весник на Република Македонија“ бр. 43/12).",
        "Закон за здравствената заштита",
        2012,
    ),
    # near-misses read right before: the South Slavic gazettes numbered by the year
    (
        "Закон о заштити података, „Службени гласник РС”, бр. 87/2018.",
        "Закон о заштити података",
        2018,
    ),
    (
        "Zakon o trgovini, Narodne novine, br. 87/08, 116/08.",
        "Zakon o trgovini",
        2008,
    ),
    ("Pravilnik o buci. Narodne novine. 2016;(143).", "Pravilnik o buci", 2016),
]


@pytest.mark.parametrize(("text", "title", "year"), ENTRIES)
def test_act_read(text: str, title: str, year: int | None) -> None:
    ref = _entry(text)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title
    assert ref.year == year
    assert ref.authors == ()


NOT_LEGISLATURE = [
    # a number with its year is the ordinary shape (:func:`.acts.act`), not this one's
    "Ligji nr. 37/2017 për Kodin e Procedurës.",
    # a report's or a series' number with a slash and a letter, no act's designation
    "Report No. 06/L-084 on Forests, 2018.",
    # the designation with no number mark before the legislature's number
    "Ligji 06/L-084 për Pyjet.",
    # an article about a number "L-…" in a book's series
    "Law and Society No. 4/2019.",
]


@pytest.mark.parametrize("text", NOT_LEGISLATURE)
def test_not_legislature_numbered(text: str) -> None:
    assert legislature_act(text) is None


def test_dated_gazette_year_is_the_acts() -> None:
    # (the State Gazette's issue date, not a later amendment's)
    assert act("Закон за водите, обн. ДВ, бр. 67 от 27.07.1999 г., изм. ДВ, бр. 81 от 2000 г.") == (
        "Закон за водите",
        "1999",
    )


@pytest.mark.parametrize("unit", ["a ", "Nr. ", "06/L-", "për ", "ДВ, ", "бр. 1 от "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: legislature_act("Ligji Nr. 06/L-084 për " + unit * n), 100, 400) < 6
    assert growth(lambda n: act("Закон за " + unit * n + ", обн. ДВ, бр. 1"), 100, 400) < 6
    assert_linear(
        lambda s: legislature_act(s), lambda n: "Ligji Nr. 06/L-084 për " + "a " * (n // 2)
    )
    assert_linear(lambda s: act(s), lambda n: "Закон за " + "б " * (n // 2) + "(обн. ДВ, бр. 1 от ")
