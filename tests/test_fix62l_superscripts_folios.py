"""fix62l: a superscript-cited list beside a few tied notes; a folio between a hanging
label and its entry."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.hanginglabels import rejoin_labels

_ENTRY = "Okafor, N. & Lindqvist, P. A study of shared habits. J. Ex. 3, 1–9 (2019)."
_NEXT = "Brandt, T. Habits in crowds. J. Ex. 4, 10–19 (2020)."


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the page broke between the label and its entry: the folio stays on its line
        (
            ["9. " + _NEXT, "", "10.", "", "28", "", _ENTRY, "", "11. " + _NEXT],
            ["9. " + _NEXT, "", "", "", "28", "", "10. " + _ENTRY, "", "11. " + _NEXT],
        ),
        # a bracketed label, the folio right under it
        (
            ["[4] " + _NEXT, "[5]", "112", _ENTRY, "[6] " + _NEXT],
            ["[4] " + _NEXT, "", "112", "[5] " + _ENTRY, "[6] " + _NEXT],
        ),
        # two bare numbers after the label: nothing to join (a column of numbers)
        (
            ["[4] " + _NEXT, "[5]", "112", "113", _ENTRY, "[6] " + _NEXT],
            ["[4] " + _NEXT, "[5]", "112", "113", _ENTRY, "[6] " + _NEXT],
        ),
        # no list around the label: left alone, folio or not
        (["Some text.", "3.", "", "14", "", _ENTRY], ["Some text.", "3.", "", "14", "", _ENTRY]),
    ],
)
def test_rejoin_labels_past_folio(lines: list[str], expected: list[str]) -> None:
    assert rejoin_labels(lines) == expected


_SENTENCES = [
    "People follow what others around them do in public spaces1 .",
    "Such habits spread through neighbourhoods and workplaces2,3 .",
    "Signals of approval differ from signals of common practice4 , and both matter.",
    "Field studies found effects on recycling5 , on voting6 and on energy use7 .",
    "Models of imitation predict the spread of habits across groups8–10 .",
    "A habit that most people show becomes expected of the rest11 .",
    "Campaigns that describe the majority work better than warnings12 .",
    "Surveys of stated habits agree with observed ones13,14 .",
]


def _document() -> str:
    page = "\n".join(_SENTENCES * 3) + "\n"
    entries = "\n\n".join(
        f"{n}. Author{chr(64 + n)}, Q. & Writer, R. A study of shared habits number {n}. "
        f"Journal of Example Studies {n}, {10 * n}–{10 * n + 9} (20{10 + n})."
        for n in range(1, 15)
    )
    return (
        "Shared rules in crowded places\n\n"
        "Nadia Okafor1 , Piet Lindqvist2 , Hana Ilves1,3 & Tomas Brandt2\n\n"
        "1\n\nDepartment of Behavioural Science, Northgate University, Example Land\n"
        "2\n\nSchool of Social Inquiry, Lakeside College, Example Land\n"
        "3\n\nInstitute for Field Studies, Example Land\n\n0\n\f"
        + "".join(f"{page}\n{k}\n\f" for k in (1, 2, 3))
        + f"References\n\n{entries}\n\n4\n"
    )


@pytest.mark.parametrize(("tied", "cited"), [(0, True), (3, True), (12, True), (20, False)])
def test_superscript_list_beside_tied_notes(
    monkeypatch: pytest.MonkeyPatch, tied: int, cited: bool
) -> None:
    # (a few notes tied to markers, a byline's affiliations or a table's note, do not hide
    # a list cited by superscripts many times more; many tied notes do)
    monkeypatch.setattr(pdftext, "_tied", lambda found: tied)
    raw = pdftext.read(_document())
    assert len(raw.literature) == 14
    labels = sorted({m.label for m in raw.markers}, key=int)
    assert labels == ([str(n) for n in range(1, 15)] if cited else [])
