"""fix73c: three reading conventions decided in round 73 (tests/corpus/README.md,
"Conventions decided in round 73").

1. A release of software or a data set: its version after a comma or in brackets closing the
   title is the release's own element (APA prints it apart, CSL has a ``version`` variable),
   not the title's; a document's version (a standard's, a specification's, a manual's, a
   protocol's) stays its title's.
2. A manual, handbook or guide by the laboratory, company or agency that made the thing is
   its ``report`` (BibTeX ``@manual``, technical documentation); a publisher's or a
   person's handbook stays a book.
3. A company's or a society's account to its shareholders or members, its title opening
   with the report word (``Berättelse``, ``Beretning``, ``Verslag``, ``Rapport annuel``,
   ``Report of the Directors``), is a ``report``; a person's account of a journey is a book.

The examples are the project's own, written in the shapes real lists print."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import body_issued, parse_reference, version_host


def _parsed(entry: str) -> Reference:
    return parse_reference(entry, [0], detect_styles=True)


def _check(ref: Reference, expected: dict[str, Any]) -> None:
    for name, value in expected.items():
        assert getattr(ref, name) == value, (name, getattr(ref, name), ref)


# --- 1. a release's version: not the title's; a document's version: the title's -----------
VERSIONS: list[tuple[str, dict[str, Any]]] = [
    (
        "Tidemark Developers (2022). Tidemark Desktop GIS, version 2.14. Coastal Data Trust.",
        {"title": "Tidemark Desktop GIS", "kind": RefKind.WEB, "year": 2022},
    ),
    (
        "Tidemark Development Team. Tidemark Desktop GIS, versione 2.14. Coastal Data Trust; "
        "2022. Disponibile su: https://tidemark.example.org",
        {"title": "Tidemark Desktop GIS", "kind": RefKind.WEB, "year": 2022},
    ),
    (
        "Okafor, B. L. reefpulse: thermal stress pipeline, version 0.9.3. Zenodo "
        "https://doi.org/10.5281/zenodo.9912345 (2023).",
        {"title": "reefpulse: thermal stress pipeline", "kind": RefKind.WEB, "year": 2023},
    ),
    (
        "Brightline Project (2021). brightline, Version 3.0. Computer software.",
        {"title": "brightline", "kind": RefKind.WEB, "year": 2021},
    ),
    (
        "Marsh, T. (2020). Fjord salinity grids, v. 2.1 [Data set]. Dryad.",
        {"title": "Fjord salinity grids", "kind": RefKind.WEB, "year": 2020},
    ),
    (
        "Nørgaard, E. (2024). peatflux (Version 4.2) [Computer software]. GitHub. "
        "https://github.com/enorgaard/peatflux",
        {"title": "peatflux", "kind": RefKind.WEB, "year": 2024},
    ),
    (
        "The GridCell Core Team (2019). GridCell: cellular automata for land use, v1.4.2. "
        "https://gridcell.example.org",
        {"title": "GridCell: cellular automata for land use", "kind": RefKind.WEB},
    ),
    # a document's version is its title's: a standard, a specification, a manual, protocols
    (
        "Glyph Consortium. The Glyph Encoding Standard, Version 9.0. Mountain View, CA: "
        "Glyph Consortium; 2018.",
        {"title": "The Glyph Encoding Standard, Version 9.0"},
    ),
    (
        "Arden J., Kowal P., Mwangi S. The Sponge reference, version 2.0. 2012. URL: "
        "https://sponge.example.org/files/sponge-reference-2.0.pdf",
        {"title": "The Sponge reference, version 2.0"},
    ),
    (
        "Butterfly Monitoring Network. Transect walk protocols, version 4. Reading: Network "
        "for Butterflies; 2020.",
        {"title": "Transect walk protocols, version 4", "kind": RefKind.REPORT},
    ),
    (
        "Hydraulic Engineering Office (2019). RiverFlow 1D: User's Manual, Version 6.1. Davis, CA.",
        {"title": "RiverFlow 1D: User's Manual, Version 6.1"},
    ),
    # (a person's article whose title holds a version: no release)
    (
        "Greene, M., Lindahl, K. (2021). Efficiency tables for tandem cells (version 12). "
        "Progress in Photovoltaics, 29(4), 311–325.",
        {"title": "Efficiency tables for tandem cells (version 12)", "kind": RefKind.ARTICLE},
    ),
]


@pytest.mark.parametrize(("entry", "expected"), VERSIONS)
def test_release_version_no_part_of_title(entry: str, expected: dict[str, Any]) -> None:
    _check(_parsed(entry), expected)


# the function alone: a release's version cut, a marked title's version kept
def _ref(raw: str, title: str, **fields: Any) -> Reference:
    return Reference(raw=raw, line=1, end_line=1, title=title, **fields)


RELEASES: list[tuple[Reference, str, RefKind]] = [
    (
        _ref("X Dev Team. Pondsim, version 1.2.", "Pondsim, version 1.2", authors=("X Dev Team",)),
        "Pondsim",
        RefKind.WEB,
    ),
    (
        _ref(
            "A. Li. *Grids of salinity, Version 5.5*, Zenodo, 2015.",
            "Grids of salinity, Version 5.5",
            authors=("A. Li",),
            kind=RefKind.BOOK,
        ),
        "Grids of salinity, Version 5.5",
        RefKind.BOOK,
    ),
    (
        _ref(
            "A. Li. Grids of salinity, Version 5.5, 2015.",
            "Grids of salinity, Version 5.5",
            authors=("A. Li",),
            kind=RefKind.BOOK,
        ),
        "Grids of salinity, Version 5.5",
        RefKind.BOOK,
    ),
    (
        _ref(
            "B. Ro. Tiles (versión 2.0) [Software]. 2021.",
            "Tiles (versión 2.0)",
            authors=("B. Ro",),
            kind=RefKind.UNKNOWN,
        ),
        "Tiles",
        RefKind.WEB,
    ),
]


@pytest.mark.parametrize(("ref", "title", "kind"), RELEASES)
def test_release_version_off_title(ref: Reference, title: str, kind: RefKind) -> None:
    got = version_host.release_version_off_title(ref)
    assert (got.title, got.kind) == (title, kind)


# --- 2. a body's manual: report; a publisher's or a person's handbook: book ---------------
MANUALS: list[tuple[str, RefKind]] = [
    (
        "Computing Laboratory (1953). Programmers' handbook for the Meridian electronic "
        "computer. University of Leeds.",
        RefKind.REPORT,
    ),
    (
        "Kestrel Instruments Ltd. (2017). KX-20 turbidity sensor: User manual. Bristol.",
        RefKind.REPORT,
    ),
    (
        "Windhaven GmbH (2020). Benutzerhandbuch Messmast WH-3. Bremen: Windhaven GmbH.",
        RefKind.REPORT,
    ),
    ("Société Limnologique (2014). Manuel d'utilisation de la sonde SL-9. Annecy.", RefKind.REPORT),
    ("Lindgren Pumpar AB (2011). Bruksanvisning för dränkbar pump LP-4. Västerås.", RefKind.REPORT),
    ("Harbour Survey Office (2016). Tide gauge maintenance handbook. Plymouth.", RefKind.REPORT),
    ("Orbital Data Agency (2019). Coastline-3 User Handbook. Frascati.", RefKind.REPORT),
    # a publisher's or a person's handbook: a book
    (
        "National Psychiatric Association. (2015). Clinical manual of sleep disorders "
        "(3rd ed.). National Psychiatric Publishing.",
        RefKind.BOOK,
    ),
    (
        "Ferris, A., & Holm, B. (2012). The Cambridge handbook of tone. Cambridge University Press.",
        RefKind.BOOK,
    ),
    ("Okoro, D. (2008). Field sampling: A practical handbook. London: Facet.", RefKind.BOOK),
    ("Varga, L. (2016). Manuel de phonétique historique. Paris: Armand Colin.", RefKind.BOOK),
]


@pytest.mark.parametrize(("entry", "kind"), MANUALS)
def test_body_manual_report(entry: str, kind: RefKind) -> None:
    assert _parsed(entry).kind is kind


# --- 3. a body's account to its members: report; a person's account of a journey: book -----
ACCOUNTS: list[tuple[str, RefKind]] = [
    (
        "Trollhätte kanalbolag (1842). Berättelse om kanalens förvaltning år 1841. Stockholm.",
        RefKind.REPORT,
    ),
    (
        "Bergslagens Järnvägsaktiebolag (1885). Förvaltningsberättelse för år 1884. Göteborg.",
        RefKind.REPORT,
    ),
    (
        "Det Nordiske Dampskibs-Selskab (1896). Beretning for Aaret 1895. Kjøbenhavn.",
        RefKind.REPORT,
    ),
    ("Falu Gruvbolag (1901). Redogörelse för bolagets verksamhet 1900. Falun.", RefKind.REPORT),
    (
        "Rotterdamsche Handel-Maatschappij (1871). Verslag aan de vergadering van "
        "aandeelhouders over 1870. Rotterdam.",
        RefKind.REPORT,
    ),
    (
        "Compagnie des Chemins de fer de l'Ouest (1868). Rapport annuel présenté à "
        "l'assemblée générale des actionnaires. Paris.",
        RefKind.REPORT,
    ),
    (
        "Midland Canal Company (1851). Annual Report of the Directors to the Proprietors. "
        "Birmingham.",
        RefKind.REPORT,
    ),
    ("Suomen Höyrylaiva Osakeyhtiö (1910). Vuosikertomus 1909. Helsinki.", RefKind.REPORT),
    # a person's account of a journey: a narrative, a book
    ("Sundqvist, A. (1899). Berättelse om en resa i Jämtland. Stockholm: Norstedt.", RefKind.BOOK),
    ("Krogh, H. (1874). Beretning om en Reise til Island. Kjøbenhavn: Gyldendal.", RefKind.BOOK),
    ("de Wit, J. (1862). Verslag van eene reis naar Suriname. Leiden: Brill.", RefKind.BOOK),
    ("Brenner, F. (1821). Bericht über eine Reise durch Dalmatien. Wien: Gerold.", RefKind.BOOK),
]


@pytest.mark.parametrize(("entry", "kind"), ACCOUNTS)
def test_body_account_report(entry: str, kind: RefKind) -> None:
    assert _parsed(entry).kind is kind


# the rule alone: a person's report of a journey no body wrote; a body's manual with an edition
RULE: list[tuple[Reference, RefKind]] = [
    (
        _ref(
            "Ek, P. Bericht über eine Fahrt. Leipzig: Teubner.",
            "Bericht über eine Fahrt",
            authors=("Ek, P.",),
            kind=RefKind.REPORT,
            publisher="Teubner",
        ),
        RefKind.BOOK,
    ),
    (
        _ref(
            "Ek, P. Bericht über die Tätigkeit 1910. Leipzig.",
            "Bericht über die Tätigkeit 1910",
            authors=("Ek, P.",),
            kind=RefKind.REPORT,
        ),
        RefKind.REPORT,
    ),
    (
        _ref(
            "Acme Ltd. User manual (2nd ed.). 2019.",
            "User manual",
            authors=("Acme Ltd",),
            kind=RefKind.BOOK,
        ),
        RefKind.BOOK,
    ),
    (
        _ref(
            "Acme Ltd. User manual. 2019.", "User manual", authors=("Acme Ltd",), kind=RefKind.BOOK
        ),
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("ref", "kind"), RULE)
def test_body_issued_rule(ref: Reference, kind: RefKind) -> None:
    assert body_issued.body_issued(ref).kind is kind


# the generic reading (no style detection, as the Markdown readers parse): a document's
# numbered version stays its title's, a release's is cut, and nothing after it is the title's
GENERIC: list[tuple[str, str]] = [
    (
        "Web Mapping API -- Part 2: Tiles, version 1.0.2. Open Mapping Consortium (2021). "
        "https://docs.openmapping.example.org/tiles",
        "Web Mapping API -- Part 2: Tiles, version 1.0.2",
    ),
    (
        "Glyph Consortium. The Glyph Encoding Standard, Version 9.0. Mountain View, CA: "
        "Glyph Consortium; 2018.",
        "The Glyph Encoding Standard, Version 9.0",
    ),
    (
        "Halvorsen, T.; Adeyemi, R. Annealed Thin Films: Raman Spectra, version 2.3; Zenodo, "
        "**2024**. https://doi.org/10.5281/zenodo.8812345",
        "Annealed Thin Films: Raman Spectra",
    ),
    (
        "Stat Core Team. Stat: a system for data analysis, version 5.1.2. Vienna: Stat "
        "Foundation, 2022.",
        "Stat: a system for data analysis",
    ),
]


@pytest.mark.parametrize(("entry", "title"), GENERIC)
def test_generic_version(entry: str, title: str) -> None:
    assert parse_reference(entry, [0]).title == title


# a body's handbook in an edition or titled by its subject: a book
@pytest.mark.parametrize(
    "entry",
    [
        "Baltic Society of Cardiology. Handbook of echocardiography. 3rd ed. Riga: Zvaigzne; 2017.",
        "Nordic Society of Geodesy. Handbook of levelling. Oslo: Universitetsforlaget; 2004.",
        "Deutsche Gesellschaft für Limnologie (2010). Handbuch der Seenkunde. Berlin.",
    ],
)
def test_body_handbook_book(entry: str) -> None:
    assert _parsed(entry).kind is not RefKind.REPORT


# a person's manual that the laboratory or company issues: report; a publisher's: book
@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        (
            "B. K. Lowe, *Operators' Handbook for the Leeds Relay Calculator Mark I*. Leeds: "
            "Computing Machine Laboratory, University of Leeds, 1952.",
            RefKind.REPORT,
        ),
        (
            "Ortiz, M. (2015). Sonde SL-9: User manual. Annecy: Hydrolab Instruments SA.",
            RefKind.REPORT,
        ),
        ("Okoro, D. (2008). Sampling: A practical handbook. London: Facet.", RefKind.BOOK),
        (
            "Hale, R. (2011). Seismic processing: User manual. Houston: Gulf Publishing.",
            RefKind.BOOK,
        ),
    ],
)
def test_person_manual_issued_by_body(entry: str, kind: RefKind) -> None:
    assert _parsed(entry).kind is kind


# a person's scholarly handbook from a body's press stays a book (no product manual)
@pytest.mark.parametrize(
    "entry",
    [
        "2. Ulan B. Tuvan Language Handbook. – Washington : Center for Applied Studies, 1971.",
        "Morel, A. and Brun, L. (1960) *Des archives notariales à l'histoire sociale: manuel de "
        "lecture et d'analyse*. Paris: Institut national d'études historiques.",
    ],
)
def test_person_scholarly_handbook_book(entry: str) -> None:
    assert _parsed(entry).kind is not RefKind.REPORT
