"""Fix 51h: an AsciiDoc/Metanorma entry's label (``* [[[id,label]]], text``) dates the entry
when it is a dated designation (``DIN 1505-2:1984``), and a list numbered by its labels
(``[[[a,1]]]``, ``[[[b,2]]]``) is checked for skipped and repeated numbers.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.adoclabels import (
    designation_year,
    emphasised_title,
    label_numbering,
    label_year,
)
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("label", "year"),
    [
        ("ISO 3166-1:2013", 2013),
        ("ISO/IEC 27001:2022", 2022),
        ("DIN EN 1090-2:2018", 2018),
        ("JIS X 0208:1997", 1997),
        ("GB/T 7714:2015", 2015),
        ("nofetch(BS 5261-2:2005)", 2005),
        ("IEC 60050-101:1998/Amd 1:2019", 1998),  # the standard's year, not the amendment's
        ("ISO 3166-1", None),  # undated
        ("ISO 8601", None),
        ("RFC 9110", None),
        ("3", None),  # a list number
        ("Smith 2019", None),  # no colon: not a designation's date
        ("ISO 8601:12345", None),  # not a year
        ("ISO 8601:2004:3", None),
        (None, None),
    ],
)
def test_designation_year(label: str | None, year: int | None) -> None:
    assert designation_year(label) == year


@pytest.mark.parametrize(
    ("label", "text", "year"),
    [
        ("ISO 639-2:1998", "*Codes for the representation of names of languages*", 1998),
        ("ISO 639-2:1998", "*Codes for languages*. Geneva, 2002", None),  # the text's own year
        ("lang", "*Codes for languages*", None),
    ],
)
def test_label_year(label: str, text: str, year: int | None) -> None:
    assert label_year(label, text) == year


@pytest.mark.parametrize(
    ("labels", "flagged"),
    [
        (["1", "2", "4", "5"], [(C.LITERATURE_NUMBERING, 30)]),  # 3 skipped
        (["1", "2", "2", "3"], [(C.LITERATURE_DUPLICATE_NUMBER, 30)]),
        (["1", "2", "3", "4"], []),
        (["ISO 712", "ISO 5725-1:1994", "IEC 1", "DIN 5"], []),  # designations, no numbers
        (["7", "ISO 712", "ISO 713", "ISO 714"], []),  # one number is no numbering
    ],
)
def test_label_numbering(labels: list[str], flagged: list[tuple[C, int]]) -> None:
    items: list[tuple[str | None, int]] = [(lab, 10 * (k + 1)) for k, lab in enumerate(labels)]
    assert [(a.code, a.line) for a in label_numbering(items)] == flagged


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Ministry of Culture, *Rules of Spelling* (Notice No. 12)", "Rules of Spelling"),
        ("IETF RFC 9999, A. Poe and B. Roe, *Some Protocol*", "Some Protocol"),
        ("*Rules of Spelling*", None),  # nothing before the italics
        ("A *very* long title", None),  # italics inside a title, no head before a comma
        ("Org, *One* and *Two*", None),  # two spans: not one title
        ("Rules of Spelling", None),
        (None, None),
    ],
)
def test_emphasised_title(title: str | None, want: str | None) -> None:
    assert emphasised_title(title) == want


DOC = """\
= Test methods for pumps

== Normative references

* [[[iso5199,ISO 5199:2002]]], _Technical specifications for centrifugal pumps_
* [[[din24250,DIN 24250]]], _Centrifugal pumps; designation and numbering of parts_
* [[[iso9906,ISO 9906:2012]]], _Rotodynamic pumps_. Geneva: ISO, 2013

See <<iso5199>>, <<din24250>> and <<iso9906>>, also <<hale,the survey>> and <<moor>>.

[bibliography]
== Bibliography

* [[[hale,1]]], Hale, I., _Pumps of the Fens_. Ely: Marsh Books, 2008
* [[[moor,2]]], Moor, T., _Drainage_. Ely: Marsh Books, 2011
* [[[gray,4]]], Gray, A., _Sluices_. Ely: Marsh Books, 2014
* [[[min,5]]], Fen Board, _Rules for Sluice Keepers_ (Circular No. 7), 1990
"""


def test_document_years_and_numbering(tmp_path: Path) -> None:
    path = tmp_path / "pumps.adoc"
    path.write_text(DOC, encoding="utf-8")
    doc = parse_file(path)
    years = {e.label: e.reference.year for e in doc.literature}
    assert years == {
        "iso5199": 2002,  # from the label
        "din24250": None,  # undated: no year
        "iso9906": 2013,  # the text's own
        "hale": 2008,
        "moor": 2011,
        "gray": 2014,
        "min": 1990,
    }
    titles = {e.label: e.reference.title for e in doc.literature}
    assert titles["iso5199"] == "Technical specifications for centrifugal pumps"
    assert titles["min"] == "Rules for Sluice Keepers"
    numbering = [a.line for a in doc.anomalies if a.code is C.LITERATURE_NUMBERING]
    assert numbering == [
        DOC.splitlines().index("* [[[gray,4]]], Gray, A., _Sluices_. Ely: Marsh Books, 2014") + 1
    ]
    cited = {f.reference.year for f in doc.footnotes if f.reference is not None}
    assert 2002 in cited


LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "ISO " * (n // 4), id="words"),
    pytest.param(lambda n: "ISO 1-" + "1-" * (n // 2), id="parts"),
    pytest.param(lambda n: "A" + " 1" * (n // 2) + ":", id="numbers-colon"),
    pytest.param(lambda n: "A/" * (n // 2) + "1:2000", id="slashes"),
    pytest.param(lambda n: "a, *" * (n // 4), id="comma-stars"),
    pytest.param(lambda n: "a," * (n // 2) + "*b", id="commas-open-star"),
]


@pytest.mark.parametrize("line", LINES)
def test_emphasised_title_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(emphasised_title, line)


@pytest.mark.parametrize("line", LINES)
def test_designation_year_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(designation_year, line)
