"""A ``year-malformed`` anomaly that the reference's own text explains gives no finding: a
parliamentary paper's sessional number after its session (``H.C. 1846 (735)``).  A
document's medieval date before the edition that prints it is no year of the work: the
parser reads the edition's (no anomaly to explain afterwards)."""

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
    ("note", "token", "message", "reported"),
    [
        ("Report on the Relief of Distress, H.C. 1846 (735), xxxvii, 41.", "735", _SHORT, False),
        ("Returns of Emigration from Irish Ports, H.C. 1847–48 (956), xxix.", "956", _SHORT, False),
        ("Select Committee on Fisheries, HC 1833 (676), xiv, 1.", "676", _SHORT, False),
        ("Smith, John (735). Mills and Water. London: Hill.", "735", _SHORT, True),
        ("Roe, Alan. Charters of the Town. Leeds, 1469.", "1469", _EARLY, True),
    ],
    ids=[
        "sessional",
        "sessional-range",
        "sessional-hc",
        "author-year",
        "early-alone",
    ],
)
def test_explained_years(note: str, token: str, message: str, reported: bool) -> None:
    doc = _with_year_anomaly(note, token, message)
    found = [f for f in anomaly_findings(doc) if f.kind == "malformed-field"]
    assert bool(found) is reported


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
