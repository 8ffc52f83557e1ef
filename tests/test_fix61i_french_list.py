"""Round 61, fixer i: French lists and notes outside the bibliography.

* ``NOM Prénom`` names (family in capitals first) are inverted in every entry of a list
  that writes its names so, whatever parser read the entry (a thesis too); a lone
  acronym-and-word author (``UNICEF France``) in another list stays as written.
* A note naming one of the author's own interviews (``Entretien E2, Lyon, 2 avril 2019.``,
  ``Interview with a site foreman, …``) is commentary: it cites no literature entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.capsfirst import capitals_first_list, capitals_inverted


@pytest.mark.parametrize(
    ("author", "want"),
    [
        ("FERRAND Camille", "FERRAND, Camille"),
        ("DE LA FONTAINE Jean", "DE LA FONTAINE, Jean"),
        ("SILVA Maria José", "SILVA, Maria José"),
        ("MOREL Anne-Lise", "MOREL, Anne-Lise"),
        ("BOURDIEU, Pierre", "BOURDIEU, Pierre"),  # already inverted
        ("Camille Ferrand", "Camille Ferrand"),  # natural order
        ("Jean DUPONT", "Jean DUPONT"),  # natural order, family in capitals
        ("IEEE Computer Society", "IEEE Computer Society"),  # an organisation
        ("UN Women", "UN Women"),  # too short to be a family name
        ("INSEE", "INSEE"),
    ],
)
def test_capitals_inverted(author: str, want: str) -> None:
    assert capitals_inverted(author) == want


def _ref(*authors: str) -> Reference:
    return Reference(raw=", ".join(authors), line=1, end_line=1, authors=authors)


def test_list_of_capitals_names_inverts_the_rest() -> None:
    refs = [_ref("BEAUD, Stéphane"), _ref("FERRAND Camille"), _ref("VERRET, Michel")]
    got = [r.authors for r in capitals_first_list(refs)]
    assert got == [("BEAUD, Stéphane",), ("FERRAND, Camille",), ("VERRET, Michel",)]


@pytest.mark.parametrize(
    "authors",
    [
        [("UNICEF France",), ("Smith, John",), ("Jones, Ann",)],
        [("BEAUD, Stéphane",), ("UNICEF France",), ("Jones, Ann",)],  # one capitals name only
    ],
)
def test_other_lists_unchanged(authors: list[tuple[str, ...]]) -> None:
    refs = [_ref(*a) for a in authors]
    assert [r.authors for r in capitals_first_list(refs)] == authors


@pytest.mark.parametrize(
    "note",
    [
        "Entretien E2, Villeurbanne, 2 avril 2019.",
        "Entretien n° 14, Lyon, mai 2019.",
        "Entretien avec un chef de chantier, Lyon, 12 mars 2021.",
        "Interview 7, Leeds, 3 May 2020.",
        "Interview with a site foreman, Lyon, 12 March 2021.",
        "Entrevista con una vecina, Quito, 14 de marzo de 2018.",
    ],
)
def test_interview_note_is_commentary(note: str) -> None:
    ref = parse_reference(note, [0], note=True)
    assert ref.kind is RefKind.COMMENTARY
    assert ref.authors == ()


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a published interview: a work
        (
            "Entretien avec Pierre Bourdieu, « Le sens commun », Actes, n° 3, 1990, p. 4-9.",
            RefKind.ARTICLE,
        ),
        ("Robert Castel, *Les métamorphoses*, Paris, Fayard, 1995.", RefKind.BOOK),
    ],
)
def test_works_stay_works(note: str, kind: RefKind) -> None:
    assert parse_reference(note, [0], note=True).kind is kind


CHAPTER = """# Chapitre 2

Les grutiers apprennent sur le tas.[^1] Une conductrice le confirme.[^2]
Un grutier le dit autrement.[^3] Voir aussi Castel.[^4]

[^1]: Lucie Morel, *Les métiers du levage*, thèse de doctorat en sociologie, Université de Lyon, 2014.
[^2]: Entretien E3, Lyon, 18 juin 2019.
[^3]: Interview with a crane driver, Givors, 9 October 2019.
[^4]: Robert Castel, *Les métamorphoses de la question sociale*, Paris, Fayard, 1995.

## Bibliographie

BEAUD Stéphane, *Quatre-vingts pour cent au bac*, Paris, La Découverte, 2002.

CASTEL Robert, *Les métamorphoses de la question sociale*, Paris, Fayard, 1995.

MOREL Lucie, *Les métiers du levage*, thèse de doctorat en sociologie, Université de Lyon, 2014.

NOIRIEL Gérard, *Les ouvriers dans la société française*, Paris, Seuil, 1986.
"""


def test_chapter(tmp_path: Path) -> None:
    path = tmp_path / "chapitre.md"
    path.write_text(CHAPTER, encoding="utf-8")
    doc = parse_file(path)
    notes = {f.label: f.reference for f in doc.footnotes}
    assert notes["2"] is not None and notes["2"].kind is RefKind.COMMENTARY
    assert notes["3"] is not None and notes["3"].kind is RefKind.COMMENTARY
    assert [(e.reference.authors, e.reference.kind) for e in doc.literature] == [
        (("BEAUD, Stéphane",), RefKind.BOOK),
        (("CASTEL, Robert",), RefKind.BOOK),
        (("MOREL, Lucie",), RefKind.THESIS),
        (("NOIRIEL, Gérard",), RefKind.BOOK),
    ]
    found = analyse_document(doc, {}, {})
    assert [f for f in found if f.kind is FindingKind.MISSING_LITERATURE_ENTRY] == []
