"""fix66a gap 2: a Markdown reference list whose numbered items are bulleted (``- [1]``,
``* [12]``, ``+ 3.``) under any heading, or none, is read as the list the text cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.bulletlabels import unbulleted

ENTRIES = (
    "Marsh, A. (2019). Cheap loggers for tide gauges. J. Coastal Instruments, 4(2), 11-19.",
    "Lind, O. (2011). Drift in pressure transducers. Ocean Methods, 8, 101-110.",
    "Ruiz, P. (2021). Firmware for field sensors. Harbour Press.",
)
BODIES = {
    "en": "Cheap loggers match survey instruments [1]. Drift remains the main error [2], [3].",
    "de": "Günstige Logger erreichen Vermessungsgeräte [1]. Die Drift bleibt der Fehler [2, 3].",
    "es": "Los registradores baratos igualan a los de referencia [1]. La deriva persiste [2–3].",
}


def _doc(lang: str, heading: str | None, bullet: str, style: str) -> str:
    labels = [style.format(n=n) for n in range(1, 4)]
    items = [f"{bullet} {label} {text}" for label, text in zip(labels, ENTRIES, strict=True)]
    head = [] if heading is None else [f"## {heading}", ""]
    return "\n".join(["# Tidal loggers", "", BODIES[lang], "", *head, *items, ""])


CASES = [
    ("en", "Works cited", "-", "[{n}]"),
    ("en", "Sources", "*", "[{n}]"),
    ("de", "Quellen", "-", "[{n}]"),
    ("es", "Bibliografía", "+", "{n}."),
    ("en", "参考文献", "*", "[{n}]"),
    ("en", None, "-", "[{n}]"),
    ("es", None, "+", "{n}."),
]


@pytest.mark.parametrize(("lang", "heading", "bullet", "style"), CASES)
def test_bulleted_list_read(
    tmp_path: Path, lang: str, heading: str | None, bullet: str, style: str
) -> None:
    path = tmp_path / "paper.md"
    path.write_text(_doc(lang, heading, bullet, style), encoding="utf-8")
    doc = parse_file(path)
    assert [e.number for e in doc.literature] == [1, 2, 3]
    assert doc.literature[0].reference.title == "Cheap loggers for tide gauges"
    assert sorted(fn.label for fn in doc.footnotes) == ["1", "2", "3"]


UNBULLETED = [
    ("- [1] Marsh, A. 2019.", "[1] Marsh, A. 2019."),
    ("  * [12] Lind, O. 2011.", "  [12] Lind, O. 2011."),
    ("+ 3. Ruiz, P. 2021.", "3. Ruiz, P. 2021."),
    ("- an ordinary point", "- an ordinary point"),
    ("- 2019 was a wet year", "- 2019 was a wet year"),
]


@pytest.mark.parametrize(("line", "expected"), UNBULLETED)
def test_unbulleted(line: str, expected: str) -> None:
    assert unbulleted(line) == expected
