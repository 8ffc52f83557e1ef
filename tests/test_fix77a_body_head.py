"""One grammar of a corporate body's name heading an entry (bibcheck.parse.references.
body_head): the bare-year head (bare_year), the body-and-year head (body_year), the body
whose name holds commas (comma_body) and the body before a guideline's title in a note
(guideline_note) read the same name, whatever follows it."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import bare_year, body_head, body_year, parse_reference

# (body, language, capitalised: each word but the small ones a capital's, organisation:
# corporate.is_organisation knows it by a body's word)
BODIES = [
    ("Rijksdienst voor het Cultureel Erfgoed", "Dutch", True, True),
    ("Centraal Bureau voor de Statistiek", "Dutch", True, True),
    ("Gezondheidsraad", "Dutch", True, False),
    ("Deutsches Institut für Normung", "German", True, True),
    ("Bundesamt für Naturschutz", "German", True, True),
    ("Robert Koch-Institut", "German", True, True),
    ("Umweltbundesamt", "German", True, True),
    ("Ministry of Health", "English", True, True),
    ("Department for Education", "English", True, True),
    ("World Health Organization", "English", True, True),
    ("Council of Europe", "English", True, True),
    ("Ministère de l'Agriculture", "French", True, True),
    ("Haute Autorité de santé", "French", False, True),
    ("Ministerio de Sanidad", "Spanish", True, True),
    ("Instituto Nacional de Estadística", "Spanish", True, True),
    ("Consejo Oleícola Internacional", "Spanish", True, True),
    ("Ministero della Salute", "Italian", True, True),
    ("Istituto Superiore di Sanità", "Italian", True, True),
    ("Agenzia delle Entrate", "Italian", True, True),
    ("Ministério da Saúde", "Portuguese", True, True),
    ("Instituto Brasileiro de Geografia e Estatística", "Portuguese", True, True),
    ("Socialstyrelsen", "Swedish", True, False),
    ("Statens Vegvesen", "Norwegian", True, True),
    ("Sundhedsstyrelsen", "Danish", True, False),
    ("Sosiaali- ja terveysministeriö", "Finnish", False, False),
    ("Tilastokeskus", "Finnish", True, False),
    ("Ministerstvo zdravotnictví", "Czech", False, True),
    ("Ministerstvo pro Místní Rozvoj", "Czech", True, True),
    ("Główny Urząd Statystyczny", "Polish", True, True),
    ("Központi Statisztikai Hivatal", "Hungarian", True, False),
    ("AT&T Laboratories", "English", True, False),
]


def test_the_table_spans_languages() -> None:
    assert len(BODIES) >= 25
    assert len({lang for _, lang, _, _ in BODIES}) >= 8


@pytest.mark.parametrize(("body", "lang", "capitalised", "org"), BODIES)
def test_body_and_year(body: str, lang: str, capitalised: bool, org: bool) -> None:
    for text in (f"{body}. 2019. Title of the work. Place: Publisher.", f"{body} (2019). Title."):
        found = body_year.head(text)
        assert found is not None
        assert (found.body, found.year) == (body, "2019")


@pytest.mark.parametrize(("body", "lang", "capitalised", "org"), BODIES)
def test_body_and_bare_year(body: str, lang: str, capitalised: bool, org: bool) -> None:
    # (only a capitalised name with nothing but a space before its year: a lower-case word
    # could be a title going on)
    assert body_head.capitalised(body) is capitalised
    found = bare_year.head(f"{body} 2019. Title of the work. Place: Publisher.")
    assert (found.body if found else None) == (body if capitalised else None)


@pytest.mark.parametrize(("body", "lang", "capitalised", "org"), [b for b in BODIES if b[3]])
def test_body_before_a_guideline_title(body: str, lang: str, capitalised: bool, org: bool) -> None:
    note = f"{body} (ABC), *Guidelines on the sampling of water*, ABC, Geneva 2019, p. 4."
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert (ref.kind, ref.authors) == (RefKind.REPORT, (body,))


# a body whose name holds commas (its remits), then the year: the whole name its author
COMMA_BODIES = [
    ("Ministerio de Agricultura, Pesca y Alimentación", "Anuario de estadística agraria"),
    ("Department for Environment, Food and Rural Affairs", "Farming statistics"),
    ("Bundesministerium für Ernährung, Landwirtschaft und Verbraucherschutz", "Agrarbericht"),
    ("Ministère de l'Agriculture, de l'Alimentation et de la Forêt", "Rapport annuel"),
    ("Ministero delle Politiche Agricole, Alimentari e Forestali", "Rapporto sul vino"),
    ("Ministério da Agricultura, Pecuária e Abastecimento", "Anuário estatístico"),
    ("Ministerie van Landbouw, Natuur en Voedselkwaliteit", "Jaarverslag"),
    ("Department of Agriculture, Food & the Marine", "Annual review"),
]


@pytest.mark.parametrize(("body", "title"), COMMA_BODIES)
def test_body_with_commas(body: str, title: str) -> None:
    ref = parse_reference(f"{body}. 2017. {title}. Capital: ABC.", [1])
    assert (ref.authors, ref.year, ref.title) == ((body,), 2017, title)


# a person's inverted name is no body's (guards)
@pytest.mark.parametrize("text", ["Smith JA. 2019. Title.", "Berg K (2019). Title."])
def test_a_person_is_no_body(text: str) -> None:
    assert body_year.head(text) is None
