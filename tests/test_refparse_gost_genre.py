"""GOST 7.1 / 7.0.100 and DSTU 8302 references: a designation of the work's genre after
" : " (``учебное пособие``, ``монография``, ``навчальний посібник``, ``звіт``, a
dissertation's ``специальность … : диссертация на соискание …``) is other title information, not the title proper -- a real subtitle after " : " stays; a patent's year is
the year it was published (``опубл. DD.MM.YYYY``), not filed.  Fixtures written for the tests
in the patterns of Russian and Ukrainian reference lists."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Орлов, Б. Н. Теория упругости : учебное пособие / Б. Н. Орлов. – Казань : "
            "КГТУ, 2018. – 204 с.",
            "Теория упругости",
            id="ru-uchebnoe-posobie",
        ),
        pytest.param(
            "Орлов Б. Н. Теория упругости : учеб. пособие / Б. Н. Орлов. – Казань : КГТУ, "
            "2018. – 204 с.",
            "Теория упругости",
            id="ru-ucheb-posobie-abbreviated",
        ),
        pytest.param(
            "Зуев, К. А. Речные наносы Прикамья : монография / К. А. Зуев. – Пермь : ПГУ, "
            "2011. – 180 с.",
            "Речные наносы Прикамья",
            id="ru-monografiya",
        ),
        pytest.param(
            "Мельничук О. П. Ґрунти Поділля : монографія / О. П. Мельничук. – Вінниця : "
            "Нілан, 2016. – 230 с.",
            "Ґрунти Поділля",
            id="uk-monohrafiya",
        ),
        pytest.param(
            "Дяченко Л. І. Основи фотограмметрії : навчальний посібник / Л. І. Дяченко. – "
            "Львів : Видавництво ЛП, 2020. – 160 с.",
            "Основи фотограмметрії",
            id="uk-navchalnyi-posibnyk",
        ),
        pytest.param(
            "Зайцев, Р. Р. Износ рабочих колес турбин : специальность 05.04.12 «Турбомашины» "
            ": диссертация на соискание ученой степени кандидата технических наук / Зайцев "
            "Роман Романович ; Казанский университет. – Казань, 2015. – 170 с.",
            "Износ рабочих колес турбин",
            id="ru-dissertation-speciality",
        ),
        pytest.param(
            "Зайцев, Р. Р. Износ рабочих колес турбин : автореферат диссертации на соискание "
            "ученой степени кандидата технических наук / Зайцев Роман Романович. – Казань, "
            "2015. – 20 с.",
            "Износ рабочих колес турбин",
            id="ru-avtoreferat",
        ),
        pytest.param(
            "Бондар, В. М. Географія туризму : теорія і практика / В. М. Бондар. – Київ : "
            "Знання, 2014. – 300 с.",
            "Географія туризму : теорія і практика",
            id="real-subtitle-stays",
        ),
    ],
)
def test_genre_designation_is_no_part_of_the_title(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.style == "gost"
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        pytest.param(
            "Очистка стоков малых городов : звіт / Мін-во розвитку громад України. Київ, "
            "2022. 48 с.",
            "Очистка стоков малых городов",
            2022,
            id="uk-zvit-organisation-responsibility",
        ),
    ],
)
def test_a_report_keeps_its_kind_without_the_designation(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.title, ref.year) == ("gost", title, year)
    assert ref.kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param(
            "Патент № 2701234 Российская Федерация, МПК F16C 19/52. Подшипниковый узел : "
            "№ 2018112345 : заявл. 05.04.2018 : опубл. 20.09.2019 / Никитин А. С. ; "
            "заявитель АО «Турбина». – 8 с.",
            2019,
            id="ru-patent",
        ),
        pytest.param(
            "Пат. 134567 Україна, МПК G01M 13/04. Спосіб контролю підшипників : "
            "№ u201812345 ; заявл. 12.11.2018 ; опубл. 27.05.2019, Бюл. № 10. – 4 с.",
            2019,
            id="uk-patent",
        ),
    ],
)
def test_a_patent_is_dated_by_its_publication(text: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "О защите лесных угодий : федер. закон Рос. Федерации от 5 апр. 2001 г. № 41-ФЗ "
            "// Собрание законодательства Российской Федерации. – 2001. – № 15. – Ст. 1402.",
            "О защите лесных угодий",
            id="ru-federal-law-abbreviated",
        ),
        pytest.param(
            "О государственных архивах : Федеральный закон № 93-ФЗ : [принят Государственной "
            "думой 14 мая 2004 года]. – Москва : Норма, 2005. – 32 с.",
            "О государственных архивах",
            id="ru-federal-law-by-number",
        ),
        pytest.param(
            "Об утверждении правил учёта музейных предметов : приказ Министерства культуры "
            "Рос. Федерации от 11 сент. 2019 г. № 1204 // Бюллетень нормативных актов. – "
            "2019. – № 44. – С. 12–19.",
            "Об утверждении правил учёта музейных предметов",
            id="ru-ministry-order",
        ),
        pytest.param(
            "О порядке содержания городских скверов : постановление Правительства Пермского "
            "края от 4.03.2017 № 88 // Вестник Пермского края. – 2017. – № 9. – Ст. 301.",
            "О порядке содержания городских скверов",
            id="ru-regional-resolution",
        ),
        pytest.param(
            "Про музеї та музейну справу : Закон України від 29 черв. 1995 р. № 249/95-ВР // "
            "Відомості Верховної Ради України. – 1995. – № 25. – Ст. 191.",
            "Про музеї та музейну справу",
            id="uk-law",
        ),
        pytest.param(
            "Приказы и распоряжения губернатора : сборник документов XVIII века / сост. "
            "И. П. Гусев. – Тверь : Тверской ун-т, 2012. – 310 с.",
            "Приказы и распоряжения губернатора : сборник документов XVIII века",
            id="acts-as-a-title-stay",
        ),
        pytest.param(
            "Волков, Д. Е. Обычай и право : закон в крестьянской общине / Д. Е. Волков. – "
            "Самара : Самарский ун-т, 2016. – 212 с.",
            "Обычай и право : закон в крестьянской общине",
            id="subtitle-naming-a-law-stays",
        ),
    ],
)
def test_a_legal_acts_designation_is_no_part_of_the_title(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.style == "gost"
    assert ref.title == title
