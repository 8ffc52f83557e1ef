"""Page-bottom footnotes of a paper that cites a numbered list by ``[n]`` (pdftotext output,
with and without ``-layout``): the list citations are tied to the list, the footnotes are
read as notes with their markers and URLs (lines written for the tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument, RawNote, Severity
from bibcheck.parse.coverage import coverage
from bibcheck.readers.columns import Row
from bibcheck.readers.pagenotes import column_pages, list_notes, note_shaped, split_unmarked
from tests.test_regex_growth import assert_linear

# --- one column, Springer LNCS style, plain pdftotext ------------------------------------

LNCS_PAGE_ONE = [
    "Tidal Loading on Floating Pontoons: A Field Study",
    "",
    "Ruth Okafor1 and Mats Lind2",
    "",
    "1 Harbour Institute, Bergen, Norway",
    "2 Coastal Laboratory, Gdansk, Poland",
    "",
    "Abstract. We measure the mooring loads of six floating pontoons over",
    "a year and compare them with the values of the design code.",
    "",
    "1 Introduction",
    "",
    "Floating pontoons carry boats and people in most small harbours [1]. Their",
    "anchoring is designed from tables [2, 3] that assume a calm basin; storm",
    "surges break that assumption [4]. We logged the loads with an open sensor",
    "kit1 and compare them with the values of the current code [5]. All data",
    "and scripts are public.2",
    "",
    "1 https://github.com/harbour-lab/pontoon-kit",
    "2 https://doi.org/10.5281/zenodo.7654321",
]
LNCS_PAGE_TWO = [
    "2 R. Okafor and M. Lind",
    "",
    "2 Method",
    "",
    "Six pontoons were fitted with strain links as in [6]. Each link was read",
    "at 50 Hz by a logger of the kind used in earlier surveys [7, 8], and the",
    "loads were reduced to hourly maxima following [9].3 The sea state came",
    "from a wave buoy at the harbour mouth [10].",
    "",
    "3 The buoy is run by the port authority; its records for 2023 are kept at",
    "https://data.example.org/buoy/records-2023.",
]
LNCS_PAGE_THREE = [
    "Tidal Loading on Floating Pontoons 3",
    "",
    "References",
    "",
    "1. Berg, A.: Small Harbour Design. Marine Press, Oslo (2015)",
    "2. Holm, K., Sand, P.: Anchoring of pontoons. Coast. Eng. 41, 12-30 (2009)",
    "3. Nyberg, L.: Mooring tables revisited. In: Proc. Harbour Conf., pp. 5-9 (2012)",
    "4. Ward, T.: Storm surges in closed basins. Ocean Dyn. 60, 101-118 (2016)",
    "5. Nordic Port Council: Design Code for Small Craft Harbours. NPC, Malmo (2020)",
    "6. Fisk, R., Ali, S.: Strain links for mooring lines. Sensors 19, 44-51 (2019)",
    "7. Dahl, E.: Loggers at sea. J. Mar. Tech. 8, 3-17 (2018)",
    "8. Vik, O.: A survey of harbour loads. Port Rev. 12, 77-90 (2017)",
    "9. Lund, B.: Hourly maxima of line loads. Appl. Ocean Res. 88, 1-8 (2021)",
    "10. Moe, J.: Wave buoys in harbours. In: Proc. Coastal Symp., pp. 40-48 (2022)",
]


def lncs() -> str:
    return "\n".join([*LNCS_PAGE_ONE, "\f" + LNCS_PAGE_TWO[0], *LNCS_PAGE_TWO[1:]]) + (
        "\n\f" + "\n".join(LNCS_PAGE_THREE) + "\n\f"
    )


def lncs_layout() -> str:
    """The same through ``pdftotext -layout``: the title centred, the running heads spread
    over the line, the notes indented like the text."""
    out = []
    for line in lncs().split("\n"):
        if line.startswith("Tidal Loading on Floating Pontoons:"):
            line = "          " + line
        elif line == "\f2 R. Okafor and M. Lind":
            line = "\f2                               R. Okafor and M. Lind"
        elif line == "Tidal Loading on Floating Pontoons 3":
            line = "                     Tidal Loading on Floating Pontoons                      3"
        elif line:
            line = "   " + line
        out.append(line)
    return "\n".join(out)


# --- two columns, IEEE style, plain pdftotext (columns one after the other) --------------

IEEE_PAGE_ONE = [
    "Strain Monitoring of Timber Footbridges",
    "with Low-Cost Loggers",
    "",
    "I. INTRODUCTION",
    "Timber footbridges are inspected by eye [1], [2]. Sensors",
    "are costly [3] and rarely left in place [4]. We log strain",
    "with a board that costs a tenth of a commercial one.1",
    "",
    "II. METHOD",
    "Each bridge carried four gauges [5]. Over the winter the",
    "strain range of all six bridges exceeded the design value",
    "by 35.2 The range was compared with the model of [6] and",
    "with the measurements of [7], [8].",
    "",
    "1 Sampled by the logger at",
    "2 kHz and filtered; see Section III.",
    "2 The design values are those of the national annex of",
    "2019, https://www.example.org/annex/timber-2019.",
]
IEEE_PAGE_TWO = [
    "REFERENCES",
    "[1] A. Berg, “Visual inspection of footbridges,” Struct. Eng.,",
    "vol. 9, pp. 1–9, 2011.",
    "[2] B. Holm, Timber Bridges. Oslo, Norway: Wood Press, 2014.",
    "[3] C. Dahl, “Sensor costs,” in Proc. SHM Conf., 2016, pp. 3–7.",
    "[4] D. Vik, “Sensors left in place,” Measurement, vol. 88,",
    "pp. 40–48, 2018.",
    "[5] E. Moe, “Strain gauges on glulam,” Constr. Build. Mater.,",
    "vol. 120, pp. 11–19, 2019.",
    "[6] F. Lund, “A model of deck strain,” Eng. Struct., vol. 201,",
    "pp. 5–15, 2020.",
    "[7] G. Nyberg, “Winter strain,” J. Bridge Eng., vol. 26, 2021.",
    "[8] H. Fisk, “Bridges in the cold,” Cold Reg. Sci. Technol.,",
    "vol. 190, pp. 1–10, 2022.",
]


def ieee() -> str:
    return "\n".join([*IEEE_PAGE_ONE, "\f" + IEEE_PAGE_TWO[0], *IEEE_PAGE_TWO[1:]]) + "\n\f"


# --- two columns, IEEE style, pdftotext -layout (columns side by side) -------------------

LAYOUT_LEFT = [
    "I. INTRODUCTION",
    "Culverts under rural roads silt up [1]. Their",
    "inspection is done by hand [2], [3] and is",
    "rarely repeated [4]. We mount a camera on a",
    "small float that is pushed through the pipe.1",
    "Its images are stitched as in [5].",
    "",
    "",
    "1 https://github.com/culvert-lab/float-cam",
]
LAYOUT_RIGHT = [
    "II. RESULTS",
    "Forty culverts were inspected [6]. The float",
    "found silt in eleven that the survey of [7] had",
    "rated clear, and cracks in three of them.2 The",
    "images are kept with the road authority [8].",
    "",
    "",
    "",
    "2 Cracks wider than 2 mm; see the images at",
    "https://data.example.org/culverts/cracks.",
]
LAYOUT_LIST_LEFT = [
    "REFERENCES",
    "[1] A. Berg, “Silt in culverts,” J. Hydrol.",
    "     Eng., vol. 12, pp. 1–9, 2010.",
    "[2] B. Holm, “Culvert inspection,” Public",
    "     Works, vol. 8, pp. 33–41, 2013.",
    "[3] C. Dahl, Road Drainage. Oslo, Norway:",
    "     Road Press, 2015.",
    "[4] D. Vik, “How often are culverts seen?”",
    "     Transp. Res. Rec., vol. 2601, 2017.",
]
LAYOUT_LIST_RIGHT = [
    "[5] E. Moe, “Stitching pipe images,” Mach.",
    "     Vis. Appl., vol. 30, pp. 5–15, 2019.",
    "[6] F. Lund, “Forty culverts,” in Proc.",
    "     Road Conf., 2020, pp. 12–20.",
    "[7] G. Nyberg, “A survey of rural culverts,”",
    "     Rural Roads, vol. 4, pp. 7–19, 2021.",
    "[8] H. Fisk, Culvert Records. Bergen,",
    "     Norway: Roads Authority, 2022.",
]


def side_by_side(left: list[str], right: list[str], gap: int = 8) -> list[str]:
    depth = max(len(left), len(right))
    width = max(len(line) for line in left) + gap
    rows = zip(
        [*left, *[""] * (depth - len(left))], [*right, *[""] * (depth - len(right))], strict=True
    )
    return [f"{a:<{width}}{b}".rstrip() for a, b in rows]


def layout() -> str:
    page_one = [
        "        Float Cameras for Culvert Inspection",
        "",
        *side_by_side(LAYOUT_LEFT, LAYOUT_RIGHT),
    ]
    page_two = side_by_side(LAYOUT_LIST_LEFT, LAYOUT_LIST_RIGHT)
    return "\n".join([*page_one, "\f" + page_two[0], *page_two[1:]]) + "\n\f"


def read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "paper.txt")


def warnings(doc: ParsedDocument) -> list[str]:
    return [
        f"{f.kind} {f.lines}: {f.message}"
        for f in analyse_document(doc, {}, {})
        if f.severity is not Severity.INFO
    ]


CASES = [
    pytest.param(
        lncs(),
        {
            "1": (16, "https://github.com/harbour-lab/pontoon-kit"),
            "2": (17, "https://doi.org/10.5281/zenodo.7654321"),
            "3": (27, "https://data.example.org/buoy/records-2023"),
        },
        10,
        id="lncs-one-column-three-notes",
    ),
    pytest.param(
        lncs_layout(),
        {
            "1": (16, "https://github.com/harbour-lab/pontoon-kit"),
            "2": (17, "https://doi.org/10.5281/zenodo.7654321"),
            "3": (27, "https://data.example.org/buoy/records-2023"),
        },
        10,
        id="lncs-one-column-layout",
    ),
    pytest.param(
        ieee(),
        {"1": (7, None), "2": (12, "https://www.example.org/annex/timber-2019")},
        8,
        id="ieee-two-column-plain",
    ),
    pytest.param(
        layout(),
        {
            "1": (7, "https://github.com/culvert-lab/float-cam"),
            "2": (6, "https://data.example.org/culverts/cracks"),
        },
        8,
        id="ieee-two-column-layout",
    ),
]


@pytest.mark.parametrize(("text", "notes", "entries"), CASES)
def test_footnotes_read_beside_the_numbered_list(
    text: str, notes: dict[str, tuple[int, str | None]], entries: int
) -> None:
    doc = read(text)
    assert doc.reader == "plain-text"
    assert [e.number for e in doc.literature] == list(range(1, entries + 1))
    found = {f.label: f for f in doc.footnotes if not f.label.startswith("[")}
    assert sorted(found) == sorted(notes)  # no continuation line ("2 kHz") became a note
    for label, (line, url) in notes.items():
        note = found[label]
        assert [m.line for m in note.markers] == [line], label
        assert note.reference.url == url, label
        assert note.literature is None
    # the list citations are tied to their entries, labelled [n]
    cited = [f for f in doc.footnotes if f.label.startswith("[")]
    assert {f.label for f in cited} == {f"[{n}]" for n in range(1, entries + 1)}
    assert all(f.literature is not None and f"[{f.literature.number}]" == f.label for f in cited)
    assert not doc.stray_markers
    assert not warnings(doc)


def test_a_note_whose_next_line_starts_with_a_number_keeps_it() -> None:
    note = {f.label: f for f in read(ieee()).footnotes}["1"]
    assert "2 kHz and filtered" in note.reference.raw


def test_no_footnotes_no_change() -> None:
    text = "\n".join(line for line in lncs().split("\n") if not line.startswith(("1 h", "2 h")))
    text = text.replace("kit1", "kit").replace("public.2", "public.").replace("[9].3", "[9].")
    text = text.replace("3 The buoy is run", "The buoy is run")
    doc = read(text)
    assert doc.reader == "plain-text"
    assert sorted(f.label for f in doc.footnotes) == sorted(str(n) for n in range(1, 11))
    assert all(f.literature is not None for f in doc.footnotes)
    assert C.UNREAD_REGION not in [a.code for a in doc.all_anomalies()]


def test_a_note_with_no_marker_is_reported_not_dropped() -> None:
    doc = read(lncs().replace("public.2", "public."))  # the converter lost the marker
    found = {f.label for f in doc.footnotes if not f.label.startswith("[")}
    assert found == {"1", "3"}
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1
    assert "numbered 2" in unread[0].message and unread[0].line == 20
    assert "web address" in unread[0].message
    assert "Not read: 1 part with citations not read" in coverage(doc).line()


def test_affiliation_numbers_are_no_markers() -> None:
    doc = read(lncs())
    notes = {f.label: f for f in doc.footnotes if not f.label.startswith("[")}
    assert "Harbour Institute" not in notes["1"].reference.raw
    assert [m.line for m in notes["1"].markers] == [16]  # "kit1", not "Okafor1"


@pytest.mark.parametrize(
    ("text", "lines", "shaped"),
    [
        pytest.param("https://github.com/org/tool", 1, True, id="url-alone"),
        pytest.param("Measured on the bench; see Section 4.", 1, True, id="sentence"),
        pytest.param("Sampled at\n2 kHz and filtered.", 2, True, id="two-lines"),
        pytest.param("Method", 1, False, id="section-heading"),
        pytest.param("Results and Discussion", 1, False, id="longer-heading"),
        pytest.param("", 1, False, id="number-alone"),
        pytest.param("a\nb\nc\nd\ne\nf\ng", 7, False, id="runs-over-the-column"),
    ],
)
def test_note_shape(text: str, lines: int, shaped: bool) -> None:
    assert note_shaped(text, lines) is shaped


def test_columns_count_as_pages() -> None:
    rows = [Row(0, "a"), Row(1, "b"), Row(0, "c"), Row(1, "d"), Row(3, "e"), Row(4, "f")]
    text = "a\nb\n\f\ne\nf"  # line 2 starts page 2
    assert column_pages(text, rows) == [0, 0, 1, 1, 2, 2]


def test_no_form_feed_no_notes() -> None:
    rows = [Row(i, line) for i, line in enumerate(LNCS_PAGE_ONE)]
    assert not list_notes("\n".join(LNCS_PAGE_ONE), rows, set()).notes


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "4.2 " * (n // 4), id="decimals"),
        pytest.param(lambda n: "x" * n, id="one-word"),
        pytest.param(lambda n: "https://" + "a/" * (n // 2), id="address"),
        pytest.param(lambda n: "Okafor1 and " * (n // 12), id="byline-like"),
    ],
)
def test_a_long_line_reads_in_linear_time(line: Callable[[int], str]) -> None:
    # (a growth check, no fixed bound: the page read with the line at 10,000 characters
    # against at 1,000; it was tens of seconds at 10,000, quadratic)
    def read_with(long_line: str) -> object:
        text = "\n".join(
            [*LNCS_PAGE_ONE[:-2], long_line, "", *LNCS_PAGE_ONE[-2:], "\f", *LNCS_PAGE_THREE]
        )
        return read(text + "\n\f")

    assert_linear(read_with, line)


@pytest.mark.parametrize(
    ("text", "own", "lost"),
    [
        pytest.param(
            "See the kit at\nhttps://a.org/kit.",
            "See the kit at\nhttps://a.org/kit.",
            None,
            id="one-note",
        ),
        pytest.param(
            "https://a.org/kit\n2 https://b.org/data",
            "https://a.org/kit",
            ("2", "https://b.org/data"),
            id="next-note-ran-in",
        ),
        pytest.param(
            "Sampled at\n1 kHz; see Section 4.",
            "Sampled at\n1 kHz; see Section 4.",
            None,
            id="continuation-with-a-number",
        ),
        pytest.param(
            "Tables at\n2 kHz and at www.a.org",
            "Tables at\n2 kHz and at www.a.org",
            None,
            id="next-number-no-address",
        ),
        pytest.param(
            "Data at\n3 https://c.org", "Data at\n3 https://c.org", None, id="not-the-next-number"
        ),
    ],
)
def test_split_unmarked(text: str, own: str, lost: tuple[str, str] | None) -> None:
    note = RawNote("1", text, 10, 10 + text.count("\n"), tuple(range(10, 11 + text.count("\n"))))
    head, tail = split_unmarked(note)
    assert head.text == own
    assert (None if tail is None else (tail.label, tail.text)) == lost
    if tail is not None:
        assert tail.line == 11 and head.end_line == 10


def test_notes_numbered_again_on_each_page() -> None:
    text = lncs().replace("[9].3", "[9].1").replace("3 The buoy is run", "1 The buoy is run")
    doc = read(text)
    notes = {f.label: f for f in doc.footnotes if not f.label.startswith("[")}
    assert {label: [m.line for m in f.markers] for label, f in notes.items()} == {
        "p1.1": [16],
        "p1.2": [17],
        "p2.1": [27],
    }
    assert not doc.stray_markers
    claims = [m.claim.text for f in doc.footnotes for m in f.markers if m.claim is not None]
    assert claims and not [c for c in claims if "\x00" in c or "[p" in c]
