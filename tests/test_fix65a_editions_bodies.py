"""Round 65a: a note citing an edition with its translator or editor between the title and
a ``Place, Publisher, Year`` imprint (and a canonical locator after it) is a book; a year
in parentheses inside a title followed by a parenthesised imprint of another year is no
author-date year; a church's or a public body's document filed as ``@misc``/``@online`` or
as a CSL ``document``/``webpage`` is a report."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from bibcheck.parse.references.csljson import to_reference as csl_reference

# (note, title, place, publisher, year)
EDITION_NOTES = [
    (
        "Aristote, *Physique*, trad. P. Pellegrin, Paris, GF-Flammarion, 2000, IV, 11,"
        " 219b1-2, p. 250.",
        "Physique", "Paris", "GF-Flammarion", 2000,
    ),
    (
        "Boèce, *La Consolation de Philosophie*, trad. J.-Y. Guillaumin, Paris, Les Belles"
        " Lettres, 2002, V, prose 6, 4, p. 187.",
        "La Consolation de Philosophie", "Paris", "Les Belles Lettres", 2002,
    ),
    (
        "Platone, *Timeo*, a cura di G. Reale, Milano, Bompiani, 2000, 37d.",
        "Timeo", "Milano", "Bompiani", 2000,
    ),
    (
        "Augustinus, *Bekenntnisse*, übers. v. K. Flasch, Stuttgart, Reclam, 2009, XI, 14, 17.",
        "Bekenntnisse", "Stuttgart", "Reclam", 2009,
    ),
    (
        "Plotin, *Traités*, t. 2, trad. L. Brisson, Paris, Flammarion, 2003, III, 7, 11.",
        "Traités", "Paris", "Flammarion", 2003,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "place", "publisher", "year"), EDITION_NOTES)
def test_edition_with_passage_is_a_book(
    text: str, title: str, place: str, publisher: str, year: int
) -> None:
    ref = parse_reference(text, [1], note=True, detect_styles=True)
    assert ref.kind is RefKind.BOOK
    assert (ref.title, ref.place, ref.publisher, ref.year) == (title, place, publisher, year)


# (entry, author, title, year)
DATED_TITLES = [
    (
        "Gilbert Ouy, Les manuscrits de l'abbaye de Saint-Victor: catalogue établi sur la"
        " base du répertoire de Claude de Grandrue (1514), 2 vols (Turnhout: Brepols, 1999).",
        "Gilbert Ouy",
        "Les manuscrits de l'abbaye de Saint-Victor: catalogue établi sur la base du"
        " répertoire de Claude de Grandrue (1514)",
        1999,
    ),
    (
        "Pierre Durand, Les registres de l'officialité: catalogue établi d'après l'inventaire"
        " de Jean Lebeuf (1602), 2 vols (Paris: Champion, 2010).",
        "Pierre Durand",
        "Les registres de l'officialité: catalogue établi d'après l'inventaire de Jean Lebeuf"
        " (1602)",
        2010,
    ),
    (
        "Anna Bianchi, La biblioteca del convento: catalogo secondo l'inventario di fra Leone"
        " (1505), 2 vols (Firenze: Olschki, 1995).",
        "Anna Bianchi",
        "La biblioteca del convento: catalogo secondo l'inventario di fra Leone (1505)",
        1995,
    ),
    (
        "Anne Grey, The library of the abbey: a catalogue after the inventory of John Leland"
        " (1538) (York: Borthwick, 1975).",
        "Anne Grey",
        "The library of the abbey: a catalogue after the inventory of John Leland (1538)",
        1975,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "author", "title", "year"), DATED_TITLES)
def test_date_in_title_is_no_author_date_year(
    text: str, author: str, title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == (author,)
    assert (ref.title, ref.year) == (title, year)


# (a blog post or a person's page stays a web page; a ministry's page about a service, an
# agency's or an office's data set too)
WEB_PAGES = [
    "@online{i, author = {{European Environment Agency}}, title = {Land Cover 2018}, year ="
    " {2019}, url = {https://data.example.net/lc2018}}",
    "@misc{j, author = {{Statistisches Bundesamt}}, title = {Landtagswahl 2021: Ergebnisse nach"
    " Gemeinden}, year = {2022}, url = {https://data.example.net/ltw2021.html}}",
    "@online{g, author = {Silva, Ana}, title = {Notas sobre a Gaudium et spes}, year ="
    " {2020}, url = {https://blog.example.net/gs.html}}",
    "@online{h, author = {{Ministério da Saúde}}, title = {Vacinação contra a gripe}, year ="
    " {2023}, url = {https://docs.example.net/ms/gripe.html}}",
]


@pytest.mark.parametrize("entry", WEB_PAGES)
def test_bib_web_pages_stay_web(entry: str) -> None:
    (record,), _ = read_bib(entry + "\n")
    assert bib_reference(record).kind is RefKind.WEB


BIB_DOCUMENTS = [
    "@misc{a, author = {{Comissão Teológica Internacional}}, title = {Comunhão e serviço:"
    " a pessoa humana criada à imagem de Deus}, year = {2004},"
    " url = {https://docs.example.net/cti/2004.html}}",
    "@misc{b, author = {{Concílio Vaticano II}}, title = {Constituição pastoral Gaudium et"
    " spes}, year = {1965}, note = {7 de dezembro de 1965}}",
    "@online{c, author = {{Congregation for the Doctrine of the Faith}}, title = {Instruction"
    " on Christian Freedom and Liberation}, year = {1986},"
    " url = {https://docs.example.net/cdf/1986.html}}",
    "@misc{d, author = {{Deutsche Bischofskonferenz}}, title = {Gerechter Friede}, year = {2000}}",
    "@online{e, author = {{Synod of Bishops}}, title = {For a Synodal Church: Final"
    " Document}, year = {2024}, url = {https://docs.example.net/synod/final.html}}",
    "@misc{f, author = {{Ministério da Educação}}, title = {Diretrizes curriculares"
    " nacionais}, year = {2013}, url = {https://docs.example.net/mec/dcn.pdf}}",
]


@pytest.mark.parametrize("entry", BIB_DOCUMENTS)
def test_bib_body_document_is_a_report(entry: str) -> None:
    (record,), _ = read_bib(entry + "\n")
    assert bib_reference(record).kind is RefKind.REPORT


CSL_DOCUMENTS = [
    {
        "id": "a", "type": "webpage", "author": [{"literal": "Pontifical Biblical Commission"}],
        "title": "The Interpretation of the Bible in the Church", "issued": {"date-parts": [[1993]]},
        "URL": "https://docs.example.net/pbc/1993.html",
    },
    {
        "id": "b", "type": "document", "author": [{"literal": "Conferencia Episcopal Española"}],
        "title": "Instrucción pastoral sobre la familia", "issued": {"date-parts": [[2001]]},
    },
]  # fmt: skip


@pytest.mark.parametrize("item", CSL_DOCUMENTS)
def test_csl_body_document_is_a_report(item: dict[str, object]) -> None:
    assert csl_reference(item, 1).kind is RefKind.REPORT
