"""An MLA thesis as ``pdftotext`` gives it without ``-layout`` (author-page citations
``(Kline 45)``, page numbers alone on lines, form feeds) with a numbered appendix after
its Works Cited and a chance ``[2]`` in the body: the reader is chosen by what it reads
(the author-page citations), not by the appendix's numbered shape.  Every text here is
written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

PAGES = [
    [
        "Chapter One: Rivers and Memory",
        "The river in these novels is never only water. As Kline argues, the current carries",
        "what the town forgets (Kline 45). The same image returns in the later essays, where",
        "the flood is a ledger of debts (Marsh and Ode 112-14).",
        "In the first book the narrator speaks of the bridge as a wound that does not close",
        "(Varga 3). The bridge is rebuilt three times, and each time the town",
        "renames it (Kline 52). {bracket}",
    ],
    [
        "Later critics read the flood differently. For Ostrowska the water is a witness",
        "rather than a ledger (Ostrowska 201). The witness, though, cannot speak; it only",
        "returns what it was given (Varga 17).",
        "The narrator's silence is itself a citation of the older ballads (Hale, Songs 9).",
        "Even the town's name carries the river inside it (Marsh and Ode 7).",
    ],
    [
        "Conclusion",
        "What remains is the shape of the current, drawn again in each retelling",
        "(Kline 60; Varga 22). The last page returns to the bridge (Ostrowska 210).",
        "The ballads close the circle (Hale, Songs 14).",
    ],
    [
        "Works Cited",
        "Hale, Dorota. Songs of the Lower Valley. Tarn Books, 1999.",
        "---. The Drowned Bell and Other Ballads. Tarn Books, 2003.",
        "Kline, Mirela. The River Remembers: Water in Central European Fiction. Harbour",
        "UP, 2011.",
        "Marsh, Tomas, and Ilse Ode. Floodplains of the Imagination. Danube Press, 2007.",
        "Ostrowska, Anna. \u201cThe Witness Water.\u201d Slavic Review of Letters, vol. 12, no. 3,",
        "2015, pp. 190-215.",
        "Varga, Peter. A Town Without Bridges. Translated by Eva Lind, Northern Lights,",
        "2001.",
    ],
    [
        "{appendix}",
        "1. How old is the bridge in your family's stories?",
        "2. Who told you about the flood?",
        "3. Which songs do you remember?",
    ],
]


def thesis(bracket: str, appendix: str) -> str:
    pages = []
    for n, page in enumerate(PAGES, 1):
        lines = [line.format(bracket=bracket, appendix=appendix) for line in page]
        pages.append("\n".join(lines) + f"\n\n{n}\n")
    return "\f".join(pages)


@pytest.mark.parametrize(
    ("bracket", "appendix"),
    [
        ("The ballad's second stanza [2] answers the first [1].", "Appendix: Interview Questions"),
        ("Its refrain [3] is sung twice.", "Appendix A. Questions Asked"),
        ("Both [2] and [3] end on the bridge.", "Appendix B: Survey Questions"),
    ],
)
def test_author_page_citations_win_over_a_numbered_appendix(bracket: str, appendix: str) -> None:
    doc = parse_bytes(thesis(bracket, appendix).encode(), "/tmp/thesis.txt")
    heads = [e.reference.authors[0].split(",")[0] for e in doc.literature if e.reference.authors]
    assert heads == ["Hale", "Hale", "Kline", "Marsh", "Ostrowska", "Varga"]
    assert [e.reference.year for e in doc.literature] == [1999, 2003, 2011, 2007, 2015, 2001]
    cited = sum(len(fn.markers) for fn in doc.footnotes if fn.literature)
    assert cited >= 12
