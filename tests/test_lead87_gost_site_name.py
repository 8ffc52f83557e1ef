"""A site cited by its name and GOST's statement of what it is, with no area dash ("ОАО «РЖД»
: официальный сайт. URL: …", "Укрзалізниця : офіц. сайт. URL: …", "… : [сайт]. URL: …") is
a GOST web record titled by the site's name (it was read by the generic parser: untitled, or
titled "Укрзалізниця : офіц")."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ОАО «РЖД» : официальный сайт. URL: https://company.rzd.ru "
            "(дата обращения: 12.03.2024).",
            "ОАО «РЖД»",
        ),
        (
            "Росстат : офиц. сайт. URL: https://rosstat.gov.ru (дата обращения: 12.03.2024).",
            "Росстат",
        ),
        (
            "Укрзалізниця : офіц. сайт. URL: https://uz.gov.ua (дата звернення: 12.03.2024).",
            "Укрзалізниця",
        ),
        (
            "Белорусская железная дорога : [сайт]. URL: https://rw.by "
            "(дата обращения: 12.03.2024).",
            "Белорусская железная дорога",
        ),
        (
            "Державна служба статистики України : офіц. веб-сайт. "
            "Режим доступу: https://ukrstat.gov.ua (дата звернення: 12.03.2024).",
            "Державна служба статистики України",
        ),
        (
            "Міністерство інфраструктури України : офіційний веб-портал. "
            "URL: https://mtu.gov.ua (дата звернення: 01.02.2024).",
            "Міністерство інфраструктури України",
        ),
    ],
)
def test_site_titled_by_its_name(text: str, title: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.style, ref.title, ref.authors) == (RefKind.WEB, "gost", title, ())
    assert ref.access_date is not None


def test_a_page_of_a_site_keeps_its_title() -> None:
    # (the page's own title before the site's name: as before)
    ref = parse_reference(
        "Минтранс России. Транспортная стратегия Российской Федерации. URL: "
        "https://mintrans.gov.ru/documents/3/1009 (дата обращения: 01.02.2024).",
        [0],
        detect_styles=True,
    )
    assert (ref.kind, ref.title, ref.authors) == (
        RefKind.WEB,
        "Транспортная стратегия Российской Федерации",
        ("Минтранс России",),
    )
