"""Sphinx (sphinxcontrib-bibtex) bibliographies with ``:keyprefix:``: a page that lists its
primary sources apart cites them ``:cite:p:`src-key``` while the .bib holds ``key``.  The
cited key resolves to the .bib entry with the prefix removed, and keeps its label as
written; ``:filter:`` and ``:labelprefix:`` options change nothing of that.  Pages written
for the tests in the patterns of Sphinx theses and project documentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.rst import _bib_key, _key_prefixes

BIB = (
    "@book{marsh1902, author={Marsh, Edith}, title={Tidal Mills of the Severn}, year={1902}}\n"
    "@misc{ledger1788, title={Mill ledger, 1788--1794}, howpublished={County Record Office},"
    " year={1788}, keywords={primary}}\n"
    "@article{hale2010, author={Hale, Owen}, title={Water power and tithe},"
    " journal={Rural History}, year={2010}, volume={21}, pages={1--20}}\n"
)

PREFIXED = """\
Mills
=====

The ledger survives :cite:p:`src-ledger1788`, unlike the accounts
:cite:t:`marsh1902` relied on; see also :cite:p:`src-ledger1788,hale2010`.

.. rubric:: References

.. bibliography::
   :filter: not keywords % "primary"

.. rubric:: Primary sources

.. bibliography::
   :keyprefix: src-
   :labelprefix: S
   :filter: keywords % "primary"
"""

TWO_PREFIXES = """\
Mills
=====

Compare :cite:p:`a:marsh1902` with :cite:p:`aa:hale2010` and :cite:p:`hale2010`.

.. bibliography::
   :keyprefix: a:

.. bibliography::
   :keyprefix: aa:
   :all:
"""

UNDECLARED = """\
Mills
=====

The ledger :cite:p:`src-ledger1788` and :cite:t:`marsh1902`.

.. bibliography::
"""

MISSING = """\
Mills
=====

The ledger :cite:p:`src-ledger1790` and :cite:t:`marsh1902`.

.. bibliography::
   :keyprefix: src-
"""

FOOT = """\
Mills
=====

Tidal mills :footcite:p:`marsh1902` and the ledger :cite:p:`p-ledger1788`.

.. footbibliography::

.. bibliography::
   :keyprefix: p-
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            PREFIXED,
            [
                ("src-ledger1788", "Mill ledger, 1788–1794"),
                ("hale2010", "Water power and tithe"),
                ("marsh1902", "Tidal Mills of the Severn"),
            ],
            id="keyprefix-and-filter",
        ),
        pytest.param(
            TWO_PREFIXES,
            [
                ("aa:hale2010", "Water power and tithe"),
                ("hale2010", "Water power and tithe"),
                ("a:marsh1902", "Tidal Mills of the Severn"),
            ],
            id="two-prefixes",
        ),
        pytest.param(
            UNDECLARED, [("marsh1902", "Tidal Mills of the Severn")], id="prefix-not-declared"
        ),
        pytest.param(MISSING, [("marsh1902", "Tidal Mills of the Severn")], id="key-not-in-bib"),
        pytest.param(
            FOOT,
            [
                ("p-ledger1788", "Mill ledger, 1788–1794"),
                # (a :footcite: is the page's auto-numbered footnote 1)
                ("1", "Tidal Mills of the Severn"),
            ],
            id="footbibliography",
        ),
    ],
)
def test_prefixed_keys_resolve(tmp_path: Path, page: str, expected: list[tuple[str, str]]) -> None:
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "page.rst"
    path.write_text(page, encoding="utf-8")
    doc = parse_file(path)
    got = sorted((f.label, f.reference.title if f.reference else "") for f in doc.footnotes)
    assert got == sorted(expected)
    unresolved = {m.label for m in doc.stray_markers}  # cited keys with no entry
    defined = {f.label for f in doc.footnotes}
    if page in (UNDECLARED, MISSING):
        assert unresolved - defined, "an unresolved prefixed key must stay unresolved"
    else:
        assert not unresolved
        assert not [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param(["   :keyprefix: d-", "   :labelprefix: D"], ["d-"], id="first"),
        pytest.param(["   :filter: cited", "   :keyprefix: src:"], ["src:"], id="after-filter"),
        pytest.param(["   :all:"], [], id="none"),
        pytest.param(["", "   :keyprefix: x-"], [], id="content-not-options"),
    ],
)
def test_key_prefixes(options: list[str], expected: list[str]) -> None:
    assert _key_prefixes(options) == expected


@pytest.mark.parametrize(
    ("cited", "prefixes", "expected"),
    [
        pytest.param("d-atlas", ["d-"], "atlas", id="stripped"),
        pytest.param("atlas", ["d-"], "atlas", id="plain"),
        pytest.param("d-atlas", [], None, id="undeclared"),
        pytest.param("dd-atlas", ["d-", "dd-"], "atlas", id="longest-first"),
        pytest.param("d-d-atlas", ["d-"], None, id="once"),
    ],
)
def test_bib_key(cited: str, prefixes: list[str], expected: str | None) -> None:
    assert _bib_key(cited, {"atlas", "other"}, prefixes) == expected
