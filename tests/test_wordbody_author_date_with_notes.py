"""Word and OpenDocument texts that cite their list by name and year in the body AND carry
footnotes or endnotes (:func:`bibcheck.readers.wordbody.cite_body`): the body's "(Berg 2004)"
and "Hale (2011: 12)" cite the list as ``[n]`` (the entry's position), the notes keep their
numbers, and a note's own "See Berg (2004)" is a citation of the list at the note's line
(its anchor's paragraph), as the plain-text and PDF-text readers read them beside notes."""

from __future__ import annotations

import io
import zipfile

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import RefKind
from bibcheck.readers.authoryear import dated_heads
from tests.test_notemarks_docx import NS, REL, REL_NS
from tests.test_reader_odt import note, odt

# (title, paragraph 2 and its two notes, paragraph 3 and its note, heading, entries)
DOCS = {
    "en": (
        "Ledgers of the Quay",
        (
            "Older studies read the ledgers as trade records only (Berg 2004), while "
            "Hale (2011: 12) saw the clerks' own hand in them.",
            "The second series is fuller.",
        ),
        ("See Berg (2004) for a critique of that reading.", "The series is in two boxes."),
        "The clerks kept a fixed order (Jones and Lee 2020), changed once.",
        "On the change see Hale (2011: 40).",
        "References",
        (
            "Berg, Anna. 2004. The Customs House and Its Books. London: Verso.",
            "Hale, Thomas. 2011. Clerks of the Port. Oxford: Clarendon Press.",
            "Jones, Mark, and Sara Lee. 2020. “Order in the Ledger.” Maritime History 14 (2): 33–51.",
        ),
    ),
    "de": (
        "Die Bücher am Kai",
        (
            "Die ältere Forschung las die Bücher als Handelsstatistik (Berger 2004), während "
            "Hahn (2011: 12) die Hand der Schreiber erkannte.",
            "Die zweite Reihe ist vollständiger.",
        ),
        ("Vgl. dazu kritisch Berger (2004).", "Die Reihe liegt in zwei Kartons."),
        "Die Schreiber hielten eine feste Ordnung ein (Jung und Lehmann 2020).",
        "Zu diesem Wechsel siehe Hahn (2011: 40).",
        "Literaturverzeichnis",
        (
            "Berger, Anna. 2004. Das Zollhaus und seine Bücher. Berlin: Akademie Verlag.",
            "Hahn, Thomas. 2011. Schreiber am Hafen. München: Oldenbourg.",
            "Jung, Markus, und Sara Lehmann. 2020. „Ordnung im Zollbuch.“ Hansische Blätter 14: 33–51.",
        ),
    ),
    "ru": (
        "Книги у причала",
        (
            "Прежние авторы видели в книгах лишь торговую статистику (Бергов 2004), тогда как "
            "Хабаров (2011: 12) увидел в них руку писцов.",
            "Вторая серия полнее первой.",
        ),
        ("Критику этого прочтения см. Бергов (2004).", "Серия хранится в двух коробках."),
        "Писцы соблюдали твёрдый порядок записей (Жуков и Лебедев 2020).",
        "Об этой перемене см. Хабаров (2011: 40).",
        "Литература",
        (
            "Бергов, Анна. 2004. Таможня и её книги. Москва: Наука.",
            "Хабаров, Фёдор. 2011. Писцы порта. Санкт-Петербург: Алетейя.",
            "Жуков, Марк, и Сергей Лебедев. 2020. «Порядок в книге». Морской архив 14: 33–51.",
        ),
    ),
}

Doc = tuple[str, tuple[str, str], tuple[str, str], str, str, str, tuple[str, ...]]


def _w(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(doc: Doc, kind: str) -> bytes:
    """The document with Word footnotes (``kind`` "footnote") or endnotes ("endnote")."""
    title, (first, second), (note1, note2), third, note3, heading, entries = doc

    def ref(i: int) -> str:
        return f'<w:r><w:{kind}Reference w:id="{i}"/></w:r>'

    body = [
        f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{_w(title)}</w:p>',
        f"<w:p>{_w(first)}{ref(1)}{_w(' ' + second)}{ref(2)}</w:p>",
        f"<w:p>{_w(third)}{ref(3)}</w:p>",
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_w(heading)}</w:p>',
        *(f"<w:p>{_w(e)}</w:p>" for e in entries),
    ]
    notes = "".join(
        f'<w:{kind} w:id="{i}"><w:p>{_w(text)}</w:p></w:{kind}>'
        for i, text in enumerate((note1, note2, note3), 1)
    )
    rel = "footnotes" if kind == "footnote" else "endnotes"
    return _package(
        {
            "word/document.xml": f"<w:document {NS}><w:body>{''.join(body)}</w:body></w:document>",
            f"word/{rel}.xml": f"<w:{kind}s {NS}>{notes}</w:{kind}s>",
            "_rels/.rels": _rels([("r1", "officeDocument", "word/document.xml")]),
            "word/_rels/document.xml.rels": _rels([("r2", rel, f"{rel}.xml")]),
        }
    )


def _rels(items: list[tuple[str, str, str]]) -> str:
    inner = "".join(f'<Relationship Id="{i}" Type="{REL}/{k}" Target="{t}"/>' for i, k, t in items)
    return f'<Relationships xmlns="{REL_NS}">{inner}</Relationships>'


