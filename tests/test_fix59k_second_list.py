"""A further-reading list after the reference list is read, or reported, never dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.listscope import SectionHead
from bibcheck.readers.mdreading import reading_entries, reading_heads
from bibcheck.readers.readingleft import unread_reading_sections
from bibcheck.readers.readingsection import section_rows

_SUP_BODY = """# Tides

Tides follow the moon<sup>1</sup>. Harbours silt up<sup>2</sup>.

## References

1. Okafor N. Tidal forces. Harbour Books; 2011.
2. Lindqvist P. Silting harbours. Nordic Press; 2016.

"""


@pytest.mark.parametrize(
    ("heading", "items", "labels"),
    [
        (
            "## Further reading",
            "1. Marsh T. Coastlines. Delta Press; 2009.\n2. Ortega R. Estuaries. Sal Books; 2019.",
            ["FR1", "FR2"],
        ),
        (
            "## Weiterführende Literatur",
            "- Keller, U. (2005). *Gezeiten*. Hafen Verlag.\n"
            "- Brandt, O. (2013). *Küsten*. Nordsee Verlag.",
            ["FR1", "FR2"],
        ),
        (
            "**Suggested reading**",
            "- [Marsh, T. (2009). Coastlines](https://example.org/coast)\n"
            "- Ortega, R. (2019). *Estuaries*. Sal Books.\n"
            "- Vance, L. (2021). *Mudflats*. Delta Press.",
            ["FR1", "FR2", "FR3"],
        ),
        (
            "## Lectures complémentaires",
            "Marsh, T. (2009). *Coastlines*. Delta Press.\n\n"
            "Ortega, R. (2019). *Estuaries*. Sal Books.",
            ["FR1", "FR2"],
        ),
    ],
)
def test_sup_markdown_reads_second_list(
    tmp_path: Path, heading: str, items: str, labels: list[str]
) -> None:
    path = tmp_path / "tides.md"
    path.write_text(f"{_SUP_BODY}{heading}\n\n{items}\n", encoding="utf-8")
    doc = parse_file(str(path))
    assert doc.reader == "sup-markdown"
    assert [e.label for e in doc.literature] == ["1", "2", *labels]
    # the notes are the reference list's entries, never the further-reading list's
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    codes = {a.code for a in doc.anomalies}
    assert AnomalyCode.LITERATURE_UNCITED not in codes
    assert AnomalyCode.LITERATURE_MISSING not in codes


@pytest.mark.parametrize(
    ("lines", "after", "expected"),
    [
        (["# T", "## References", "1. A", "## Further reading", "- B"], 1, [3]),
        (["## References", "x", "**Suggested reading**", "- B", "## Zum Weiterlesen"], 0, [2, 4]),
        (["## References", "x", "## Further work", "- B"], 0, []),  # no list's name
        (["## Further reading", "- B", "## References", "1. A"], 2, []),  # before the list
    ],
)
def test_reading_heads(lines: list[str], after: int, expected: list[int]) -> None:
    assert reading_heads(lines, after) == expected


def test_reading_entries_labelled_across_lists() -> None:
    lines = [
        "## Further reading",
        "1. Marsh T. Coastlines. Delta Press; 2009.",
        "## Suggested reading",
        "- Ortega, R. (2019). *Estuaries*. Sal Books.",
        "- Vance, L. (2021). *Mudflats*. Delta Press.",
    ]
    entries = reading_entries(lines, [0, 2], set())
    assert [(e.label, e.line) for e in entries] == [("FR1", 2), ("FR2", 4), ("FR3", 5)]


_HEADS = [
    SectionHead(1, 1, "Tides"),
    SectionHead(5, 1, "References"),
    SectionHead(9, 1, "Further reading"),
]


def test_section_rows() -> None:
    assert list(section_rows(_HEADS[1], _HEADS, 12)) == [6, 7, 8]
    assert list(section_rows(_HEADS[2], _HEADS, 12)) == [10, 11, 12]


_LINES = [
    "Tides",
    "Tides follow the moon [1].",
    "",
    "",
    "References",
    "1. Okafor N. Tidal forces. Harbour Books; 2011.",
    "",
    "",
    "Further reading",
    "- Marsh, T. (2009). *Coastlines*. Delta Press.",
    "- Ortega, R. (2019). *Estuaries*. Sal Books.",
    "",
]


@pytest.mark.parametrize(
    ("read", "reported", "expected"),
    [
        ({6}, (), [(10, "(lines 10–11)")]),  # the second list left: reported with its lines
        ({6, 10, 11}, (), []),  # read: nothing to say
        ({6}, (10,), []),  # already reported
    ],
)
def test_unread_reading_sections(
    read: set[int], reported: tuple[int, ...], expected: list[tuple[int, str]]
) -> None:
    found = unread_reading_sections(_LINES, _HEADS, read, reported)
    assert [(a.line, a.message.split("'")[2].strip()[:13]) for a in found] == expected
    assert all(a.code is AnomalyCode.UNREAD_REGION for a in found)


def test_prose_section_is_no_list() -> None:
    lines = [*_LINES[:9], "Ask at the harbour office for local tide tables.", "", ""]
    assert unread_reading_sections(lines, _HEADS, {6}) == []


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        (
            "tides.org",
            "#+TITLE: Tides\n\n* Body\nTides follow the moon [1].\n\n* References\n"
            "1. Okafor N. Tidal forces. Harbour Books; 2011.\n\n* Further reading\n"
            "- Marsh, T. (2009). /Coastlines/. Delta Press.\n"
            "- Ortega, R. (2019). /Estuaries/. Sal Books.\n",
            [10, 11],
        ),
        (
            "tides.adoc",
            "= Tides\n\nTides follow the moon <<okafor>>.\n\n[bibliography]\n== References\n\n"
            "* [[[okafor]]] Okafor N. Tidal forces. Harbour Books; 2011.\n\n"
            "== Weiterführende Literatur\n\n"
            "* Keller, U. (2005). _Gezeiten_. Hafen Verlag.\n"
            "* Brandt, O. (2013). _Küsten_. Nordsee Verlag.\n",
            [12, 13],
        ),
    ],
)
def test_other_formats_read_the_second_list(
    tmp_path: Path, name: str, text: str, lines: list[int]
) -> None:
    # (fix60a: read as further reading, as sup-markdown reads it; fix59k reported it unread)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    assert [(e.label, e.line) for e in doc.literature][-2:] == list(
        zip(["FR1", "FR2"], lines, strict=True)
    )
    assert AnomalyCode.LITERATURE_UNCITED not in {a.code for a in doc.anomalies}
