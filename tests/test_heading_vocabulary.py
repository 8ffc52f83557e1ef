"""Reference-list and notes headings in the languages of the documents bibcheck reads
(table-driven: one heading per language and kind)."""

from __future__ import annotations

import pytest

from bibcheck.readers.common import is_literature_heading, is_notes_heading

LITERATURE = [
    "参考文献", "참고문헌", "Daftar Pustaka", "Források", "Lähdeluettelo", "Bibliografie",
    "Източници", "Референце", "Referències", "Literatūra", "Zoznam použitej literatúry",
    "Kirjandus", "المراجع", "منابع", "ביבליוגרפיה", "संदर्भ सूची", "บรรณานุกรม",
    "ლიტერატურა", "Rujukan", "Tài liệu tham khảo", "قائمة المصادر والمراجع",
]  # fmt: skip
NOTES = ["注釈", "脚注", "각주", "Catatan kaki", "Pastabos", "الهوامش", "پانوشت‌ها", "הערות שוליים"]


@pytest.mark.parametrize("heading", LITERATURE)
def test_literature_headings(heading: str) -> None:
    assert is_literature_heading(f"## {heading}")
    assert not is_notes_heading(f"## {heading}")


@pytest.mark.parametrize("heading", NOTES)
def test_notes_headings(heading: str) -> None:
    assert is_notes_heading(f"## {heading}")
    assert not is_literature_heading(f"## {heading}")


def test_a_body_heading_is_neither() -> None:
    assert not is_literature_heading("## Įvadas") and not is_notes_heading("## Įvadas")
