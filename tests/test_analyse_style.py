"""GOST style lint: table-driven, one reference per row."""

from __future__ import annotations

import pytest

from bibcheck.analyse.style import (
    check_access_date,
    check_author_responsibility,
    check_designation,
    check_page_abbreviation,
    lint_reference,
)
from bibcheck.model import Reference
from bibcheck.parse.references import parse_reference


def ref(raw: str) -> Reference:
    return parse_reference(raw, [1])


SHUMILIN = (
    "Shumilin, A. Forecast to 2040 / A. Shumilin // [Electronic resource]. - 2020. - "
    "URL: <https://www.belta.by/interview/view/prognoz-7168/>"
)


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("Political relations [Electronic resource]. - 2023. - URL: <https://x.by/a/>", True),
        (
            "Political relations [Electronic resource]. - 2023. - URL: <https://x.by/a/> "
            "(accessed: 12.03.2023).",
            False,
        ),
        (
            "Политические отношения [Электронный ресурс]. - 2023. - URL: <https://x.by/a/> "
            "(дата обращения: 12.03.2023).",
            False,
        ),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - 112 c.", False),  # print book
    ],
)
def test_access_date(raw: str, rule: bool) -> None:
    assert (check_access_date(ref(raw)) is not None) is rule


def test_access_date_suggestion_follows_the_language() -> None:
    ru = check_access_date(ref("Новости [Электронный ресурс]. - 2023. - URL: <https://x.by/a/>"))
    assert ru is not None and "дата обращения" in ru.suggestion


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (SHUMILIN, "after '//'"),
        ("Title / A. Author [Electronic resource]. - 2020. - URL: <https://x.by/a>", "after '/'"),
        ("Title [Electronic resource] / A. Author. - 2020. - URL: <https://x.by/a>", None),
        ("Political relations [Electronic resource]. - 2023. - URL: <https://x.by/a/>", None),
    ],
)
def test_designation_placement(raw: str, where: str | None) -> None:
    problem = check_designation(ref(raw))
    assert (problem.message if problem else None) == (
        None
        if where is None
        else f"'[Electronic resource]' stands {where}; GOST puts it right after the title"
    )


def test_designation_fix_is_spelled_out() -> None:
    problem = check_designation(ref(SHUMILIN))
    assert problem is not None
    assert problem.suggestion == (
        "write: Shumilin, A. Forecast to 2040 [Electronic resource] / A. Shumilin. - 2020. - URL: …"
    )


@pytest.mark.parametrize(
    ("raw", "fix"),
    [
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - C. 65.", "write 'P. 65'"),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - 112 c.", "write '112 p.'"),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - P. 65.", None),
        ("Залесский, Б. Путь / Б. Залесский. - Минск, 2023. - С. 65.", None),  # Cyrillic С
        (
            "Залесский, Б. Путь / Б. Залесский. - Минск, 2023. - C. 65.",
            "write 'С. 65' (Cyrillic letter)",
        ),
        ("Vitamin C. 5 facts / A. B. - 2020. - P. 3.", None),  # "C. 5" in the title
    ],
)
def test_page_abbreviation(raw: str, fix: str | None) -> None:
    problem = check_page_abbreviation(ref(raw))
    assert (problem.suggestion if problem else None) == fix


@pytest.mark.parametrize(
    ("raw", "flagged"),
    [
        ("Zalesky, B. The Route / B. Zaleskii. - LAP, 2023. - 112 p.", True),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - 112 p.", False),
        ("Zalesky, B. The Route / ed. by J. Smith. - LAP, 2023. - 112 p.", False),
        ("Zalesky, B. The Route / B. Zalesky, J. Smith. - LAP, 2023. - 112 p.", False),
    ],
)
def test_author_responsibility(raw: str, flagged: bool) -> None:
    assert (check_author_responsibility(ref(raw)) is not None) is flagged


def test_only_gost_references_are_linted() -> None:
    apa = ref("Smith, J. (2021). Regional trade. Journal of Trade, 12(3), 45-67. C. 5")
    assert apa.style != "gost"
    assert lint_reference(apa) == []
