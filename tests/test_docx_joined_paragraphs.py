"""A Word paragraph whose mark a reviewer deleted under Track Changes is joined to the next
paragraph, as accepting the change does: a reference entry split in two and rejoined is
one entry, a sentence rejoined is one claim.  Packages assembled here from small XML strings
(fixtures written for these tests)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.docxrevisions import W, join_deleted_marks

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REV = 'w:id="7" w:author="Editor" w:date="2024-05-02T09:00:00Z"'


def t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def p(text: str, *, joined: bool = False, style: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    mark = f"<w:rPr><w:del {REV}/></w:rPr>" if joined else ""
    ppr = f"<w:pPr>{props}{mark}</w:pPr>" if props or mark else ""
    return f"<w:p>{ppr}{t(text)}</w:p>"


def build(body: list[str]) -> bytes:
    parts = {
        "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(body)}'
        "</w:body></w:document>",
        "_rels/.rels": f'<Relationships xmlns="{REL_NS}"><Relationship Id="r1" '
        f'Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


BODY = [
    p("Harbours silted up in the eighteenth century [1]. Dredging followed [2]."),
    p("References", style="Heading1"),
]


@pytest.mark.parametrize(
    ("entries", "titles"),
    [
        pytest.param(
            [
                p("[1] Brook, A. (2009). Tides of the North: ", joined=True),
                p("Harbours and Silt. Leiden: Brill."),
                p("[2] Dunn, C. (2015). Dredging Law. Oxford: Hart."),
            ],
            ["Tides of the North: Harbours and Silt", "Dredging Law"],
            id="entry-rejoined",
        ),
        pytest.param(
            [
                p("[1] Brook, A. (2009). Tides of the ", joined=True),
                p("North: Harbours ", joined=True),
                p("and Silt. Leiden: Brill."),
                p("[2] Dunn, C. (2015). Dredging Law. Oxford: Hart."),
            ],
            ["Tides of the North: Harbours and Silt", "Dredging Law"],
            id="three-parts",
        ),
        pytest.param(
            [
                p("[1] Brook, A. (2009). Tides of the North: Harbours and Silt. Leiden: Brill."),
                p("[2] Dunn, C. (2015). Dredging Law. Oxford: Hart."),
            ],
            ["Tides of the North: Harbours and Silt", "Dredging Law"],
            id="no-revision",
        ),
    ],
)
def test_a_deleted_paragraph_mark_joins_the_entry(entries: list[str], titles: list[str]) -> None:
    doc = parse_bytes(build(BODY + entries), "harbours.docx")
    assert [e.reference.title for e in doc.literature] == titles
    assert [e.number for e in doc.literature] == [1, 2]
    first = doc.literature[0]
    assert first.line == 3  # the paragraph where the joined entry starts


def _paras(xml: str) -> list[str]:
    root = ET.fromstring(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>')
    join_deleted_marks(root)
    return ["".join(x.text or "" for x in q.iter(W + "t")) for q in root.iter(W + "p")]


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        pytest.param(p("a ", joined=True) + p("b"), ["a b", ""], id="two"),
        pytest.param(
            p("a ", joined=True) + p("b ", joined=True) + p("c") + p("d"),
            ["a b c", "", "", "d"],
            id="chain",
        ),
        pytest.param(p("a ", joined=True), ["a "], id="last-of-its-container"),
        pytest.param(
            p("a ", joined=True) + "<w:tbl/>" + p("b"), ["a ", "b"], id="not-across-a-table"
        ),
        pytest.param(
            f"<w:tbl><w:tr><w:tc>{p('x ', joined=True)}{p('y')}</w:tc></w:tr></w:tbl>",
            ["x y", ""],
            id="inside-a-cell",
        ),
    ],
)
def test_join_deleted_marks(xml: str, expected: list[str]) -> None:
    assert _paras(xml) == expected
