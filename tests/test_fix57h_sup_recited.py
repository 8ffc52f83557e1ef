"""fix57h: sup-markdown notes cited again by number; a ratio's number is no power base."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RawMarker, RawNote
from bibcheck.readers.mask import powers_as_text
from bibcheck.readers.recited import recited_in_order


def _m(*labels: str) -> list[RawMarker]:
    return [
        RawMarker(label=label, line=i + 1, column=0, block=0, offset=0)
        for i, label in enumerate(labels)
    ]


def _n(count: int) -> list[RawNote]:
    return [
        RawNote(label=str(i), text=f"Work {i}.", line=40 + i, end_line=40 + i)
        for i in range(1, count + 1)
    ]


@pytest.mark.parametrize(
    ("markers", "notes", "want"),
    [
        (("1", "1", "2", "3", "2", "4"), 4, True),  # 1 and 2 cited again
        (("1", "2", "3", "4", "2"), 4, True),
        (("1", "2", "3", "4"), 4, False),  # nothing cited again
        (("1", "2", "2", "4"), 4, False),  # 3 never cited: a mistyped 3
        (("1", "3", "2", "3"), 3, False),  # 3 first cited before 2
        (("1", "2", "2"), 3, False),  # note 3 cited nowhere
        (("1", "1"), 1, False),  # one note
    ],
)
def test_recited_in_order(markers: tuple[str, ...], notes: int, want: bool) -> None:
    assert recited_in_order(_m(*markers), _n(notes)) is want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("a ratio of 10:1<sup>1</sup> here", "a ratio of 10:1<sup>1</sup> here"),
        ("John 3:16<sup>2</sup>.", "John 3:16<sup>2</sup>."),
        ("about 10<sup>6</sup> stars", "about 10⁶ stars"),
        ("x<sup>2</sup> + y", "x² + y"),
    ],
)
def test_powers_after_a_colon(line: str, want: str) -> None:
    assert powers_as_text(line) == want


_ARTICLE = """\
# Goście z daleka

Obiekt minął Słońce szybko<sup>1</sup>. Jego kształt, w proporcjach 6:1<sup>1</sup>,
zaskoczył wszystkich<sup>2</sup>, a ruch wymagał wyjaśnienia<sup>3</sup>.

Wrócimy do modelu dysku<sup>2</sup>, który opisano dokładnie<sup>4</sup>. Raz jeszcze<sup>2</sup>.

## Przypisy

1. Nowak J., Szybki przelot, „Astronomia Polska” 2018, t. 5, s. 1–3.
2. Kowal A., Spłaszczony dysk, „Przegląd Nieba” 2019, t. 6, s. 4–9.
3. Lis B., Przyspieszenie bez ogona, „Astronomia Polska” 2019, t. 7, s. 10–19.
4. Wróbel C., Modele kształtu, „Przegląd Nieba” 2020, t. 8, s. 20–29.
"""


def test_article_cites_notes_again_without_numbering_findings(tmp_path: Path) -> None:
    path = tmp_path / "artykul.md"
    path.write_text(_ARTICLE, encoding="utf-8")
    doc = parse_file(str(path))
    assert doc.reader == "sup-markdown"
    pairs = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert pairs == [("1", 3), ("1", 3), ("2", 4), ("2", 6), ("2", 6), ("3", 4), ("4", 6)]
    assert [a for a in doc.all_anomalies() if a.code.value == "duplicate-marker"] == []


def test_mistyped_repeat_still_reported(tmp_path: Path) -> None:
    text = _ARTICLE.replace("opisano dokładnie<sup>4</sup>", "opisano dokładnie<sup>3</sup>")
    path = tmp_path / "artykul.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    codes = {a.code.value for a in doc.all_anomalies()}
    assert "duplicate-marker" in codes
