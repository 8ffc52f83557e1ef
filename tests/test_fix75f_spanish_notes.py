"""fix75f: Spanish humanities notes and their list -- two people given first joined by "y"
with a middle initial (:func:`bibcheck.parse.references.shared.split_people`), an act's
subject after its date ("Ley de … de 1864 sobre …", :mod:`.acts`), an archive's file cited
by registration or inventory number (:mod:`.archival`), a catalogue's record sheet ("fitxa
1845") no journal volume nor year (:mod:`.chicago`, :mod:`.catalogue_numbers`), and the
same read from a real ODT's footnotes.  Examples written for the test."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file
from bibcheck.parse.references.catalogue_numbers import without_catalogue_numbers
from bibcheck.parse.references.shared import split_people
from tests.test_fix63m_captions_cells import odt


@pytest.mark.parametrize(
    ("names", "people"),
    [
        ("Luis Vidal y Marta L. Pons", ("Luis Vidal", "Marta L. Pons")),
        ("Pedro Gómez y María J. Ruiz", ("Pedro Gómez", "María J. Ruiz")),
        ("Carlos Marín y Hans G. Weber", ("Carlos Marín", "Hans G. Weber")),
        ("Ana Rosado e Pedro M. Candeias", ("Ana Rosado", "Pedro M. Candeias")),
        ("Pere Vila i Anna M. Roca", ("Pere Vila", "Anna M. Roca")),
        ("Juan Prat y Rosa M. J. Soler", ("Juan Prat", "Rosa M. J. Soler")),
        ("Luis Vidal y Marta L. de la Torre", ("Luis Vidal", "Marta L. de la Torre")),
        # (as before: whole names, initials first)
        ("Luis Vidal y Marta Pons", ("Luis Vidal", "Marta Pons")),
        ("J. Pemán Ibarra y L. Arnal Sancho", ("J. Pemán Ibarra", "L. Arnal Sancho")),
        # one person's second surname, never two people
        ("José Ortega y Gasset", ("José Ortega y Gasset",)),
        ("Santiago Ramón y Cajal", ("Santiago Ramón y Cajal",)),
        ("António Silva e Sousa", ("António Silva e Sousa",)),
    ],
)
def test_given_first_people_joined_by_y(names: str, people: tuple[str, ...]) -> None:
    assert split_people(names) == people


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        (
            "Luis Vidal y Marta L. Pons, «La manzana y la calle», Revista de Urbanismo, 14, 2 "
            "(2001), pp. 33-51.",
            ("Luis Vidal", "Marta L. Pons"),
        ),
        (
            "Carlos Marín y Hans G. Weber, «Ciudades del agua», Historia Urbana, 8 (1999), "
            "pp. 101-120.",
            ("Carlos Marín", "Hans G. Weber"),
        ),
    ],
)
def test_note_authors_given_first_with_initials(note: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(note, [0], note=True, detect_styles=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors == authors


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Ley de 7 de abril de 1861 sobre expropiación forzosa, Gaceta de Madrid, "
            "núm. 98, 8 de abril de 1861, p. 1.",
            "Ley de 7 de abril de 1861 sobre expropiación forzosa",
            1861,
        ),
        (
            "Real orden de 13 de junio de 1885 sobre los caminos vecinales, Gaceta de Madrid, "
            "1885.",
            "Real orden de 13 de junio de 1885 sobre los caminos vecinales",
            1885,
        ),
        (
            "Orden de 3 de mayo de 1890 relativa a las escuelas normales, Gaceta de Madrid, 1890.",
            "Orden de 3 de mayo de 1890 relativa a las escuelas normales",
            1890,
        ),
        (
            "Real Decreto 1000/2010 por el que se regula el visado, BOE núm. 190, 6 de agosto "
            "de 2010.",
            "Real Decreto 1000/2010 por el que se regula el visado",
            2010,
        ),
        (
            "Ley 14/1986 sobre sanidad pública, BOE, 1986.",
            "Ley 14/1986 sobre sanidad pública",
            1986,
        ),
        (
            "Lei de 1 de outubro de 1828 sobre as câmaras municipais, Coleção das Leis do "
            "Império, 1828.",
            "Lei de 1 de outubro de 1828 sobre as câmaras municipais",
            1828,
        ),
        (
            "Decreto de 9 de julio de 1870 por la que se crea la comisión, Gaceta de Madrid, 1870.",
            "Decreto de 9 de julio de 1870 por la que se crea la comisión",
            1870,
        ),
        (
            "Real Decreto de 2 de mayo de 1890 relativo al alumbrado público, Gaceta de "
            "Madrid, 1890.",
            "Real Decreto de 2 de mayo de 1890 relativo al alumbrado público",
            1890,
        ),
        # (as before: French "relative à", no subject, a subject after a comma)
        (
            "Loi du 9 décembre 1905 relative à la séparation des Églises et de l'État, JORF, "
            "11 décembre 1905.",
            "Loi du 9 décembre 1905 relative à la séparation des Églises et de l'État",
            1905,
        ),
        (
            "Ley de 29 de junio de 1911, Gaceta de Madrid, 1911.",
            "Ley de 29 de junio de 1911",
            1911,
        ),
    ],
)
def test_an_acts_subject_after_its_date(text: str, title: str, year: int) -> None:
    for note in (True, False):
        ref = parse_reference(text, [0], note=note, detect_styles=True)
        assert (ref.title, ref.year) == (title, year)


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        (
            "Arxiu Municipal de Girona, Fons Puig, inv. 12.04/88, «Plànol de la muralla», 1861.",
            True,
        ),
        ("Archivo Histórico Provincial de Cádiz, Fondo Ruiz, inv. 245.", True),
        ("Archivio di Stato di Torino, Fondo Rossi, inventario n. 31.", True),
        ("Archivo Municipal de León, Fondo Gil, inventario núm. 4.", True),
        ("Rigsarkivet, Indenrigsministeriet, Helle Bruuns arkiv, reg.nr. 4711.", True),
        ("Riksarkivet, Kammarkollegiet, Per Ekmans arkiv, reg. nr. 12.", True),
        ("Nationaal Archief, Archief van K. de Wit, inv.nr. 56.", True),
        ("Stadtarchiv Bonn, Nachlass H. Ort, Inv.-Nr. 7.", True),
        ("Landsarkivet for Fyn, Amtsarkivet, j.nr. 1234.", True),
        # (a published book about an archive: no file)
        ("Arxiu Municipal de Girona, Guia del fons (Girona: Ajuntament, 1999).", False),
        ("Anna Roca, L'arxiu de la ciutat, Girona, Diputació, 2004.", False),
    ],
)
def test_archival_files_by_registration_or_inventory_number(text: str, archival: bool) -> None:
    assert archival_file(text) is archival


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Catàleg del Patrimoni, fitxa 1845.", True),
        ("Catálogo Monumental, ficha 1720.", True),
        ("Inventaire général, fiche 1650.", True),
        ("Catalogo generale dei Beni Culturali, scheda 1701.", True),
        ("Catálogo, ficha nº 1832.", True),
        ("Fiche 2019 du ministère.", False),  # (a capitalised word: a title's)
    ],
)
def test_record_sheet_numbers_are_no_year(text: str, blanked: bool) -> None:
    digits = next(w for w in text.replace(".", " ").split() if w.isdigit())
    assert (digits not in without_catalogue_numbers(text)) is blanked


@pytest.mark.parametrize(
    "text",
    [
        "CONSELL DE MALLORCA, «Can Oleza», Catàleg del Patrimoni Arquitectònic, fitxa 1845, "
        "https://patrimoni.mallorca.example.net/fitxa/1845 (consultado el 2 de mayo de 2023).",
        "MUSEO DEL TRAJE, «Mantón de Manila», Catálogo de colecciones, ficha 1720, "
        "https://museo.example.org/ficha/1720 (consultado el 5 de junio de 2022).",
    ],
)
def test_a_catalogue_record_online_is_a_web_page(text: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is RefKind.WEB
    assert ref.volume is None
    assert ref.year is None
    assert not ref.anomalies


def test_odt_notes_and_list_in_spanish() -> None:
    doc = odt(
        [
            "# La manzana y la calle",
            "El trazado de la ciudad nueva siguió la ley{fn:Ley de 7 de abril de 1861 sobre "
            "expropiación forzosa, Gaceta de Madrid, núm. 98, 8 de abril de 1861, p. 1.} y un "
            "plano conservado en el archivo.{fn:Arxiu Municipal de Girona (en adelante AMG), "
            "Fons Puig, inv. 12.04/88, «Plànol de la muralla», 1861.} Su lectura "
            "posterior es conocida.{fn:Luis Vidal y Marta L. Pons, «La manzana y la calle», "
            "Revista de Urbanismo, 14, 2 (2001), pp. 33-51.}",
            "# Fuentes y bibliografía",
            "Arxiu Municipal de Girona (AMG), Fons Puig, inv. 12.04/88.",
            "Ley de 7 de abril de 1861 sobre expropiación forzosa, Gaceta de Madrid, núm. 98, "
            "8 de abril de 1861.",
            "VIDAL, Luis y PONS, Marta L., «La manzana y la calle», Revista de Urbanismo, 14, "
            "2 (2001), pp. 33-51.",
        ]
    )
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["1"].title == "Ley de 7 de abril de 1861 sobre expropiación forzosa"
    assert notes["3"].authors == ("Luis Vidal", "Marta L. Pons")
    assert [e.reference.title for e in doc.literature][1] == (
        "Ley de 7 de abril de 1861 sobre expropiación forzosa"
    )
    missing = [
        f for f in analyse_document(doc, {}, {}) if f.kind.value == "missing-literature-entry"
    ]
    assert missing == []
