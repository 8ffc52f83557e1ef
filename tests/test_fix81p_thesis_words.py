"""fix81p: a thesis named by its genre in Slovak, Croatian or Slovene (``Dizertačná
práca``, ``Diplomová práca``, ``Bakalárska práca``, ``Diplomski rad``, ``Magistrsko
delo``), or in Czech spelt with a "z" (``Dizertační práce``), is a thesis
(:mod:`bibcheck.parse.references.thesis`).  Own invented examples."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "KOLÁR, M. 2021. Kvasinky v ovčom syre. Dizertačná práca. Nitra : SPU, 2021. 150 s.",
            RefKind.THESIS,
        ),
        (
            "KOLÁR, M. 2019. Kvasinky v syroch. Diplomová práca. Zvolen : TU, 2019. 60 s.",
            RefKind.THESIS,
        ),
        (
            "KOLÁR, M. 2017. Ovčie mlieko. Bakalárska práca. Košice : UVLF, 2017. 40 s.",
            RefKind.THESIS,
        ),
        (
            "NOVÁK, J. 2018. Sýry z Vysočiny. Dizertační práce. Brno : MENDELU, 2018.",
            RefKind.THESIS,
        ),
        (
            "HORVAT, I. 2020. Sir s otoka. Diplomski rad. Zagreb : Sveučilište u Zagrebu, 2020.",
            RefKind.THESIS,
        ),
        (
            "KOVAČ, A. 2022. Ovčji sir. Magistrsko delo. Ljubljana : Univerza v Ljubljani, 2022.",
            RefKind.THESIS,
        ),
        # near miss: a book about theses is a book
        ("KOLÁR, M. 2015. Ako písať prácu. Bratislava : Veda, 2015. 120 s.", RefKind.BOOK),
    ],
)
def test_thesis_genre_word(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind
