"""GOST references as authors really write them: two initials, many co-authors, Latin
names, no area dashes (GOST R 7.0.5-2008 lets notes drop them), the year after the
publisher of a host item.

Each case lists the fields it expects (authors as written, title, year, host, pages);
only the fields named are compared.
"""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import fields, gost, parse_reference

HEADINGS = [
    pytest.param(
        "Соколов А. Н., Белова Т. Ю., Гришин П. С. Речной транспорт",
        ("Соколов А. Н.", "Белова Т. Ю.", "Гришин П. С."),
        "Речной транспорт",
        id="three-ru-two-initials",
    ),
    pytest.param(
        "Hale P., Ortiz M., Novak J., Berg T., Sato K., Lund E. Harbour cranes",
        ("Hale P.", "Ortiz M.", "Novak J.", "Berg T.", "Sato K.", "Lund E."),
        "Harbour cranes",
        id="six-latin-one-initial",
    ),
    pytest.param(
        "O'Connor D. J., MacLeod R. A. Ice roads",
        ("O'Connor D. J.", "MacLeod R. A."),
        "Ice roads",
        id="apostrophe-and-mac",
    ),
    pytest.param(
        "de Vries H., van der Berg J., Le Roux P. et al. Tidal ports",
        ("de Vries H.", "van der Berg J.", "Le Roux P."),
        "Tidal ports",
        id="particles-et-al",
    ),
    pytest.param(
        "Тарасова Е. А., Ким Ю. С. и др. Ледовые переправы",
        ("Тарасова Е. А.", "Ким Ю. С."),
        "Ледовые переправы",
        id="ru-i-dr",
    ),
    pytest.param(
        "Fournier J.-L., Dubois A.-M. Les canaux",
        ("Fournier J.-L.", "Dubois A.-M."),
        "Les canaux",
        id="hyphenated-initials",
    ),
    pytest.param("Орлов Д. Речные порты", (), "Орлов Д. Речные порты", id="one-initial-alone"),
    pytest.param("Part B. Harbour rules", (), "Part B. Harbour rules", id="not-a-name"),
]


@pytest.mark.parametrize(("text", "authors", "rest"), HEADINGS)
def test_heading_authors(text: str, authors: tuple[str, ...], rest: str) -> None:
    assert fields.split_heading_authors(text) == (authors, rest)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Орлов Д. Речные порты", ("Орлов Д.",)),
        ("Brown T. A history of tides", ("Brown T.",)),
        ("Section C. Mooring", ()),
        ("Глава Б. Причалы", ()),
    ],
)
def test_one_initial_alone_when_known_gost(text: str, authors: tuple[str, ...]) -> None:
    assert fields.split_heading_authors(text, single=True)[0] == authors


