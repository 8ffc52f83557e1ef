"""PDF-to-text of slide decks (Beamer, PowerPoint, Keynote exported to PDF, then pdftotext).

* a footer of four lines repeated on every slide (author, course, date, ``7 / 13``) and
  slide numbers ``7 / 13`` or ``7 of 13`` are page artifacts, never note text;
* note numbers stacked above their texts (``3`` / ``4`` / text of 3 / text of 4);
* a slide's last note number written after its text (``5`` / text of 5 / text of 6 / ``6``);
* a bibliography frame continued over slides (``References I``, ``Bibliography (cont.)``)
  whose entries are set one block to a line (names / title / venue and year).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.pdftext import read
from bibcheck.readers.slides import frame_title, names_line
from tests.test_regex_growth import assert_linear

FF = "\f"
BEAMER_FOOT = ["J. Okonjo (Harbour Institute)", "", "HIST 114 – Session 5", "", "Autumn 2025", ""]


def deck(slides: list[list[str]], foot: list[str], number: str) -> str:
    """Slides as pdftotext writes them: each slide's lines, its footer and its number
    (``number`` formats the slide's number and the count), a form feed between slides."""
    pages = [
        "\n".join([*body, "", *foot, number.format(n=n, of=len(slides)), ""])
        for n, body in enumerate(slides, start=1)
    ]
    return FF.join(pages)


TITLE = ["Ports and Trade", "HIST 114", "", "J. Okonjo", ""]
PLAIN = [
    "Dredging the estuary",
    "",
    "▶ The channel silted every decade1",
    "▶ Steam dredgers arrived in 1861",
    "",
    "1",
    "",
    "K. Marsh, The Silting Estuary (Hull: Dock Press, 1988), 14.",
]
STACKED = [
    "Harbour boards",
    "",
    "▶ Boards levied dues on tonnage2",
    "▶ Shipowners petitioned against them3",
    "",
    "2",
    "3",
    "",
    "P. Lind, Harbour Boards in Britain (London: Ashgate, 1999).",
    "Lind 1999, 40–44.",
]
AFTER = [
    "Two views",
    "",
    "▶ The dues paid for the docks4",
    "▶ Or they kept rivals out5",
    "",
    "4",
    "",
    "Lind 1999, 51.",
    "R. Ames, “Dues and Rivals,” Maritime History Review 7, no. 1",
    "(2004): 33–58.",
    "5",
    "",
]
THREE = [
    "Rivals",
    "",
    "▶ Leith6, Hull7 and Grimsby8",
    "",
    "6",
    "7",
    "8",
    "",
    "Lind 1999, 60.",
    "Ames 2004, 40.",
    "K. Marsh, “Grimsby Docks,” Northern History 12 (1976): 1–20.",
]
SLIDES = [TITLE, PLAIN, STACKED, AFTER, THREE]
NOTES = {
    "1": ("K. Marsh, The Silting Estuary", "1988"),
    "2": ("P. Lind, Harbour Boards in Britain", "1999"),
    "3": ("Lind 1999, 40–44.", "1999"),
    "4": ("Lind 1999, 51.", "1999"),
    "5": ("R. Ames, “Dues and Rivals,”", "2004"),
    "6": ("Lind 1999, 60.", "1999"),
    "7": ("Ames 2004, 40.", "2004"),
    "8": ("K. Marsh, “Grimsby Docks,”", "1976"),
}


@pytest.mark.parametrize(
    ("foot", "number"),
    [
        pytest.param(BEAMER_FOOT, "{n} / {of}", id="beamer-infolines"),
        pytest.param(["Ports and Trade · J. Okonjo", ""], "{n} of {of}", id="powerpoint-n-of-m"),
        pytest.param(["HIST 114", "", "Autumn 2025", "", "J. Okonjo", ""], "{n}/{of}", id="split"),
        pytest.param(["Ports and Trade", ""], "Slide {n} of {of}", id="keynote-slide-word"),
    ],
)
def test_slide_notes_read_whole(foot: list[str], number: str) -> None:
    doc = read(deck(SLIDES, foot, number))
    notes = {n.label: n.text for n in doc.footnotes}
    assert sorted(notes) == sorted(NOTES)
    for label, (start, year) in NOTES.items():
        text = notes[label]
        assert text.startswith(start), (label, text)
        assert year in text, (label, text)
        # nothing of the footer, the slide number or another note in a note
        assert "Okonjo" not in text and " / " not in text and " of 5" not in text
    assert "Ames" not in notes["4"] and "Lind" not in notes["5"]
    assert [m.label for m in doc.markers] == [str(n) for n in range(1, 9)]


def _bibliography(heads: list[str], names: list[str]) -> list[list[str]]:
    entries = [
        [names[0], "The silting estuary.", "Dock Press, Hull, 1988."],
        [names[1], "Harbour boards in Britain.", "Ashgate, London, 1999."],
        [names[2], "Dues and rivals.", "Maritime History Review, 7(1):33–58, 2004."],
        [
            names[3],
            "Coal and the northern ports.",
            "In H. Berg and S. Kaur, editors, Ports of the North Sea,",
            "pages 101–130. Tyne University Press, Newcastle, 2011.",
        ],
    ]
    return [
        [heads[0], *entries[0], *entries[1], *entries[2]],
        [heads[1], "", *entries[3]],
    ]


BLOCK_CASES = [
    pytest.param(
        ["References I", "References II"],
        ["K. Marsh.", "P. Lind.", "R. Ames.", "T. Holt, A. van Dijk, and M. I. Reyes."],
        id="beamer-roman",
    ),
    pytest.param(
        ["Bibliography", "Bibliography (cont.)"],
        ["Marsh, K.", "Lind, P.", "Ames, R.", "Holt, T., van Dijk, A., and Reyes, M. I."],
        id="continued-surname-first",
    ),
    pytest.param(
        ["References (1/2)", "References (2/2)"],
        ["K. Marsh.", "P. Lind.", "R. Ames.", "T. Holt et al."],
        id="counted",
    ),
]


@pytest.mark.parametrize(("heads", "names"), BLOCK_CASES)
def test_block_bibliography_over_slides(heads: list[str], names: list[str]) -> None:
    text = deck([TITLE, PLAIN, *_bibliography(heads, names)], BEAMER_FOOT, "{n} / {of}")
    entries = read(text).literature
    assert len(entries) == 4, [e.text for e in entries]
    for entry, name, year in zip(entries, names, ["1988", "1999", "2004", "2011"], strict=True):
        assert entry.text.startswith(name), entry.text
        assert entry.text.rstrip(".").endswith(year), entry.text
        assert "Okonjo" not in entry.text and "References" not in entry.text


def test_full_names_keep_the_old_reading() -> None:
    """No names with initials alone on a line: no block entries (each line ends with a
    full stop: the ordinary rules apply, as before)."""
    text = "References\n" + "\n".join(
        [
            "Marsh, Karen. The Silting Estuary. Hull: Dock Press, 1988.",
            "Lind, Peter. Harbour Boards in Britain. London: Ashgate, 1999.",
        ]
    )
    assert [e.text[:5] for e in read(text).literature] == ["Marsh", "Lind,"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        pytest.param("References I", "References", id="roman-1"),
        pytest.param("References III", "References", id="roman-3"),
        pytest.param("Bibliography (cont.)", "Bibliography", id="cont"),
        pytest.param("References (continued)", "References", id="continued"),
        pytest.param("References cont’d", "References", id="contd"),
        pytest.param("References (2/3)", "References", id="fraction"),
        pytest.param("References 2 of 3", "References", id="of"),
        pytest.param("Literatur (Forts.)", "Literatur", id="german"),
        pytest.param("References", "References", id="plain"),
        pytest.param("World War II", "World War", id="roman-any-title"),
    ],
)
def test_frame_title(line: str, title: str) -> None:
    assert frame_title(line) == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("A. Bell.", True, id="one"),
        pytest.param("M. I. Herzog.", True, id="two-initials"),
        pytest.param("J.-P. Dupont.", True, id="hyphen-initials"),
        pytest.param("U. Weinreich, W. Labov, and M. I. Herzog.", True, id="three"),
        pytest.param("K. Marsh and P. Lind.", True, id="and"),
        pytest.param("Marsh, K. and Lind, P.", True, id="surname-first"),
        pytest.param("A. van Dijk.", True, id="particle"),
        pytest.param("T. Holt et al.", True, id="et-al"),
        pytest.param("Sociolinguistic Patterns.", False, id="title"),
        pytest.param("In W. P. Lehmann and Y. Malkiel, editors,", False, id="editors"),
        pytest.param("A. Bell, Language Style (London, 1984).", False, id="whole-entry"),
        pytest.param("A. Bell", False, id="no-stop"),
    ],
)
def test_names_line(line: str, expected: bool) -> None:
    assert names_line(line) is expected


