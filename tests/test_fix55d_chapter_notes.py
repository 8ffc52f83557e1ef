"""Notes numbered anew in each chapter, and endnotes gathered at the back of a book.

* a ``Notes`` section at the back of a book in any language (``Przypisy``,
  ``Anmerkungen``, ``Notas``), its chapters' notes under subheadings (``Chapter 2``,
  ``Kapitel 2``, ``2. Shipbuilding``), numbers restarting per chapter: ``chapter.n`` labels;
* a skip inside one chapter's numbers is a numbering gap (``2.1``, ``2.3``);
* LibreOffice's footnotes counted per chapter (``start-numbering-at="chapter"``);
* hand-numbered reStructuredText footnotes that skip a number;
* a span of publication years (``Boston 1918–1920.``) and of volumes (``t. 1–5``) in a note.

Every fixture is written here, in the shapes such documents have.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Anomaly, AnomalyCode, RawMarker, RawNote
from bibcheck.parse.numbering import check_numbering
from bibcheck.parse.references import parse_reference
from bibcheck.readers import pdftext
from bibcheck.readers.odtchapters import ChapterHead, chapter_labels, printed_number
from bibcheck.readers.rst import read as read_rst
from tests import test_notemarks_docx as docx
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# Numbering gaps inside chapter.n labels
# --------------------------------------------------------------------------


def _gaps(labels: list[str]) -> list[Anomaly]:
    markers = [RawMarker(label, k + 1, 1, 0, 0) for k, label in enumerate(labels)]
    notes = [RawNote(label, "Text.", 100 + k, 100 + k) for k, label in enumerate(labels)]
    return [a for a in check_numbering(markers, notes) if a.code is AnomalyCode.NUMBERING_GAP]


@pytest.mark.parametrize(
    ("labels", "missing"),
    [
        (["1.1", "1.2", "1.3", "2.1", "2.2"], []),
        (["1.1", "1.2", "2.1", "2.3", "2.4"], [("2.2", 4)]),
        (["1.1", "1.3", "2.1", "2.2"], [("1.2", 2)]),
        (["A.1", "A.2", "A.5"], [("A.3", 3)]),
        (["p3.1", "p3.2", "p4.1", "p4.3"], [("p4.2", 4)]),
        # a part that goes on counting from the part before (Word sections that do not restart)
        (["1.1", "1.2", "2.3", "2.4"], []),
        # named labels, no numbers: nothing to say
        (["intro.a", "intro.b", "minipage1.a"], []),
        # plain numbers as before
        (["1", "2", "4"], [("3", 3)]),
    ],
    ids=[
        "restart-no-gap",
        "skip-in-chapter-two",
        "skip-in-chapter-one",
        "appendix-letters",
        "per-page",
        "continuing-part",
        "names",
        "plain",
    ],
)
def test_gaps_inside_each_part(labels: list[str], missing: list[tuple[str, int]]) -> None:
    assert [(a.footnote, a.line) for a in _gaps(labels)] == missing


# --------------------------------------------------------------------------
# A book's notes at the back, in chapters
# --------------------------------------------------------------------------


def _book(heading: str, sub1: str, sub2: str, second: tuple[int, int, int] = (1, 2, 3)) -> str:
    body1 = [
        "                              Chapter One",
        "",
        "     The harbour towns of the coast grew quickly after the war, as the",
        "older histories of trade have long argued.1 Yet the evidence from the",
        "customs books tells a more careful story.2",
        "",
        "",
        "                                                                     3",
    ]
    body2 = [
        "                              Chapter Two",
        "",
        f"     Shipbuilding followed a different rhythm, tied to timber prices.{second[0]}",
        f"The yards of the estuary closed one by one.{second[1]} Only two survived the",
        f"slump of the thirties.{second[2]}",
        "",
        "",
        "                                                                     4",
    ]
    notes = [
        f"                              {heading}",
        "",
        sub1,
        "",
        "  1 Margaret Holloway, Ports and Power, London 1987, p. 45.",
        "  2 Peter Lindgren, Customs and Coasts, Oxford 1999, pp. 12–18.",
        "",
        sub2,
        "",
        f"  {second[0]} Ruth Adebayo, Timber and Trade, Cambridge 2004, p. 9.",
        f"  {second[1]} Ibid., p. 31.",
        f"  {second[2]} Hans Weber, Werften im Wandel, Hamburg 1978, S. 120.",
        "",
        "",
        "                                                                   201",
    ]
    return "\f".join("\n".join(page) + "\n" for page in (body1, body2, notes))


RESTARTED = ["1.1", "1.2", "2.1", "2.2", "2.3"]


@pytest.mark.parametrize(
    ("heading", "sub1", "sub2"),
    [
        ("Notes", "Chapter 1", "Chapter 2"),
        ("NOTES", "Chapter One", "Chapter Two"),
        ("Anmerkungen", "Kapitel 1", "Kapitel 2"),
        ("Przypisy", "Rozdział 1", "Rozdział 2"),
        ("Notas", "Capítulo 1", "Capítulo 2"),
        ("Примечания", "Глава 1", "Глава 2"),
        ("Notes", "1. Harbour Towns", "2. Shipbuilding"),
        ("Noter", "Harbour Towns", "Shipbuilding"),
    ],
    ids=["en", "en-caps", "de", "pl", "es", "ru", "numbered-titles", "titles-sv"],
)
def test_notes_at_the_back_restart_per_chapter(heading: str, sub1: str, sub2: str) -> None:
    doc = pdftext.read(_book(heading, sub1, sub2))
    assert [n.label for n in doc.footnotes] == RESTARTED
    assert [m.label for m in doc.markers] == RESTARTED
    texts = [n.text for n in doc.footnotes]
    assert texts[1].endswith("pp. 12–18.")  # the subheading is no part of the note above
    assert texts[2].startswith("Ruth Adebayo")


def test_a_skip_inside_a_chapter_is_a_numbering_gap() -> None:
    text = _book("Notes", "Chapter 1", "Chapter 2", second=(1, 3, 4))
    doc = parse_bytes(text.encode(), "book.txt")
    gaps = [a for a in doc.all_anomalies() if a.code is AnomalyCode.NUMBERING_GAP]
    assert [(a.footnote, a.line) for a in gaps] == [("2.2", 12)]
    assert {f.label for f in doc.footnotes} == {"1.1", "1.2", "2.1", "2.3", "2.4"}


def test_no_skip_no_gap() -> None:
    doc = parse_bytes(_book("Przypisy", "Rozdział 1", "Rozdział 2").encode(), "book.txt")
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.NUMBERING_GAP not in codes
    assert AnomalyCode.DUPLICATE_DEFINITION not in codes


def test_a_notes_section_of_prose_is_no_notes() -> None:
    """``Notes`` as an ordinary section of the text: prose, no numbered notes under it."""
    text = "\n".join(
        [
            "     The harbour towns of the coast grew quickly after the war.",
            "",
            "                              Notes",
            "",
            "     These notes on method explain how the customs books were read and",
            "why the figures for 1911 are left out of the tables that follow.",
            "     2 tables give the tonnage and the ships, counted by hand.",
            "",
        ]
    )
    analysis = pdftext._analyse(text)
    assert analysis.notes == []


def test_a_short_continuation_line_stays_in_its_note() -> None:
    """A note's last line that ends no sentence, right under it (no blank line before),
    is the note's text, not a subheading; a subheading after a note that ends no sentence
    is one where the numbers start again."""
    text = _book("Notes", "Chapter 1", "Chapter 2")
    text = text.replace(
        "  1 Margaret Holloway, Ports and Power, London 1987, p. 45.",
        "  1 Margaret Holloway, Ports and Power, London:\n    Harbour Press",
    ).replace("Oxford 1999, pp. 12–18.", "Oxford 1999, pp. 12–18")
    doc = pdftext.read(text)
    assert [n.label for n in doc.footnotes] == RESTARTED
    assert doc.footnotes[0].text.endswith("Harbour Press")
    assert doc.footnotes[1].text.endswith("pp. 12–18")


# --------------------------------------------------------------------------
# OpenDocument footnotes counted per chapter
# --------------------------------------------------------------------------

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
SOURCES = [
    "Anna Berg, <text:span>Skolan och staden</text:span> (Lund: Gleerup, 1994), s. 12.",
    "Berg, Skolan och staden, s. 40.",
    "Erik Holm, <text:span>Lärarna</text:span> (Stockholm: Norstedts, 2001), s. 5.",
    "Ibid., s. 9.",
]


def _note(mark: int, k: int) -> str:
    return (
        f'<text:note text:id="n{k}" text:note-class="footnote">'
        f"<text:note-citation>{mark}</text:note-citation><text:note-body>"
        f"<text:p>{SOURCES[k % len(SOURCES)]}</text:p></text:note-body></text:note>"
    )


def _odt(chapters: list[tuple[str, int]], per_chapter: bool) -> bytes:
    body, k = [], 0
    body.append('<text:h text:outline-level="1">Förkortningar</text:h>')
    body.append("<text:p>RA = Riksarkivet</text:p>")
    for title, count in chapters:
        body.append(f'<text:h text:outline-level="1">{title}</text:h>')
        for mark in range(1, count + 1):
            shown = mark if per_chapter else k + 1
            body.append(f"<text:p>Skolan växte i staden under dessa år.{_note(shown, k)}</text:p>")
            k += 1
    config = (
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" '
        f'text:start-value="0" text:start-numbering-at="{"chapter" if per_chapter else "document"}"/>'
    )
    styles = f"<office:document-styles {NS}><office:styles>{config}</office:styles></office:document-styles>"
    content = (
        f"<office:document-content {NS}><office:body><office:text>{''.join(body)}"
        "</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
    return out.getvalue()


@pytest.mark.parametrize(
    ("chapters", "per_chapter", "labels"),
    [
        ([("1 Inledning", 2), ("2 Bakgrund", 2)], True, ["1.1", "1.2", "2.1", "2.2"]),
        ([("Kapitel 3", 1), ("Kapitel 4", 2)], True, ["3.1", "4.1", "4.2"]),
        ([("Chapter II: Towns", 1), ("Chapter III: Yards", 1)], True, ["2.1", "3.1"]),
        ([("Inledning", 2), ("Bakgrund", 1)], True, ["1.1", "1.2", "2.1"]),
        # one chapter with notes: nothing restarts, the marks are the labels
        ([("1 Inledning", 3)], True, ["1", "2", "3"]),
        # counted through the document: the marks as printed
        ([("1 Inledning", 2), ("2 Bakgrund", 2)], False, ["1", "2", "3", "4"]),
    ],
    ids=["numbered", "kapitel", "roman", "unnumbered", "one-chapter", "document-count"],
)
def test_odt_notes_per_chapter(
    chapters: list[tuple[str, int]], per_chapter: bool, labels: list[str]
) -> None:
    doc = parse_bytes(_odt(chapters, per_chapter), "thesis.odt")
    assert [f.label for f in doc.footnotes] == labels
    codes = {a.code for a in doc.all_anomalies()}
    assert not codes & {AnomalyCode.DUPLICATE_DEFINITION, AnomalyCode.DUPLICATE_MARKER}


def test_odt_prose_under_the_last_heading_is_no_unread_list() -> None:
    doc = parse_bytes(_odt([("1 Inledning", 1), ("2 Bakgrund", 3)], True), "thesis.odt")
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("2 Bakgrund: från folkskola", "2"),
        ("3. Method", "3"),
        ("Kapitel 4", "4"),
        ("Chapter IV: The Yards", "4"),
        ("IX. Conclusions", "9"),
        ("Introduction", None),
        ("CIVIL Rights", None),
        ("In 1990 the towns", None),
    ],
)
def test_printed_chapter_number(heading: str, number: str | None) -> None:
    assert printed_number(heading) == number


def test_chapter_labels_only_where_two_chapters_hold_notes() -> None:
    paras = [
        ChapterHead(1, "Preface"),
        ChapterHead(2, None),
        ChapterHead(3, "1 Start"),
        ChapterHead(4, None),
        ChapterHead(5, "2 Middle"),
        ChapterHead(6, None),
    ]
    assert chapter_labels(paras, {4, 6}) == {4: "1", 6: "2"}
    assert chapter_labels(paras, {4}) == {}
    assert chapter_labels(paras, {2, 4}) == {2: "1", 4: "2"}  # "Preface" unnumbered: counted


# --------------------------------------------------------------------------
# reStructuredText footnotes numbered by hand
# --------------------------------------------------------------------------


def _rst(marks: list[str]) -> str:
    lines = ["Bab dua", "=======", ""]
    for mark in marks:
        lines += [f"Kalimat tentang kebun teh di Priangan [{mark}]_.", ""]
    lines += [".. rubric:: Catatan", ""]
    for k, mark in enumerate(marks):
        lines += [f".. [{mark}] Catatan nomor {k + 1} tentang upah pemetik teh.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("marks", "gaps"),
    [
        (["1", "2", "4", "5"], [("3", 8)]),
        (["1", "2", "3"], []),
        (["#", "#", "#"], []),
        # docutils gives the auto-numbered one the number left free (3): no gap
        (["1", "2", "#", "4"], []),
    ],
    ids=["hand-skip", "hand-in-order", "auto", "mixed"],
)
def test_rst_hand_numbered_skip(marks: list[str], gaps: list[tuple[str, int]]) -> None:
    doc = parse_bytes(_rst(marks).encode(), "bab2.rst")
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.NUMBERING_GAP]
    assert [(a.footnote, a.line) for a in found] == gaps
    assert read_rst(_rst(marks)).footnotes


# --------------------------------------------------------------------------
# Spans of years and of volumes in a note
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "title", "year"),
    [
        (
            "J. Kowalski, A. Nowak, Dzieje wsi, t. 1–3, Warszawa 1980–1982.",
            "book",
            "Dzieje wsi",
            1980,
        ),
        ("M. Holloway, Ports and Power, vol. 2, London 1987–89.", "book", None, 1987),
        (
            "The harbour was rebuilt by the town in the years from 1918–1920.",
            "commentary",
            None,
            None,
        ),
        (
            "Port toll books, Stadsarkiv, Kalmar, Tullräkenskaper, Kalmar 1610–1615.",
            "commentary",
            None,
            None,
        ),
        (
            "Se översikten i Karin Ek, Hamnar och handel (Lund: Gleerup, 1994), s. 12.",
            "book",
            "Hamnar och handel",
            1994,
        ),
        (
            "Zob. omówienie w J. Kowalski, Dzieje wsi, Warszawa 1980, s. 5.",
            "book",
            "Dzieje wsi",
            1980,
        ),
    ],
    ids=[
        "volumes-and-years",
        "short-span",
        "prose-span",
        "archival-span",
        "lead-in-sv",
        "lead-in-pl",
    ],
)
def test_spans_in_notes(text: str, kind: str, title: str | None, year: int | None) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.kind.value == kind
    assert ref.year == year
    if title is not None:
        assert ref.title == title


# --------------------------------------------------------------------------
# The new and widened patterns stay linear on long lines
# --------------------------------------------------------------------------

GROWTH = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Kapitel " * (n // 8), id="chapter-words"),
    pytest.param(lambda n: "IVX" * (n // 3), id="roman-run"),
    pytest.param(lambda n: "1918–" * (n // 5), id="year-spans"),
    pytest.param(lambda n: ", t. 1–5" * (n // 8), id="volume-spans"),
    pytest.param(lambda n: "  1 " + "Notes " * ((n - 4) // 6), id="note-words"),
]


@pytest.mark.parametrize("line", GROWTH)
def test_patterns_stay_linear(line: Callable[[int], str]) -> None:
    assert_linear(printed_number, line)
    assert_linear(lambda s: parse_reference(s, [1], note=True), line)
    assert_linear(pdftext._is_notes_heading, line)


@pytest.mark.parametrize(
    ("line", "after_text", "heading"),
    [
        ("                 Przypisy", True, True),
        ("Anmerkungen", True, True),
        ("Note", True, True),  # Italian
        ("Note", False, False),  # a document's title, nothing before it
        ("Notes", False, True),
        ("Notes on the sources used", True, False),
        ("Przypisy i bibliografia do rozdziału pierwszego tej książki", True, False),
    ],
)
def test_notes_heading(line: str, after_text: bool, heading: bool) -> None:
    assert pdftext._is_notes_heading(line, after_text) is heading


# --------------------------------------------------------------------------
# Word: footnotes and endnotes restarting per section, in their number formats
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "fmt", "labels"),
    [
        ("footnote", "decimal", ["1.1", "1.2", "2.1", "2.2"]),
        ("footnote", "lowerLetter", ["1.a", "1.b", "2.a", "2.b"]),
        ("footnote", "chicago", ["1.*", "1.\u2020", "2.*", "2.\u2020"]),
        ("endnote", "lowerRoman", ["1.i", "1.ii", "2.i", "2.ii"]),
        ("endnote", "upperLetter", ["1.A", "1.B", "2.A", "2.B"]),
    ],
)
def test_word_notes_restart_per_section_in_their_format(
    kind: str, fmt: str, labels: list[str]
) -> None:
    restart = docx.pr(kind, fmt, restart="eachSect")
    body = [
        docx.para("Chapter one", docx.ref(1, kind), docx.ref(2, kind), section=restart),
        docx.para("Chapter two", docx.ref(3, kind)),
        docx.para("still chapter two", docx.ref(4, kind)),
    ]
    feet, ends = (4, 0) if kind == "footnote" else (0, 4)
    data = docx.build(body, feet, ends, settings="", last_section=restart)
    found, markers = docx.labels(data)
    assert found == labels
    assert markers == labels
    codes = {a.code for a in parse_bytes(data, "notes.docx").all_anomalies()}
    assert not codes & {AnomalyCode.DUPLICATE_DEFINITION, AnomalyCode.NUMBERING_GAP}


def test_word_notes_counted_through_sections_keep_plain_marks() -> None:
    """Without ``numRestart`` the count runs on over a section break: no chapter labels."""
    body = [
        docx.para("Chapter one", docx.ref(1, "footnote"), section=docx.pr("footnote", "decimal")),
        docx.para("Chapter two", docx.ref(2, "footnote"), docx.ref(3, "footnote")),
    ]
    data = docx.build(body, 3, 0, settings="", last_section=docx.pr("footnote", "decimal"))
    assert docx.labels(data)[0] == ["1", "2", "3"]
