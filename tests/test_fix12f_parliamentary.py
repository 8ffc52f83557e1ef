"""UK parliamentary papers: ``Title, H.C. 1852 (412), xlv.`` -- the number in parentheses
is no year, the Roman volume no title."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "note", "title", "year", "volume"),
    [
        (
            "Report from the Select Committee on Fisheries in Scotland, H.C. 1852 (412), xlv.",
            False,
            "Report from the Select Committee on Fisheries in Scotland",
            1852,
            "xlv",
        ),
        (
            "Returns of Relief Works in the Counties of Munster, HC 1849–50 (77), li, 12.",
            False,
            "Returns of Relief Works in the Counties of Munster",
            1849,
            "li",
        ),
        (
            "Minutes of Evidence on the Coal Trade, H.L. 1830 (9), viii.",
            False,
            "Minutes of Evidence on the Coal Trade",
            1830,
            "viii",
        ),
        (
            "Papers Relating to Emigration to Canada, P.P. 1863 (430), xxxviii, 201–210.",
            False,
            "Papers Relating to Emigration to Canada",
            1863,
            "xxxviii",
        ),
    ],
    ids=["hc", "hc-session", "hl", "pp-pages"],
)
def test_parliamentary_paper(text: str, note: bool, title: str, year: int, volume: str) -> None:
    ref = parse_reference(text, [1], detect_styles=not note, note=note)
    assert (ref.title, ref.year, ref.volume, ref.kind) == (title, year, volume, RefKind.REPORT)
