"""fix59a: OSCOLA/AGLC books in notes stay books, cases stay cases, italics or not.

* A book's facts in parentheses, ``(Publisher Year)``, after an italic title are its
  publisher and year, no report's number (``*Title* (Tech 3285)`` is a report):
  :func:`bibcheck.parse.references.described.described_kind`.
* A case named in italics, as OSCOLA and AGLC set it, is a case however it starts:
  ``*Re X*``, ``*In re X*``, ``*Ex parte X*``, an admiralty ship ``*The X*``, as ``*A v B*``
  always was (:mod:`bibcheck.parse.references.legal`).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

BOOKS = [
    (
        "Andrew Burrows, *A Restatement of the English Law of Contract* (2nd edn, OUP 2020) 45.",
        "A Restatement of the English Law of Contract",
        ("Andrew Burrows",),
        2020,
    ),
    (
        "Jane Smith, *Property Law* (Hart Publishing 2015) 12.",
        "Property Law",
        ("Jane Smith",),
        2015,
    ),
    ("Jane Smith, Property Law (Hart Publishing 2015) 12.", "Property Law", ("Jane Smith",), 2015),
    ("Ann Lee, *Law of the Sea* (Hart 2015).", "Law of the Sea", ("Ann Lee",), 2015),
    ("Kate Ng, *Torts* (Federation Press 2021) 101.", "Torts", ("Kate Ng",), 2021),
    ("Kate Ng, *Torts* (Federation Press, 2nd ed, 2021) 101.", "Torts", ("Kate Ng",), 2021),
    (
        "Ben Ortiz and Lia Chen, *Land Law* (Palgrave Macmillan 2018) 9–10.",
        "Land Law",
        ("Ben Ortiz", "Lia Chen"),
        2018,
    ),
    ("Tom Reyes, *Trusts* (Sweet & Maxwell, London 2021) 8.", "Trusts", ("Tom Reyes",), 2021),
]


@pytest.mark.parametrize("note", [True, False], ids=["note", "list"])
@pytest.mark.parametrize(("text", "title", "authors", "year"), BOOKS)
def test_oscola_books_are_books(
    text: str, title: str, authors: tuple[str, ...], year: int, note: bool
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=note)
    assert (ref.kind, ref.title, ref.authors, ref.year) == (RefKind.BOOK, title, authors, year)


CASES = [
    ("R v Smith [2001] UKHL 4.", "R v Smith", 2001),
    ("*R v Smith* [2001] UKHL 4.", "R v Smith", 2001),
    ("*Donoghue v Stevenson* [1932] AC 562.", "Donoghue v Stevenson", 1932),
    ("Re Diplock [1948] Ch 465.", "Re Diplock", 1948),
    ("*Re Diplock* [1948] Ch 465.", "Re Diplock", 1948),
    ("_Re Diplock_ [1948] Ch 465.", "Re Diplock", 1948),
    ("*In re Hallett's Estate* (1880) 13 Ch D 696.", "In re Hallett's Estate", 1880),
    ("*Ex parte Pinochet (No 2)* [2000] 1 AC 119, 132.", "Ex parte Pinochet (No 2)", 2000),
    ("*Re B (A Child)* [2013] UKSC 33.", "Re B (A Child)", 2013),
    ("*The Tubantia* [1924] P 78.", "The Tubantia", 1924),
    ("*Mabo v Queensland (No 2)* (1992) 175 CLR 1.", "Mabo v Queensland (No 2)", 1992),
    ("Mabo v Queensland (No 2) (1992) 175 CLR 1.", "Mabo v Queensland (No 2)", 1992),
    ("*In re Grant*, 123 F.3d 456 (2d Cir. 1999).", "In re Grant", 1999),
]


@pytest.mark.parametrize(("text", "title", "year"), CASES)
def test_cases_stay_cases(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.kind, ref.style, ref.title, ref.authors, ref.year) == (
        RefKind.REPORT,
        "legal",
        title,
        (),
        year,
    )


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        # a report's number after an italic title stays a report's
        ("Amy Bell, *Harbour Report* (Tech 3285).", RefKind.REPORT, "Harbour Report"),
        (
            "Bell, A. (2019). *Harbour guidelines* (NIST SP 800-53). Agency.",
            RefKind.REPORT,
            "Harbour guidelines",
        ),
        # an article in OSCOLA stays an article
        (
            "Paul Craig, 'Theory and Values in Public Law' [2005] PL 440.",
            RefKind.ARTICLE,
            "Theory and Values in Public Law",
        ),
        # a body's own publication under its name is its report, its imprint and all
        (
            "Home Office, *Crime Outcomes* (Home Office 2019) 12.",
            RefKind.REPORT,
            "Crime Outcomes",
        ),
        (
            "World Health Organization, *Guidelines on Water* (WHO 2017) 4.",
            RefKind.REPORT,
            "Guidelines on Water",
        ),
        # a title that starts with "Re" is no case without a report after it
        ("Dan Ames, *Re Thinking Torts* (OUP 2019) 3.", RefKind.BOOK, "Re Thinking Torts"),
    ],
)
def test_other_kinds_unchanged(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.kind, ref.title) == (kind, title)


def test_markdown_oscola_notes(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "essay.md"
    path.write_text(
        "# Essay\n\n"
        "Contract was restated.[^1] Public law differs.[^2] Tracing began.[^3] "
        "Property is complex.[^4] Native title was recognised.[^5]\n\n"
        "[^1]: Andrew Burrows, *A Restatement of the English Law of Contract* "
        "(2nd edn, OUP 2020) 45.\n"
        "[^2]: Paul Craig, 'Theory and Values in Public Law' [2005] PL 440.\n"
        "[^3]: *Re Diplock* [1948] Ch 465.\n"
        "[^4]: Jane Smith, *Property Law* (Hart Publishing 2015) 12.\n"
        "[^5]: *Mabo v Queensland (No 2)* (1992) 175 CLR 1.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    got = [(f.reference.kind, f.reference.title) for f in doc.footnotes if f.reference]
    assert got == [
        (RefKind.BOOK, "A Restatement of the English Law of Contract"),
        (RefKind.ARTICLE, "Theory and Values in Public Law"),
        (RefKind.REPORT, "Re Diplock"),
        (RefKind.BOOK, "Property Law"),
        (RefKind.REPORT, "Mabo v Queensland (No 2)"),
    ]
