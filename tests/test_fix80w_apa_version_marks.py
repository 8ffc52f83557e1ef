"""Round 80 (fix80w): APA's parenthesised version or volume after an italic title.

(:mod:`bibcheck.parse.references.apa`.)  APA prints a release's version, a volume or an
edition in parentheses after the italic title (``*Tool* (Version 2.1) [Computer software].
Body. URL``, ``*Titel* (Band 2). Verlag.``, ``*Título* (Versión 3.0)``, ``*Titre* (Tome 3)``):
an element of its own, no publisher and no journal (tests/corpus/README.md, round 79
convention 4).  Own invented entries; near-misses (an abbreviated edition or volume, a
report number, a plain title) unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.apa import _VERSION_OR_PART
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Harbour Data Office. (2023). *Tidewatch mobile* (Version 2.1) [Computer "
            "software]. Harbour Press. https://example.org/tidewatch",
            "Tidewatch mobile",
            "Harbour Press",
        ),
        (
            "Lind, K. (2022). *Kelp counter* (Version 0.4) [Computer software]. GitHub. "
            "https://github.com/example/kelp",
            "Kelp counter",
            "GitHub",
        ),
        (
            "Brandt, O. (2019). *Pegelrechner* (Version 4) [Software]. Zenodo.",
            "Pegelrechner",
            "Zenodo",
        ),
        (
            "Ortega, L. (2021). *Manual de drenaje urbano* (Versión 3.0). Editorial Cauce.",
            "Manual de drenaje urbano",
            "Editorial Cauce",
        ),
        (
            "Ferri, M. (2020). *Analisi delle piene* (versione 1.2) [Software]. Zenodo.",
            "Analisi delle piene",
            "Zenodo",
        ),
        (
            "Morel, C. (2018). *Outil de crue* (version 3.0) [Logiciel]. Inria.",
            "Outil de crue",
            "Inria",
        ),
        (
            "Kemp, T. (2017). *Field methods for estuaries* (Release 3.2). Estuary Press.",
            "Field methods for estuaries",
            "Estuary Press",
        ),
        (
            "Brandt, O. (2019). *Handbuch des Wasserbaus* (Band 2). Ufer Verlag.",
            "Handbuch des Wasserbaus",
            "Ufer Verlag",
        ),
        (
            "Morel, C. (2018). *Histoire des digues* (Tome 3). Éditions du Quai.",
            "Histoire des digues",
            "Éditions du Quai",
        ),
        (
            "Ortega, L. (2021). *Historia de los puertos* (Tomo II). Editorial Cauce.",
            "Historia de los puertos",
            "Editorial Cauce",
        ),
        (
            "Morel, C. (2018). *Histoire des digues* (Vol. 2, 3e éd.). Éditions du Quai.",
            "Histoire des digues",
            "Éditions du Quai",
        ),
        # near misses, read right before: an edition, a volume, a report number
        (
            "Kemp, T. (2017). *Field methods for estuaries* (3rd ed.). Estuary Press.",
            "Field methods for estuaries",
            "Estuary Press",
        ),
        (
            "Brandt, O. (2019). *Handbuch des Wasserbaus* (Bd. 2). Ufer Verlag.",
            "Handbuch des Wasserbaus",
            "Ufer Verlag",
        ),
        (
            "Kemp, T. (2017). *Salt marsh loss* (Report No. 12). Estuary Agency.",
            "Salt marsh loss",
            "Estuary Agency",
        ),
        (
            "Kemp, T. (2022). Kelp counter (Version 2.1) [Computer software]. GitHub. "
            "https://github.com/example/kelp",
            "Kelp counter",
            "GitHub",
        ),
    ],
    ids=[
        "en-version-software",
        "en-version-github",
        "de-version",
        "es-version",
        "it-version",
        "fr-version",
        "en-release",
        "de-band",
        "fr-tome",
        "es-tomo-roman",
        "fr-volume-and-edition",
        "near-edition",
        "near-bd",
        "near-report-number",
        "near-plain-title",
    ],
)
def test_apa_version_or_volume_is_no_publisher(text: str, title: str, publisher: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.publisher, ref.host) == (title, publisher, None)


@pytest.mark.parametrize(
    "line",
    [lambda n: "(Version " + "1." * (n // 2) + ")", lambda n: "(Tomo " + "I" * n],
    ids=["version-dots", "tomo-numerals"],
)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(_VERSION_OR_PART.match, line)
