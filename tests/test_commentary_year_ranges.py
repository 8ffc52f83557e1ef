"""A span of years in running prose ("published between 2000 and 2022") is no citation's
year: a note that only says so is commentary."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "The literature search covered CINAHL, MEDLINE and the Cochrane Library for "
            "studies published between 2000 and 2022.",
            RefKind.COMMENTARY, id="between-and",
        ),
        pytest.param(
            "Se incluyeron estudios publicados entre 2005 y 2019.", RefKind.COMMENTARY,
            id="entre-y",
        ),
        pytest.param(
            "Registers were searched for trials reported from January 1995 to December 2015.",
            RefKind.COMMENTARY, id="from-month-to-month",
        ),
        pytest.param(
            "Jones, *Fear of Falling* (London: Sage, 2010), ch. 4, on the years between 2001 "
            "and 2004.",
            RefKind.BOOK, id="citation-stays",
        ),
    ],
)  # fmt: skip
def test_year_span_in_prose(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True, note=True).kind is kind
