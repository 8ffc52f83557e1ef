"""Locator words of more languages after a reference number, ``[n, <locator>]`` (Malay,
Indonesian, Catalan, Dutch, Lithuanian, Slovak, Turkish, Hindi, Arabic, Thai), and table or
figure numbers of a part or appendix ("Table 2.B1", "Fig. S3")."""

from __future__ import annotations

import pytest

from bibcheck.readers.plaintext import numeric_citations


@pytest.mark.parametrize(
    ("bracket", "labels"),
    [
        pytest.param("[4, ms. 12-19]", ["4"], id="ms-muka-surat"),
        pytest.param("[4, Jadual 3.A2]", ["4"], id="ms-jadual-part"),
        pytest.param("[4, Rajah 5]", ["4"], id="ms-rajah"),
        pytest.param("[4, Bab 2]", ["4"], id="ms-id-bab"),
        pytest.param("[6, hlm. 88]", ["6"], id="id-halaman"),
        pytest.param("[6, hal. 88–90]", ["6"], id="id-hal"),
        pytest.param("[6, Tabel 4]", ["6"], id="id-nl-tabel"),
        pytest.param("[6, Gambar 1]", ["6"], id="id-gambar"),
        pytest.param("[2, pàg. 31]", ["2"], id="ca-pagina"),
        pytest.param("[2, pàgs. 31-33]", ["2"], id="ca-pagines"),
        pytest.param("[8, blz. 140]", ["8"], id="nl-bladzijde"),
        pytest.param("[3, p. 17]", ["3"], id="lt-puslapis"),
        pytest.param("[3, pav. 2]", ["3"], id="lt-paveikslas"),
        pytest.param("[3, lent. 4]", ["3"], id="lt-lentele"),
        pytest.param("[3, skyr. 1.2]", ["3"], id="lt-skyrius"),
        pytest.param("[5, s. 61]", ["5"], id="sk-strana"),
        pytest.param("[5, obr. 3]", ["5"], id="sk-cs-obrazok"),
        pytest.param("[9, sf. 12]", ["9"], id="tr-sayfa"),
        pytest.param("[9, şek. 4]", ["9"], id="tr-sekil"),
        pytest.param("[1, पृ. 45]", ["1"], id="hi-prishth"),
        pytest.param("[1, ص 45]", ["1"], id="ar-fa-safha"),
        pytest.param("[1, หน้า 45]", ["1"], id="th-na"),
        pytest.param("[7, Fig. S3]", ["7"], id="supplementary-figure"),
        pytest.param("[7, Table 2.B1; 9]", ["7", "9"], id="appendix-table-then-number"),
    ],
)
def test_locator_after_number(bracket: str, labels: list[str]) -> None:
    found = numeric_citations(f"as shown {bracket}.")
    assert [(start, labels_) for start, _, labels_ in found] == [(9, labels)]
    assert found[0][1] == 9 + len(bracket)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the set [1, ms. ab]", id="word-then-no-number"),
        pytest.param("the pair [1, Bab]", id="word-alone"),
        pytest.param("index [2, Table B]", id="letter-without-number"),
    ],
)
def test_not_a_numeric_citation(text: str) -> None:
    assert numeric_citations(text) == []
