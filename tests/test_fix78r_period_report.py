"""fix78r: a periodical report titled by its genre and the year it covers is a report.

Governments and bodies issued yearly reports titled by the report word and the year after
its preposition: Dutch ``Koloniaal verslag van 1919``, ``Algemeen verslag over het jaar
1920``, English ``Colonial report for 1923``, German ``Verwaltungsbericht für 1900``.  The
corpus conventions (tests/corpus/README.md, "Annual reports") file a body's account as a
``report``; a wiki's ``{{Cite book}}`` of one is a report too.  (The examples are this
file's own.)
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references.reportkind import titled_report
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference

_TITLES = [
    ("Provinciaal verslag van 1911", True),
    ("Algemeen verslag over het jaar 1920", True),
    ("Colonial report for 1923", True),
    ("Statistical report for the year 1931", True),
    ("Verwaltungsbericht für 1900", True),
    ("Rapport pour 1905", True),
    ("A history of 1848", False),
    ("The year 1919 in the colonies", False),
]


@pytest.mark.parametrize(("title", "report"), _TITLES)
def test_titled_report(title: str, report: bool) -> None:
    assert titled_report(title) is report


def _template(name: str, **params: str) -> CiteTemplate:
    values = {k.replace("_", "-"): v for k, v in params.items()}
    return CiteTemplate(name, values, {k: 3 for k in values}, "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("params", "kind"),
    [
        (
            {
                "author": "Departement van Binnenlandsch Bestuur",
                "title": "Provinciaal verslag van 1911",
                "location": "Batavia",
                "publisher": "Landsdrukkerij",
                "year": "1912",
            },
            RefKind.REPORT,
        ),
        (
            {
                "author": "Colonial Office",
                "title": "Colonial report for 1923",
                "location": "London",
                "publisher": "HMSO",
                "year": "1924",
            },
            RefKind.REPORT,
        ),
        (
            # (guard, passes on main: a historian's book stays a book)
            {
                "last": "Hartono",
                "first": "Sari",
                "title": "Kota pelabuhan di Jawa 1900-1940",
                "location": "Yogyakarta",
                "publisher": "Penerbit Contoh",
                "year": "2015",
            },
            RefKind.BOOK,
        ),
    ],
)
def test_cite_book_of_a_yearly_report(params: dict[str, str], kind: RefKind) -> None:
    assert cite_reference(_template("cite book", **params)).kind is kind
