"""Indonesian statutes, regulations and court decisions (and Malaysian acts) in notes: a
title (the designation, number, year and subject) and a year, the gazette and the article
cited left out; a note citing one is no missing literature entry.  Notes written for the
tests in the patterns of Indonesian legal writing."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.civil_law import legal_source


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        pytest.param(
            "Undang-Undang Nomor 41 Tahun 1999 tentang Kehutanan (Lembaran Negara Republik "
            "Indonesia Tahun 1999 Nomor 167), Pasal 1 angka 6.",
            "Undang-Undang Nomor 41 Tahun 1999 tentang Kehutanan", 1999, id="uu-gazette",
        ),
        pytest.param(
            "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, Pasal 28I ayat (3).",
            "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", 1945, id="uud",
        ),
        pytest.param(
            "Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah.",
            "Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah", 1997,
            id="pp",
        ),
        pytest.param(
            "UU No. 6 Tahun 2014 tentang Desa, Pasal 97.",
            "UU No. 6 Tahun 2014 tentang Desa", 2014, id="uu-abbreviated",
        ),
        pytest.param(
            "Putusan Mahkamah Konstitusi Nomor 55/PUU-VIII/2010, hlm. 40.",
            "Putusan Mahkamah Konstitusi Nomor 55/PUU-VIII/2010", 2010, id="mk-decision",
        ),
        pytest.param(
            "Putusan Mahkamah Agung Nomor 1817 K/Pdt/2015.",
            "Putusan Mahkamah Agung Nomor 1817 K/Pdt/2015", 2015, id="ma-decision",
        ),
        pytest.param(
            "Akta Perhutanan Negara 1984 (Akta 313), seksyen 2.",
            "Akta Perhutanan Negara 1984", 1984, id="my-act",
        ),
    ],
)  # fmt: skip
def test_statute_and_decision_notes(note: str, title: str, year: int) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.title == title
    assert ref.year == year
    assert legal_source(note)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "Boedi Harsono, *Hukum Agraria Indonesia* (Jakarta: Djambatan, 2003), hlm. 12.",
            id="book",
        ),
        pytest.param(
            'Rina Wati, "Tafsir Undang-Undang Nomor 5 Tahun 1960", *Jurnal Hukum* 3 (2011).',
            id="article-about-a-statute",
        ),
    ],
)
def test_literature_is_no_legal_source(note: str) -> None:
    assert not legal_source(note)
