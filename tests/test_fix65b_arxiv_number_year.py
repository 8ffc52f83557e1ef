"""An old-style arXiv number in parentheses is no year (fix65b).

Before 2007 arXiv numbered a paper ``archive/YYMMNNN`` (``quant-ph/9605034``); a list
that adds the number in parentheses after the venue (``…, PhysComp 1996
(quant-ph/9605034).``) has no year ``5034`` in it: the last four digits of a number are
no year, and the entry has no malformed year to report.  Fixtures are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference

_CASES = [
    "R. Okafor, L. Lindqvist & T. Marsh, Bounds on tidal searching, Proceedings, "
    "MarshComp 1996 (quant-ph/9605034).",
    "A. Ruiz & B. Tanaka, Strings on salt marshes, Workshop Notes, Kyoto 1997 (hep-th/9711200).",
    "C. Varga & E. Kiss, Sediment sheaves, Seminar Notes, Budapest 2002 (math/0211159).",
    "K. Sato & P. Berg, Lattices of burial, Conference Report, Lund 2004 (cs/0405021).",
]


@pytest.mark.parametrize("text", _CASES)
def test_no_year_read_from_an_arxiv_number(text: str) -> None:
    ref = parse_reference(text, (1,))
    codes = [a.code for a in ref.anomalies]
    assert AnomalyCode.YEAR_MALFORMED not in codes
    number = text.rsplit("/", 1)[1][:7]
    assert ref.year is None or str(ref.year) not in number[3:]
