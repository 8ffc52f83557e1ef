"""A law review's notes in the Bluebook-like forms a Philippine (and a United States) journal
prints, in English and Tagalog/Filipino (fix86p).  Own invented examples.

* An act by its name, maybe its short name in brackets, then its designation and number and
  the year (``Title [SHORT NAME], Republic Act No. 77 (1951)``, ``Name, Pub. L. No. 111-148,
  124 Stat. 119 (2010)``, ``Executive Order No.``, ``Presidential Decree No.``): a ``report``
  titled by its name.
* A decision's docket number after its name (``G.R. No. 123456``, ``No. 19-1234``) is no
  part of the name, reported (``300 SCRA 1 (1999)``) or dated (``June 2, 2020``).
* Tagalog ``Tingnan ang`` / ``Tingnan din ang`` (see, see also) opens a note as ``See``
  does: a volume-first treatise after it is read.
* Tagalog thesis words (``di-nalathalang tesis masteral``, ``disertasyong doktoral``) make
  a ``thesis``; ``huling na-access noong Nob. 20, 2026`` is an access date, no year of the
  work and no part of its title.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bluebook_law import designated_act
from bibcheck.parse.references.fields import find_access_date
from tests.test_regex_growth import assert_linear

R, B, T, W, A, U = (
    RefKind.REPORT,
    RefKind.BOOK,
    RefKind.THESIS,
    RefKind.WEB,
    RefKind.ARTICLE,
    RefKind.UNKNOWN,
)


def _note(text: str) -> tuple[RefKind, str | None, int | None]:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    return ref.kind, ref.title, ref.year


@pytest.mark.parametrize(
    ("text", "kind", "title", "year"),
    [
        # acts by name and number
        (
            "An Act Creating the Lake Board [LAKE CODE], Republic Act No. 4850 (1966).",
            R,
            "An Act Creating the Lake Board",
            1966,
        ),
        (
            "An Act Granting Scholarships to Nurses, Republic Act No. 7392 (1992).",
            R,
            "An Act Granting Scholarships to Nurses",
            1992,
        ),
        (
            "The Labor Code of the Philippines [LABOR CODE], Presidential Decree No. 442 (1974).",
            R,
            "The Labor Code of the Philippines",
            1974,
        ),
        (
            "The Administrative Code of 1987, Executive Order No. 292 (1987).",
            R,
            "The Administrative Code of 1987",
            1987,
        ),
        ("Clean Rivers Act, Pub. L. No. 92-500, 86 Stat. 816 (1972).", R, "Clean Rivers Act", 1972),
        # decisions with their docket numbers
        (
            "Cruz v. Court of Tax Appeals, G.R. No. 123456, 300 SCRA 1 (1999).",
            R,
            "Cruz v. Court of Tax Appeals",
            1999,
        ),
        (
            "People v. Dimaculangan, G.R. No. 234567, June 2, 2020.",
            R,
            "People v. Dimaculangan",
            2020,
        ),
        ("Doe v. Roe Holdings, No. 19-1234, 590 U.S. 11 (2020).", R, "Doe v. Roe Holdings", 2020),
        # Tagalog "see" before a volume-first treatise
        (
            "Tingnan ang 2 Jose B. Alcantara, Treatise on Property Law 40–41 (1985).",
            B,
            "Treatise on Property Law",
            1985,
        ),
        (
            "Tingnan din ang 3 Lorna C. Ibarra, Commentaries on Succession 12 (2001).",
            B,
            "Commentaries on Succession",
            2001,
        ),
        # Tagalog thesis designations
        (
            "Mario Santos-Ledesma, Land Reform in Laguna, 1972–1986 55 (2015) (di-nalathalang"
            " tesis masteral, Pamantasang Lungsod ng Maynila).",
            T,
            "Land Reform in Laguna, 1972–1986",
            2015,
        ),
        (
            "Ana Buenaflor, Batas at Lipunan 9 (2019) (di-nalathalang disertasyong doktoral,"
            " Unibersidad ng Santo Tomas).",
            T,
            "Batas at Lipunan",
            2019,
        ),
        # Tagalog access date: no year of the work, no part of the title
        (
            "Department of Agrarian Reform, Land Titles Explained, https://dar.example.ph/titles"
            " (huling na-access noong Peb. 3, 2025).",
            W,
            "Land Titles Explained",
            None,
        ),
    ],
)
def test_law_review_notes(text: str, kind: RefKind, title: str, year: int | None) -> None:
    assert _note(text) == (kind, title, year)


@pytest.mark.parametrize(
    "text",
    [
        # a name, a title, then no designation: no act
        "Carla Mendez, Act Two (1990).",
        "Ben Ocampo, The Politics of Republic Act No. 9710, 12 Phil. Pol. Rev. 3 (2012).",
        # no number after the designation
        "Some Title, Executive Order (1990).",
    ],
)
def test_designated_act_near_misses(text: str) -> None:
    assert designated_act(text) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("https://x.example.ph/a (huling na-access noong Nob. 20, 2026)", "Nob. 20, 2026"),
        ("https://x.example.ph/b (na-access noong Disyembre 1, 2024)", "Disyembre 1, 2024"),
    ],
)
def test_tagalog_access_dates(text: str, raw: str) -> None:
    found = find_access_date(text)
    assert found is not None and found.raw == raw and found.value is not None


def test_linear_designated_act() -> None:
    assert_linear(designated_act, lambda n: "An Act " * (n // 7))
    assert_linear(designated_act, lambda n: "Word [X], " * (n // 10))


@pytest.mark.parametrize(
    ("text", "kind", "title", "year"),
    [
        # near misses that read as before: an article whose title names an act or a case
        (
            "Ben Ocampo, The Politics of Republic Act No. 9710, 12 Phil. Pol. Rev. 3 (2012).",
            A,
            "The Politics of Republic Act No. 9710",
            2012,
        ),
        (
            "Ruth Lowell, Smith v. Jones Revisited, 12 Law Q. 3 (2012).",
            A,
            "Smith v. Jones Revisited",
            2012,
        ),
        ("Smith v. Jones, 12 F. 3 (1901).", R, "Smith v. Jones", 1901),
    ],
)
def test_law_review_near_misses(text: str, kind: RefKind, title: str, year: int) -> None:
    assert _note(text) == (kind, title, year)
