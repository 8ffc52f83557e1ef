"""Numbers in parentheses that cite a numbered list in text converted from a PDF (fix64j):
``(1–3)``, ``(5, 6)``, a citation opening a row where the sentence goes on; never a year, a
count, a measure, a statistic, an equation's number, an enumeration's place or an item's
label at a row's start."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext


def _entries(count: int, year: int) -> list[str]:
    names = ["Okafor T", "Lindqvist R", "Haddad MA", "Brenner U", "Aubert JM", "Soto B"]
    names += ["Perrin L", "Ruiz K", "Dietrich H", "Albers K"]
    return [
        f"{k + 1}. {names[k % len(names)]}, Ebert M. {year + k}. Field notes on grain stores "
        f"volume {k + 3}. J Rural Stud {10 + k}:{100 + k}–{110 + k}."
        for k in range(count)
    ]


def _document(body: list[str], heading: str, entries: int = 8) -> str:
    half = len(body) // 2
    pages = [
        ["A study of grain stores", "", *body[:half], "", "1"],
        [*body[half:], "", "2"],
        [heading, "", *_entries(entries, 2001), "", "3"],
    ]
    return "\f".join("\n".join(page) for page in pages) + "\n"


_EN = [
    "Grain stores spread quickly in the valley (1–3). Farmers kept them for years.",
    "Smith (2019) counted them again; of 120 stores, 87 (72%) were full.",
    "The mean age was 41.2 (8.3) years (n = 12) and the gain was small (p < 0.05).",
    "Three things mattered: (1) cost, (2) distance and (3) trust in the keeper (4, 5).",
    "The loss follows L = a + b t (2)",
    "A second survey confirmed the role of the village",
    "(6) and of the market in the town. The loss was 3.4 (95% CI 1.2–3.4) tonnes.",
    "The keepers kept ledgers of every sack.",
    "(3) The sacks were weighed each week by two keepers.",
    "Ledgers were also kept in the town (7, 8).",
]
_DE = [
    "Kornspeicher verbreiteten sich rasch im Tal (1–3). Die Bauern hielten sie lange.",
    "Müller (2018) zählte sie erneut; von 120 Speichern waren 87 (72 %) voll.",
    "Das mittlere Alter lag bei 41,2 (8,3) Jahren (n = 12), der Gewinn war klein.",
    "Drei Dinge zählten: (1) Kosten, (2) Entfernung und (3) Vertrauen (4, 5).",
    "Der Verlust folgt L = a + b t (2)",
    "Eine zweite Erhebung bestätigte die Rolle des Dorfes",
    "(6) und des Marktes in der Stadt. Gewogen wurde wöchentlich.",
    "Die Verwalter führten über jeden Sack Buch.",
    "(3) Die Säcke wurden jede Woche von zwei Verwaltern gewogen.",
    "Auch in der Stadt wurden Bücher geführt (7, 8).",
]
_ES = [
    "Los graneros se extendieron por el valle (1–3). Los campesinos los guardaban.",
    "García (2017) los contó de nuevo; de 120 graneros, 87 (72%) estaban llenos.",
    "La edad media fue 41,2 (8,3) años (n = 12) y la ganancia fue pequeña.",
    "Tres cosas importaban: (1) el coste, (2) la distancia y (3) la confianza (4, 5).",
    "La pérdida sigue L = a + b t (2)",
    "Una segunda encuesta confirmó el papel de la aldea",
    "(6) y del mercado de la ciudad. Se pesaba cada semana.",
    "Los guardianes llevaban registro de cada saco.",
    "(3) Los sacos se pesaban cada semana por dos guardianes.",
    "También en la ciudad se llevaban registros (7, 8).",
]
_CITED = ["1", "2", "3", "4", "5", "6", "7", "8"]


@pytest.mark.parametrize(
    ("body", "heading"),
    [(_EN, "References"), (_DE, "Literatur"), (_ES, "Referencias")],
    ids=["en", "de", "es"],
)
def test_parenthesised_numbers_cite_the_numbered_list(body: list[str], heading: str) -> None:
    doc = pdftext.read(_document(body, heading))
    assert len(doc.literature) == 8
    assert [m.label for m in doc.markers] == _CITED
    assert not [a for a in doc.anomalies if "uncited" in a.code.value]


@pytest.mark.parametrize(
    ("body", "heading"),
    [(_EN, "References"), (_DE, "Literatur")],
    ids=["en", "de"],
)
def test_a_number_past_the_list_cites_nothing_of_it(body: list[str], heading: str) -> None:
    # (the list's reach: "(40)" in a list of eight is no citation of it)
    text = _document([*body, "The valley had about forty stores in all (40)."], heading)
    doc = pdftext.read(text)
    assert [m.label for m in doc.markers] == _CITED


def _cites(numbers: range) -> list[str]:
    return [f"The keepers of store {n} weighed every sack each week ({n})." for n in numbers]


@pytest.mark.parametrize(
    ("rows", "size", "expected"),
    [
        (_cites(range(1, 9)), 8, True),
        (_cites(range(1, 21)), 18, True),  # (a list's last two entries lost: read all the same)
        (_cites(range(1, 21)), 4, False),  # (a list read in part: four of twenty)
        (_cites(range(1, 31)), 9, False),
    ],
    ids=["whole", "nearly-whole", "four-of-twenty", "nine-of-thirty"],
)
def test_a_list_read_in_part_is_no_list_to_cite(rows: list[str], size: int, expected: bool) -> None:
    from bibcheck.readers.pdfparen import cites_in_parentheses  # (new in fix64j)

    assert cites_in_parentheses(rows, size) is expected
