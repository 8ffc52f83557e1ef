"""An AsciiDoc footnote macro never closed before its paragraph ends (the "]" forgotten, or
the note's text running over a blank line) is a damaged part, said with its line, never
dropped in silence; closed notes beside it are still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

_CLOSED = "A claim in the open.footnote:[Made-up note, see https://example.net/a.]\n"


@pytest.mark.parametrize(
    ("text", "notes", "damaged"),
    [
        pytest.param(
            "= T\n\n" + _CLOSED + "\nAnother claim.footnote:[This one never ends.\n",
            1,
            [5],
            id="never-closed-at-end",
        ),
        pytest.param(
            "= T\n\n" + _CLOSED + "\nA claim.footnote:[Starts here.\n\nGoes on after a gap.]\n",
            1,
            [5],
            id="crosses-blank-line",
        ),
        pytest.param(
            "= T\n\n[NOTE]\n====\nInside a block.footnote:[Open to the end\n====\n\n" + _CLOSED,
            1,
            [5],
            id="inside-delimited-block",
        ),
        pytest.param(
            "= T\n\nOne.footnote:idx[Named, never closed.\n\n" + _CLOSED,
            1,
            [3],
            id="named-footnote",
        ),
        pytest.param(
            "= T\n\n" + _CLOSED + "\nWrapped.footnote:[Over\ntwo lines, closed.]\n",
            2,
            [],
            id="wrapped-but-closed",
        ),
    ],
)
def test_unclosed_footnote_is_reported(
    tmp_path: Path, text: str, notes: int, damaged: list[int]
) -> None:
    path = tmp_path / "chapter.adoc"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert len(doc.footnotes) == notes
    found = sorted(a.line for a in doc.anomalies if a.code is C.DOCUMENT_DAMAGED)
    assert found == damaged
