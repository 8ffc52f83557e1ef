"""Wiki citation templates: localised parameter names compare without case, Latin accents
or separators (``titulo=`` is ``título=``, ``data_dostepu=`` is ``data dostępu=``), in
every language table; a whole-name ``autor=`` holding ``SURNAME, Given`` is one person,
split only at real separators; Polish ``s=`` gives the pages."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.wikicite import (
    CiteTemplate,
    authors,
    cite_reference,
    looks_like_citation,
    param_key,
)
from tests.test_regex_growth import assert_linear


def _ref(name: str, params: dict[str, str]):  # type: ignore[no-untyped-def]
    lines = dict.fromkeys(params, 3)
    return cite_reference(CiteTemplate(name, params, lines, "{{" + name + "}}", 3, 3))


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Título", "titulo"),
        ("data_dostępu", "datadostepu"),
        ("access-date", "accessdate"),
        ("Tiêu đề", "tieude"),
        ("BAŞLIK", "baslik"),
        ("besøksdato", "besoksdato"),
        ("дата-обращения", "датаобращения"),  # Cyrillic letters keep their marks
        ("шрифт й", "шрифтй"),
        ("शीर्षक", "शीर्षक"),  # Devanagari vowel signs are letters' parts
    ],
)
def test_param_key(written: str, key: str) -> None:
    assert param_key(written) == key


@pytest.mark.parametrize(
    ("template", "params", "field", "expected"),
    [
        ("citar web", {"url": "http://x.example/a", "titulo": "Relatório anual"}, "title",
         "Relatório anual"),
        ("citar livro", {"titulo": "Contos", "editora": "Casa", "ano": "1999"}, "publisher",
         "Casa"),
        ("cita web", {"url": "http://x.example/b", "Titulo": "Informe", "fecha acceso":
                      "3 de mayo de 2020", "sitioweb": "Portal"}, "host", "Portal"),
        ("cita libro", {"titulo": "Racconti", "citta": "Roma"}, "place", "Roma"),
        ("cytuj stronę", {"url": "http://x.example/c", "tytul": "Strona", "data_dostepu":
                          "2021-04-02"}, "title", "Strona"),
        ("cytuj", {"tytuł": "Rzeki", "czasopismo": "Kwartalnik", "s": "11–19"}, "pages",
         "11–19"),
        ("cytuj pismo", {"tytuł": "Rzeki", "czasopismo": "Kwartalnik", "S": "4"}, "pages", "4"),
        ("lien web", {"url": "http://x.example/d", "titre": "Page", "Editeur": "Maison"},
         "publisher", "Maison"),
        ("literatur", {"Titel": "Brücken", "VERLAG": "Haus", "Jahr": "2001"}, "publisher",
         "Haus"),
        ("citeer web", {"url": "http://x.example/e", "titel": "Pagina", "bezocht_datum": "",
                        "uitgever": "Stichting"}, "publisher", "Stichting"),
        ("chú thích web", {"url": "http://x.example/f", "tieu de": "Trang"}, "title", "Trang"),
        ("citar web", {"url": "http://x.example/g", "titulo": "Velho", "publicado": "Instituto"},
         "publisher", "Instituto"),
    ],
)  # fmt: skip
def test_localised_names_without_accents(
    template: str, params: dict[str, str], field: str, expected: str
) -> None:
    assert getattr(_ref(template, params), field) == expected


def test_access_date_line_found_through_normalised_name() -> None:
    ref = _ref("citar web", {"url": "http://x.example/h", "titulo": "T", "acesso-data": "x"})
    assert ref.title == "T"


def test_unknown_template_with_unaccented_title_is_a_citation() -> None:
    assert looks_like_citation("fonte", {"titulo": "Livro", "ano": "1990"})


@pytest.mark.parametrize(
    ("template", "value", "expected"),
    [
        ("citar web", "SILVA, João", ("SILVA, João",)),
        ("cita libro", "TORRES CAICEDO, José María", ("TORRES CAICEDO, José María",)),
        ("citar livro", "Souza, Ana; Lima, Rui", ("Souza, Ana", "Lima, Rui")),
        ("citar livro", "Ana Souza e Rui Lima", ("Ana Souza", "Rui Lima")),
        ("cita libro", "Juan Pérez y Eva Ruiz", ("Juan Pérez", "Eva Ruiz")),
        ("cytuj", "Jan Nowak i Ewa Kos", ("Jan Nowak", "Ewa Kos")),
        # Polish {{Cytuj}} parts its authors with commas; "Nowak, Jan" is one person
        ("cytuj", "Jan Nowak, Ewa Kos", ("Jan Nowak", "Ewa Kos")),
        ("cytuj książkę", "Jan Nowak, Ewa Maria Kos", ("Jan Nowak", "Ewa Maria Kos")),
        ("cytuj", "Nowak, Jan", ("Nowak, Jan",)),
        ("citar web", "Ana Souza & Rui Lima", ("Ana Souza", "Rui Lima")),
        ("citar livro", "Ana Lima, Rui Costa, Eva Melo", ("Ana Lima", "Rui Costa", "Eva Melo")),
        # an organisation's "e" is no list
        ("citar web", "Instituto Nacional de Pesca e Aquicultura",
         ("Instituto Nacional de Pesca e Aquicultura",)),
        ("citar web", "Lima J. R., Costa M.", ("Lima, J. R.", "Costa, M.")),
        # German {{Literatur|Autor=}} lists people with commas
        ("literatur", "Hans Leicht, Anna Roth", ("Hans Leicht", "Anna Roth")),
    ],
)  # fmt: skip
def test_whole_name_autor(template: str, value: str, expected: tuple[str, ...]) -> None:
    assert authors({"autor": value}, template) == expected
    assert _ref(template, {"autor": value, "titulo": "T"}).authors == expected


def test_numbered_authors_still_numbered() -> None:
    params = {"autor1": "SILVA, João", "autor2": "SOUZA, Ana"}
    assert authors(params, "citar web") == ("SILVA, João", "SOUZA, Ana")


def test_linear_conjunction_split() -> None:
    assert_linear(
        lambda value: authors({"autor": value}, "citar web"), lambda n: "A" + " " * n + "x"
    )
