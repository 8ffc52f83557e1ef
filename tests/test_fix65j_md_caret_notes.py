"""Markdown notes numbered by hand in Pandoc superscript: ``text.^1^`` and a list of notes (fix65j).

A writer who does not use ``[^1]`` footnotes types each note's number as Pandoc superscript
(``^1^``, ``^[2]^``, ``^(3)^``, ``^2,3^``, ``^4-6^``) and lists the notes under a title
(``1. …``, ``[1] …``, ``^1^ …``).  The markers and the notes are read by the superscript
reader; powers, units and ordinals are no markers; a document that also has ``[^a]``
footnotes says the numbers it did not read, never "no citations" in silence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

_LISTS = {
    "dotted": (
        "1. Okafor, N. Rivers of the delta. *Journal of Hydrology* 12 (2018): 33–40.\n"
        "2. Lindqvist, T. Harbour towns of the north. Oslo: Nordic Press, 1999.\n"
        "3. https://www.example.org/reports/delta-2019.html\n"
        "4. Amaral, J. Silt and sand. *Estuaries* 8 (2005): 1–12.\n"
    ),
    "bracketed": (
        "[1] Okafor, N. Rivers of the delta. *Journal of Hydrology* 12 (2018): 33–40.\n"
        "[2] Lindqvist, T. Harbour towns of the north. Oslo: Nordic Press, 1999.\n"
        "[3] https://www.example.org/reports/delta-2019.html\n"
        "[4] Amaral, J. Silt and sand. *Estuaries* 8 (2005): 1–12.\n"
    ),
    "caret": (
        "^1^ Okafor, N. Rivers of the delta. *Journal of Hydrology* 12 (2018): 33–40.\n\n"
        "^2^ Lindqvist, T. Harbour towns of the north. Oslo: Nordic Press, 1999.\n\n"
        "^3^ https://www.example.org/reports/delta-2019.html\n\n"
        "^4^ Amaral, J. Silt and sand. *Estuaries* 8 (2005): 1–12.\n"
    ),
}

# (title, body with the marks as {0} {1} {2}, heading of the notes)
_TEXTS = {
    "en": (
        "# The sinking delta",
        "The delta is sinking faster than before.{0} Its rivers carry less silt{1}\n"
        "than a century ago, and the harbours fill up.{2}",
        "## Notes",
    ),
    "es": (
        "# El delta que se hunde",
        "El delta se hunde más deprisa que antes.{0} Sus ríos llevan menos limo{1}\n"
        "que hace un siglo, y los puertos se llenan.{2}",
        "## Referencias",
    ),
    "de": (
        "# Das sinkende Delta",
        "Das Delta sinkt schneller als früher.{0} Seine Flüsse führen weniger Schlamm{1}\n"
        "als vor hundert Jahren, und die Häfen verlanden.{2}",
        "## Anmerkungen",
    ),
}


@pytest.mark.parametrize(
    ("language", "marks", "notes"),
    [
        ("en", ("^1^", "^2^", "^3,4^"), "dotted"),
        ("es", ("^1^", "^2-4^", "^4^"), "bracketed"),
        ("de", ("^(1)^", "^(2)^", "^(3)^"), "caret"),
        ("en", ("^[1]^", "^[2]^", "^[3]^"), "bracketed"),
        ("es", ("^(1)^", "^2,3^", "^4^"), "dotted"),
        ("de", ("^1^", "^2^", "^3–4^"), "bracketed"),
        ("en", ("^1^", "^2^", "^3^"), "caret"),
    ],
)
def test_caret_notes_read(
    tmp_path: Path, language: str, marks: tuple[str, str, str], notes: str
) -> None:
    title, body, heading = _TEXTS[language]
    text = f"{title}\n\n{body.format(*marks)}\n\n{heading}\n\n{_LISTS[notes]}"
    path = tmp_path / "delta.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "sup-markdown"
    cited = sorted({m.line for fn in doc.footnotes for m in fn.markers})
    assert cited == [3, 4]  # (the two lines of the paragraph)
    labels = {fn.label for fn in doc.footnotes}
    assert labels >= {"1", "2", "3"}
    raw = " ".join(fn.reference.raw for fn in doc.footnotes)
    assert "Rivers of the delta" in raw and "Harbour towns" in raw


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("The field covers 10^3^ hectares.^1^ It grows.^2^", ["1", "2"]),
        ("About 40 km^2^ in all.^1^ The plots are 3 m^2^ each.^2^", ["1", "2"]),
        ("The yield grows as x^2^ does.^1^ It peaked.^2^", ["1", "2"]),
        ("On the 4^th^ day it peaked.^1^ Then it fell.^2^", ["1", "2"]),
        ("Write `area^3^` in the code.^1^ Then run it.^2^", ["1", "2"]),
        ("Die Fläche wuchs auf 10^6^ Hektar.^1^ Sie schrumpfte.^2^", ["1", "2"]),
    ],
)
def test_powers_units_ordinals_are_no_markers(
    tmp_path: Path, sentence: str, cited: list[str]
) -> None:
    path = tmp_path / "field.md"
    path.write_text(
        f"# Fields\n\n{sentence}\n\n## Notes\n\n"
        "1. Berg, A. Field sizes. *Agronomy Journal* 7 (2011): 5–9.\n"
        "2. Holm, E. Yield curves. Uppsala: Lantbruk, 2016.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.reader == "sup-markdown"
    assert sorted(m.label for fn in doc.footnotes for m in fn.markers) == cited


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        (("^1^", "^2^"), "'^1^'"),
        (("^[1]^", "^[2]^"), "'^[1]^'"),
        (("^(1)^", "^(2)^"), "'^(1)^'"),
    ],
)
def test_caret_beside_pandoc_footnotes_said(
    tmp_path: Path, marks: tuple[str, str], expected: str
) -> None:
    path = tmp_path / "mixed.md"
    path.write_text(
        "# Mixed notes\n\n"
        f"The first claim is well known.{marks[0]} A second claim needs a remark.[^a]\n"
        f"The third rests on an archive.{marks[1]} A note inline.^[A remark written inline.]\n\n"
        "[^a]: A remark about the second claim, with no source.\n\n"
        "## References\n\n"
        "1. Smith, J. The first claim. *Journal of Things* 3 (2010): 1–9.\n"
        "2. National Archive, file 22/7, 1951.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.reader == "pandoc-markdown"
    assert len(doc.footnotes) == 2  # "[^a]" and the inline note "^[…]" stay read
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    assert any(expected in a.message and a.line == 3 for a in unread)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Warm.^1^ Clear.^[2]^"], ["Warm.<sup>1</sup> Clear.<sup>[2]</sup>"]),
        (
            ["Viele Quellen^(1)^ belegen es.^2,3^"],
            ["Viele Quellen<sup>1</sup> belegen es.<sup>2,3</sup>"],
        ),
        (
            ["Las rutas^1^ cambian.^2-4^", "", "^1^ Pérez, R. Aves, 2012."],
            [
                "Las rutas<sup>1</sup> cambian.<sup>2-4</sup>",
                "",
                "<sup>1</sup> Pérez, R. Aves, 2012.",
            ],
        ),
        # (a squared word alone is no note: notes are called from 1, two of them at least)
        (["The area^2^ of it."], ["The area^2^ of it."]),
        (["Fenced:", "```", "a.^1^ b.^2^", "```"], ["Fenced:", "```", "a.^1^ b.^2^", "```"]),
    ],
)
def test_rewrite_lines(lines: list[str], expected: list[str]) -> None:
    from bibcheck.readers.mdcaret import rewrite

    assert rewrite(lines) == expected


def test_front_matter_authors_are_no_notes(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text(
        "---\ntitle: Heat\nauthor:\n  - Anna Berg^1^\n  - Jon Holm^1,2^\n---\n\n"
        "# Heat\n\nHeat kills the old.^1^ Summers grow hot.^2^\n\n## Notes\n\n"
        "1. Berg, A. Heat and age. *Epidemiology* 3 (2019): 1–9.\n"
        "2. Holm, J. Hot summers. Oslo: Nordic Press, 2020.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.reader == "sup-markdown"
    assert sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers) == [
        ("1", 10),
        ("2", 10),
    ]
