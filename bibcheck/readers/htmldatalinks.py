"""Body links that cite a data source beside a page's own footnotes.

A blog post or policy note with footnotes still cites its data by linking to them in the
text: "die BIZ veröffentlicht sie in ihrer <a href=https://data.bis.org/…>Datenbank</a>",
"les séries sont disponibles sur le <a>portail de données</a>", "the <a>dataset</a> on
Zenodo".  Such a link is a citation (a source the sentence uses), while links to other
pages (a colleague's profile, a news item, a shop) stay page navigation.  A link is a data
source when its words or its address name data: a database, a data page or portal, a
dataset (in several languages), an address on a ``data.`` host, under a ``/data/`` path,
or on a data repository (Zenodo, figshare, Dataverse, Dryad, Mendeley Data).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile

# words naming data in the link's text (a word or the head of a compound: "Datenbank",
# "Datenseite", "Zeitreihen", "banque de données", "base de datos", "banca dati")
_DATA_WORDS = lazy_compile(
    r"\b(?:data(?:sets?|bases?|\s+(?:portal|page|set|base|series|download))"
    r"|datenbank\w*|datensatz\w*|datens[äa]tze\w*|daten(?:seite|portal|reihen|angebot)\w*"
    r"|zeitreihen\w*|databank\w*|gegevens\w*"
    r"|(?:base|banque)s?\s+de\s+donn[ée]es|portail\s+de\s+donn[ée]es|jeux?\s+de\s+donn[ée]es"
    r"|bases?\s+de\s+datos|conjuntos?\s+de\s+datos|portal\s+de\s+datos"
    r"|banca\s+dati|banche\s+dati|base\s+de\s+dados|conjunto\s+de\s+dados"
    r"|bazy?\s+danych|база\s+данных|набор\w*\s+данных)"
    r"|데이터베이스|데이터|数据库|数据集|データベース|データセット",
    re.I,
)
# addresses of data: a "data." host, a "/data/" (daten, donnees, datos, dati) path segment
_DATA_PATH = lazy_compile(
    r"/(?:data|daten|donnees|datos|dati|dados|datasets?|databases?|statistics)(?:/|$)", re.I
)
_DATA_HOSTS = frozenset(
    {"zenodo.org", "figshare.com", "datadryad.org", "dataverse.harvard.edu", "data.mendeley.com"}
)


def is_data_source(url: str, text: str) -> bool:
    """Does the body link to ``url``, reading ``text``, point at a data source?"""
    if _DATA_WORDS.search(text):
        return True
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return False
    if host in _DATA_HOSTS or host.startswith("data."):
        return True
    return bool(_DATA_PATH.search(parts.path))
