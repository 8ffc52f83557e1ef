"""fix70b: a sup-markdown text whose numbered list of sources stands mid-text, cited from
the sections above and below it, and a reference list the text goes on after."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.mdmidlist import cited_list, text_after
from bibcheck.readers.supmarkdown import _marker_labels

_EN = """# Tide gauges

Early gauges were mechanical floats.<sup>[1]</sup> Pressure sensors came in the sixties.<sup>[2]</sup>

## Further Reading

1. [Marsh, "Floats and wells" (2019)](https://example.org/floats) — a short history.

2. [Lind, "Pressure gauges at sea" (2011)](https://example.org/pressure) — the first sensors.

3. Harbour Office, radar gauges compared (2020).

## Outlook

Radar may replace both of them.<sup>[3]</sup> Floats stay cheap.<sup>[1]</sup>
"""

_DE = """# Pegelmessung

Die ersten Pegel waren Schwimmer.<sup>1</sup> Drucksensoren folgten später.<sup>2</sup>

## Weiterführende Literatur

1. Keller, Anna: Schwimmer und Brunnen, Kiel 2018.
2. Vogt, Peter: Drucksensoren im Küstenmeer, in: Küstenforschung 4 (2009).
3. Landesamt für Küstenschutz, Radarpegel im Vergleich, https://example.org/radar.
4. Hahn, Ute: Pegel und Gezeiten, Bremen 2015.

## Ausblick

Radar könnte beide ablösen.<sup>3</sup> Gezeiten bleiben schwer vorherzusagen.<sup>4</sup>
"""

_ES = """# Mareógrafos

Los primeros eran flotadores.<sup>[1]</sup> Luego llegaron los sensores.<sup>[2]</sup>

## Lecturas recomendadas

1. Ruiz, M. (2017). Flotadores y pozos. Madrid: Costa.
2. Díaz, L. (2012). Sensores de presión. Revista de Costas, 8.
3. Oficina de Puertos (2021). Radares comparados.

## Conclusión

El radar podría sustituirlos.<sup>[3]</sup>
"""


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (_EN, [("1", 3), ("1", 15), ("2", 3), ("3", 15)]),
        (_DE, [("1", 3), ("2", 3), ("3", 14), ("4", 14)]),
        (_ES, [("1", 3), ("2", 3), ("3", 13)]),
    ],
)
def test_mid_list_cited_from_both_sides(
    tmp_path: Path, text: str, pairs: list[tuple[str, int]]
) -> None:
    path = tmp_path / "essay.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    assert doc.reader == "sup-markdown"
    got = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert got == pairs
    assert all(fn.literature is not None for fn in doc.footnotes)
    assert [a.code.value for a in doc.all_anomalies() if "marker" in a.code.value] == []


def test_reference_list_the_text_goes_on_after(tmp_path: Path) -> None:
    text = _EN.replace("## Further Reading", "## References")
    path = tmp_path / "essay.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    got = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert ("3", 15) in got and ("1", 15) in got


def _lines(text: str) -> list[str]:
    return text.split("\n")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_EN, (4, 12)),
        (_DE, (4, 11)),
        # steps, not sources: no year, DOI or address in its items
        (
            "# How\n\nWe did it.<sup>1</sup> Twice.<sup>2</sup>\n\n## Steps\n\n1. Open it.\n"
            "2. Turn it.\n3. Close it.\n\n## After\n\nThen this.<sup>3</sup>\n",
            None,
        ),
        # a marker past the list's end: the markers cite something else
        (_EN.replace("replace both of them.<sup>[3]</sup>", "replace both.<sup>[4]</sup>"), None),
        # nothing cited below it: the end-of-text readers' case
        (_EN.replace("<sup>[3]</sup>", "").replace("<sup>[1]</sup> Floats", " Floats"), None),
    ],
)
def test_cited_list(text: str, want: tuple[int, int] | None) -> None:
    assert cited_list(_lines(text), 0, _marker_labels) == want


def test_text_after() -> None:
    lines = _lines(_EN)
    assert text_after(lines, 4, _marker_labels) == 12
    assert text_after(lines[:12], 4, _marker_labels) is None
