"""fix62f: an HTML manuscript in revision -- a second reference list added after the first
(by its heading, or by numbers going on), deletions holding citations, and the kinds that
follow a Romance comma-form title (a translated book, a report, an article not yet out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind, ParsedDocument, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commatails import placed_book, report_genre, unpublished_article
from bibcheck.readers.addedlists import (
    continues_numbering,
    is_added_list_heading,
    printed_number,
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Additional references", True),
        ("Références complémentaires", True),
        ("Références complémentaires (ajoutées lors de la révision)", True),
        ("References added in revision", True),
        ("References added after review", True),
        ("New references (R1)", True),
        ("Referencias adicionales", True),
        ("Referências complementares", True),
        ("Weitere Referenzen", True),
        ("References (continued)", True),
        ("Bibliographie (suite)", True),
        ("Literaturverzeichnis (Fortsetzung)", True),
        ("Bibliography, added in the second round", True),
        ("References", False),  # (the first list: read as it always was)
        ("Supplementary references", False),  # (a supplement's own list)
        ("Additional analyses", False),
        ("Results (revised)", False),
        ("Notes (continued)", False),
        ("Added value of the approach", False),
        ("OLD REFS — delete before submission", False),
        ("Response to reviewers", False),
    ],
)
def test_is_added_list_heading(heading: str, expected: bool) -> None:
    assert is_added_list_heading(heading) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[15] Douglas J., Title", 15),
        ("15. Douglas, J. Title", 15),
        ("7) Roe A. Title", 7),
        ("[3a] Roe A. Title", None),
        ("10.1108/0263 is a DOI", None),
        ("Douglas J., Title", None),
    ],
)
def test_printed_number(text: str, expected: int | None) -> None:
    assert printed_number(text) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([1, 2, 3], [4, 5], True),
        ([1, 2, None, 4], [5], True),
        ([1, 2, 3], [1, 2], False),  # (a list of its own: an appendix's, a table's)
        ([1, 2, 3], [5, 6], False),
        ([1, 2, 3], [4, 6], False),
        ([None, None], [3, 4], False),
        ([1, 2], [None, 3], False),
        ([1, 2], [], False),
    ],
)
def test_continues_numbering(
    before: list[int | None], after: list[int | None], expected: bool
) -> None:
    assert continues_numbering(before, after) is expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Le paysage des villes, trad. P. Roy, Paris, Éditions du Lac, 1988",
         ("Le paysage des villes", "Paris", "Éditions du Lac", "1988")),
        ("Building for Change, 3e éd., Londres, Spon, 2004",
         ("Building for Change", "Londres", "Spon", "2004")),
        ("Storia della città, Milano, Marsilio, 1975.",
         ("Storia della città", "Milano", "Marsilio", "1975")),
        ("Titre, rapport d'étude, Lyon, Agence, 2019",
         ("Titre", "Lyon", "Agence", "2019", True)),
        ("Title, Publisher House, Nowhere, 2001", None),  # (no place known first)
        ("« Un chapitre », Paris, Seuil, 2001", None),  # (quoted: a part of a work)
        ("Titolo, 2 voll., Venezia, Editore, 1927", None),  # (an element not read here)
        ("Titolo, con una lettera, Venezia, Editore, 1927", None),
    ],
)  # fmt: skip
def test_placed_book(rest: str, expected: tuple[str | bool, ...] | None) -> None:
    found = placed_book(rest)
    got: tuple[str | bool, ...] | None = None
    if found is not None:
        got = (found.title, found.place, found.publisher, found.year)
        got += (True,) if found.report else ()
    assert got == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("« Les halles et leurs trames », Revue urbaine, à paraître.",
         ("Les halles et leurs trames", "Revue urbaine")),
        ("« Les halles », Revue d'histoire urbaine, nouvelle série, sous presse.",
         ("Les halles", "Revue d'histoire urbaine, nouvelle série")),
        ("« Carbone et réemploi », soumis.", ("Carbone et réemploi", None)),
        ("« Carbone et réemploi », article soumis à la Revue urbaine.",
         ("Carbone et réemploi", None)),
        ("“Reuse at scale”, Building Research, forthcoming.",
         ("Reuse at scale", "Building Research")),
        ("« O cuidado », Revista de Enfermagem, no prelo.", ("O cuidado", "Revista de Enfermagem")),
        ("« Un chapitre », dans Roy A. (dir.), Les friches, à paraître.", None),
        ("« Un livre », Paris, Seuil, à paraître.", None),
        ("« Un article », Revue urbaine, 2019, n° 3, p. 5-9.", None),  # (a year: read elsewhere)
        ("Un titre sans guillemets, soumis.", None),
    ],
)  # fmt: skip
def test_unpublished_article(rest: str, expected: tuple[str, str | None] | None) -> None:
    assert unpublished_article(rest) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Les quartiers de gare, rapport d'étude", "Les quartiers de gare"),
        ("Bilan carbone, rapport, Angers, Agence", "Bilan carbone"),
        ("Avaliação da rede, relatório técnico", "Avaliação da rede"),
        ("Lärm in Städten, Forschungsbericht", "Lärm in Städten"),
        ("Rapport sur l'état des friches", None),  # (the title's own first word)
        ("La santé des villes, rapport 2019", None),
        ("A plain title", None),
    ],
)
def test_report_genre(title: str, expected: str | None) -> None:
    assert report_genre(title) == expected


@pytest.mark.parametrize(
    ("entry", "kind", "title", "year"),
    [
        ("Morel A., Le paysage des villes, trad. P. Roy, Paris, Éditions du Lac, 1988.",
         RefKind.BOOK, "Le paysage des villes", 1988),
        ("Hart J., Building for Change, 3e éd., Londres, Spon, 2004.",
         RefKind.BOOK, "Building for Change", 2004),
        ("Lenoir B., Les gares et leurs quartiers, rapport de recherche, Paris, Agence, 2019.",
         RefKind.REPORT, "Les gares et leurs quartiers", 2019),
        ("Agence des sols, Reconversion des sites pollués, rapport, Lyon, Agence des sols, 2022.",
         RefKind.REPORT, "Reconversion des sites pollués", 2022),
        ("Petit L., Roux M., « Les halles et leurs trames », Revue urbaine, à paraître.",
         RefKind.ARTICLE, "Les halles et leurs trames", None),
        ("Petit L., Roux M., « Carbone et réemploi des structures », soumis.",
         RefKind.ARTICLE, "Carbone et réemploi des structures", None),
    ],
)  # fmt: skip
def test_romance_entries(entry: str, kind: RefKind, title: str, year: int | None) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.kind, ref.title, ref.year) == (kind, title, year)


# --------------------------------------------------------------------------
# whole pages
# --------------------------------------------------------------------------

_ENTRY = "<p>[{n}] {name}, <i>{title}</i>, Paris, Seuil, {year}.</p>"
_NAMES = ("Martin A.", "Durand B.", "Petit C.", "Roux D.", "Moreau E.", "Girard F.")


def _entries(numbers: range) -> str:
    return "\n".join(
        _ENTRY.format(n=n, name=_NAMES[n - 1], title=f"Livre numéro {n}", year=1990 + n)
        for n in numbers
    )


def _page(tmp_path: Path, body: str) -> ParsedDocument:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html>\n<html><body><article>\n{body}\n</article></body></html>\n")
    return parse_file(path)


def _findings(doc: ParsedDocument) -> list[tuple[str, tuple[int, ...]]]:
    return sorted(
        (f.kind.value, tuple(f.lines))
        for f in analyse_document(doc, {}, {})
        if f.kind is not FindingKind.COVERAGE_GAP
    )


def test_list_added_in_revision_is_read_and_a_deleted_citation_cites_nothing(
    tmp_path: Path,
) -> None:
    body = (
        "<p>Un texte [1, 2] et <ins>un ajout [3]</ins>.\n"
        "<del>Une phrase supprimée [4].</del> Puis [5].</p>\n"
        "<h2>Bibliographie</h2>\n"
        f'<div class="references">\n{_entries(range(1, 3))}\n</div>\n'
        "<h2>Références ajoutées lors de la révision</h2>\n"
        f'<div class="references">\n{_entries(range(3, 6))}\n</div>'
    )
    doc = _page(tmp_path, body)
    assert [e.label for e in doc.literature] == ["1", "2", "3", "4", "5"]
    assert doc.literature[3].reference.title == "Livre numéro 4"
    cited = {f.label: [m.line for m in f.markers] for f in doc.footnotes}
    assert cited == {"1": [3], "2": [3], "3": [3], "5": [4]}
    # (entry 4 is cited only inside the deletion: uncited, at its own line)
    assert _findings(doc) == [("uncited-literature-entry", (13,))]


def test_second_list_going_on_with_the_numbers_under_an_unknown_heading(
    tmp_path: Path,
) -> None:
    body = (
        "<p>Des faits [1] et [2], puis [3] et [4].</p>\n"
        "<h2>References</h2>\n"
        "<ol>\n<li>Roe A. A first study. J Things. 2001;3:1-10.</li>\n"
        "<li>Lee B. A second study. J Things. 2003;5:11-20.</li>\n</ol>\n"
        "<h2>Round two</h2>\n"
        '<ol start="3">\n<li>Kay C. A third study. J Things. 2019;21:1-9.</li>\n'
        "<li>Fox D. A fourth study. J Things. 2020;22:1-9.</li>\n</ol>"
    )
    doc = _page(tmp_path, body)
    assert [(e.label, e.reference.title) for e in doc.literature] == [
        ("1", "A first study"),
        ("2", "A second study"),
        ("3", "A third study"),
        ("4", "A fourth study"),
    ]
    assert _findings(doc) == []


def test_a_list_numbered_afresh_after_the_references_is_no_entry_of_them(
    tmp_path: Path,
) -> None:
    body = (
        "<p>Des faits [1] et [2].</p>\n"
        "<h2>References</h2>\n"
        "<ol>\n<li>Roe A. A first study. J Things. 2001;3:1-10.</li>\n"
        "<li>Lee B. A second study. J Things. 2003;5:11-20.</li>\n</ol>\n"
        "<h2>Appendix: interview schedule</h2>\n"
        "<ol>\n<li>How long have you lived here?</li>\n<li>Where did you work?</li>\n</ol>"
    )
    doc = _page(tmp_path, body)
    assert [e.label for e in doc.literature] == ["1", "2"]
    assert _findings(doc) == []


def test_struck_text_on_a_page_without_revision_marks_is_printed(tmp_path: Path) -> None:
    """(README: ``<s>`` is a deletion only on a page that marks revisions with
    ``<ins>``/``<del>``; elsewhere struck text is printed text, its citations cite.)"""
    body = (
        "<p><s>Une erreur corrigée [2].</s> Le fait [1].</p>\n"
        "<h2>Bibliographie</h2>\n"
        f'<div class="references">\n{_entries(range(1, 3))}\n</div>'
    )
    doc = _page(tmp_path, body)
    assert sorted(f.label for f in doc.footnotes) == ["1", "2"]
    assert _findings(doc) == []
