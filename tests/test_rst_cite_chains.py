"""reStructuredText papers citing with Sphinx roles: a run of roles written one after the
other (``:cite:`a`:cite:`b`,``) cites every key; the SciPy proceedings name their .bib with
a ``:bibliography: NAME`` field; a key cited in another letter case than its entry's is
linked with a ``citation-key-case`` warning, as the LaTeX reader does.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.rst import bibliography_field
from bibcheck.readers.rstinline import Cite, events

CHAINS = [
    ("two, then a comma", "tools :cite:`Ade2001`:cite:`Bo2002`, and", ["Ade2001", "Bo2002"]),
    ("three, then a stop", ":cite:`a1`:cite:`b2`:cite:`c3`.", ["a1", "b2", "c3"]),
    ("then a bracket", "(see :cite:`a1`:cite:`b2`)", ["a1", "b2"]),
    ("at the end", "as :cite:p:`a1`:cite:t:`b2`", ["a1", "b2"]),
    ("spaced", "as :cite:`a1` :cite:`b2`.", ["a1", "b2"]),
    ("keys in one role", "as :cite:`a1,b2`.", ["a1", "b2"]),
    ("a role as suffix", "as `a1`:cite:.", ["a1"]),
]


@pytest.mark.parametrize(("text", "keys"), [c[1:] for c in CHAINS], ids=[c[0] for c in CHAINS])
def test_chained_roles(text: str, keys: list[str]) -> None:
    assert [k for e in events(text) if isinstance(e, Cite) for k in e.keys] == keys


FIELDS = [
    (":bibliography: mybib", ["mybib.bib"]),
    (":bibliography: refs.bib", ["refs.bib"]),
    (":bibliography:   a, b", ["a.bib", "b.bib"]),
    ("   :bibliography: indented", []),
    (":bibliographies: x", []),
    ("The :bibliography: field", []),
]


@pytest.mark.parametrize(("line", "names"), FIELDS)
def test_bibliography_field(line: str, names: list[str]) -> None:
    assert bibliography_field(line) == names


PAPER = """:author: Rosa Quint
:email: rosa@example.org

:bibliography: mybib

==========================
Arrays Across Toolkits
==========================

Many libraries :cite:`Ade2001`:cite:`Bo2002`, and also
others :cite:`Cruz2003`:cite:`ade2001`.

References
----------
"""
BIB = """@article{Ade2001, author={Ade, Sola}, title={Strided arrays}, journal={J. Num.}, year={2001}}
@book{Bo2002, author={Bo, Lin}, title={Broadcasting}, publisher={Tide}, year={2002}}
@misc{Cruz2003, author={Cruz, Ana}, title={Lazy tensors}, year={2003}}
"""


def test_a_scipy_proceedings_paper(tmp_path: Path) -> None:
    (tmp_path / "mybib.bib").write_text(BIB, encoding="utf-8")
    paper = tmp_path / "paper.rst"
    paper.write_text(PAPER, encoding="utf-8")
    doc = parse_file(paper)
    cited = sorted((f.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("Ade2001", 10), ("Bo2002", 10), ("Cruz2003", 11), ("ade2001", 11)]
    assert {f.label: f.reference.year for f in doc.footnotes if f.reference} == {
        "Ade2001": 2001,
        "Bo2002": 2002,
        "Cruz2003": 2003,
        "ade2001": 2001,
    }
    anomalies = doc.all_anomalies()
    case = [a for a in anomalies if a.code is C.CITATION_KEY_CASE]
    assert [(a.line, a.footnote) for a in case] == [(11, "ade2001")]
    codes = {a.code for a in anomalies}
    assert C.BIBLIOGRAPHY_UNREADABLE not in codes and C.CITATION_KEY_MISSING not in codes
    assert C.MARKER_WITHOUT_DEFINITION not in codes
