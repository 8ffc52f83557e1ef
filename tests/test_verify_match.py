"""Reference vs registered work, field by field: what agrees, what clearly differs."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference
from bibcheck.verify.match import (
    compare,
    container_agrees,
    differences,
    number_agrees,
    pages_agree,
    ref_surnames,
    same_surname,
    title_similarity,
    year_agrees,
)
from bibcheck.verify.works import Work


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Зайцев", "Zaitsev"),
        ("Зайцев", "Zaytsev"),
        ("Юрьев", "Yuriev"),
        ("Юрьев", "Iur'ev"),
        ("Щербаков", "Shcherbakov"),
        ("Хаханов", "Khakhanov"),
        ("Müller", "Muller"),
        ("Smith", "SMITH"),
        ("Горький", "Gorkiy"),
        ("Соловьёв", "Solovyov"),
    ],
    ids=["ts-i", "ts-y", "yu", "iu-apostrophe", "shch", "kh", "umlaut", "case", "iy", "yo"],
)
def test_same_surname_across_transliterations(a: str, b: str) -> None:
    assert same_surname(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Smith", "Smyth-Jones"), ("Иванов", "Петров"), ("Lee", "Li"), ("Brown", "Browning")],
    ids=["double-barrelled", "cyrillic", "short", "prefix"],
)
def test_different_surnames(a: str, b: str) -> None:
    assert not same_surname(a, b)


@pytest.mark.parametrize(
    ("author", "surnames"),
    [
        ("Smith, J. A.", ["Smith"]),
        ("J. Smith", ["Smith"]),
        ("Иванов И. И.", ["Иванов"]),
        ("Иванов И.И.", ["Иванов"]),
        ("Smith JA", ["Smith", "JA"]),
        ("van der Berg, K.", ["van", "der", "Berg"]),
        ("John Smith", ["John", "Smith"]),
    ],
    ids=["apa", "ieee", "gost", "gost-joined", "vancouver", "particle", "full-name"],
)
def test_ref_surnames(author: str, surnames: list[str]) -> None:
    assert ref_surnames(author) == surnames


@pytest.mark.parametrize(
    ("cited", "registered", "low", "high"),
    [
        ("Cooperation in research networks", ["Cooperation in Research Networks"], 1.0, 1.0),
        ("Cooperation in research networks", ["Cooperation in research networks: a case study"],
         0.9, 1.0),
        ("«Экономика кооперации»", ["Экономика кооперации"], 1.0, 1.0),
        ("Ekonomika kooperatsii v regionakh", ["Экономика кооперации в регионах"], 0.85, 1.0),
        ("Cooperation in research networks", ["Soil bacteria of the tundra"], 0.0, 0.45),
    ],
    ids=["case", "subtitle-left-out", "quotes", "transliterated", "different"],
)  # fmt: skip
def test_title_similarity(cited: str, registered: list[str], low: float, high: float) -> None:
    score = title_similarity(cited, registered)
    assert score is not None and low <= score <= high


def test_translated_title_cannot_be_compared() -> None:
    assert title_similarity("Economics of cooperation", ["Экономика кооперации"]) is None


@pytest.mark.parametrize(
    ("cited", "registered", "agrees"),
    [
        ("J. Sci. Policy", ["Journal of Science Policy"], True),
        ("Journal of Science Policy", ["J. Sci. Policy"], True),
        ("Вопросы экономики", ["Voprosy Ekonomiki"], True),
        ("Nature", ["Science"], False),
        ("Journal of Science Policy", ["Journal of Political Economy"], False),
        (None, ["Journal"], None),
    ],
    ids=["abbreviated", "reverse", "transliterated", "different", "different-long", "none"],
)
def test_container_agrees(cited: str | None, registered: list[str], agrees: bool | None) -> None:
    assert container_agrees(cited, registered) is agrees


@pytest.mark.parametrize(
    ("cited", "registered", "agrees"),
    [
        ("45–60", "45-60", True),
        ("47", "45-60", True),
        ("С. 50–52", "45-60", True),
        ("145–160", "45-60", False),
        ("45", "45", True),
        ("e0123", "e0123", True),
        ("123-45", "123-145", True),
        (None, "45-60", None),
    ],
    ids=["range", "pinpoint", "pinpoint-range", "different", "single", "article-number",
         "abbreviated-range", "none"],
)  # fmt: skip
def test_pages_agree(cited: str | None, registered: str, agrees: bool | None) -> None:
    assert pages_agree(cited, registered) is agrees


@pytest.mark.parametrize(
    ("cited", "registered", "agrees"),
    [("12", "12", True), ("Т. 12", "12", True), ("XII", "12", True), ("13", "12", False),
     (None, "12", None)],
    ids=["same", "gost", "roman", "different", "none"],
)  # fmt: skip
def test_number_agrees(cited: str | None, registered: str, agrees: bool | None) -> None:
    assert number_agrees(cited, registered) is agrees


WORK = Work(
    source="crossref",
    doi="10.1/x",
    titles=("Cooperation in research networks",),
    authors=(("Smith", "John"),),
    years=(2019,),
    containers=("Journal of Science Policy",),
    volume="12",
    issue="3",
    pages="45-60",
)


def _ref(**fields: object) -> Reference:
    base: dict[str, object] = {
        "line": 1,
        "end_line": 1,
        "authors": ("Smith J.",),
        "title": "Cooperation in research networks",
        "year": 2019,
        "host": "Journal of Science Policy",
        "volume": "12",
        "issue": "3",
        "pages": "45–60",
    }
    base.update(fields)
    base["raw"] = f"{base['authors'][0]} {base['title']} // {base['host']}. {base['year']}."  # type: ignore[index]
    return Reference(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, []),
        ({"year": 2016}, ["year"]),
        ({"year": 2020}, []),
        ({"authors": ("Brown K.",)}, ["author"]),
        ({"volume": "14"}, ["volume"]),
        ({"pages": "145–160"}, ["pages"]),
        ({"host": "Nature"}, ["container"]),
        ({"title": "Cooperation in research teams and networks"}, ["title"]),
        ({"pages": "47"}, []),
    ],
    ids=["verified", "year", "year-plus-one", "author", "volume", "pages", "journal", "title",
         "pinpoint"],
)  # fmt: skip
def test_differences(fields: dict[str, object], expected: list[str]) -> None:
    ref = _ref(**fields)
    assert [d[0] for d in differences(ref, compare(ref, WORK))] == expected


def test_year_agrees_with_print_or_online() -> None:
    work = Work(source="crossref", years=(2018, 2019))
    assert year_agrees(2019, work) and year_agrees(2017, work) and not year_agrees(2015, work)
