"""Round 65 (fix65k): a body's guideline titled by the genre's name first, a release's
version where a journal would stand, and an organisation's publication with its place."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.guideline_kind import guideline_opening
from bibcheck.parse.references.placed_publication import place_after_title
from bibcheck.parse.references.version_host import repository_named, version_designation


def _parse(text: str, *, note: bool = False):  # type: ignore[no-untyped-def]
    lines = list(range(1, text.count("\n") + 2))
    return parse_reference(text, lines, detect_styles=True, note=note)


# --- 1. a body's guideline, its title opening with the genre's name ----------------------


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Guidelines for Editors of Early Modern Texts", True),
        ("Guideline on the Use of Archival Photographs", True),
        ("Linee guida per il restauro delle murature storiche", True),
        ("Leitlinien zur Erschließung mittelalterlicher Handschriften", True),
        ("Lignes directrices pour l'édition des chartes", True),
        ("Directrices para la catalogación de fondos antiguos", True),
        ("Richtlijnen voor de uitgave van middeleeuwse teksten", True),
        ("Wytyczne dotyczące oceny stanu technicznego mostów", True),
        # the word after something else, or alone: no opening
        ("Dengue: Guidelines for diagnosis, treatment and control", False),
        ("Adherence to guidelines in primary care", False),
        ("Guidelines", False),
        (None, False),
    ],
)
def test_guideline_opening(title: str | None, opening: bool) -> None:
    assert guideline_opening(title) is opening


@pytest.mark.parametrize(
    ("text", "note", "kind"),
    [
        # a series' editorial body, its guidelines printed by a commercial press (note form)
        (
            "Corpus Scriptorum Rhenanorum, Guidelines for Editors of Early Modern Texts, "
            "2nd edn (Leuven: Peeters, 2018).",
            True,
            RefKind.REPORT,
        ),
        # an acronym of mixed case, Italian note form, press and place after the title
        (
            "ReCoMaS, *Linee guida per il restauro delle murature storiche*, Edizioni Quasar, "
            "Roma 2016.",
            True,
            RefKind.REPORT,
        ),
        # an association (German), a Verlag without a publisher's word
        (
            "Verband deutscher Archivarinnen und Archivare, Leitlinien zur Erschließung "
            "mittelalterlicher Handschriften (Wiesbaden: Harrassowitz, 2019).",
            True,
            RefKind.REPORT,
        ),
        # an association (Spanish)
        (
            "Asociación de Archiveros de Castilla, Directrices para la catalogación de impresos "
            "antiguos (Madrid: Trea, 2015).",
            True,
            RefKind.REPORT,
        ),
    ],
)
def test_opening_guideline_is_report(text: str, note: bool, kind: RefKind) -> None:
    assert _parse(text, note=note).kind is kind


# --- 2. a release's version in a journal's place -----------------------------------------


@pytest.mark.parametrize(
    ("text", "version"),
    [
        ("Version 1.0.3", True),
        ("versione 0.9.2", True),
        ("Versión 2.4", True),
        ("wersja 3.1.0", True),
        ("v2.1.0", True),
        ("Release 4.2", True),
        ("Journal of Open Source Software", False),
        ("Version Control Quarterly", False),
        (None, False),
    ],
)
def test_version_designation(text: str | None, version: bool) -> None:
    assert version_designation(text) is version


@pytest.mark.parametrize(
    ("text", "title", "named"),
    [
        ("“tool,” Version 1.0, Zenodo, 2025.", "tool", True),
        ("«pkg», versione 0.9.2, CRAN, 2023.", "pkg", True),
        ("tool. Version 0.8. Software Heritage; 2022.", "tool", True),
        ("“tool,” v1.2, GitHub, 2024.", "tool", True),
        # the name inside the title, or only a host name in an address: none named
        ("“Mining GitHub: a study,” 2021.", "Mining GitHub: a study", False),
        ("“tool,” 2021. https://github.com/a/tool", "tool", False),
    ],
)
def test_repository_named(text: str, title: str, named: bool) -> None:
    assert repository_named(text, title) is named


@pytest.mark.parametrize(
    "text",
    [
        "B. Adeyemi, “pcapslice: Flow slicing for packet captures,” Version 2.0.1, Zenodo, "
        "2024, doi: 10.5281/zenodo.99887766.",
        "K. Wagner, „geoknife: Geodätische Werkzeuge“, Version 2.1, PyPI, 2024. [Online]. "
        "Available: https://pypi.org/project/geoknife/",
        "L. Bianchi, «serieclust: clustering di serie temporali», versione 0.9.2, CRAN, 2023.",
        "R. Castillo, “trazas: análisis de trazas de red,” versión 1.4.0, GitHub, 2023.",
    ],
)
def test_release_with_version_is_web(text: str) -> None:
    ref = _parse(text)
    assert ref.kind is RefKind.WEB
    assert ref.host is None


def test_version_without_repository_is_no_journal() -> None:
    ref = _parse("T. Nakamura, “pktgen-lite: a packet generator,” Version 3.2.1, 2022.")
    assert ref.host is None
    assert ref.kind is not RefKind.ARTICLE


# --- 3. an organisation's publication with its place of publication ----------------------


@pytest.mark.parametrize(
    ("raw", "title", "placed"),
    [
        ("Agencja X, „Raport roczny”, Warszawa, Polska, 2024. [Online].", "Raport roczny", True),
        ("Istituto X, «Censimento», Roma, 2022. [Online].", "Censimento", True),
        (
            "Agency X, “Energy in Sweden 2023,” Stockholm, Sweden, 2023.",
            "Energy in Sweden 2023",
            True,
        ),
        ("MDN, “Using Fetch,” MDN Web Docs, 2024. [Online].", "Using Fetch", False),
        ("Agency X, “Energy,” 2023. [Online].", "Energy", False),
    ],
)
def test_place_after_title(raw: str, title: str, placed: bool) -> None:
    assert bool(place_after_title(raw, title)) is placed


@pytest.mark.parametrize(
    "text",
    [
        "Urząd Regulacji Energetyki S.A., „Sprawozdanie z działalności 2023”, Warszawa, "
        "Polska, 2024. [Online]. Available: https://www.ure.gov.pl/x (dostęp: 10.01.2025).",
        "Istituto Nazionale di Statistica, «Censimento permanente della popolazione», Roma, "
        "2022. [Online]. Available: https://www.istat.it/x",
        "Instituto Nacional de Estadística, «Estadística de producción eléctrica 2023», Madrid, "
        "España, 2024. [Online]. Disponible: https://www.ine.es/x",
        "Agence de l'environnement, « Chiffres clés de l'énergie 2023 », Paris, France, 2024. "
        "[Online]. Available: https://www.ademe.fr/x",
    ],
)
def test_placed_publication_is_report(text: str) -> None:
    assert _parse(text).kind is RefKind.REPORT
