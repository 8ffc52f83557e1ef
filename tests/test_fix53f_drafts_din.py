"""Fix 53f: a typed draft's endnotes in plain text (superscript or ``[n]`` markers, notes
as ``N text`` paragraphs at the end), DIN ISO 690 heads in capitals, DIN patents, method and
report numbers in Vancouver entries, bracketed addresses cut by a PDF's wrap (no wikitext
evidence), and a PDF's footnotes left as numbered paragraphs (named by the refusal).
Own fixtures, written in the shapes real documents use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import din690, parse_reference
from bibcheck.parse.references.socialposts import without_handle
from bibcheck.readers import mediawiki, plaintext
from bibcheck.readers.endnotetext import SUPER_MARKER, end_notes, marker_labels
from bibcheck.readers.evidence import citation_evidence
from bibcheck.readers.notepars import note_paragraphs
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# A typed draft's endnotes
# --------------------------------------------------------------------------

_BODY = """\
Harbour Lights: Radio Call-ins on the Atlantic Coast

Ana Ferreira

1. Opening

Listeners phoned the station from kitchens and lorries.¹ The format
spread fast, as Keller had predicted,² and within a year most county
stations carried one.³ Some hosts disliked it.⁴
"""


def _draft(notes: str, body: str = _BODY, heading: str = "NOTES") -> str:
    return f"{body}\n{heading}\n\n{notes}"


_BARE = """\
1 Joan Keller, Voices on the Line: Call-in Radio and Its Publics
(Boston: Harbour Press, 2011), 45-67.
2 Joan Keller, "Radio Talk after the Phone-in," Journal of Broadcast
History 12 (2015): 101-19.
3 Tom Byrne, interview by the author, Galway, May 3, 2022.
4 Marta Silva, "Hosts Against the Phones," Radio Weekly, June 2,
2020, https://example.org/radio/hosts.
"""
_DOTTED = """\
1. Joan Keller, Voices on the Line (Boston: Harbour Press, 2011),
45-67.

2. Joan Keller, "Radio Talk," Journal of Broadcast History 12 (2015).

3. Tom Byrne, interview by the author, Galway, May 3, 2022.

