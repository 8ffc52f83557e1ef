"""Editors of hosts and of edited volumes, numbers of reports (round 78): the names the
parsers already strip before a chapter's book (``in: X (Hg.): Buch``, ``dans X (dir.),
Livre``, ``in X (a cura di), Libro``, ``w: X (red.), Książka``, ``en X (ed./coord.),
Libro``, ``In: X (ed.). Kniha``, IEEE's ``in *Book*, X, Ed.``) are kept as
``Reference.editors``; an edited volume's head (``X (a cura di), Titolo``, ``X (Hg.):
Titel``, IEEE's ``X, Ed., *Book*``) names its editors, its authors kept as before; APA's
``(Technical Report No. 12)`` gives the report's ``number`` (bibcheck.parse.references:
role_marks.host_editors/head_editors and the parsers that call them)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bibcheck.export.bibtex import export_bibtex
from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, role_marks
from bibcheck.store import open_db
from bibcheck.store.documents import save_document

C, B, R = RefKind.CHAPTER, RefKind.BOOK, RefKind.REPORT

# (text, note, detect styles, kind, title, editors, number)
CASES = [
    # German notes and lists: "in: X (Hg.): Buch", "in: X/Y (Hrsg.), Buch"
    (
        "Klara Vogt, Die Zunft der Bäcker, in: Otto Brandt (Hg.), Handwerk und Stadt, "
        "Köln 2011, S. 40–58.",
        True,
        False,
        C,
        "Die Zunft der Bäcker",
        ("Otto Brandt",),
        None,
    ),
    (
        "Klara Vogt, Die Zunft der Bäcker, in: Otto Brandt/Lena Keller (Hrsg.): Handwerk und "
        "Stadt, Köln 2011, S. 40–58.",
        True,
        False,
        C,
        "Die Zunft der Bäcker",
        ("Otto Brandt", "Lena Keller"),
        None,
    ),
    (
        "Vogt, Klara: Die Zunft der Bäcker, in: Brandt, Otto (Hg.): Handwerk und Stadt, "
        "Köln 2011, S. 40–58.",
        False,
        False,
        C,
        "Die Zunft der Bäcker",
        ("Brandt, Otto",),
        None,
    ),
    (
        "Vogt, K. (2011): Die Zunft der Bäcker. – In: Brandt, O. & Keller, L. (Hrsg.): "
        "Handwerk und Stadt. – Köln: Böhlau, S. 40–58.",
        False,
        False,
        C,
        "Die Zunft der Bäcker",
        ("Brandt, O.", "Keller, L."),
        None,
    ),
    # French: "dans X (dir.), Livre"
    (
        "Claire Roux, « Les halles de la ville », dans Marc Girard (dir.), Marchés urbains, "
        "Lyon, PUL, 2012, p. 77-95.",
        True,
        False,
        C,
        "Les halles de la ville",
        ("Marc Girard",),
        None,
    ),
    (
        "Claire Roux, « Les halles de la ville », dans Marc Girard et Sophie Lenoir (dir.), "
        "Marchés urbains, Lyon, PUL, 2012, p. 77-95.",
        True,
        False,
        C,
        "Les halles de la ville",
        ("Marc Girard", "Sophie Lenoir"),
        None,
    ),
    # Italian: "in X (a cura di), Libro"
    (
        "L. Greco, Le botteghe del borgo, in F. Conti (a cura di), Artigiani e città, "
        "Firenze 2010, pp. 33-51.",
        True,
        False,
        C,
        "Le botteghe del borgo",
        ("F. Conti",),
        None,
    ),
    (
        "L. Greco, Le botteghe del borgo, in F. Conti, G. Marino (a cura di), Artigiani e "
        "città, Firenze 2010, pp. 33-51.",
        True,
        False,
        C,
        "Le botteghe del borgo",
        ("F. Conti", "G. Marino"),
        None,
    ),
    # Polish: "w: X (red.), Książka", "[w:] X (red.), Książka"
    (
        "T. Zając, Cechy rzemieślnicze, [w:] M. Wróbel (red.), Rzemiosło i miasto, "
        "Kraków 2009, s. 101–120.",
        True,
        False,
        C,
        "Cechy rzemieślnicze",
        ("M. Wróbel",),
        None,
    ),
    (
        "T. Zając, Cechy rzemieślnicze, w: M. Wróbel, K. Sowa (red.), Rzemiosło i miasto, "
        "Kraków 2009, s. 101–120.",
        True,
        False,
        C,
        "Cechy rzemieślnicze",
        ("M. Wróbel", "K. Sowa"),
        None,
    ),
    # Spanish: "en X (ed.), Libro", "en X (ed./coord.), Libro", "en X y Y (coords.), Libro"
    (
        'Lucía Navarro, "Los gremios de la villa", en Andrés Molina (ed.), Oficios y '
        "ciudad, Sevilla, Alfar, 2014, pp. 9-27.",
        True,
        False,
        C,
        "Los gremios de la villa",
        ("Andrés Molina",),
        None,
    ),
    (
        'Lucía Navarro, "Los gremios de la villa", en Andrés Molina y Rosa Vidal (coords.), '
        "Oficios y ciudad, Sevilla, Alfar, 2014, pp. 9-27.",
        True,
        False,
        C,
        "Los gremios de la villa",
        ("Andrés Molina", "Rosa Vidal"),
        None,
    ),
    (
        'Lucía Navarro, "Los gremios de la villa", en Andrés Molina (ed./coord.), Oficios y '
        "ciudad (Sevilla: Alfar, 2014), 9-27.",
        True,
        False,
        C,
        "Los gremios de la villa",
        ("Andrés Molina",),
        None,
    ),
    # Czech (ČSN ISO 690) and ABNT: "In: X (ed.). Kniha", "In: ______ (Org.). Livro"
    (
        "HORÁK, Pavel. Cechy v městech. In: KREJČÍ, Tomáš (ed.). Řemesla a města. Brno: "
        "Host, 2013, s. 55–70.",
        False,
        False,
        C,
        "Cechy v městech",
        ("KREJČÍ, Tomáš",),
        None,
    ),
    (
        "HORÁK, Pavel. Cechy v městech. In: KREJČÍ, Tomáš a BENEŠ, Jiří (eds.). Řemesla a "
        "města. Brno: Host, 2013, s. 55–70.",
        False,
        False,
        C,
        "Cechy v městech",
        ("KREJČÍ, Tomáš", "BENEŠ, Jiří"),
        None,
    ),
    (
        "COSTA, Maria. Feiras urbanas. In: ______ (Org.). Cidades e mercados. Recife: "
        "Editora, 2016. p. 20-35.",
        False,
        False,
        C,
        "Feiras urbanas",
        ("COSTA, Maria",),
        None,
    ),
    # an edited volume's head: its names its editors (and its authors, as before)
    (
        "Franco Conti (a cura di), Artigiani e città, Firenze, Olschki, 2010.",
        False,
        False,
        B,
        "Artigiani e città",
        ("Franco Conti",),
        None,
    ),
    (
        "Conti, Franco (a cura di), Artigiani e città, Firenze, Olschki, 2010.",
        True,
        False,
        B,
        "Artigiani e città",
        ("Conti, Franco",),
        None,
    ),
    (
        "Brandt, Otto (Hg.): Handwerk und Stadt, Köln 2011.",
        False,
        False,
        B,
        "Handwerk und Stadt",
        ("Brandt, Otto",),
        None,
    ),
    (
        "Otto Brandt/Lena Keller (Hrsg.): Handwerk und Stadt, Köln: Böhlau 2011.",
        True,
        False,
        B,
        "Handwerk und Stadt",
        ("Otto Brandt", "Lena Keller"),
        None,
    ),
    (
        "Marc Girard (dir.), Marchés urbains, Lyon, PUL, 2012.",
        True,
        False,
        B,
        "Marchés urbains",
        ("Marc Girard",),
        None,
    ),
    (
        "KREJČÍ, Tomáš (ed.). Řemesla a města. Brno: Host, 2013.",
        False,
        False,
        B,
        "Řemesla a města",
        ("KREJČÍ, Tomáš",),
        None,
    ),
    # IEEE: "X, Ed., *Book*", "X and Y, Eds., *Book*", a chapter's "in *Book*, X, Ed."
    (
        "K. Lindqvist, Ed., *Sensor Arrays in Practice*. Boston, MA, USA: Artech, 2017.",
        False,
        True,
        B,
        "Sensor Arrays in Practice",
        ("K. Lindqvist",),
        None,
    ),
    (
        "K. Lindqvist and M. Osei, Eds., *Sensor Arrays in Practice*. Boston, MA, USA: "
        "Artech, 2017.",
        False,
        True,
        B,
        "Sensor Arrays in Practice",
        ("K. Lindqvist", "M. Osei"),
        None,
    ),
    (
        'J. Varga, "Beam steering," in *Sensor Arrays in Practice*, K. Lindqvist and M. '
        "Osei, Eds. Boston, MA, USA: Artech, 2017, pp. 41–66.",
        False,
        True,
        C,
        "Beam steering",
        ("K. Lindqvist", "M. Osei"),
        None,
    ),
    # APA: the report's number
    (
        "Okafor, N. (2018). Attendance in rural schools (Technical Report No. 12). Centre "
        "for School Research.",
        False,
        True,
        R,
        "Attendance in rural schools",
        (),
        "12",
    ),
    (
        "Okafor, N., & Lund, E. (2019). Attendance in rural schools (Report No. 2019-3). "
        "Centre for School Research.",
        False,
        True,
        R,
        "Attendance in rural schools",
        (),
        "2019-3",
    ),
    (
        "Okafor, N. (2020). *Attendance in rural schools* (Working Paper No. 45). Centre for "
        "School Research.",
        False,
        True,
        R,
        "Attendance in rural schools",
        (),
        "45",
    ),
]


@pytest.mark.parametrize(("text", "note", "detect", "kind", "title", "editors", "number"), CASES)
def test_editors_and_numbers(
    text: str,
    note: bool,
    detect: bool,
    kind: RefKind,
    title: str,
    editors: tuple[str, ...],
    number: str | None,
) -> None:
    ref = parse_reference(text, [0], detect_styles=detect, note=note)
    assert (ref.kind, ref.title, ref.editors, ref.number) == (kind, title, editors, number)


def test_edited_volume_keeps_its_names_as_authors() -> None:
    # (the corpora's keys read an edited volume headed by its editors so)
    ref = parse_reference(
        "Franco Conti (a cura di), Artigiani e città, Firenze, Olschki, 2010.", [0]
    )
    assert ref.authors == ref.editors == ("Franco Conti",)


@pytest.mark.parametrize(
    ("host", "editors"),
    [
        ("Otto Brandt/Lena Keller (Hrsg.): Buch", ("Otto Brandt", "Lena Keller")),
        ("Brandt, Otto (Hg.): Buch", ("Brandt, Otto",)),
        ("KREJČÍ, Tomáš, BENEŠ, Jiří (eds.). Kniha", ("KREJČÍ, Tomáš", "BENEŠ, Jiří")),
        ("Brandt, O. u. a. (Hrsg.): Buch", ("Brandt, O.",)),
        ("Andrés Molina (ed./coord.), Libro", ("Andrés Molina",)),
        # (no mark: no editors; a journal's volume is no editor)
        ("Handwerk und Stadt, Köln 2011", ()),
        ("Zeitschrift für Stadtgeschichte 12 (2010), S. 3–20", ()),
    ],
)
def test_host_editors(host: str, editors: tuple[str, ...]) -> None:
    assert role_marks.host_editors(host) == editors


@pytest.mark.parametrize(
    ("text", "names", "editors"),
    [
        ("Conti, F. (a cura di), Titolo, Firenze 2010.", ("Conti, F.",), ("Conti, F.",)),
        # (a year in parentheses is no mark; names not in the head are not its editors)
        ("Conti, F. (2010), Titolo, Firenze.", ("Conti, F.",), ()),
        ("Conti, F. (Hg.): Titel, Köln 2011.", ("Rossi, G.",), ()),
    ],
)
def test_head_editors(text: str, names: tuple[str, ...], editors: tuple[str, ...]) -> None:
    assert role_marks.head_editors(text, names) == editors


def test_a_german_notes_host_editors_reach_bibtex() -> None:
    md = (
        "# Handwerk\n\nDie Zünfte wuchsen.[^1]\n\n"
        "[^1]: Klara Vogt, Die Zunft der Bäcker, in: Otto Brandt/Lena Keller (Hg.), "
        "Handwerk und Stadt, Köln 2011, S. 40–58.\n"
    )
    db = open_db(memory=True)
    save_document(
        db, parse_bytes(md.encode(), "zuenfte.md"), size=1, now=datetime(2026, 12, 7, tzinfo=UTC)
    )
    bib = export_bibtex(db, style="bibtex")
    assert bib.startswith("@incollection{")
    assert "author = {Vogt, Klara}" in bib
    assert "editor = {Brandt, Otto and Keller, Lena}" in bib
    assert "booktitle = {Handwerk und" in bib