def _package(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def _odt(doc: Doc, kind: str) -> bytes:
    title, (first, second), (note1, note2), third, note3, heading, entries = doc
    return odt(
        f"<text:h text:outline-level='1'>{title}</text:h>"
        f"<text:p>{first}{note('1', note1, kind)} {second}{note('2', note2, kind)}</text:p>"
        f"<text:p>{third}{note('3', note3, kind)}</text:p>"
        f"<text:h text:outline-level='1'>{heading}</text:h>"
        + "".join(f"<text:p>{e}</text:p>" for e in entries)
    )


# (label, paragraph) of every citation: notes by number, the list's entries as [n], a
# note's citation of the list at its anchor's paragraph
WANT = [("1", 2), ("2", 2), ("[1]", 2), ("[1]", 2), ("[2]", 2), ("3", 3), ("[2]", 3), ("[3]", 3)]
CASES = [
    pytest.param(lang, fmt, kind, id=f"{lang}-{fmt}-{kind}")
    for lang in sorted(DOCS)
    for fmt in ("docx", "odt")
    for kind in ("footnote", "endnote")
]


@pytest.mark.parametrize(("lang", "fmt", "kind"), CASES)
def test_author_date_citations_beside_word_notes(lang: str, fmt: str, kind: str) -> None:
    doc = DOCS[lang]
    data = _docx(doc, kind) if fmt == "docx" else _odt(doc, kind)
    got = parse_bytes(data, f"paper.{fmt}")
    assert got.reader == fmt
    cites = sorted((fn.label, m.line) for fn in got.footnotes for m in fn.markers)
    assert cites == sorted(WANT)
    notes = {fn.label: fn.reference for fn in got.footnotes}
    assert notes["1"].year == 2004 and notes["3"].year == 2011  # a note's citation
    assert notes["[3]"].year == 2020  # the entry a body citation cites
    assert [e.reference.year for e in got.literature] == [2004, 2011, 2020]
    codes = {a.code for a in got.all_anomalies()}
    assert (
        not {
            C.MARKER_WITHOUT_DEFINITION,
            C.DEFINITION_WITHOUT_MARKER,
            C.NUMBERING_GAP,
            C.NUMBERING_OUT_OF_ORDER,
            C.DUPLICATE_MARKER,
            C.UNREAD_REGION,
            C.LITERATURE_UNCITED,
        }
        & codes
    )


BODY_ONLY = {
    # no author-date citation in the body: the notes alone cite, the list is not re-read
    "notes-only": ("Older studies read the ledgers as trade records only.", False),
    # an author no entry names, beside the notes: said, as in author-date text
    "unlisted": ("Older studies read them so (Berg 2004; Quist 2019).", True),
}


@pytest.mark.parametrize("case", sorted(BODY_ONLY))
def test_body_without_or_with_unlisted_author(case: str) -> None:
    text, unlisted = BODY_ONLY[case]
    en = DOCS["en"]
    doc: Doc = (
        en[0],
        (text, "More."),
        ("See the boxes.", "Two boxes."),
        "Order.",
        "Once.",
        *en[5:],
    )
    got = parse_bytes(_odt(doc, "footnote"), "paper.odt")
    labels = {fn.label for fn in got.footnotes}
    assert {"1", "2", "3"} <= labels
    assert any(label.startswith("[") for label in labels) is unlisted
    codes = {a.code for a in got.all_anomalies()}
    assert (C.CITATION_KEY_MISSING in codes) is unlisted


DATED = {
    "author-date": (["Berg, Anna. 2004. The Books.", "Hale, T. (2011). Clerks."], True),
    "no date": (["Berg, Anna. n.d. The Books.", "———. 2011. Clerks of the Port."], True),
    "half": (["Berg, Anna. 2004. The Books.", "Hale, T. Clerks. Oxford: OUP, 2011."], True),
    # a notes-and-bibliography list: the year after the publication facts
    "chicago books": (
        ["Berg, Anna. The Books. London: Verso, 2004.", "Hale, T. Clerks. Oxford: OUP, 2011."],
        False,
    ),
    "chicago articles": (["Lind, Per. “Salt.” Coastal History 12 (2015): 33–51."], False),
    "empty": ([], False),
}


@pytest.mark.parametrize("case", sorted(DATED))
def test_dated_heads(case: str) -> None:
    entries, want = DATED[case]
    assert dated_heads(entries) is want


def test_notes_and_bibliography_list_is_not_cited_by_name_and_year() -> None:
    # a Chicago paper: the notes cite; "(London: Knapton et al., 1755)" in the body names
    # a publisher and year of a bibliography entry, no author-date citation
    doc: Doc = (
        "The Plan",
        ("Dictionary = Johnson, A Dictionary (London: Knapton et al., 1755).", "More."),
        ("Johnson, A Dictionary (London: Knapton et al., 1755), 3.", "Two boxes."),
        "The plan came first.",
        "Johnson, The Plan (London: Knapton et al., 1747), 1.",
        "Bibliography",
        (
            "Johnson, Samuel. A Dictionary. London: W. Strahan, for J. and P. Knapton et al., 1755.",
            "———. The Plan. London: J. and P. Knapton et al., 1747.",
        ),
    )
    got = parse_bytes(_docx(doc, "endnote"), "paper.docx")
    assert sorted(fn.label for fn in got.footnotes) == ["1", "2", "3"]
    notes = {fn.label: fn.reference for fn in got.footnotes}
    assert notes["1"].kind is not RefKind.COMMENTARY and notes["1"].year == 1755
