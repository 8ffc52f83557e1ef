"""fix66a gap 4: a Markdown document mixing ``[^a]`` footnotes with hand-numbered
``<sup>1</sup>`` notes: the reader says which calls of the other kind it left unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

FOOTNOTES = '[^zoll]: Lind, O. "Zollakten 1880–1900". Maritime Archive Journal 8 (2011): 101–110.\n'
NOTES_LIST = (
    "## Notes\n\n1. Ruiz, P. *Comercio y marea*. Madrid: Costa, 2004.\n"
    "2. Berg, I. *Archives of the Coast*. Oslo: Fjord, 2001.\n"
)
SUP_DEFS = (
    "---\n\n<sup>1</sup> Ruiz, P. *Comercio y marea*. Madrid: Costa, 2004.\n"
    "<sup>2</sup> Berg, I. *Archives of the Coast*. Oslo: Fjord, 2001.\n"
    "<sup>3</sup> Marsh, A. *Piers of the North Sea*. Harbour Press, 2019.\n"
)


def _doc(notes: str, third: str) -> str:
    return (
        "# Hafengeschichte\n\n"
        "Der alte Pier wurde 1888 neu gebaut.<sup>1</sup> Der Handel verdoppelte sich.<sup>2</sup>\n"
        f"Das Zollhaus zog 1902 ins Landesinnere.[^zoll] Sein Archiv blieb erhalten.{third}\n\n"
        f"{FOOTNOTES}\n{notes}"
    )


CASES = [
    # (text, forced reader, code expected, lines named)
    (_doc(NOTES_LIST, ""), None, "<sup>", (3,)),
    (_doc(SUP_DEFS, "<sup>3</sup>"), None, "<sup>", (3, 4)),
    (_doc(SUP_DEFS, "<sup>3</sup>"), "sup-markdown", "[^", (4,)),
]


@pytest.mark.parametrize(("text", "reader", "kind", "lines"), CASES)
def test_unread_kind_said(
    tmp_path: Path, text: str, reader: str | None, kind: str, lines: tuple[int, ...]
) -> None:
    path = tmp_path / "mixed.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, reader=reader)
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION and kind in a.message]
    assert len(unread) == 1
    assert set(lines) <= set(unread[0].lines or (unread[0].line,))
