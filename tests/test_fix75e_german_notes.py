"""German humanities notes and lists: names joined by "/", bodies, standards, data, photographs.

The note style of German art history, architecture, conservation and history (fix75e):

* persons given name first, several joined by ``/`` (with or without spaces), ``und``,
  ``u.``, then a colon; editors marked ``(Hg.)``; the list writes the same names family first
  (``Hagen, Dorothea von/Reuter, Jakob (Hg.):``);
* a body as the author before the colon (``Landesamt …: Title, in: Denkmalliste, …``,
  ``Verband … (Hg.): Title, Berlin 2015``), its guideline's designation closing the title
  (``Title. DGH-Richtlinie, Teil 2``) or its numbered series (``AfM-Heft 212``): a report;
* a standard by its designation, the title (subtitle kept) running to the place and year;
* a data set's bracketed designator in any language, no part of the title;
* a photograph in an image archive, its number before the colon or after the title, a web
  resource when cited by its address; a body's charter, a report.

``/`` that joins no names -- ``1968/69``, ``Berlin/New York``, ``Heft 3/4``, an address --
changes nothing.  The entries are made up in those shapes; all go through
:func:`bibcheck.parse.references.parse_reference`.
"""

from __future__ import annotations

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.test_reader_docx import build_docx, note, p, ref, t

NOTE, ENTRY = True, False

