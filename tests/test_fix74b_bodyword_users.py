"""The lists of body words left outside :mod:`bibcheck.parse.references.bodywords` in round
73, read from the one table now (fix 74b): the table's new words and filters, and what each
user gained -- a publisher's part of a dated entry (:mod:`.dated_comma_tail`), an
organisation before a comma (:mod:`.elsevier`), a French note's body (:mod:`.french_notes`), an ABNT
heading's sub-bodies (:mod:`.caps`), an organisation (:func:`.corporate.is_organisation`).
Own examples, written in the shapes bodies' names, persons' names and titles have."""

from __future__ import annotations

import re

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import (
    bodywords,
    caps,
    dated_comma_tail,
    elsevier,
    french_notes,
)
from bibcheck.parse.references.corporate import is_organisation

# names of bodies written with capitalised words (joined by "of", "de", "für"), in thirteen
# languages: English, French, German, Italian, Spanish, Portuguese, Dutch, Nordic, Finnish,
# Polish, Greek, Turkish, Welsh
NAMES = (
    "Food Standards Agency",
    "National Audit Office",
    "Royal Society of Chemistry",
    "Wellcome Trust",
    "Federal Highway Administration",
    "Smithsonian Institution",
    "Science Museum",
    "Banque de France",
    "Musée du Louvre",
    "Institut Pasteur",
    "Académie Française",
    "Parlement de Bretagne",
    "Syndicat Mixte",
    "Deutsche Bundesbank",
    "Oesterreichische Nationalbank",
    "Europäische Kommission",
    "Akademie für Raumforschung",
    "Bundesamt für Naturschutz",
    "Niedersächsische Landesbehörde",
    "Stiftung Warentest",
    "Behörde für Umwelt",
    "Fondazione Cariplo",
    "Agenzia Spaziale Italiana",
    "Sindacato Pensionati Italiani",
    "Osservatorio Vesuviano",
    "Banco de España",
    "Sindicato de Periodistas de Madrid",
    "Fundación Telefónica",
    "Museo Nacional de Antropología",
    "Superintendência de Seguros Privados",
    "Diretoria de Hidrografia",
    "Universidade de Lisboa",
    "De Nederlandsche Bank",
    "Universiteit Utrecht",
    "Koninklijk Instituut",
    "Norges Bank",
    "Danmarks Nationalbank",
    "Folkhälsomyndigheten",
    "Suomen Pankki",
    "Tilastokeskus",
    "Narodowy Bank Polski",
    "Uniwersytet Warszawski",
    "Polska Akademia Nauk",
    "Ακαδημία Αθηνών",
    "İstanbul Üniversitesi",
    "Llywodraeth Cymru",
    "Prifysgol Bangor",
)
# a company: a body too
COMPANIES = ("Acme Corporation", "Northwind Holdings Ltd")


# -- the table ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "Kommission",
        "Behörde",
        "Akademie",
        "Bundesbank",
        "Nationalbank",
        "Pankki",
        "Parlement",
        "Syndicat",
        "Sindicato",
        "Sindacato",
        "Diretoria",
        "Superintendência",
        "Instituut",
        "Akademia",
    ],
)
def test_new_words_are_body_words(word: str) -> None:
    assert bodywords.has_body_word(f"Nationale {word} Nord")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Credit and Banking", False),
        ("Institutional Change", False),
        ("Organizational Behavior", False),
        ("Governmental Reform", False),
        ("Departmental Records", False),
        ("Officers and Gentlemen", False),
        ("Networking Events", False),
        ("Changement Organisationnel", False),
        ("World Banks", True),
        ("Research Councils", True),
        ("Universitäten Bayerns", True),
        ("Universidades Públicas", True),
        ("Ministeriums für Kultur", True),
        ("Bureaux Régionaux", True),
        ("Instituto Nacional", True),
        ("Российская академия наук", True),  # (a stem of a language with cases: open)
    ],
)
def test_whole_filter(text: str, found: bool) -> None:
    assert (re.search(bodywords.pattern(whole=True), text) is not None) is found


def test_languages_filter() -> None:
    others = frozenset(bodywords.Language) - {bodywords.Language.ENGLISH}
    text = bodywords.pattern(languages=others)
    assert re.search(text, "Government Review") is None  # (English only)
    assert re.search(text, "Ministry Review") is None
    assert re.search(text, "Office National") is not None  # (French too)
    assert re.search(text, "Ministério da Saúde") is not None


