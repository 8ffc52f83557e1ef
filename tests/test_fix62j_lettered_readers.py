"""Lettered reference numbers added in revision (``3a``) in every numeric reader.

The plain-text reader learnt them in fix62g (:mod:`bibcheck.readers.lettered`); here the
sup-markdown, HTML, Word, PDF-text and markdown-links readers read a list that letters an
entry (``3a.``, ``[3a] …``, ``<li>[3a] …``) and its citations (``<sup>3a</sup>``, ``[3a]``,
``[2a, 3]``).  A lettered citation is read only where the list letters an entry; a clean
list without letters reads as before.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers import pdftext
from bibcheck.readers.common import expand_labels
from bibcheck.readers.docxsup import superscript_citations
from bibcheck.readers.labelsplit import printed_label, starts_next_entry
from bibcheck.readers.pdfnumeric import citations
from bibcheck.readers.typedlabels import typed_labels, typed_numbers
from tests.test_reader_docx import build_docx

# --- the small pieces -------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("3a", ["3a"]),
        ("2a,3", ["2a", "3"]),
        ("2a, 3", ["2a", "3"]),
        ("1–2a", ["1", "2", "2a"]),
        ("[2a][3]", ["2a", "3"]),
        ("2-4", ["2", "3", "4"]),
        ("12", ["12"]),
    ],
)
def test_expand_labels_keeps_letters(label: str, expected: list[str]) -> None:
    assert expand_labels(label) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[3a] Roe A. Title. 2020.", ("[]", "3a")),
        ("3a. Roe A. Title. 2020.", (".", "3a")),
        ("[3] Roe A. Title. 2020.", ("[]", "3")),
        ("3ab. Roe", None),
        ("Roe A. Title.", None),
    ],
)
def test_printed_label(line: str, expected: tuple[str, str] | None) -> None:
    assert printed_label(line) == expected


@pytest.mark.parametrize(
    ("first", "line", "expected"),
    [
        ("[2] Brandt H. Title.", "[2a] Quispe R. Title.", True),
        ("[2a] Quispe R. Title.", "[3] Moreau S. Title.", True),
        ("[2a] Quispe R. Title.", "[2b] Lowe D. Title.", True),
        ("[2] Brandt H. Title.", "[2b] Lowe D. Title.", False),
        ("[2] Brandt H. Title.", "[3a] Lowe D. Title.", False),
        ("2. Brandt H. Title.", "[2a] Quispe R. Title.", False),
        ("[2] Brandt H. Title.", "[3] Moreau S. Title.", True),
    ],
)
def test_starts_next_entry_lettered(first: str, line: str, expected: bool) -> None:
    assert starts_next_entry(first, line) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["[1] A", "[2] B", "[2a] C", "[3] D"], ["1", "2", "2a", "3"]),
        (["[1] A", "[1a] B", "[1b] C", "[2] D"], ["1", "1a", "1b", "2"]),
        (["[1] A", "[2] B", "[2b] C"], None),  # (2b without 2a: no list's own order)
        (["[1] A", "[3a] B"], None),
        (["[1] A", "[2] B", "[4] C"], ["1", "2", "4"]),
    ],
)
def test_typed_labels_lettered(lines: list[str], expected: list[str] | None) -> None:
    assert typed_labels(lines) == expected
    lettered = expected is not None and not all(label.isdigit() for label in expected)
    numbers = None if expected is None or lettered else [int(label) for label in expected]
    assert typed_numbers(lines) == numbers


@pytest.mark.parametrize(
    ("text", "lettered", "expected"),
    [
        ("audits [2a] agree", True, [["2a"]]),
        ("audits [2a, 4] agree", True, [["2a", "4"]]),
        ("audits [2a]–[4] agree", True, [["2a"], ["4"]]),
        ("audits [2]–[4] agree", True, [["2", "3", "4"]]),
        ("audits [2a] agree", False, []),
        ("audits [2] agree", False, [["2"]]),
    ],
)
def test_pdf_citations_lettered(text: str, lettered: bool, expected: list[list[str]]) -> None:
    assert [n for _, _, n in citations(text, lettered)] == expected


@pytest.mark.parametrize(
    ("shown", "lettered", "expected"),
    [
        ("2a", True, [["2a"]]),
        ("2a,3", True, [["2a", "3"]]),
        ("2a", False, []),
        ("2,3", False, [["2", "3"]]),
    ],
)
def test_word_superscripts_lettered(shown: str, lettered: bool, expected: list[list[str]]) -> None:
    text = f"An audit agreed.{shown} More"
    start = text.index(shown)
    found = superscript_citations(text, [(start, start + len(shown))], 4, lettered=lettered)
    assert [labels for _, _, labels in found] == expected


# --- whole documents ----------------------------------------------------------------

_ENTRIES = [
    (
        "1",
        "Okafor T, Lindqvist M. Shift handover in surgical wards. J Nurs Stud. 2015;12(3):44-51.",
    ),
    ("2", "Brandt H. Ward communication and error. Nurs Res. 2017;20(1):9-17."),
    ("2a", "Quispe R, Dahl E. Handover audits in twelve wards. BMJ Qual. 2023;7(2):101-9."),
    ("3", "Moreau S. Safety culture in nursing. Paris: Masson; 2012."),
]
_CITED = ["1", "2a", "3", "2"]  # in order of first citation
_TITLES = {
    "1": "Shift handover in surgical wards",
    "2": "Ward communication and error",
    "2a": "Handover audits in twelve wards",
    "3": "Safety culture in nursing",
}


def _sentences(cite: str) -> str:
    """The body, each citation written by ``cite`` (a label list -> its marker)."""
    return (
        f"Handover is where errors start.{cite('1')} A later survey agreed.{cite('2a')} "
        f"An audit found the same.{cite('2a,3')} Earlier work is older.{cite('1–2')}"
    )


def _entries(fmt: str, lettered: bool = True) -> list[str]:
    return [fmt.format(n=n, text=text) for n, text in _ENTRIES if lettered or n != "2a"]


def _md_sup(lettered: bool = True, typed: bool = False) -> str:
    body = _sentences(lambda n: f"<sup>{n}</sup>")
    if not lettered:
        body = body.replace("<sup>2a</sup>", "<sup>2d</sup>").replace("2a,3", "3")
    listed = _entries("[{n}] {text}" if typed else "{n}. {text}", lettered)
    return "# Handover practice\n\n" + body + "\n\n## References\n\n" + "\n".join(listed) + "\n"


def _html(lettered: bool = True, sup: bool = False) -> str:
    body = _sentences((lambda n: f"<sup>{n}</sup>") if sup else (lambda n: f" [{n}]"))
    if not lettered:
        body = body.replace("2a]", "2d]").replace(">2a<", ">2d<").replace("2a,3", "3")
    items = "\n".join(_entries("<li>[{n}] {text}</li>", lettered))
    return (
        "<html><body><h1>Handover practice</h1>\n"
        f"<p>{body}</p>\n<h2>References</h2>\n<ul>\n{items}\n</ul>\n</body></html>\n"
    )


def _links_md(lettered: bool = True) -> str:
    body = _sentences(lambda n: f" [{n.replace(',', ', ')}]")
    if not lettered:
        body = body.replace("[2a]", "[2d]").replace("2a, 3", "3")
    listed = [
        f"{n}. {text.replace(_TITLES[n], f'[{_TITLES[n]}](https://example.org/ref-{n})')}"
        for n, text in _ENTRIES
        if lettered or n != "2a"
    ]
    return (
        "# Handover practice\n\nAs [the ward study](https://example.org/ref-1) showed, "
        + body
        + "\n\n## References\n\n"
        + "\n".join(listed)
        + "\n"
    )


def _para(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _run(text: str, sup: bool = False) -> str:
    props = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>' if sup else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _docx(lettered: bool = True, sup: bool = False) -> bytes:
    if sup:
        runs = (
            _run("Handover is where errors start.")
            + _run("1", True)
            + _run(" A later survey agreed.")
            + _run("2a" if lettered else "2d", True)
            + _run(" An audit found the same.")
            + _run("2a,3" if lettered else "3", True)
            + _run(" Earlier work is older.")
            + _run("1–2", True)
        )
        text = f"<w:p>{runs}</w:p>"
    else:
        body = _sentences(lambda n: f" [{n.replace(',', ', ')}]")
        if not lettered:
            body = body.replace("[2a]", "[2d]").replace("2a, 3", "3")
        text = _para(body)
    listed = [_para(e) for e in _entries("[{n}] {text}", lettered)]
    return build_docx(
        [_para("Handover practice", "Title"), text, _para("References", "Heading1"), *listed],
        None,
    )


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _odt(lettered: bool = True) -> bytes:
    """A flat ODT document (``.fodt``): entries typed ``[n] …``, citations typed ``[n]``."""
    body = _sentences(lambda n: f" [{n.replace(',', ', ')}]")
    if not lettered:
        body = body.replace("[2a]", "[2d]").replace("2a, 3", "3")
    paragraphs = [
        "<text:p>Handover practice</text:p>",
        f"<text:p>{escape(body)}</text:p>",
        '<text:h text:outline-level="1">References</text:h>',
        *(f"<text:p>{escape(e)}</text:p>" for e in _entries("[{n}] {text}", lettered)),
    ]
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODT_NS} '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:body><office:text>{''.join(paragraphs)}</office:text></office:body>"
        "</office:document>"
    ).encode()


def _pdf_text(lettered: bool = True) -> str:
    head = "2025 Workshop on Ward Safety (WWS)"
    page1 = [
        head,
        "",
        "Handover Audits in Surgical Wards",
        "I. I NTRODUCTION",
        "Handover is where errors start [1]. Later surveys [2]–[3] agree,",
        "and an audit found the same [2a], [4]; shorter forms [5] help.",
        "II. M ETHOD",
        "We follow [3] and the audit [2a] again.",
        "R EFERENCES",
        "",
        "[1] T. Okafor, “Shift handover in surgical wards,” J. Nurs. Stud., vol. 12, 2015.",
        "",
        "17",
    ]
    page2 = [
        head,
        "",
        "[2] H. Brandt, “Ward communication and error,” Nurs. Res., vol. 20, 2017.",
        "[2a] R. Quispe, “Handover audits in twelve wards,” BMJ Qual., vol. 7, 2023.",
        "[3] S. Moreau, “Safety culture in nursing,” Paris: Masson, 2012.",
        "[4] D. Lowe, “Checklists at the bedside,” Crit. Care, vol. 4, 2004.",
        "[5] E. Hale, “Shorter forms,” Nurs. Times, vol. 5, 2005.",
        "",
        "18",
    ]
    if not lettered:
        page2 = [row for row in page2 if not row.startswith("[2a]")]
        page1 = [row.replace("[2a]", "[2d]") for row in page1]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f"


def _read(tmp_path: Path, name: str, data: str | bytes) -> ParsedDocument:
    if isinstance(data, bytes):
        return parse_bytes(data, name)
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    return parse_file(path)


_DOCUMENTS = {
    "sup-markdown": ("draft.md", _md_sup),
    "sup-markdown-typed": ("draft.md", lambda lettered=True: _md_sup(lettered, typed=True)),
    "html-typed": ("page.html", _html),
    "html-sup": ("page.html", lambda lettered=True: _html(lettered, sup=True)),
    "docx-typed": ("paper.docx", _docx),
    "docx-sup": ("paper.docx", lambda lettered=True: _docx(lettered, sup=True)),
    "markdown-links": ("post.md", _links_md),
    "odt-typed": ("paper.fodt", _odt),
}
_READERS = {
    "sup-markdown": "sup-markdown",
    "sup-markdown-typed": "sup-markdown",
    "html-typed": "html",
    "html-sup": "html",
    "docx-typed": "docx",
    "docx-sup": "docx",
    "markdown-links": "markdown-links",
    "odt-typed": "odt",
}


def _numbering_codes(doc: ParsedDocument) -> set[AnomalyCode]:
    wrong = {
        AnomalyCode.NUMBERING_GAP,
        AnomalyCode.NUMBERING_OUT_OF_ORDER,
        AnomalyCode.LITERATURE_NUMBERING,
        AnomalyCode.LITERATURE_DUPLICATE_NUMBER,
        AnomalyCode.CITATION_KEY_MISSING,
        AnomalyCode.LITERATURE_UNCITED,
    }
    return {a.code for a in doc.anomalies} & wrong


@pytest.mark.parametrize("kind", sorted(_DOCUMENTS))
def test_lettered_list_and_citations(kind: str, tmp_path: Path) -> None:
    name, make = _DOCUMENTS[kind]
    doc = _read(tmp_path, name, make())
    assert doc.reader == _READERS[kind]
    assert [e.label for e in doc.literature] == ["1", "2", "2a", "3"]
    assert [f.label for f in doc.footnotes] == _CITED
    titles = {f.label: f.reference.title for f in doc.footnotes if f.reference}
    assert titles == _TITLES
    assert not _numbering_codes(doc)


@pytest.mark.parametrize("kind", sorted(_DOCUMENTS))
def test_clean_list_reads_as_before(kind: str, tmp_path: Path) -> None:
    """No lettered entry: "2d" is no citation, the list and its citations as before."""
    name, make = _DOCUMENTS[kind]
    doc = _read(tmp_path, name, make(lettered=False))
    assert doc.reader == _READERS[kind]
    assert [e.label for e in doc.literature] == ["1", "2", "3"]
    assert [f.label for f in doc.footnotes] == ["1", "3", "2"]
    assert not _numbering_codes(doc)


@pytest.mark.parametrize("kind", ["sup-markdown", "html-typed", "docx-typed", "markdown-links"])
def test_uncited_lettered_entry_named_by_its_label(kind: str, tmp_path: Path) -> None:
    name, make = _DOCUMENTS[kind]
    data = make()
    swap = {"2a": "2"} if isinstance(data, bytes) else {}
    if isinstance(data, bytes):  # (the docx: rebuilt with the citations of 2a made 2's)
        data = build_docx(
            [
                _para("Handover practice", "Title"),
                _para(_sentences(lambda n: f" [{swap.get(n, n).replace('2a,3', '2, 3')}]")),
                _para("References", "Heading1"),
                *[_para(e) for e in _entries("[{n}] {text}")],
            ],
            None,
        )
    else:
        data = (
            data.replace(">2a<", ">2<")
            .replace(" [2a]", " [2]")  # (in the body: the list's "[2a] …" kept)
            .replace("2a,3", "2,3")
            .replace("2a, 3", "2, 3")
        )
    doc = _read(tmp_path, name, data)
    uncited = [a.message for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert uncited == ["literature entry 2a is cited by no footnote"]


@pytest.mark.parametrize("kind", ["sup-markdown", "html-typed", "docx-typed", "markdown-links"])
def test_lettered_citation_without_entry_is_missing(kind: str, tmp_path: Path) -> None:
    name, make = _DOCUMENTS[kind]
    data = make()
    if isinstance(data, bytes):
        data = build_docx(
            [
                _para("Handover practice", "Title"),
                _para(_sentences(lambda n: f" [{n.replace(',', ', ')}]") + " Also [2b]."),
                _para("References", "Heading1"),
                *[_para(e) for e in _entries("[{n}] {text}")],
            ],
            None,
        )
    elif kind == "sup-markdown":
        data = data.replace("older.<sup>1–2</sup>", "older.<sup>1–2</sup> Also.<sup>2b</sup>")
    else:
        data = data.replace("older. [1–2]", "older. [1–2] Also [2b].")
    doc = _read(tmp_path, name, data)
    missing = [a.message for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert missing == ["reference 2b is cited but the reference list has no entry 2b"]


def test_pdf_text_lettered_list_and_citations() -> None:
    doc = pdftext.read(_pdf_text())
    assert [e.label for e in doc.literature] == ["1", "2", "2a", "3", "4", "5"]
    got = sorted((m.label, m.line) for m in doc.markers)
    assert got == sorted(
        [("1", 5), ("2", 5), ("3", 5), ("2a", 6), ("4", 6), ("5", 6), ("3", 8), ("2a", 8)]
    )
    assert not [a for a in doc.anomalies if a.code is not AnomalyCode.ARTIFACT_LINE]


def test_pdf_text_clean_list_reads_as_before() -> None:
    doc = pdftext.read(_pdf_text(lettered=False))
    assert [e.label for e in doc.literature] == ["1", "2", "3", "4", "5"]
    assert sorted({m.label for m in doc.markers}) == ["1", "2", "3", "4", "5"]