# (is a note, text, authors, title, year, kind)
CASES = [
    pytest.param(
        NOTE,
        "Karin Vogel/Till Sander: Fassaden aus Sichtmauerwerk. Pflege und Reparatur, in: "
        "Bausubstanz 8 (2017), H. 3, S. 20–27.",
        ("Karin Vogel", "Till Sander"),
        "Fassaden aus Sichtmauerwerk. Pflege und Reparatur",
        2017,
        RefKind.ARTICLE,
        id="slash-article",
    ),
    pytest.param(
        NOTE,
        "Ulrike Hahn / Peter Krause: Der Wiederaufbau der Altstadt, Dresden 1998, S. 40.",
        ("Ulrike Hahn", "Peter Krause"),
        "Der Wiederaufbau der Altstadt",
        1998,
        RefKind.BOOK,
        id="spaced-slash-book",
    ),
    pytest.param(
        NOTE,
        "Jutta Berger/Hans Peter Lind (Hg.): Baukultur der Nachkriegszeit. Eine "
        "Bestandsaufnahme, Leipzig 2012, S. 88.",
        ("Jutta Berger", "Hans Peter Lind"),
        "Baukultur der Nachkriegszeit. Eine Bestandsaufnahme",
        2012,
        RefKind.BOOK,
        id="slash-editors-subtitle",
    ),
    pytest.param(
        NOTE,
        "Dorothea von Hagen/Jakob Reuter: Holzbrücken im Alpenraum, Innsbruck 2004, S. 17–19.",
        ("Dorothea von Hagen", "Jakob Reuter"),
        "Holzbrücken im Alpenraum",
        2004,
        RefKind.BOOK,
        id="slash-particle-name",
    ),
    pytest.param(
        NOTE,
        "Lena Graf/Ole Brink/Tom Weiss: Ziegel und Mörtel, Hamburg 2010, S. 5.",
        ("Lena Graf", "Ole Brink", "Tom Weiss"),
        "Ziegel und Mörtel",
        2010,
        RefKind.BOOK,
        id="three-slashed-names",
    ),
    pytest.param(
        NOTE,
        "Paul Lorenz u. Clara Henning: Stadtbaukunst im Kaiserreich, Köln 1988, S. 201.",
        ("Paul Lorenz", "Clara Henning"),
        "Stadtbaukunst im Kaiserreich",
        1988,
        RefKind.BOOK,
        id="u-joined-names",
    ),
    pytest.param(
        NOTE,
        "Martin Kessel und Anna Roth: Stadtbaukunst im Kaiserreich, Köln 1988, S. 201.",
        ("Martin Kessel", "Anna Roth"),
        "Stadtbaukunst im Kaiserreich",
        1988,
        RefKind.BOOK,
        id="und-joined-names",
    ),
    pytest.param(
        ENTRY,
        "Vogel, Karin/Sander, Till: Fassaden aus Sichtmauerwerk. Pflege und Reparatur, in: "
        "Bausubstanz 8 (2017), H. 3, S. 20–27.",
        ("Vogel, Karin", "Sander, Till"),
        "Fassaden aus Sichtmauerwerk. Pflege und Reparatur",
        2017,
        RefKind.ARTICLE,
        id="list-family-first-slash",
    ),
    pytest.param(
        ENTRY,
        "Hagen, Dorothea von/Reuter, Jakob (Hg.): Holzbrücken im Alpenraum. Konstruktion und "
        "Erhalt, Innsbruck: Studienverlag 2004.",
        ("Hagen, Dorothea von", "Reuter, Jakob"),
        "Holzbrücken im Alpenraum. Konstruktion und Erhalt",
        2004,
        RefKind.BOOK,
        id="list-particle-before-slash",
    ),
    pytest.param(
        ENTRY,
        "Berger, Jutta/Lind, Hans Peter (Hg.): Baukultur der Nachkriegszeit. Eine "
        "Bestandsaufnahme, Leipzig: Seemann 2012.",
        ("Berger, Jutta", "Lind, Hans Peter"),
        "Baukultur der Nachkriegszeit. Eine Bestandsaufnahme",
        2012,
        RefKind.BOOK,
        id="list-editors-publisher",
    ),
    pytest.param(
        NOTE,
        "Landesamt für Denkmalpflege Sachsen: Rathaus Pirna, in: Denkmalliste, Obj.-Nr. "
        "0912345, https://denkmalliste.example.org/obj/0912345 (Zugriff: 03.05.2023).",
        ("Landesamt für Denkmalpflege Sachsen",),
        "Rathaus Pirna",
        None,
        RefKind.WEB,
        id="body-database-entry",
    ),
    pytest.param(
        NOTE,
        "Verband Deutscher Betonbauer (Hg.): Sichtbeton im Hochbau. Planung und Ausführung, "
        "Berlin 2015, S. 12.",
        ("Verband Deutscher Betonbauer",),
        "Sichtbeton im Hochbau. Planung und Ausführung",
        2015,
        RefKind.BOOK,
        id="body-as-editor",
    ),
    pytest.param(
        NOTE,
        "Deutsche Gesellschaft für Holzbau (Hg.): Brandschutz im Holzbau. DGH-Richtlinie, "
        "Teil 2, Stuttgart 2012.",
        ("Deutsche Gesellschaft für Holzbau",),
        "Brandschutz im Holzbau",
        2012,
        RefKind.REPORT,
        id="body-guideline-sentence",
    ),
    pytest.param(
        ENTRY,
        "Deutsche Gesellschaft für Holzbau (Hg.): Brandschutz im Holzbau. DGH-Richtlinie, "
        "Teil 2, Stuttgart: Fraunhofer IRB 2012.",
        ("Deutsche Gesellschaft für Holzbau",),
        "Brandschutz im Holzbau",
        2012,
        RefKind.REPORT,
        id="list-body-guideline-publisher",
    ),
    pytest.param(
        NOTE,
        "Ausschuss für Mauerwerksbau (Hg.): Tragverhalten alter Ziegelgewölbe, AfM-Heft 212, "
        "Berlin 1999.",
        ("Ausschuss für Mauerwerksbau",),
        "Tragverhalten alter Ziegelgewölbe",
        1999,
        RefKind.REPORT,
        id="body-numbered-heft",
    ),
    pytest.param(
        NOTE,
        "DIN 4108-2:2013-02, Wärmeschutz und Energie-Einsparung in Gebäuden – Teil 2: "
        "Mindestanforderungen an den Wärmeschutz, Berlin 2013, Abschn. 5.1.",
        (),
        "Wärmeschutz und Energie-Einsparung in Gebäuden – Teil 2: Mindestanforderungen an den "
        "Wärmeschutz",
        2013,
        RefKind.REPORT,
        id="standard-place-year-section",
    ),
    pytest.param(
        ENTRY,
        "DIN 18040-1:2010-10: Barrierefreies Bauen. Planungsgrundlagen, Berlin: Beuth 2010.",
        (),
        "Barrierefreies Bauen. Planungsgrundlagen",
        2010,
        RefKind.REPORT,
        id="standard-colon-subtitle-publisher",
    ),
    pytest.param(
        NOTE,
        "DIN EN 1996-1-1:2013-02, Bemessung und Konstruktion von Mauerwerksbauten. Allgemeine "
        "Regeln, Berlin 2013, Abschn. 8.",
        (),
        "Bemessung und Konstruktion von Mauerwerksbauten. Allgemeine Regeln",
        2013,
        RefKind.REPORT,
        id="standard-subtitle-kept",
    ),
    pytest.param(
        NOTE,
        "Anna Berg: Messreihen an zehn Brücken [Datensatz], Version 3, Zenodo 2021, "
        "https://doi.org/10.5281/zenodo.1234567.",
        ("Anna Berg",),
        "Messreihen an zehn Brücken",
        2021,
        RefKind.WEB,
        id="dataset-german",
    ),
    pytest.param(
        ENTRY,
        "Lund, Erik: Harbour soundings 1870–1910 [dataset], v2, DANS 2019, "
        "https://doi.org/10.17026/dans-abc-1234.",
        ("Lund, Erik",),
        "Harbour soundings 1870–1910",
        2019,
        RefKind.WEB,
        id="dataset-english",
    ),
    pytest.param(
        NOTE,
        "Marie Dubois, Relevés des façades de Lyon [jeu de données], version 1, Zenodo, 2020, "
        "https://doi.org/10.5281/zenodo.7654321.",
        ("Marie Dubois",),
        "Relevés des façades de Lyon",
        2020,
        RefKind.WEB,
        id="dataset-french",
    ),
    pytest.param(
        ENTRY,
        "Pérez, Lucía: Censo de viviendas de 1860 [datos], versión 1, Madrid 2022, "
        "https://doi.org/10.5281/zenodo.1111111.",
        ("Pérez, Lucía",),
        "Censo de viviendas de 1860",
        2022,
        RefKind.WEB,
        id="dataset-spanish-short",
    ),
    pytest.param(
        NOTE,
        "Stadtarchiv Beispielstadt, Bild-Nr. 4711: Marktplatz mit Brunnen, Aufnahme 1902, "
        "https://archiv.example.org/bild/4711 (Zugriff: 01.03.2024).",
        ("Stadtarchiv Beispielstadt",),
        "Marktplatz mit Brunnen",
        1902,
        RefKind.WEB,
        id="photo-number-before-colon",
    ),
    pytest.param(
        ENTRY,
        "Stadtarchiv Beispielstadt: Marktplatz mit Brunnen, Aufnahme 1902, Bild-Nr. 4711, "
        "https://archiv.example.org/bild/4711 (Zugriff: 01.03.2024).",
        ("Stadtarchiv Beispielstadt",),
        "Marktplatz mit Brunnen",
        1902,
        RefKind.WEB,
        id="photo-number-after-title",
    ),
    pytest.param(
        NOTE,
        "ICOMOS: Charta von Florenz über historische Gärten, Florenz 1981.",
        ("ICOMOS",),
        "Charta von Florenz über historische Gärten",
        1981,
        RefKind.REPORT,
        id="body-charter",
    ),
    pytest.param(
        ENTRY,
        "ICOMOS: Charte internationale sur la conservation des monuments, Venise 1964.",
        ("ICOMOS",),
        "Charte internationale sur la conservation des monuments",
        1964,
        RefKind.REPORT,
        id="body-charter-french",
    ),
    pytest.param(
        NOTE,
        "UNI EN 1998-3:2005, Eurocodice 8 – Parte 3: Valutazione degli edifici, UNI, Milano 2005.",
        (),
        "Eurocodice 8 – Parte 3: Valutazione degli edifici",
        2005,
        RefKind.REPORT,
        id="guard-standard-body-before-place",
    ),
    pytest.param(
        NOTE,
        "UNI EN 1998-3:2005, *Eurocodice 8 – Parte 3: Valutazione*, UNI, Milano 2005.",
        (),
        "Eurocodice 8 – Parte 3: Valutazione",
        2005,
        RefKind.REPORT,
        id="guard-standard-italic-title",
    ),
    # guards: "/" that joins no names
    pytest.param(
        NOTE,
        "Hans Wendt: Die Studentenbewegung 1968/69. Eine Chronik, Berlin/New York 2001, S. 33.",
        ("Hans Wendt",),
        "Die Studentenbewegung 1968/69. Eine Chronik",
        2001,
        RefKind.BOOK,
        id="guard-year-span-and-places",
    ),
    pytest.param(
        ENTRY,
        "Falk, Grete: Baukunst der Gründerzeit, Berlin/New York: de Gruyter 1995.",
        ("Falk, Grete",),
        "Baukunst der Gründerzeit",
        1995,
        RefKind.BOOK,
        id="guard-places-publisher",
    ),
    pytest.param(
        NOTE,
        "Otto Brenner: Der neue Kirchenbau, in: Kunst und Kirche 30 (1967), Heft 3/4, S. 101–108.",
        ("Otto Brenner",),
        "Der neue Kirchenbau",
        1967,
        RefKind.ARTICLE,
        id="guard-double-issue",
    ),
    pytest.param(
        NOTE,
        "Klaus Ebert: Brückenbau im Wandel, Kassel 2019, "
        "https://www.example.org/bruecken/2019/wandel.pdf (Zugriff: 02.02.2022).",
        ("Klaus Ebert",),
        "Brückenbau im Wandel",
        2019,
        None,
        id="guard-address",
    ),
    pytest.param(
        NOTE,
        "Karl Lenz: Die Stadtkrone 1919/20, Jena 1921, S. 3.",
        ("Karl Lenz",),
        "Die Stadtkrone 1919/20",
        1921,
        RefKind.BOOK,
        id="guard-year-span-in-title",
    ),
    pytest.param(
        ENTRY,
        "Lee, Ann: Big [data] analytics in archives, London 2019.",
        ("Lee, Ann",),
        "Big [data] analytics in archives",
        2019,
        RefKind.BOOK,
        id="guard-bracketed-word-inside-title",
    ),
    pytest.param(
        ENTRY,
        "Forsberg, Nils: Charta öfver Stockholms skärgård, Stockholm 1820.",
        ("Forsberg, Nils",),
        "Charta öfver Stockholms skärgård",
        1820,
        RefKind.BOOK,
        id="guard-persons-charta-is-a-map",
    ),
]


