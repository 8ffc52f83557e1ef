"""fix63a: an APA manuscript's figures after its hanging-indent list, and cited numbers
past a numbered list's end (reported, never dropped silently)."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers import pdftext
from bibcheck.readers.headingcase import in_prose
from bibcheck.readers.listafter import ends_list
from bibcheck.readers.pastlist import past_list_anomaly
from bibcheck.readers.wordlines import word_runs


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


@pytest.mark.parametrize(
    ("line", "following", "prose"),
    [
        ("sources", "and zero", True),
        ("literature", "on the topic", True),
        ("références", "et des notes", True),
        ("Sources", "Archive of the city, box 4.", False),
        ("references", "Abel, Q. (2001). A title.", False),
    ],
)
def test_heading_word_in_prose(line: str, following: str, prose: bool) -> None:
    assert in_prose(line, following) is prose


@pytest.mark.parametrize(
    ("texts", "inside"),
    [
        (
            ["a b c", "integration.", "", "Journal", "", "of", "", "Studies,", "next entry"],
            {1, 3, 5, 7},
        ),
        (["one", "two", "x y"], set()),
        (["Title", "a b", "c", "d", "e"], {2, 3, 4}),
    ],
)
def test_word_runs(texts: list[str], inside: set[int]) -> None:
    assert set(word_runs(texts)) == inside


def _spread(words: str) -> str:
    """A justified line as pdftotext may print it: a word to a line, blank lines between."""
    return "\n\n".join(words.split())


def _author_date_words(names: list[str], spread: int) -> str:
    cites = " ".join(f"This was found ({s}, {1990 + k})." for k, s in enumerate(names))
    entries = []
    for k, s in enumerate(names):
        head = f"{s}, T. ({1990 + k}). A long title about the matter number {k} and more"
        venue = f"Journal of Group Processes and Social Work, {k + 3}(1), 11-20."
        entries.append(f"{head}\n{_spread(venue) if k == spread else venue}")
    return f"Introduction\n{cites}\n\nReferences\n" + "\n".join(entries) + "\n"


@pytest.mark.parametrize(
    ("names", "spread"),
    [
        (["Aalto", "Berger", "Costa", "Duval", "Eklund", "Fry"], 2),
        (["Gomez", "Hahn", "Ibsen", "Jansen", "Kovacs"], 1),
    ],
)
def test_author_date_list_goes_on_after_word_lines(names: list[str], spread: int) -> None:
    doc = pdftext.read(_author_date_words(names, spread))
    assert len(doc.literature) == len(names)
    assert "Journal" in doc.literature[spread].text


def _numbered_rows(size: int, spread: int) -> list[str]:
    lines = ["References"]
    for n in range(1, size + 1):
        text = f"{n}. Vance, R. & Wu, L. Findings on topic {n}. Cell Rep. {n}, 1-9 ({2000 + n})."
        label, rest = text.split(" ", 1)
        lines.append(f"{label} {_spread(rest)}" if n == spread else text)
    return lines


@pytest.mark.parametrize(("size", "spread"), [(8, 5), (12, 3)])
def test_numbered_list_goes_on_after_word_lines(size: int, spread: int) -> None:
    from bibcheck.readers.columns import Row
    from bibcheck.readers.pdfnumeric import Style, numeric_list

    text = "\n".join(_numbered_rows(size, spread))
    rows = [Row(i, line) for i, line in enumerate(text.split("\n"))]
    found = numeric_list(rows, lambda t: t.strip() == "References", Style.DOTTED)
    assert found is not None
    assert len(found.entries) == size
