"""Plain text with numeric citations: an unnumbered further-reading list after the
numbered reference list (annotated with comment paragraphs, or not) is read as entries;
its comments are no entries and no entry's text."""

from __future__ import annotations

import pytest

from bibcheck.readers.listheads import is_qualified_list_heading, is_selective_heading
from bibcheck.readers.plaintext import read

BODY = [
    "Tidal Mill Restoration Survey",
    "",
    "1. Scope",
    "The wheel pits of the three mills were measured in 2023 [1]. The sluice gates",
    "follow the pattern described for the estuary mills [2], [3].",
    "",
]
NUMBERED = [
    "[1] K. Rowe, “Tide mills of the southern estuaries,” Mill Studies, vol. 4, pp. 1–19, 2011.",
    "[2] P. Amos and T. Vale, Sluices and Gates, Norwich: Fen Press, 1998.",
    "[3] H. Lind, “Timber sluice gates,” Journal of Mill History, vol. 12, pp. 40–52, 2005.",
    "",
]

ENGLISH_ANNOTATED = [
    "Further reading",
    "Marsh, G. (2004). The tide mill in the landscape. Estuary Books.",
    "A readable survey with good drawings of the wheel pits; no sources for",
    "the dates.",
    "Oakes, R., & Penn, S. (2017). Hydraulic models of undershot wheels.",
    "Journal of Mill History, 24(2), 77–95.",
    "The only modelling study of tidal wheels; read with the erratum.",
]
SPANISH_ANNOTATED = [
    "Lecturas recomendadas",
    "Iriarte, M. (2012). Molinos de marea del Cantábrico. Santander: Editorial Costa.",
    "Inventario completo de los molinos de la costa, con planos.",
    "Salas, A., Ferrer, J. y Gil, P. (2019). Compuertas de madera en molinos de",
    "marea. Revista de Obras Históricas, 7(1), 33–48.",
    "Útil para comparar los sistemas de cierre.",
]
GERMAN_PLAIN = [
    "Weiterführende Literatur",
    "Marsh, Gerald. The Tide Mill in the Landscape. London: Estuary Books, 2004.",
    "Oakes, Ruth, and Sam Penn. “Hydraulic Models of Undershot Wheels.” Journal of Mill",
    "History 24, no. 2 (2017): 77–95.",
]


@pytest.mark.parametrize(
    ("further", "want", "comments"),
    [
        pytest.param(
            ENGLISH_ANNOTATED,
            [("Marsh, G. (2004).", "Estuary Books."), ("Oakes, R., & Penn", "77–95.")],
            ["readable survey", "erratum"],
            id="english-annotated-apa",
        ),
        pytest.param(
            SPANISH_ANNOTATED,
            [("Iriarte, M. (2012).", "Costa."), ("Salas, A., Ferrer", "33–48.")],
            ["Inventario completo", "sistemas de cierre"],
            id="spanish-annotated-apa",
        ),
        pytest.param(
            GERMAN_PLAIN,
            [("Marsh, Gerald.", "2004."), ("Oakes, Ruth,", "77–95.")],
            [],
            id="german-chicago-plain",
        ),
    ],
)
def test_further_list_entries(
    further: list[str], want: list[tuple[str, str]], comments: list[str]
) -> None:
    text = "\n".join([*BODY, "References", *NUMBERED, *further]) + "\n"
    doc = read(text)
    numbered = [e for e in doc.literature if e.label.isdigit()]
    extra = [e for e in doc.literature if not e.label.isdigit()]
    assert [e.label for e in numbered] == ["1", "2", "3"]
    assert len(extra) == len(want)
    for entry, (start, end) in zip(extra, want, strict=True):
        assert entry.text.startswith(start) and entry.text.endswith(end), entry.text
    everything = " ".join(e.text for e in doc.literature) + " ".join(b.text for b in doc.blocks)
    for comment in comments:
        assert comment not in everything
    assert {m.label for m in doc.markers} == {"1", "2", "3"}


@pytest.mark.parametrize(
    "heading",
    [
        "Lecturas complementarias",
        "Lecturas recomendadas",
        "Leituras complementares",
        "Letture consigliate",
        "Lectures complémentaires",
    ],
)
def test_further_reading_headings_are_selective_list_headings(heading: str) -> None:
    assert is_qualified_list_heading(heading)
    assert is_selective_heading(heading)
