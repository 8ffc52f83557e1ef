"""Family-first names, ``(Year):`` and a comma-parted title and host (fix 69g): the Harvard
form of German, Spanish, French and Nordic economics lists
(:mod:`bibcheck.parse.references.year_paren_colon`).  The last name is joined in the entry's
language (``und``, ``y``, ``et``, ``och``); the title stops before its host (a series and its
number, a journal with its volume, an issue's month, the pages).

Own fixtures, invented names and titles.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

ARTICLE, REPORT = RefKind.ARTICLE, RefKind.REPORT


@pytest.mark.parametrize(
    ("entry", "families", "year", "title", "kind"),
    [
        pytest.param(
            "Keller, T. und S. Amrein (2019): Zinsen, Kredite und Preise: eine neue Sicht, "
            "Arbeitspapier Nr. 12/2019.",
            ["Keller", "Amrein"],
            2019,
            "Zinsen, Kredite und Preise: eine neue Sicht",
            REPORT,
            id="de-two-working-paper",
        ),
        pytest.param(
            "Vogt, H. J., M. Lindner und A. K. Roth (2015): Bankenkrisen im Vergleich, "
            "Zeitschrift für Geldpolitik 42 (3), S. 101–130.",
            ["Vogt", "Lindner", "Roth"],
            2015,
            "Bankenkrisen im Vergleich",
            ARTICLE,
            id="de-three-journal-issue",
        ),
        pytest.param(
            "Okafor, E. und R. Stein (2012): Real-time output gaps: a survey, Quarterly "
            "Review of Banking, Juni, S. 33–47.",
            ["Okafor", "Stein"],
            2012,
            "Real-time output gaps: a survey",
            ARTICLE,
            id="de-journal-month-pages",
        ),
        pytest.param(
            "Moreno, L., P. Díaz y J. Vidal (2020): Crédito, vivienda y ciclo, Documentos "
            "de Trabajo n.º 2011.",
            ["Moreno", "Díaz", "Vidal"],
            2020,
            "Crédito, vivienda y ciclo",
            REPORT,
            id="es-documento-de-trabajo",
        ),
        pytest.param(
            "Durand, C. et M. Petit (2017): Les cycles financiers, Revue d'économie "
            "monétaire 12 (2), pp. 45–70.",
            ["Durand", "Petit"],
            2017,
            "Les cycles financiers",
            ARTICLE,
            id="fr-et-journal",
        ),
        pytest.param(
            "Berg, K. och E. Lund (2021): Bostadspriser och skulder, Economic Journal of "
            "Money, Trade and Credit 9 (1), s. 1–20.",
            ["Berg", "Lund"],
            2021,
            "Bostadspriser och skulder",
            ARTICLE,
            id="sv-och-journal-with-comma",
        ),
        pytest.param(
            "Wright, A. B. (2016): Trend filters and their discontents, Staff Reports No 771.",
            ["Wright"],
            2016,
            "Trend filters and their discontents",
            REPORT,
            id="en-single-series",
        ),
    ],
)
def test_year_paren_colon(
    entry: str, families: list[str], year: int, title: str, kind: RefKind
) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert [a.split(",")[0].split()[-1] for a in ref.authors] == families
    assert ref.year == year
    assert ref.title == title
    assert ref.kind is kind


def test_quoted_title_left_to_its_reader() -> None:
    """A title in quotation marks before an italic journal is another form's (guard)."""
    entry = (
        "Ortega Ruiz, L. (2021): «Daños y deber de indemnizar», *Revista de Derecho "
        "Público*, núm. 40-41, pp. 12-30."
    )
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.title is None or "Revista" not in ref.title or ref.style != "harvard"
