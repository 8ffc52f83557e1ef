"""fix75j: a note that defines a siglum ("désormais OD", "hereafter CW", "im Folgenden
abgekürzt als GS") is repeated by the later notes citing the siglum (read through a DOCX
built here); a page after p./pp./S./col. is never a year; an edition's division ("Reihe
II, Bd. 3") keeps a book a book; an online edition with its address is a page online."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.parse.references import parse_reference
from tests.test_notemarks_docx import NS, REL, REL_NS


def _runs(text: str) -> str:
    """``w:r`` runs of ``text``, ``*…*`` in italics."""
    out = []
    for i, piece in enumerate(re.split(r"\*", text)):
        if not piece:
            continue
        style = "<w:rPr><w:i/></w:rPr>" if i % 2 else ""
        out.append(f'<w:r>{style}<w:t xml:space="preserve">{piece}</w:t></w:r>')
    return "".join(out)


def _docx(notes: list[str]) -> bytes:
    refs = "".join(
        f'<w:r><w:t xml:space="preserve">Phrase {k}.</w:t></w:r>'
        f'<w:r><w:footnoteReference w:id="{k}"/></w:r>'
        for k in range(1, len(notes) + 1)
    )
    body = f"<w:p>{refs}</w:p>"
    foot = "".join(
        f'<w:footnote w:id="{k}"><w:p>{_runs(n)}</w:p></w:footnote>' for k, n in enumerate(notes, 1)
    )
    rels = f'<Relationship Id="r1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    doc_rels = f'<Relationship Id="r2" Type="{REL}/footnotes" Target="footnotes.xml"/>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>"
        )
        archive.writestr("word/footnotes.xml", f"<w:footnotes {NS}>{foot}</w:footnotes>")
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{REL_NS}">{rels}</Relationships>')
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="{REL_NS}">{doc_rels}</Relationships>',
        )
    return buffer.getvalue()


def _read(notes: list[str]) -> ParsedDocument:
    return parse_bytes(_docx(notes), "paper.docx")


# (defining note, later note, the family name, title and year the later note must carry)
SIGLA = [
    (
        "R. Dupuis, *Œuvres complètes*, Paris, Vrin, 1990, t. II, p. 12 (Discours ; désormais "
        "OD, suivi du tome et de la page).",
        "OD II, 27.",
        "Dupuis",
        "Œuvres complètes",
        1990,
    ),
    (
        "R. Dupuis, *Œuvres complètes*, Paris, Vrin, 1990, t. II, p. 12 (désormais OD).",
        "OD III, 4.",
        "Dupuis",
        "Œuvres complètes",
        1990,
    ),
    (
        "R. Dupuis, *Œuvres complètes*, Paris, Vrin, 1990, t. II, p. 12 (Discours ; désormais "
        "OD, suivi du tome et de la page).",
        "La traduction ne reprend pas le mot : OD IV-1, 21.",
        "Dupuis",
        "Œuvres complètes",
        1990,
    ),
    (
        "J. Harland, *Collected Writings*, Oxford, Clarendon Press, 1985, vol. 3, p. 40 "
        "(Letters; hereafter CW, by volume and page).",
        "CW 4, 112.",
        "Harland",
        "Collected Writings",
        1985,
    ),
    (
        "K. Hartmann, *Gesammelte Schriften*, Berlin, De Gruyter, 1972, Bd. 2, S. 15 (Briefe; im "
        "Folgenden abgekürzt als GS, mit Band und Seite).",
        "GS 3, 88.",
        "Hartmann",
        "Gesammelte Schriften",
        1972,
    ),
    (
        "G. Bianchi, *Opere complete*, Milano, Adelphi, 1979, vol. 1, p. 33 (Lettere; d'ora in "
        "poi OC, seguito dal volume).",
        "OC 2, 71.",
        "Bianchi",
        "Opere complete",
        1979,
    ),
    (
        "C. Serrano, *Obras completas*, Madrid, Tecnos, 1983, t. 2, p. 9 (Cartas; en adelante "
        "OCS, con tomo y página).",
        "OCS 3, 101.",
        "Serrano",
        "Obras completas",
        1983,
    ),
]


@pytest.mark.parametrize(("first", "later", "family", "title", "year"), SIGLA)
def test_siglum_note_repeats_the_work(
    first: str, later: str, family: str, title: str, year: int
) -> None:
    notes = _read([first, "Voir aussi la discussion plus haut.", later]).footnotes
    ref = notes[-1].reference
    assert any(family in a for a in ref.authors), ref.authors
    assert ref.title == title
    assert ref.year == year


def test_siglum_defined_nowhere_is_no_repeat() -> None:
    """Guard (passes on main): a siglum no note defines repeats nothing."""
    notes = _read(
        ["R. Dupuis, *Œuvres complètes*, Paris, Vrin, 1990, p. 12.", "OD II, 27."]
    ).footnotes
    assert notes[1].reference.title != "Œuvres complètes"


def test_desormais_defining_nothing() -> None:
    """Guard: "désormais" in prose defines no siglum, and the later note stays unresolved."""
    from bibcheck.parse.references import siglum_clause

    assert siglum_clause.clause_sigla("Il faut désormais lire le texte autrement.") == []
    notes = _read(
        [
            "R. Dupuis, *Œuvres complètes*, Paris, Vrin, 1990, p. 12 ; il faut désormais lire "
            "le texte autrement.",
            "LT II, 27.",
        ]
    ).footnotes
    assert notes[1].reference.title != "Œuvres complètes"


CLAUSES = [
    ("(Discours ; désormais OD, suivi du tome)", ["OD"]),
    ("(hereafter CW, by volume and page)", ["CW"]),
    ("(Briefe; im Folgenden abgekürzt als GS)", ["GS"]),
    ("(abrégé LM)", ["LM"]),
    ("(ci-après KrV, suivi de la page)", ["KrV"]),
    ("(Lettere; d'ora in poi OC)", ["OC"]),
    ("(désormais lu autrement)", []),
]


@pytest.mark.parametrize(("text", "want"), CLAUSES)
def test_clause_sigla(text: str, want: list[str]) -> None:
    from bibcheck.parse.references import siglum_clause

    assert [short for _, short in siglum_clause.clause_sigla(text)] == want


# a page after p./pp./S./col. is never a year
PAGES = [
    ("J. Dupuis, *La mémoire*, Paris, PUF, 2001, p. 1750 (Discours).", 2001),
    ("J. Dupuis, *La mémoire*, Paris, PUF, 2001, p. 1620 (désormais LM).", 2001),
    ("J. Dupuis, *La mémoire*, Paris, PUF, 2001, pp. 1620-1625 (désormais LM).", 2001),
    ("K. Hartmann, *Gedächtnis*, Berlin, De Gruyter, 1999, S. 1810 (Brief an Weber).", 1999),
    ("K. Hartmann, *Gedächtnis*, Berlin, De Gruyter, 1999, col. 1705 (Brief).", 1999),
]


@pytest.mark.parametrize(("text", "year"), PAGES)
def test_page_is_no_year(text: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.year == year


KINDS = [
    (
        "Hartmann, Karl, *Sämtliche Werke*, Reihe II, Bd. 3, Berlin, Akademie Verlag, 2004.",
        False,
        RefKind.BOOK,
    ),
    (
        "K. Hartmann, *Sämtliche Werke*, Reihe II, Bd. 3, Berlin, Akademie Verlag, 2004, p. 12.",
        True,
        RefKind.BOOK,
    ),
    (
        "Dupuis, Jean, *Œuvres*, série III, t. 2, Paris, Vrin, 1994.",
        False,
        RefKind.BOOK,
    ),
    (
        "*Lettres de Dupuis et Leroy*, édition électronique, https://lettres.example.org/12 "
        "(consulté le 3 mars 2023).",
        False,
        RefKind.WEB,
    ),
    (
        "*Lettres de Dupuis et Leroy*, édition numérique, https://lettres.example.org/12.",
        False,
        RefKind.WEB,
    ),
    (
        "*Lettres de Dupuis et Leroy*, Paris, Vrin, 1994.",
        False,
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "note", "kind"), KINDS)
def test_kind(text: str, note: bool, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=note).kind is kind
