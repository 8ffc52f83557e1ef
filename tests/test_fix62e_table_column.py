"""A table's "Reference" column after the reference list is no heading of the list (fix62e).

Journals ask for the tables after the references; a table comparing published values has a
column "Reference" (or "Source") over the works it compares.  That header cell is named
like a literature heading, but the list is the one under the heading outside the table:
its entries are read, not the table's cells.  A list set wholly in a table keeps its
heading in the table.  Fixtures written for these tests.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.wordbody import column_after_list, literature_heading

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class _Para:
    text: str
    in_table: bool = False
    heading: bool = False
    level: int | None = None
    number: int = 0
    emphasised: bool = False
    list_number: int | None = None

    @property
    def sups(self) -> list[tuple[int, int]]:
        return []

    def linked_text(self) -> tuple[str, list[str]]:
        return self.text, []


ENTRY = "Alder, P., 2012. Sterols in rivers. Water Research 46, 1-9."


@pytest.mark.parametrize(
    ("paras", "found", "i", "expected"),
    [
        ([_Para("References"), _Para(ENTRY), _Para("Reference", True)], 0, 2, True),
        ([_Para("References", True), _Para(ENTRY, True), _Para("Sources", True)], 0, 2, False),
        ([_Para("Text."), _Para("Reference", True)], None, 1, False),
        ([_Para("References"), _Para(ENTRY), _Para("Bibliography")], 0, 2, False),
    ],
)
def test_column_after_list(paras: list[_Para], found: int | None, i: int, expected: bool) -> None:
    assert column_after_list(paras, found, i) is expected


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        pytest.param(
            [_Para("Text."), _Para("References"), _Para(ENTRY), _Para("Table 1."),
             _Para("Site", True), _Para("Reference", True), _Para("Alder et al., 2012", True)],
            1,
            id="column-header-after-list",
        ),
        pytest.param(
            [_Para("Text."), _Para("References", True), _Para(ENTRY, True)],
            1,
            id="list-in-a-table",
        ),
    ],
)  # fmt: skip
def test_literature_heading_skips_table_column(paras: list[_Para], expected: int) -> None:
    assert literature_heading(paras) == expected


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _table(rows: list[list[str]]) -> str:
    cells = ("<w:tr>" + "".join(f"<w:tc>{_p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return "<w:tbl>" + "".join(cells) + "</w:tbl>"


def _docx(body: str) -> bytes:
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
    return out.getvalue()


LIST = [
    "Alder, P., Moss, R., 2012. Sterols as sewage markers in rivers. Water Research 46, 101-110.",
    "Brook, T., Carr, L., 2015. Coprostanol in harbour sediments. Marine Pollution Bulletin 92, "
    "33-41.",
    "Dunn, E., 2019. Particle fluxes below a sewer outfall. Estuaries and Coasts 42, 500-512.",
]


@pytest.mark.parametrize(
    "column",
    ["Reference", "References", "Source"],
)
def test_docx_table_after_list(tmp_path: Path, column: str) -> None:
    body = (
        _p("Sterols in estuary sediments")
        + _p("Fecal sterols trace sewage (Alder et al., 2012; Brook and Carr, 2015). "
             "Fluxes were high (Dunn, 2019).")
        + _p("References")
        + "".join(_p(e) for e in LIST)
        + _p("Table 2. Coprostanol in sediments worldwide.")
        + _table([["Sampling site", "Environment", "Concentration", column],
                  ["Lagoon A", "Coastal", "1-90", "Alder et al., 2012"],
                  ["Outfall C", "Estuary", "60-700", "This study"]])
    )  # fmt: skip
    path = tmp_path / "sterols.docx"
    path.write_bytes(_docx(body))
    parsed = parse_file(path)
    assert [(e.number, e.line) for e in parsed.literature] == [(1, 4), (2, 5), (3, 6)]
    assert [e.reference.authors[0] for e in parsed.literature] == [
        "Alder, P.",
        "Brook, T.",
        "Dunn, E.",
    ]
    codes = {a.code for a in parsed.all_anomalies()}
    assert C.LITERATURE_UNCITED not in codes
    assert C.REFERENCE_UNPARSED not in codes
