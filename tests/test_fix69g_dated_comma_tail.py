"""What an author-date entry with a parenthesised year sets after its title with commas (fix
69g, :mod:`bibcheck.parse.references.dated_comma_tail`): the issuing body, the press, the
place, the month and a report's series and number are no part of the title; a series'
number or a body makes the work a report, a press a book.

Own fixtures, invented titles and numbers.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

BOOK, REPORT = RefKind.BOOK, RefKind.REPORT


@pytest.mark.parametrize(
    ("entry", "title", "kind"),
    [
        pytest.param(
            "OECD (2022), Housing Taxation in Member Countries, Organisation for Economic "
            "Co-operation and Development.",
            "Housing Taxation in Member Countries",
            REPORT,
            id="en-body-publisher",
        ),
        pytest.param(
            "IMF(2021), Chile: Selected Issues, IMF Country Report No. 21/88, International "
            "Monetary Fund.",
            "Chile: Selected Issues",
            REPORT,
            id="en-country-report-glued-year",
        ),
        pytest.param(
            "Park, J. and L. Hwang(2016), Borrowed Homes, Harvard University Press.",
            "Borrowed Homes",
            BOOK,
            id="en-press-book",
        ),
        pytest.param(
            "Österreichische Nationalbank (2023): Geldpolitische Leitlinien, Wien, Oktober.",
            "Geldpolitische Leitlinien",
            None,
            id="de-place-month",
        ),
        pytest.param(
            "Banco de Portugal (2020): Relatório anual, Banco de Portugal, Lisboa.",
            "Relatório anual",
            REPORT,
            id="pt-body-place",
        ),
        pytest.param(
            "Stadtwerke (2018): Leitungsnetz im Überblick, Bonn und Köln.",
            "Leitungsnetz im Überblick",
            None,
            id="de-two-places",
        ),
    ],
)
def test_dated_comma_tail(entry: str, title: str, kind: RefKind | None) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.title == title
    if kind is not None:
        assert ref.kind is kind
