"""Tatar and Bashkir access dates after a GOST web page's URL (round 84).

Tatar notes write ``(мөрәҗәгать итү вакыты: 14.10.2026)`` (the time of access) or ``…
көне`` (day), Bashkir ``(мөрәжәғәт итеү ваҡыты: …)``, where Russian writes ``(дата
обращения: …)``.  Unread, the page was an article of its site and the style lint reported
electronic resources without an access date.  Examples invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("URL: https://a.example.org/ (мөрәҗәгать итү вакыты: 03.11.2025).", date(2025, 11, 3)),
        ("URL: https://a.example.org/ (мөрәҗәгать итү көне: 03.11.2025).", date(2025, 11, 3)),
        ("URL: https://a.example.org/ (мөрәҗәгать итү датасы: 03.11.2025).", date(2025, 11, 3)),
        ("URL: https://a.example.org/ (мөрәжәғәт итеү ваҡыты: 21.02.2024).", date(2024, 2, 21)),
        ("URL: https://a.example.org/ (мөрәжәғәт итеү датаһы: 21.02.2024).", date(2024, 2, 21)),
    ],
)
def test_access_date_read(text: str, day: date) -> None:
    found = find_access_date(text)
    assert found is not None and found.value == day


@pytest.mark.parametrize(
    "text",
    [
        "Шифаханә тарихы // Алабуга шәһәр музее. — URL: https://alabuga-muzej.example.org/tarih"
        " (мөрәҗәгать итү вакыты: 02.03.2025).",
        "Дауахана тарихы // Стәрлетамаҡ музейы. — URL: https://sterlemuzej.example.org/"
        " (мөрәжәғәт итеү ваҡыты: 11.05.2024).",
    ],
)
@pytest.mark.parametrize("note", [True, False])
def test_site_page_is_web(text: str, note: bool) -> None:
    assert parse_reference(text, [0], note=note).kind == RefKind.WEB


@pytest.mark.parametrize(
    "text",
    [
        # the words without a date are no access date
        "Архивка мөрәҗәгать итү вакыты турында // Архив эше. — 2020. — № 2. — Б. 3–9.",
    ],
)
def test_near_misses(text: str) -> None:
    assert find_access_date(text) is None
    assert parse_reference(text, [0], note=True).kind == RefKind.ARTICLE


@pytest.mark.parametrize("unit", ["мөрәҗәгать итү ", "(мөрәҗәгать итү вакыты ", "итү вакыты: 1"])
def test_linear(unit: str) -> None:
    assert growth(lambda n: find_access_date(unit * n + ")"), 200, 800) < 6
