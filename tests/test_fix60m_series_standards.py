"""fix60m: an APA report's series between title and publisher, a standard opening with its
designation and the edition it revises, and a dotted country's initials opening a publisher."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.apa_series import series_then_publisher
from bibcheck.parse.references.italic_titled import leading_standard
from bibcheck.parse.references.shared import tidy


@pytest.mark.parametrize(
    ("remainder", "expected"),
    [
        (
            "Occasional Paper No. 44. Bank of Ruritania.",
            ("Occasional Paper No. 44", "Bank of Ruritania."),
        ),
        (
            "NBER Working Paper 31877. National Bureau of Economic Research.",
            ("NBER Working Paper 31877", "National Bureau of Economic Research."),
        ),
        (
            "Discussion Paper No. 21-09. Institute for Fiscal Studies.",
            ("Discussion Paper No. 21-09", "Institute for Fiscal Studies."),
        ),
        ("(Tech 3341). Union of Broadcasters.", ("Tech 3341", "Union of Broadcasters.")),
        ("(EBU Tech 3343). Union of Broadcasters.", ("EBU Tech 3343", "Union of Broadcasters.")),
        # not a series: a publisher, a volume, a year, nothing after the series
        ("Harbour Books.", None),
        ("(Vol. 412). Harbour Books.", None),
        ("(Volume 412). Harbour Books.", None),
        ("Annual Review 2019. Harbour Books.", None),
        ("Working Paper No. 12.", None),
        ("Chapter Nine 123. Harbour Books.", None),
    ],
)
def test_series_then_publisher(remainder: str, expected: tuple[str, str] | None) -> None:
    assert series_then_publisher(remainder) == expected


@pytest.mark.parametrize(
    ("entry", "title", "publisher", "kind"),
    [
        (
            "Okafor, N. (2011). *Credit in rural markets*. Occasional Paper No. 44. Bank of Ruritania.",
            "Credit in rural markets",
            "Bank of Ruritania",
            RefKind.REPORT,
        ),
        (
            "Lind, A., & Moss, B. (2019). *Tax and the household*. Working Paper No. 19-07. Institute for Fiscal Studies.",
            "Tax and the household",
            "Institute for Fiscal Studies",
            RefKind.REPORT,
        ),
        (
            "Union of Broadcasters. (2014). *Loudness range metering* (Tech 3341). Union of Broadcasters.",
            "Loudness range metering",
            "Union of Broadcasters",
            RefKind.REPORT,
        ),
        (
            "Vega, R. (2008). *Soils of the plains*. U.S. Department of Agriculture.",
            "Soils of the plains",
            "U.S. Department of Agriculture",
            None,
        ),
    ],
)
def test_apa_series_entries(entry: str, title: str, publisher: str, kind: RefKind | None) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert (ref.title, ref.publisher) == (title, publisher)
    if kind is not None:
        assert ref.kind is kind


@pytest.mark.parametrize(
    ("entry", "title", "year"),
    [
        (
            "IEEE Std 1588-2019 (Revision of IEEE Std 1588-2008). IEEE Standard for a Precision Clock Synchronization Protocol. IEEE, 2020.",
            "IEEE Standard for a Precision Clock Synchronization Protocol",
            2020,  # (the date printed in the entry; never the revised edition's 2008)
        ),
        (
            "ISO 14001:2015 (replaces ISO 14001:2004). Environmental management systems. Geneva: ISO, 2015.",
            "Environmental management systems",
            2015,
        ),
        (
            "IEEE Std 754-2019. IEEE Standard for Floating-Point Arithmetic. IEEE, 2019.",
            "IEEE Standard for Floating-Point Arithmetic",
            2019,
        ),
    ],
)
def test_standard_with_revision(entry: str, title: str, year: int) -> None:
    found = leading_standard(entry)
    assert found is not None and found[1] == title
    ref = parse_reference(entry, [1], detect_styles=True)
    assert (ref.title, ref.kind, ref.year) == (title, RefKind.REPORT, year)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Department of Agriculture.", "U.S. Department of Agriculture"),
        ("U.K. Data Archive.", "U.K. Data Archive"),
        ("U.S. Dept. of Labor.", "U.S. Dept. of Labor."),
        ("Trans. X.", "Trans. X."),
        ("Harbour Books.", "Harbour Books"),
    ],
)
def test_tidy_dotted_head(text: str, expected: str) -> None:
    assert tidy(text) == expected


def test_document(tmp_path: Path) -> None:
    doc = tmp_path / "paper.md"
    doc.write_text(
        "# Brief\n\nCredit is scarce.[^1] Loudness was measured.[^2] Clocks agree.[^3]\n\n"
        "[^1]: Okafor, N. (2011). *Credit in rural markets*. Occasional Paper No. 44. Bank of"
        " Ruritania.\n\n"
        "[^2]: Union of Broadcasters. (2014). *Loudness range metering* (Tech 3341). Union of"
        " Broadcasters.\n\n"
        "[^3]: IEEE Std 1588-2019 (Revision of IEEE Std 1588-2008). IEEE Standard for a"
        " Precision Clock Synchronization Protocol. IEEE, 2020.\n",
        encoding="utf-8",
    )
    got = [
        (fn.reference.title, fn.reference.publisher, fn.reference.kind)
        for fn in parse_file(doc).footnotes
        if fn.reference is not None
    ]
    assert got == [
        ("Credit in rural markets", "Bank of Ruritania", RefKind.REPORT),
        ("Loudness range metering", "Union of Broadcasters", RefKind.REPORT),
        ("IEEE Standard for a Precision Clock Synchronization Protocol", "IEEE", RefKind.REPORT),
    ]
