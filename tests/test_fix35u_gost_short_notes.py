"""GOST 7.0.5 / ДСТУ 8302 notes: a short note (the authors as the full note names them,
the title or its first words, the page, no year) repeats the earlier full note of that
work; a note citing a standard by its designation alone (``ДСТУ 7525:2014. С. 7.``, ``ISO
690:2010, cl. 4``) is tied to the list's entry of that standard.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind, LiteratureEntry, Reference, RefKind
from bibcheck.parse.matching import DESIGNATION, LiteratureIndex
from bibcheck.parse.references import designations
from bibcheck.parse.references.designations import (
    Designation,
    designation_only,
    listed_designation,
    opening_designation,
)
from bibcheck.parse.references.repeat import _GOST_SHORT, find_repeats
from tests.test_regex_growth import assert_linear

FULL = [
    "Мельник А. П., Бондар С. О. Сорбція важких металів на цеолітах. Хімія і технологія "
    "води. 2017. Т. 39, № 2. С. 120–131.",
    "Ткач В. І. Основи фотохімії : навч. посіб. Львів : Світ, 2010. 240 с.",
    "Орлова Е. Н. Кинетика окисления фенола. Журнал физической химии. 2015. Т. 89. С. 7–14.",
    "Lindgren P. K. Photocatalysis on oxide films. Catalysis Today. 2012. Vol. 5. P. 1–9.",
]


@pytest.mark.parametrize(
    ("note", "target", "locator"),
    [
        ("Мельник А. П., Бондар С. О. Сорбція важких металів на цеолітах. С. 125.", 0, "125"),
        ("Ткач В. І. Основи фотохімії. С. 33.", 1, "33"),
        ("Орлова Е.Н. Кинетика окисления … С. 9.", 2, "9"),
        ("Lindgren P. K. Photocatalysis on oxide films. P. 4.", 3, "4"),
        ("Див.: Ткач В. І. Основи фотохімії. С. 35–36.", 1, "35–36"),
    ],
    ids=["two-authors-uk", "one-author-uk", "ru-ellipsis", "english-p", "lead-in"],
)
def test_short_note_repeats_the_full_note(note: str, target: int, locator: str) -> None:
    rep = find_repeats([*FULL, note])[-1]
    assert rep is not None and rep.kind == "short"
    assert (rep.target, rep.locator) == (target, locator)


@pytest.mark.parametrize(
    "note",
    [
        "Шевченко Д. А. Інша праця про цеоліти. С. 5.",  # nobody cited before
        "Ткач В. І. Методи спектроскопії. С. 12.",  # the author's other work
    ],
    ids=["unknown-author", "other-title"],
)
def test_no_short_note(note: str) -> None:
    assert find_repeats([*FULL, note])[-1] is None


def test_ibid_after_short_note() -> None:
    found = find_repeats([*FULL, "Ткач В. І. Основи фотохімії. С. 33.", "Там само. С. 12."])
    last = found[-1]
    assert last is not None and (last.kind, last.target, last.locator) == ("ibid", 1, "12")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ДСТУ 7525:2014. С. 7.", Designation("ДСТУ", "7525", 2014)),
        ("Див.: ДСТУ ISO 9001:2015, с. 4.", Designation("ДСТУ ISO", "9001", 2015)),
        ("ГОСТ Р 7.0.100–2018. С. 5.", Designation("ГОСТ Р", "7.0.100", 2018)),
        ("GOST R 7.0.100-2018", Designation("ГОСТ Р", "7.0.100", 2018)),
        ("ISO 8601-1:2019, cl. 3.1.", Designation("ISO", "8601-1", 2019)),
        ("DIN EN ISO 14001:2015-11, S. 12.", Designation("DIN EN ISO", "14001", 2015)),
        ("ABNT NBR 10520:2023, p. 3.", Designation("NBR", "10520", 2023)),
        ("GB/T 7714—2015.", Designation("GB T", "7714", 2015)),
        ("PN-EN 1992-1-1, s. 44.", Designation("PN EN", "1992-1-1", None)),
        ("ČSN ISO 690.", Designation("ČSN ISO", "690", None)),
    ],
    ids=["dstu", "dstu-iso", "gost-r", "gost-latin", "iso-part", "din", "nbr", "gbt", "pn", "csn"],
)
def test_note_designation(text: str, key: Designation) -> None:
    assert opening_designation(text) == key
    assert designation_only(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ДСТУ 4808:2007. Джерела централізованого питного водопостачання. Київ, 2007.", "4808"),
        ("Вода питьевая. Гигиенические требования : ГОСТ 2874-82. Москва, 1982.", "2874-82"),
        ("ISO 690:2021. Information and documentation. Geneva : ISO, 2021.", "690"),
        ("Implementing ISO 9001:2015 in small firms. Quality Journal. 2019. P. 3.", None),
    ],
    ids=["dstu-first", "gost-title-first", "iso-first", "inside-a-title"],
)
def test_listed_designation(text: str, number: str | None) -> None:
    found = listed_designation(text)
    assert (found.number if found else None) == number


def _entry(n: int, raw: str, title: str, year: int) -> LiteratureEntry:
    ref = Reference(raw=raw, line=n, end_line=n, title=title, year=year)
    return LiteratureEntry(number=n, line=n, label=str(n), reference=ref)


LIST = [
    _entry(1, "ДСТУ 4808:2007. Джерела питного водопостачання. Київ, 2007.", "Джерела", 2007),
    _entry(2, "ISO 690:2021. Information and documentation. Geneva, 2021.", "Information", 2021),
    _entry(3, "Коваль О. Якість води. Київ, 2007.", "Якість води", 2007),
]


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("ДСТУ 4808:2007. С. 7.", 1),
        ("ДСТУ 4808. С. 9.", 1),
        ("ISO 690:2021, cl. 5.", 2),
        ("ISO 690:2010, cl. 5.", None),  # another edition
        ("ДСТУ 4809:2007. С. 7.", None),  # another standard
    ],
    ids=["same", "no-year", "iso", "other-edition", "other-number"],
)
def test_designation_matches_entry(raw: str, number: int | None) -> None:
    match = LiteratureIndex(LIST).match(Reference(raw=raw, line=9, end_line=9))
    assert (match.number if match else None) == number
    if match is not None:
        assert match.method == DESIGNATION


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "ISO " + "1." * (n // 2), id="dotted-number"),
        pytest.param(lambda n: "ISO/" * (n // 4) + "1", id="many-bodies"),
        pytest.param(lambda n: "ДСТУ 1. " + "С. 1" * (n // 4), id="locators"),
    ],
)
def test_designation_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(designations._DESIGNATION.finditer(text)), line)
    assert_linear(designation_only, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Аб В. " + "г" * n + " С. 1", id="long-title"),
        pytest.param(lambda n: "Аб В. Г. " * (n // 9) + "x", id="many-names"),
        pytest.param(lambda n: "Аб В. Гд" + " " * n + "С. 1", id="spaces"),
    ],
)
def test_gost_short_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: _GOST_SHORT.match(text), line)


MANUSCRIPT = """# Якість води

