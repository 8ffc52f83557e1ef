"""Round 83 (fix83l): a church's own law -- its church order, constitution or statute --
filed as a typed entry of no published kind (a ``@misc`` with a church as its braced author,
or no author and the church named in the title; a CSL ``document``) is its legislation, a
``report``; a church's other documents, a person's study of a church order, a state's
constitution and a published edition are left.  Every example is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references import official_body
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from bibcheck.parse.references.typed_kinds import csl_kind
from tests.test_regex_growth import assert_linear


def _misc(fields: str, entry_type: str = "misc") -> str:
    (record,), _ = read_bib(f"@{entry_type}{{k, {fields}}}\n")
    return bib_reference(record).kind.value


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        # a church as the braced author, its order's title (Dutch, German, English, Swedish)
        ("author = {{Remonstrantse Broederschap Kerk}}, title = {Kerkorde van de "
         "Remonstrantse Broederschap}, howpublished = {Utrecht: Landelijk Bureau}, "
         "year = {2019}", "report"),
        ("author = {{Evangelische Kirche im Rheinland}}, title = {Kirchenordnung der "
         "Evangelischen Kirche im Rheinland}, year = {2021}", "report"),
        ("author = {{Evangelisch-Lutherische Landeskirche Sachsen}}, title = {Grundordnung}, "
         "year = {2017}", "report"),
        ("author = {{United Reformed Church of Westhaven}}, title = {Book of Church Order}, "
         "year = {2020}", "report"),
        ("author = {{Svenska kyrkan}}, title = {Kyrkoordning med angränsande "
         "bestämmelser}, year = {2022}", "report"),
        ("author = {{Iglesia Evangélica del Sur}}, title = {Estatutos y reglamento "
         "interno}, year = {2015}", "report"),
        # no author: the title names the law and the church
        ("title = {Statutul Bisericii Ortodoxe din Moldova de Sus}, year = {2011}", "report"),
        ("title = {Verfassung der Evangelischen Kirche in Nordheim}, year = {1999}", "report"),
        ("title = {Constitution of the Presbyterian Church of Eastland}, year = {2010}",
         "report"),
        # near-misses: a church's other document, a person's study, a state's constitution,
        # a law's title with no church named, an edition with its publisher
        ("author = {{Church of Westhaven}}, title = {Mission in a Changing City}, "
         "year = {2004}", "unknown"),
        ("author = {Jansen, Pieter}, title = {De kerkorde van 1619 en haar uitleg}, "
         "year = {2006}", "unknown"),
        ("title = {The Constitution of the Early Republic}, year = {1999}", "unknown"),
        ("title = {Kerkorde}, year = {1999}", "unknown"),
        ("author = {{Gereformeerde Kerken in Nederland}}, title = {Kerkorde}, "
         "publisher = {Kok}, year = {1959}", "unknown"),
    ],
)  # fmt: skip
def test_church_law_misc(fields: str, kind: str) -> None:
    assert _misc(fields) == kind


def test_church_law_online_and_book() -> None:
    # an @online church order is the church's law too; a @book stays a book
    assert (
        _misc(
            "author = {{Kerk van Oostland}}, title = {Kerkorde en ordinanties}, "
            "url = {https://kerk.example.org/kerkorde}, urldate = {2024-01-02}",
            "online",
        )
        == "report"
    )
    assert _misc("author = {{Kerk van Oostland}}, title = {Kerkorde}, year = {1990}", "book") == (
        "book"
    )


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ({"type": "document", "author": [{"literal": "Evangelische Kirche in Westfalen"}],
          "title": "Kirchenordnung der Evangelischen Kirche von Westfalen"}, RefKind.REPORT),
        ({"type": "document", "title": "Statutul Bisericii Ortodoxe din Moldova de Sus"},
         RefKind.REPORT),
        ({"type": "document", "author": [{"family": "Jansen", "given": "Pieter"}],
          "title": "De kerkorde van 1619"}, RefKind.UNKNOWN),
        ({"type": "document", "author": [{"literal": "Evangelische Kirche in Westfalen"}],
          "title": "Gemeinde leben"}, RefKind.UNKNOWN),
    ],
)  # fmt: skip
def test_church_law_csl(item: dict[str, object], kind: RefKind) -> None:
    assert csl_kind(item, RefKind.UNKNOWN) is kind


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(lambda t: official_body._CHURCH.search(t), lambda n: "Ab" * (n // 2),
                     id="church"),
        pytest.param(lambda t: official_body._CHURCH_LAW.search(t), lambda n: "Book of " * (n // 8),
                     id="church-law"),
        pytest.param(lambda t: official_body.church_law([t], t), lambda n: "Kerkorde " * (n // 9),
                     id="church-law-whole"),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
