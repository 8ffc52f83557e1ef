"""A body's data, published online by the body itself: a dataset, ``web`` by the corpus
conventions (``tests/corpus/README.md``: datasets are ``web``).

ABNT, and the styles that enter a body's documents under its name, give an online work's
place, publisher and year before its address and the date it was consulted.  A body's data
-- a transit operator's feed, a statistical office's tables, an open-data portal's files --
then reads as a book the body published::

    SPTRANS. GTFS: dados do transporte público por ônibus da cidade de São Paulo. São
    Paulo: SPTrans, 2020. Disponível em: https://…. Acesso em: 10 mar. 2021.
    INE. Microdatos de la Encuesta de Población Activa. Madrid: INE, 2023. Disponible en:
    https://…. Consultado el 3 de marzo de 2024.

It is a dataset when

* its one author is an organisation (or a name that is no person's inverted one, as a
  body's initials: ``SPTRANS``) and the same name (case aside) is its publisher: the body
  published it itself, no press did;
* it gives an address that is no DOI's and the date it was consulted, and no ISBN;
* its title calls it data: a part of the title (the title, or a part after ``: ``) opens
  with the word for data (``dados``, ``datos``, ``data``, ``données``, ``Daten``,
  ``microdados``), or the title names a dataset (``dataset``, ``conjunto de dados``, ``jeu
  de données``, ``Datensatz``).

A report, a book about data (``Análise de dados``: the word not opening a part), or a
body's work a press publishes keeps its kind.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["body_dataset", "data_titled", "names_dataset"]

# a part of the title that opens with the word for data, in the languages such lists are
# written in
_DATA_HEAD = lazy_compile(r"^(?:micro)?(?:dados|datos|data|données|daten|dati)\b", re.IGNORECASE)
# ... or a title that names a dataset anywhere (and Catalan "conjunt de dades", Occitan
# "conjunt de donadas", Italian "set di dati", Romanian "set de date", Bosnian, Croatian and
# Serbian "skup podataka", Slovene "nabor podatkov", Polish "zbiór danych", Czech and Slovak
# "datová sada", "dátová sada", Hungarian "adatkészlet", Turkish "veri seti", Indonesian
# "kumpulan data", Russian "набор данных", Ukrainian "набір даних", Serbian "скуп података",
# Macedonian "збирка податоци", Greek "σύνολο δεδομένων")
_DATASET = lazy_compile(
    r"(?<!\w)(?:data\s?sets?|conjuntos?\sde\sda[dt]os|jeux?\sde\sdonnées|datens[äa]tze?"
    r"|microdados|microdatos|conjunts?\sde\s(?:dades|donadas)|set\sdi\sdati|set\sde\sdate"
    r"|skup(?:ovi)?\spodataka|nabor\spodatkov|zbi[óo]r\sdanych|d[aá]tov[áa]\ssada"
    r"|adatkészlet|veri\sseti|kumpulan\sdata|набор\sданных|набір\sданих|скуп\sподатака"
    r"|збирка\sподатоци|σύνολο\sδεδομένων)(?!\w)",
    re.IGNORECASE,
)
_PARTS = lazy_compile(r":\s")
_ISBN = lazy_compile(r"\bISBN\b")


def names_dataset(text: str | None) -> bool:
    """Does ``text`` (a BibTeX ``howpublished``, a genre statement) name a data set in any of
    the languages of :data:`_DATASET` (``Skup podataka, verzija 1.3``, ``Conjunt de donadas``,
    ``Dataset``)?"""
    return bool(text) and _DATASET.search(" ".join((text or "").split())) is not None


def data_titled(title: str | None) -> bool:
    """Does ``title`` call the work data (see the module)?"""
    if not title:
        return False
    flat = " ".join(title.split())
    if _DATASET.search(flat) is not None:
        return True
    return any(_DATA_HEAD.match(part.strip(" *_")) for part in _PARTS.split(flat))


def _self_published(ref: Reference) -> bool:
    if len(ref.authors) != 1 or not ref.publisher:
        return False
    author = " ".join(ref.authors[0].split()).strip(" .,").casefold()
    publisher = " ".join(ref.publisher.split()).strip(" .,").casefold()
    # (a body's name, or its initials however long: "SPTRANS", never "SILVA, João")
    return author == publisher and (is_organisation(ref.authors[0]) or "," not in author)


def body_dataset(ref: Reference) -> Reference:
    """``ref`` a ``web`` resource when it is a body's own data online (see the module)."""
    if (
        ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN)
        or ref.url is None
        or ref.doi is not None
        or ref.access_date_raw is None
        or _ISBN.search(ref.raw) is not None
        or not _self_published(ref)
        or not data_titled(ref.title)
    ):
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