def test_old_alternatives_kept() -> None:
    # every word the users read before is the table's still (the company words moved rows)
    for word in ("Company", "Corporation", "Group", "Inc", "Ltd", "LLC", "Incorporated"):
        assert bodywords.has_body_word(f"Northwind {word}")
    assert not bodywords.has_body_word("Group work in schools")


# -- dated_comma_tail: a publisher's part -------------------------------------------------


@pytest.mark.parametrize("name", NAMES + COMPANIES)
def test_dated_comma_tail_body(name: str) -> None:
    title = "Annual Review of Lending Rates"
    assert dated_comma_tail.tail_start(f"{title}, {name}") == (len(title), RefKind.REPORT)


@pytest.mark.parametrize(
    "title",
    [
        "Money, Credit and Banking",
        "Markets, Institutional Change",
        "Firms, Organizational Behavior",
        "Letters, John Smith",
        "Lettere, Maria Rossi",
        "Briefe, Karl Müller",
        "Cartas, Ana Pereira",
        "Sailing, Trust issues",
    ],
)
def test_dated_comma_tail_no_body(title: str) -> None:
    assert dated_comma_tail.tail_start(title) is None


# -- elsevier: an organisation before a comma ---------------------------------------------


@pytest.mark.parametrize("name", NAMES + COMPANIES)
def test_elsevier_organisation(name: str) -> None:
    fields = elsevier.organisation(f"{name}, Annual Review of Lending Rates, 2021.")
    assert fields is not None
    assert fields.authors == (name,)
    assert fields.title == "Annual Review of Lending Rates"


@pytest.mark.parametrize(
    "entry",
    [
        "Thomas Brereton, Coal, Ships and Parliamentary Reform, 1990.",
        "Maria Rossi, Storia della Banca, 2001.",
        "Karl Müller, Geschichte der Akademie, 1999.",
        "Ana Pereira, Institutional Change in Lisbon, 2010.",
        "Jan Kowalski, Organizational Behavior Today, 2015.",
    ],
)
def test_elsevier_person(entry: str) -> None:
    assert elsevier.organisation(entry) is None


# -- french_notes: a body as a note's author ----------------------------------------------

# (as French notes write them: the first word capitalised)
FRENCH_STYLE = (
    "Parlement européen",
    "Musée national d'art moderne",
    "Société française de statistique",
    "Laboratoire d'économie publique",
    "Sindacato nazionale scrittori",
    "Fondazione per la ricerca",
    "Fundación para la salud",
    "Superintendência de seguros privados",
    "Diretoria de hidrografia e navegação",
    "Behörde für Umwelt und Energie",
    "Akademie der bildenden Künste",
    "Koninklijk Instituut voor de Tropen",
    "Folkhälsomyndigheten",
    "Royal Society of Chemistry",
    *NAMES[:24],
)


@pytest.mark.parametrize("name", FRENCH_STYLE)
def test_french_notes_body(name: str) -> None:
    fields = french_notes.parse(f"{name}, Rapport annuel sur les taux, Paris, 2021, p. 12.")
    assert fields is not None
    assert fields.authors == (name,)
    assert fields.title == "Rapport annuel sur les taux"


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        ("Jean Dupont, Rapport annuel sur les taux, Paris, 2021, p. 12.", ("Jean Dupont",)),
        ("Marie Curie, Recherches sur les substances, Paris, 1904, p. 3.", ("Marie Curie",)),
        ("Société et culture au Moyen Âge, Paris, 2021, p. 12.", None),
        ("Musée et mémoire, Paris, 2021, p. 12.", None),
        ("Organisationnel et politique, Rapport annuel, Paris, 2021, p. 12.", None),
        ("Banking et finance, Rapport annuel, Paris, 2021, p. 12.", None),
    ],
)
def test_french_notes_not_a_body(note: str, authors: tuple[str, ...] | None) -> None:
    fields = french_notes.parse(note)
    assert (fields.authors if fields else None) == authors


# -- caps: the bodies under an ABNT heading -----------------------------------------------

