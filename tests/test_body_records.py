"""A public body's own record (its yearly report, its online database) cited in a note is no
missing literature entry when the list holds scholarly works alone; a list that holds such a
record lists them, and a scholarly work missing from any list is still reported.  Own text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references.bodydata import body_record
from bibcheck.parse.references.courtcite import court_or_act
from tests.test_regex_growth import assert_linear


def _ref(authors: tuple[str, ...], title: str, kind: RefKind = RefKind.BOOK) -> Reference:
    raw = f"{', '.join(authors)}, {title}."
    return Reference(raw=raw, line=1, end_line=1, kind=kind, authors=authors, title=title)


@pytest.mark.parametrize(
    ("authors", "title", "record"),
    [
        (("Consejo Superior de Aguas",), "Memoria del año 2021", True),
        (("Port Authority of Lowton",), "Annual Report 2020–21", True),
        (("Landesamt für Forsten",), "Jahresbericht 2018", True),
        (("Ministère de la Mer",), "Rapport annuel 2019", True),
        (("Statistical Office of the Region",), "Regional Statistical Yearbook", True),
        (("National Heritage Agency",), "Register of Listed Buildings database", True),
        (("Instituto de Montes",), "Base de datos forestal", True),
        (("กรมป่าไม้",), "ฐานข้อมูลพื้นที่ป่า", True),
        (("กระทรวงการคลัง",), "รายงานประจำปี 2565", True),
        # a person's database or yearbook is literature
        (("Weber, Anna",), "A Database of Medieval Charters", False),
        (("Moreno, Luis",), "Memoria del año 1921", False),
        # a body's other works (a guideline, a policy) are not its records
        (("Ministry of Coastal Affairs",), "Guidelines on Dune Protection", False),
        (("Instituto de Montes",), "Manual de repoblación", False),
        # two authors are people, not a body
        (("Council, Ann", "Board, Tim"), "Annual Report", False),
        (("Port Authority of Lowton",), "", False),
    ],
)
def test_body_record(authors: tuple[str, ...], title: str, record: bool) -> None:
    assert body_record(_ref(authors, title)) is record


_DOC = """# Water rights

Claims rose sharply after the drought.[^1] The doctrine is older.[^2]

[^1]: According to the council's own figures, {record}

[^2]: {scholarly}

## Bibliography

Lind, Petra. *Water and the Courts*. Leeds: Rowan Press, 2015.