def test_handout_two_slides_to_a_page() -> None:
    """A handout (two slides to the page): the upper slide's footer is no note text."""
    more = [[f"Discussion {n}", "", "▶ What did the dues pay for?", ""] for n in range(1, 6)]
    slides = [*SLIDES, *more]
    single = deck(slides, BEAMER_FOOT, "{n} / {of}").split(FF)
    text = FF.join(a + "\n" + b for a, b in zip(single[::2], single[1::2], strict=True))
    notes = {n.label: n.text for n in read(text).footnotes}
    assert sorted(notes) == sorted(NOTES)
    for label, (start, _) in NOTES.items():
        assert notes[label].startswith(start), notes[label]
        assert "Okonjo" not in notes[label] and " / " not in notes[label], notes[label]


# Lines that are no frame title at all but reach frame_title all the same: the pdf-text
# reader is scored on every document, LaTeX source included. Each has a long run of what
# the continued-title suffix accepts (spaces, roman numerals, "1 / 2", dashes), then a
# character that makes the suffix fail. Before the fix a run of 600 spaces took seconds
# (cubic in the run); each is read as written, in time linear in its length.


@pytest.mark.parametrize(
    ("line", "title"),
    [
        pytest.param("&&&&" + " " * 600 + "\\\\", "&&&&" + " " * 600 + "\\\\", id="table-row-600"),
        pytest.param("&" + " " * 10_000 + "x\\\\", "&" + " " * 10_000 + "x\\\\", id="spaces-10k"),
        pytest.param("&" + "\t" * 10_000 + "&", "&" + "\t" * 10_000 + "&", id="tabs-10k"),
        pytest.param("a (cont" + " " * 10_000 + "&", "a (cont" + " " * 10_000 + "&", id="cont-10k"),
        pytest.param("- " * 5_000 + "&", "- " * 4_999 + "- &", id="dashes-10k"),
        pytest.param("2 / " * 2_500 + "&", "2 / " * 2_500 + "&", id="fractions-10k"),
        pytest.param("( " * 5_000 + "&", "( " * 5_000 + "&", id="brackets-10k"),
        pytest.param("References" + " " * 10_000 + "(cont.)", "References", id="far-suffix"),
    ],
)
def test_frame_title_of_a_long_line(line: str, title: str) -> None:
    assert frame_title(line) == title.strip()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "&" + " " * n + "x\\\\", id="spaces"),
        pytest.param(lambda n: "&" + "\t" * n + "&", id="tabs"),
        pytest.param(lambda n: "a (cont" + " " * n + "&", id="cont"),
        pytest.param(lambda n: "- " * (n // 2) + "&", id="dashes"),
        pytest.param(lambda n: "2 / " * (n // 4) + "&", id="fractions"),
        pytest.param(lambda n: "( " * (n // 2) + "&", id="brackets"),
        pytest.param(lambda n: "References" + " " * n + "(cont.)", id="far-suffix"),
    ],
)
def test_frame_title_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(frame_title, line)
