"""Finnish ministries' and agencies' decrees, and Nordic acts by subject and database
identifier, read as legislation (round 80).

A Finnish decree is cited by its issuer in the genitive, its kind and subject, then its
number: ``Liikenne- ja viestintäministeriön asetus … (55/2019)``, ``Opetusministeriön
päätös … 12/2001``, ``Tullilaitoksen määräys …``.  Norway, Denmark and Sweden cite a
regulation by its kind and subject with the databases' identifier after it in parentheses
(Lovdata ``FOR-2019-06-14-812``, Retsinformation ``BEK nr 88 af 30/01/2018``, ``SFS
2017:30``).  Each is an act (``report``, as the corpora key legislation), titled by its
name, the number no part of it, dated by the number's year.  The examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import nordic_acts, parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Liikenne- ja viestintäministeriön asetus ajoneuvojen katsastuksesta (55/2019).",
            "Liikenne- ja viestintäministeriön asetus ajoneuvojen katsastuksesta",
            2019,
        ),
        (
            "Opetusministeriön päätös koulujen työajoista 12/2001.",
            "Opetusministeriön päätös koulujen työajoista",
            2001,
        ),
        (
            "Tullilaitoksen määräys tavaroiden ilmoittamisesta (4/2015), 3 §.",
            "Tullilaitoksen määräys tavaroiden ilmoittamisesta",
            2015,
        ),
        (
            "Forskrift om hold av sau og geit (FOR-2019-06-14-812).",
            "Forskrift om hold av sau og geit",
            2019,
        ),
        (
            "Lov om akvakultur (LOV-2005-06-17-79).",
            "Lov om akvakultur",
            2005,
        ),
        (
            "Bekendtgørelse om mærkning af svin (BEK nr 88 af 30/01/2018).",
            "Bekendtgørelse om mærkning af svin",
            2018,
        ),
        (
            "Lovbekendtgørelse om hunde (LBK nr. 50 af 10.01.2019).",
            "Lovbekendtgørelse om hunde",
            2019,
        ),
        (
            "Förordning om foder (SFS 2017:30).",
            "Förordning om foder",
            2017,
        ),
    ],
)
def test_decrees_read_as_acts(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.title, ref.year) == (RefKind.REPORT, title, year)


@pytest.mark.parametrize(
    "text",
    [
        # a ministry's publication series, not its decree
        "Opetusministeriön julkaisuja 2018:4.",
        # a subject with no database identifier: nothing here to read
        "Forskrift om hold av sau og geit. Oslo: Landbruksdepartementet; 2019.",
        # an identifier of another kind in the parentheses
        "Lov om akvakultur i Norden (TemaNord 2011:540).",
    ],
)
def test_near_misses_are_no_nordic_act(text: str) -> None:
    assert nordic_acts.nordic_act(text) is None


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Maa- ja metsätalousministeriön asetus" + " eläinten" * (n // 9),
        lambda n: "Forskrift om " + "sau og " * (n // 7) + "(FOR-2019",
        lambda n: "Aa- ja " * (n // 7) + "bbministeriön asetus x 1/2019",
    ],
    ids=["long-subject", "unclosed-identifier", "issuer-run"],
)
def test_nordic_decrees_linear(line) -> None:  # type: ignore[no-untyped-def]
    assert_linear(nordic_acts.nordic_act, line)
