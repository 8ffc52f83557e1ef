"""fix81p: a mention with "et al." names a first author; a person the list names only after
an entry's first author, cited so with a year none of that person's entries has
(``(Král a kol., 2015)`` beside ``BERG, A. – KRÁL, T. 2014.``), cites a work the list
lacks (:func:`bibcheck.readers.authoryear.unlisted`).  Own invented examples."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.authoryear import _unlisted_firsts, later_author_years, listed_names, unlisted
from tests.test_regex_growth import assert_linear

ENTRIES = [
    "BERG, A. – KRÁL, T. – ŠIMKO, P. 2014. Kvasinky v syroch. In Mliekarstvo, 2014, vol. 3.",
    "DOLNÝ, M. – KRÁL, T. 2011. Laktokoky. In Mliekarstvo, 2011, vol. 1.",
    "ŠIMKO, P. 2018. Bryndza. Bratislava : Veda, 2018.",
    "Lind, K., Moreau, J., & Ott, P. (2016). Cheese rinds. Food Research, 4, 1-9.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("staršie práce (Král a kol., 2015) hlásili", ["Král (2015)"]),
        ("ako opísali Král a kol. (2019), sme", ["Král (2019)"]),
        ("as Moreau et al. (2020) found", ["Moreau (2020)"]),
        ("as Moreau et al., 2020) found", ["Moreau (2020)"]),
        # near misses: a year of one of the person's entries (the first author mistaken,
        # no work missing); the person cited alone (no claim to be first of several); a
        # first author of the list (that is :func:`_unlisted_years`'s); a secondary
        # citation's original
        ("staršie práce (Král a kol., 2014) hlásili", []),
        ("staršie práce (Král, 2015) hlásili", []),
        ("staršie práce (Šimko a kol., 2018) hlásili", []),
        ("(Král a kol., 2015, cit. in Berg a kol., 2014)", []),
    ],
)
def test_later_author_cited_first(text: str, expected: list[str]) -> None:
    listed = listed_names(ENTRIES)
    assert [name for _, _, name in unlisted(text, listed)] == expected


def test_later_author_years() -> None:
    later = later_author_years(ENTRIES)
    # (keyed as :func:`~bibcheck.readers.citenames.name_key` spells a name: no accents)
    assert later["kral"] == frozenset({"2014", "2011"})
    assert "simko" not in later and "berg" not in later


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Král a kol. " * (n // 12),
        lambda n: "(Král a " * (n // 8),
        lambda n: "Král, " * (n // 6),
    ],
)
def test_linear(line: Callable[[str], str]) -> None:
    later = later_author_years(ENTRIES)
    assert_linear(lambda text: list(_unlisted_firsts(text, later)), line)
