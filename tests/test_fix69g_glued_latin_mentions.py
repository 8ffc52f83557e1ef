"""Latin author-date mentions in Chinese, Japanese and Korean text (fix 69g): the parenthesis
is glued to the name before the sentence's particle (``Mian and Sufi(2014)와``, ``Cloyne et
al.(2020, Table 3)이``, ``Okada(2019)は``), and a page or chapter is counted in the text's
own units, the mention ending at its year (``5장``, ``45~48쪽``, ``第3章``, ``12頁``)
(:data:`bibcheck.readers.authoryear.AUTHOR_YEAR`).

Own fixtures, invented names and titles.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.authoryear import author_years, spans

_ENTRIES = [
    ("1", "Park, J. and L. Hwang (2014), Debt and Houses, Seoul University Press."),
    ("2", "Nakamura, K., R. Ito, and S. Mori (2020), “Loans and Spending,” Econ. J., 1(2)."),
    ("3", "Bergström, A. (2018), Credit Cycles, Stockholm: Norstedts."),
    ("4", "Okada, T. (2019), Household Debt in Japan, Tokyo: Yuhikaku."),
    ("5", "Liang, W. (2011), Banks and Growth, Beijing: Peking University Press."),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("논의는 Park and Hwang(2014)와 같다.", [("Park and Hwang(2014)", "1")]),
        ("특히 Nakamura et al.(2020)은 보였다.", [("Nakamura et al.(2020)", "2")]),
        ("이는 Nakamura et al.(2020, Table 3)이 얻은", [("Nakamura et al.(2020", "2")]),
        ("일치한다 Park and Hwang(2014, 5장)의 논의", [("Park and Hwang(2014", "1")]),
        ("Bergström (2018, 3장)은 보였다.", [("Bergström (2018", "3")]),
        ("Okada(2019)は指摘した。", [("Okada(2019)", "4")]),
        ("如 Liang(2011, 第3章)所述", [("Liang(2011", "5")]),
        ("Okada (2019, 12頁)も同様", [("Okada (2019", "4")]),
    ],
)
def test_glued_latin_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    index = author_years(_ENTRIES)
    assert [(text[a:b], label) for a, b, label in spans(text, index)] == expected


def test_glued_year_needs_a_listed_name() -> None:
    index = author_years(_ENTRIES)
    assert list(spans("see Table(2019) and Okada(2018)", index)) == []