Нітрати не перевищують норми.[^1] Мутність теж.[^2] Методику описано.[^3] Так само.[^4]

[^1]: ДСТУ 4808:2007. С. 7.
[^2]: Там само. С. 9.
[^3]: Ткач В. І. Основи фотохімії : навч. посіб. Львів : Світ, 2010. С. 20.
[^4]: Ткач В. І. Основи фотохімії. С. 33.

## Список використаних джерел

1. ДСТУ 4808:2007. Джерела питного водопостачання. Вимоги щодо якості води. Київ :
   Держспоживстандарт України, 2007. 36 с.
2. Ткач В. І. Основи фотохімії : навч. посіб. Львів : Світ, 2010. 240 с.
"""


def test_manuscript_of_short_notes(tmp_path: Path) -> None:
    path = tmp_path / "voda.md"
    path.write_text(MANUSCRIPT, encoding="utf-8")
    doc = parse_file(path)
    linked = {fn.label: fn.literature.number if fn.literature else None for fn in doc.footnotes}
    assert linked == {"1": 1, "2": 1, "3": 2, "4": 2}
    short = doc.footnotes[3].reference
    assert (short.title, short.year, short.kind, short.pages) == (
        "Основи фотохімії",
        2010,
        RefKind.BOOK,
        "33",
    )
    findings = analyse_document(doc, {}, {})
    kinds = {f.kind for f in findings}
    assert FindingKind.MISSING_LITERATURE_ENTRY not in kinds
    assert FindingKind.DUPLICATE_CITATION not in kinds  # each repeat is already short
