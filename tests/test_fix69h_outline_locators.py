"""Outline section numbers and roman-numbered locators in author-date text (fix round 69, h).

A report numbered in outline form (``2.3 Comparison with …``, ``4.1.2 Results``) opens a
line with its section number: the number after the first part's dot is no footnote marker,
so a later heading ``3. MINOR COMMENTS`` is no footnote area and the citations under it are
read.  A citation may point into a section numbered in roman numerals (``Wang et al. (2022,
Section IV)``, German ``Kapitel III``, Spanish ``capítulo II``, Italian ``capitolo ii``).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.pdftext import _candidates


@pytest.mark.parametrize(
    "line",
    [
        "2.3 Comparison with the earlier cycle. The authors claim",
        "4.1.2 Results for the northern stations",
        "10.2 Résultats de l'estimation",
        "3.4 Ergebnisse der Schätzung",
        "  1.5 Datos y método",
    ],
)
def test_outline_number_is_no_marker(line: str) -> None:
    assert _candidates(line, 0, 0) == []


_ENTRIES = [
    ("1", "Wang, Y., Whited, T. M. and Wu, Y. (2022). Market power and transmission. JF, 77, 1-9."),
    ("2", "Müller, K. (2019). Geldpolitik im Euroraum. Berlin: Beispielverlag."),
    ("3", "García, L. (2018). Bancos y tipos de interés. Madrid: Editorial Ejemplo."),
    ("4", "Rossi, M. (2017). La trasmissione monetaria. Bologna: Il Mulino."),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as Wang et al. (2022, Section IV) do", ["1"]),
        ("wie Müller (2019, Kapitel III) zeigt", ["2"]),
        ("véase García (2018, capítulo II) y", ["3"]),
        ("come mostra Rossi (2017, capitolo ii), il", ["4"]),
        ("(see Wang et al. 2022, Chapter IV) and", ["1"]),
    ],
)
def test_roman_locator(text: str, expected: list[str]) -> None:
    index = author_years(_ENTRIES)
    assert [label for _, _, label in spans(text, index)] == expected


_REPORT = """\
Manuscript: WP-2026-12
Recommendation: minor revision

1. SUMMARY

The paper estimates deposit betas for savings banks, following
Okonkwo and Lindqvist (2019) and the survey by Ferreira (2016).

2. MAIN COMMENTS

2.1 Identification. The shock measure is anticipated; see
Okonkwo and Lindqvist (2019) for a surprise series.

2.2 Sample. The sample stops before the tightening cycle.

2.3 Data. The series keys should be listed.

3. MINOR COMMENTS

a) p. 4: the classic reference is Haldane and Brix (2001),
   not the working paper version.
b) p. 9: Ferreira (2016) is cited with the wrong year in Table 1.

REFERENCES

Ferreira, P. (2016). Deposit pricing in small banks: a survey. Journal of
    Banking Studies, 12(3), 45-67.
Haldane, R. and Brix, T. (2001). Retail rates and the policy rate. Economic
    Journal Review, 9(2), 101-118.
Okonkwo, A. and Lindqvist, S. (2019). Surprise measures of monetary policy.
    Review of Central Banking, 4(1), 1-30.
"""


def test_minor_comments_are_read() -> None:
    doc = parse_bytes(_REPORT.encode(), "report.txt")
    lines = {m.line for fn in doc.footnotes for m in fn.markers}
    assert {20, 22} <= lines, sorted(lines)
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
