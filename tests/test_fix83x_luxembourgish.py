"""Fix 83x: Luxembourgish (and Latvian) reference lists.

- co-authors joined by Luxembourgish "an" or Latvian "un" ("Kremer, Paul an Nathalie
  Schmit. 2011.", "Paul Kremer an Nathalie Schmit, *Title*"): both people, never the German
  preposition or the English article of a title (:mod:`.chicago`, :mod:`.shared`);
- an act filed under its heading with its year a sentence of its own ("Loi du … sur X.
  1984. Mémorial A n° 16 …") is titled by the heading alone; Luxembourg's "Règlement
  grand-ducal" is a statute, its "Mémorial A" a gazette (:mod:`.headed_act`,
  :mod:`.legal_words`, :mod:`.french_notes`);
- a Luxembourgish thesis ("Doktoraarbecht", "Masteraarbecht") is a thesis (:mod:`.thesis`);
- a page's access date in Luxembourgish ("Gekuckt den 12. Oktober 2026") is no year of the
  page's (:mod:`.fields`).

Own invented examples; near-misses must keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind, ThesisType
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.headed_act import act_heading
from bibcheck.parse.references.shared import split_people
from tests.test_regex_growth import assert_linear


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True)


# entry -> the authors read
CO_AUTHORS: dict[str, tuple[str, ...]] = {
    "Kremer, Paul an Nathalie Schmit. 2011. „Sprooch am Alldag“. Zeitschrift fir Sprooch 2: 3–19.": (
        "Kremer, Paul",
        "Nathalie Schmit",
    ),
    "Kremer, Paul, Anne Weis an Nathalie Schmit. 2011. Sprooch am Alldag. Lëtzebuerg: Binsfeld.": (
        "Kremer, Paul",
        "Anne Weis",
        "Nathalie Schmit",
    ),
    "Thill, Marc an Jean Paul Hoffmann. 2004. Dialekter am Norden. Lëtzebuerg: Binsfeld.": (
        "Thill, Marc",
        "Jean Paul Hoffmann",
    ),
    "Bērziņš, Jānis un Anna Kalniņa. 2015. Valoda un sabiedrība. Rīga: Zinātne.": (
        "Bērziņš, Jānis",
        "Anna Kalniņa",
    ),
    "Paul Kremer an Nathalie Schmit, Sprooch am Alldag (Lëtzebuerg: Binsfeld, 2011), 12.": (
        "Paul Kremer",
        "Nathalie Schmit",
    ),
    "Paul Kremer, Anne Weis an Nathalie Schmit, „Sprooch am Alldag“, Zeitschrift fir "
    "Sprooch 2 (2011): 3–19.": ("Paul Kremer", "Anne Weis", "Nathalie Schmit"),
    # near-misses: the German preposition and the English article in a title
    "Weber, Karl. 1990. Briefe an Hans Roth. Berlin: Aufbau.": ("Weber, Karl",),
    "Weber, Karl. 1990. An Introduction to Luxembourgish. London: Routledge.": ("Weber, Karl",),
    "Karl Weber, Briefe an Hans Roth (Berlin: Aufbau, 1990), 12.": ("Karl Weber",),
    "Karl Weber, Briefe an Hans Roth, Berlin 1990, S. 12.": ("Karl Weber",),
}


@pytest.mark.parametrize("text", list(CO_AUTHORS))
def test_co_authors_joined_by_an(text: str) -> None:
    assert _read(text).authors == CO_AUTHORS[text]


def test_title_after_an_names() -> None:
    ref = _read("Kremer, Paul an Nathalie Schmit. 2011. *Sprooch am Alldag*. Lëtzebuerg: Binsfeld.")
    assert ref.title == "Sprooch am Alldag"
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Paul Kremer an Nathalie Schmit", ("Paul Kremer", "Nathalie Schmit")),
        ("Jānis Bērziņš un Anna Kalniņa", ("Jānis Bērziņš", "Anna Kalniņa")),
        # (a body's name: the preposition before a small word)
        ("Hochschule an der Saar", ("Hochschule an der Saar",)),
    ],
)
def test_split_people_at_an(text: str, people: tuple[str, ...]) -> None:
    assert split_people(text) == people


# entry -> (title, year, kind)
ACTS: dict[str, tuple[str, int, RefKind]] = {
    "Loi du 2 mars 1990 sur les langues officielles. 1990. Mémorial A n° 7 vum 5. Mäerz 1990.": (
        "Loi du 2 mars 1990 sur les langues officielles",
        1990,
        RefKind.REPORT,
    ),
    "Règlement grand-ducal du 9 mai 2001 portant organisation des cours de langue. 2001. "
    "Mémorial A n° 58 vum 18. Mee 2001.": (
        "Règlement grand-ducal du 9 mai 2001 portant organisation des cours de langue",
        2001,
        RefKind.REPORT,
    ),
    "Règlement grand-ducal du 3 juin 2010 relatif aux examens, Mémorial A n° 95 du 14 juin "
    "2010, p. 1670.": (
        "Règlement grand-ducal du 3 juin 2010 relatif aux examens",
        2010,
        RefKind.REPORT,
    ),
    "Arrêté grand-ducal du 12 mars 2002 fixant le programme. 2002. Mémorial A n° 30 vum 20. "
    "Mäerz 2002.": ("Arrêté grand-ducal du 12 mars 2002 fixant le programme", 2002, RefKind.REPORT),
    "Loi modifiée du 6 juin 1994 sur la nationalité. 1994. Mémorial A n° 50.": (
        "Loi modifiée du 6 juin 1994 sur la nationalité",
        1994,
        RefKind.REPORT,
    ),
    "Arrêté royal du 8 mars 1993 portant exécution de la loi scolaire. 1993. Moniteur belge, "
    "12 mars 1993.": (
        "Arrêté royal du 8 mars 1993 portant exécution de la loi scolaire",
        1993,
        RefKind.REPORT,
    ),
    "Loi du 2 mars 1990 sur les langues officielles, Mémorial A n° 7 du 5 mars 1990.": (
        "Loi du 2 mars 1990 sur les langues officielles",
        1990,
        RefKind.REPORT,
    ),
}


@pytest.mark.parametrize("text", list(ACTS))
def test_act_filed_under_heading(text: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.year, ref.kind) == ACTS[text]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "Loi du 2 mars 1990 sur les cultes. 1990. Mémorial A n° 7.",
            "Loi du 2 mars 1990 sur les cultes",
        ),
        (
            "Règlement grand-ducal du 9 mai 2001 portant statut. 2001. Mémorial A.",
            "Règlement grand-ducal du 9 mai 2001 portant statut",
        ),
        # near-misses: a year inside the heading's sentence; a body's rules, no statute
        (
            "Loi du 2 mars 1990 sur les élections de 1989. Mémorial A.",
            "Loi du 2 mars 1990 sur les élections de 1989",
        ),
        ("Règlement intérieur de 2019. Luxembourg: Chambre.", None),
    ],
)
def test_act_heading_stops(text: str, heading: str | None) -> None:
    assert act_heading(text) == heading


# near-misses: a person's book whose title opens with "Loi", a body's rules
NOT_ACTS: dict[str, tuple[str, RefKind]] = {
    "Kremer, Paul. 2019. Loi et langue au Luxembourg. Lëtzebuerg: Binsfeld.": (
        "Loi et langue au Luxembourg",
        RefKind.BOOK,
    ),
}


@pytest.mark.parametrize("text", list(NOT_ACTS))
def test_not_an_act(text: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.kind) == NOT_ACTS[text]


# entry -> the degree
THESES: dict[str, ThesisType | None] = {
    "Wagner, Lisa. 2020. „Sprooch an der Schoul“. Doktoraarbecht, Universitéit Lëtzebuerg.": (
        ThesisType.DOCTORAL
    ),
    "Wagner, Lisa. 2020. „Sprooch an der Schoul“. Doktorarbecht, Universitéit Lëtzebuerg.": (
        ThesisType.DOCTORAL
    ),
    "Wagner, Lisa. 2020. „Sprooch an der Schoul“. Masteraarbecht, Universitéit Lëtzebuerg.": (
        ThesisType.MASTERS
    ),
    "Wagner, Lisa. 2020. „Sprooch an der Schoul“. Bachelor-Aarbecht, Universitéit Lëtzebuerg.": (
        ThesisType.OTHER
    ),
}


@pytest.mark.parametrize("text", list(THESES))
def test_luxembourgish_thesis(text: str) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.THESIS
    assert ref.thesis_type is THESES[text]
    assert ref.title == "Sprooch an der Schoul"


def test_article_on_a_thesis_stays_an_article() -> None:
    ref = _read(
        "Wagner, Lisa. 2020. „Doktoraarbechten am Ausland“. Zeitschrift fir Sprooch 3 (2): 5–9."
    )
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    ("text", "year", "accessed"),
    [
        (
            "Lëtzebuerger Wierderbuch (LWB). 2024. Uni Lëtzebuerg. Gekuckt den 3. Mäerz 2026. "
            "https://lwb.example.lu/.",
            2024,
            "2026-03-03",
        ),
        (
            "Sproochatlas online. 2023. Uni Lëtzebuerg. Ofgeruff den 14. Juli 2025. "
            "https://atlas.example.lu/.",
            2023,
            "2025-07-14",
        ),
    ],
)
def test_luxembourgish_access_date(text: str, year: int, accessed: str) -> None:
    ref = _read(text)
    assert ref.year == year
    assert ref.access_date is not None and ref.access_date.isoformat() == accessed


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(
            _read, lambda n: "Kremer, Paul" + " an Anne Weis" * (n // 13) + ". 2011. T.", id="an"
        ),
        pytest.param(
            split_people, lambda n: "Paul Kremer" + " an A" * (n // 5), id="split-an"
        ),
        pytest.param(
            act_heading, lambda n: "Loi du 2 mars 1990 sur" + " X. 1990" * (n // 8), id="act"
        ),
        pytest.param(_read, lambda n: "X. 2020. " + "Gekuckt den " * (n // 12) + "1", id="access"),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)


# entry -> the title of a German or Luxembourgish act dated with "vom" / "vum"
GERMAN_ACTS: dict[str, str] = {
    "Gesetz vum 2. Mäerz 1990 iwwer d'Sproochen. 1990. Mémorial A n° 7.": (
        "Gesetz vum 2. Mäerz 1990 iwwer d'Sproochen"
    ),
    "Gesetz vom 2. März 1990 über die Amtssprachen. BGBl. I S. 88.": (
        "Gesetz vom 2. März 1990 über die Amtssprachen"
    ),
    "Verordnung vom 5. Juli 2011 zur Änderung der Verordnung vom 1. Mai 2003. BGBl. I S. 9.": (
        "Verordnung vom 5. Juli 2011 zur Änderung der Verordnung vom 1. Mai 2003"
    ),
    "Verordnung vom 5. Juli 2011 über die Prüfung nach Nr. 4 der Ordnung. Amtsblatt Nr. 3.": (
        "Verordnung vom 5. Juli 2011 über die Prüfung nach Nr. 4 der Ordnung"
    ),
    "Groussherzoglecht Reglement vum 9. Mee 2001 iwwer d'Coursen. 2001. Mémorial A n° 58.": (
        "Groussherzoglecht Reglement vum 9. Mee 2001 iwwer d'Coursen"
    ),
    # near-misses: no subject after the date; the subject after a comma is a provision
    "Gesetz vom 2. März 1990, BGBl. I S. 88.": "Gesetz vom 2. März 1990",
    "Gesetz vom 2. März 1990 über die Schulen, Art. 5.": "Gesetz vom 2. März 1990 über die Schulen",
}


@pytest.mark.parametrize("text", list(GERMAN_ACTS))
def test_german_act_keeps_its_subject(text: str) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.REPORT
    assert ref.title == GERMAN_ACTS[text]


def test_book_on_an_act_stays_a_book() -> None:
    ref = _read("Müller, K. (2010). Gesetz vom 3. Mai 2009 über Schulen. Kommentar. München: Beck.")
    assert ref.kind is RefKind.BOOK
    assert ref.authors == ("Müller, K.",)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Gesetz vom 2. März 1990 über" + " 3. Mai" * (n // 7) + "!",
        lambda n: "Gesetz vom 2. März 1990 über" + " Nr. 5" * (n // 6) + ". 1990.",
        lambda n: "Gesetz vom 2. März 1990 über a" + ".b" * (n // 2),
    ],
    ids=["days", "numbers", "dots"],
)
def test_german_subject_linear(line: Callable[[int], str]) -> None:
    assert_linear(_read, line)
