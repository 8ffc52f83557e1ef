"""Fix 50g: the repeat words, archive files, newspaper articles, statutes and electronic
designations of post-Soviet GOST notes in the languages of Central Asia.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.analyse.style import check_access_date, check_designation_spelling
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.bodydata import body_page
from bibcheck.parse.references.gost_acts import gost_act
from bibcheck.parse.references.gost_sources import (
    SourceTitle,
    archive_document,
    archive_file,
    newspaper_article,
)
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.reportkind import period_year
from bibcheck.parse.references.unlisted import unlisted_work
from tests.test_regex_growth import assert_linear


# --- ibid. and op. cit. ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("second", "repeats"),
    [
        ("Ҳамон ҷо. С. 12.", True),  # Tajik ibid.
        ("Ҳамонҷо, с. 7.", True),
        ("Ибид.", True),  # the Latin word in Cyrillic letters
        ("Ўша ерда. 45-б.", True),  # Uzbek
        ("O‘sha yerda, 45-bet.", True),
        ("Ошол жерде. – Б. 3.", True),  # Kyrgyz
        # not a repeat: prose that opens with a look-alike word
        ("Ибидем мектеби жөнүндө айрым пикирлер айтылган.", False),
        ("Ҳамонтавр муаллиф дар асари дигар менависад.", False),
    ],
)
def test_ibid_words(second: str, repeats: bool) -> None:
    first = "Каримов А. Таърихи деҳот. Душанбе: Дониш, 2010. С. 4."
    found = find_repeats([first, second])
    assert (found[1] is not None and found[1].target == 0) is repeats


@pytest.mark.parametrize(
    ("note", "repeats"),
    [
        ("Каримов А. Асари зикршуда. С. 54.", True),  # Tajik op. cit.
        ("Каримов А. Асари зикргардида, с. 9.", True),
        ("Каримов А. Көрсөтүлгөн эмгек. – Б. 78.", True),  # Kyrgyz
        ("Каримов А. Көрс. эмгек. – Б. 78.", True),
        ("Каримов А. Аталған еңбек. – 12 б.", True),  # Kazakh
        ("Каримов А. Görkezilen iş. – S. 8.", True),  # Turkmen (the word after a name)
        # not a repeat: a title that merely holds the word for a work
        ("Раҳимов Б. Асари нав дар бораи деҳот. Душанбе: Ирфон, 2015. С. 3.", False),
    ],
)
def test_op_cit_words(note: str, repeats: bool) -> None:
    notes = [
        "Каримов А. Таърихи деҳот. Душанбе: Дониш, 2010. С. 4.",
        "Petrov P. Other Work. London: Acme, 2001. P. 3.",
        note,
    ]
    found = find_repeats(notes)[2]
    assert (found is not None and found.kind == "op-cit" and found.target == 0) is repeats


# --- archive files -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Бойгонии давлатии вилояти Суғд (БДВС). Ф. 7. Р. 2. П. 31. В. 4–9. "
            "Протоколи ҷаласаи раёсат, 1931.",
            SourceTitle("Протоколи ҷаласаи раёсат", 1931),
        ),
        (
            "ЦГА РК. Ф. 30. Оп. 1. Д. 12. Л. 3 об. Докладная записка о кочевых хозяйствах, 1928.",
            SourceTitle("Докладная записка о кочевых хозяйствах", 1928),
        ),
        (
            "КР БМА. Ф. 10. Т. 1. И. 54. Б. 12. Айыл чарба бөлүмүнүн маалыматы.",
            SourceTitle("Айыл чарба бөлүмүнүн маалыматы", None),
        ),
        (
            "O‘zMA. F. R-837. R. 32. Y. 123. V. 15. Paxta tayyorlash hisoboti, 1934.",
            SourceTitle("Paxta tayyorlash hisoboti", 1934),
        ),
        (
            "ҚР ОМА. 30-қ. 1-т. 12-іс. 3-п. Көшпелі шаруашылықтар туралы анықтама, 1929.",
            SourceTitle("Көшпелі шаруашылықтар туралы анықтама", 1929),
        ),
        (
            "O‘zMA. F. 837, R. 32, Y. 123, V. 15. Paxta hisoboti haqida ma’lumot.",
            SourceTitle("Paxta hisoboti haqida ma’lumot", None),
        ),
        # marks alone: a file, no document's title
        ("ГАРФ. Ф. 5446. Оп. 1. Д. 12. Л. 3–5.", None),
    ],
)
def test_archive_document(note: str, expected: SourceTitle | None) -> None:
    assert archive_file(note)
    assert archival_source(note)
    assert archive_document(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        # a volume and a page, not fonds, inventory and file
        "Жээнбеков А. Т. Тандалган эмгектер. – Т. 2. – Б. 45.",
        "Иванов И. И. Собрание сочинений. Т. 2. Ч. 1. С. 45.",
        "Фомин Ф. Т. Записки. М., 1990. С. 3.",
        # a Kazakh volume and page after a year: "2010-ж. 2-т. 45-б."
        "Әбенов Қ. Таңдамалы шығармалар. Алматы, 2010. 2-т. 45-б.",
    ],
)
def test_not_an_archive_file(note: str) -> None:
    assert not archive_file(note)
    assert archive_document(note) is None


def test_archive_note_is_titled_by_its_document() -> None:
    ref = parse_reference(
        "Бойгонии давлатии вилояти Суғд (БДВС). Ф. 7. Р. 2. П. 31. В. 4–9. "
        "Протоколи ҷаласаи раёсат, 1931.",
        (1,),
        note=True,
    )
    assert (ref.title, ref.year, ref.authors) == ("Протоколи ҷаласаи раёсат", 1931, ())


# --- newspaper articles --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "«Ҳақиқати Ленинобод». 1936. 2 март. Мақолаи «Пахтакорони пешқадам».",
            SourceTitle("Пахтакорони пешқадам", 1936),
        ),
        (
            "«Известия». – 1930. – 5 янв. – Статья «Колхозы Ферганы». – С. 2.",
            SourceTitle("Колхозы Ферганы", 1930),
        ),
        (
            "«Кызыл Кыргызстан». 1935. 7 нояб. Макала «Жаңы мектеп».",
            SourceTitle("Жаңы мектеп", 1935),
        ),
        # no month: a book's year and its publisher, no issue
        ("«Ирфон». 1985. 12 с. «Маҷмӯа».", None),
        # a book by its quoted title and place
        ("«Таърихи халқи тоҷик». Душанбе: Дониш, 1998. С. 4.", None),
    ],
)
def test_newspaper_article(note: str, expected: SourceTitle | None) -> None:
    assert newspaper_article(note) == expected
    assert unlisted_work(note) is (expected is not None)


# --- statutes ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("note", "act"),
    [
        (
            "Кыргыз Республикасынын 2012-жылдын 3-майындагы № 50 «Билим берүү жөнүндө» Мыйзамы.",
            True,
        ),
        ("Қазақстан Республикасының 2007 жылғы 27 шілдедегі № 319 «Білім туралы» Заңы.", True),
        ("O‘zbekiston Respublikasining «Ta’lim to‘g‘risida»gi Qonuni, 2020.", True),
        ("Қонуни Ҷумҳурии Тоҷикистон «Дар бораи маориф» аз 22 июли 2013, № 1004.", True),
        ("Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации».", True),
        ("Об образовании в Российской Федерации : федер. закон от 29.12.2012 № 273-ФЗ.", True),
        # literature about a law, and the op. cit. word "Указ."
        ("Закон и обычай / Петров П. П. – М.: Наука, 2011. – 300 с.", False),
        ("Петров П. П. Указ. соч. С. 12.", False),
        ("Асанов Б. «Мыйзам» деген сөз. – Бишкек: Илим, 2015. – 90 б.", False),
    ],
)
def test_gost_act(note: str, act: bool) -> None:
    assert gost_act(note) is act


# --- electronic resources ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("note", "problems"),
    [
        (
            "Улуттук статистика комитети. Калктын саны [Электрондук ресурс]. – URL: "
            "https://stat.kg/kg/ (кирүү датасы: 02.02.2024).",
            0,
        ),
        (
            "Ұлттық статистика бюросы. Халық саны [Электрондық ресурс]. – URL: "
            "https://stat.gov.kz/ (қаралған күні: 02.02.2024).",
            0,
        ),
        # misspelled still
        (
            "Улуттук статистика комитети. Калктын саны [Электрондк ресурс]. – URL: "
            "https://stat.kg/kg/ (кирүү датасы: 02.02.2024).",
            1,
        ),
        # no access date
        (
            "Улуттук статистика комитети. Калктын саны [Электрондук ресурс]. – URL: https://stat.kg/kg/.",
            1,
        ),
    ],
)
def test_central_asian_designation(note: str, problems: int) -> None:
    ref = parse_reference(note, (1,), note=True)
    assert ref.style == "gost"
    found = [p for p in (check_designation_spelling(ref), check_access_date(ref)) if p]
    assert len(found) == problems


LINES = [
    pytest.param(lambda n: "Ф. 1. " * (n // 6), id="fonds-marks"),
    pytest.param(lambda n: "Ф. 1. Оп. 2. Д. 3. " + "a " * (n // 2), id="title-words"),
    pytest.param(lambda n: "«" * n, id="guillemets"),
    pytest.param(lambda n: "«а». 1933. 1 июн. «" + "б" * n, id="unclosed-article"),
    pytest.param(lambda n: "» Заңы " * (n // 7), id="kind-last"),
    pytest.param(lambda n: "Закон " * (n // 6), id="kind-first"),
    pytest.param(lambda n: " : закон " * (n // 9), id="title-first"),
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("check", [archive_document, newspaper_article, gost_act])
def test_linear(line: Callable[[int], str], check: Callable[[str], object]) -> None:
    assert_linear(check, line)


# --- years in any digits, numbered briefs, a body's pages ----------------------------------
@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("वार्षिक अहवाल, १९२४", "1924"),  # Marathi, Devanagari digits
        ("वार्षिक प्रतिवेदन २००१", "2001"),  # Hindi
        ("Annual Report, 1912", "1912"),
        # no report word: a title that merely holds a year
        ("संगीत आणि समाज, १९२४", None),
        # two years: none is the report's own
        ("अहवाल, १९२४–१९२५ आणि १९३०", None),
    ],
)
def test_period_year_any_digits(title: str, year: str | None) -> None:
    assert period_year(title) == year


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        # the year inside the quotation marks is the title's (Chicago sets the stop inside)
        (
            'नाट्य मंडळ संग्रह, पुणे. "वार्षिक अहवाल, १९२४." हस्तलिखित.',
            "वार्षिक अहवाल, १९२४",
            1924,
        ),
        # an unquoted title followed by its year: the year is no part of it
        ("Patil, S. Sangit Natak, 1924.", "Sangit Natak", 1924),
    ],
)
def test_quoted_title_keeps_its_year(note: str, title: str, year: int) -> None:
    ref = parse_reference(note, (1,))
    assert (ref.title, ref.year) == (title, year)


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Ahmed S., Lee K. Remittance Costs Brief 12. – Washington, DC: World Bank, 2021. – 30 p.",
            RefKind.REPORT,
        ),
        (
            "Ahmed S. Policy Brief 4 / S. Ahmed. – Geneva: ILO, 2020. – 12 p.",
            RefKind.REPORT,
        ),
        # "brief" as a word of a book's title, no number after it
        ("Ahmed S. A Brief History of Remittances. – London: Verso, 2019. – 240 p.", RefKind.BOOK),
    ],
)
def test_numbered_brief_is_a_report(note: str, kind: RefKind) -> None:
    assert parse_reference(note, (1,)).kind is kind


@pytest.mark.parametrize(
    ("note", "page"),
    [
        (
            "Улуттук статистика комитети. Калктын саны [Электрондук ресурс]. – URL: "
            "https://stat.kg/kg/ (кирүү датасы: 02.02.2024).",
            True,
        ),
        # a person's page is literature
        (
            "Асанов Б. Калктын саны [Электрондук ресурс]. – URL: https://asanov.kg/ "
            "(кирүү датасы: 02.02.2024).",
            False,
        ),
        # a body's page in another style (ABNT lists a body's documents by its name)
        (
            "MINISTÉRIO DA SAÚDE. Boletim epidemiológico. Disponível em: "
            "https://www.gov.br/saude/boletim. Acesso em: 3 mar. 2024.",
            False,
        ),
        # a body's printed book is no page
        ("Улуттук статистика комитети. Калктын саны. – Бишкек, 2023. – 80 б.", False),
    ],
)
def test_body_page(note: str, page: bool) -> None:
    assert body_page(parse_reference(note, (1,), note=True)) is page


# --- which notes a list must hold (the document's own practice) ------------------------------
_GOST_DOC = """# Миграция

