"""Numbers that are no year of the work are not read as one, so no ``year-malformed``
finding: a parliamentary paper's sessional number after its session (``H.C. 1846
(735)``), a document's medieval date before the edition that prints it (the parser reads
the edition's).  A year that is malformed is still reported."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Anomaly, AnomalyCode, ParsedDocument
from bibcheck.parse.references import parse_reference


def _with_year_anomaly(note: str, token: str, message: str) -> ParsedDocument:
    doc = parse_bytes(f"# T\n\nClaim.[^1]\n\n[^1]: {note}\n".encode(), "d.md")
    said = Anomaly(AnomalyCode.YEAR_MALFORMED, message.format(token), 5, footnote="1")
    return replace(doc, anomalies=(*doc.anomalies, said))


_SHORT = "year {!r} is not a valid 4-digit year; not guessed"
_EARLY = "year {!r} is outside 1500..2100"


@pytest.mark.parametrize(
    ("note", "year"),
    [
        ("Report on the Relief of Distress, H.C. 1846 (735), xxxvii, 41.", 1846),
        ("Returns of Emigration from Irish Ports, H.C. 1847–48 (956), xxix.", 1847),
        ("Select Committee on Fisheries, HC 1833 (676), xiv, 1.", 1833),
        (
            "See Wood to Russell, 3 May 1847, TNA, T 64/201B; and compare the printed letters "
            "in Papers Relating to the Relief of Distress in the Highlands, H.C. 1846 (735), "
            "xxxvii, 41.",
            None,
        ),
    ],
    ids=["sessional", "sessional-range", "sessional-hc", "sessional-after-a-letter"],
)
def test_a_sessional_number_is_no_year(note: str, year: int | None) -> None:
    """The parser reads the session, never the paper's number, as a year: no anomaly."""
    doc = parse_bytes(f"# T\n\nClaim.[^1]\n\n[^1]: {note}\n".encode(), "d.md")
    assert not [f for f in anomaly_findings(doc) if f.kind == "malformed-field"]
    number = note.split("(")[-1].split(")")[0]
    for ref in (
        doc.footnotes[0].reference,
        parse_reference(note, (1,), detect_styles=True, note=True),  # as Word notes are read
    ):
        assert ref.year_raw != number
        assert year is None or ref.year == year


@pytest.mark.parametrize(
    ("note", "token", "message"),
    [
        ("Smith, John (735). Mills and Water. London: Hill.", "735", _SHORT),
        ("Roe, Alan. Charters of the Town. Leeds, 1469.", "1469", _EARLY),
    ],
    ids=["author-year", "early-alone"],
)
def test_a_malformed_year_is_reported(note: str, token: str, message: str) -> None:
    doc = _with_year_anomaly(note, token, message)
    assert [f for f in anomaly_findings(doc) if f.kind == "malformed-field"]


@pytest.mark.parametrize(
    "note",
    [
        "Town Archive, Charter B 12 (grant of the fair, 1469); printed in: Charters "
        "of the Town, ed. Alan Roe, Leeds 1890, no. 4.",
        "Charter of the Fair (1285), in Select Charters (Oxford, 1932), 44.",
        "Roe, Alan. Charters of the Town. Leeds, 1890 [1469].",
        "Stadtarchiv Celle, Urk. 7 (Vertrag mit Lüneburg, 1412); gedruckt in: Urkundenbuch "
        "der Stadt Celle, hg. von Karl Roe, Celle 1880, Nr. 9.",
        "Archives municipales de Lyon, CC 12 (accord de 1432), publié dans : Recueil des "
        "chartes, éd. Jean Morel, Lyon 1901, n° 4.",
    ],
    ids=["archival-printed", "charter-edition", "early-reprinted", "gedruckt-in", "publie-dans"],
)
def test_dated_document_before_its_edition(note: str) -> None:
    doc = parse_bytes(f"# T\n\nClaim.[^1]\n\n[^1]: {note}\n".encode(), "d.md")
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]
    assert not [f for f in anomaly_findings(doc) if f.kind == "malformed-field"]


@pytest.mark.parametrize(
    ("note", "year", "title"),
    [
        (
            "Stadtarchiv Celle, Urk. 7 (Vertrag mit Lüneburg, 1412); gedruckt in: *Urkundenbuch "
            "der Stadt Celle*, hg. von Karl Roe, Celle 1880, Nr. 9.",
            1880,
            "Urkundenbuch der Stadt Celle",
        ),
        (
            "Town Archive, Charter B 12 (grant of the fair, 1469); printed in: *Charters of the "
            "Town*, ed. Alan Roe (Leeds: Hill, 1890), no. 4.",
            1890,
            "Charters of the Town",
        ),
        (
            "Archives municipales de Lyon, CC 12 (accord de 1432), publié dans : *Recueil des "
            "chartes*, éd. Jean Morel, Lyon 1901, n° 4.",
            1901,
            "Recueil des chartes",
        ),
    ],
    ids=["gedruckt-in", "printed-in", "publie-dans"],
)
def test_edition_is_the_work(note: str, year: int, title: str) -> None:
    ref = parse_reference(note, (1,), detect_styles=True, note=True)
    assert (ref.year, ref.title) == (year, title)
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]
