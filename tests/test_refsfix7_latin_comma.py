"""The Latin comma form of classical philology and older humanities lists.

``Surname, I., Title, [vol. III,] Place Year`` with the place in the Latin locative
(``Lipsiae``, ``Oxonii``, ``Berolini``) or any language, and no comma before the year;
editors ``(ed.)``; initials in any alphabet; notes write ``I. Surname, Title, ...``.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "place"),
    [
        pytest.param(
            "Mayhoff, C., Plinii naturalis historiae libri XXXVII, vol. V, Lipsiae 1897.",
            ("Mayhoff, C.",),
            "Plinii naturalis historiae libri XXXVII",
            1897,
            "Lipsiae",
            id="volume-then-latin-place",
        ),
        pytest.param(
            "Winterbottom, M., M. Fabi Quintiliani institutionis oratoriae libri duodecim, "
            "Oxonii 1970.",
            ("Winterbottom, M.",),
            "M. Fabi Quintiliani institutionis oratoriae libri duodecim",
            1970,
            "Oxonii",
            id="title-opens-with-an-initial",
        ),
        pytest.param(
            "Ølberg, Ø., Skipsbygging i Nordland, Bodø 1988 (Skrifter 12).",
            ("Ølberg, Ø.",),
            "Skipsbygging i Nordland",
            1988,
            "Bodø",
            id="non-ascii-initial-series-after",
        ),
        pytest.param(
            "Rolfe, J. C. (ed.), Suetonius: Lives of the Caesars, vol. II, Cambridge (Mass.) "
            "– London 1914 (Loeb Classical Library 38).",
            ("Rolfe, J. C.",),
            "Suetonius: Lives of the Caesars",
            1914,
            "Cambridge (Mass.) – London",
            id="editor-and-two-places",
        ),
        pytest.param(
            "Keil, H., Grammatici Latini, tomi septem, Lipsiae 1855–1880.",
            ("Keil, H.",),
            "Grammatici Latini, tomi septem",
            1855,
            "Lipsiae",
            id="year-range-first-year",
        ),
        pytest.param(
            "Hosius, C. et Reitzenstein, R., Varia Latina, Berolini 1902.",
            ("Hosius, C.", "Reitzenstein, R."),
            "Varia Latina",
            1902,
            "Berolini",
            id="two-authors-et",
        ),
        pytest.param(
            "Nisbet, R. G. M., Collected Papers on Latin Literature, Oxford 1995.",
            ("Nisbet, R. G. M.",),
            "Collected Papers on Latin Literature",
            1995,
            "Oxford",
            id="three-initials",
        ),
        pytest.param(
            "Wilamowitz-Moellendorff, U. von, Griechische Verskunst, Berolini 1921.",
            ("Wilamowitz-Moellendorff, U. von",),
            "Griechische Verskunst",
            1921,
            "Berolini",
            id="particle-after-initials",
        ),
        pytest.param(
            "Teuffel, W. S. – Schwabe, L., Geschichte der römischen Literatur, Bd. 2, "
            "Leipzig 1890, S. 712.",
            ("Teuffel, W. S.", "Schwabe, L."),
            "Geschichte der römischen Literatur",
            1890,
            "Leipzig",
            id="dash-joined-names-no-gost-area",
        ),
        pytest.param(
            "Timpanaro, S., La genesi del metodo del Lachmann, Padova 1985², p. 12.",
            ("Timpanaro, S.",),
            "La genesi del metodo del Lachmann",
            1985,
            "Padova",
            id="edition-superscript-after-year",
        ),
        pytest.param(
            "P. Lehmann, Mittelalterliche Bibliothekskataloge, vol. II, München 1928, p. 44, "
            "n. 3318.",
            ("P. Lehmann",),
            "Mittelalterliche Bibliothekskataloge",
            1928,
            "München",
            id="note-initials-first-catalogue-number",
        ),
        pytest.param(
            "A. C. Clark, The Descent of Manuscripts, Oxford 1918, p. 12 sqq.",
            ("A. C. Clark",),
            "The Descent of Manuscripts",
            1918,
            "Oxford",
            id="note-two-initials",
        ),
        pytest.param(
            "Reeve, M. D., *Manuscripts and Methods: Essays on Editing, Transmission and "
            "Reception*, Roma 2011.",
            ("Reeve, M. D.",),
            "Manuscripts and Methods: Essays on Editing, Transmission and Reception",
            2011,
            "Roma",
            id="italic-title-with-commas",
        ),
    ],
)
def test_latin_comma_form(
    text: str, authors: tuple[str, ...], title: str, year: int, place: str
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.place == place
    assert not ref.anomalies


@pytest.mark.parametrize(
    ("text", "style"),
    [
        pytest.param(
            "Kowal, P., 'Odpowiedzialność w prawie', Państwo i Prawo 2018, p. 3-19.",
            "generic",
            id="single-quoted-article",
        ),
        pytest.param(
            'Berg, T., "Harbour dues", Journal of Port History 12 (2004), 1-20.',
            "chicago",
            id="double-quoted-article",
        ),
        pytest.param(
            "Vance, L., Moor, K. Storm surge records, Mar Geol 2017;4(1):1-9.",
            "generic",
            id="vancouver",
        ),
    ],
)
def test_other_styles_keep_their_parser(text: str, style: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).style == style
