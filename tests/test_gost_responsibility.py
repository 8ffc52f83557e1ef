"""GOST / DSTU co-authors named in the statement of responsibility are authors."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.responsibility import named_people, with_named_authors

CASES = [
    pytest.param(
        "Соколова, М. В. Оценка рисков паводков / М. В. Соколова, Д. И. Орлов // "
        "Водные ресурсы. – 2018. – № 3. – С. 12–20.",
        ("Соколова, М. В.", "Орлов, Д. И."),
        id="two-russian-authors-host",
    ),
    pytest.param(
        "Baker, T. L. Soil moisture retrieval / T. L. Baker, N. Osei, H. Lindqvist // "
        "Remote Sensing Letters. – 2021. – Vol. 12, no. 3. – P. 201–210.",
        ("Baker, T. L.", "Osei, N.", "Lindqvist, H."),
        id="three-english-authors",
    ),
    pytest.param(
        "Теория упругих колебаний / В. П. Громов, А. А. Зуева, Е. С. Ким, Ю. Н. Лавров. – "
        "Казань : КГТУ, 2015. – 210 с.",
        ("Громов, В. П.", "Зуева, А. А.", "Ким, Е. С.", "Лавров, Ю. Н."),
        id="title-first-four-authors",
    ),
    pytest.param(
        "Климатические риски / Н. Р. Алиев [и др.]. – Москва : Наука, 2022. – 300 с.",
        ("Алиев, Н. Р.",),
        id="title-first-and-others",
    ),
    pytest.param(
        "Open banking in practice / C. Moreau, D. Okafor, L. Svensson [et al.]. – "
        "Basel : BIS, 2022. – 44 p.",
        ("Moreau, C.", "Okafor, D.", "Svensson, L."),
        id="et-al-english",
    ),
    pytest.param(
        "Гнатюк О. В. Історія ремесел / О. В. Гнатюк, Т. С. Мельник. – Львів : Світ, 2012. "
        "– 150 с.",
        ("Гнатюк О. В.", "Мельник Т. С."),
        id="dstu-heading-without-comma",
    ),
    pytest.param(
        "Фролов, К. Е. Гидравлика / К. Е. Фролов ; под ред. С. А. Беляева. – Москва : "
        "Высшая школа, 2009. – 400 с.",
        ("Фролов, К. Е.",),
        id="editor-after-semicolon-not-author",
    ),
    pytest.param(
        "Яковлев, Р. Т. Теплотехника / Р. Т. Яковлев, Г. Ф. Зорина ; Томский политехн. ун-т. "
        "– Томск, 2016. – 120 с.",
        ("Яковлев, Р. Т.", "Зорина, Г. Ф."),
        id="names-then-institution",
    ),
    pytest.param(
        "Гісторыя рамёстваў / В. М. Дубко [і інш.]. – Мінск : Навука, 2018. – 300 с.",
        ("Дубко, В. М.",),
        id="belarusian-and-others",
    ),
    pytest.param(
        "Сборник задач по механике / сост. Л. И. Ершова. – Пермь : ПГУ, 2011. – 80 с.",
        (),
        id="compiler-not-author",
    ),
    pytest.param(
        "Годовой обзор рынка / Министерство финансов. – Москва, 2020. – 40 с.",
        (),
        id="organisation-not-person",
    ),
    pytest.param(
        "Tarasov, V. Port logistics / V. Tarassov. – Riga : Baltic Press, 2017. – 96 p.",
        ("Tarasov, V.",),
        id="heading-author-spelled-otherwise-not-doubled",
    ),
]


@pytest.mark.parametrize(("text", "authors"), CASES)
def test_responsibility_names_authors(text: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, (1,))
    assert ref.style == "gost"
    assert ref.authors == authors


@pytest.mark.parametrize(
    ("statement", "people"),
    [
        pytest.param("А. Б. Иванов, В. Г. Петров", (("Иванов", "А. Б."), ("Петров", "В. Г.")), id="forward"),
        pytest.param("Гарипов Р. М., Юсупов А. Т. ; заявитель ООО «Бета»", (("Гарипов", "Р. М."), ("Юсупов", "А. Т.")), id="inverted-patent"),
        pytest.param("J.-P. Dupont, Yu. A. Smirnov", (("Dupont", "J.-P."), ("Smirnov", "Yu. A.")), id="hyphen-and-digraph"),
        pytest.param("под общ. ред. А. Б. Иванова", (), id="role"),
        pytest.param("Институт экономики РАН", (), id="body"),
        pytest.param("", (), id="empty"),
    ],
)  # fmt: skip
def test_named_people(statement: str, people: tuple[tuple[str, str], ...]) -> None:
    assert named_people(statement) == people


def test_heading_author_kept_first_and_not_doubled() -> None:
    got = with_named_authors(("Lee, S.",), "K. Park, S. Lee, M. Cho")
    assert got == ("Lee, S.", "Park, K.", "Cho, M.")
