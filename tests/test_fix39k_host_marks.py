"""A chapter's host after its mark, as GOST and ISO 690 notes write it.

GOST writes the host after " // " and some authors keep the in-word there too
("// В: Сборник", "// В кн.: Сборник"): the word marks the host, it is not part of its name.
GOST R 7.0.5 notes drop the area dash ("Глава. В кн.: Сборник"). South Slavic, Czech and
Slovak ISO 690 entries number pages "str." / "Str.", after a comma or a full stop.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import fields, gost, parse_reference
from tests.test_regex_growth import assert_linear

CASES = [
    pytest.param(
        "Лаптев Г. Н. Паромные линии // В: Морской транспорт / под ред. О. С. Зуева. СПб.: "
        "Гидрометеоиздат, 2011. С. 12–30.",
        RefKind.CHAPTER,
        "Морской транспорт / под ред. О. С. Зуева",
        2011,
        "12–30",
        id="ru-slashes-v",
    ),
    pytest.param(
        "Лаптев Г. Н. Паромные линии // В кн.: Морской транспорт. М.: Мир, 2011. С. 12–30.",
        RefKind.CHAPTER,
        "Морской транспорт",
        2011,
        "12–30",
        id="ru-slashes-v-kn",
    ),
    pytest.param(
        "Лаптев Г. Н. Паромные линии. В кн.: Морской транспорт / под ред. О. С. Зуева. М.: "
        "Мир, 2011. С. 12–30.",
        RefKind.CHAPTER,
        "Морской транспорт / под ред. О. С. Зуева",
        2011,
        "12–30",
        id="ru-dashless-v-kn",
    ),
    pytest.param(
        "Kovač, T. Riječni promet. – U: Zbornik o plovidbi / ur. D. Perić. Zagreb: Školska "
        "knjiga, 2016. Str. 101–120.",
        RefKind.CHAPTER,
        "Zbornik o plovidbi / ur. D. Perić",
        2016,
        "101–120",
        id="hr-u-editor-str",
    ),
    pytest.param(
        "Kovač, T. Riječni promet. – U: Zbornik o plovidbi. Zagreb: Školska knjiga, 2016, "
        "str. 101–120.",
        RefKind.CHAPTER,
        "Zbornik o plovidbi",
        2016,
        "101–120",
        id="hr-u-comma-str",
    ),
    pytest.param(
        "Kovač, T. Riječni promet. – U: Pomorski zbornik, 2016, Vol. 4, No. 2, str. 101–120.",
        RefKind.ARTICLE,
        "Pomorski zbornik",
        2016,
        "101–120",
        id="hr-u-journal-str",
    ),
]


@pytest.mark.parametrize(("text", "kind", "host", "year", "pages"), CASES)
def test_host_after_its_mark(text: str, kind: RefKind, host: str, year: int, pages: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.kind, ref.host, ref.year, ref.pages) == (kind, host, year, pages)
    assert ref.authors


@pytest.mark.parametrize(
    ("token", "pages"),
    [("str. 7–9", "7–9"), ("Str. 12", "12"), ("стр. 3", "3"), ("strana", None)],
)
def test_str_pages(token: str, pages: str | None) -> None:
    assert fields.parse_pages(token) == pages


@pytest.mark.parametrize("unit", [". В: ", "// В кн.: ", ". Str. 1", ", str. "])
def test_long_line_is_read_in_linear_time(unit: str) -> None:
    assert_linear(gost.parse_fields, lambda n: (unit * (n // len(unit) + 1))[:n])
