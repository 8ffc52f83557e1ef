"""ISO 690 references as Bulgarian, Serbian, Hungarian and German authors write them:
initials of two or three letters, editors after the names, the host after ``– In:``,
pages after the year, ``[онлайн]``, and access dates in the languages of the region."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.model import LiteratureEntry, Reference, RefKind
from bibcheck.parse.matching import LiteratureIndex
from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date


def parse(text: str) -> Reference:
    return parse_reference(text, [1], detect_styles=True, note=True)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Петров, Вл., Стоянова, Цв. (съст.). История на езика. София: Наука, 1999, с. 4.",
            ["петров", "стоянова"],
            "История на езика",
            id="bg-two-letter-initials-compilers",
        ),
        pytest.param(
            "Милошевић, Др. Ст., Јовановић, Љ. Српска историја. Београд: Просвета, 2004.",
            ["милошевић", "јовановић"],
            "Српска историја",
            id="sr-initial-runs",
        ),
        pytest.param(
            "Tóth, Zs., Kiss, Gy. (szerk.). Magyar nyelvtörténet. Budapest: Osiris, 2010.",
            ["tóth", "kiss"],
            "Magyar nyelvtörténet",
            id="hu-digraph-initials-editors",
        ),
        pytest.param(
            "Müller, Chr. Die Sprache der Urkunden. Berlin: de Gruyter, 2001, S. 12.",
            ["müller"],
            "Die Sprache der Urkunden",
            id="de-three-letter-initial",
        ),
        pytest.param(
            "Hartmann, W. D. lmfit -- fitting library for Python. Wien: R Foundation, 2023.",
            ["hartmann"],
            "lmfit -- fitting library for Python",
            id="lower-case-title-after-initials",
        ),
    ],
)
def test_heading_authors_with_long_initials(text: str, authors: list[str], title: str) -> None:
    ref = parse(text)
    assert family_names(ref.authors) == authors
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "kind", "host", "year", "pages"),
    [
        pytest.param(
            "Weber, Chr. Zur Überlieferung der Viten. – In: Byzantinische Zeitschrift, 1990,"
            " Bd. 83, No 2, S. 101–118.",
            RefKind.ARTICLE,
            "Byzantinische Zeitschrift",
            1990,
            "101–118",
            id="de-article-in",
        ),
        pytest.param(
            "Иванов, И. Бележки за езика. – В: Сборник в чест на проф. Петров. София: БАН,"
            " 2001, с. 11–20.",
            RefKind.CHAPTER,
            "Сборник в чест на проф. Петров",
            2001,
            "11–20",
            id="bg-chapter-v",
        ),
        pytest.param(
            "Novak, J. Pisma iz arhiva. – U: Zbornik radova, 2012, Vol. 4, No. 1, S. 7–9.",
            RefKind.ARTICLE,
            "Zbornik radova",
            2012,
            "7–9",
            id="hr-u",
        ),
    ],
)
def test_iso690_host_after_in(text: str, kind: RefKind, host: str, year: int, pages: str) -> None:
    ref = parse(text)
    assert (ref.kind, ref.host, ref.year, ref.pages) == (kind, host, year, pages)
    assert ref.authors


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        pytest.param("Скопие, 2019 [прегледан 3.11.2022]", date(2022, 11, 3), id="bg"),
        pytest.param("(приступљено 5. 3. 2022)", date(2022, 3, 5), id="sr-cyrillic"),
        pytest.param("(pristupljeno 12. 4. 2021.)", date(2021, 4, 12), id="sr-latin"),
        pytest.param("[accesat la 7 martie 2020]", date(2020, 3, 7), id="ro"),
        pytest.param("(letöltés ideje: 2021. 06. 30.)", date(2021, 6, 30), id="hu-numeric"),
        pytest.param("(letöltés: 2022. szeptember 1.)", date(2022, 9, 1), id="hu-worded"),
        pytest.param("Viitattu 4.10.2023.", date(2023, 10, 4), id="fi"),
        pytest.param("Diakses pada 9 Agustus 2022", date(2022, 8, 9), id="id"),
        pytest.param("truy cập ngày 21/05/2020", date(2020, 5, 21), id="vi"),
        pytest.param("(검색일: 2021.11.02)", date(2021, 11, 2), id="ko"),
        pytest.param("（参照 2020-07-15）", date(2020, 7, 15), id="ja"),
        pytest.param("2019年4月3日閲覧", date(2019, 4, 3), id="ja-label-after"),
        pytest.param("引用日期：2022-01-30", date(2022, 1, 30), id="zh"),
        pytest.param("accessed 04/11/2019", date(2019, 4, 11), id="en-month-first"),
    ],
)
def test_access_dates_in_many_languages(text: str, accessed: date) -> None:
    found = find_access_date(text)
    assert found is not None and found.value == accessed


def test_online_designation_and_available_from() -> None:
    ref = parse(
        "Петров, П. Житие на св. Иван [онлайн]. – В: Дигитална библиотека. София: ИЛ, 2016"
        " [прегледан 12.01.2022]. Достъпно от: https://lib.example.bg/zhitie"
    )
    assert ref.electronic
    assert ref.access_date == date(2022, 1, 12)
    assert ref.year == 2016
    assert ref.host == "Дигитална библиотека"


def _ref(title: str, year: int) -> Reference:
    return Reference(raw=title, line=1, end_line=1, title=title, year=year, year_raw=str(year))


@pytest.mark.parametrize(
    ("note", "entry", "linked"),
    [
        pytest.param(
            _ref("Konstantin Preslavski. Sermon on the Dormition", 2018),
            _ref("Konstantin Preslavski. Collected Works", 1970),
            False,
            id="same-author-name-other-year",
        ),
        pytest.param(
            _ref("Harbours of the North Sea, vol. 2, The Baltic", 1998),
            _ref("Harbours of the North Sea", 1998),
            True,
            id="volume-same-year",
        ),
    ],
)
def test_main_title_match_needs_no_other_year(
    note: Reference, entry: Reference, linked: bool
) -> None:
    match = LiteratureIndex([LiteratureEntry(1, 10, entry)]).match(note)
    assert (match is not None) is linked
