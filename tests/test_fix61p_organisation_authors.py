"""Several organisations, comma- or semicolon-separated, as an entry's authors (fix61p)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.organisation_list import organisation_list


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nordic Burn Care Advisory Panel, Baltic Wound Healing Study Group, Atlantic Skin"
            " Integrity Alliance. Burn dressings: a consensus. 2nd ed. NBCAP; 2020.",
            (
                "Nordic Burn Care Advisory Panel",
                "Baltic Wound Healing Study Group",
                "Atlantic Skin Integrity Alliance",
            ),
        ),
        (
            "Canadian Thoracic Society; British Society for Respiratory Medicine. Oxygen"
            " therapy in adults. Thorax. 2021;76:1-40.",
            ("Canadian Thoracic Society", "British Society for Respiratory Medicine"),
        ),
        (
            "Global Vaccine Research Consortium, and Oceanian Child Health Task Force. Cold"
            " chain audit methods. Suva: OCHTF; 2018.",
            ("Global Vaccine Research Consortium", "Oceanian Child Health Task Force"),
        ),
    ],
)
def test_organisation_list(text: str, names: tuple[str, ...]) -> None:
    found = organisation_list(text)
    assert found is not None
    assert found[0] == names


@pytest.mark.parametrize(
    "text",
    [
        # one body whose name has commas: a part with no word of an organisation
        "Ministry of Agriculture, Fisheries and Food. Manual of nutrition. London: HMSO; 1995.",
        # people's names, no organisations
        "Maria Lopez, Henrik Dahl. A study of things. Oslo: Press; 2001.",
        # one organisation only
        "Northern Regional Heart Failure Advisory Panel. Title of the work. 2019.",
    ],
)
def test_not_an_organisation_list(text: str) -> None:
    assert organisation_list(text) is None


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Nordic Burn Care Advisory Panel, Baltic Wound Healing Study Group, Atlantic Skin"
            " Integrity Alliance. Burn dressings: a consensus. 2nd ed. NBCAP; 2020.",
            (
                "Nordic Burn Care Advisory Panel",
                "Baltic Wound Healing Study Group",
                "Atlantic Skin Integrity Alliance",
            ),
            "Burn dressings: a consensus",
        ),
        (
            "Canadian Thoracic Society; British Society for Respiratory Medicine. Oxygen"
            " therapy in adults. Thorax. 2021;76:1-40.",
            ("Canadian Thoracic Society", "British Society for Respiratory Medicine"),
            "Oxygen therapy in adults",
        ),
        (
            "Western Pacific Sleep Medicine Advisory Panel. Insomnia care pathways. 2017.",
            ("Western Pacific Sleep Medicine Advisory Panel",),
            "Insomnia care pathways",
        ),
    ],
)
def test_entry_fields(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [0])
    assert ref.authors == authors
    assert ref.title == title


_ENTRY = (
    "Nordic Burn Care Advisory Panel, Baltic Wound Healing Study Group, Atlantic Skin"
    " Integrity Alliance. Burn dressings: a consensus. 2nd ed. NBCAP; 2020."
)


def _check(path: Path) -> None:
    doc = parse_file(path)
    refs = [e.reference for e in doc.literature] or [n.reference for n in doc.footnotes]
    assert len(refs) == 1
    assert refs[0].authors[2] == "Atlantic Skin Integrity Alliance"
    assert refs[0].title == "Burn dressings: a consensus"


def test_html_document(tmp_path: Path) -> None:
    path = tmp_path / "doc.html"
    path.write_text(
        "<html><body><p>Dressings matter [1].</p><h2>References</h2>"
        f"<ol><li>{_ENTRY}</li></ol></body></html>",
        encoding="utf-8",
    )
    _check(path)


def test_text_document(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(f"Dressings matter [1].\n\nReferences\n\n1. {_ENTRY}\n", encoding="utf-8")
    _check(path)
