"""A reader that reads a reference list but none of the citations above it is told as an
unread region (coverage gap), never passed as "a reference list only, 0 findings"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.citesunread import before_lines, unread_citations

NUMERIC = """Soil carbon and grazing

Grazing changes soil carbon in complex ways [1]. Some studies find losses [2], others gains [3].
The effect depends on climate [1, 3].

References

[1] A. Smith, "Grazing and soil carbon," Journal of Soils, vol. 3, pp. 1-10, 2019.
[2] B. Jones, "Carbon losses under grazing," Ecology Letters, vol. 12, pp. 22-30, 2020.
[3] C. Brown, "Gains in carbon," Soil Biology, vol. 8, pp. 100-110, 2021.
"""

SUPERSCRIPT = """# Weidewirtschaft und Bodenkohlenstoff

Beweidung verändert den Kohlenstoff im Boden.<sup>1</sup> Manche Studien finden Verluste,<sup>2</sup>
andere Gewinne.<sup>3</sup>

## Literatur

1. Schmidt, A. (2019). Beweidung und Bodenkohlenstoff. *Bodenkunde*, 3, 1–10.
2. Jonas, B. (2020). Kohlenstoffverluste. *Ökologie*, 12, 22–30.
3. Braun, C. (2021). Gewinne an Kohlenstoff. *Bodenbiologie*, 8, 100–110.
"""

ALPHA = """Vérification des programmes concurrents

La logique temporelle fut proposée pour les programmes [Pnu77] puis affinée [MP92]. Le model
checking [CES86] l'a rendue praticable ; les automates en donnent une vue uniforme [VW86].

Références

[CES86] E. M. Clarke, E. A. Emerson et A. P. Sistla. Automatic verification. ACM TOPLAS, 8(2):244-263, 1986.
[MP92] Z. Manna et A. Pnueli. The Temporal Logic of Reactive Systems. Springer, 1992.
[Pnu77] A. Pnueli. The temporal logic of programs. In Proc. FOCS, pages 46-57, 1977.
[VW86] M. Y. Vardi et P. Wolper. An automata-theoretic approach. In Proc. LICS, pages 332-344, 1986.
"""

XREF = """= Pastoreo y carbono

El pastoreo cambia el carbono del suelo <<smith2019>>. Algunos estudios hallan pérdidas <<jones2020>>.

== Referencias

1. Smith, A. (2019). Pastoreo y carbono del suelo. Revista de Suelos, 3, 1–10.
2. Jones, B. (2020). Pérdidas de carbono. Cartas de Ecología, 12, 22–30.
"""

# a reading list on its own: entries, and no citation anywhere (nothing to tell)
READING = """Further reading on grazing

The works below are a starting point; none is cited above.

References

[1] A. Smith, "Grazing and soil carbon," Journal of Soils, vol. 3, pp. 1-10, 2019.
[2] B. Jones, "Carbon losses under grazing," Ecology Letters, vol. 12, pp. 22-30, 2020.
[3] C. Brown, "Gains in carbon," Soil Biology, vol. 8, pp. 100-110, 2021.
"""


@pytest.mark.parametrize(
    ("name", "text", "reader", "told", "line"),
    [
        ("numeric.txt", NUMERIC, "pdf-text", "4 numeric citations [n]", 3),
        ("sup.md", SUPERSCRIPT, "plain-text", "3 <sup>n</sup> markers", 3),
        ("sup.md", SUPERSCRIPT, "pdf-text", "3 <sup>n</sup> markers", 3),
        ("alpha.txt", ALPHA, "pdf-text", "4 label citations [Knu84]", 3),
        ("xref.adoc", XREF, "plain-text", "2 AsciiDoc cross references <<key>>", 3),
    ],
)
def test_list_read_without_its_citations_is_told(
    tmp_path: Path, name: str, text: str, reader: str, told: str, line: int
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(path, reader=reader)
    assert parsed.literature  # the list was read ...
    assert not parsed.footnotes and not parsed.stray_markers  # ... and no citation
    gaps = [
        a
        for a in parsed.anomalies
        if a.code is AnomalyCode.UNREAD_REGION and "but no citation" in a.message
    ]
    assert len(gaps) == 1
    assert told in gaps[0].message
    assert f"read as {reader}" in gaps[0].message
    assert "--reader" in gaps[0].message.split("checked.", 1)[1]  # a reader to try
    assert gaps[0].line == line


@pytest.mark.parametrize(
    ("name", "text", "reader"),
    [
        ("reading.txt", READING, "pdf-text"),  # a list and no citation: nothing unread
        ("numeric.txt", NUMERIC, None),  # the chosen reader reads the citations
        ("sup.md", SUPERSCRIPT, None),
        ("alpha.txt", ALPHA, None),
    ],
)
def test_nothing_told_when_nothing_is_left_unread(
    tmp_path: Path, name: str, text: str, reader: str | None
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(path, reader=reader)
    assert not [a for a in parsed.anomalies if "but no citation" in a.message]


@pytest.mark.parametrize(
    ("text", "first", "want"),
    [
        ("a\nb\nc", 2, "a\n\n"),
        ("a\nb\nc", 1, "\n\n"),
        ("a\nb\nc", 9, "a\nb\nc"),
    ],
)
def test_before_lines_keeps_line_numbers(text: str, first: int, want: str) -> None:
    assert before_lines(text, first) == want


def test_citations_in_the_list_itself_are_not_counted() -> None:
    # (an annotated list citing other works inside its entries: those are the list's)
    text = "Title\n\nReferences\n\n[1] A. Smith, cited in [2] and [3], 2019.\n[2] B. Jones, 2020.\n"
    assert unread_citations(text, 5) == []
