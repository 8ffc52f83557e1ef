"""The Slavic "work cited" phrases after an author (GOST notes): Belarusian ``Цыт. праца``
/ ``Пазн. праца`` / ``Пазн. твор``, Russian ``Указ. раб.`` / ``Цит. раб.`` beside ``Указ.
соч.``, Ukrainian ``Зазнач. праця``: the note repeats the earlier full note of that author
(not a work titled by the phrase).  Own invented fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind, RefKind
from bibcheck.parse.references import commentary, lead_repeat, repeat
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear

FULL = [
    "Сакалоўскі П. Р. Гарадскія суды Полацка. — Мінск: Навука, 2004. — С. 10.",
    "Громова Т. Ф. Торговые пути Поднепровья. — Москва: Наука, 1985. — С. 22.",
    "Lindqvist A. Rural courts of Livonia. — Riga: Zinatne, 1991. — P. 8.",
    "Бойко О. М. Міські привілеї Волині. — Київ: Либідь, 2008. — С. 5.",
]


@pytest.mark.parametrize(
    ("note", "target", "locator"),
    [
        ("Сакалоўскі П. Р. Цыт. праца. С. 40.", 0, "40"),
        ("Сакалоўскі П. Р. Пазн. праца, с. 41.", 0, "41"),
        ("Сакалоўскі П. Р. Цыт. твор. С. 42.", 0, "42"),
        ("Громова Т. Ф. Указ. раб. С. 30.", 1, "30"),
        ("Громова Т.Ф. Цит. раб. С. 31.", 1, "31"),
        ("Громова Т. Ф. Указ. соч. С. 32.", 1, "32"),
        ("Lindqvist A. Op. cit. P. 17.", 2, "17"),
        ("Бойко О. М. Зазнач. праця. С. 9.", 3, "9"),
    ],
    ids=["be-cyt", "be-pazn", "be-tvor", "ru-ukaz-rab", "ru-cit-rab", "ru-soch", "latin", "uk"],
)
def test_op_cit_repeats_the_authors_note(note: str, target: int, locator: str) -> None:
    rep = find_repeats([*FULL, note])[-1]
    assert rep is not None and rep.kind == "op-cit"
    assert (rep.target, rep.locator) == (target, locator)


@pytest.mark.parametrize(
    "note",
    [
        # (a title that merely opens with a word of the phrase)
        "Сакалоўскі П. Р. Цытаты і праца ў судах. — Мінск, 2010. — С. 3.",
        "Громова Т. Ф. Указатель работ по истории торговли. — Москва, 1990. — С. 4.",
    ],
    ids=["be-title", "ru-title"],
)
def test_no_op_cit(note: str) -> None:
    assert find_repeats([*FULL, note])[-1] is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Аб В. " + "Цыт. " * (n // 5) + "праца", id="phrase-runs"),
        pytest.param(lambda n: "Аб В. Г. " * (n // 9) + "Цыт. праца", id="many-names"),
        pytest.param(lambda n: "Аб " + "пазн." * (n // 5) + " твор", id="glued"),
    ],
)
def test_phrases_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: repeat._OP_CIT.search(text), line)
    assert_linear(lambda text: lead_repeat._SHORT.match(text), line)
    assert_linear(lambda text: commentary._REPEAT.search(text), line)


MANUSCRIPT = """# Гарадское права

Суды збіраліся штотыдзень.[^1] Пра гэта пісалі і ў Маскве.[^2] Зноў пра суды.[^3]
Зноў пра шляхі.[^4]

[^1]: Сакалоўскі П. Р. Гарадскія суды Полацка. — Мінск: Навука, 2004. — С. 10.
[^2]: Громова Т. Ф. Торговые пути Поднепровья. — Москва: Наука, 1985. — С. 22.
[^3]: Сакалоўскі П. Р. Цыт. праца. — С. 40.
[^4]: Громова Т. Ф. Указ. раб. — С. 31.

## Літаратура

1. Громова Т. Ф. Торговые пути Поднепровья / Т. Ф. Громова. — Москва: Наука, 1985. — 300 с.
2. Сакалоўскі П. Р. Гарадскія суды Полацка / П. Р. Сакалоўскі. — Мінск: Навука, 2004. — 210 с.
"""


def test_manuscript_of_op_cit_notes(tmp_path: Path) -> None:
    path = tmp_path / "sudy.md"
    path.write_text(MANUSCRIPT, encoding="utf-8")
    doc = parse_file(path)
    linked = {fn.label: fn.literature.number if fn.literature else None for fn in doc.footnotes}
    assert linked == {"1": 2, "2": 1, "3": 2, "4": 1}
    again = doc.footnotes[2].reference
    assert (again.title, again.year, again.kind) == ("Гарадскія суды Полацка", 2004, RefKind.BOOK)
    kinds = {f.kind for f in analyse_document(doc, {}, {})}
    assert FindingKind.MISSING_LITERATURE_ENTRY not in kinds
