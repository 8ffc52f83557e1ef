"""pdftotext output with one footnote: a note at a page's foot (before a form feed or a
page number) whose text is a web address or a citation, its marker glued to a word above
it, lets the pdf-text reader be chosen (thinly); plain text with one glued number and a
numbered line has no page structure and is not.  Page numbers, table-of-contents lines
and numbered list items of the body start no note (documents written for the tests)."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.registry import MIN_CONFIDENCE

BODY = [
    "1 Field methods",
    "",
    "The survey protocol is described in full in the",
    "Station Manual{mark} and was revised after the first season.",
    "",
    "Every plot was visited twice, once in spring and once in",
    "late summer, by the same two observers.",
    "",
]
CENTRED_FOLIO = ["", "                                          7", ""]
NEXT_PAGE = ["2 Results", "", "The counts rose in the second season."]


def document(note: list[str], after: list[str], mark: str = "1") -> str:
    body = "\n".join(BODY).format(mark=mark)
    return body + "\n" + "\n".join(note + after + NEXT_PAGE) + "\n"


URL_NOTE = [" 1", "     https://manual.example.org/stations/"]
CITED_NOTE = ["1 K. Ostrova, Plot Surveys in Upland Meadows (Tartu, 2017), 44."]
WORDY_NOTE = ["1 The second observer joined in the third week."]


@pytest.mark.parametrize(
    ("note", "after", "mark", "chosen"),
    [
        pytest.param(URL_NOTE, CENTRED_FOLIO, "1", True, id="url-note-centred-folio"),
        pytest.param(URL_NOTE, ["", "\f"], "1", True, id="url-note-form-feed"),
        pytest.param(CITED_NOTE, ["", "7", "\f"], "1", True, id="cited-note-folio-form-feed"),
        pytest.param(URL_NOTE, ["", ""], "1", False, id="no-page-structure"),
        pytest.param(WORDY_NOTE, CENTRED_FOLIO, "1", False, id="note-cites-nothing"),
        pytest.param(URL_NOTE, CENTRED_FOLIO, "", False, id="no-marker"),
        pytest.param(URL_NOTE, CENTRED_FOLIO, "2", False, id="marker-of-another-number"),
    ],
)
def test_lone_footnote_choice(note: list[str], after: list[str], mark: str, chosen: bool) -> None:
    text = document(note, after, mark)
    fit = pdftext.score(text)
    if chosen:
        assert MIN_CONFIDENCE <= fit < 0.5  # chosen, and the confidence says it is thin
        doc = pdftext.read(text)
        assert [n.label for n in doc.footnotes] == ["1"]
        assert [m.line for m in doc.markers] == [4]
    else:
        assert fit < MIN_CONFIDENCE


def test_page_number_is_no_note() -> None:
    """The centred page number after the note, then the next page's heading: no note 7
    (nor a note read from "2 Results")."""
    doc = pdftext.read(document(URL_NOTE, CENTRED_FOLIO))
    assert [(n.label, n.text) for n in doc.footnotes] == [
        ("1", "https://manual.example.org/stations/")
    ]


CONTENTS = [
    "Contents",
    "",
    "Preface                                                        1",
    "1 Field methods                                                3",
    "  1.1 Plots . . . . . . . . . . . . . . . . . . . . . . . .   3",
    "  1.2 Observers . . . . . . . . . . . . . . . . . . . . . .   4",
    "2 Results                                                      5",
    "",
    "                                  ii",
    "\f",
]
LIST_PAGE = [
    "Preface",
    "",
    "This report follows the regional handbook3 closely. To repeat a survey:",
    "",
    "      1. Mark the plot corners with the numbered stakes.",
    "      2. Walk the plot in strips two metres wide,",
    "         counting each plant once.",
    "      3. Enter the counts the same day.",
    "",
    "The data are kept by the station.",
    "",
    " 3",
    "     https://handbook.example.org/",
    "",
    "                                  1",
    "\f",
]


@pytest.mark.parametrize(
    ("line", "contents"),
    [
        pytest.param("1.2 Observers . . . . . . . . . . . . .   4", True, id="dot-leaders"),
        pytest.param("1.2 Observers.....................4", True, id="solid-leaders"),
        pytest.param("2 Results                              5", True, id="wide-gap-page"),
        pytest.param("2 K. Ostrova, Plot Surveys (Tartu, 2017), 44", False, id="note-page"),
        pytest.param("3 Ibid., 12.", False, id="ibid"),
        pytest.param("                                  7", False, id="bare-number"),
        pytest.param("4 " + ". " * 5000 + "9", True, id="long-leaders"),
    ],
)
def test_contents_line(line: str, contents: bool) -> None:
    assert pdftext._contents_line(line) is contents
    assert (pdftext._definition(line) is None) is contents or not contents


def test_contents_and_body_list_start_no_notes() -> None:
    """The contents' lines and the indented list give no notes; the one note at the foot
    of the list's page is read with its marker (numbered 3, as the list's last item)."""
    doc = pdftext.read("\n".join(CONTENTS + LIST_PAGE) + "\n")
    assert [(n.label, n.text) for n in doc.footnotes] == [("3", "https://handbook.example.org/")]
    assert [m.line for m in doc.markers] == [13]
