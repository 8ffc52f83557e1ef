"""Entries whose heading marks editors in any language, and years written before the pages.

``Surname, I. (a cura di). _Title_. Place: Publisher, 1993.``: the marker closes the
names, it is no title; ``Journal, 17(10), 2019, pp. 5583-5607``: the page range is no year
when a year stands outside it.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import fields as f
from bibcheck.parse.references import parse_reference

EDITOR_CASES = [
    # (marker, entry, authors, title, year)
    (
        "it-a-cura-di",
        "Ferretti, G. (a cura di). _Le mura di Lucca: storia e restauro_. Firenze: Olschki, 1987.",
        ("Ferretti, G.",),
        "Le mura di Lucca: storia e restauro",
        1987,
    ),
    (
        "it-a-cura-di-two",
        "Conti, R., Marchi, L. (a cura di). _Ponti in muratura_. Milano: Hoepli, 2004.",
        ("Conti, R.", "Marchi, L."),
        "Ponti in muratura",
        2004,
    ),
    (
        "fr-eds",
        "Durand, C., Petit, J. (éds.). Les villes portuaires. Paris: Karthala, 2011.",
        ("Durand, C.", "Petit, J."),
        "Les villes portuaires",
        2011,
    ),
    (
        "fr-dir",
        "Moreau, A. (dir.). Histoire des hôpitaux. Lyon: PUL, 1999.",
        ("Moreau, A.",),
        "Histoire des hôpitaux",
        1999,
    ),
    (
        "pt-org",
        "Souza, M. (org.). *Educação e cidade*. São Paulo: Cortez, 2015.",
        ("Souza, M.",),
        "Educação e cidade",
        2015,
    ),
    (
        "pt-orgs",
        "Lima, P., Rocha, T. (orgs.). Saúde coletiva no Brasil. Recife: UFPE, 2018.",
        ("Lima, P.", "Rocha, T."),
        "Saúde coletiva no Brasil",
        2018,
    ),
    (
        "es-coord",
        "García, L. (coord.). _Derecho urbanístico_. Madrid: Tecnos, 2009.",
        ("García, L.",),
        "Derecho urbanístico",
        2009,
    ),
    (
        "en-ed-by",
        "Hale, D., Moss, K. (ed. by). _Coastal Towns_. Leeds: Maney, 2001.",
        ("Hale, D.", "Moss, K."),
        "Coastal Towns",
        2001,
    ),
    (
        "en-Ed",
        "Pratt, S. (Ed.). Timber Bridges. Bath: Spon, 1996.",
        ("Pratt, S.",),
        "Timber Bridges",
        1996,
    ),
    (
        "de-Hg",
        "Krause, W., Vogel, E. (Hg.). _Stadtmauern in Franken_. Würzburg: Echter, 2006.",
        ("Krause, W.", "Vogel, E."),
        "Stadtmauern in Franken",
        2006,
    ),
]


@pytest.mark.parametrize("detect", [True, False], ids=["styles", "plain"])
@pytest.mark.parametrize(
    ("entry", "authors", "title", "year"),
    [case[1:] for case in EDITOR_CASES],
    ids=[case[0] for case in EDITOR_CASES],
)
def test_editor_marker_closes_the_names(
    entry: str, authors: tuple[str, ...], title: str, year: int, detect: bool
) -> None:
    ref = parse_reference(entry, [1], detect_styles=detect)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Bollettino, 17(10), 2019, pp. 5583-5607.", ["2019"]),
        ("Structures, 56, 2013, pp. 1787-1799.", ["2013"]),
        ("Zeitschrift 12, 2015, S. 2012–2019.", ["2015"]),
        ("Вестник, 2016, № 3, с. 1901–1911.", ["2016"]),
        ("Journal 4 (2008), 1632-1646.", ["2008"]),
        ("Verslag over 1990–2000.", ["1990", "2000"]),  # a range alone: the date it gives
        ("Tijdschrift, p. 12, 1987 and 1994.", ["1987", "1994"]),
    ],
    ids=["it-pp", "en-pp", "de-S", "ru-s", "bare-range", "range-alone", "no-range"],
)
def test_year_tokens_skip_page_ranges(text: str, tokens: list[str]) -> None:
    assert f.year_tokens(text) == tokens


@pytest.mark.parametrize(
    ("entry", "year"),
    [
        (
            "Rossi, M., Bianchi, P. _Analisi sismica_. Bollettino, 17(10), 2019, pp. 5583-5607.",
            2019,
        ),
        ("Neri, A. _Volte in muratura_. Ingegneria 8, 2012, pp. 1871-1899.", 2012),
        ("Иванов И. И. Прочность кладки // Вестник. 2016. № 3. С. 1901–1911.", 2016),
    ],
    ids=["it-pp", "it-pp-2", "ru-S"],
)
def test_year_before_pages_is_the_year(entry: str, year: int) -> None:
    ref = parse_reference(entry, [1])
    assert ref.year == year
    assert not ref.anomalies
