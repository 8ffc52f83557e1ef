"""A numbered Notes list whose item ends with a web address ending in ``/``: the next line
"13. Title …" is the next item even where the numbering skips (an address holds no space,
so it cannot be the address's rest).  Where such endnotes are a news feature's only list,
cited by plain ``<sup>N</sup>`` marks in order, a number skipped by markers and notes alike
is one footnote-numbering defect, at the marker before the gap, not a literature-numbering
one; and a note cited again by a repeated bracketed mark (a wiki export) is still no defect."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import FindingKind
from bibcheck.readers.common import read_list
from bibcheck.readers.supmarkdown import read

FEATURE = """\
# The price of a parking ticket

*By Ines Okoro · 12 May 2026*

The city doubled its late fee in 2019.<sup>1</sup> Its own auditor said the fee was never costed.<sup>2</sup>
A state guide tells courts to ask about ability to pay.<sup>3</sup> The county ignored it.<sup>5</sup>
Residents of two wards paid most of it.<sup>6</sup>

## Notes

1. City of Eastbrook, *Schedule of Fees and Charges, Fiscal Year 2019*. https://eastbrook.example.gov/fees/
2. Office of the City Auditor, *Parking Enforcement Audit*, June 2021. https://eastbrook.example.gov/audit/parking/
3. State Judicial Council, *Bench Guide on Fines and Fees*, 2020. https://courts.example.gov/bench-guide/
5. Rosa Mendel, *Paying Twice: Fines in Small Cities* (Chicago: Lakeshore Press, 2018).
6. Eastbrook Ledger analysis of 2019–2024 payment records.
"""


def test_item_after_an_address_is_an_item() -> None:
    assert [n.label for n in read(FEATURE).literature] == ["1", "2", "3", "5", "6"]
    doc = parse_bytes(FEATURE.encode(), "feature.md")
    notes = {n.label: n.reference for n in doc.footnotes}
    assert notes["3"] is not None and notes["3"].url == "https://courts.example.gov/bench-guide/"
    assert notes["5"] is not None and notes["5"].year == 2018
    # (the note after the gap is its own, not the rest of note 3)
    assert notes["3"].year == 2020


def test_gap_is_one_footnote_numbering_defect_at_the_marker() -> None:
    doc = parse_bytes(FEATURE.encode(), "feature.md")
    assert doc.reader == "sup-markdown"
    codes = [(a.code, a.line) for a in doc.all_anomalies() if "numbering" in a.code.value]
    assert codes == [(C.NUMBERING_GAP, 6)]
    kinds = {(f.kind, line) for f in analyse_document(doc, {}, {}) for line in f.lines}
    assert (FindingKind.FOOTNOTE_NUMBERING, 6) in kinds
    assert not any(kind is FindingKind.LITERATURE_NUMBERING for kind, _ in kinds)


def test_wiki_export_cites_again_without_defect() -> None:
    text = (
        "# Ferries\n\nThe ferry ran daily.<sup>[1]</sup> Fares rose.<sup>[2]</sup> "
        "It ran daily again.<sup>[1]</sup>\n\n## References\n\n"
        "1. Harbour Board, *Timetable 2019*. https://harbour.example.org/timetable/\n"
        "2. Ana Ruiz, *Fares and Ferries* (Bergen: Fjord Press, 2017).\n"
    )
    doc = parse_bytes(text.encode(), "ferries.md")
    assert not [a for a in doc.all_anomalies() if a.code is C.DUPLICATE_MARKER]


@pytest.mark.parametrize(
    ("lines", "labels", "numbering"),
    [
        # a literature list: the gap is reported at the item after it
        (
            [
                "1. A. Author, *Title One*, 2001. https://a.example.org/one/",
                "3. B. Author, *Title Three*, 2003.",
            ],
            ["1", "3"],
            [(C.LITERATURE_NUMBERING, 2)],
        ),
        # an address broken after its "/" continues on the next line (no list number there)
        (
            [
                "1. A. Author, *Title One*, 2001. https://a.example.org/one/",
                "page.html",
                "2. B. Author, *Title Two*, 2002.",
            ],
            ["1", "2"],
            [],
        ),
        # "2023. - URL: …" after an item ending in "-" continues it (GOST's areas)
        (
            [
                "1. Иванов И. И. Заглавие. - М., -",
                "2023. - URL: https://example.ru/x",
                "2. Петров П. П. Другое. - М., 2020.",
            ],
            ["1", "2"],
            [],
        ),
    ],
)
def test_read_list(lines: list[str], labels: list[str], numbering: list[tuple[C, int]]) -> None:
    notes, anomalies, _ = read_list(lines, 0, set())
    assert [n.label for n in notes] == labels
    assert [(a.code, a.line) for a in anomalies] == numbering
