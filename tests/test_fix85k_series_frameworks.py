"""A data series' code after its title; a standard-setter's framework (fix85k).

* NLM/Vancouver: ``Title [CODE] [Internet]. Place: Body; 2024 [cited …]. Available from:
  …``: the bracketed code of a data series or an indicator (capitals, digits, dots) right
  before the medium designator is no part of the title (:mod:`.medium`).
* A body that sets the norms of a trade or a market (a supervisors' committee, a financial
  stability board, Indonesian and Malay "Otoritas"/"Otoriti") issuing a title that names
  the norms it sets (a regulatory, supervisory or prudential framework, core principles;
  French "cadre réglementaire", Spanish "marco regulatorio", German "Regulierungsrahmen"):
  its `report`, as its standards and guidelines are (tests/corpus/README.md, round 79
  rule 3; :mod:`.guideline_words`, :data:`.reportkind._PUBLIC_BODY`).

Own examples; near-misses keep their readings.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Central Bank of Examplia. Overnight lending rate, daily [OLR01] [Internet]. "
            "Exampleton: Central Bank of Examplia; 2024 [cited 2024 Jun 3]. Available from: "
            "https://data.example.org/series/OLR01",
            "Overnight lending rate, daily",
        ),
        (
            "Bank of Examplia. Yield on U.K. gilts at 5-year constant maturity [GB5Y] "
            "[Internet]. London: Bank of Examplia; 2024 [cited 2024 Apr 2]. Available from: "
            "https://data.example.org/series/GB5Y",
            "Yield on U.K. gilts at 5-year constant maturity",
        ),
        (
            "Statistics Examplia. Households by size, 2020 [HH_SIZE.2020] [dataset]. "
            "Exampleton: Statistics Examplia; 2021. Available from: https://x.example.org/hh",
            "Households by size, 2020",
        ),
    ],
)
def test_series_code_off_title(text: str, title: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).title == title


@pytest.mark.parametrize(
    "text",
    [
        "Basel Committee on Banking Supervision. Sound capital: a global regulatory framework "
        "for deposit-taking institutions. Basel: Bank for International Settlements; 2014. "
        "Available from: https://www.example.org/bcbs999.htm",
        "Basel Committee on Banking Supervision (2012). Core principles for effective "
        "deposit supervision. Basel: Bank for International Settlements.",
        "Committee on Payments and Market Infrastructures. 2016. *A supervisory framework for "
        "payment systems*. Basel: Bank for International Settlements.",
        "Otoritas Jasa Keuangan. 2016. *Kerangka Pengawasan Terintegrasi: regulatory framework "
        "for conglomerates*. Jakarta: OJK.",
    ],
)
def test_framework_of_a_standard_setter_is_report(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person's book on a regulatory framework, a publisher's
        (
            "Jones, Ann. 2014. *A Regulatory Framework for Small Banks*. London: Example Press.",
            RefKind.BOOK,
        ),
        (
            "Smith J. The regulatory framework of banking. London: Example Press; 2012.",
            RefKind.BOOK,
        ),
        # an article on one in a journal
        (
            "Smith J. The Basel framework revisited. J Bank Regul. 2015;16(2):101-20.",
            RefKind.ARTICLE,
        ),
    ],
)
def test_near_misses(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind


def test_code_kept_without_designator_after_it() -> None:
    text = (
        "Central Bank of Examplia. Overnight lending rate [OLR01], a history [Internet]. "
        "Exampleton: Central Bank of Examplia; 2024. Available from: https://x.example.org/a"
    )
    title = parse_reference(text, [0], detect_styles=True).title or ""
    assert "[OLR01]" in title


def _series(title: str) -> str:
    from bibcheck.parse.references.medium import _series_code_off

    return _series_code_off(title, title + " [Internet]")


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(_series, lambda n: "x [A" + "B" * (n - 4), id="open-code"),
        pytest.param(_series, lambda n: " [AB1]" * (n // 6), id="codes"),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
