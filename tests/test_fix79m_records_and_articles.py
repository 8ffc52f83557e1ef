"""Kinds of three shapes of list entry (own invented entries, near-misses beside them).

* APA 7's description in brackets after an italic title (``*Title* [Tentative list].``) or an
  inventory record's identifier in parentheses (``*Title* (IPA.00001234).``) is no
  publisher, nor is the date the page was read (``Consultado a 2 de março de 2025.``): a
  body's record or page with only its address after it is ``web``
  (:mod:`bibcheck.parse.references.apa`).
* An archive's file cited by its ISAD(G) reference code (``Arquivo Distrital do Porto.
  PT/ADPRT/NOT/CNPRT01/001/0042.``) is an archival item, ``unknown``, its address or not
  (:mod:`bibcheck.parse.references.archival`).
* ČSN ISO 690's article in a journal with no issues: ``*Journal*. 2018, 61, 211–238.`` is an
  ``article`` as ``2018, 61(2), 211–238`` was (:mod:`bibcheck.parse.references.caps`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.apa import _ACCESSED, _DESCRIBED
from bibcheck.parse.references.archival import _SHELFMARK
from bibcheck.parse.references.caps import _ARTICLE
from tests.test_regex_growth import assert_linear


def _kind(text: str) -> RefKind:
    return parse_reference(text, (1,), detect_styles=True).kind


CASES = [
    # records and pages of a body, APA
    (
        "Inventário do Património Portuense. (2012). *Casa da Rua das Flores, n.º 12* "
        "(IPP.00004411). <https://patrimonio.example.pt/ipp/4411>",
        RefKind.WEB,
    ),
    (
        "World Heritage Centre. (2009). *Historic Centre of Aveiro* [Tentative list]. "
        "<https://whc.example.org/tentativelists/5512/>",
        RefKind.WEB,
    ),
    (
        "Comisión de Patrimonio. (2016). *Casco antiguo de Teruel* [ficha de inventario]. "
        "Consultado el 4 de mayo de 2024. <https://patrimonio.example.es/ficha/77>",
        RefKind.WEB,
    ),
    (
        "Landesamt für Denkmalpflege. (2020). *Speicherstadt Nord* [Datenbankeintrag]. "
        "Abgerufen am 3. März 2025. https://denkmal.example.de/obj/123",
        RefKind.WEB,
    ),
    # near-misses: a book after its description keeps its publisher; a book with a publisher
    (
        "Harbour Trust. (2011). *Old Quay Warehouse* [Map]. Ordnance Survey. "
        "<https://example.org/maps/11>",
        RefKind.BOOK,
    ),
    (
        "Lowe, A. M. (1987). *A cidade e o rio* (2.ª ed.). Bertrand. "
        "<https://archive.example.org/details/cidade00lowe>",
        RefKind.BOOK,
    ),
    # archival items by their reference code
    (
        "Arquivo Distrital do Porto. PT/ADPRT/NOT/CNPRT01/001/0042. "
        "<https://digitarq.example.pt/details?id=42>",
        RefKind.UNKNOWN,
    ),
    ("Archivo Histórico Provincial de Cádiz, ES/AHPCA/PN/1204/7.", RefKind.UNKNOWN),
    (
        "Leeds Record Office. GB/0214/HOL/7/3. https://catalogue.example.org/GB0214-HOL-7-3",
        RefKind.UNKNOWN,
    ),
    # ČSN ISO 690 articles, a journal with no issues
    (
        "NOVÁK, Jan a Eva MALÁ. Okna dělnických domů, 1924–1938. *Stavební historie*. 2018, "
        "61, 211–238. DOI: 10.99999/sh.2018.61.211.",
        RefKind.ARTICLE,
    ),
    (
        "HORÁK, Petr. Zděné stodoly Vysočiny. _Památky a příroda_. 2020, 12, s. 45–60.",
        RefKind.ARTICLE,
    ),
    # near-miss: a book's imprint and page count
    ("HORÁK, Petr. Zděné stodoly Vysočiny. Praha: Academia, 2020. 245 s.", RefKind.BOOK),
]


@pytest.mark.parametrize(("text", "kind"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_kind(text: str, kind: RefKind) -> None:
    assert _kind(text) is kind


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "[" * n,
        lambda n: "(AB." + "1" * (n - 4),
        lambda n: ", GB/" + "A/" * (n // 2),
        lambda n: ". 2018, 61, " * (n // 12),
        lambda n: "Retrieved " * (n // 10),
    ],
    ids=["open-brackets", "long-identifier", "code-levels", "volumes", "access-words"],
)
@pytest.mark.parametrize(
    "pattern",
    [_DESCRIBED.match, _ACCESSED.match, _SHELFMARK.search, _ARTICLE.search],
    ids=["described", "accessed", "shelfmark", "article"],
)
def test_linear(pattern: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(pattern, line)
