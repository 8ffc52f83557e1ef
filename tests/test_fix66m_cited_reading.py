"""fix66m shape 2: a Markdown further-reading heading (``## Further reading``,
``## Weiterführende Literatur``, ``## Pour aller plus loin``) over bulleted items that carry
the labels the text cites (``- [1] …`` cited ``[1]``) is read as the reference list; a
reading list whose items carry no label, or labels no one cites, is not taken so."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.mdcitedreading import cited_labels, labels_under

ENTRIES = (
    "Marsh, A. (2019). Floats and wells for tide gauges. Harbour Press.",
    'Lind, O. (2011). "Pressure gauges at sea". Journal of Coastal Research, 12, 33–50.',
    "Peeters, J. (2004). Altimetry from orbit. Springer.",
)
BODIES = {
    "en": "Early gauges were mechanical floats [1]. Pressure sensors followed [2],\n"
    "and satellite altimetry now complements them [3].",
    "de": "Frühe Pegel waren mechanische Schwimmer [1]. Drucksensoren folgten [2],\n"
    "und heute ergänzt die Satellitenaltimetrie sie [3].",
    "fr": "Les premiers marégraphes étaient des flotteurs [1]. Les capteurs de pression\n"
    "suivirent [2], et l’altimétrie spatiale les complète aujourd’hui [3].",
}


def _doc(lang: str, heading: str, bullet: str, label: str) -> str:
    items = [f"{bullet} {label.format(n=n)} {text}" for n, text in enumerate(ENTRIES, start=1)]
    return "\n".join(["# Tide gauges", "", BODIES[lang], "", f"## {heading}", "", *items, ""])


CASES = [
    ("en", "Further reading", "-", "[{n}]"),
    ("en", "Further Reading", "*", "[{n}]"),
    ("de", "Zum Weiterlesen", "-", "[{n}]"),
    ("fr", "Pour aller plus loin", "-", "[{n}]"),
    ("fr", "Lectures complémentaires", "+", "[{n}]"),
]


@pytest.mark.parametrize(("lang", "heading", "bullet", "label"), CASES)
def test_cited_reading_list_read(
    tmp_path: Path, lang: str, heading: str, bullet: str, label: str
) -> None:
    path = tmp_path / "gauges.md"
    path.write_text(_doc(lang, heading, bullet, label), encoding="utf-8")
    doc = parse_file(path)
    assert [e.number for e in doc.literature] == [1, 2, 3]
    titles = [e.reference.title if e.reference else None for e in doc.literature]
    assert titles[0] == "Floats and wells for tide gauges"
    assert not any(t is None or t.startswith(("[", "1")) for t in titles)
    assert sorted(fn.label for fn in doc.footnotes) == ["1", "2", "3"]
    assert not [a for a in doc.anomalies if a.code.value == "reader-uncertain"]


SHAPES = [
    # (lines, heading index, cited)
    (["Floats [1] and [2].", "", "## Further reading", "", "- [1] A 2019.", "- [2] B 2011."], 2, True),
    (["Schwimmer [1–2].", "", "## Weiterführende Literatur", "* 1. A 2019.", "* 2. B 2011."], 2, True),
    (["Floats and wells.", "", "## Further reading", "", "- [1] A 2019.", "- [2] B 2011."], 2, False),
    (["Floats [1] and [2].", "", "## Further reading", "", "- A 2019.", "- B 2011."], 2, False),
    (["Floats [1] and [2].", "", "## Further reading", "", "- [1] A 2019.", "- B 2011."], 2, False),
    (["Floats [7] and [8].", "", "## Further reading", "", "- [1] A 2019.", "- [2] B 2011."], 2, False),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "at", "cited"), SHAPES)
def test_cited_labels(lines: list[str], at: int, cited: bool) -> None:
    assert cited_labels(lines, at) is cited


def test_labels_under() -> None:
    lines = ["## Sources", "- [1] A.", "- [2] B.", "", "## Appendix", "- [3] C."]
    assert labels_under(lines, 0) == ["1", "2"]
