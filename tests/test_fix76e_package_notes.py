"""A note written in Word or LibreOffice gives the fields the same note gives as a Markdown
footnote (fix76e): a differential table.

Each note is built into a DOCX (the corpus builder, tests/corpus_build/build_docx.py), an
ODT (tests/corpus_build/build_odt.py ``Doc``) and a Markdown document, each with a body
paragraph in the note's language, and read through :func:`bibcheck.manuscript.parse_file`
/ :func:`~bibcheck.manuscript.parse_bytes`.  The package readers parse their notes with
style detection on, the Markdown reader with it off: with detection on, German's reading
took a comma imprint's place and publisher before the year for words of its title
(``Maria Helena Coelho, *Os portos do Algarve*, Lisboa, Cosmos, 1999, p. 45``: no place,
no publisher), where the notes' own order reads the placed comma form first
(:func:`bibcheck.parse.references.styles.detect_fields` now does too).  And ``t. 2`` was a
Polish sign in a document of unknown language (``Jean Morel, *Les ports de Bretagne*, t. 2,
Rennes, Ouest-France, 1995``: Ouest-France taken for the place).

Compared field by field (``pages`` left out where the Markdown reading drops a comma
imprint's locator, see ``_LOCATOR``); Polish and Czech notes, which the package readers read
with their italics (:mod:`bibcheck.readers.noteitalic`), are compared between DOCX and ODT.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import Reference

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus_build"))
import build_docx  # noqa: E402
import build_odt  # noqa: E402

_BODY = {
    "en": (
        "The history of the county's harbours has been written many times, yet the records "
        "of the harbour boards remain little read by historians of trade and of the towns "
        "along the coast."
    ),
    "de": (
        "Die Geschichte der Häfen an der Küste ist oft geschrieben worden, doch die Akten der "
        "Hafenbehörden sind von der Forschung bisher kaum gelesen und nur selten ausgewertet "
        "worden."
    ),
    "pt": (
        "A história dos portos da costa foi escrita muitas vezes, mas os registos das "
        "capitanias continuam pouco lidos pelos historiadores do comércio e das vilas do "
        "litoral. Não há ainda um estudo que reúna as fontes, e por isso o presente "
        "trabalho começa pelos arquivos das câmaras e das alfândegas."
    ),
    "es": (
        "La historia de los puertos de la costa se ha escrito muchas veces, pero los "
        "registros de las capitanías siguen siendo poco leídos por los historiadores del "
        "comercio y de las villas."
    ),
    "fr": (
        "L'histoire des ports de la côte a été écrite bien des fois, mais les registres des "
        "capitaineries restent peu lus par les historiens du commerce et des villes du "
        "littoral. Il n'existe pas encore d'étude qui réunisse les sources, et c'est "
        "pourquoi ce travail commence par les archives des villes et des douanes."
    ),
    "it": (
        "La storia dei porti della costa è stata scritta molte volte, ma i registri delle "
        "capitanerie restano poco letti dagli storici del commercio e delle città del "
        "litorale. Non esiste ancora uno studio che raccolga le fonti, e per questo il "
        "presente lavoro comincia dagli archivi dei comuni e delle dogane."
    ),
    "pl": (
        "Historia portów na wybrzeżu była pisana wiele razy, ale akta urzędów portowych są "
        "wciąż mało czytane przez historyków handlu i miast. Nie ma jeszcze pracy, która "
        "zebrałaby te źródła, dlatego to studium zaczyna się od archiwów miejskich i celnych, "
        "w których jest wiele ksiąg oraz listów, a ich treść nie była dotąd badana przez "
        "nikogo, choć jest ważna dla miast."
    ),
    "cs": (
        "Dějiny přístavů na pobřeží byly psány mnohokrát, ale spisy přístavních úřadů jsou "
        "dosud málo čteny historiky obchodu a měst. Není to jednoduché, protože prameny jsou "
        "v archivech měst a celních úřadů a je jich mnoho. Tato studie se proto zabývá "
        "nejprve knihami, které byly vedeny v Hamburku, a také listy, jako je zpráva pro "
        "město, která se nedochovala celá."
    ),
    # (too short for its language to be told)
    "??": "See the note.",
}

_FIELDS = (
    "authors",
    "title",
    "host",
    "volume",
    "issue",
    "place",
    "publisher",
    "year",
    "pages",
    "kind",
    "url",
)


def _fields(ref: Reference | None) -> dict[str, object]:
    assert ref is not None
    return {f: getattr(ref, f) for f in _FIELDS} | {"kind": ref.kind.value}


def _markdown(language: str, note: str) -> dict[str, object]:
    doc = parse_bytes(f"{_BODY[language]}[^1]\n\n[^1]: {note}\n".encode(), "artigo.md")
    (footnote,) = doc.footnotes
    return _fields(footnote.reference)


def _docx(tmp: Path, language: str, note: str) -> dict[str, object]:
    folder = tmp / "_src" / "docx" / "nota"
    folder.mkdir(parents=True)
    meta = {"document": "nota.docx", "reader": "docx", "clean": True}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (folder / "body.txt").write_text(_BODY[language] + "{fn:" + note + "}\n", encoding="utf-8")
    build_docx.build(folder)
    (footnote,) = parse_file(tmp / "docx" / "nota.docx").footnotes
    return _fields(footnote.reference)


def _odt(tmp: Path, language: str, note: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    tmp.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(build_odt, "OUT", tmp)
    marked = re.sub(r"\*([^*]+)\*", r"{it:\1}", note)
    meta = {"title": "Nota", "reader": "odt", "clean": True}
    build_odt.Doc("nota", meta, [_BODY[language] + "{fn:" + marked + "}"]).write()
    (footnote,) = parse_file(tmp / "nota.odt").footnotes
    return _fields(footnote.reference)


# (language, note): Chicago, DIN, Portuguese, Spanish, French and Italian notes -- books,
# chapters, articles, reports, archival items, web pages -- with and without a locator
_NOTES = [
    ("en", "John Harcourt, *The Harbour Boards of Kent* (London: Longman, 1962), 45."),
    ("en", "John Harcourt, *The Harbour Boards of Kent* (London: Longman, 1962), p. 45."),
    (
        "en",
        'Mary Ellison, "Coal and the Coast," *Journal of Maritime History* 12, no. 3 (1988): '
        "201–25, 210.",
    ),
    (
        "en",
        'Mary Ellison, "Coal and the Coast," in *Ports and Towns*, ed. Peter Grant (Oxford: '
        "Clarendon Press, 1991), pp. 33–58.",
    ),
    ("en", "Kent Archives, Harbour Board Minutes, 1871–1880, MS H/4/2, fol. 12."),
    (
        "en",
        'Harbour Trust of Kent, "Dredging Records, 1850–1900," accessed March 3, 2021, '
        "https://www.example.org/dredging.",
    ),
    ("en", "Port Authority of Kent, *Annual Report 1998* (Dover: Port Authority, 1999), 12."),
    (
        "en",
        "George Whitlow, *Tides and Trade: The Medway Ports* (Cambridge: Cambridge "
        "University Press, 2004), 117–19.",
    ),
    ("de", "Hans Becker: Die Häfen der Ostsee. Berlin: Duncker & Humblot 1975, S. 12."),
    (
        "de",
        "Anna Vogel, Der Hafen von Lübeck, in: Hansische Geschichtsblätter 98 (1980), "
        "S. 45–67, hier S. 50.",
    ),
    ("de", "Peter Lenz, Schiffahrt auf der Elbe, Hamburg 1990."),
    # (a place and a year after an italic title: a book, the page its pages)
    ("de", "Hans Becker, *Die Häfen der Ostsee*, Berlin 1975, S. 12."),
    ("de", "Karl Richter, *Seehandel und Stadt*, Bd. 2, Frankfurt am Main 1981, S. 7–9."),
    ("en", "Otto Lange, *Der Elbhandel*, Hamburg 1962."),
    ("pt", "COELHO, Maria Helena. *Os portos do Algarve*. Lisboa: Cosmos, 1999. p. 45."),
    ("pt", "Rui Ramos, «O porto de Lisboa», *Análise Social*, 30 (1995), pp. 211-240."),
    ("pt", "Joaquim Romero Magalhães, *O Algarve económico*, Lisboa, Estampa, 1988."),
    ("es", "Juan Pérez Gil, *Los puertos de Cantabria*, Madrid, Cátedra, 1990, pág. 33."),
    ("es", "Ana Ruiz Soto, «El comercio del hierro», *Hispania*, 52 (1992), pp. 101-130."),
    ("es", "Carmen Díaz Ortega, *El puerto de Bilbao*, Bilbao, Universidad de Deusto, 1995."),
    (
        "fr",
        "Jean Morel, *Les ports de Bretagne*, Rennes, Presses universitaires de Rennes, "
        "1995, p. 45.",
    ),
    ("fr", "Jean Morel, « Le cabotage breton », *Annales de Bretagne*, t. 102, 1995, p. 45-60."),
    ("fr", "Archives départementales du Finistère, 4 S 112, registre du port de Brest, 1791."),
    (
        "fr",
        "Paul Girard, *Le port de Nantes au XVIIIe siècle*, Nantes, Ouest Éditions, 2001, p. 88.",
    ),
    (
        "it",
        "Luisa Ferri, «Il porto di Livorno», *Rivista storica italiana*, 101 (1989), pp. 55-80.",
    ),
    # comma imprints ending with a locator: the locator the note's pages in every reader
    ("pt", "Maria Helena Coelho, *Os portos do Algarve*, Lisboa, Cosmos, 1999, p. 45."),
    ("pt", "José Mattoso, *História de Portugal*, vol. 2, Lisboa, Estampa, 1993, pp. 120-125."),
    ("es", "Juan Pérez Gil, *Los puertos de Cantabria*, Madrid, Cátedra, 1990, p. 33."),
    ("it", "Mario Conti, *I porti della Liguria*, Genova, Sagep, 1987, p. 45."),
    ("it", "Mario Conti, *I porti della Liguria*, Genova, Sagep, 1987, pp. 45-50."),
    ("en", "Jean Morel, *Les ports de Bretagne*, t. 2, Rennes, Ouest-France, 1995, p. 45."),
    ("fr", "Luc Marin, *Les ports du Ponant*, t. 2, Brest, Éditions du Ponant, 1989, p. 14."),
    ("it", "Anna Serra, *I porti sardi*, t. 1, Cagliari, Edizioni della Torre, 1992, p. 7."),
]

# a colon imprint after a comma-form title, ending with a locator: the Markdown note keeps
# its marks in its text and is read in Chicago's order, which leaves the locator out of
# ``pages``; every other field as in Markdown
_LOCATOR = [
    ("pt", "Maria Helena Coelho, *Os portos do Algarve*, Lisboa: Cosmos, 1999, p. 45."),
    ("es", "Juan Pérez Gil, *Los puertos de Cantabria*, Madrid: Cátedra, 1990, p. 33."),
]

# Polish and Czech notes, read in their tradition with their italics: by the package
# readers (:mod:`bibcheck.readers.noteitalic`) and now a Markdown footnote's too
_TRADITION = [
    ("pl", "Jan Nowak, *Porty Bałtyku*, Gdańsk: Wydawnictwo Morskie 1978, s. 45."),
    ("pl", "Jan Nowak, *Porty Bałtyku*, t. 2, Gdańsk 1978, s. 45."),
    ("pl", "Jan Nowak, *Porty Bałtyku*, Gdańsk: Wydawnictwo Morskie 1978."),
    ("cs", "Jan Novák, *Přístavy na Labi*, Praha: Academia 1985, s. 45."),
    ("cs", "Jan Novák, *Přístavy na Labi*, Praha 1985, str. 45."),
    ("cs", "Jan Novák, *Přístavy na Labi*, Praha: Academia 1985."),
]


@pytest.mark.parametrize(("language", "note"), _NOTES)
def test_package_note_reads_as_in_markdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, note: str
) -> None:
    expected = _markdown(language, note)
    assert _docx(tmp_path / "d", language, note) == expected
    assert _odt(tmp_path / "o", language, note, monkeypatch) == expected


@pytest.mark.parametrize(("language", "note"), _LOCATOR)
def test_comma_imprint_with_locator_reads_as_in_markdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, note: str
) -> None:
    expected = _markdown(language, note) | {"pages": None}
    docx = _docx(tmp_path / "d", language, note)
    odt = _odt(tmp_path / "o", language, note, monkeypatch)
    assert docx == odt
    assert docx | {"pages": None} == expected


@pytest.mark.parametrize(("language", "note"), _TRADITION)
def test_tradition_note_reads_as_in_markdown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, note: str
) -> None:
    expected = _markdown(language, note)
    assert _docx(tmp_path / "d", language, note) == expected
    assert _odt(tmp_path / "o", language, note, monkeypatch) == expected


# hand-made values: (language, note, authors, title, place, publisher, year, pages, kind)
_EXPECTED = [
    (
        "en",
        "John Harcourt, *The Harbour Boards of Kent* (London: Longman, 1962), 45.",
        ("John Harcourt",),
        "The Harbour Boards of Kent",
        "London",
        "Longman",
        1962,
        "45",
        "book",
    ),
    (
        "de",
        "Hans Becker: Die Häfen der Ostsee. Berlin: Duncker & Humblot 1975, S. 12.",
        ("Hans Becker",),
        "Die Häfen der Ostsee",
        "Berlin",
        "Duncker & Humblot",
        1975,
        "12",
        "book",
    ),
    (
        "pt",
        "Maria Helena Coelho, *Os portos do Algarve*, Lisboa, Cosmos, 1999, p. 45.",
        ("Coelho, Maria Helena",),
        "Os portos do Algarve",
        "Lisboa",
        "Cosmos",
        1999,
        "45",
        "book",
    ),
    (
        "pt",
        "José Mattoso, *História de Portugal*, vol. 2, Lisboa, Estampa, 1993, pp. 120-125.",
        ("José Mattoso",),
        "História de Portugal",
        "Lisboa",
        "Estampa",
        1993,
        "120-125",
        "book",
    ),
    (
        "pt",
        "Joaquim Romero Magalhães, *O Algarve económico*, Lisboa, Estampa, 1988.",
        ("Magalhães, Joaquim Romero",),
        "O Algarve económico",
        "Lisboa",
        "Estampa",
        1988,
        None,
        "book",
    ),
    (
        "es",
        "Juan Pérez Gil, *Los puertos de Cantabria*, Madrid, Cátedra, 1990, p. 33.",
        ("Pérez Gil, Juan",),
        "Los puertos de Cantabria",
        "Madrid",
        "Cátedra",
        1990,
        "33",
        "book",
    ),
    (
        "it",
        "Mario Conti, *I porti della Liguria*, Genova, Sagep, 1987, p. 45.",
        ("Mario Conti",),
        "I porti della Liguria",
        "Genova",
        "Sagep",
        1987,
        "45",
        "book",
    ),
    (
        "fr",
        "Jean Morel, *Les ports de Bretagne*, Rennes, Presses universitaires de Rennes, "
        "1995, p. 45.",
        ("Jean Morel",),
        "Les ports de Bretagne",
        "Rennes",
        "Presses universitaires de Rennes",
        1995,
        "45",
        "book",
    ),
    (
        "es",
        "Ana Ruiz Soto, «El comercio del hierro», *Hispania*, 52 (1992), pp. 101-130.",
        ("Ruiz Soto, Ana",),
        "El comercio del hierro",
        None,
        None,
        1992,
        "101-130",
        "article",
    ),
    (
        "en",
        'Mary Ellison, "Coal and the Coast," in *Ports and Towns*, ed. Peter Grant (Oxford: '
        "Clarendon Press, 1991), pp. 33–58.",
        ("Mary Ellison",),
        "Coal and the Coast",
        "Oxford",
        "Clarendon Press",
        1991,
        "33–58",
        "chapter",
    ),
    (
        "pl",
        "Jan Nowak, *Porty Bałtyku*, Gdańsk: Wydawnictwo Morskie 1978, s. 45.",
        ("Jan Nowak",),
        "Porty Bałtyku",
        "Gdańsk",
        "Wydawnictwo Morskie",
        1978,
        "45",
        "book",
    ),
    (
        "cs",
        "Jan Novák, *Přístavy na Labi*, Praha: Academia 1985.",
        ("Jan Novák",),
        "Přístavy na Labi",
        "Praha",
        "Academia",
        1985,
        None,
        "book",
    ),
    (
        "de",
        "Hans Becker, *Die Häfen der Ostsee*, Berlin 1975, S. 12.",
        ("Hans Becker",),
        "Die Häfen der Ostsee",
        "Berlin",
        None,
        1975,
        "12",
        "book",
    ),
    (
        "cs",
        "Jan Novák, *Přístavy na Labi*, Praha 1985, str. 45.",
        ("Jan Novák",),
        "Přístavy na Labi",
        "Praha",
        None,
        1985,
        "45",
        "book",
    ),
    # a document whose language is not told: "t. 2" no Polish sign, the place first
    (
        "??",
        "Jean Morel, *Les ports de Bretagne*, t. 2, Rennes, Ouest-France, 1995.",
        ("Jean Morel",),
        "Les ports de Bretagne",
        "Rennes",
        "Ouest-France",
        1995,
        None,
        "book",
    ),
    (
        "??",
        "Mario Conti, *I porti della Liguria*, t. 3, Genova, Sagep, 1987.",
        ("Mario Conti",),
        "I porti della Liguria",
        "Genova",
        "Sagep",
        1987,
        None,
        "book",
    ),
]

_HAND = ("authors", "title", "place", "publisher", "year", "pages", "kind")


@pytest.mark.parametrize("package", ["docx", "odt"])
@pytest.mark.parametrize(
    ("language", "note", "authors", "title", "place", "publisher", "year", "pages", "kind"),
    _EXPECTED,
)
def test_package_note_fields(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    package: str,
    language: str,
    note: str,
    authors: tuple[str, ...],
    title: str,
    place: str | None,
    publisher: str | None,
    year: int,
    pages: str | None,
    kind: str,
) -> None:
    read = (
        _docx(tmp_path, language, note)
        if package == "docx"
        else _odt(tmp_path, language, note, monkeypatch)
    )
    assert tuple(read[f] for f in _HAND) == (authors, title, place, publisher, year, pages, kind)


def test_bodies_are_read_in_their_languages() -> None:
    # (the premise of the tables: each body tells its document's language, "??" none)
    from bibcheck.readers.bodylanguage import document_language

    for language, body in _BODY.items():
        assert document_language([body]) == (None if language == "??" else language)