SUB_BODIES = (
    "Ministério da Saúde",
    "Banco Central do Brasil",
    "Tribunal de Contas da União",
    "Senado Federal",
    "Câmara dos Deputados",
    "Universidade Federal de Minas Gerais",
    "Comissão de Valores Mobiliários",
    "Museu Nacional",
    "Centro de Gestão e Estudos Estratégicos",
    "Sindicato dos Bancários",
    "Academia Brasileira de Letras",
    "Sociedade Brasileira de Pediatria",
    "Organização Pan-Americana da Saúde",
    "Observatório do Clima",
    "Superintendência de Seguros Privados",
    "Diretoria de Hidrografia e Navegação",
    "Banque de France",
    "Musée du Louvre",
    "Institut Pasteur",
    "Parlement européen",
    "Syndicat national de l'édition",
    "Société française de statistique",
    "Banco de España",
    "Fundación Telefónica",
    "Museo Nacional de Antropología",
    "Sindicato de Periodistas de Madrid",
    "Fondazione Cariplo",
    "Agenzia Spaziale Italiana",
    "Kommission für Geschichte",
    "Akademie der Wissenschaften",
    "Bundesamt für Naturschutz",
    "Behörde für Umwelt und Energie",
    "Stiftung Warentest",
    "Universiteit Utrecht",
    "Instituut voor Sociale Geschiedenis",
    "Uniwersytet Warszawski",
    "Akademia Sztuk Pięknych",
    "Ακαδημία Αθηνών",
    "Prifysgol Bangor",
    "Llywodraeth Cymru",
)


@pytest.mark.parametrize("name", SUB_BODIES)
def test_caps_sub_bodies(name: str) -> None:
    fields = caps.parse(f"BRASIL. {name}. Relatório anual de gestão. Brasília, 2020.")
    assert fields is not None
    assert fields.authors == ("BRASIL",)
    assert fields.title == "Relatório anual de gestão"


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        # (an English title capitalises its words: no body's word of English's own opens a
        # sub-body)
        (
            "OECD. Government at a Glance 2021. Paris: OECD Publishing, 2021.",
            "Government at a Glance 2021",
        ),
        ("WORLD BANK. Banking Supervision Today. Washington, 2019.", "Banking Supervision Today"),
        ("UNESCO. Education for All. Paris: UNESCO, 2015.", "Education for All"),
        ("BRASIL. Relatório anual de gestão. Brasília, 2020.", "Relatório anual de gestão"),
        # (a title opening with a body's word, its subtitle after a colon)
        (
            "MUSEU DO ESPORTE. Centro de memória do esporte: acervo digital. São Paulo, 2020.",
            "Centro de memória do esporte: acervo digital",
        ),
        (
            "ARQUIVO NACIONAL. Fundação de uma cidade: documentos. Rio de Janeiro, 2019.",
            "Fundação de uma cidade: documentos",
        ),
    ],
)
def test_caps_title_kept(entry: str, title: str) -> None:
    fields = caps.parse(entry)
    assert fields is not None
    assert fields.title == title


# -- corporate.is_organisation: the table's new words -------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Europäische Kommission",
        "Kommission für Geschichte",
        "Behörde für Umwelt",
        "Akademie der Wissenschaften",
        "Akademie für Raumforschung",
        "Deutsche Bundesbank",
        "Oesterreichische Nationalbank",
        "Danmarks Nationalbank",
        "Suomen Pankki",
        "Parlement européen",
        "Parlement de Bretagne",
        "Syndicat national de l'édition",
        "Syndicat Mixte",
        "Sindicato de Periodistas",
        "Sindicato dos Bancários",
        "Sindacato nazionale scrittori",
        "Diretoria de Hidrografia",
        "Superintendência de Seguros Privados",
        "Koninklijk Instituut voor de Tropen",
        "Instituut voor Sociale Geschiedenis",
        "Polska Akademia Nauk",
        "Akademia Sztuk Pięknych",
    ],
)
def test_is_organisation_new_words(name: str) -> None:
    assert is_organisation(name)


@pytest.mark.parametrize(
    "name",
    ["Kommission, A.", "Maria Rossi", "Karl Müller", "Board games"],
)
def test_is_organisation_not(name: str) -> None:
    assert not is_organisation(name)
