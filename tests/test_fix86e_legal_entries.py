"""Cases, statutes and treaties in generic typed entries (a BibTeX ``@misc``, a CSL
``document``, a ``{{cite web}}``) are ``report`` by their shape, never by their host
(round 86, :mod:`bibcheck.parse.references.typed_legal`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references.legal_kind import legal_source
from bibcheck.parse.references.treaty_title import treaty_maker, treaty_titled
from bibcheck.parse.references.typed_kinds import bibtex_kind, csl_kind
from bibcheck.parse.references.typed_legal import case_titled, legal_entry, reporter_citation
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("fields", "want"),
    [
        # a case by its parties and its report
        ({"title": "Harlow v. Fenwick County School Board", "howpublished": "412 U.S. 77",
          "year": "1971"}, RefKind.REPORT),
        ({"title": "{Okafor v. Danjuma}", "howpublished": "[1998] 2 NWLR 140"}, RefKind.REPORT),
        ({"title": "Marsh vs. Tolland Mills", "note": "88 F. Supp. 2d 12 (D. Vt. 2000)"},
         RefKind.REPORT),
        ({"title": "In re Whitcombe", "howpublished": "301 U.S. 9"}, RefKind.REPORT),
        # a statute by its short title and year, or the laws collecting it
        ({"title": "Coastal Fisheries Act", "year": "1983"}, RefKind.UNKNOWN),
        ({"title": "Market Stalls Ordinance",
          "howpublished": "Laws of Eastland 1990, Cap. M12"}, RefKind.REPORT),
        ({"author": "{Government of Eastland}", "title": "Public Wells Decree", "year": "1975",
          "howpublished": "Revised Laws of Eastland, Cap. 7"}, RefKind.REPORT),
        # a treaty by its (numbered) title, no person its author
        ({"title": "Convention (II) concerning the Care of Lighthouses", "year": "1911"},
         RefKind.REPORT),
        ({"title": "Konvencio pri la Protekto de Migrantaj Birdoj", "year": "1950"},
         RefKind.REPORT),
        # near-misses: a book about a case, a person's statute-shaped title, no report
        ({"title": "Harlow v. Fenwick: The Untold Story", "year": "1999"}, RefKind.UNKNOWN),
        ({"title": "Harlow v. Fenwick County School Board", "year": "1971"}, RefKind.UNKNOWN),
        ({"author": "Moss, Clara", "title": "A Balancing Act", "year": "2011"},
         RefKind.UNKNOWN),
        ({"title": "Balancing Act", "howpublished": "12 Volumes 300"}, RefKind.UNKNOWN),
        ({"author": "Lind, Ola", "title": "Konvencio pri la Protekto de Birdoj",
          "year": "2001"}, RefKind.UNKNOWN),
        ({"title": "Field notes on the river", "year": "2001"}, RefKind.UNKNOWN),
    ],
)  # fmt: skip
def test_bibtex_misc(fields: dict[str, str], want: RefKind) -> None:
    assert bibtex_kind("misc", fields, RefKind.UNKNOWN) is want


def test_bibtex_with_publisher_keeps_its_kind() -> None:
    fields = {"title": "Coastal Fisheries Act", "year": "1983", "publisher": "Sea Press"}
    assert bibtex_kind("misc", fields, RefKind.UNKNOWN) is RefKind.UNKNOWN


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ({"type": "document", "title": "Coastal Fisheries Act", "note": "Laws of Eastland, Cap. 9",
          "issued": {"date-parts": [[1983]]}}, RefKind.REPORT),
        ({"type": "document", "title": "Harlow v. Fenwick", "note": "412 U.S. 77"},
         RefKind.REPORT),
        ({"type": "document", "title": "Harlow v. Fenwick: A Memoir",
          "issued": {"date-parts": [[1983]]}}, RefKind.UNKNOWN),
        ({"type": "document", "title": "Coastal Fisheries Act", "publisher": "Sea Press",
          "issued": {"date-parts": [[1983]]}}, RefKind.UNKNOWN),
    ],
)  # fmt: skip
def test_csl_document(item: dict[str, object], want: RefKind) -> None:
    assert csl_kind(item, RefKind.UNKNOWN) is want


def _template(name: str, params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("params", "want"),
    [
        ({"title": "Convention on the Keeping of Lighthouses", "url": "https://x.example/c",
          "publisher": "Maritime Heritage Trust", "year": "1931"}, RefKind.REPORT),
        ({"title": "Protocol (III) relating to Signal Lamps", "url": "https://x.example/p",
          "year": "1931"}, RefKind.REPORT),
        ({"title": "Traktato de Amikeco inter Arkadio kaj Iliro", "url": "https://x.example/t",
          "publisher": "Unuiĝintaj Nacioj", "year": "1950"}, RefKind.REPORT),
        ({"title": "Charter of the Lighthouse Keepers' Union", "url": "https://x.example/u",
          "year": "1950"}, RefKind.REPORT),
        # near-misses: a person's page about a treaty, a page of no treaty's title
        ({"title": "Convention on the Keeping of Lighthouses", "url": "https://x.example/c",
          "last": "Moss", "first": "Clara", "year": "2019"}, RefKind.WEB),
        ({"title": "Conventions of lighthouse design", "url": "https://x.example/d",
          "year": "2019"}, RefKind.WEB),
    ],
)  # fmt: skip
def test_cite_web(params: dict[str, str], want: RefKind) -> None:
    assert cite_reference(_template("cite web", params)).kind is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Lighthouse at Skerry (Arkadio kontraŭ Iliro), Judgment No. 4, 1926, P.C.I.J. "
         "Series A, No. 9, p. 12.", True),
        ("Lighthouse at Skerry, P.C.I.J., Series B, No. 3.", True),
        ("Moss, C., The P.C.I.J. and its critics, Oxford, 1990.", False),
    ],
)  # fmt: skip
def test_world_court_series(text: str, want: bool) -> None:
    assert legal_source(text) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("412 U.S. 77", True), ("88 F. Supp. 2d 12 (D. Vt. 2000)", True),
        ("[1998] 2 NWLR 140", True), ("[1932] AC 562", True), ("412 U.S. 77, 81", True),
        ("12 Volumes 300", False), ("Eastland Law Reports, vol. 3", False), ("1983", False),
    ],
)  # fmt: skip
def test_reporter_citation(text: str, want: bool) -> None:
    assert reporter_citation(text) is want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Harlow v. Fenwick County School Board", True), ("Dupont c. Durand", True),
        ("Pérez contra García", True), ("Arkadio kontraŭ Iliro", True),
        ("In re Whitcombe", True), ("Harlow v. Fenwick: The Untold Story", False),
        ("Vitamin C and health", False),
    ],
)  # fmt: skip
def test_case_titled(title: str, want: bool) -> None:
    assert case_titled(title) is want


def test_esperanto_treaty_words() -> None:
    assert treaty_titled("Ĉarto de la Unuiĝintaj Nacioj")
    assert treaty_titled("Convention (IV) respecting the Laws of Lighthouses")
    assert treaty_maker("Unuiĝintaj Nacioj")
    assert not treaty_titled("Konvencioj kaj kutimoj en la kampara vivo")


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (case_titled, lambda n: "Ab " * (n // 3)),
        (case_titled, lambda n: "Ab v. " * (n // 6)),
        (reporter_citation, lambda n: "12 " + "U.S. " * (n // 5)),
        (lambda t: legal_entry(t, "1990", [t], []), lambda n: "Ab Cd " * (n // 6) + "Act"),
        (lambda t: legal_entry(t, "1990", [t], []), lambda n: "Ab of " * (n // 6)),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("G.A. Res. 99 (IV), U.N. Doc. A/1234, at 12 (1949).", True),
        ("Declaration on Lighthouse Keepers, UN Doc A/RES/77/5 (2022)", True),
        ("S.C. Res. 901, U.N. Doc. S/RES/901 (Mar. 3, 1994).", True),
        ("Moss, C. (2001). The UN and its documents. Oxford: OUP.", False),
        ("Moss, Clara. U.N. Documents Guide. London, 2001.", False),
    ],
)  # fmt: skip
def test_un_documents(text: str, want: bool) -> None:
    assert legal_source(text) is want


def test_un_document_in_misc() -> None:
    fields = {"title": "Declaration on Lighthouse Keepers", "howpublished": "U.N. Doc. A/1234"}
    assert bibtex_kind("misc", fields, RefKind.UNKNOWN) is RefKind.REPORT
