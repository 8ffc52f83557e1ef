"""fix63g: the kinds of legal, official, archival and interview sources in every shape.

Court decisions, statutes, EU acts, treaties and parliamentary records are ``report``; files
in archives ``unknown``; interviews the author held ``commentary`` (tests/corpus/README.md,
kinds of sources that are not articles or books) -- in notes and lists as text, in CSL-JSON
items, BibTeX/biblatex entries and MediaWiki citation templates.  Every case is written for
this file (invented parties, files and dates).
"""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from bibcheck.parse.references.csljson import to_reference as csl_reference
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference


def _kind(text: str, note: bool) -> RefKind:
    return parse_reference(text, [1], detect_styles=True, note=note).kind


# (a note's or a list entry's text, the kind)
LEGAL = [
    # French courts and acts
    ("Cass. civ., 3 mai 1911, *Durandal*, D. 1912.1.77, note Vernet.", "fr-cass-civ"),
    ("Cass. ch. réunies, 12 janv. 1925, *Pelletan*, S. 1926.1.12.", "fr-chambres-reunies"),
    ("Cass. ass. plén., 14 avr. 2006, n° 04-18.902.", "fr-assemblee-pleniere"),
    ("C. civ. (1804), art. 1385.", "fr-code-article"),
    # Italian courts and acts
    ("Cons. Stato, sez. IV, 9 marzo 2018, n. 1520.", "it-consiglio-di-stato"),
    ("Cfr. Cons. Stato, Ad. plen., 5 maggio 2021, n. 7.", "it-adunanza-plenaria-cfr"),
    ("Regolamento (UE) 2018/1725 del Parlamento europeo, art. 9.", "it-eu-regulation"),
    # German courts, papers and codes
    ("BVerfGE 77, 1 (44).", "de-bverfge"),
    ("BGH, Urt. v. 14.3.2017 – VI ZR 721/15, NJW 2017, 2029.", "de-bgh-urteil"),
    ("BT-Drs. 14/9300, S. 12.", "de-drucksache"),
    ("§ 242 BGB.", "de-paragraph-code"),
    # Spanish courts and laws
    ("TS, Sala Tercera, 3 de junio de 2008, rec. 44/2006.", "es-ts-sala"),
    # English and international
    ("HL Deb 4 March 1952, vol. 175, cols. 402–10.", "uk-hansard-vol-dot"),
    ("Slade's Case (1602) 4 Co Rep 91.", "uk-reported-case"),
    ("Convention on Fisheries, London, 9 March 1964, 581 UNTS 57.", "treaty-series"),
    # an authority's act by its number and date
    ("Garante, Linee guida sui cookie, delibera n. 231 del 10 giugno 2021.", "it-delibera"),
    ("Resolución de 4 de abril de 2011, de la Secretaría General de Universidades.", "es-res"),
]


@pytest.mark.parametrize(("text", "note"), [(t, n) for t, _ in LEGAL for n in (True, False)])
def test_legal_sources_are_reports(text: str, note: bool) -> None:
    assert _kind(text, note) is RefKind.REPORT


INTERVIEWS = [
    ("Interview with a retired registrar, Leeds, 12 June 2022.", "en-with"),
    ("Author's interview with a county archivist, 3 May 2021.", "en-authors"),
    ("Entretien avec une magistrate honoraire, Lyon, 4 février 2023.", "fr-avec"),
    ("Intervista dell'autore con un funzionario comunale, 7 ottobre 2024.", "it-autore"),
    ("Entrevista realizada por el autor, Toledo, 2019.", "es-realizada"),
    ("Gespräch mit einer Referentin der Fraktion, Bonn, 2. März 2022.", "de-gespraech"),
    ("Personal communication from the clerk, 8 January 2020.", "en-personal"),
]


@pytest.mark.parametrize("text", [t for t, _ in INTERVIEWS], ids=[i for _, i in INTERVIEWS])
def test_interviews_the_author_held_are_commentary(text: str) -> None:
    assert _kind(text, note=False) is RefKind.COMMENTARY


ARCHIVAL = [
    ("Cabinet Conclusions 14(30), 12 March 1930, TNA, CAB 23/63.", "tna-cabinet"),
]  # fmt: skip


@pytest.mark.parametrize("text", [t for t, _ in ARCHIVAL], ids=[i for _, i in ARCHIVAL])
def test_archival_files_are_of_no_kind(text: str) -> None:
    assert _kind(text, note=True) is RefKind.UNKNOWN


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ({"type": "legal_case", "title": "Wahlprüfung", "container-title": "BVerfGE"}, "report"),
        ({"type": "bill", "title": "A Bill to amend the Harbours Act"}, "report"),
        ({"type": "hearing", "title": "Oversight of the Bureau"}, "report"),
        ({"type": "treaty", "title": "Convention on Rivers"}, "report"),
        ({"type": "interview", "title": "Gespräch mit einer Abgeordneten"}, "commentary"),
        (
            {"type": "manuscript", "title": "Protokolle", "archive": "Landesarchiv Kiel",
             "archive_location": "Abt. 605 Nr. 12"},
            "unknown",
        ),
    ],
)  # fmt: skip
def test_csl_types(item: dict[str, object], kind: str) -> None:
    assert csl_reference(item, 1).kind.value == kind


@pytest.mark.parametrize(
    ("bib", "kind"),
    [
        ("@misc{a, title = {Ley 7/1985, de 2 de abril, reguladora de las bases}, year = {1985}}",
         "report"),
        ("@misc{b, title = {Sentencia 44/2015, de 5 de marzo}, howpublished = {Tribunal"
         " Constitucional, ECLI:ES:TC:2015:44}, year = {2015}}", "report"),
        ("@misc{c, author = {Ruiz, Ana}, title = {Entrevista realizada por la autora},"
         " year = {2020}}", "commentary"),
    ],
)  # fmt: skip
def test_bibtex_entries(bib: str, kind: str) -> None:
    (record,), _ = read_bib(bib + "\n")
    assert bib_reference(record).kind.value == kind


def _template(name: str, **params: str) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("name", "params", "title"),
    [
        ("cite court", {"litigants": "Harlow v Grange", "vol": "1931", "reporter": "AC",
                        "opinion": "12", "url": "https://courts.example.net/h"}, "Harlow v Grange"),
        ("cite legislation", {"title": "Harbours Act 1964", "year": "1964",
                              "url": "https://laws.example.net/1964/40"}, "Harbours Act 1964"),
        ("cite hansard", {"house": "House of Lords", "title": "Ferries",
                          "url": "https://hansard.example.net/x"}, "Ferries"),
    ],
)  # fmt: skip
def test_wiki_legal_templates(name: str, params: dict[str, str], title: str) -> None:
    ref = cite_reference(_template(name, **params))
    assert ref.kind is RefKind.REPORT
    assert ref.title == title


PERIODICALS = [
    ("Mary Quill, Council Drops Tram Plan, CHI. TRIB., Oct. 2, 1997, at C3.", "newspaper"),
    ("Ben Dale, Rules and Standards Revisited, 1994 WIS. L. REV. 215, 220.", "year-volume"),
]


@pytest.mark.parametrize("text", [t for t, _ in PERIODICALS], ids=[i for _, i in PERIODICALS])
def test_bluebook_periodicals_are_articles(text: str) -> None:
    assert _kind(text, note=True) is RefKind.ARTICLE
