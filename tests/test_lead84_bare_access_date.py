"""A numeric date alone in parentheses right after an entry's closing web address is the day
the page was read (German, Austrian and Scandinavian lists print it with no label).  All
examples are invented."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import fields as f
from bibcheck.parse.references import parse_reference
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "accessed", "kind"),
    [
        (
            "Wörterbuchportal. 2024. „Mundart“. https://woerter.example.org/mundart (10.3.2024).",
            date(2024, 3, 10),
            RefKind.WEB,
        ),
        (
            "Kessler, Jana. 2020. Sprachpolitik im Kanton. https://example.org/sp (12.05.2023).",
            date(2023, 5, 12),
            RefKind.WEB,
        ),
        (
            "Holm, Per. 2018. Ordbog og sprog. https://ordbog.example.net/holm (2023-05-12)",
            date(2023, 5, 12),
            RefKind.WEB,
        ),
        # labelled, as before
        (
            "Kessler, Jana. 2020. Sprachpolitik. https://example.org/sp (Zugriff: 12.05.2023).",
            date(2023, 5, 12),
            RefKind.WEB,
        ),
    ],
)
def test_bare_access_date(text: str, accessed: date, kind: RefKind) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.access_date == accessed
    assert ref.kind is kind
    assert ref.publisher is None


@pytest.mark.parametrize(
    "text",
    [
        # a year alone after the address is no access date
        "Roe, Jan. 2019. Title of the page. https://example.org/x (2019).",
        # a date in parentheses with no address before it
        "Roe, Jan. 2019. Title of the page (12.05.2023).",
        # a date after the address that does not end the entry
        "Roe, Jan. 2019. Title. https://example.org/x (12.05.2023) and more words here.",
    ],
)
def test_no_bare_access_date(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).access_date is None


def test_url_then_date_linear() -> None:
    unit = "https://ab.example.org/" + "x" * 40 + " (1.2.2020) and "
    assert growth(lambda n: f.find_access_date(unit * n + "end"), 200, 800) < 6
    assert growth(lambda n: f.access_after_url(unit * n, "(1.2.2020) " * n), 200, 800) < 6
