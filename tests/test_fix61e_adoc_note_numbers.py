"""AsciiDoc: a typed ``[n]`` inside a footnote cites the numbered list (fix61e, item 2).

``footnote:[See [3] and [4].]`` in a document that cites its numbered bibliography by
``[n]`` in the body pairs 3 and 4 with the list's entries, on the footnote macro's line;
a number the list lacks is reported there, and the footnote's own number is never taken
for a citation of the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, ParsedDocument

_LIST = """
== References

[bibliography]
- [[[ref1, 1]]] A. Haddad, Coastal erosion surveys, J. Coast. 12 (2015) 33-40.
- [[[ref2, 2]]] N. Okafor, Rivers of the delta, Ibis Press, 2018.
- [[[ref3, 3]]] T. K. Lindqvist, Harbour towns, Oslo, 1999.
- [[[ref4, 4]]] P. Moreau, Les ports du Nord, Paris, 1987.
- [[[ref5, 5]]] J. van der Berg, Dykes, Water Res. 4 (2011) 1-9.
"""

_ORDERED = """
== References

. A. Haddad, Coastal erosion surveys, J. Coast. 12 (2015) 33-40.
. N. Okafor, Rivers of the delta, Ibis Press, 2018.
. T. K. Lindqvist, Harbour towns, Oslo, 1999.
. P. Moreau, Les ports du Nord, Paris, 1987.
. J. van der Berg, Dykes, Water Res. 4 (2011) 1-9.
"""


def _doc(tmp_path: Path, note: str, listing: str = _LIST) -> ParsedDocument:
    text = (
        "= Coastal erosion\n\n"
        "The sea is rising [1] and the dunes retreat [2].\n"
        f"Storms matter most.{note}\n"
        "Sand supply is the other half [2, 5].\n" + listing
    )
    path = tmp_path / "paper.adoc"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


@pytest.mark.parametrize(
    "note",
    [
        "footnote:[See [3] and [4] for the surveys.]",
        "footnote:[See [3], [4].]",
        "footnote:[[3, 4]]",
        "footnote:surveys[Compare [3]–[4].]",
    ],
)
def test_numbers_in_a_footnote_cite_the_list(tmp_path: Path, note: str) -> None:
    doc = _doc(tmp_path, note)
    assert doc.reader == "asciidoc"
    cited = {f.label: f.line for f in doc.footnotes if f.label.startswith("ref")}
    assert cited == {"ref1": 3, "ref2": 3, "ref3": 4, "ref4": 4, "ref5": 5}
    assert [(f.label, f.line) for f in doc.footnotes if f.label == "1"] == [("1", 4)]
    assert doc.anomalies == ()


def test_ordered_list_numbers_in_a_footnote(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "footnote:[See [3] and [4].]", _ORDERED)
    lines = sorted(f.line for f in doc.footnotes if f.reference is not None)
    assert lines.count(4) >= 2
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]


def test_missing_number_in_a_footnote(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "footnote:[See [3], [4] and [7].]")
    codes = [(a.code, a.line) for a in doc.anomalies]
    assert codes == [(AnomalyCode.CITATION_KEY_MISSING, 4)]


def test_footnote_number_is_no_citation(tmp_path: Path) -> None:
    # the footnote is note 1, and no "[1]" inside it: entry 1 is cited by the body only,
    # and no "reference 1 is cited but missing" comes of the note's own number
    doc = _doc(tmp_path, "footnote:[The storm of 1953 is the usual example.]")
    codes = [a.code for a in doc.anomalies]
    assert AnomalyCode.CITATION_KEY_MISSING not in codes
    assert sorted(a.literature_entry for a in doc.anomalies) == [3, 4]