{listed}
"""

_RECORD = "see Water Council of Norland, *Annual Report 2022*, Ostby, 2023, p. 41."
_DATABASE = (
    'Water Council of Norland, "Register of Abstraction Licences database," accessed 4 May '
    "2024, https://www.example.gov/licences."
)
_LISTED_BOOK = "Lind, Petra, *Water and the Courts* (Leeds: Rowan Press, 2015), 12."
_MISSING_BOOK = "Hale, Oskar, *Rivers in Dispute* (York: Fenwick, 2011), 88."
_OTHER_RECORD = "Coastal Agency of Norland. *Annual Report 2019*. Ostby, 2020."
_OTHER_BOOK = "Hale, Oskar. *Rivers in Dispute*. York: Fenwick, 2011."


@pytest.mark.parametrize(
    ("record", "scholarly", "listed", "missing"),
    [
        pytest.param(_RECORD, _LISTED_BOOK, "", set(), id="yearly-report-scholarly-list"),
        pytest.param(_DATABASE, _LISTED_BOOK, "", set(), id="database-page-scholarly-list"),
        pytest.param(
            _RECORD, _LISTED_BOOK, _OTHER_RECORD, {"1"}, id="a-list-holding-reports-misses-one"
        ),
        pytest.param(
            _DATABASE, _LISTED_BOOK, _OTHER_RECORD, {"1"}, id="a-list-holding-records-misses-one"
        ),
        pytest.param(_RECORD, _MISSING_BOOK, "", {"2"}, id="a-scholarly-book-still-missing"),
        pytest.param(
            _RECORD, _MISSING_BOOK, _OTHER_RECORD, {"1", "2"}, id="both-missing-from-full-list"
        ),
        pytest.param(
            _RECORD, _OTHER_BOOK, _OTHER_BOOK, set(), id="record-exempt-other-book-listed"
        ),
    ],
)
def test_a_body_record_missing_from_the_list(
    record: str, scholarly: str, listed: str, missing: set[str]
) -> None:
    text = _DOC.format(record=record, scholarly=scholarly, listed=listed)
    doc = parse_bytes(text.encode(), "water.md")
    got = {a.footnote for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_MISSING}
    assert got == missing


@pytest.mark.parametrize(
    "title",
    [
        pytest.param(lambda n: "memoria " * (n // 8), id="memoria-without-year"),
        pytest.param(lambda n: "annual " * (n // 7), id="annual-without-report"),
        pytest.param(lambda n: "base de " * (n // 8), id="base-de-without-datos"),
        pytest.param(lambda n: "กรม" * (n // 3), id="thai-body-words"),
    ],
)
def test_body_record_is_linear(title: Callable[[int], str]) -> None:
    assert_linear(lambda t: body_record(_ref(("Water Council of Norland",), t)), title)


@pytest.mark.parametrize(
    ("note", "authority"),
    [
        (
            "Harbour Levy (Scotland) Bill – Reference by the Lord Advocate [2016] UKSC 9, para 12.",
            True,
        ),
        (
            "R (Dunmore) v Home Secretary; Pike v Lord Chancellor [2018] UKSC 14, [2019] AC 88.",
            True,
        ),
        ("Re an Application by the Board [2011] EWCA Civ 402 [33].", True),
        ("Tamworth Estates Ltd [2009] EWHC 77 (Ch).", True),
        ("Deddf Tai (Cymru) 2014, a. 2.", True),
        ("Mesur Addysg (Cymru) 2009.", True),
        ("Gorchymyn Priffyrdd 2018, erth. 4.", True),
        ("Anna Borg vs Kummissarju tat-Taxxa, Qorti tal-Appell, 3 ta' Mejju 2017, para. 8.", True),
        ("Lowe v. Harbour Board, Supreme Court of Appeal, 12 June 2015.", True),
        # a journal cited by its year, a book, an article on a case: literature
        ("Jane Roe, “Courts and the Coast” [2004] Public Law 78, 81.", False),
        ("Jane Roe, “Courts and the Coast” [2004] CLJ 45.", False),
        ("Peter Grey, Nature vs Nurture, Court of Opinion (London: Ash, 2001), 4.", False),
        ("Peter Grey, The Welsh Courts (Cardiff: Deri Press, 2014), 12.", False),
        ("Deddfwriaeth a Chymdeithas yng Nghymru (Caerdydd: Gwasg Deri, 2012), t. 5.", False),
    ],
)
def test_court_or_act(note: str, authority: bool) -> None:
    assert court_or_act(note) is authority


_CASES = """# Devolved powers

The court read the test narrowly.[^1] Commentators disagree.[^2]

[^1]: {case}

[^2]: {scholarly}

## Bibliography

Lind, Petra, *Powers and Courts* (Leeds: Rowan Press, 2015).

{listed}
"""

_CASE = "Harbour Levy (Scotland) Bill – Reference by the Lord Advocate [2016] UKSC 9, para 12."
_ACT = "Deddf Tai (Cymru) 2014, a. 2."
_LISTED_CASE = "Tamworth Estates Ltd v Ash [2009] EWHC 77 (Ch)."


@pytest.mark.parametrize(
    ("case", "scholarly", "listed", "missing"),
    [
        pytest.param(_CASE, _LISTED_BOOK.replace("Water", "Powers"), "", set(), id="case"),
        pytest.param(_ACT, _LISTED_BOOK.replace("Water", "Powers"), "", set(), id="welsh-act"),
        pytest.param(_CASE, _MISSING_BOOK, "", {"2"}, id="a-scholarly-book-still-missing"),
        pytest.param(
            _CASE,
            _LISTED_BOOK.replace("Water", "Powers"),
            _LISTED_CASE,
            {"1"},
            id="a-list-holding-cases-misses-one",
        ),
    ],
)
def test_an_authority_missing_from_the_list(
    case: str, scholarly: str, listed: str, missing: set[str]
) -> None:
    text = _CASES.format(case=case, scholarly=scholarly, listed=listed)
    doc = parse_bytes(text.encode(), "powers.md")
    got = {a.footnote for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_MISSING}
    assert got == missing


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(lambda n: "a v " * (n // 4), id="many-vs"),
        pytest.param(lambda n: "[2016] " * (n // 7), id="bracketed-years"),
        pytest.param(lambda n: "Deddf " + "a " * (n // 2), id="welsh-words"),
        pytest.param(lambda n: "A vs B, " + "Court " * (n // 6), id="court-words"),
    ],
)
def test_court_or_act_is_linear(note: Callable[[int], str]) -> None:
    assert_linear(court_or_act, note)
