"""Notes that remark rather than cite, in any language (fix46c): a year ending a sentence of
prose after a place's name, a title named in a sentence of prose with nothing else of a work,
a name and a year in a sentence of prose where the other notes cite in full -- none a work; the
citations that look like them stay works."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import dated_name_remark, remarks_in_full_notes


def _kind(text: str) -> RefKind:
    return parse_reference(text, (1,), detect_styles=True, note=True).kind


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        # a year ending a sentence of prose after one lower-case word, a place before it
        pytest.param(
            "These two spellings were taught in the training colleges of Kenya through 1985.",
            True, id="en-place-word-year",
        ),
        pytest.param(
            "Maumbo haya mawili yalifundishwa katika vyuo vya ualimu vya Kenya hadi 1985.",
            True, id="sw-place-word-year",
        ),
        # ... not after a place or a publisher, nor after a journal's name
        pytest.param("Moss, C. The road to the sea. London 1998.", False, id="place-year"),
        pytest.param("Lindgren, P. Coastal towns. Lund: Gleerup 2004.", False, id="publisher"),
        pytest.param(
            "Hale J, Oduya K. Salt intake and blood pressure in rural clinics. Lancet 2019.",
            False, id="journal-year",
        ),
        # a title named in a sentence of prose, nothing else of a work
        pytest.param(
            "We come back to the printers' spelling further on, in the chapter «Books of the "
            "Old Presses» of this volume.",
            True, id="en-title-in-prose",
        ),
        pytest.param(
            'Kwa mashina yenye ugonjwa tazama "Ugonjwa wa Muhogo", kijitabu chetu cha 2023 '
            "(bado hakipo mtandaoni).",
            True, id="sw-title-in-prose-leaflet",
        ),
        # ... a title with its author, journal or place stays a citation
        pytest.param(
            'Okafor, "Rivers of the Delta," Journal of West African Studies 12 (1998): 4.',
            False, id="quoted-article",
        ),
        pytest.param(
            "In the article “Grammar of the River Towns” by Ann Cole the forms are given in full.",
            False, id="title-and-author",
        ),
        pytest.param(
            'See "The Tragedy of the Commons" for the classic statement.', False,
            id="lead-in-title",
        ),
        pytest.param(
            "«Книги 1769–1871 годов» // Вестник музея. 2001. № 3. С. 5–9.", False,
            id="ru-gost-title",
        ),
    ],
)  # fmt: skip
def test_remark_or_citation(text: str, commentary: bool) -> None:
    assert (_kind(text) is RefKind.COMMENTARY) is commentary


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        pytest.param(
            "Harrow gave the figure in leagues; we convert it here. The estimate of Rømer "
            "(1676) was some twenty percent too low.",
            True, id="en-name-year-in-prose",
        ),
        # ... the name opening the note, a page after it, or too little prose: no remark
        pytest.param("Rømer (1676), 45.", False, id="author-date-page"),
        pytest.param("As Rømer (1676) showed.", False, id="short"),
        pytest.param(
            "The estimate of Rømer (1676) is in Cohen, *Roemer and the Speed of Light*, 12.",
            False, id="with-a-citation",
        ),
    ],
)  # fmt: skip
def test_dated_name_remark(text: str, remark: bool) -> None:
    assert dated_name_remark(text) is remark


_FULL = [
    "A. Harrow, *The Measure of Light*, Clarendon Press, Oxford 1881, p. 12.",
    "B. Lund, «Ether and Matter», Annals of Natural Philosophy 14 (1890), pp. 3–19.",
    "C. Moss, *Instruments of Precision*, Norton, New York 1975.",
    "D. Pryce, *The Optical Century*, Murray, London 1901, p. 88.",
]
_REMARK = (
    "Harrow gave the figure in leagues; we convert it here. The estimate of Rømer (1676) "
    "was some twenty percent too low."
)


def _refs(texts: list[str]) -> list[Reference]:
    return [parse_reference(t, (1,), detect_styles=True, note=True) for t in texts]


def test_remark_among_full_notes() -> None:
    assert remarks_in_full_notes(_refs([*_FULL[:2], _REMARK, *_FULL[2:]])) == {2}


@pytest.mark.parametrize(
    "texts",
    [
        # too few notes citing in full to be the document's style
        pytest.param([_FULL[0], _REMARK, _FULL[1]], id="two-full"),
        # an author-date document: the notes name authors with years
        pytest.param(
            [
                _REMARK,
                "The rate of Okafor (2019) fell sharply in the dry years of the survey period.",
                "The count of Lund (2004) was repeated in the wet season by the same team.",
                _FULL[0],
            ],
            id="author-date",
        ),
    ],
)
def test_no_remark_without_full_notes(texts: list[str]) -> None:
    assert remarks_in_full_notes(_refs(texts)) == set()


def test_remark_in_a_document() -> None:
    notes = [*_FULL[:2], _REMARK, *_FULL[2:]]
    body = " ".join(f"Sentence {i}.[^{i}]" for i in range(1, 6))
    text = body + "\n\n" + "\n".join(f"[^{i}]: {n}" for i, n in enumerate(notes, 1)) + "\n"
    doc = parse_bytes(text.encode(), "chapter.md")
    kinds = [fn.reference.kind for fn in doc.footnotes]
    assert kinds[2] is RefKind.COMMENTARY
    assert all(k is not RefKind.COMMENTARY for i, k in enumerate(kinds) if i != 2)