Текст.[^1] Текст.[^2] Текст.[^3]

[^1]: {first}
[^2]: Асанов Б. Эмгек миграциясы. – Бишкек: Илим, 2015. – 200 б.
[^3]: {third}

## Адабияттар

1. Асанов Б. Эмгек миграциясы. – Бишкек: Илим, 2015. – 200 б.
{listed}
"""
_ACT = "Кыргыз Республикасынын 2012-жылдын 3-майындагы № 50 «Билим берүү жөнүндө» Мыйзамы."
_OTHER_ACT = "2. Кыргыз Республикасынын 2009-жылдын 1-июлундагы № 9 «Тоо-кен иши тууралуу» Мыйзамы."
_PAGE = (
    "Улуттук статистика комитети. Калктын саны [Электрондук ресурс]. – URL: "
    "https://stat.kg/kg/ (кирүү датасы: 02.02.2024)."
)
_OTHER_PAGE = (
    "2. Улуттук банк. Төлөм теңдеми [Электрондук ресурс]. – URL: https://nbkr.kg/ "
    "(кирүү датасы: 02.02.2024)."
)
_ARCHIVE = "КР БМА. Ф. 10. Т. 1. И. 54. Б. 12. Айыл чарба бөлүмүнүн маалыматы, 1936."
_BOOK = "Жусупов К. Айыл тарыхы. – Ош: ОшМУ, 2018. – 90 б."


@pytest.mark.parametrize(
    ("first", "third", "listed", "missing"),
    [
        pytest.param(_ACT, _BOOK, "", {"3"}, id="act-unlisted-book-missing"),
        pytest.param(_ACT, _BOOK, _OTHER_ACT, {"1", "3"}, id="a-list-of-acts-misses-one"),
        pytest.param(_PAGE, _ARCHIVE, "", set(), id="body-page-and-archive-file"),
        pytest.param(_PAGE, _ARCHIVE, _OTHER_PAGE, {"1"}, id="a-list-of-pages-misses-one"),
    ],
)
def test_missing_from_the_list(first: str, third: str, listed: str, missing: set[str]) -> None:
    text = _GOST_DOC.format(first=first, third=third, listed=listed)
    doc = parse_bytes(text.encode(), "migration.md")
    got = {a.footnote for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_MISSING}
    assert got == missing
