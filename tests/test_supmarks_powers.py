"""sup-markdown: which superscripts are powers and which cite, and when citing a number
again is the style rather than a defect.

* a year is no base: ``revised in 2020<sup>4</sup>`` cites entry 4, also in a table cell
  and when entry 4 is cited elsewhere too;
* a Greek letter standing alone is a variable: ``ω<sup>2</sup>``, ``*J*ω<sup>2</sup>``,
  ``σ<sup>2</sup>`` are powers (the bracketed ``2<sup>[3]</sup>`` after them still cites);
* ``<sup>[8]</sup>`` twice, where the notes are the only list of sources, cites note 8
  twice; a plain ``<sup>8</sup>`` twice, or bracketed endnotes beside a reference list,
  stay a duplicate-marker finding.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.supmarkdown import read as read_sup

LIST = """
## References

1. Okafor N, Lind P. Iron stores in pregnancy. Lancet Haematol. 2019;6:e12-e20.
2. Brandt L. Ferritin thresholds revisited. Blood. 2020;135:2011-20.
3. Vale J. Rotor inertia and grid frequency. IEEE Trans Power Syst. 2018;33:1-9.
4. Marsh T. Anaemia screening in primary care. BMJ. 2021;372:n12.
"""


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Thresholds were revised in 2020<sup>4</sup>. Iron matters<sup>1</sup>.", ["4", "1"]),
        ("| Ferritin | revised in 2020<sup>4</sup> |\n| Iron | low<sup>4</sup> |", ["4", "4"]),
        ("The cut-off (2019)<sup>2</sup> holds. See also<sup>1</sup>.", ["2", "1"]),
        ("Since 1998<sup>1,2</sup> it is used.", ["1", "2"]),
        ("About 10<sup>4</sup> cells per litre<sup>1</sup>.", ["1"]),
        ("Counts near 2×10<sup>3</sup> were seen<sup>2</sup>.", ["2"]),
    ],
    ids=["year-then-marker", "year-in-table", "year-in-brackets", "year-list", "power", "times"],
)
def test_a_year_is_no_base(text: str, labels: list[str]) -> None:
    doc = read_sup(f"# Anaemia\n\n{text}\n{LIST}")
    assert [m.label for m in doc.markers] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Energy *E* = *J*ω<sup>2</sup>/2<sup>[3]</sup>.", ["3"]),
        ("Energy E = Jω<sup>2</sup>/2.<sup>[3]</sup>", ["3"]),
        ("The variance σ<sup>2</sup> was small<sup>[1]</sup>.", ["1"]),
        ("The variance *σ*<sup>2</sup> was small<sup>[1]</sup>.", ["1"]),
        ("Помилка Δ<sup>2</sup> мала<sup>[2]</sup>.", ["2"]),
        ("Το φαινόμενο μελετήθηκε εκτενώς<sup>[2]</sup>.", ["2"]),
    ],
    ids=["italic-product", "plain", "sigma", "italic-sigma", "capital-delta", "greek-word"],
)
def test_a_greek_letter_is_a_variable(text: str, labels: list[str]) -> None:
    doc = read_sup(f"# Grid\n\n{text}\n{LIST}")
    assert [m.label for m in doc.markers] == labels


def _duplicates(text: str) -> int:
    doc = parse_bytes(text.encode(), "post.md")
    assert doc.reader == "sup-markdown"
    return sum(a.code is AnomalyCode.DUPLICATE_MARKER for a in doc.all_anomalies())


DEFINITIONS = (
    "\n---\n\n<sup>1</sup> A. Lis, *Port gdański*, Gdańsk 1990, s. 4.\n\n"
    "<sup>2</sup> B. Wrona, *Spichlerze*, Warszawa 2001, s. 12.\n"
)


@pytest.mark.parametrize(
    ("body", "tail", "duplicates"),
    [
        (
            "Crane built.<sup>[1]</sup> Wheels turned.<sup>[2]</sup> Masts set.<sup>[1]</sup>",
            DEFINITIONS,
            0,
        ),
        (
            "Crane built.<sup>1</sup> Wheels turned.<sup>2</sup> Masts set.<sup>1</sup>",
            DEFINITIONS,
            1,
        ),
        (
            "Crane built.<sup>[1]</sup> Wheels turned.<sup>[2]</sup> Masts set.<sup>[1]</sup>",
            "\n## Notes\n\n1. See Lis 1990.\n2. Wrona 2001, p. 12.\n\n## References\n\n"
            "1. Lis A. Port gdański. Gdańsk, 1990.\n2. Wrona B. Spichlerze. Warszawa, 2001.\n",
            1,
        ),
    ],
    ids=["bracketed-notes-only", "plain-footnote-marks", "endnotes-beside-references"],
)
def test_citing_a_bracketed_note_again(body: str, tail: str, duplicates: int) -> None:
    assert _duplicates(f"# Port\n\n{body}\n{tail}") == duplicates
