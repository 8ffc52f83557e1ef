"""Fix 48l: cases cited with a law report of any common-law or mixed system, and statutes
numbered "Act 120 of 1998", "Ley 99 de 1993" or "Ley N.º 29338, Ley de …", are authorities:
their name (with the number and year an Act is known by) is the title, the provision is a
locator, no author, and a note citing one demands no list entry.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind
from bibcheck.parse.references import legal, parse_reference
from tests.test_regex_growth import assert_linear

CASES = [
    # South Africa: year, (volume), report, page, (court)
    (
        "Tshabalala v Minister of Home Affairs 2011 (2) SA 112 (CC).",
        "Tshabalala v Minister of Home Affairs",
        2011,
    ),
    (
        "Mokoena and Others v Ndlovu NO 2008 (4) SA 501 (SCA), para 12.",
        "Mokoena and Others v Ndlovu NO",
        2008,
    ),
    ("Dube v Sithole 1987 (1) SA 77 (A).", "Dube v Sithole", 1987),
    # India: AIR and the SCC with the year in parentheses after a comma
    (
        "Ramesh Kumar v. State of Punjab, AIR 1984 SC 1201, para 7.",
        "Ramesh Kumar v. State of Punjab",
        1984,
    ),
    ("Meera Devi v Union of India, (2016) 8 SCC 412.", "Meera Devi v Union of India", 2016),
    # Canada in French: "c." and a neutral citation
    ("Tremblay c. Gagnon, 2019 CSC 14, par 40.", "Tremblay c. Gagnon", 2019),
    # "In re" and "Ex parte" with a report
    ("In re Estate of Holloway (1999) 72 Cal.App.4th 1.", "In re Estate of Holloway", 1999),
    ("Ex parte Whitcombe, 212 U.S. 17 (1909).", "Ex parte Whitcombe", 1909),
    # the European Case Law Identifier
    ("Moreau c. Ville de Lyon, ECLI:FR:CCASS:2018:C100234.", "Moreau c. Ville de Lyon", 2018),
    # (the forms read before stay read)
    ("Donoghue v Stevenson [1932] AC 562 (HL).", "Donoghue v Stevenson", 1932),
    ("Smith v Jones [2004] UKHL 22.", "Smith v Jones", 2004),
]


@pytest.mark.parametrize(("text", "title", "year"), CASES)
def test_case_is_an_authority(text: str, title: str, year: int) -> None:
    assert legal.cites_authority(text)
    ref = parse_reference(text, (1,), note=True)
    assert (ref.authors, ref.title, ref.year) == ((), title, year)


STATUTES = [
    ("Domestic Partnerships Act 17 of 2009, s 4.", "Domestic Partnerships Act 17 of 2009", 2009),
    ("Water Services Act 108 of 1997.", "Water Services Act 108 of 1997", 1997),
    ("Land Registration Act No. 3 of 2012, s 26.", "Land Registration Act No. 3 of 2012", 2012),
    ("Ley N.º 28611, Ley General del Ambiente (2005), art. 9.", "Ley General del Ambiente", 2005),
    (
        "Ley Nº 30215, Ley de Mecanismos de Retribución (2014).",
        "Ley de Mecanismos de Retribución",
        2014,
    ),
    (
        "Lei n.º 12.651, Lei Florestal, de 25 de maio de 2012, art. 4.",
        "Lei Florestal",
        2012,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), STATUTES)
def test_statute_keeps_its_number_and_year(text: str, title: str, year: int) -> None:
    assert legal.cites_authority(text)
    ref = parse_reference(text, (1,), note=True)
    assert (ref.authors, ref.title, ref.year) == ((), title, year)


def test_numbered_statute_without_a_year_is_still_named() -> None:
    ref = parse_reference(
        "Ley N° 26821, Ley Orgánica de Recursos Naturales, art. 3.", (1,), note=True
    )
    assert (ref.authors, ref.title) == ((), "Ley Orgánica de Recursos Naturales")


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J., History of Rome c. 1500 (2) Oxford.",
        "Ndlovu, T. 2011. Customary law v. common law. Journal 2 (3): 11.",
    ],
)
def test_literature_is_no_authority(text: str) -> None:
    assert not legal.cites_authority(text)


MANUSCRIPT = """# Umthetho

Inkantolo yanquma kanje.[^1] Umthetho ushintshile.[^2] Futhi (Ndlovu 2011).[^3]

[^1]: *Tshabalala v Minister of Home Affairs* 2011 (2) SA 112 (CC), para 20.
[^2]: Water Services Act 108 of 1997, s 3.
[^3]: Ndlovu, *Customary Law Today*, 12.

## References

Ndlovu, T. 2011. *Customary Law Today*. Durban: Juta.
"""


def test_notes_citing_authorities_demand_no_list_entry(tmp_path: Path) -> None:
    path = tmp_path / "umthetho.md"
    path.write_text(MANUSCRIPT, encoding="utf-8")
    doc = parse_file(path)
    findings = analyse_document(doc, {}, {})
    missing = [f for f in findings if f.kind is FindingKind.MISSING_LITERATURE_ENTRY]
    assert missing == []


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "A v B " * (n // 6) + "1995 (3", id="sa-unfinished"),
        pytest.param(lambda n: "In re " * (n // 6) + "AIR 19", id="in-re-run"),
        pytest.param(lambda n: "A c. B, " * (n // 8) + "ECLI:EU", id="ecli-unfinished"),
        pytest.param(lambda n: "Ley N.º 1, Ley " + "de " * (n // 3), id="ley-named"),
        pytest.param(lambda n: "Water Act " + "12 of " * (n // 6), id="act-of-run"),
        pytest.param(lambda n: "Ley " + "99 de " * (n // 6), id="ley-de-run"),
    ],
)
def test_authority_patterns_are_linear(line: Line) -> None:
    assert_linear(legal.cites_authority, line)
    assert_linear(legal.parse, line)
