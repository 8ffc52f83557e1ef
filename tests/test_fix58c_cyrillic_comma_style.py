"""Fix 58c: comma-style entries with the initials after the family name, in Cyrillic too.

Russian, Ukrainian and Bulgarian physics journals write ``Иванов И.И., Петров П.П.,
Название, Журнал 12, 34–56 (2015)`` (and ``и др.``/``та ін.`` for the rest); so do Latin
lists (``Meech K.J., Weryk R., Title, Journal 552, 378 (2017)``).  The forms read here: the
issue after the volume (``92, № 3, 34–56 (2015)``), the journal unquoted with its year
and the signed numbers (``Журнал, 2015, т. 92, с. 34–56``), no title at all (``Письма в
ЖЭТФ 101, 34 (2015)``).  GOST's heading (``Иванов И.И., Петров П.П. Название //
Журнал``) stays GOST's.  Every fixture is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.initials_after import comma_style


@pytest.mark.parametrize(
    ("text", "comma"),
    [
        ("Иванов И.И., Петров П.П., Пыль в дисках, Астрон. журн. 92, 34–56 (2015).", True),
        ("Иванов И.И., Петров П.П. и др., Пыль в дисках, Журнал 92, 34–56 (2015).", True),
        ("Meech K.J., Weryk R., Nature 552, 378–381 (2017).", True),
        # GOST: the names end with a full stop, the title after it
        ("Иванов И.И., Петров П.П., Сидоров С.С. Пыль // Журнал. 2015. Т. 3. С. 1–9.", False),
        ("Иванов И.И. Пыль в дисках. М.: Наука, 2015. 200 с.", False),
        ("Пыль в дисках / И.И. Иванов. М.: Наука, 2015.", False),
    ],
)
def test_comma_style(text: str, comma: bool) -> None:
    assert comma_style(text) is comma


@pytest.mark.parametrize(
    ("text", "authors", "title", "host", "volume", "issue", "pages", "year"),
    [
        pytest.param(
            "Иванов И.И., Петров П.П., Пыль в молодых дисках, Астрон. журн. 92, № 3, 34–56 (2015).",
            ("Иванов И.И.", "Петров П.П."),
            "Пыль в молодых дисках",
            "Астрон. журн.",
            "92",
            "3",
            "34–56",
            2015,
            id="ru-issue",
        ),
        pytest.param(
            "Иванов И.И., Петров П.П., Пыль, газ и звёзды, Астрономический журнал, 2015, "
            "т. 92, с. 34–56.",
            ("Иванов И.И.", "Петров П.П."),
            "Пыль, газ и звёзды",
            "Астрономический журнал",
            "92",
            None,
            "34–56",
            2015,
            id="ru-year-first",
        ),
        pytest.param(
            "Бондаренко О.М., Ткаченко В.І. та ін., Сонячні плями, Кінематика і фізика "
            "небесних тіл 31, 10–20 (2015).",
            ("Бондаренко О.М.", "Ткаченко В.І."),
            "Сонячні плями",
            "Кінематика і фізика небесних тіл",
            "31",
            None,
            "10–20",
            2015,
            id="uk-et-al",
        ),
        pytest.param(
            "Георгиев Г., Димитров Д. и др., Слънчеви петна, Български физически журнал "
            "40, 1–9 (2013).",
            ("Георгиев Г.", "Димитров Д."),
            "Слънчеви петна",
            "Български физически журнал",
            "40",
            None,
            "1–9",
            2013,
            id="bg",
        ),
        pytest.param(
            "Иванов И. И., Петров П. П., Письма в ЖЭТФ 101, 34 (2015).",
            ("Иванов И. И.", "Петров П. П."),
            None,
            "Письма в ЖЭТФ",
            "101",
            None,
            "34",
            2015,
            id="ru-untitled",
        ),
        pytest.param(
            "Meech K. J., Weryk R., Astrophys. J. 552, 378 (2017).",
            ("Meech K. J.", "Weryk R."),
            None,
            "Astrophys. J.",
            "552",
            None,
            "378",
            2017,
            id="en-untitled",
        ),
        pytest.param(
            "Ostrova M.K., Quint D., Cold dust, Astronomy Letters, 2015, vol. 41, pp. 112–119.",
            ("Ostrova M.K.", "Quint D."),
            "Cold dust",
            "Astronomy Letters",
            "41",
            None,
            "112–119",
            2015,
            id="en-year-first",
        ),
    ],
)
def test_entries(
    text: str,
    authors: tuple[str, ...],
    title: str | None,
    host: str,
    volume: str,
    issue: str | None,
    pages: str,
    year: int,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    got = (ref.authors, ref.title, ref.host, ref.volume, ref.issue, ref.pages, ref.year)
    assert got == (authors, title, host, volume, issue, pages, year)


def test_gost_heading_stays_gost() -> None:
    ref = parse_reference(
        "Иванов И.И., Петров П.П., Сидоров С.С. Пыль в дисках // Журнал прикладной физики. "
        "2015. Т. 3, № 2. С. 10–20.",
        [1],
        detect_styles=True,
    )
    assert ref.style == "gost"
    assert ref.authors == ("Иванов И.И.", "Петров П.П.", "Сидоров С.С.")
    assert ref.title == "Пыль в дисках"


_LIST = (
    "Иванов И.И., Петров П.П., Пыль в молодых дисках, Астрон. журн. 92, № 3, 34–56 (2015).",
    "Сидоров С.С., Кузнецова А.А. и др., Холодный газ, Письма в Астрономический журнал 41, "
    "112–119 (2016).",
    "Смирнов В.В., Письма в ЖЭТФ 101, 34 (2017).",
)


@pytest.mark.parametrize("path", ["pyl.txt", "pyl.md"])
def test_document(path: str) -> None:
    items = "\n".join(f"{i + 1}. {e}" for i, e in enumerate(_LIST))
    text = (
        "# Пыль в дисках\n\nПыль наблюдали [1], газ тоже [2]; ранее это предсказал "
        f"Смирнов [3].\n\n## Литература\n\n{items}\n"
    )
    doc = parse_bytes(text.encode(), path)
    refs = [e.reference for e in doc.literature]
    assert [r.authors for r in refs] == [
        ("Иванов И.И.", "Петров П.П."),
        ("Сидоров С.С.", "Кузнецова А.А."),
        ("Смирнов В.В.",),
    ]
    assert [r.title for r in refs] == ["Пыль в молодых дисках", "Холодный газ", None]
