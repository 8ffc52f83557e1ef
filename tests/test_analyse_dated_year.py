"""A ``year-malformed`` anomaly that the reference's own text explains gives no finding: a
parliamentary paper's sessional number after its session (``H.C. 1846 (735)``), or a
document's medieval date before the edition that prints it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Anomaly, AnomalyCode, ParsedDocument


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
        (
            "Town Archive, Charter B 12 (grant of the fair, 1469); printed in: Charters "
            "of the Town, ed. Alan Roe, Leeds 1890, no. 4.",
            "1469",
            _EARLY,
            False,
        ),
        (
            "Charter of the Fair (1285), in Select Charters (Oxford, 1932), 44.",
            "1285",
            _EARLY,
            False,
        ),
        ("Roe, Alan. Charters of the Town. Leeds, 1469.", "1469", _EARLY, True),
        ("Roe, Alan. Charters of the Town. Leeds, 1890 [1469].", "1469", _EARLY, False),
    ],
    ids=[
        "sessional",
        "sessional-range",
        "sessional-hc",
        "author-year",
        "archival-printed",
        "charter-edition",
        "early-alone",
        "early-reprinted",
    ],
)
def test_explained_years(note: str, token: str, message: str, reported: bool) -> None:
    doc = _with_year_anomaly(note, token, message)
    found = [f for f in anomaly_findings(doc) if f.kind == "malformed-field"]
    assert bool(found) is reported