@pytest.mark.parametrize(("is_note", "text", "authors", "title", "year", "kind"), CASES)
def test_german_note_shapes(
    is_note: bool,
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int | None,
    kind: RefKind | None,
) -> None:
    got = parse_reference(text, (1,), detect_styles=True, note=is_note)
    assert got.authors == authors
    assert got.title == title
    assert got.year == year
    if kind is not None:
        assert got.kind is kind


def _findings(
    notes: list[tuple[str, str]], entries: list[str]
) -> list[tuple[str, tuple[str, ...]]]:
    """The literature findings of a Word document whose body cites ``notes`` (number, text)
    and whose ``Quellen und Literatur`` lists ``entries``."""
    body = [p(t("Satz."), *(ref(int(n)) for n, _ in notes))]
    body.append(p(t("Quellen und Literatur"), style="Heading1"))
    body.extend(p(t(e)) for e in entries)
    footnotes = [note(int(n), t(text)) for n, text in notes]
    doc = parse_bytes(build_docx(body=body, footnotes=footnotes), "notes.docx")
    return [
        (f.kind, f.footnotes)
        for f in anomaly_findings(doc)
        if f.kind.endswith("literature-entry") or f.kind == "footnote-literature-mismatch"
    ]


_LIST = [
    "Vogel, Karin/Sander, Till: Fassaden aus Sichtmauerwerk. Pflege und Reparatur, in: "
    "Bausubstanz 8 (2017), H. 3, S. 20–27.",
    "Berger, Jutta/Lind, Hans Peter (Hg.): Baukultur der Nachkriegszeit. Eine "
    "Bestandsaufnahme, Leipzig: Seemann 2012.",
    "DIN 18040-1:2010-10: Barrierefreies Bauen. Planungsgrundlagen, Berlin: Beuth 2010.",
]


