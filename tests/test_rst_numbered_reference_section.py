"""reStructuredText: a NumPy-style docstring page (or an IEEE-style article) whose
"References" section holds numbered targets ``.. [1] A. Author, "Title", …`` cited
``[1]_`` has a reference list: the numbered notes there are its entries as well as the
notes the citations resolve to.  Numbered notes elsewhere, or beside them, keep being notes
only.  Pages written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers import rst

_API = """hydrokit.flow.recession
=======================

.. py:function:: recession(q, k=0.95)

   Separate baseflow with a one-parameter recession filter [1]_.

   :param q: Daily discharge; gaps are filled as in [2]_.
   :param k: The recession constant [1]_.

Notes
-----

The filter is run forwards and backwards [3]_.

{heading}
{rule}

.. [1] L. Eckhardt, "How to construct recursive digital filters for baseflow
   separation", Hydrological Processes, vol. 19, no. 2, pp. 507-515, 2005.
.. [2] K. Tallaksen, "A review of baseflow recession analysis", Journal of
   Hydrology, vol. 165, pp. 349-370, 1995.
.. [3] R. Nathan and T. McMahon, "Evaluation of automated techniques for base
   flow and recession analyses", Water Resources Research, vol. 26, no. 7,
   pp. 1465-1473, 1990.
{extra}
"""


def _page(heading: str = "References", extra: str = "") -> str:
    return _API.format(heading=heading, rule="-" * len(heading), extra=extra)


@pytest.mark.parametrize(
    ("heading", "extra", "entries"),
    [
        pytest.param("References", "", ["1", "2", "3"], id="numpy-references"),
        pytest.param("Bibliography", "", ["1", "2", "3"], id="bibliography"),
        pytest.param("Literatur", "", ["1", "2", "3"], id="de-literatur"),
        pytest.param("Notes on sources", "", [], id="no-reference-heading"),
        pytest.param(
            "References",
            "\nSee also the comment [4]_.\n\nRemarks\n-------\n\n.. [4] An aside of ours.\n",
            [],
            id="beside-footnotes-elsewhere",
        ),
    ],
)
def test_numbered_targets_under_references_are_the_list(
    heading: str, extra: str, entries: list[str]
) -> None:
    raw = rst.read(_page(heading, extra))
    assert [n.label for n in raw.literature] == entries
    assert {"1", "2", "3"} <= {n.label for n in raw.footnotes}
    if entries:
        assert raw.literature[2].text.startswith("R. Nathan and T. McMahon")


def test_each_entry_is_cited_by_its_note() -> None:
    doc = parse_bytes(_page().encode(), "recession.rst")
    assert [e.number for e in doc.literature] == [1, 2, 3]
    tied = sorted(f.literature.number for f in doc.footnotes if f.literature is not None)
    assert tied == [1, 2, 3]
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.LITERATURE_UNCITED not in codes
    assert AnomalyCode.LITERATURE_MISSING not in codes


def test_auto_numbered_notes_under_references_stay_notes() -> None:
    # a PEP's "[#]" notes under References mix sources and remarks: notes only
    page = _page().replace(".. [1]", ".. [#]").replace(".. [2]", ".. [#]")
    page = page.replace(".. [3]", ".. [#]").replace("[1]_", "[#]_").replace("[2]_", "[#]_")
    raw = rst.read(page.replace("[3]_", "[#]_"))
    assert raw.literature == ()
    assert len(raw.footnotes) == 3