4. Marta Silva, "Hosts Against the Phones," Radio Weekly, 2020.
"""
_BRACKETED = """\
[1] Joan Keller, Voices on the Line (Boston: Harbour Press, 2011).
[2] Joan Keller, "Radio Talk," Journal of Broadcast History 12 (2015).
[3] Tom Byrne, interview by the author, Galway, May 3, 2022.
[4] Marta Silva, "Hosts Against the Phones," Radio Weekly, 2020.
"""
# a note wrapped so that a line opens with a number: "12 (2015)" continues note 2
_WRAPPED_NUMBER = """\
1 Joan Keller, Voices on the Line (Boston: Harbour Press, 2011), 45,
and Joan Keller, "Radio Talk," Journal of Broadcast History
3 (2015): 101-19.
2 Tom Byrne, interview by the author, Galway, May 3, 2022.
3 Marta Silva, "Hosts Against the Phones," Radio Weekly, 2020.
4 Keller, Voices on the Line, 70.
"""
# the notes skip 3: the numbering check reports it (the reader keeps the numbers)
_SKIPPING = """\
1 Joan Keller, Voices on the Line (Boston: Harbour Press, 2011).
2 Joan Keller, "Radio Talk," Journal of Broadcast History 12 (2015).
4 Marta Silva, "Hosts Against the Phones," Radio Weekly, 2020.
"""


@pytest.mark.parametrize(
    ("notes", "heading", "labels", "first_lines"),
    [
        (_BARE, "NOTES", ["1", "2", "3", "4"], [13, 15, 17, 18]),
        (_DOTTED, "Notes", ["1", "2", "3", "4"], [13, 16, 18, 20]),
        (_BRACKETED, "Endnotes", ["1", "2", "3", "4"], [13, 14, 15, 16]),
        (_WRAPPED_NUMBER, "NOTES", ["1", "2", "3", "4"], [13, 16, 17, 18]),
        (_SKIPPING, "Notes", ["1", "2", "4"], [13, 14, 15]),
        (_BARE, "-----", ["1", "2", "3", "4"], [13, 15, 17, 18]),  # a separator line
    ],
)
def test_end_notes_found(
    notes: str, heading: str, labels: list[str], first_lines: list[int]
) -> None:
    found = end_notes(_draft(notes, heading=heading).splitlines())
    assert found is not None
    assert [n.label for n in found.notes] == labels
    assert [n.line for n in found.notes] == first_lines


def test_wrapped_number_stays_in_its_note() -> None:
    found = end_notes(_draft(_WRAPPED_NUMBER).splitlines())
    assert found is not None
    assert found.notes[0].text.endswith("3 (2015): 101-19.")


@pytest.mark.parametrize(
    "text",
    [
        # a numbered list of sections, no notes heading over it
        _BODY + "\n1 First point of the plan, with a comma.\n2 Second point, too.\n",
        # a notes heading over prose, no numbered notes
        _draft("The notes will follow in the next version.\nSee the appendix.\n"),
        # one note only
        _draft("1 Joan Keller, Voices on the Line (Boston: Harbour Press, 2011).\n"),
        # numbering that does not start at 1
        _draft("5 Joan Keller, Voices.\n6 Tom Byrne, interview.\n"),
    ],
)
def test_no_end_notes(text: str) -> None:
    assert end_notes(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("kitchens.¹ The", ["1"]),
        ("predicted,² and", ["2"]),
        ("it.¹⁴ Then", ["14"]),
        ("sources.¹⁻³", ["1", "2", "3"]),
        ("sources.¹˒³", ["1", "3"]),
        ("studies²", ["2"]),
        ("3 m² of floor", []),  # a unit's power
        ("an area of 40 km²", []),
        ("10⁶ cells", []),  # a power of ten
        ("where x² grows", []),  # a one-letter symbol
    ],
)
def test_superscript_markers(text: str, labels: list[str]) -> None:
    found = [n for m in SUPER_MARKER.finditer(text) for n in marker_labels(m.group("label"))]
    assert found == labels


def test_plain_text_reads_the_draft() -> None:
    text = _draft(_SKIPPING, body=_BODY.replace("one.³", "one."))
    assert plaintext.score(text) == pytest.approx(0.6)
    raw = plaintext.read(text)
    assert [(m.label, m.line) for m in raw.markers] == [("1", 7), ("2", 8), ("4", 9)]
    assert [n.label for n in raw.footnotes] == ["1", "2", "4"]
    assert raw.title == "Harbour Lights: Radio Call-ins on the Atlantic Coast"


def test_plain_text_reads_bracket_markers_with_bare_notes() -> None:
    body = _BODY.replace("¹", "[1]").replace("²", "[2]").replace("³", "[3]").replace("⁴", "[4]")
    raw = plaintext.read(_draft(_BARE, body=body))
    assert [m.label for m in raw.markers] == ["1", "2", "3", "4"]
    assert [n.label for n in raw.footnotes] == ["1", "2", "3", "4"]
    assert not raw.literature


def test_numbered_reference_list_is_still_a_list() -> None:
    # [n] citing a numbered list under References: the list, as before (not notes)
    text = (
        "Title\n\nPumps fail early [1], as tests show [2].\n\nReferences\n\n"
        "1. A. Kim, Pump wear, J. Fluids 3 (2010) 1-9.\n"
        "2. B. Lee, Seal tests, J. Fluids 4 (2011) 9-19.\n"
    )
    raw = plaintext.read(text)
    assert [n.label for n in raw.literature] == ["1", "2"]


def test_wrapped_url_in_a_note_is_joined() -> None:
    notes = (
        "1 Joan Keller, Voices on the Line (Boston: Harbour Press, 2011).\n"
        "2 Marta Silva, Hosts Against the Phones, Radio Weekly, 2020, https://example.\n"
        "org/radio/hosts-against-the-phones.\n"
    )
    raw = plaintext.read(_draft(notes, body=_BODY.replace("one.³", "one.").replace("⁴", "")))
    assert "https://example.org/radio/hosts-against-the-phones" in raw.footnotes[1].text


# --------------------------------------------------------------------------
# DIN ISO 690 heads, German titles, patents, Vancouver numbers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BERGMANN, Lea: Title here.", "Bergmann, Lea: Title here."),
        (
            "OSTERTAG, Jens ; MÜLLER-LANG, Eva (Hrsg.): Title.",
            "Ostertag, Jens ; Müller-Lang, Eva (Hrsg.): Title.",
        ),
        (
            "LANDESAMT FÜR UMWELT UND GEOLOGIE (Hrsg.): Bericht.",
            "Landesamt für Umwelt und Geologie (Hrsg.): Bericht.",
        ),
        ("WATER: A HISTORY OF THINGS. London 2001.", None),  # a title in capitals
        ("SILVA, Ana. Title of a book. Rio de Janeiro: Forense, 2021.", None),  # ABNT
        ("Bergmann, Lea: Title here.", None),  # ordinary case: nothing to change
        ("NASA: Artemis plan.", None),  # one word in capitals: an acronym, kept
    ],
)
def test_din_title_cased(text: str, expected: str | None) -> None:
    assert din690.title_cased(text) == expected


@pytest.mark.parametrize(
    ("entry", "authors", "title", "year", "kind"),
    [
        (
            "BERGMANN, Lea ; OSTERTAG, Jens: Feuchteschäden in Fachwerkwänden. In: "
            "Bauphysik 41 (2019), Nr. 2, S. 88–97. – DOI 10.1002/bapi.201900001",
            ["Bergmann", "Ostertag"],
            "Feuchteschäden in Fachwerkwänden",
            2019,
            None,
        ),
        (
            "VOGT, Karin: Lehmputze im Bestand. Kassel, Universität, Fachbereich Architektur, "
            "Dissertation, 2016",
            ["Vogt"],
            "Lehmputze im Bestand",
            2016,
            None,
        ),
        (
            # a subtitle before the thesis's kind, its institution after it: no DIN statement
            "Brandt, Jonas: Zollstreit im Hafen. Prozesse vor dem Kieler Rat 1500–1550, "
            "Magisterarbeit, Universität Kiel 2009.",
            ["Brandt"],
            "Zollstreit im Hafen. Prozesse vor dem Kieler Rat 1500–1550",
            2009,
            None,
        ),
        (
            "HAHN, Otto: Die Dachwerke. Nachdruck der Ausgabe Berlin 1912. Hannover : "
            "Verlag Th. Schäfer, 2004. – ISBN 3-88746-000-0",
            ["Hahn"],
            "Die Dachwerke",
            2004,
            None,
        ),
        (
            "LANDESAMT FÜR UMWELT UND GEOLOGIE (Hrsg.): Grundwasser im Lockergestein : "
            "Bericht 2019. Dresden, 2020 (Schriftenreihe 7/2020). – URL https://example.org/lfug",
            [],
            "Grundwasser im Lockergestein: Bericht 2019",
            2020,
            RefKind.REPORT,
        ),
        (
            "Patent DE 10 2019 204 118 A1 (2020-10-01). KORN, Felix ; ABEL, Nina (Erfinder); "
            "Muster Bau GmbH (Anmelder): Befestigungsmittel für Holzbalken",
            ["Korn", "Abel"],
            "Befestigungsmittel für Holzbalken",
            2020,
            RefKind.PATENT,
        ),
        (
            "EP 3 612 448 B1 (Nordlicht Sensorik AB), Sensor housing for pipes, 14 April 2021.",
            ["Nordlicht"],  # (the applicant: its first word)
            "Sensor housing for pipes",
            2021,
            RefKind.PATENT,
        ),
        (
            "Carver AB, Lund T, editors. Standard methods for soil analysis. 3rd ed. Boston "
            "(MA): Field Press; 2019. Method 3120-B, Metals by emission.",
            ["Carver", "Lund"],
            "Standard methods for soil analysis",
            2019,
            None,
        ),
        (
            "Ortiz LA, Hale J. Culvert hydraulics reference manual. Report No.: EPA/625/R-19/004. "
            "Denver (CO): Water Agency; 2019.",
            ["Ortiz", "Hale"],
            "Culvert hydraulics reference manual",
            2019,
            None,
        ),
    ],
)
def test_entry_fields(
    entry: str, authors: list[str], title: str, year: int, kind: RefKind | None
) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert [a.split(",")[0].split()[0] for a in ref.authors] == authors or (
        not authors and ref.title == title
    )
    assert ref.title == title
    assert ref.year == year
    if kind is not None:
        assert ref.kind is kind


def test_method_number_is_no_year() -> None:
    ref = parse_reference(
        "Carver AB, editor. Standard methods for soil analysis. Boston (MA): Field Press; "
        "2019. Method 4500-P E.",
        (1,),
        detect_styles=True,
    )
    assert ref.year == 2019
    assert ref.year_raw != "4500"


def test_gost_keeps_its_heads() -> None:
    # a GOST entry (no colon after the names) is no DIN head
    ref = parse_reference(
        "Иванов, И. И. Заглавие : учебник / И. И. Иванов. – Москва : Наука, 2010. – 200 с.",
        (1,),
        detect_styles=True,
    )
    assert ref.style == "gost"
    assert not din690.head("Иванов, И. И. Заглавие : учебник")


# --------------------------------------------------------------------------
# Wikitext evidence, a PDF's notes as paragraphs
# --------------------------------------------------------------------------

_CUT_LINKS = (
    "Body text.\n\n1 A. Author, Title, https://example.org/a [https://perma.cc/V K4Q-F7RV].\n\n"
    "2 B. Author, Title [https://per ma.cc/HQ2T-Z2U9].\n\n"
    "3 C. Author, Title [https://p erma.cc/D4KZ-AX8G].\n"
)
_WIKI_LINKS = (
    "Body [https://example.org Example site] and [https://example.net The Net] "
    "and [https://example.com Home].\n"
)


@pytest.mark.parametrize(("text", "fits"), [(_CUT_LINKS, False), (_WIKI_LINKS, True)])
def test_wikitext_external_links(text: str, fits: bool) -> None:
    assert (mediawiki.score(text) > 0) is fits


def _pdf_notes(count: int) -> str:
    parts = ["# A TITLE", "", "Body text that cites. 1 More body text. 2"]
    for n in range(1, count + 1):
        parts += ["", f"{n} Ann Author, Title {n}, 12 L. REV. {n} (2019), https://example.org/{n}."]
        parts += ["", "Body text goes on here between the notes of the page."]
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (_pdf_notes(6), 6),
        (_pdf_notes(4), None),  # too few
        # numbered section headings: no note
        ("1 Introduction\n\ntext\n\n2 Methods\n\n3 Results\n\n4 Talk\n\n5 End\n\n6 More\n", None),
        # a Markdown numbered list
        ("".join(f"{n}. Point, with a comma.\n\n" for n in range(1, 8)), None),
    ],
)
def test_note_paragraphs(text: str, count: int | None) -> None:
    found = note_paragraphs(text.splitlines())
    assert (found.count if found else None) == count


def test_note_paragraphs_are_evidence() -> None:
    evidence = citation_evidence(_pdf_notes(6))
    assert any(e.what.startswith("paragraphs numbered as notes") for e in evidence)


# --------------------------------------------------------------------------
# Growth
# --------------------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "A" * n, id="capitals"),
    pytest.param(lambda n: "AB, Cd " * (n // 7), id="names-no-colon"),
    pytest.param(lambda n: "AB, Cd ; " * (n // 9), id="names-semicolons"),
    pytest.param(lambda n: "AB " * (n // 3), id="capital-words"),
    pytest.param(lambda n: "a.¹" * (n // 3), id="superscripts"),
    pytest.param(lambda n: "word²" * (n // 5), id="glued-superscripts"),
    pytest.param(lambda n: "[https://a " * (n // 11), id="open-links"),
    pytest.param(lambda n: "[https://a b/" + "c" * (n - 13), id="long-link-text"),
    pytest.param(lambda n: "1 " * (n // 2), id="numbers"),
]


@pytest.mark.parametrize("line", LINES)
def test_din_head_is_linear(line: Line) -> None:
    assert_linear(lambda text: din690.title_cased(text + ": Title"), line)


@pytest.mark.parametrize("line", LINES)
def test_superscript_markers_are_linear(line: Line) -> None:
    assert_linear(lambda text: list(SUPER_MARKER.finditer(text)), line)


@pytest.mark.parametrize("line", LINES)
def test_wikitext_evidence_is_linear(line: Line) -> None:
    assert_linear(mediawiki.score, line)


@pytest.mark.parametrize("line", LINES)
def test_end_notes_are_linear(line: Line) -> None:
    assert_linear(lambda text: end_notes(["Body", "", "NOTES", "1 A, b.", f"2 {text}"]), line)


# --------------------------------------------------------------------------
# Posts, videos and episodes on their platforms (Chicago 14.206-14.209)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "author", "kind"),
    [
        (
            'Lena Park (@lenapark), "Ferry timetables are a public good," X, March 3, 2021, '
            "https://x.com/lenapark/status/1234567890123456789.",
            "Park",
            RefKind.WEB,
        ),
        (
            'Tomás Ruiz (@tomas.ruiz), "Harbour at dawn," Instagram, May 1, 2022, '
            "https://www.instagram.com/p/AbCdEf123/.",
            "Ruiz",
            RefKind.WEB,
        ),
        (
            'Ana Costa, "Mending nets -- a short film," YouTube video, 12:04, posted by '
            '"Harbour Films," June 5, 2019, https://www.youtube.com/watch?v=abcDEF12345.',
            "Costa",
            RefKind.WEB,
        ),
        # a journal's article with a URL of its own: no platform, kept as read
        (
            'Lena Park, "Ferry timetables," Journal of Transport History 41, no. 2 (2020): '
            "101-19, https://example.org/jth/41/2/park.",
            "Park",
            RefKind.ARTICLE,
        ),
    ],
)
def test_platform_posts(note: str, author: str, kind: RefKind) -> None:
    ref = parse_reference(note, (1,), detect_styles=True)
    assert ref.authors and author in ref.authors[0]
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Lena Park (@lenapark), “Text,” X", "Lena Park, “Text,” X"),
        ("Lena Park (ed.), Title", "Lena Park (ed.), Title"),  # no handle
        ("A post by (@someone) later, Title", "A post by (@someone) later, Title"),
    ],
)
def test_without_handle(rest: str, expected: str) -> None:
    assert without_handle(rest) == expected


@pytest.mark.parametrize("line", LINES)
def test_without_handle_is_linear(line: Line) -> None:
    assert_linear(lambda text: without_handle(text + " (@x), b"), line)
