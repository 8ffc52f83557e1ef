"""Albanian humanities notes (round 82): a chapter "në" (in) an edited volume with its
editors' "(red.)"; a thesis by its Albanian designation ("disertacion doktorature", "tezë
masteri", "punim diplome"); an initial of two letters ("Sh.", "Gj."); the articles of a code
or a table cited after the year ("nenet 898–901", "tabela 4.2"); Albanian places of
publication; a body's annual report ("Raporti vjetor 2022") and statistics of a year
("Statistikat e … 2022"); a treaty by its title followed by its adoption ("miratuar më …"),
in the Balkans' other languages too.  Invented examples."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind, ThesisType
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.locus import passage_only
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.thesis import designation
from bibcheck.parse.references.treaty_title import adopted_treaty
from tests.growth import growth


def _note(text: str) -> object:
    return parse_reference(text, [0], note=True, detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "B. Leka, «Burgjet e grave në Shqipëri: një histori e shkurtër», në A. Hoxha, "
            "E. Duka (red.), Studime për penologjinë, Botimet Toena, Tiranë, 2019, f. 33–58.",
            "Burgjet e grave në Shqipëri: një histori e shkurtër",
        ),
        (
            "D. Marku, “Fëmijët në rrugë”, Në: K. Basha (ed.), Shoqëria dhe ligji, Onufri, "
            "Tiranë, 2016, f. 5–19.",
            "Fëmijët në rrugë",
        ),
    ],
)
def test_chapter_in(text: str, title: str) -> None:
    ref = _note(text)
    assert ref.kind is RefKind.CHAPTER  # type: ignore[attr-defined]
    assert ref.title == title  # type: ignore[attr-defined]


def test_polish_chapter_stays_polish() -> None:
    # (near-miss: a Polish chapter with "red." keeps the Polish reading)
    ref = _note("J. Nowak, Sądy dla nieletnich, [w:] A. Lis (red.), Prawo, Kraków 2011, s. 4–9.")
    assert ref.kind is RefKind.CHAPTER  # type: ignore[attr-defined]
    assert ref.title == "Sądy dla nieletnich"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Vrasjet në familje, disertacion doktorature, Universiteti i Tiranës, 2020.", "d"),
        ("Vrasjet në familje, Disertacioni i doktoraturës, Universiteti i Tiranës.", "d"),
        ("Vrasjet në familje, tezë doktorature, Universiteti i Shkodrës, 2020.", "d"),
        ("Vrasjet në familje, tezë masteri, Universiteti i Prishtinës, 2018.", "m"),
        ("Vrasjet në familje, punim diplome, Universiteti i Elbasanit, 2011.", "o"),
        ("Семейното насилие, дисертационен труд, Софийски университет, 2015.", "d"),
        ("Violența în familie, lucrare de disertație, Universitatea din Iași, 2017.", "m"),
        ("Violența în familie, lucrare de licență, Universitatea din Iași, 2014.", "o"),
    ],
)
def test_thesis_designation(text: str, degree: str) -> None:
    found = designation(text)
    want = {"d": ThesisType.DOCTORAL, "m": ThesisType.MASTERS, "o": ThesisType.OTHER}[degree]
    assert found is not None and found.degree is want


@pytest.mark.parametrize(
    "text",
    [
        # (near-misses: the words inside a title, no designation of its own)
        "Disertacioni si zhanër letrar, Tiranë, 2019.",
        "Punimet e diplomacisë shqiptare, Tiranë, 2019.",
    ],
)
def test_no_thesis(text: str) -> None:
    assert designation(text) is None


def test_thesis_note() -> None:
    ref = _note(
        "A. Dervishi, Drejtësia për të miturit në Kosovë, tezë masteri, Universiteti i "
        "Prishtinës, 2019."
    )
    assert ref.kind is RefKind.THESIS  # type: ignore[attr-defined]
    assert ref.title == "Drejtësia për të miturit në Kosovë"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # (an initial of two letters; the articles of a code after the year)
        ("Sh. Kelmendi, Zakonet e maleve, Shkodër, 1936, nenet 12–20.", "Zakonet e maleve", 1936),
        ("Gj. Pali, Këngët e kreshnikëve, Tiranë, 1958, f. 7.", "Këngët e kreshnikëve", 1958),
        ("Dh. Lami, Udhëtime në jug, Gjirokastër, 1971.", "Udhëtime në jug", 1971),
        (
            "M. Conti, Il codice delle consuetudini, Bologna, 1933, artt. 12–20.",
            "Il codice delle consuetudini",
            1933,
        ),
        ("Α. Παππάς, Η ιστορία του λιμανιού, Θεσσαλονίκη, 1998.", "Η ιστορία του λιμανιού", 1998),
    ],
)
def test_book(text: str, title: str, year: int) -> None:
    ref = _note(text)
    assert ref.kind is RefKind.BOOK  # type: ignore[attr-defined]
    assert ref.title == title  # type: ignore[attr-defined]
    assert ref.year == year  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["Tiranë", "Shkodër", "Prishtinë", "Θεσσαλονίκη", "Iași"])
def test_places(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Drejtoria e Burgjeve, Raporti vjetor 2021, Tiranë, 2022, f. 3–9.",
            "Raporti vjetor 2021",
            2022,
        ),
        (
            "INSTAT, Statistikat e arsimit 2020, Tiranë, 2021, tabela 3.1.",
            "Statistikat e arsimit 2020",
            2021,
        ),
        ("INSTAT, Statistikat e arsimit 2020, Tiranë, 2021.", "Statistikat e arsimit 2020", 2021),
        (
            "ISTAT, Statistiche giudiziarie 2020, Roma, 2021, tab. 3.1.",
            "Statistiche giudiziarie 2020",
            2021,
        ),
    ],
)
def test_body_report(text: str, title: str, year: int) -> None:
    ref = _note(text)
    assert ref.kind is RefKind.REPORT  # type: ignore[attr-defined]
    assert ref.title == title  # type: ignore[attr-defined]
    assert ref.year == year  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("INSTAT, Statistikat e arsimit 2020, Tiranë, 2021, tabela 3.1.", False),
        ("Strabon, Gjeografia 7.5.8.", True),  # (near-miss: a canonical passage stays one)
    ],
)
def test_passage(text: str, only: bool) -> None:
    assert passage_only(text) is only


@pytest.mark.parametrize(
    "text",
    [
        "Kombet e Bashkuara, «Konventa për të drejtat e personave të moshuar», miratuar më 3 "
        "maj 2030, neni 4.",
        "Këshilli i Evropës, «Konventa për mbrojtjen e fëmijëve», nënshkruar më 5 maj 2031.",
        "Ηνωμένα Έθνη, «Σύμβαση για την προστασία των φάρων», υιοθετήθηκε στις 3 Μαΐου 2030.",
        "United Nations, “Convention on the Rights of Lighthouse Keepers”, adopted 3 May 2030,"
        " art. 4.",
    ],
)
def test_adopted_treaty(text: str) -> None:
    ref = _note(text)
    assert ref.kind is RefKind.REPORT  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # (near-misses: an article about a treaty; a journal whose name opens with the word)
        "J. Smith, “Convention on the Rights of Lighthouse Keepers”, Journal of Law, 12, 2031, 4–9.",
        "United Nations, “Convention on the Rights of Lighthouse Keepers”, Adopted Papers, 20 "
        "(2031).",
    ],
)
def test_not_adopted_treaty(text: str) -> None:
    assert _note(text).kind is not RefKind.REPORT  # type: ignore[attr-defined]


def test_adopted_after_title_only() -> None:
    assert not adopted_treaty("X, «Konventa për paqen», Tiranë, 2001.", "Konventa për paqen")


@pytest.mark.parametrize("unit", ["Sh. ", "nenet 1–2, ", "tabela 4.2, ", "«Konventa për ", "në "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: _note("Sh. Gj. Lami, " + unit * n + " Tiranë, 1999."), 60, 240) < 6
