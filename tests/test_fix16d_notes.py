"""Chicago notes read by every reader (fix16d): a short note resolved to the later work of a
note citing two, when a joining phrase stands before that work's author."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.particles import iberian

TWO_WORKS_JOINED = [
    (
        # Spanish: "; y, para León, <given> <surnames>, “Title”"
        "[^1]: Véase Tomás Herrera Gil, *Los puertos secos de Castilla* (Madrid: Marcial Pons,"
        " 1999); y, para Galicia, Rosa María Vidal Lago, “Aduanas y contrabando en el"
        " Miño”, *Hispania* 51 (2006): 77-102.\n"
        "[^2]: Vidal Lago, “Aduanas y contrabando”, 80-81.\n",
        "Vidal Lago",
        ("Aduanas y contrabando en el Miño", 2006),
    ),
    (
        # English: "; and, for Wales, <given> <surname>, *Title*"
        "[^1]: See Alan Ford, *Drovers of the North* (Leeds: Maney, 1977); and, for Wales,"
        " Gwen Pryce, *Cattle Roads of Wales* (Cardiff: University of Wales Press, 1984).\n"
        "[^2]: Pryce, *Cattle Roads*, 12.\n",
        "Pryce",
        ("Cattle Roads of Wales", 1984),
    ),
    (
        # no semicolon: ", y <given> <surnames>" after the first work's page
        "[^1]: Véase Tomás Herrera Gil, *Los puertos secos de Castilla* (Madrid: Marcial Pons,"
        " 1999), 14, y Rosa María Vidal Lago, “Aduanas y contrabando en el Miño”, *Hispania*"
        " 51 (2006): 77-102.\n"
        "[^2]: Vidal Lago, “Aduanas y contrabando”, 80-81.\n",
        "Vidal Lago",
        ("Aduanas y contrabando en el Miño", 2006),
    ),
    (
        # the first work's author named: still the first work
        "[^1]: See Alan Ford, *Drovers of the North* (Leeds: Maney, 1977); and, for Wales,"
        " Gwen Pryce, *Cattle Roads of Wales* (Cardiff: University of Wales Press, 1984).\n"
        "[^2]: Ford, *Drovers*, 3.\n",
        "Ford",
        ("Drovers of the North", 1977),
    ),
]


@pytest.mark.parametrize(
    ("notes", "author", "work"),
    TWO_WORKS_JOINED,
    ids=["es-y-para", "en-and-for", "es-comma-y", "first-work"],
)
def test_a_short_note_takes_the_work_its_author_wrote(
    notes: str, author: str, work: tuple[str, int]
) -> None:
    doc = parse_bytes(f"# Drove roads\n\nText.[^1] More.[^2]\n\n{notes}".encode(), "notes.md")
    ref = doc.footnotes[1].reference
    assert any(author in a for a in ref.authors), ref.authors
    assert (ref.title, ref.year) == work


# A Spanish name whose given names would end with a particle: the particle starts a family
# name (Spanish names never end the given names with "de"/"del"); the word before it makes a
# compound first surname with it unless it is the only or a known given name.
SPANISH_PARTICLE_NAMES = [
    ("Lucía Fernández del Valle Ortiz", "Fernández del Valle Ortiz, Lucía"),
    ("Jorge Sáenz de la Calzada Mena", "Sáenz de la Calzada Mena, Jorge"),
    ("Pablo de la Riva Soto", "de la Riva Soto, Pablo"),
    ("Ana María de los Ríos Gil", "de los Ríos Gil, Ana María"),
    ("Mercedes del Río Alonso", "del Río Alonso, Mercedes"),
    # (the last two read so before as well)
    ("Eduardo García de Enterría", "García de Enterría, Eduardo"),
    ("María del Pilar Gómez Ruiz", "Gómez Ruiz, María del Pilar"),
]


@pytest.mark.parametrize(
    ("name", "want"),
    SPANISH_PARTICLE_NAMES,
    ids=[
        "del-compound",
        "de-la-compound",
        "one-given",
        "two-given",
        "del-first",
        "de-end",
        "particle-in-given",
    ],
)
def test_a_particle_starts_the_family_names(name: str, want: str) -> None:
    text = f"{name}, *Las cañadas del reino* (Madrid: Siglo XXI, 1990), 12."
    assert iberian((name,), text) == (want,)


# An organisation whose name has commas (a ministry's remit), then a web page's title in
# quotation marks: the organisation is the author.
ORGANISATION_NOTES = [
    (
        "Ministerio de Cultura, Educación y Deporte, “Catálogo de caminos históricos”,"
        " consultado el 3 de marzo de 2023, https://www.example.es/caminos/.",
        ("Ministerio de Cultura, Educación y Deporte",),
        "Catálogo de caminos históricos",
    ),
    (
        "Department of Environment, Food and Rural Affairs, “Common Land Register,”"
        " accessed 2 May 2022, https://www.example.gov.uk/commons.",
        ("Department of Environment, Food and Rural Affairs",),
        "Common Land Register",
    ),
    (
        "Ministerium für Ländlichen Raum, Ernährung und Forsten, „Almen und Weiden“,"
        " abgerufen am 4. Juni 2021, https://www.example.de/almen.",
        ("Ministerium für Ländlichen Raum, Ernährung und Forsten",),
        "Almen und Weiden",
    ),
]


@pytest.mark.parametrize(
    ("note", "authors", "title"), ORGANISATION_NOTES, ids=["es-ministerio", "en-department", "de"]
)
def test_an_organisation_with_commas_before_a_quoted_title_is_the_author(
    note: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(note, (1,), detect_styles=True, note=True)
    assert (ref.authors, ref.title) == (authors, title)


# A short note naming two authors by their family names: two authors, not one.
TWO_AUTHOR_SHORT_NOTES = [
    ("Okafor and Lindqvist, *Rural Credit Markets*, 88–90.", ("Okafor", "Lindqvist")),
    ("Brandt und Seidel, *Die Zollrolle*, 14.", ("Brandt", "Seidel")),
    ("Jansen en Bakker, *Dijken en polders*, 31.", ("Jansen", "Bakker")),
    ("Moreau et Girard, « Les foires de Champagne », 203.", ("Moreau", "Girard")),
    ("Van Dijk & Mulder, “Polders,” 12.", ("Van Dijk", "Mulder")),
    # one person's family names joined by "y"; an organisation's name
    ("Tomás y Valiente, *La tortura judicial*, 45.", ("Tomás y Valiente",)),
    (
        "Food and Agriculture Organization, *Pastoralism*, 7.",
        ("Food and Agriculture Organization",),
    ),
]


@pytest.mark.parametrize(
    ("note", "authors"),
    TWO_AUTHOR_SHORT_NOTES,
    ids=["en", "de", "nl", "fr", "ampersand", "es-y-one-person", "organisation"],
)
def test_a_short_note_with_two_surnames_has_two_authors(
    note: str, authors: tuple[str, ...]
) -> None:
    assert parse_reference(note, (1,), detect_styles=True, note=True).authors == authors


# A short note followed by a remark with figures still repeats the work cited in full.
REMARK_WITH_FIGURES = [
    (
        "Okafor and Lindqvist, *Rural Credit Markets*, 88–90, report default rates of 0.04"
        " to 0.07 in the pilot districts.",
        ("Amara Okafor", "Erik Lindqvist"),
    ),
    (
        "Okafor and Lindqvist, *Rural Credit Markets*, 12, find 3 of 40 lenders informal.",
        ("Amara Okafor", "Erik Lindqvist"),
    ),
]


@pytest.mark.parametrize(("note", "authors"), REMARK_WITH_FIGURES, ids=["decimals", "counts"])
def test_a_short_note_with_a_remark_with_figures_repeats_the_work(
    note: str, authors: tuple[str, ...]
) -> None:
    text = (
        "# Credit\n\nText.[^1] More.[^2]\n\n"
        "[^1]: Amara Okafor and Erik Lindqvist, *Rural Credit Markets in West Africa*"
        " (Ibadan: Heinemann, 2011), 3–9.\n"
        f"[^2]: {note}\n"
    )
    ref = parse_bytes(text.encode(), "credit.md").footnotes[1].reference
    assert (ref.authors, ref.year) == (authors, 2011)


# A DSTU/GOST electronic resource: its designation after " : " (other title information) is
# no part of the title proper, and a name in guillemets inside the title stays in it.
ELECTRONIC_RESOURCES = [
    (
        "Словник говірок «Верхня Наддніпрянщина» : електрон. база даних / Черкас. нац."
        " ун-т. URL: https://slovnyk.example.ua/ (дата звернення: 03.04.2022).",
        "Словник говірок «Верхня Наддніпрянщина»",
    ),
    (
        "Архів «Усна історія Полісся» : електронна база даних / Житомир. держ. ун-т. –"
        " URL: https://arkhiv.example.ua/ (дата звернення: 15.06.2021).",
        "Архів «Усна історія Полісся»",
    ),
    (
        "Картотека «Говоры Поморья» : электрон. база данных / Петрозавод. гос. ун-т."
        " URL: https://kartoteka.example.ru/ (дата обращения: 01.02.2020).",
        "Картотека «Говоры Поморья»",
    ),
    (
        "Державна служба статистики України : офіц. веб-сайт / Держстат. URL:"
        " https://stat.example.ua/ (дата звернення: 10.10.2023).",
        "Державна служба статистики України",
    ),
]


@pytest.mark.parametrize(
    ("entry", "title"),
    ELECTRONIC_RESOURCES,
    ids=["uk-abbreviated", "uk-dashes-full", "ru", "uk-website"],
)
def test_an_electronic_resource_has_its_title_proper(entry: str, title: str) -> None:
    assert parse_reference(entry, (1,), detect_styles=True).title == title


# A note giving examples of words with their meanings in single quotes (glosses) cites
# nothing; a title in single quotes (British notes) still makes a citation.
GLOSSES = [
    ("Напр., кароокий ‘який має карі очі’ і ‘який швидко помічає’ (с. Ясіня).", True),
    ("Ср. длинноногий ‘имеющий длинные ноги’ и ‘быстро бегающий’ (д. Устье).", True),
    ("Cf. Old English *hlaford* ‘keeper of the bread loaf’ and *hlæfdige* ‘kneader of it’.", True),
    ("Jones, ‘The Grain Trade of Early Modern Danzig’, 45.", False),
    ("See M. Hale, ‘Harbour Dues and the Baltic Toll’, Economic History Review 12 (1960).", False),
]


@pytest.mark.parametrize(
    ("note", "commentary"), GLOSSES, ids=["uk", "ru", "en", "short-note", "article"]
)
def test_glosses_in_single_quotes_are_no_titles(note: str, commentary: bool) -> None:
    assert citation_start(note)[1] is commentary


# A ministry named for its remit in Spanish, German or English, the fields listed with commas
# and joined by y/und/and, then an italic or plain title: one author, the title after it.
MINISTRY_BOOKS = [
    (
        "Ministerio de Industria, Comercio y Turismo, *Balanza comercial de 2019* (Madrid:"
        " MINCOTUR, 2020), 45.",
        ("Ministerio de Industria, Comercio y Turismo",),
        "Balanza comercial de 2019",
    ),
    (
        "Ministerio de Sanidad, Consumo y Bienestar Social, Encuesta nacional de salud"
        " (Madrid: MSCBS, 2018), 12.",
        ("Ministerio de Sanidad, Consumo y Bienestar Social",),
        "Encuesta nacional de salud",
    ),
    (
        "Ministerium für Umwelt, Klima und Energiewirtschaft, *Waldzustandsbericht 2021*"
        " (Stuttgart, 2021), 8.",
        ("Ministerium für Umwelt, Klima und Energiewirtschaft",),
        "Waldzustandsbericht 2021",
    ),
]


@pytest.mark.parametrize(
    ("note", "authors", "title"), MINISTRY_BOOKS, ids=["es-italic", "es-plain", "de"]
)
def test_a_ministry_with_its_remit_is_one_author(
    note: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(note, (1,), detect_styles=True, note=True)
    assert (ref.authors, ref.title) == (authors, title)
