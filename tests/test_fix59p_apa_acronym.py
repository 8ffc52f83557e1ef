"""fix59p: an APA group author with its acronym in parentheses before the date, and a
parenthesised topic after the title that is no publisher."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import apa
from bibcheck.parse.references.apa_corporate import acronym_organisation


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("World Health Organization (WHO).", "World Health Organization."),
        ("National Institute of Mental Health (NIMH).", "National Institute of Mental Health."),
        ("Bundesinstitut für Arzneimittel (BfArM).", "Bundesinstitut für Arzneimittel."),
        (
            "Organisation for Economic Co-operation and Development (OECD).",
            "Organisation for Economic Co-operation and Development.",
        ),
        ("U.S. Environmental Protection Agency (EPA).", "U.S. Environmental Protection Agency."),
        # persons and oddities are no group author
        ("Smith, J. (WHO).", None),
        ("Smith J (WHO).", None),
        ("Smith JA (WHO).", None),
        ("World Health Organization (who).", None),
        ("World Health Organization (W).", None),
        ("World Health Organization (WHO)", None),
        ("World Health Organization.", None),
    ],
)
def test_acronym_organisation(names: str, expected: str | None) -> None:
    assert acronym_organisation(names) == expected


@pytest.mark.parametrize(
    ("body", "authors", "title", "year", "publisher", "kind"),
    [
        (
            "World Health Organization (WHO). (2021). *Safe water in clinics* (Report No. 5). "
            "World Health Organization.",
            ("World Health Organization",),
            "Safe water in clinics",
            2021,
            "World Health Organization.",
            RefKind.REPORT,
        ),
        (
            "Agency for Coastal Research (ACR). (2019). *Tidal flooding outlook*. Harbour Press.",
            ("Agency for Coastal Research",),
            "Tidal flooding outlook",
            2019,
            "Harbour Press.",
            None,
        ),
        (
            "Centers for Disease Control and Prevention. (2020). *Guidance for schools* "
            "(COVID-19). Centers for Disease Control and Prevention.",
            ("Centers for Disease Control and Prevention",),
            "Guidance for schools",
            2020,
            "Centers for Disease Control and Prevention.",
            None,
        ),
        (
            "Doe, J. (2022). *Ward routines during outbreaks* (H1N1). Meadow Books.",
            ("Doe, J.",),
            "Ward routines during outbreaks",
            2022,
            "Meadow Books.",
            None,
        ),
        (
            "Roe, B. (2021). *Sequencing notes* (Long-COVID). Lab House.",
            ("Roe, B.",),
            "Sequencing notes",
            2021,
            "Lab House.",
            None,
        ),
        # the existing parentheses after a title keep their readings
        (
            "Doe, J. (2020). *Guidance* (2nd ed.). Dale.",
            ("Doe, J.",),
            "Guidance",
            2020,
            "Dale.",
            None,
        ),
        (
            "Doe, J. (2020). *Guidance* (Vol. 2). Dale.",
            ("Doe, J.",),
            "Guidance",
            2020,
            "Dale.",
            None,
        ),
        (
            "Doe, J. (2020). *Guidance* (Report No. 12). Dale.",
            ("Doe, J.",),
            "Guidance",
            2020,
            "Dale.",
            RefKind.REPORT,
        ),
        (
            "Doe, J. (2020). *Guidance* (WHO/HEP/ECH/WSH/2021.1). Dale.",
            ("Doe, J.",),
            "Guidance",
            2020,
            "Dale.",
            RefKind.REPORT,
        ),
    ],
)
def test_parse_fields(
    body: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    publisher: str,
    kind: RefKind | None,
) -> None:
    assert apa.marked(body)
    fields = apa.parse(body)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title
    assert fields.year is not None and fields.year.year == year
    assert fields.publisher == publisher
    assert fields.kind == kind


@pytest.mark.parametrize(
    "body",
    [
        "Smith, J. (WHO). (2020). *Title*. Pub.",
        "Smith J (WHO). (2020). Title. Pub.",
        "Smith J (2020) Title. Pub.",
    ],
)
def test_not_a_group_author(body: str) -> None:
    assert not apa.marked(body)


def test_parenthesised_word_without_digit_is_kept() -> None:
    # (a word with no digit or hyphen is left as it was: no rule here)
    fields = apa.parse("Doe, J. (2020). *Guidance* (Annex). Dale.")
    assert fields is not None
    assert fields.publisher == "(Annex)."


def test_document_footnotes_and_list(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text(
        "# Brief\n\nClinics lacked water.[^1] Schools closed.[^2] A person wrote.[^3]\n\n"
        "[^1]: World Health Organization (WHO). (2021). *Safe water in clinics* "
        "(Report No. 5). World Health Organization.\n\n"
        "[^2]: Agency for Coastal Research. (2020). *Guidance for schools* (COVID-19). "
        "Harbour Press.\n\n"
        "[^3]: Smith J (WHO). (2020). *Title of a book*. Verso.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    got = [
        (fn.reference.authors, fn.reference.title, fn.reference.publisher, fn.reference.style)
        for fn in doc.footnotes
    ]
    assert got[:2] == [
        (
            ("World Health Organization",),
            "Safe water in clinics",
            "World Health Organization",
            "apa",
        ),
        (("Agency for Coastal Research",), "Guidance for schools", "Harbour Press", "apa"),
    ]
    assert got[2][3] != "apa"


def test_reference_list(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(
        "Brief\n\nClinics lacked water (World Health Organization [WHO], 2021). Schools "
        "closed (Agency for Coastal Research, 2020). Others agreed (Doe, 2019).\n\n"
        "References\n\n"
        "Agency for Coastal Research. (2020). *Guidance for schools* (COVID-19). "
        "Harbour Press.\n\n"
        "Doe, J. (2019). *Ward routines* (2nd ed.). Meadow Books.\n\n"
        "World Health Organization (WHO). (2021). *Safe water in clinics* (Report No. 5). "
        "World Health Organization.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    got = [
        (e.reference.authors, e.reference.title, e.reference.publisher, e.reference.style)
        for e in doc.literature
    ]
    assert got == [
        (("Agency for Coastal Research",), "Guidance for schools", "Harbour Press", "apa"),
        (("Doe, J.",), "Ward routines", "Meadow Books", "apa"),
        (
            ("World Health Organization",),
            "Safe water in clinics",
            "World Health Organization",
            "apa",
        ),
    ]
