"""fix66m shape 1: notes numbered ``(1)`` at line start called by Unicode
superscript digits (``¹ ² ³``) in the text are read as notes; a list of steps nothing
cites in order, and powers (``m²``, ``10²``), are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.mdnotelabels import in_order, rewrite, super_called

BODIES = {
    "en": (
        "The pier was rebuilt in 1888¹ and trade doubled within a decade.² The customs\n"
        "house kept its ledgers until the war.³"
    ),
    "de": (
        "Die Mole wurde 1888 neu gebaut¹, und der Handel verdoppelte sich.² Das Zollhaus\n"
        "führte seine Bücher bis zum Krieg.³"
    ),
    "fr": (
        "La jetée fut reconstruite en 1888¹ et le commerce doubla en dix ans.² La douane\n"
        "tint ses registres jusqu’à la guerre³."
    ),
}
NOTES = (
    "Marsh, A. Piers of the North Sea. Harbour Press, 2019, p. 14.",
    'Lind, O. "Customs records". Maritime Archive Journal 8 (2011): 33–50.',
    "Peeters, J. Ostend in the Belle Époque. Leuven University Press, 2004.",
)


def _doc(lang: str, heading: str, label: str) -> str:
    items = "\n".join(f"{label.format(n=n)} {t}" for n, t in enumerate(NOTES, start=1))
    return f"# Harbour\n\n{BODIES[lang]}\n\n## {heading}\n\n{items}\n"


CASES = [
    ("en", "Notes", "({n})"),
    ("de", "Anmerkungen", "({n})"),
    ("fr", "Notes", "({n})"),
    ("en", "Endnotes", "({n})"),
]


@pytest.mark.parametrize(("lang", "heading", "label"), CASES)
def test_superscript_calls_read(tmp_path: Path, lang: str, heading: str, label: str) -> None:
    path = tmp_path / "essay.md"
    path.write_text(_doc(lang, heading, label), encoding="utf-8")
    doc = parse_file(path)
    assert sorted(fn.label for fn in doc.footnotes) == ["1", "2", "3"]
    assert all(fn.markers for fn in doc.footnotes)
    ref = doc.footnotes[0].reference
    assert ref is not None and "Piers of the North Sea" in (ref.title or "")


REWRITES = [
    # (lines, expected)
    (
        ["Rebuilt in 1888¹ and doubled.²", "", "(1) Marsh 2019.", "(2) Lind 2011."],
        ["Rebuilt in 1888<sup>1</sup> and doubled.<sup>2</sup>", "",
         "<sup>1</sup> Marsh 2019.", "<sup>2</sup> Lind 2011."],
    ),
    (
        ["Gebaut¹ und verdoppelt², wieder¹.", "", "(1) Marsh 2019.", "(2) Lind 2011."],
        ["Gebaut<sup>1</sup> und verdoppelt<sup>2</sup>, wieder<sup>1</sup>.", "",
         "<sup>1</sup> Marsh 2019.", "<sup>2</sup> Lind 2011."],
    ),
    (
        ["La jetée¹ et la douane².", "", "(1) Marsh 2019.", "(2) Lind 2011."],
        ["La jetée<sup>1</sup> et la douane<sup>2</sup>.", "", "<sup>1</sup> Marsh 2019.",
         "<sup>2</sup> Lind 2011."],
    ),
    (  # powers are no calls: a unit's, a variable's, a number's
        ["An area of 20 m² and x¹ by 10².", "", "(1) Unscrew the cap.", "(2) Lift it."],
        ["An area of 20 m² and x¹ by 10².", "", "(1) Unscrew the cap.", "(2) Lift it."],
    ),
    (  # out of order: no notes called
        ["Rebuilt later³ and doubled².", "", "(1) Marsh 2019.", "(2) Lind 2011.",
         "(3) Ruiz 2004."],
        ["Rebuilt later³ and doubled².", "", "(1) Marsh 2019.", "(2) Lind 2011.",
         "(3) Ruiz 2004."],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), REWRITES)
def test_rewrite(lines: list[str], expected: list[str]) -> None:
    assert rewrite(lines) == expected


ORDERS = [([1, 2, 3], True), ([1, 1, 2], True), ([2, 3], False), ([1], False), ([1, 9], False)]


@pytest.mark.parametrize(("numbers", "expected"), ORDERS)
def test_in_order(numbers: list[int], expected: bool) -> None:
    assert in_order(numbers) is expected


SCORED = [
    # (lines, rewritten for the score): only notes "(n)" called by superscript digits
    # ("1)" notes so called are the page-text reader's, which reads them)
    (["Rebuilt in 1888¹ and doubled.²", "", "(1) Marsh 2019.", "(2) Lind 2011."], True),
    (["Gebaut¹ und verdoppelt².", "", "1) Marsh 2019.", "2) Lind 2011."], False),
    (["Gebaut¹ und verdoppelt².", "", "¹ Marsh 2019.", "² Lind 2011."], False),
    (["Rebuilt.(1) Doubled.(2)", "", "(1) Marsh 2019.", "(2) Lind 2011."], False),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "rewritten"), SCORED)
def test_super_called(lines: list[str], rewritten: bool) -> None:
    assert (super_called(lines) != lines) is rewritten
