"""Word note marks as Word prints them: the numbering format, start value and restarts
that ``settings.xml`` and each section's ``<w:sectPr>`` set for footnotes and endnotes.

Each package is assembled in the test from small XML strings: body paragraphs with note
references, optional section breaks (a paragraph holding a ``<w:sectPr>``), the notes and,
optionally, a settings part.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.docxnum import NoteNumbering, note_mark

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W_NS}"'

SOURCES = [
    "Marsh, Olive. Tidal Mills of the North Sea. Leiden: Brill, 2009.",
    "Ferreira, Joana. 'Salt pans and labour'. Coastal History 12 (2015): 33-51.",
    "Harbour Board. Annual Report 1911. https://archive.example.org/hb/1911",
    "Lindqvist, Per. Herring and Empire. Stockholm: Atlantis, 1998.",
    "Okafor, Ngozi. Lagoon Trade. Ibadan: University Press, 2004.",
]


def ref(note_id: int, kind: str) -> str:
    return f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r>'


def para(text: str, *refs: str, section: str = "") -> str:
    ppr = f"<w:pPr><w:sectPr>{section}</w:sectPr></w:pPr>" if section else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{"".join(refs)}</w:p>'


def notes(kind: str, count: int) -> str:
    seps = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p/></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p/></w:{kind}>'
    )
    body = "".join(
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:t>{SOURCES[(i - 1) % len(SOURCES)]}</w:t></w:r>'
        f"</w:p></w:{kind}>"
        for i in range(1, count + 1)
    )
    return f"<w:{kind}s {NS}>{seps}{body}</w:{kind}s>"


def build(
    body: list[str],
    feet: int = 0,
    ends: int = 0,
    settings: str | None = None,
    last_section: str = "",
) -> bytes:
    rels = [("rIdD", "officeDocument", "word/document.xml")]
    doc_rels: list[tuple[str, str, str]] = []
    parts = {
        "word/document.xml": f"<w:document {NS}><w:body>{''.join(body)}"
        f"<w:sectPr>{last_section}</w:sectPr></w:body></w:document>"
    }
    if feet:
        parts["word/footnotes.xml"] = notes("footnote", feet)
        doc_rels.append(("rIdF", "footnotes", "footnotes.xml"))
    if ends:
        parts["word/endnotes.xml"] = notes("endnote", ends)
        doc_rels.append(("rIdE", "endnotes", "endnotes.xml"))
    if settings is not None:
        parts["word/settings.xml"] = f"<w:settings {NS}>{settings}</w:settings>"
        doc_rels.append(("rIdS", "settings", "settings.xml"))

    def relations(items: list[tuple[str, str, str]]) -> str:
        inner = "".join(
            f'<Relationship Id="{i}" Type="{REL}/{k}" Target="{t}"/>' for i, k, t in items
        )
        return f'<Relationships xmlns="{REL_NS}">{inner}</Relationships>'

    parts["_rels/.rels"] = relations(rels)
    parts["word/_rels/document.xml.rels"] = relations(doc_rels)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def pr(kind: str, fmt: str | None = None, start: int | None = None, restart: str = "") -> str:
    inner = f'<w:numFmt w:val="{fmt}"/>' if fmt else ""
    inner += f'<w:numStart w:val="{start}"/>' if start is not None else ""
    inner += f'<w:numRestart w:val="{restart}"/>' if restart else ""
    return f"<w:{kind}Pr>{inner}</w:{kind}Pr>"


def labels(data: bytes) -> tuple[list[str], list[str]]:
    doc = parse_bytes(data, "notes.docx")
    markers = [m.label for f in doc.footnotes for m in f.markers]
    return [f.label for f in doc.footnotes], markers


THREE_FEET = [
    para("Mills ground grain", ref(1, "footnote"), ref(2, "footnote")),
    para("and salt was boiled", ref(3, "footnote")),
]
THREE_ENDS = [
    para("Mills ground grain", ref(1, "endnote"), ref(2, "endnote")),
    para("and salt was boiled", ref(3, "endnote")),
]
SEPARATORS = '<w:endnote w:id="-1"/><w:endnote w:id="0"/>'


@pytest.mark.parametrize(
    ("body", "feet", "ends", "settings", "expected"),
    [
        (THREE_ENDS, 0, 3, f"<w:endnotePr>{SEPARATORS}</w:endnotePr>", ["i", "ii", "iii"]),
        (THREE_ENDS, 0, 3, pr("endnote", "lowerRoman"), ["i", "ii", "iii"]),
        (THREE_ENDS, 0, 3, pr("endnote", "upperRoman"), ["I", "II", "III"]),
        (THREE_ENDS, 0, 3, pr("endnote", "decimal"), ["1", "2", "3"]),
        (THREE_ENDS, 0, 3, None, ["1", "2", "3"]),
        (THREE_FEET, 3, 0, "", ["1", "2", "3"]),
        (THREE_FEET, 3, 0, pr("footnote", "lowerLetter"), ["a", "b", "c"]),
        (THREE_FEET, 3, 0, pr("footnote", "upperLetter"), ["A", "B", "C"]),
        (THREE_FEET, 3, 0, pr("footnote", "chicago"), ["*", "\u2020", "\u2021"]),
        (THREE_FEET, 3, 0, pr("footnote", "decimal", start=7), ["7", "8", "9"]),
        (THREE_ENDS, 0, 3, pr("endnote", "upperRoman", start=4), ["IV", "V", "VI"]),
    ],
    ids=[
        "endnotes-word-default-roman",
        "endnotes-lower-roman",
        "endnotes-upper-roman",
        "endnotes-decimal",
        "no-settings-part-decimal",
        "footnotes-default-decimal",
        "footnotes-lower-letter",
        "footnotes-upper-letter",
        "footnotes-chicago",
        "footnotes-start-7",
        "endnotes-start-4",
    ],
)
def test_document_wide_note_format(
    body: list[str], feet: int, ends: int, settings: str | None, expected: list[str]
) -> None:
    notes_found, markers = labels(build(body, feet, ends, settings))
    assert notes_found == expected
    assert markers == expected


def test_section_properties_override_the_document() -> None:
    body = [para("Ports grew", ref(1, "footnote")), para("and so did trade", ref(2, "footnote"))]
    data = build(
        body, feet=2, settings=pr("footnote", "decimal"), last_section=pr("footnote", "upperRoman")
    )
    assert labels(data)[0] == ["I", "II"]


def test_numbering_restarts_in_each_section_with_the_section_in_front() -> None:
    restart = pr("footnote", "decimal", restart="eachSect")
    body = [
        para("First chapter", ref(1, "footnote"), ref(2, "footnote"), section=restart),
        para("Second chapter", ref(3, "footnote")),
        para("still the second", ref(4, "footnote")),
    ]
    data = build(body, feet=4, settings="", last_section=restart)
    found, markers = labels(data)
    assert found == ["1.1", "1.2", "2.1", "2.2"]
    doc = parse_bytes(data, "notes.docx")
    assert not {C.DUPLICATE_DEFINITION, C.NUMBERING_GAP} & {a.code for a in doc.all_anomalies()}


def test_sections_change_the_format_and_continue_the_count() -> None:
    body = [
        para("Preface", ref(1, "footnote"), section=pr("footnote", "lowerRoman")),
        para("Main text", ref(2, "footnote"), ref(3, "footnote")),
    ]
    data = build(body, feet=3, settings="", last_section=pr("footnote", "decimal"))
    assert labels(data)[0] == ["i", "2", "3"]


@pytest.mark.parametrize(
    ("foot_fmt", "end_fmt", "expected"),
    [
        ("decimal", "decimal", ["1", "2", "e1", "e2"]),
        ("decimal", "lowerRoman", ["1", "2", "i", "ii"]),
        ("chicago", "decimal", ["*", "\u2020", "1", "2"]),
    ],
    ids=["same-format-prefixed", "roman-endnotes-as-printed", "symbols-and-numbers"],
)
def test_endnotes_prefixed_only_when_marks_would_repeat(
    foot_fmt: str, end_fmt: str, expected: list[str]
) -> None:
    body = [
        para("Claim one", ref(1, "footnote"), ref(1, "endnote")),
        para("Claim two", ref(2, "footnote"), ref(2, "endnote")),
    ]
    settings = pr("footnote", foot_fmt) + pr("endnote", end_fmt)
    assert labels(build(body, feet=2, ends=2, settings=settings))[0] == expected


@pytest.mark.parametrize(
    ("value", "fmt", "mark"),
    [
        (1, "decimal", "1"),
        (4, "lowerRoman", "iv"),
        (9, "upperRoman", "IX"),
        (14, "lowerRoman", "xiv"),
        (2, "lowerLetter", "b"),
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (4, "chicago", "\u00a7"),
        (5, "chicago", "**"),
        (10, "chicago", "\u2020\u2020\u2020"),
        (3, "bullet", "3"),
    ],
    ids=[
        "decimal",
        "roman-4",
        "roman-9",
        "roman-14",
        "letter-2",
        "letter-27-doubles",
        "upper-letter-28",
        "chicago-section-sign",
        "chicago-doubled-star",
        "chicago-tripled-dagger",
        "bullet-falls-back",
    ],
)
def test_note_mark(value: int, fmt: str, mark: str) -> None:
    assert note_mark(value, fmt) == mark


def test_unreferenced_note_continues_the_format() -> None:
    body = [para("Only one reference", ref(1, "endnote"))]
    doc = parse_bytes(build(body, ends=2, settings=""), "n.docx")
    assert [f.label for f in doc.footnotes] == ["i", "ii"]
    assert C.DEFINITION_WITHOUT_MARKER in {a.code for a in doc.all_anomalies()}


def test_numbering_counts_on_when_nothing_restarts() -> None:
    counting = NoteNumbering.read("foot", None, [None, None])
    assert [counting.next(s).value for s in (0, 0, 1, 1)] == [1, 2, 3, 4]
    assert not counting.restarted
