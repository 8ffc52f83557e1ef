"""A numbered note list cited again by number is a source list only when its notes are distinct
works: an aside or a short note of an earlier note's work keeps a repeated number a defect."""

from __future__ import annotations

import pytest

from bibcheck.model import RawNote
from bibcheck.readers.supmarkdown import _distinct_works


def _notes(*texts: str) -> list[RawNote]:
    return [RawNote(label=str(i), text=t, line=i, end_line=i) for i, t in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("texts", "distinct"),
    [
        pytest.param(
            (
                "Kowalczyk A., Nowicka B., *Komety i planetoidy*, Warszawa: PWN, 2015.",
                "Ruiz, M. «Pozos antiguos». *Revista de Agua* 3 (2012): 4–9.",
                "https://example.org/interstellar/",
            ),
            True,
            id="works-and-a-bare-address",
        ),
        pytest.param(
            (
                "Abebe Kebede, *Wells of the Highlands* (Addis Ababa: Kuraz, 1975), 4.",
                "Meron Alemu, *Stone Cisterns* (Gondar: Fasil, 2001), 12.",
                "Abebe Kebede, *Wells of the Highlands*, 9.",
            ),
            False,
            id="short-note-of-an-earlier-work",
        ),
        pytest.param(
            (
                "Hier spreche ich nur vom Frühjahrsregen, nicht vom Herbst.",
                "Ich habe die Dörfer selbst besucht; die Zahlen sind meine eigenen.",
            ),
            False,
            id="asides",
        ),
        pytest.param(
            (
                "Lind, K., Berg, O. Early spectra of a visiting comet. arXiv:2001.01234 (2019).",
                "Lind, K., Berg, O. Early spectra of a visiting comet. Icarus 340, 1–9 (2020).",
            ),
            True,
            id="preprint-and-article-share-a-title",
        ),
        pytest.param(("Ruiz, M. «Pozos». *Agua* 3 (2012): 4–9.",), False, id="one-note"),
    ],
)
def test_distinct_works(texts: tuple[str, ...], distinct: bool) -> None:
    assert _distinct_works(_notes(*texts)) is distinct
