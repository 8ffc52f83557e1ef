"""Round 80 (fix80m): a list a CSL processor or biber sorts is in the collation of the
document's language: Danish and Norwegian file Æ, Ø, Å (and "aa") after Z, Swedish and
Finnish Å, Ä, Ö; German and the other languages keep accented letters with their base
letters.  Org's ``#+language:`` and Pandoc's ``lang:`` say which.  Names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import RawNote, Reference, RefKind
from bibcheck.readers import nordicorder
from bibcheck.readers.listorder import BY_AUTHOR, CITED, bst_sort, fold, in_language, ordered
from bibcheck.readers.org import _list_sort
from bibcheck.readers.pandocorder import pandoc_list_sort


def _entries(names: list[str]) -> dict[str, RawNote]:
    out = {}
    for i, name in enumerate(names):
        ref = Reference(raw=name, line=i, end_line=i, kind=RefKind.BOOK, authors=(name,))
        out[name] = RawNote(label=name, text=name, line=i, end_line=i, reference=ref)
    return out


@pytest.mark.parametrize(
    ("lang", "names", "want"),
    [
        pytest.param(
            "da", ["Ørsted, Karl", "Zahle, Ib", "Olsen, Bo", "Ærø, Lis", "Ålund, Per"],
            ["Olsen, Bo", "Zahle, Ib", "Ærø, Lis", "Ørsted, Karl", "Ålund, Per"], id="danish",
        ),
        pytest.param(
            "da-DK", ["Aagaard, Jens", "Berg, Ole", "Zink, Eva"],
            ["Berg, Ole", "Zink, Eva", "Aagaard, Jens"], id="danish-aa",
        ),
        pytest.param(
            "nb", ["Sørli, Kai", "Sund, Tor", "Sola, Nils"],
            ["Sola, Nils", "Sund, Tor", "Sørli, Kai"], id="norwegian-inner-o-slash",
        ),
        pytest.param(
            "sv-SE", ["Öberg, Ann", "Åkesson, Lars", "Ärlig, Mia", "Zorn, Kim", "Adler, Eva"],
            ["Adler, Eva", "Zorn, Kim", "Åkesson, Lars", "Ärlig, Mia", "Öberg, Ann"],
            id="swedish",
        ),
        pytest.param(
            "fi", ["Äijälä, Satu", "Virta, Juha"], ["Virta, Juha", "Äijälä, Satu"], id="finnish",
        ),
        # near misses: German and English keep the letters with their base letters
        pytest.param(
            "de", ["Öhler, Max", "Zander, Jan", "Ober, Udo"],
            ["Ober, Udo", "Öhler, Max", "Zander, Jan"], id="german-root",
        ),
        pytest.param(
            "en", ["Ørsted, Karl", "Zahle, Ib", "Olsen, Bo"],
            ["Olsen, Bo", "Ørsted, Karl", "Zahle, Ib"], id="english-root",
        ),
        pytest.param(
            None, ["Ørsted, Karl", "Zahle, Ib", "Olsen, Bo"],
            ["Olsen, Bo", "Ørsted, Karl", "Zahle, Ib"], id="no-language",
        ),
    ],
)  # fmt: skip
def test_a_list_in_its_language_order(lang: str | None, names: list[str], want: list[str]) -> None:
    assert ordered(names, _entries(names), in_language(BY_AUTHOR, lang)) == want


def test_cited_and_bibtex_orders_keep_no_language() -> None:
    assert in_language(CITED, "da") == CITED
    plainnat = bst_sort("plainnat")
    assert plainnat is not None and in_language(plainnat, "da") == plainnat


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Ørsted", "da", "þrsted"),
        ("Aabenraa", "nb", "ÿbenrÿ"),
        ("Åkesson", "sv", "ýkesson"),
        ("Ørsted", "", "orsted"),
        ("Ørsted", "de", "orsted"),
    ],
)
def test_fold_in_a_language(text: str, lang: str, want: str) -> None:
    assert fold(text, nordicorder.language(lang)) == want


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["#+language: da", "#+cite_export: csl chicago-author-date.csl"], "da"),
        (["#+LANGUAGE: sv", "#+cite_export: biblatex authoryear"], "sv"),
        (["#+language: de", "#+cite_export: csl chicago-author-date.csl"], ""),
        (["#+language: da", "#+cite_export: natbib plainnat"], ""),
        (["#+cite_export: csl chicago-author-date.csl"], ""),
    ],
)
def test_org_language_sets_the_order(lines: list[str], lang: str, tmp_path: Path) -> None:
    assert _list_sort(lines, lines, tmp_path).lang == lang


@pytest.mark.parametrize(
    ("meta", "lang"),
    [
        ({"lang": "da-DK"}, "da"),
        ({"lang": "nb", "csl": "apa.csl"}, "nb"),
        ({"lang": "sv", "cite-method": "biblatex"}, "sv"),
        ({"lang": "de-DE"}, ""),
        ({"lang": "da", "cite-method": "natbib", "biblio-style": "plainnat"}, ""),
        ({}, ""),
    ],
)
def test_pandoc_lang_sets_the_order(meta: dict[str, str], lang: str, tmp_path: Path) -> None:
    assert pandoc_list_sort(meta, [tmp_path]).lang == lang
