"""fix59a: OpenDocument notes and list entries keep their italics, as Word's do.

A span is in italics when its text style (an automatic ``T1``, a named ``Emphasis``, or the
style it inherits from) sets ``fo:font-style`` italic; a span that sets nothing keeps the
italics of what holds it (the paragraph's style first).  The italics are written ``*…*``
(:mod:`bibcheck.readers.italicmarks`) and given to the note and list parsers, as the DOCX
reader gives Word's: an italic title ends where they end, an italic container after a
plain title makes an article.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.readers.odt import marked_paragraph, read_bytes
from bibcheck.readers.odtstyles import read_styles

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def _style(name: str, family: str, props: str, parent: str = "") -> str:
    above = f' style:parent-style-name="{parent}"' if parent else ""
    return (
        f'<style:style style:name="{name}" style:family="{family}"{above}>'
        f"<style:text-properties {props}/></style:style>"
    )


AUTOMATIC = "".join(
    [
        _style("T1", "text", 'fo:font-style="italic"'),
        _style("T2", "text", 'fo:font-style="italic" fo:font-weight="bold"'),
        _style("T3", "text", 'fo:font-style="normal"'),
        _style("T4", "text", 'fo:font-weight="bold"'),
        _style("T5", "text", 'fo:font-size="9pt"', parent="Emphasis"),
        _style("T6", "text", 'fo:font-style="oblique"'),
        _style("P1", "paragraph", 'fo:font-style="italic"', parent="Footnote"),
    ]
)
NAMED = _style("Emphasis", "text", 'fo:font-style="italic"')


def it(text: str, style: str = "T1") -> str:
    return f'<text:span text:style-name="{style}">{text}</text:span>'


def para(inner: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


def heading(text: str) -> str:
    return f'<text:h text:outline-level="1">{text}</text:h>'


def note(number: int, inner: str, style: str = "Footnote") -> str:
    return (
        f'<text:note text:id="ftn{number}" text:note-class="footnote">'
        f"<text:note-citation>{number}</text:note-citation>"
        f"<text:note-body>{para(inner, style)}</text:note-body></text:note>"
    )


def odt(body: str) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} '
        f'office:version="1.3"><office:automatic-styles>{AUTOMATIC}</office:automatic-styles>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>'
        f"<office:styles>{NAMED}</office:styles></office:document-styles>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


STYLES = read_styles(
    [
        ET.fromstring(f"<office:automatic-styles {NS}>{AUTOMATIC}</office:automatic-styles>"),
        ET.fromstring(f"<office:styles {NS}>{NAMED}</office:styles>"),
    ]
)


@pytest.mark.parametrize(
    ("name", "paragraph", "want"),
    [
        ("T1", False, True),
        ("T2", False, True),  # bold italic
        ("T3", False, False),  # set upright
        ("T4", False, None),  # bold only: says nothing of italics
        ("T5", False, True),  # inherits from Emphasis
        ("T6", False, True),  # oblique
        ("Emphasis", False, True),
        ("Emphasis_20_Strong", False, True),  # not defined here: its name says emphasis
        ("Source_20_Text", False, None),
        (None, False, None),
        ("P1", True, True),
        ("Footnote", True, None),
    ],
)
def test_style_italics(name: str | None, paragraph: bool, want: bool | None) -> None:
    assert STYLES.italic(name, paragraph=paragraph) is want


@pytest.mark.parametrize(
    ("inner", "style", "want"),
    [
        (
            "Ann Roe, " + it("Harbour Towns") + " (Leeds, 1998).",
            "Footnote",
            "Ann Roe, *Harbour Towns* (Leeds, 1998).",
        ),
        # one title over several spans (an edit split it), bold italic among them
        (
            "Ann Roe, " + it("Salt and ") + it("Silver", "T2") + ", Leeds 1998.",
            "Footnote",
            "Ann Roe, *Salt and Silver*, Leeds 1998.",
        ),
        (
            "Ann Roe, " + it("Salt") + it(" and Silver, ", "T6") + "Leeds 1998.",
            "Footnote",
            "Ann Roe, *Salt and Silver*, Leeds 1998.",
        ),
        (
            "Ann Roe, " + it("Merchant Guilds", "Emphasis") + " (Oxford, 1987).",
            "Footnote",
            "Ann Roe, *Merchant Guilds* (Oxford, 1987).",
        ),
        (
            "Ann Roe, " + it("Merchant Guilds", "T5") + " (Oxford, 1987).",
            "Footnote",
            "Ann Roe, *Merchant Guilds* (Oxford, 1987).",
        ),
        # a bold span inside an italic one keeps the italics; an upright one ends them
        (
            "Bo Lin, " + it("Rivers " + it("of", "T4") + " Gold") + ", 2001.",
            "Footnote",
            "Bo Lin, *Rivers of Gold*, 2001.",
        ),
        # an italic paragraph style, the author's name set upright in it
        (
            it("Bo Lin, ", "T3") + "Rivers of Gold" + it(", 2001.", "T3"),
            "P1",
            "Bo Lin, *Rivers of Gold*, 2001.",
        ),
        ("Bo Lin, Rivers of Gold, 2001.", "Footnote", "Bo Lin, Rivers of Gold, 2001."),
        ("Bo Lin, " + it("  ") + "Rivers, 2001.", "Footnote", "Bo Lin,   Rivers, 2001."),
    ],
    ids=[
        "automatic",
        "split-bold-italic",
        "oblique-joined",
        "named-emphasis",
        "inherited",
        "nested-bold",
        "italic-paragraph",
        "none",
        "blank-italic",
    ],
)
def test_marked_paragraph(inner: str, style: str, want: str) -> None:
    element = ET.fromstring(f"<office:text {NS}>{para(inner, style)}</office:text>")[0]
    assert marked_paragraph(element, STYLES) == want


def test_marked_text_keeps_note_text_unchanged() -> None:
    body = heading("Essay") + para(
        "Ports grew." + note(1, "Ann Roe, " + it("Harbour Towns") + ", Leeds 1998, 4.")
    )
    doc = read_bytes(odt(body), "a.odt")
    (found,) = doc.footnotes
    assert found.text == "Ann Roe, Harbour Towns, Leeds 1998, 4."
    assert found.marked == "Ann Roe, *Harbour Towns*, Leeds 1998, 4."


CHICAGO_NOTES = [
    (
        "Eva Lund, ",
        "Harbours, Canals and Locks",
        ", Glasgow 2003, 17.",
        "Harbours, Canals and Locks",
        ("Eva Lund",),
        2003,
    ),
    ("Tom Hale, ", "River Trade", " 45.", "River Trade", ("Tom Hale",), None),
    ("Mark Fry, ", "Life on the Clyde", ", chap. 4.", "Life on the Clyde", ("Mark Fry",), None),
    (
        "Ruth Kent, ",
        "Salt, Silver, and Sail: Trade in the North",
        " (Boston: Ridge, 2004), 12.",
        "Salt, Silver, and Sail: Trade in the North",
        ("Ruth Kent",),
        2004,
    ),
]


def test_chicago_notes_read_their_italic_titles() -> None:
    notes = "".join(
        f"Sentence {k}." + note(k, lead + it(title) + tail)
        for k, (lead, title, tail, *_) in enumerate(CHICAGO_NOTES, 1)
    )
    doc = parse_bytes(odt(heading("Essay") + para(notes)), "notes.odt")
    got = [
        (f.reference.title, f.reference.authors, f.reference.year)
        for f in doc.footnotes
        if f.reference
    ]
    assert got == [(title, authors, year) for *_, title, authors, year in CHICAGO_NOTES]


def test_polish_note_title_over_split_spans() -> None:
    inner = (
        "K. Wolski, "
        + it("Porty ")
        + it("Bałtyku – ", "T2")
        + it("studium")
        + ", „Rocznik Morski” 2014, t. 3, s. 10–22."
    )
    doc = parse_bytes(odt(heading("Esej") + para("Zdanie." + note(1, inner))), "pl.odt")
    found = doc.footnotes[0].reference
    assert found is not None
    assert (found.kind, found.title, found.host, found.year) == (
        RefKind.ARTICLE,
        "Porty Bałtyku – studium",
        "Rocznik Morski",
        2014,
    )


def test_apa_list_italic_journals_and_books() -> None:
    body = (
        heading("Essay")
        + para("Tides were logged (Adams, 2021; Brown, 2019; Cole, in press).")
        + heading("References")
        + para(
            "Adams, J. (2021). Tidal records of small harbours. "
            + it("Coastal Review, 14")
            + "(2), 33–50."
        )
        + para("Brown, K. (2019). " + it("Ships and ") + it("sailors", "T2") + ". Harbour Press.")
        + para(
            "Cole, M. (in press). Salt routes reconsidered. "
            + it("Journal of Maritime History", "Emphasis")
            + "."
        )
    )
    doc = parse_bytes(odt(body), "apa.odt")
    got = [(e.reference.kind, e.reference.title, e.reference.host) for e in doc.literature]
    assert got == [
        (RefKind.ARTICLE, "Tidal records of small harbours", "Coastal Review"),
        (RefKind.BOOK, "Ships and sailors", None),
        # in press: no volume or pages, the italic journal name tells the article
        (RefKind.ARTICLE, "Salt routes reconsidered", "Journal of Maritime History"),
    ]


def test_list_entry_with_no_italics_is_read_plain() -> None:
    body = (
        heading("Essay")
        + para("Tides (Cole, 2020).")
        + heading("References")
        + para("Cole, M. (2020). Salt routes reconsidered. Harbour Press.")
    )
    (entry,) = read_bytes(odt(body), "plain.odt").literature
    assert entry.marked == ""


@pytest.mark.parametrize(
    ("plain", "marked", "title"),
    [
        # a multi-volume work and its volume's own italic title: one title, read whole
        (
            "Historia Krakowa, t. 3: 1796–1918, cz. 1, red. A. Nowak, Kraków 1994, s. 40.",
            "*Historia Krakowa*, t. 3: *1796–1918*, cz. 1, red. A. Nowak, Kraków 1994, s. 40.",
            "Historia Krakowa, t. 3: 1796–1918, cz. 1",
        ),
        # a volume number with no title of its own: the italic run is the title
        (
            "J. Mazur, Młyny, t. 2, Lublin 2018, s. 5.",
            "J. Mazur, *Młyny*, t. 2, Lublin 2018, s. 5.",
            "Młyny",
        ),
        (
            "Eva Lund, Harbours, Canals and Locks, Glasgow 2003, 17.",
            "Eva Lund, *Harbours, Canals and Locks*, Glasgow 2003, 17.",
            "Harbours, Canals and Locks",
        ),
    ],
    ids=["volume-title", "volume-number", "commas-in-title"],
)
def test_note_titles_read_with_italics(plain: str, marked: str, title: str) -> None:
    ref = italic_reference(plain, marked, (1,), note=True, title_run=True)
    assert ref.title == title


def test_odt_note_multivolume_work() -> None:
    inner = (
        it("Historia Krakowa")
        + ", t. 3: "
        + it("1796–1918")
        + ", cz. 1, red. A. Nowak, Kraków 1994, s. 40."
    )
    doc = parse_bytes(odt(heading("Esej") + para("Zdanie." + note(1, inner))), "krk.odt")
    found = doc.footnotes[0].reference
    assert found is not None
    assert (found.kind, found.title, found.year) == (
        RefKind.BOOK,
        "Historia Krakowa, t. 3: 1796–1918, cz. 1",
        1994,
    )
