"""GOST R 7.0.5 references (fix round 32g): a legal act's designation after the title
(``Title: Федеральный закон от … № …``, the colon spaced or not, the areas written
without dashes) is no part of the title, nor a genre designation after an unspaced colon;
a real subtitle stays.  A part of a website (``Title // Site. 2023. URL: … (дата
обращения: …)``, no journal numbering, pages or publisher) is a web page.  Fixture lines
written for these tests in the patterns of Russian and Ukrainian reference lists."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import gost, parse_reference
from tests.test_reader_docx_lists import build, p, t
from tests.test_regex_growth import assert_linear

LAW = (
    "О защите атмосферного воздуха: Федеральный закон от 04.05.1999 № 96-ФЗ (ред. от "
    "11.06.2021). URL: http://www.example.ru/law/96/ (дата обращения: 01.02.2024)."
)
SITE = (
    "Как подготовить пластик к переработке: инструкция // Движение «Чистый двор». 2022. "
    "URL: https://chistyi-dvor.example.ru/plastik (дата обращения: 03.03.2024)."
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(LAW, "О защите атмосферного воздуха", id="law-unspaced-colon"),
        pytest.param(
            "О водоснабжении и водоотведении : федер. закон от 07.12.2011 № 416-ФЗ. URL: "
            "https://www.example.ru/416 (дата обращения: 10.10.2023).",
            "О водоснабжении и водоотведении",
            id="law-spaced-abbreviated",
        ),
        pytest.param(
            "Про управління відходами: Закон України від 20.06.2022 № 2320-IX. URL: "
            "https://zakon.example.ua/2320 (дата звернення: 01.03.2024).",
            "Про управління відходами",
            id="uk-law",
        ),
        pytest.param(
            "Об обращении с твердыми коммунальными отходами: постановление Правительства РФ "
            "от 12.11.2016 № 1156. URL: https://gov.example.ru/1156 (дата обращения: "
            "04.04.2024).",
            "Об обращении с твердыми коммунальными отходами",
            id="government-decree",
        ),
        pytest.param(
            "Об утверждении программы «Чистый берег» : распоряжение Правительства РФ от "
            "01.02.2020 № 100-р. URL: https://gov.example.ru/100 (дата обращения: 02.03.2024).",
            "Об утверждении программы «Чистый берег»",
            id="act-title-ending-in-a-quoted-name",
        ),
        pytest.param(
            "Петров И. И. Теория отходов: учебное пособие / И. И. Петров. Казань: КФУ, 2019. "
            "150 с.",
            "Теория отходов",
            id="genre-unspaced-colon",
        ),
        pytest.param(
            "Зайцева Н. В. Город и мусор: очерки повседневности / Н. В. Зайцева. М.: Наука, "
            "2018. 200 с.",
            "Город и мусор: очерки повседневности",
            id="subtitle-stays",
        ),
        pytest.param(
            "Орлова Е. С. Обычай и порядок: закон в жизни деревни / Е. С. Орлова. Самара: "
            "СамГУ, 2016. 212 с.",
            "Обычай и порядок: закон в жизни деревни",
            id="subtitle-naming-a-law-stays",
        ),
    ],
)
def test_designation_after_the_title(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(SITE, RefKind.WEB, id="site-page"),
        pytest.param(
            "Правила сортировки // Городской портал «Наш Саров». 2021. URL: "
            "https://sarov.example.ru/rules (дата обращения: 15.01.2024).",
            RefKind.WEB,
            id="portal-page",
        ),
        pytest.param(
            "Сидоров П. П. Отходы и город // Экология и общество. 2021. № 4. С. 10–20. URL: "
            "https://eco.example.ru/4/10 (дата обращения: 01.01.2024).",
            RefKind.ARTICLE,
            id="journal-article-online",
        ),
        pytest.param(
            "Иванов И. И. Сортировка в быту // Отходы России / под ред. П. П. Петрова. М.: "
            "Наука, 2020. URL: https://nauka.example.ru/ch3 (дата обращения: 02.02.2024).",
            RefKind.CHAPTER,
            id="chapter-with-publisher",
        ),
    ],
)
def test_part_of_a_website_is_a_web_page(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind


@pytest.mark.parametrize("unit", ["закон от ", "а: ", "Закон: закон: ", "Title: учебное "])
def test_long_line_is_read_in_linear_time(unit: str) -> None:
    assert_linear(
        lambda text: (gost.looks_gost(text), gost.split_title_area(text)),
        lambda n: (unit * (n // len(unit) + 1))[:n],
    )


LIST = [
    LAW,
    "Ковалев А. Н. Мусор и общество. М.: Логос, 2015. 240 с.",
    SITE,
]


def _check(titles_kinds: list[tuple[str | None, RefKind]]) -> None:
    assert titles_kinds[0][0] == "О защите атмосферного воздуха"
    assert titles_kinds[2] == ("Как подготовить пластик к переработке: инструкция", RefKind.WEB)


def test_plain_text_list() -> None:
    entries = "\n".join(f"{k}. {e}" for k, e in enumerate(LIST, start=1))
    text = f"Отходы\n\nКак показано [1; 2; 3].\n\nСписок литературы\n{entries}\n"
    doc = parse_bytes(text.encode(), "stat.txt")
    _check([(e.reference.title, e.reference.kind) for e in doc.literature])


def test_word_list() -> None:
    body = [
        p(t("Отходы"), style="Heading1"),
        p(t("Как показано [1; 2; 3].")),
        p(t("Список литературы"), style="Heading1"),
        *(p(t(f"{k}. {e}")) for k, e in enumerate(LIST, start=1)),
    ]
    doc = parse_bytes(build(body), "stat.docx")
    _check([(e.reference.title, e.reference.kind) for e in doc.literature])
