"""A chapter's host after "Dalam" / "Trong" / "yn" in an author-date list (fix85k).

Chicago author-date writes a chapter ``"Title." In *Book*, edited by Name, 55–78. Place:
Publisher.``; Indonesian and Malay lists write ``Dalam *Buku*, disunting oleh Nama``
(``diedit oleh``, ``peny.``), Vietnamese ``Trong *Sách*, chủ biên Tên``, Welsh ``yn *Llyfr*,
gol. Enw``.  The word opens the book's title, the editors' phrase closes it: a chapter of
that book, no article of a journal named "Dalam …" (:func:`.chicago._article`).

Own examples; near-misses keep their readings.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            'Santoso, Budi. 2018. "Zakat Produktif di Pedesaan." Dalam *Ekonomi Islam '
            "Kontemporer*, disunting oleh Rina Hartati, 101–120. Bandung: Penerbit Contoh.",
            "Ekonomi Islam Kontemporer",
        ),
        (
            'Santoso, Budi. 2018. "Zakat Produktif di Pedesaan." Dalam *Ekonomi Islam '
            "Kontemporer*, diedit oleh Rina Hartati, 101–120. Bandung: Penerbit Contoh.",
            "Ekonomi Islam Kontemporer",
        ),
        (
            'Santoso, Budi. 2018. "Zakat Produktif di Pedesaan." Dalam *Ekonomi Islam '
            "Kontemporer*, 101–120. Bandung: Penerbit Contoh.",
            "Ekonomi Islam Kontemporer",
        ),
        (
            'Santoso, Budi. 2018. "Zakat Produktif di Pedesaan." Dalam Rina Hartati (ed.), '
            "*Ekonomi Islam Kontemporer*, 101–120. Bandung: Penerbit Contoh.",
            "Ekonomi Islam Kontemporer",
        ),
        (
            'Ismail, Aminah. 2016. "Wakaf Tunai di Malaysia." Dalam *Kewangan Islam Semasa*, '
            "peny. Hassan Omar, 33–50. Kuala Lumpur: Penerbit Contoh.",
            "Kewangan Islam Semasa",
        ),
        (
            'Trần, Thị Mai. 2017. "Chợ nổi miền Tây." Trong *Văn hóa sông nước*, chủ biên '
            "Lê Văn Hòa, 12–30. Cần Thơ: Nhà xuất bản Mẫu.",
            "Văn hóa sông nước",
        ),
    ],
)
def test_dalam_chapter(text: str, host: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is RefKind.CHAPTER
    assert ref.host == host


@pytest.mark.parametrize(
    ("text", "kind", "host"),
    [
        # a title that opens with the word, in a journal: an article
        (
            'Sari, Dewi. 2019. "Dalam Bayang Krisis Moneter." *Jurnal Ekonomi Contoh* 11 (2): 1–9.',
            RefKind.ARTICLE,
            "Jurnal Ekonomi Contoh",
        ),
        # English "In … edited by" as before
        (
            'Smith, Ann. 2015. "Village Banks." In *Rural Finance*, edited by Tom Reid, 5–20. '
            "London: Example Press.",
            RefKind.CHAPTER,
            "Rural Finance",
        ),
    ],
)
def test_near_misses(text: str, kind: RefKind, host: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is kind
    assert ref.host == host
