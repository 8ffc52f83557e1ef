"""French, Spanish, Italian and Portuguese Wikipedias' citation templates with their own
parameter names: French ``lire en ligne=`` / ``présentation en ligne=`` (the URL),
``numéro=``, ``passage=``; Spanish ``urlarchivo=``, ``páginas=``, ``publicación=``,
``volumen=``, ``número=``; Italian ``urlarchivio=``, ``pagine=``, ``cognome1=``/``nome1=``;
and a work that names itself a report by its title (``Rapport …``) or by ``type=``.
Templates written for this test in those Wikipedias' patterns."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference


def template(name: str, params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("name", "params", "want"),
    [
        pytest.param(
            "ouvrage",
            {"auteur1": "Jeanne Martin", "titre": "Les marais salants", "éditeur": "Ouest",
             "lieu": "Nantes", "année": "2011", "lire en ligne": "https://livres.example.fr/m"},
            {"kind": RefKind.BOOK, "url": "https://livres.example.fr/m", "year": 2011,
             "publisher": "Ouest", "place": "Nantes"},
            id="fr-ouvrage-lire-en-ligne",
        ),
        pytest.param(
            "ouvrage",
            {"auteur1": "Luc Petit", "titre": "Les forêts", "éditeur": "Sylve",
             "année": "2010", "présentation en ligne": "https://editeur.example.fr/forets"},
            {"kind": RefKind.BOOK, "url": "https://editeur.example.fr/forets"},
            id="fr-ouvrage-presentation",
        ),
        pytest.param(
            "ouvrage",
            {"titre": "Les forêts", "lire en ligne": "https://texte.example.fr/f",
             "présentation en ligne": "https://editeur.example.fr/f"},
            {"url": "https://texte.example.fr/f"},
            id="fr-full-text-before-presentation",
        ),
        pytest.param(
            "article",
            {"auteur1": "Anne Roy", "titre": "Les haies", "périodique": "Revue des champs",
             "volume": "12", "numéro": "3", "année": "2019", "pages": "4-9",
             "lire en ligne": "https://revue.example.fr/haies"},
            {"kind": RefKind.ARTICLE, "url": "https://revue.example.fr/haies",
             "host": "Revue des champs", "volume": "12", "issue": "3", "pages": "4-9"},
            id="fr-article",
        ),
        pytest.param(
            "ouvrage",
            {"auteur1": "Paul Durand", "titre": "Rapport sur l'état des nappes phréatiques",
             "éditeur": "Agence de l'eau", "année": "2015", "passage": "12-14"},
            {"kind": RefKind.REPORT, "pages": "12-14"},
            id="fr-ouvrage-titled-rapport",
        ),
        pytest.param(
            "ouvrage",
            {"auteur1": "Paul Durand", "titre": "Bilan des nappes", "type": "rapport",
             "éditeur": "Agence de l'eau", "année": "2016"},
            {"kind": RefKind.REPORT},
            id="fr-ouvrage-type-rapport",
        ),
        pytest.param(
            "ouvrage",
            {"auteur1": "Paul Durand", "titre": "Bilan des nappes", "type": "thèse",
             "année": "2016"},
            {"kind": RefKind.THESIS},  # (a book before session 34)
            id="fr-ouvrage-type-these",
        ),
        pytest.param(
            "cita libro",
            {"apellidos": "García", "nombre": "Juan", "título": "Los ríos", "año": "2012",
             "editorial": "Ariel", "ubicación": "Madrid", "páginas": "10-12",
             "url": "https://libros.example.es/rios",
             "urlarchivo": "https://web.archive.org/web/2020/https://libros.example.es/rios"},
            {"kind": RefKind.BOOK, "title": "Los ríos", "year": 2012, "publisher": "Ariel",
             "place": "Madrid", "pages": "10-12", "url": "https://libros.example.es/rios",
             "archive_url": "https://web.archive.org/web/2020/https://libros.example.es/rios"},
            id="es-cita-libro",
        ),
        pytest.param(
            "cita publicación",
            {"apellidos": "López", "nombre": "Ana", "título": "El agua",
             "publicación": "Revista de Aguas", "volumen": "4", "número": "2", "año": "2018",
             "páginas": "33-40", "url": "https://revista.example.es/agua"},
            {"kind": RefKind.ARTICLE, "host": "Revista de Aguas", "volume": "4", "issue": "2",
             "pages": "33-40", "year": 2018, "url": "https://revista.example.es/agua"},
            id="es-cita-publicacion",
        ),
        pytest.param(
            "cita web",
            {"url": "https://web.example.es/x", "título": "Datos", "obra": "Portal",
             "urlarchivo": "https://web.archive.org/web/2021/https://web.example.es/x"},
            {"kind": RefKind.WEB, "title": "Datos", "host": "Portal",
             "archive_url": "https://web.archive.org/web/2021/https://web.example.es/x"},
            id="es-cita-web",
        ),
        pytest.param(
            "cita libro",
            {"cognome1": "Rossi", "nome1": "Mario", "cognome2": "Neri", "nome2": "Lia",
             "titolo": "I fiumi", "anno": "2005", "editore": "Laterza", "città": "Bari",
             "pagine": "20-25", "url": "https://libri.example.it/fiumi"},
            {"kind": RefKind.BOOK, "authors": ("Rossi, Mario", "Neri, Lia"), "year": 2005,
             "publisher": "Laterza", "place": "Bari", "pages": "20-25",
             "url": "https://libri.example.it/fiumi"},
            id="it-cita-libro",
        ),
        pytest.param(
            "cita web",
            {"url": "https://sito.example.it/y", "titolo": "Pagina", "sito": "Sito",
             "urlarchivio": "https://web.archive.org/web/2022/https://sito.example.it/y"},
            {"kind": RefKind.WEB, "title": "Pagina", "host": "Sito",
             "archive_url": "https://web.archive.org/web/2022/https://sito.example.it/y"},
            id="it-cita-web",
        ),
        pytest.param(
            "citar periódico",
            {"último": "Souza", "primeiro": "Rui", "título": "Os mangues",
             "periódico": "Revista Costeira", "volume": "7", "número": "1", "ano": "2017",
             "páginas": "5-19", "arquivourl": "https://web.archive.org/web/2019/https://r.example.br/m"},
            {"kind": RefKind.ARTICLE, "host": "Revista Costeira", "issue": "1",
             "pages": "5-19",
             "archive_url": "https://web.archive.org/web/2019/https://r.example.br/m"},
            id="pt-citar-periodico",
        ),
        # an English template names a report by its title too
        pytest.param(
            "cite book",
            {"last": "Hale", "first": "Ann", "title": "Annual Report of the Fisheries Board",
             "publisher": "Board", "year": "1911"},
            {"kind": RefKind.REPORT},
            id="en-cite-book-annual-report",
        ),
        pytest.param(
            "cite book",
            {"last": "Hale", "first": "Ann", "title": "Reporting the weather",
             "publisher": "Press", "year": "1911"},
            {"kind": RefKind.BOOK},
            id="en-cite-book-no-report",
        ),
    ],
)  # fmt: skip
def test_localised_fields(name: str, params: dict[str, str], want: dict[str, object]) -> None:
    ref = cite_reference(template(name, params))
    assert {k: getattr(ref, k) for k in want} == want


_PAGE = """Une phrase<ref>{{Ouvrage |auteur1=Claire Noël |titre=Rapport de la mission sur \
les zones humides |éditeur=Ministère |lieu=Paris |année=2012 |lire en ligne=\
https://mission.example.fr/rapport.pdf |consulté le=4 avril 2024}}.</ref>.

== Notes ==
{{Références}}
"""


def test_french_page_reads_the_link_and_the_report() -> None:
    doc = parse_bytes(_PAGE.encode(), "page.wiki")
    ref: Reference | None = doc.footnotes[0].reference
    assert ref is not None
    assert (ref.kind, ref.url) == (RefKind.REPORT, "https://mission.example.fr/rapport.pdf")
