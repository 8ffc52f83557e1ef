"""An MLA 9 essay in Word: author-page parentheticals (``(Whitcombe 41)``, ``(Ordway 12;
Whitcombe 7)``, ``(qtd. in Ordway 88)``, a page alone after the author is named) cite the
Works Cited entries of those authors; years, percentages and phrases in parentheses do
not.  The package is assembled here from small XML strings (text written for this test)."""

from __future__ import annotations

import io
import zipfile

import pytest

from bibcheck.manuscript import parse_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def p(text: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def build(paragraphs: list[str]) -> bytes:
    parts = {
        "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(paragraphs)}'
        "</w:body></w:document>",
        "_rels/.rels": f'<Relationships xmlns="{REL_NS}"><Relationship Id="r1" '
        f'Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


WORKS_CITED = [
    p("Works Cited", "Heading1"),
    p("Ordway, Helen. The Lighthouse Keepers. Harbor Press, 1994."),
    p("Pell, Marcus, and Dana Cole. Coastal Voices. Tidewater UP, 2008."),
    p("Whitcombe, Ruth. Salt and Memory: Essays. Northfield Books, 2011."),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            [
                p(
                    "The keepers lived alone (Whitcombe 41). Their logs survive (Ordway 12; "
                    "Whitcombe 7)."
                ),
                p("One keeper wrote of the fog (qtd. in Ordway 88)."),
            ],
            [("1", 1), ("1", 2), ("3", 1), ("3", 1)],
            id="author-page",
        ),
        pytest.param(
            [
                p(
                    "As Ordway puts it, the lamp was a promise (23). Nothing changed until 1931 (1931)."
                )
            ],
            [("1", 1)],
            id="page-alone-after-the-author",
        ),
        pytest.param(
            [p("Families remembered the storms (Pell and Cole 5), though 40% (40%) left.")],
            [("2", 1)],
            id="two-authors-and-a-percentage",
        ),
    ],
)
def test_mla_parentheticals_cite_the_works_cited(
    body: list[str], expected: list[tuple[str, int]]
) -> None:
    doc = parse_bytes(build(body + WORKS_CITED), "essay.docx")
    cited = sorted(
        (str(f.literature.number), m.line)
        for f in doc.footnotes
        if f.literature is not None
        for m in f.markers
    )
    assert cited == expected
