"""Word files under Track Changes are read as if every change were accepted.

Deleted text (``w:del``/``w:delText``) and text moved away (``w:moveFrom``) are gone,
inserted (``w:ins``) and moved-in (``w:moveTo``) text is there; a footnote or endnote whose
reference a revision deleted is gone with it (no "defined but no marker"), an inserted note
is a note; comments are no text.  Each package is assembled here from small XML strings.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.docx import read_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W_NS}"'
REV = 'w:author="Reviewer" w:date="2024-03-05T10:00:00Z"'


def t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def dt(text: str) -> str:
    return f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>'


def ref(note_id: int, kind: str = "footnote") -> str:
    return f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r>'


def wrap(tag: str, *runs: str, rev: int = 900) -> str:
    name = ' w:name="move1"' if tag.startswith("move") else ""
    return f'<w:{tag} w:id="{rev}" {REV}{name}>{"".join(runs)}</w:{tag}>'


def p(*runs: str) -> str:
    return f"<w:p>{''.join(runs)}</w:p>"


def note(note_id: int, text: str, kind: str = "footnote", state: str = "") -> str:
    """A note; ``state`` ``del`` deletes its mark and text, ``ins`` inserts them."""
    mark = f"<w:r><w:{kind}Ref/></w:r>"
    if state == "del":
        inner = wrap("del", mark, dt(" " + text))
    elif state == "ins":
        inner = wrap("ins", mark, t(" " + text))
    else:
        inner = mark + t(" " + text)
    return f'<w:{kind} w:id="{note_id}"><w:p>{inner}</w:p></w:{kind}>'


NOTES = {
    1: "Ada Brook, Tides of the North (Leiden 2009) 12.",
    2: "Carl Dunn, Harbour Law (Oxford 2015) 40.",
    3: "Eva Frost, Salvage and Wreck (London 1998) 7.",
}


def build(body: list[str], feet: list[str], ends: list[str] | None = None) -> bytes:
    sep = '<w:{k} w:type="separator" w:id="-1"><w:p/></w:{k}>'
    parts = {
        "word/document.xml": f"<w:document {NS}><w:body>{''.join(body)}</w:body></w:document>",
        "word/footnotes.xml": f"<w:footnotes {NS}>{sep.format(k='footnote')}"
        f"{''.join(feet)}</w:footnotes>",
        "word/comments.xml": f'<w:comments {NS}><w:comment w:id="0" {REV}><w:p>'
        f"{t('Source? See Gale, Ports (1990) 3, https://example.org/ports')}"
        "</w:p></w:comment></w:comments>",
    }
    doc_rels = [("rIdF", "footnotes", "footnotes.xml"), ("rIdC", "comments", "comments.xml")]
    if ends is not None:
        parts["word/endnotes.xml"] = (
            f"<w:endnotes {NS}>{sep.format(k='endnote')}{''.join(ends)}</w:endnotes>"
        )
        doc_rels.append(("rIdE", "endnotes", "endnotes.xml"))

    def relations(items: list[tuple[str, str, str]]) -> str:
        inner = "".join(
            f'<Relationship Id="{i}" Type="{REL}/{k}" Target="{tg}"/>' for i, k, tg in items
        )
        return f'<Relationships xmlns="{REL_NS}">{inner}</Relationships>'

    parts["_rels/.rels"] = relations([("rIdD", "officeDocument", "word/document.xml")])
    parts["word/_rels/document.xml.rels"] = relations(doc_rels)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


FEET = [note(i, text) for i, text in NOTES.items()]
CASES = [
    pytest.param(  # a sentence deleted with its footnote: the note's runs deleted too
        [
            p(t("Wrecks were salvaged."), ref(1)),
            p(wrap("del", dt("Nobody objected."), ref(2)), t("Divers did."), ref(3)),
        ],
        [note(1, NOTES[1]), note(2, NOTES[2], state="del"), note(3, NOTES[3])],
        None,
        ["1", "2"],
        ["Brook", "Frost"],
        id="deleted-sentence-and-note",
    ),
    pytest.param(  # the reference deleted, the note's text left as it was
        [p(t("Wrecks were salvaged."), ref(1), wrap("del", ref(2)), t(" Divers"), ref(3))],
        FEET,
        None,
        ["1", "2"],
        ["Brook", "Frost"],
        id="deleted-reference-only",
    ),
    pytest.param(  # a note nothing refers to whose text was all deleted
        [p(t("Wrecks were salvaged."), ref(1), t(" Divers"), ref(3))],
        [
            note(1, NOTES[1]),
            f'<w:footnote w:id="2"><w:p>{wrap("del", dt(NOTES[2]))}</w:p></w:footnote>',
            note(3, NOTES[3]),
        ],
        None,
        ["1", "2"],
        ["Brook", "Frost"],
        id="unreferenced-note-all-deleted",
    ),
    pytest.param(  # moved away and not moved in: gone
        [p(t("Wrecks were salvaged."), ref(1), wrap("moveFrom", t(" Law"), ref(2)), ref(3))],
        FEET,
        None,
        ["1", "2"],
        ["Brook", "Frost"],
        id="moved-away",
    ),
    pytest.param(  # moved: counts once, at its new place
        [
            p(wrap("moveFrom", t("Law followed."), ref(2)), t("Wrecks were salvaged."), ref(1)),
            p(t("Divers came."), ref(3), wrap("moveTo", t(" Law followed."), ref(2), rev=901)),
        ],
        FEET,
        None,
        ["1", "2", "3"],
        ["Brook", "Frost", "Dunn"],
        id="moved-to-a-later-paragraph",
    ),
    pytest.param(  # an inserted sentence with an inserted note
        [p(t("Wrecks were salvaged."), ref(1), wrap("ins", t(" Law followed."), ref(2)))],
        [note(1, NOTES[1]), note(2, NOTES[2], state="ins")],
        None,
        ["1", "2"],
        ["Brook", "Dunn"],
        id="inserted-note",
    ),
    pytest.param(  # an endnote deleted with its sentence
        [
            p(t("Wrecks were salvaged."), ref(1, "endnote")),
            p(wrap("del", dt("Nobody objected."), ref(2, "endnote"))),
        ],
        [],
        [note(1, NOTES[1], "endnote"), note(2, NOTES[2], "endnote", state="del")],
        ["1"],
        ["Brook"],
        id="deleted-endnote",
    ),
    pytest.param(  # a comment on a cited sentence is no text and no citation
        [
            p(
                '<w:commentRangeStart w:id="0"/>',
                t("Wrecks were salvaged."),
                '<w:commentRangeEnd w:id="0"/>',
                '<w:r><w:commentReference w:id="0"/></w:r>',
                ref(1),
            )
        ],
        [note(1, NOTES[1])],
        None,
        ["1"],
        ["Brook"],
        id="comment",
    ),
]


@pytest.mark.parametrize(("body", "feet", "ends", "labels", "authors"), CASES)
def test_tracked_changes_read_as_accepted(
    body: list[str], feet: list[str], ends: list[str] | None, labels: list[str], authors: list[str]
) -> None:
    data = build(body, feet, ends)
    doc = parse_bytes(data, "draft.docx")
    assert [f.label for f in doc.footnotes] == labels
    assert [a for f in doc.footnotes for a in authors if a in f.reference.raw] == authors
    assert all(f.markers for f in doc.footnotes)  # no note without its marker
    assert C.DEFINITION_WITHOUT_MARKER not in {a.code for a in doc.anomalies}
    assert "Source?" not in " ".join(b.text for b in read_bytes(data, "draft.docx").blocks)


def test_a_live_note_without_reference_is_still_reported() -> None:
    """Only what a revision deleted is dropped: an orphan note nobody deleted is a defect."""
    doc = parse_bytes(build([p(t("Wrecks were salvaged."), ref(1))], FEET[:2]), "draft.docx")
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert C.DEFINITION_WITHOUT_MARKER in {a.code for a in doc.anomalies}
