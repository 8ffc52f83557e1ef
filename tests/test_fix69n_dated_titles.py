"""Dates inside titles (fix69n): "vom 18. Juni 2014", the EU Official Journal's "C 293".

A law's or recommendation's title names its date ("Empfehlung … vom 18. Juni 2014 zur
Festlegung …"): the ordinal before the month is no sentence end, and the Official
Journal's series "C 293" after the title is no British command paper ("C." has its
period).  Entries are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "EU-Rat (2016): Empfehlung des Rates vom 14. Juli 2016 zur Festlegung der "
            "Meldepflichten, Amtsblatt der Europäischen Union, C 211 vom 3.8.2016, S. 4–9.",
            "Empfehlung des Rates vom 14. Juli 2016 zur Festlegung der Meldepflichten",
        ),
        (
            "Kommission (2018): Beschluss der Kommission vom 2. Mai 2018 über die "
            "Zulassung, Amtsblatt der Europäischen Union, C 155 vom 4.5.2018, S. 1–3.",
            "Beschluss der Kommission vom 2. Mai 2018 über die Zulassung",
        ),
        (
            "Council (2019): Council Recommendation of 9 July 2019 on the economic "
            "policy, Official Journal of the European Union, C 301 of 5.9.2019, pp. 1–5.",
            "Council Recommendation of 9 July 2019 on the economic policy",
        ),
    ],
)
def test_official_journal_series_is_no_command_paper(text: str, title: str) -> None:
    ref = parse_reference(text, (1,))
    assert ref.title == title
    assert ref.style != "parliamentary"


def test_command_paper_still_read() -> None:
    ref = parse_reference("Royal Commission, Report on Wages, C. 7421 (London: HMSO, 1894).", (1,))
    assert ref.title == "Report on Wages"
    assert ref.year == 1894
