"""German Wikipedia's ``{{Literatur}}`` and ``{{Internetquelle}}``: what each parameter
gives.  ``TitelErg``/``titelerg`` (a title's addition), ``Auflage``, ``Reihe``/``BandReihe``
and ``ISBN`` never enter the title; ``Hrsg`` names a volume's editors (who stand for it
when it has no author); ``Online`` is the address, given bare or as an external link
``[https://… Volltext]``; ``Abruf``/``abruf``/``zugriff`` the date it was looked at.
Every citation here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference


def first_note(template: str) -> Reference:
    text = f"Ein Satz.<ref>{template}</ref>\n\n== Einzelnachweise ==\n<references />\n"
    m = parse_bytes(text.encode(), "/tmp/fix34m/artikel.wiki")
    assert m.reader == "mediawiki"
    return m.footnotes[0].reference


CASES = [
    pytest.param(
        "{{Literatur |Autor=Gerda Vossberg |Titel=Schienen am Wasser |TitelErg=Eine "
        "Geschichte der Hafenbahnen |Auflage=3. |Verlag=Küstenverlag |Ort=Kiel |Jahr=2015 "
        "|Reihe=Norddeutsche Verkehrsgeschichte |BandReihe=12 |ISBN=978-3-00-012345-6 "
        "|Seiten=45–47}}",
        {
            "authors": ("Gerda Vossberg",),
            "title": "Schienen am Wasser",
            "publisher": "Küstenverlag",
            "place": "Kiel",
            "year": 2015,
            "pages": "45–47",
        },
        id="literatur-titelerg-auflage-reihe-isbn",
    ),
    pytest.param(
        "{{Literatur |Hrsg=Jens Maurer, Petra Lind |Titel=Handbuch Stadtverkehr "
        "|TitelErg=Planung und Betrieb |Auflage=2., überarbeitete |Verlag=Verkehrsverlag "
        "|Ort=Hamburg |Jahr=2018 |Online=https://example.org/handbuch.pdf |Abruf=2024-03-02}}",
        {
            "authors": ("Jens Maurer", "Petra Lind"),
            "title": "Handbuch Stadtverkehr",
            "publisher": "Verkehrsverlag",
            "url": "https://example.org/handbuch.pdf",
            "access_date": date(2024, 3, 2),
        },
        id="literatur-hrsg-online-abruf",
    ),
    pytest.param(
        "{{Literatur |Autor=Ina Kroll |Titel=Deiche und Sturmfluten |TitelErg=mit einem "
        "Vorwort von Tom Berg |Sammelwerk=Küstenforschung heute |Band=4 |Jahr=2009 "
        "|Online=[https://example.org/deiche.pdf Volltext (PDF)] |Abruf=5. März 2024}}",
        {
            "title": "Deiche und Sturmfluten",
            "host": "Küstenforschung heute",
            "volume": "4",
            "url": "https://example.org/deiche.pdf",
            "access_date": date(2024, 3, 5),
        },
        id="literatur-online-as-external-link",
    ),
    pytest.param(
        "{{Internetquelle |url=https://example.org/kosten |titel=Kosten der Stadtbahn "
        "|titelerg=Bericht des Senats |werk=Hafenblatt |datum=2021-05-04 |zugriff=2024-02-10}}",
        {
            "title": "Kosten der Stadtbahn",
            "host": "Hafenblatt",
            "year": 2021,
            "url": "https://example.org/kosten",
            "access_date": date(2024, 2, 10),
        },
        id="internetquelle-titelerg-zugriff",
    ),
    pytest.param(
        "{{Internetquelle |url=https://example.org/bahn |titel=Bahnplanung |titelerg=Anhörung "
        "|hrsg=Senat Nordhafen |abruf=2024-01-05}}",
        {
            "title": "Bahnplanung",
            "publisher": "Senat Nordhafen",
            "url": "https://example.org/bahn",
            "access_date": date(2024, 1, 5),
        },
        id="internetquelle-hrsg-abruf",
    ),
]


@pytest.mark.parametrize(("template", "want"), CASES)
def test_german_template_fields(template: str, want: dict[str, object]) -> None:
    ref = first_note(template)
    for name, value in want.items():
        assert getattr(ref, name) == value, name
