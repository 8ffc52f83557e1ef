"""fix70b: a Word footnote called in an appendix after the reference list is read there,
not reported as a note no marker points to."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from tests.helpers import docx_with_footnotes, word_run


def _p(text: str, style: str | None = None, note: int | None = None) -> str:
    head = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    ref = f'<w:r><w:footnoteReference w:id="{note}"/></w:r>' if note else ""
    return f"<w:p>{head}{word_run(text)}{ref}</w:p>"


@pytest.mark.parametrize(
    ("heading", "appendix"),
    [
        ("References", "Appendix A – Interviews"),
        ("Literaturverzeichnis", "Anhang A: Gespräche"),
        ("Bibliographie", "Annexe A. Entretiens"),
    ],
)
def test_note_called_in_an_appendix(heading: str, appendix: str) -> None:
    paras = [
        _p("Harbour gauges", "Title"),
        _p("Gauges came first (Marsh 2019).", note=1),
        _p("Sensors followed (Lind 2011).", note=2),
        _p(heading, "Heading1"),
        _p("Lind, O. 2011. Pressure gauges at sea. Coastal Press."),
        _p("Marsh, A. 2019. Floats and wells. Harbour Press."),
        _p(appendix, "Heading1"),
        _p("One harbour master disagreed with the plan.", note=3),
    ]
    notes = ["See the archive.", "Measured in 2010.", "Interview held in May 2020."]
    doc = parse_bytes(docx_with_footnotes(paras, notes), "report.docx")
    lines = {fn.label: [m.line for m in fn.markers] for fn in doc.footnotes}
    assert lines["3"] == [8]
    assert [a for a in doc.all_anomalies() if a.code.value == "definition-without-marker"] == []
    assert len(doc.literature) == 2
