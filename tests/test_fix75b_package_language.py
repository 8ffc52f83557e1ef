"""A word-processor package's notes are read in the document's language (fix75b).

A DOCX or OpenDocument reader parses some of its notes while reading them (a note in the
Polish tradition, read by its italics: :mod:`bibcheck.readers.noteitalic`); the document's
language (:mod:`bibcheck.parse.references.doclanguage`) was told only after the package was
read, so those notes were parsed without it.  The reader now tells the language from its
body's paragraphs before it reads its notes (:func:`bibcheck.readers.bodylanguage.document_language`) and
says it (``RawDocument.language``).

In a Spanish or Portuguese document a note's ``t. 2`` is a *tomo*: such a note with none
of the Polish, Czech or Slovak letters is no note of the Polish tradition there, and its
names are filed as the document's language files them (``Quintana Lozano, Rosa María``;
``Costa, Maria Lúcia Ribeiro``).  Built here: real DOCX and ODT packages, read through
:func:`bibcheck.manuscript.parse_bytes`; an English or Polish document reads as before.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference
from bibcheck.readers import docx, odt
from tests.fix75b_packages import PACKAGES, docx_package

# --------------------------------------------------------------------------
# bodies (one paragraph per note) in the document's language
# --------------------------------------------------------------------------

_BODY = {
    "pt": (
        "A história das misericórdias não é uma história simples, e os seus arquivos são "
        "muitos. O estudo dos livros de contas mostra que a assistência foi feita pelas "
        "confrarias e pelo concelho, e que também era uma obra das famílias da vila."
    ),
    "es": (
        "La historia de los hospitales no es una historia sencilla, y sus archivos son "
        "muchos. El estudio de los libros de cuentas muestra que la asistencia fue obra de "
        "las cofradías y del concejo, y que también era cosa de las familias de la villa."
    ),
    "en": (
        "The history of the hospitals is not a simple one, and their archives are many. "
        "A study of the account books shows that the relief was the work of the guilds and "
        "of the town, and that it was also a matter for the families of the place."
    ),
    "pl": (
        "Historia szpitali nie jest prosta, a ich archiwa są liczne. Badanie ksiąg "
        "rachunkowych pokazuje, że opieka była dziełem bractw i miasta oraz że była to "
        "także sprawa rodzin, które przez lata dbały o jej trwanie w mieście."
    ),
}


def _note_references(package: str, language: str, notes: list[str]) -> list[Reference]:
    data, path = PACKAGES[package](_BODY[language], notes)
    doc = parse_bytes(data, path)
    assert len(doc.footnotes) == len(notes)
    return [note.reference for note in doc.footnotes]


# --------------------------------------------------------------------------
# notes with a "t. 2" (tomo) in Spanish and Portuguese documents
# --------------------------------------------------------------------------

# (language, note, authors, title, year) -- fail on main: read as Polish-tradition notes,
# their names as written
_TOMO = [
    (
        "pt",
        "Maria Lúcia Ribeiro Costa, *História da saúde*, t. 2, Lisboa, 1998, p. 45.",
        ("Costa, Maria Lúcia Ribeiro",),
        "História da saúde",
        1998,
    ),
    (
        "pt",
        "Joaquim Pedro Sardinha Valente, *Os forais da comarca*, t. 1, Coimbra, 1987, p. 12.",
        ("Valente, Joaquim Pedro Sardinha",),
        "Os forais da comarca",
        1987,
    ),
    (
        "pt",
        "Ana Cristina Barros Seixas, *Confrarias e hospitais*, t. 3, 2004, p. 201.",
        ("Seixas, Ana Cristina Barros",),
        "Confrarias e hospitais",
        2004,
    ),
    (
        "es",
        "Rosa María Quintana Lozano, *Fueros locales*, t. 2, Madrid, 1990, p. 12.",
        ("Quintana Lozano, Rosa María",),
        "Fueros locales",
        1990,
    ),
    (
        "es",
        "Gonzalo Ibarra Méndez, *Hospitales de Castilla*, t. 3, Valladolid, 2001, p. 7.",
        ("Ibarra Méndez, Gonzalo",),
        "Hospitales de Castilla",
        2001,
    ),
    (
        "es",
        "Lucía Otero Cifuentes, *Cofradías y concejos*, t. 1, 1995, p. 88.",
        ("Otero Cifuentes, Lucía",),
        "Cofradías y concejos",
        1995,
    ),
]


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("language", "note", "authors", "title", "year"), _TOMO)
def test_tomo_note_filed_by_the_document_language(
    package: str,
    language: str,
    note: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
) -> None:
    (ref,) = _note_references(package, language, [note])
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    assert ref.style != "polish"


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_tomo_note_keeps_its_place_and_publisher(package: str) -> None:
    (ref,) = _note_references(
        package,
        "es",
        ["Rosa María Quintana Lozano, *Fueros locales*, t. 2, Madrid, Cátedra, 1990."],
    )
    assert (ref.place, ref.publisher) == ("Madrid", "Cátedra")


# --------------------------------------------------------------------------
# guards (pass on main too): notes with no "t." in Spanish and Portuguese documents; a
# Polish-tradition note in a Spanish one; the same notes in English and Polish documents
# --------------------------------------------------------------------------

_AS_BEFORE = [
    # no sign in the note: the document's language files the names (read after reading)
    (
        "pt",
        "Maria Lúcia Ribeiro Costa, *História da saúde*, 45.",
        ("Costa, Maria Lúcia Ribeiro",),
    ),
    ("es", "Rosa María Quintana Lozano, *Fueros locales*, 12.", ("Quintana Lozano, Rosa María",)),
    # a note of the Polish tradition in a Spanish document: its own abbreviation ("s. 12")
    # or its letters tell it
    ("es", "Jan Kowalski, *Dzieje szpitali*, t. 2, Warszawa 1990, s. 12.", ("Jan Kowalski",)),
    ("pt", "Piotr Nowak, *Bractwa i szpitale*, t. 1, Kraków 2004.", ("Piotr Nowak",)),
    # an English document: the same notes as before
    (
        "en",
        "Rosa María Quintana Lozano, *Fueros locales*, t. 2, Madrid, 1990, p. 12.",
        ("Rosa María Quintana Lozano",),
    ),
    (
        "en",
        "Maria Lúcia Ribeiro Costa, *História da saúde*, 45.",
        ("Maria Lúcia Ribeiro Costa",),
    ),
    ("en", "Harold James Whitcombe, *Hospitals*, London, 2001, p. 3.", ("Harold James Whitcombe",)),
    # a Polish document: a Polish-tradition note as before
    ("pl", "Jan Kowalski, *Dzieje szpitali*, t. 2, Warszawa 1990, s. 12.", ("Jan Kowalski",)),
]


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("language", "note", "authors"), _AS_BEFORE)
def test_notes_read_as_before(
    package: str, language: str, note: str, authors: tuple[str, ...]
) -> None:
    (ref,) = _note_references(package, language, [note])
    assert ref.authors == authors


@pytest.mark.parametrize("language", ["es", "pt", "pl"])
def test_polish_tradition_kept_in_its_own_signs(language: str) -> None:
    (ref,) = _note_references(
        "docx", language, ["Jan Kowalski, *Dzieje szpitali*, t. 2, Warszawa 1990, s. 12."]
    )
    assert (ref.style, ref.title, ref.year) == ("polish", "Dzieje szpitali", 1990)


# --------------------------------------------------------------------------
# the reader says the language it read the notes in
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("package", "language"),
    [("docx", "pt"), ("docx", "es"), ("docx", "en"), ("odt", "pt"), ("odt", "es"), ("odt", "pl")],
)
def test_reader_says_the_body_language(package: str, language: str) -> None:
    data, path = PACKAGES[package](_BODY[language], ["Autor, *Obra*, 12."])
    read = docx.read_bytes if package == "docx" else odt.read_bytes
    assert read(data, path).language == language


def test_reader_of_a_body_too_short_says_none() -> None:
    data, path = docx_package("Texto.", ["Autor, *Obra*, 12."])
    assert docx.read_bytes(data, path).language is None
