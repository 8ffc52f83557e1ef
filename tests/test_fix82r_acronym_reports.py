"""Fix 82r: Slavic grey literature.

- an acronym of capitals with diacritics heading an author-date entry ("ČHMÚ. 2023. Title.")
  is the body that wrote it (:mod:`bibcheck.parse.references.body_dated`), as an ASCII one is;
- a numbered report's designation as the sentence right after the title ("Title. Správa č.
  LM-3/2024. Place : Publisher", "Report No. AB-CD 7/2020", "Raport nr 4/2021") makes the
  work a report (:mod:`bibcheck.parse.references.report_sentence`).

Own invented examples; near-misses must keep their reading.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.report_sentence import designation_number, report_after_title
from tests.growth import growth


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True)


# entry -> (authors, title)
ACRONYM_BODIES: dict[str, tuple[tuple[str, ...], str]] = {
    "ČHMÚ. 2023. Ročenka kvality ovzdušia v regióne. Praha : Ústav pre ovzdušie, 2023. 80 s.": (
        ("ČHMÚ",),
        "Ročenka kvality ovzdušia v regióne",
    ),
    "ŠÚSR. 2021. Sčítanie hospodárskych zvierat v okresoch. Bratislava : Úrad, 2021. 12 s.": (
        ("ŠÚSR",),
        "Sčítanie hospodárskych zvierat v okresoch",
    ),
    "ŁIZ. 2019. Ocena jakości wody w zlewni. Łódź : Instytut, 2019. 44 s.": (
        ("ŁIZ",),
        "Ocena jakości wody w zlewni",
    ),
    # a body's acronym with its country's
    "ÚKSÚP SR. 2022. Monitoring pôdy na farmách. Nitra : Ústav, 2022. 50 s.": (
        ("ÚKSÚP SR",),
        "Monitoring pôdy na farmách",
    ),
    # near-miss: the ASCII acronym, read so already
    "FAO. 2020. Milk hygiene on small farms. Rome : FAO, 2020. 36 p.": (
        ("FAO",),
        "Milk hygiene on small farms",
    ),
}


@pytest.mark.parametrize("text", list(ACRONYM_BODIES))
def test_acronym_body_with_diacritics(text: str) -> None:
    ref = _read(text)
    authors, title = ACRONYM_BODIES[text]
    assert (ref.authors, ref.title) == (authors, title)


# entry -> kind
REPORTS: dict[str, RefKind] = {
    "HRONEC, P. 2024. Kvalita siláže na farmách. Správa č. VS-KS 3/2024. Nitra : Ústav, "
    "2024. 40 s.": RefKind.REPORT,
    "DVOŘÁK, L. 2022. Eroze půdy v povodí. Zpráva č. 17/2022. Brno : Ústav, 2022. 60 s.": (
        RefKind.REPORT
    ),
    "NOWAK, A. 2021. Jakość wody w zlewni. Raport nr 4/2021. Kraków : Instytut, 2021. 30 s.": (
        RefKind.REPORT
    ),
    "KOVAČ, M. 2020. Kakovost mleka. Poročilo št. 12/2020. Ljubljana : Inštitut, 2020. 22 str.": (
        RefKind.REPORT
    ),
    "BABIĆ, T. 2019. Kvaliteta vode. Izvješće br. 5/2019. Zagreb : Zavod, 2019. 18 str.": (
        RefKind.REPORT
    ),
    "SMITH, J. 2020. Soil survey of the valley. Report No. AB-CD 7/2020. London : Agency, "
    "2020. 40 p.": RefKind.REPORT,
    "ŠVÚ. 2023. Výsledky kontrol mlieka. Správa č. KM-2/2023. Zvolen : Ústav, 2023. 20 s.": (
        RefKind.REPORT
    ),
    # near-misses: a title sentence naming a report without a number; a journal article
    "HRONEC, P. 2024. Kvalita siláže. Správa o činnosti ústavu. Nitra : Ústav, 2024. 40 s.": (
        RefKind.BOOK
    ),
    "HRONEC, P. 2024. Kvalita siláže. Správy Akadémie. 2024, roč. 3, č. 2, s. 4–9.": (
        RefKind.ARTICLE
    ),
}


@pytest.mark.parametrize("text", list(REPORTS))
def test_numbered_report_sentence_after_title(text: str) -> None:
    assert _read(text).kind is REPORTS[text]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Správa č. VS-KS 3/2024.", "VS-KS 3/2024"),
        ("Izvješće br. 5/2019", "5/2019"),
        ("Report No. AB-CD 7/2020", "AB-CD 7/2020"),
        ("Správa o činnosti.", None),
    ],
)
def test_designation_number(sentence: str, number: str | None) -> None:
    assert designation_number(sentence) == number


@pytest.mark.parametrize(
    "unit",
    ["Výnos MP SR ", "z 3. marca 2011 ", "č. 4/2011 ", "Správa č. ", "Uredba Komisije ", "ŠÚ. "],
)
def test_linear(unit: str) -> None:
    assert growth(lambda n: designation_number(unit * n + "Správa č. 4/2011"), 200, 800) < 6
    assert growth(lambda n: _read("ŠÚ. 2020. Title. " + unit * n + "."), 50, 200) < 6
    ref = _read("NOVÁK, J. 2020. Title. Správa č. 4/2011. Nitra : Ústav, 2020.")
    assert report_after_title(ref).kind is RefKind.REPORT
