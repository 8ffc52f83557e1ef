"""Body links to a data source cite beside a page's own footnotes (fix69n).

A blog post with footnotes still cites its data by a link in the sentence: the link to a
database, a data page or portal, a dataset (:mod:`bibcheck.readers.htmldatalinks`) is a
citation ``L1``, ``L2``…; other body links stay an info line.  Pages are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, LinkPolicy
from bibcheck.readers import html
from bibcheck.readers.htmldatalinks import is_data_source
from bibcheck.readers.links import apply_link_policy

_PAGE = """<!doctype html><html><body><h1>Post</h1>
<p>{first}<sup><a href="#fn1" id="fnref1" role="doc-noteref">1</a></sup> {second}
<a href="{url}">{words}</a>.</p>
<p>{third} <a href="https://www.example-news.org/2024/05/story">{other}</a>.</p>
<section role="doc-endnotes"><ol>
<li id="fn1"><p>Mara Stein, <i>Credit Cycles</i> (Berlin: Nordverlag, 2019), 12.
<a href="#fnref1" role="doc-backlink">↩</a></p></li></ol></section>
</body></html>"""


@pytest.mark.parametrize(
    "fields",
    [
        {
            "first": "Die Kreditquote stieg lange.",
            "second": "Die Werte stehen in der",
            "url": "https://stats.example.org/topics/credit",
            "words": "Datenbank zu Kreditlücken",
            "third": "Dazu berichtete auch die",
            "other": "Zeitung",
        },
        {
            "first": "Le crédit a augmenté.",
            "second": "Les séries sont sur le",
            "url": "https://www.example-bank.fr/statistiques",
            "words": "portail de données de la banque",
            "third": "Voir aussi",
            "other": "un article de presse",
        },
        {
            "first": "Credit grew for years.",
            "second": "The series are in the",
            "url": "https://zenodo.org/records/1234567",
            "words": "replication files",
            "third": "A newspaper covered it in",
            "other": "a story",
        },
        {
            "first": "El crédito creció.",
            "second": "Las series están en la",
            "url": "https://www.example-inst.es/datos/credito",
            "words": "página del instituto",
            "third": "Lo contó también",
            "other": "la prensa",
        },
    ],
)
def test_data_link_cites_beside_footnotes(fields: dict[str, str]) -> None:
    doc = apply_link_policy(html.read(_PAGE.format(**fields)), LinkPolicy.AUTO)
    labels = [m.label for m in doc.markers]
    assert labels == ["1", "L1"]
    link = next(n for n in doc.footnotes if n.label == "L1")
    assert link.reference is not None and link.reference.url == fields["url"]
    # the news link is said, not counted
    assert [a.code for a in doc.anomalies] == [AnomalyCode.LINK_NOT_CITED]


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        ("https://data.example.org/series/x", "hier", True),
        ("https://example.org/daten/reihe", "Seite", True),
        ("https://figshare.com/articles/dataset/x/1", "files", True),
        ("https://example.org/a", "dataset", True),
        ("https://example.org/a", "데이터베이스", True),
        ("https://example.org/a", "base de datos", True),
        ("https://example.org/team/lena", "Lena Brandt", False),
        ("https://example.org/2024/story", "a story", False),
        ("https://example.org/shop", "Buch kaufen", False),
    ],
)
def test_is_data_source(url: str, text: str, expected: bool) -> None:
    assert is_data_source(url, text) is expected
