"""A body's name holding a word for "and" is one author of a legal-style entry (fix74c).

``legal._people`` split the authors at every word for "and", so a ministry named after two
remits became two "people".  The shared rule of :mod:`.body_name` keeps a body's name whole;
two people, or two bodies, joined by "and", "y", "e", "i", "und", "et", "en" are still two.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import legal

_PARSED = [
    # one body (Spanish, Portuguese, Catalan)
    (
        "Ministerio de Empleo y Seguridad Social, Guía de la reforma laboral (Madrid 2013)",
        ("Ministerio de Empleo y Seguridad Social",),
    ),
    (
        "Ministerio de Vivienda y Desarrollo Territorial, Plan de barrios (Bogotá 2015)",
        ("Ministerio de Vivienda y Desarrollo Territorial",),
    ),
    (
        "Ministério da Agricultura e Desenvolvimento Rural, Relatório anual (Lisboa 2011)",
        ("Ministério da Agricultura e Desenvolvimento Rural",),
    ),
    (
        "Departament de Cultura i Política Lingüística, Informe anual (Barcelona 2012)",
        ("Departament de Cultura i Política Lingüística",),
    ),
    # two people: still two
    (
        "Marta Ruiz y Pablo Ortega, Derecho del trabajo (Tirant 2019)",
        ("Marta Ruiz", "Pablo Ortega"),
    ),
    ("Lena Vogt und Jonas Keller, Arbeitsrecht (Beck 2018)", ("Lena Vogt", "Jonas Keller")),
    ("Okafor T and Lund B, Company Law (OUP 2020)", ("Okafor T", "Lund B")),
    # two bodies: still two
    (
        "Law Reform Commission and Scottish Law Commission, Joint Report (HMSO 2016)",
        ("Law Reform Commission", "Scottish Law Commission"),
    ),
    # a body, then a person: two
    (
        "Ministerio de Empleo y Marta Ruiz, Guía de la reforma (Madrid 2013)",
        ("Ministerio de Empleo", "Marta Ruiz"),
    ),
]


@pytest.mark.parametrize(("text", "authors"), _PARSED)
def test_legal_entry_authors(text: str, authors: tuple[str, ...]) -> None:
    fields = legal.parse(text)
    assert fields is not None
    assert fields.authors == authors


_PEOPLE = [
    # one body, in Spanish, English, German, French, Italian, Dutch, Portuguese, Catalan
    ("Ministerio de Sanidad y Consumo", ("Ministerio de Sanidad y Consumo",)),
    ("Department of Health and Social Care", ("Department of Health and Social Care",)),
    (
        "Bundesministerium für Arbeit und Soziales",
        ("Bundesministerium für Arbeit und Soziales",),
    ),
    (
        "Ministère de la Transition et Cohésion Territoriale",
        ("Ministère de la Transition et Cohésion Territoriale",),
    ),
    (
        "Ministero della Salute e Politiche Sociali",
        ("Ministero della Salute e Politiche Sociali",),
    ),
    (
        "Ministerie van Sociale Zaken en Werkgelegenheid",
        ("Ministerie van Sociale Zaken en Werkgelegenheid",),
    ),
    ("Secretaria da Cultura e Economia Criativa", ("Secretaria da Cultura e Economia Criativa",)),
    ("Departament de Territori i Sostenibilitat", ("Departament de Territori i Sostenibilitat",)),
    # people joined by and / y / und / e / i / et: still split
    ("Marta Ruiz y Pablo Ortega", ("Marta Ruiz", "Pablo Ortega")),
    ("Lena Vogt und Jonas Keller", ("Lena Vogt", "Jonas Keller")),
    ("Okafor T and Lund B", ("Okafor T", "Lund B")),
    ("Vidal, Marc and Anna Puig", ("Vidal, Marc", "Anna Puig")),
    ("Soler, J., Puig, A. and Vidal, M.", ("Soler, J.", "Puig, A.", "Vidal, M.")),
    ("Rita Nunes, Paulo Sousa e Ana Lima", ("Rita Nunes", "Paulo Sousa", "Ana Lima")),
    # a body and a person, two bodies: two
    ("Ministerio de Sanidad y Marta Ruiz", ("Ministerio de Sanidad", "Marta Ruiz")),
    (
        "Law Reform Commission and Scottish Law Commission",
        ("Law Reform Commission", "Scottish Law Commission"),
    ),
]


@pytest.mark.parametrize(("authors", "people"), _PEOPLE)
def test_people(authors: str, people: tuple[str, ...]) -> None:
    assert legal._people(authors) == people
