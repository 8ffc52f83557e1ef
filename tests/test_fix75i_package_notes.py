"""A word-processor package's note reads as the same note in Markdown (fix75i).

A DOCX or OpenDocument reader reads a note whose italics end its title in the Polish,
Czech and Slovak tradition itself (:mod:`bibcheck.readers.noteitalic`,
:mod:`bibcheck.parse.references.polish_notes`); any other note is left to the parsers, as a
Markdown footnote is.  ``t. 2`` was taken for the tradition's *tom* in any document but a
Spanish or Portuguese one, so a French or Italian note with its *tome*/*tomo* (``Jean
Dupont, *Histoire de la ville*, t. 2, Paris, Armand Colin, 1990``) was read as a Polish one
in a French, Italian, German or English document: its publisher taken for its place.
``t. 2`` is now a sign of the tradition only in a Polish, Czech or Slovak document (or one
whose language is not known); the tradition's own letters and abbreviations (``s. 12``,
``[w:]``, ``red.``, ``roč.``) are one in any document.

Built here: each note in a real DOCX and ODT package, read through
:func:`bibcheck.manuscript.parse_bytes`, and compared field by field with the same note as
a Markdown footnote in a document of the same language.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference
from tests.fix75b_packages import PACKAGES

_BODY = {
    "fr": (
        "L'histoire des hôpitaux n'est pas une histoire simple, et leurs archives sont "
        "nombreuses. L'étude des livres de comptes montre que l'assistance était l'œuvre "
        "des confréries et de la ville, et aussi une affaire des familles du lieu."
    ),
    "it": (
        "La storia degli ospedali non è una storia semplice, e i loro archivi sono molti. "
        "Lo studio dei libri dei conti mostra che l'assistenza era opera delle confraternite "
        "e del comune, e anche una cosa delle famiglie del luogo."
    ),
    "es": (
        "La historia de los hospitales no es una historia sencilla, y sus archivos son "
        "muchos. El estudio de los libros de cuentas muestra que la asistencia fue obra de "
        "las cofradías y del concejo, y que también era cosa de las familias de la villa."
    ),
    "pt": (
        "A história das misericórdias não é uma história simples, e os seus arquivos são "
        "muitos. O estudo dos livros de contas mostra que a assistência foi feita pelas "
        "confrarias e pelo concelho, e que também era uma obra das famílias da vila."
    ),
    "de": (
        "Die Geschichte der Spitäler ist keine einfache Geschichte, und ihre Archive sind "
        "zahlreich. Das Studium der Rechnungsbücher zeigt, dass die Fürsorge ein Werk der "
        "Bruderschaften und der Stadt war und auch eine Sache der Familien des Ortes."
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
    "cs": (
        "Dějiny nemocnic nejsou jednoduché a jejich archivy jsou rozsáhlé. Studium účetních "
        "knih ukazuje, že péče byla dílem bratrstev a města, a také že byla věcí rodin, "
        "které se o ni staraly. Je to tak i v jiných městech, jako je Brno nebo Olomouc."
    ),
}

_FIELDS = ("authors", "title", "volume", "place", "publisher", "year", "pages")


def _fields(ref: Reference | None, fields: tuple[str, ...]) -> tuple[object, ...]:
    assert ref is not None
    return tuple(getattr(ref, f) for f in fields)


def _package_reference(package: str, language: str, note: str) -> Reference | None:
    data, path = PACKAGES[package](_BODY[language], [note])
    doc = parse_bytes(data, path)
    (footnote,) = doc.footnotes
    return footnote.reference


def _markdown_reference(language: str, note: str) -> Reference | None:
    text = f"{_BODY[language]}[^1]\n\n[^1]: {note}\n"
    doc = parse_bytes(text.encode(), "artikel.md")
    (footnote,) = doc.footnotes
    return footnote.reference


# --------------------------------------------------------------------------
# notes with no pinpoint: every field as in Markdown.  The rows marked "guard" pass on
# main too (a volume the tradition does not write, "vol.", "tome", "t. II", "Bd."; Spanish
# and Portuguese "t. 2", fixed by fix75b); the others fail on main (read as Polish-tradition
# notes: the publisher taken for the place, no publisher)
# --------------------------------------------------------------------------

_SAME = [
    ("fr", "Jean Dupont, *Histoire de la ville*, t. 2, Paris, Armand Colin, 1990."),
    ("fr", "Pierre Lambert, *La vie des hôpitaux*, t. 3, Paris, Fayard, 1975."),
    ("fr", "Michel Bernard, *Le commerce du sel*, t. 4, Bordeaux, Féret, 1962."),
    ("fr", "Hélène Roussel, *Les métiers de la soie*, t. 1, Lyon, Éditions lyonnaises, 1983."),
    ("fr", "Jacques Fontaine, *Les foires de Champagne*, t. 2, Paris, Picard, 1953."),
    ("fr", "Jean Dupont, *Histoire de la ville*, t. II, Paris, Armand Colin, 1990."),  # guard
    ("fr", "Jean Dupont, *Histoire de la ville*, tome 2, Paris, Armand Colin, 1990."),  # guard
    ("it", "Mario Rossi, *Storia di Milano*, t. 2, Milano, Einaudi, 1990."),
    ("it", "Giulia Bianchi, *Le confraternite toscane*, t. 1, Firenze, Olschki, 2001."),
    ("it", "Luca Ferrari, *Il porto di Genova*, t. 3, Genova, Sagep, 1985."),
    ("it", "Anna Conti, *Gli ospedali del Regno*, t. 2, Napoli, Liguori, 1997."),
    ("it", "Mario Rossi, *Storia di Milano*, vol. 2, Milano, Einaudi, 1990."),  # guard
    ("it", "Mario Rossi, *Storia di Milano*, tomo 2, Milano, Einaudi, 1990."),  # guard
    ("es", "Rosa María Quintana Lozano, *Fueros locales*, t. 2, Madrid, Cátedra, 1990."),  # guard
    ("es", "Lucía Otero Cifuentes, *Cofradías y concejos*, t. 1, Sevilla, Alfar, 1995."),  # guard
    ("es", "Tomás Herrero Gil, *El concejo de Burgos*, t. 3, Madrid, Marcial Pons, 2006."),  # guard
    ("pt", "Maria Lúcia Ribeiro Costa, *História da saúde*, t. 2, Lisboa, Cosmos, 1998."),  # guard
    # (guard)
    (
        "pt",
        "Joaquim Pedro Sardinha Valente, *Os forais da comarca*, t. 1, Coimbra, Almedina, 1987.",
    ),
    # (guard)
    (
        "pt",
        "Ana Cristina Barros Seixas, *Confrarias e hospitais*, t. 3, Porto, Afrontamento, 2004.",
    ),
    # a French or Italian work cited in a German or English document
    ("de", "Jean Dupont, *Histoire de la ville*, t. 2, Paris, Armand Colin, 1990."),
    ("de", "Mario Rossi, *Storia di Milano*, t. 2, Milano, Einaudi, 1990."),
    ("de", "Pierre Lambert, *La vie des hôpitaux*, t. 3, Paris, Fayard, 1975."),
    ("de", "Anna Conti, *Gli ospedali del Regno*, t. 2, Napoli, Liguori, 1997."),
    ("de", "Hans Müller, *Geschichte der Stadt*, Bd. 2, Berlin, Duncker & Humblot, 1990."),  # guard
    ("en", "Jean Dupont, *Histoire de la ville*, t. 2, Paris, Armand Colin, 1990."),
    ("en", "Mario Rossi, *Storia di Milano*, t. 2, Milano, Einaudi, 1990."),
    ("en", "Pierre Lambert, *La vie des hôpitaux*, t. 3, Paris, Fayard, 1975."),
    ("en", "Jacques Fontaine, *Les foires de Champagne*, t. 2, Paris, Picard, 1953."),
    ("en", "Giulia Bianchi, *Le confraternite toscane*, t. 1, Firenze, Olschki, 2001."),
    ("en", "John Smith, *A History of the Town*, vol. 2, London, Macmillan, 1990."),  # guard
]


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("language", "note"), _SAME)
def test_package_note_reads_as_in_markdown(package: str, language: str, note: str) -> None:
    expected = _fields(_markdown_reference(language, note), _FIELDS)
    ref = _package_reference(package, language, note)
    assert _fields(ref, _FIELDS) == expected
    assert ref is not None and ref.style != "polish"


# --------------------------------------------------------------------------
# notes with a pinpoint ("p. 12"): every field but the pages as in Markdown (a package's
# note is read with the style parsers on, which take "p. 12" for the pages: no matter of
# the tradition's); all fail on main
# --------------------------------------------------------------------------

_PINPOINTED = [
    ("fr", "Jean Dupont, *Histoire de la ville*, t. 2, Paris, Armand Colin, 1990, p. 12."),
    (
        "fr",
        "Claire Morel, *Les confréries de Lyon*, t. 1, Lyon, Presses universitaires de Lyon, "
        "2004, p. 45.",
    ),
    ("it", "Mario Rossi, *Storia di Milano*, t. 2, Milano, Einaudi, 1990, p. 12."),
    ("it", "Anna Conti, *Gli ospedali del Regno*, t. 2, Napoli, Liguori, 1997, pp. 10-15."),
    ("en", "Pierre Lambert, *La vie des hôpitaux*, t. 3, Paris, Fayard, 1975, p. 201."),
    ("de", "Jean Dupont, *Histoire de la ville*, t. 2, Paris, Armand Colin, 1990, S. 12."),
]


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("language", "note"), _PINPOINTED)
def test_pinpointed_package_note_reads_as_in_markdown(
    package: str, language: str, note: str
) -> None:
    fields = _FIELDS[:-1]
    expected = _fields(_markdown_reference(language, note), fields)
    assert _fields(_package_reference(package, language, note), fields) == expected


# --------------------------------------------------------------------------
# guards (pass on main too): Polish and Czech notes keep the tradition's reading -- by
# "t. 2" in a Polish or Czech document, by the tradition's letters or abbreviations in any
# --------------------------------------------------------------------------

# (language, note, place, publisher, year, pages)
_TRADITION = [
    (
        "pl",
        "J. Kowalski, *Historia miasta*, t. 2, Warszawa: PWN 1990.",
        "Warszawa",
        "PWN",
        1990,
        None,
    ),
    (
        "pl",
        "J. Kowalski, *Historia miasta*, Warszawa: PWN 1990, s. 12.",
        "Warszawa",
        "PWN",
        1990,
        "12",
    ),
    (
        "cs",
        "J. Novak, *Dejiny mesta*, t. 2, Praha: Academia 1984.",
        "Praha",
        "Academia",
        1984,
        None,
    ),
    (
        "cs",
        "J. Novák, *Dějiny města*, Praha: Academia 1984, s. 12–14.",
        "Praha",
        "Academia",
        1984,
        "12–14",
    ),
    (
        "en",
        "J. Kowalski, *Historia miasta*, Warszawa 1990, s. 12–14.",
        "Warszawa",
        None,
        1990,
        "12–14",
    ),
    ("en", "A. Bąk, *Dzieje Łodzi*, t. 2, Łódź 1988.", "Łódź", None, 1988, None),
    (
        "fr",
        "M. Zieliński, *Handel zbożem*, Poznań: Wydawnictwo Poznańskie 1977.",
        "Poznań",
        "Wydawnictwo Poznańskie",
        1977,
        None,
    ),
    ("de", "P. Dvořák, *Cechy a bratrstva*, Brno: Host 2003, s. 40.", "Brno", "Host", 2003, "40"),
]


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("language", "note", "place", "publisher", "year", "pages"), _TRADITION)
def test_tradition_note_keeps_its_reading(
    package: str,
    language: str,
    note: str,
    place: str,
    publisher: str | None,
    year: int,
    pages: str | None,
) -> None:
    ref = _package_reference(package, language, note)
    assert ref is not None and ref.style == "polish"
    assert (ref.place, ref.publisher, ref.year, ref.pages) == (place, publisher, year, pages)


def test_bodies_are_read_in_their_languages() -> None:
    # (the premise of the tables: each body tells its document's language)
    from bibcheck.readers.bodylanguage import document_language

    for language, body in _BODY.items():
        assert document_language([body]) == language
