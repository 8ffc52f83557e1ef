"""A wiki reference's language: the template's ``language=`` (``langue=``, ``idioma=``,
``lingua=``, ``língua=``, ``Sprache=``, ``язык=``), written as a code or a name; else
the one the title's script names; else, for a Wikipedia's own template, that Wikipedia's
language (its language parameter is given only for a work in another); else the one a
Latin-script title names clearly; else English for a Citation Style 1 template and none
for a localised one of unknown Wikipedia.  Templates written for this test."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference, template_language


def template(name: str, params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)


URL = "https://example.org/page"


@pytest.mark.parametrize(
    ("name", "params", "language"),
    [
        pytest.param(
            "lien web", {"url": URL, "titre": "Le moulin et ses roues"}, "fr", id="fr-web"
        ),
        pytest.param("ouvrage", {"titre": "Moulins", "année": "2019"}, "fr", id="fr-short-title"),
        pytest.param(
            "lien web", {"url": URL, "titre": "Tidal Mills", "langue": "en"}, "en", id="fr-langue"
        ),
        pytest.param(
            "ouvrage", {"titre": "Tidal Mills", "langue": "anglais"}, "en", id="fr-langue-word"
        ),
        pytest.param("internetquelle", {"url": URL, "titel": "Mühlen am Meer"}, "de", id="de"),
        pytest.param("literatur", {"titel": "Tidal Mills", "sprache": "en"}, "en", id="de-sprache"),
        pytest.param(
            "cita publicación", {"título": "Molinos", "año": "2019"}, "es", id="es-own-name"
        ),
        pytest.param(
            "cita web",
            {"url": URL, "título": "Los molinos de marea del norte"},
            "es",
            id="es-or-it-title-tells",
        ),
        pytest.param("cita web", {"url": URL, "título": "Molinos"}, None, id="es-or-it-unknown"),
        pytest.param(
            "cita web", {"url": URL, "título": "Mulini", "idioma": "inglés"}, "en", id="es-idioma"
        ),
        pytest.param("cita libro", {"titolo": "Mulini", "lingua": "de"}, "de", id="it-lingua"),
        pytest.param("citar web", {"url": URL, "título": "Moinhos"}, "pt", id="pt"),
        pytest.param("cytuj stronę", {"url": URL, "tytuł": "Młyny"}, "pl", id="pl"),
        pytest.param("citeer web", {"url": URL, "titel": "Molens"}, "nl", id="nl"),
        pytest.param(
            "cite web", {"url": URL, "title": "Мельницы", "язык": "ru"}, "ru", id="ru-cite-web"
        ),
        pytest.param("статья", {"заглавие": "Мельницы севера"}, "ru", id="ru-script"),
        pytest.param("cite web", {"url": URL, "title": "Tidal mills"}, "en", id="cs1-english"),
        pytest.param(
            "cite book", {"title": "Les moulins à marée du Nord"}, "fr", id="cs1-title-tells"
        ),
    ],
)
def test_language(name: str, params: dict[str, str], language: str | None) -> None:
    assert cite_reference(template(name, params)).language == language


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Lien web", "fr"),
        ("citace monografie", "cs"),
        ("hivatkozás/web", "hu"),
        ("cite web", None),
        ("cita web", None),
        ("citation", None),
        ("articles", None),
    ],
)
def test_template_language(name: str, language: str | None) -> None:
    assert template_language(name) == language
