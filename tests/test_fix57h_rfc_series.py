"""fix57h: a specification's series left at the end of a title is cut, the work a report."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.standardkind import series_tail


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Linked Data Fragments for Archives. RFC 8910", "Linked Data Fragments for Archives"),
        ("Web Archive Headers, W3C Working Group Note", "Web Archive Headers"),
        ("Best Current Practice for Mirrors. BCP 47", "Best Current Practice for Mirrors"),
        ("Life after RFC 2616", None),  # the series inside the title is the title's
        ("RFC 7089", None),
        ("A history of the web", None),
    ],
)
def test_series_tail(title: str, want: str | None) -> None:
    cut = series_tail(title)
    assert (title[:cut].strip() if cut is not None else None) == want


def test_nature_style_rfc_entry() -> None:
    text = (
        "Okafor, T., Lind, B. & Marsh, E. [Archive Link Headers for Dated Pages]"
        "(https://www.rfc-editor.org/rfc/rfc9999.html). RFC 9999 (IETF, 2024)."
    )
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == "Archive Link Headers for Dated Pages"
    assert ref.kind.value == "report"
