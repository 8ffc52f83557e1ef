"""DSTU 8302:2015 and GOST written without area dashes: an article's journal stands between
its title and the year, and is no part of the title; Ukrainian "та ін." is "et al."."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Гончар Л. М., Ткачук В. В. Ринок мінеральних добрив в Україні: тенденції та "
            "виклики. Економіка АПК. 2022. № 4. С. 6–18.",
            ("Гончар Л. М.", "Ткачук В. В."),
            "Ринок мінеральних добрив в Україні: тенденції та виклики",
            2022,
        ),
        (
            "Wyszkowska J., Kucharski J. Effect of bacterial inoculants on winter wheat. Journal "
            "of Elementology. 2019. Vol. 24, no. 2. P. 497–510.",
            ("Wyszkowska J.", "Kucharski J."),
            "Effect of bacterial inoculants on winter wheat",
            2019,
        ),
        (
            "Патика В. П., Коць С. Я., Волкогон В. В. та ін. Біологічний азот. Київ : Світ, "
            "2003. 424 с.",
            ("Патика В. П.", "Коць С. Я.", "Волкогон В. В."),
            "Біологічний азот",
            2003,
        ),
        (
            "Волкогон В. В. Мікробні препарати у землеробстві. Теорія і практика. Київ : "
            "Аграрна наука, 2006. 312 с.",
            ("Волкогон В. В.",),
            "Мікробні препарати у землеробстві. Теорія і практика",
            2006,
        ),
    ],
    ids=["article", "article-english", "et-al-ukrainian", "book-with-subtitle"],
)
def test_dstu_references(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)


@pytest.mark.parametrize("styles", [True, False], ids=["styles", "gost-only"])
def test_a_title_without_authors_keeps_its_abbreviated_other_title_information(
    styles: bool,
) -> None:
    ref = parse_reference(
        "Бібліотеки України в умовах війни : аналіт. огляд / Укр. бібл. асоц. Київ, 2023. 48 с.",
        (1,),
        detect_styles=styles,
    )
    assert (ref.title, ref.year) == ("Бібліотеки України в умовах війни : аналіт. огляд", 2023)


def test_ukrainian_web_reference_designation_and_access_date() -> None:
    ref = parse_reference(
        "Культурні втрати: офіційна статистика МКІП [Електронний ресурс]. URL: "
        "https://mkip.gov.ua/ (дата звернення: 12.03.2023).",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert (ref.style, ref.title, ref.electronic) == (
        "gost",
        "Культурні втрати: офіційна статистика МКІП",
        True,
    )
    assert str(ref.access_date) == "2023-03-12"


def test_ukrainian_lead_in_with_for_example() -> None:
    ref = parse_reference(
        "Див., напр.: Кот С. І. Культурна спадщина України у війні: перші оцінки. Київ : "
        "Наука, 2023. 120 с.",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert (ref.authors, ref.title) == (
        ("Кот С. І.",),
        "Культурна спадщина України у війні: перші оцінки",
    )