def test_notes_and_list_in_this_style_agree() -> None:
    notes = [
        (
            "1",
            "Karin Vogel/Till Sander: Fassaden aus Sichtmauerwerk. Pflege und Reparatur, in: "
            "Bausubstanz 8 (2017), H. 3, S. 22.",
        ),
        (
            "2",
            "Jutta Berger/Hans Peter Lind (Hg.): Baukultur der Nachkriegszeit. Eine "
            "Bestandsaufnahme, Leipzig 2012, S. 88.",
        ),
        (
            "3",
            "DIN 18040-1:2010-10, Barrierefreies Bauen. Planungsgrundlagen, Berlin 2010, "
            "Abschn. 4.",
        ),
    ]
    assert _findings(notes, _LIST) == []


def test_real_disagreements_are_still_found() -> None:
    notes = [
        (
            "1",
            "Karin Vogel/Till Sander: Fassaden aus Sichtmauerwerk. Pflege und Reparatur, in: "
            "Bausubstanz 8 (2019), H. 3, S. 22.",
        ),
        (
            "2",
            "Ole Brink/Tom Weiss: Ziegel und Mörtel im Kirchenbau, Hamburg 2010, S. 5.",
        ),
    ]
    found = _findings(notes, _LIST)
    assert ("footnote-literature-mismatch", ("1",)) in found
    assert ("missing-literature-entry", ("2",)) in found
