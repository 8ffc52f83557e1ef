"""fix66g: a list of sources cited again with an entry nobody cites; a percentage's source."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RawMarker, RawNote
from bibcheck.readers.parennum import paren_citations
from bibcheck.readers.recited import recited_in_order


def _m(*labels: str) -> list[RawMarker]:
    return [
        RawMarker(label=label, line=i + 1, column=0, block=0, offset=0)
        for i, label in enumerate(labels)
    ]


def _n(count: int) -> list[RawNote]:
    return [
        RawNote(label=str(i), text=f"Work {i}.", line=100 + i, end_line=100 + i)
        for i in range(1, count + 1)
    ]


_TEN = ("1", "2", "3", "4", "5", "6", "7", "8", "9")
_TWELVE_SKIPS_11 = (*_TEN, "10", "12")


@pytest.mark.parametrize(
    ("markers", "notes", "want"),
    [
        # 12 entries, 11 never cited, five citations again: a list of sources
        ((*_TWELVE_SKIPS_11, "2", "5", "9", "12", "3"), 12, True),
        # 10 entries, 6 never cited, three citations again
        (("1", "2", "3", "4", "5", "7", "8", "9", "10", "2", "4", "8"), 10, True),
        # 20 entries, 7 and 15 never cited, ten citations again
        (
            tuple(str(n) for n in range(1, 21) if n not in (7, 15))
            + ("1", "2", "3", "4", "5", "6", "8", "9", "10"),
            20,
            True,
        ),
    ],
)
def test_recited_with_an_uncited_entry(markers: tuple[str, ...], notes: int, want: bool) -> None:
    assert recited_in_order(_m(*markers), _n(notes)) is want


_NOTES = {
    "en": ("Notes", "et al", "London: HM Treasury; 2019."),
    "fr": ("Notes", "et al", "Paris : Santé publique France ; 2019."),
    "es": ("Notas", "et al", "Madrid: Ministerio de Sanidad; 2019."),
}


def _brief(heading: str, place: str) -> str:
    body = [
        "# Brief",
        "",
        "Intro<sup>1,2</sup> and more<sup>3</sup>. Then<sup>4</sup> and<sup>5,6</sup>.",
        "",
        "Also<sup>7</sup>, again<sup>2</sup>, then<sup>8</sup> and<sup>9</sup>.",
        "",
        "| A | B |",
        "|---|---|",
        "| Sales | Survey<sup>5</sup> |",
        "| Receipts | Agency<sup>2</sup> |",
        "",
        "Later<sup>11</sup> and<sup>12</sup>; back to<sup>4</sup> and<sup>9</sup>.",
        "",
        "1. Go again<sup>12</sup>.",
        "",
        f"## {heading}",
        "",
    ]
    notes = [
        f"{i}. Author{chr(64 + i)} B, Other C. Study number {i} of levies. *J Health Pol*. "
        f"20{10 + i};{i}(2):1-9."
        if i % 2
        else f"{i}. Agency {i}. *Report number {i} on sugar*. {place}"
        for i in range(1, 13)
    ]
    return "\n".join(body + notes) + "\n"


@pytest.mark.parametrize("lang", sorted(_NOTES))
def test_brief_cites_sources_again_with_one_uncited(tmp_path: Path, lang: str) -> None:
    heading, _, place = _NOTES[lang]
    path = tmp_path / f"brief_{lang}.md"
    path.write_text(_brief(heading, place), encoding="utf-8")
    doc = parse_file(str(path))
    assert doc.reader == "sup-markdown"
    codes = [a.code.value for a in doc.all_anomalies()]
    assert "duplicate-marker" not in codes
    assert "numbering-gap" not in codes


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Prevalensi di provinsi itu mencapai 32,7% (1). Angka ini", [["1"]]),
        ("the share rose to 48.5% (3); the levy", [["3"]]),
        ("le taux atteint 21,6 % (4). Il", [["4"]]),
        ("die Quote lag bei 17,2 % (5, 6). Sie", [["5", "6"]]),
        ("la prevalencia fue del 12% (2), según", [["2"]]),
    ],
)
def test_percentage_closing_a_clause_is_cited(text: str, labels: list[list[str]]) -> None:
    assert [found for _, _, found in paren_citations(text, 10)] == labels
