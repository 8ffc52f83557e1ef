"""fix63a: an APA manuscript's figures after its hanging-indent list, and cited numbers
past a numbered list's end (reported, never dropped silently)."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers import pdftext
from bibcheck.readers.listafter import ends_list
from bibcheck.readers.pastlist import past_list_anomaly


@pytest.mark.parametrize(
    "line",
    [
        "Figure 1",
        "   Table 3",
        "Abbildung 2",
        "Tabla 4",
        "FIGURE 12",
        "Figura 1a",
    ],
)
def test_label_alone_ends_list(line: str) -> None:
    assert ends_list(line)


@pytest.mark.parametrize(
    "line",
    [
        "Figueroa, M. (2019). Tables of things. Journal, 4, 1-9.",
        "Table salt and health. Nutrition, 2, 3.",
        "Figure 1 shows the effect",
    ],
)
def test_entry_lines_do_not_end_list(line: str) -> None:
    assert not ends_list(line)


@pytest.mark.parametrize(
    ("cited", "last", "numbers", "first"),
    [
        ([(58, 40), (60, 41), (3, 10)], 51, "58 (line 40), 60 (line 41)", 40),
        ([(99, 12), (99, 30)], 20, "99 (line 12, 30)", 12),
    ],
)
def test_past_list_anomaly(
    cited: list[tuple[int, int]], last: int, numbers: str, first: int
) -> None:
    anomaly = past_list_anomaly(cited, last)
    assert anomaly is not None
    assert anomaly.code is AnomalyCode.CITATION_KEY_MISSING
    assert numbers in anomaly.message
    assert anomaly.line == first


def test_past_list_none() -> None:
    assert past_list_anomaly([(3, 1), (5, 2)], 10) is None


def _apa(surname: list[str], indent: str) -> str:
    """A student paper: running head and folio on each page, author-date citations, a
    hanging-indent list (entries at ``indent``, their lines below further in) and a page
    of figure captions flush left after it."""
    cites = " ".join(f"as shown before ({s} & Ortiz, {2000 + k})." for k, s in enumerate(surname))
    body = f"SHORT TITLE                                    2\n\nIntroduction\n\n{cites}\n"
    entries = "".join(
        f"{indent}{s}, Q., & Ortiz, R. ({2000 + k}). A study of the matter in question\n"
        f"{indent}   number {k}. Journal of Tests, {k + 1}(2), 10-20.\n"
        for k, s in enumerate(surname)
    )
    listing = (
        f"\fSHORT TITLE                                    9\n\n{indent}References\n\n{entries}"
    )
    figures = (
        "\fSHORT TITLE                                    10\n\nFigure 1\n"
        "Mean scores by condition, with error bars for the 95% intervals of each group\n"
        "in the study, 2019 and 2020 samples pooled together.\n"
    )
    return body + listing + figures


@pytest.mark.parametrize(
    "names",
    [
        ["Abel", "Brandt", "Cole", "Dunn", "Engel"],
        ["Fischer", "García", "Holm", "Ito"],
    ],
)
def test_apa_list_before_captions(names: list[str]) -> None:
    doc = pdftext.read(_apa(names, "      "))
    assert len(doc.literature) == len(names)
    assert all("Figure" not in e.text for e in doc.literature)