CASES = [
    pytest.param(
        "Орлов Д. Речные порты Урала. Пермь : Звезда, 2004. С. 17.",
        {"authors": ("Орлов Д.",), "title": "Речные порты Урала", "year": 2004, "pages": "17"},
        id="dashless-one-initial",
    ),
    pytest.param(
        "Гусева Л. П., Мартынов С. С. Пристани Камы в XIX веке. Казань : Изд-во Казан. ун-та, "
        "2011. 188 с.",
        {
            "authors": ("Гусева Л. П.", "Мартынов С. С."),
            "title": "Пристани Камы в XIX веке",
            "year": 2011,
        },
        id="dashless-two-initials",
    ),
    pytest.param(
        "Vance R. Salt and the River Trade: A Study of Inland Ports. Boston : Harbor Press, "
        "1999. P. 40–52.",
        {
            "authors": ("Vance R.",),
            "title": "Salt and the River Trade: A Study of Inland Ports",
            "year": 1999,
            "pages": "40–52",
        },
        id="dashless-latin-one-initial",
    ),
    pytest.param(
        "Lee K. Paths of ships // Proceedings of Harbour Days 2018. Cham : Springer, 2019. P. 1–9.",
        {
            "style": "gost",
            "authors": ("Lee K.",),
            "title": "Paths of ships",
            "host": "Proceedings of Harbour Days 2018",
            "year": 2019,
            "publisher": "Springer",
            "place": "Cham",
            "pages": "1–9",
        },
        id="host-year-after-publisher",
    ),
    pytest.param(
        "Ruiz C., Park J. Locks and weirs // Advances in Waterways — WW '07. М. : Наука, 2008. "
        "С. 5–9.",
        {
            "authors": ("Ruiz C.", "Park J."),
            "host": "Advances in Waterways — WW '07",
            "year": 2008,
            "place": "М.",
        },
        id="host-year-abbreviated-place",
    ),
    pytest.param(
        "Brown T. Reading the sky [Электронный ресурс]. 2015. URL: "
        "https://sky.example.org/a (дата обращения: 01.02.2020).",
        {"style": "gost", "authors": ("Brown T.",), "title": "Reading the sky", "year": 2015},
        id="designation-then-year",
    ),
    pytest.param(
        "Mills A., Quinn B., Ross C., Stone D., Todd E. Wave loads [Electronic resource]. "
        "2021. URL: https://waves.example.org/w",
        {
            "authors": ("Mills A.", "Quinn B.", "Ross C.", "Stone D.", "Todd E."),
            "title": "Wave loads",
            "year": 2021,
        },
        id="five-latin-authors-web",
    ),
    pytest.param(
        "Старые пристани Вятки / сост. И. В. Лебедев. Киров : Вятка, 1998. 200 с.",
        {"title": "Старые пристани Вятки", "responsibility": "сост. И. В. Лебедев", "year": 1998},
        id="responsibility-no-dashes",
    ),
    pytest.param(
        "Hale P., Ortiz M. Tides and trade // Maritime Studies Part B. 2014. Vol. 9. P. 3–19.",
        {"host": "Maritime Studies Part B", "year": 2014, "pages": "3–19"},
        id="host-ends-with-a-letter",
    ),
    pytest.param(
        "История пристани [Электронный ресурс] // Музей речного флота. URL: "
        "https://river.example.ru/history (дата обращения: 02.03.2023).",
        {"kind": RefKind.WEB, "title": "История пристани", "host": "Музей речного флота"},
        id="page-of-a-website",
    ),
    pytest.param(
        "Шлюзы Камы [Электроный ресурс]. URL: https://kama.example.ru/locks (дата обращения: "
        "02.03.2023).",
        {"style": "gost", "title": "Шлюзы Камы", "electronic": True},
        id="misspelled-designation-not-in-title",
    ),
    pytest.param(
        "Речное агентство Камского бассейна. Навигация 2022 [Электронный ресурс]. URL: "
        "https://kama.example.ru/nav (дата обращения: 02.03.2023).",
        {"authors": ("Речное агентство Камского бассейна",), "title": "Навигация 2022"},
        id="organisation-before-title",
    ),
    pytest.param(
        "Речные порты. Справочник [Электронный ресурс] / Речные порты. URL: "
        "https://ports.example.ru (дата обращения: 02.03.2023).",
        {"authors": ("Речные порты",), "title": "Справочник"},
        id="organisation-named-again-after-slash",
    ),
    pytest.param(
        "Investments, creation of a joint university centre. Delegation visited [Electronic "
        "resource]. - 2023. - URL: https://x.example.by/a",
        {
            "authors": (),
            "title": "Investments, creation of a joint university centre. Delegation visited",
        },
        id="a-title-with-an-organisation-word-is-no-author",
    ),
    pytest.param(
        "Минеева А. В. Гидрология : учебник. – 3-е изд. – М. : Наука, 2010. – 300 с.",
        # (": учебник" is other title information, the kind of work: no place, nor title)
        {"authors": ("Минеева А. В.",), "title": "Гидрология", "year": 2010, "kind": RefKind.BOOK},
        id="other-title-information-is-no-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "styles"])
def test_gost_forms(text: str, expected: dict[str, Any], detect: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    assert ref.style in ("gost", "generic")  # never taken for Vancouver or Chicago
    for name, want in expected.items():
        assert getattr(ref, name) == want, name


@pytest.mark.parametrize(
    ("text", "dashless"),
    [
        ("Коткин С. Магнитная гора. М. : РОССПЭН, 2021. С. 12–15.", True),
        ("Kotkin S. Magnetic Mountain. Berkeley : Univ. of California Press, 1995.", True),
        ("Соколов А. Н., Белова Т. Ю. Речной транспорт. 2018. 312 с.", True),
        ("Smith JA, Doe B. Tides. J Mar Sci. 2020;3(2):10-12.", False),
        ("Smith, J. (2020). Tides. Journal of Ports, 3(2), 1–10.", False),
        ("John Smith, Tides (New York: Norton, 2015), 45.", False),
    ],
)
def test_looks_dashless(text: str, dashless: bool) -> None:
    assert gost.looks_dashless(text) is dashless


@pytest.mark.parametrize(
    ("area", "title", "after"),
    [
        (
            "Орлов Д. Речные порты. Пермь : Звезда, 2004",
            "Орлов Д. Речные порты",
            "Пермь : Звезда, 2004",
        ),
        ("Минеев В. Г. Агрохимия : учебник", "Минеев В. Г. Агрохимия : учебник", ""),
        ("Порты. Часть 2. 2019. 40 с.", "Порты. Часть 2", "2019. 40 с."),
        (
            "Kotkin S. Mountains. 3rd ed. Boston : X Press, 2001",
            "Kotkin S. Mountains",
            "3rd ed. Boston : X Press, 2001",
        ),
        ("Ports of 1812. СПб. : Питер, 2013", "Ports of 1812", "СПб. : Питер, 2013"),
        ("Docks. Cambridge, MA : Tide Press, 1990", "Docks", "Cambridge, MA : Tide Press, 1990"),
        (
            "Title Proper. Second Part. Boston : X, 2001",
            "Title Proper. Second Part",
            "Boston : X, 2001",
        ),
    ],
)
def test_split_title_area(area: str, title: str, after: str) -> None:
    assert gost.split_title_area(area) == (title, after)
