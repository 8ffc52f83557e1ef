"""fix66a gap 3: notes numbered ``(1)`` or ``¹`` at their line's start, cited in the text
(``(1)``, ``^1^``, ``<sup>1</sup>``, ``¹``), are read as notes; a list of steps is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.mdnotelabels import rewrite

NOTES = (
    "Marsh, A. *Piers of the North Sea*. Harbour Press, 2019, p. 14.",
    'Lind, O. "Zollakten 1880–1900". Maritime Archive Journal 8 (2011): 101–110.',
    "Ruiz, P. *Comercio y marea*. Madrid: Costa, 2004.",
)
REFERENCES = (
    "\n## References\n\n- Marsh, A. (2019). Piers of the North Sea. Harbour Press.\n"
    "- Lind, O. (2011). Zollakten 1880–1900. Maritime Archive Journal, 8, 101–110.\n"
)


SUPER = {1: "¹", 2: "²", 3: "³"}


def _doc(call: str, item: str, heading: str, refs: bool) -> str:
    c = [call.format(n=n, s=SUPER[n]) for n in (1, 2, 3)]
    body = (
        f"The old pier was rebuilt in 1888 after the storm{c[0]}. Trade doubled within a "
        f"decade{c[1]},\nand the customs house moved inland{c[2]}.\n"
    )
    labels = [item.format(n=n, s=SUPER[n]) for n in (1, 2, 3)]
    items = "\n".join(f"{label} {text}" for label, text in zip(labels, NOTES, strict=True))
    return f"# Harbour history\n\n{body}\n## {heading}\n\n{items}\n" + (REFERENCES if refs else "")


CASES = [
    ("^{n}^", "({n})", "Notes", False),
    ("<sup>{n}</sup>", "({n})", "Notes", False),
    ("^{n}^", "({n})", "Anmerkungen", True),
    (" ({n})", "({n})", "Notes", True),
    ("<sup>{n}</sup>", "{s}", "Notas", True),
    ("<sup>{n}</sup>", "{s}", "Notes", False),
]


@pytest.mark.parametrize(("call", "item", "heading", "refs"), CASES)
def test_notes_read(tmp_path: Path, call: str, item: str, heading: str, refs: bool) -> None:
    path = tmp_path / "essay.md"
    path.write_text(_doc(call, item, heading, refs), encoding="utf-8")
    doc = parse_file(path)
    assert sorted(fn.label for fn in doc.footnotes) == ["1", "2", "3"]
    assert all(fn.markers for fn in doc.footnotes)
    assert "Piers of the North Sea" in (doc.footnotes[0].reference.title or "")


REWRITES = [
    # (lines, expected): cited lists rewritten, uncited steps left alone
    (
        ["Rebuilt.(1) Doubled.(2)", "", "(1) Marsh 2019.", "(2) Lind 2011."],
        ["Rebuilt.<sup>1</sup> Doubled.<sup>2</sup>", "", "<sup>1</sup> Marsh 2019.",
         "<sup>2</sup> Lind 2011."],
    ),
    (
        ["Gebaut¹ und verdoppelt².", "", "¹ Marsh 2019.", "² Lind 2011."],
        ["Gebaut<sup>1</sup> und verdoppelt<sup>2</sup>.", "", "<sup>1</sup> Marsh 2019.",
         "<sup>2</sup> Lind 2011."],
    ),
    (
        ["Open the housing.", "", "(1) Unscrew the cap.", "(2) Remove the battery."],
        ["Open the housing.", "", "(1) Unscrew the cap.", "(2) Remove the battery."],
    ),
    (
        ["An area of 10² m and x².", "", "¹ Marsh 2019.", "² Lind 2011."],
        ["An area of 10² m and x².", "", "¹ Marsh 2019.", "² Lind 2011."],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), REWRITES)
def test_rewrite(lines: list[str], expected: list[str]) -> None:
    assert rewrite(lines) == expected
