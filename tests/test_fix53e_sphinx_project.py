"""Sphinx: docutils citations are global to a project.  A shared bibliography page of
``.. [Label]`` targets read alone, or a page whose bibliography page is elsewhere, calls
no entry uncited that another page or a Python module documented with autodoc
(``.. automodule::``) cites in a docstring; when a documented module cannot be found,
no entry is called uncited and that is said once (``limit-reached``).  A reference
section holding only subsections (``Bibliography`` / ``Annotated Bibliography``) is no
unread region."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import build_document
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.registry import ReadOptions
from bibcheck.readers.rst import read_opts
from bibcheck.readers.rstautodoc import autodoc_names, module_file, source_cites
from tests.test_regex_growth import assert_linear

BIBLIO = """\
============
Bibliography
============

Annotated Bibliography
======================

* **Lindqvist 1998**, [Lindqvist1998]_ - the first survey of harbour seals.

References
==========

.. [Lindqvist1998] Lindqvist, Eriksson & Berg 1998.  J. Zool., 12, 3.
    A survey of harbour seals in the Baltic
    https://example.org/abs/1998JZ.12.3

.. [Moreau2004] Moreau 2004.  Oikos, 4, 1.
    Seal haul-out behaviour
    https://example.org/abs/2004Oik.4.1

.. [Tanaka2011] Tanaka & Ito 2011.  Mar. Biol., 7, 2.
    Diving physiology of phocids
    https://example.org/abs/2011MB.7.2

.. [Okafor2019] Okafor 2019.  Ecol. Lett., 3, 9.
    Population models for pinnipeds
    https://example.org/abs/2019EL.3.9
"""

PAGE = """\
Haul-out models
===============

The haul-out model follows [Moreau2004]_.
"""

MODULE = '''\
"""Diving models.

The dive duration follows [Tanaka2011]_; compare ``[NotACite]_`` in code.
"""


def dive(depth):
    """Dive time for ``depth`` metres [tanaka2011]_."""
    return depth
'''

API = """\
API
===

.. automodule:: seals.diving
   :members:
"""


def _project(tmp_path: Path, api: str | None, module: bool = True) -> Path:
    docs = tmp_path / "docs" / "source"
    docs.mkdir(parents=True)
    (docs / "conf.py").write_text("extensions = ['sphinx.ext.autodoc']\n", encoding="utf-8")
    (docs / "biblio.rst").write_text(BIBLIO, encoding="utf-8")
    (docs / "haulout.rst").write_text(PAGE, encoding="utf-8")
    if api is not None:
        (docs / "api.rst").write_text(api, encoding="utf-8")
    if module:
        (tmp_path / "seals").mkdir()
        (tmp_path / "seals" / "__init__.py").write_text("", encoding="utf-8")
        (tmp_path / "seals" / "diving.py").write_text(MODULE, encoding="utf-8")
    return docs / "biblio.rst"


def _uncited(path: Path) -> tuple[list[int], list[C]]:
    raw = read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())
    doc = build_document(raw, doc_id="x", path=str(path))
    lines = sorted(a.line or 0 for a in doc.anomalies if a.code is C.LITERATURE_UNCITED)
    return lines, [a.code for a in doc.anomalies]


@pytest.mark.parametrize(
    ("api", "module", "want_lines", "limit"),
    [
        # the page cites Moreau2004, the module's docstring Tanaka2011: only Okafor2019
        (API, True, [25], False),
        # no autodoc: Tanaka2011 is uncited too
        (None, True, [21, 25], False),
        # a documented module that cannot be found: no entry is known uncited
        (API, False, [], True),
        (API.replace("seals.diving", "seals.nowhere.Model"), True, [], True),
    ],
)
def test_biblio_page_alone(
    tmp_path: Path, api: str | None, module: bool, want_lines: list[int], limit: bool
) -> None:
    lines, codes = _uncited(_project(tmp_path, api, module))
    assert lines == want_lines
    assert (C.LIMIT_REACHED in codes) is limit
    assert C.UNREAD_REGION not in codes
    assert C.NO_LITERATURE_LIST not in codes


def test_outside_a_project_all_uncited_are_said(tmp_path: Path) -> None:
    path = tmp_path / "biblio.rst"
    path.write_text(BIBLIO, encoding="utf-8")
    lines, codes = _uncited(path)
    assert lines == [17, 21, 25]
    assert C.UNREAD_REGION not in codes


def test_reference_section_with_nothing_read_is_unread(tmp_path: Path) -> None:
    """The negative case: a References section whose own lines yield nothing."""
    text = (
        "Title\n=====\n\nText.\n\nReferences\n==========\n\n"
        ".. raw:: html\n\n   <ol><li>Smith 2001</li></ol>\n"
    )
    raw = read_opts(text, "", ReadOptions())
    assert C.UNREAD_REGION in [a.code for a in raw.anomalies]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (".. automodule:: pkg.mod\n   :members:\n", {"pkg.mod"}),
        ("  .. autoclass:: pkg.mod.Model\n.. autofunction:: pkg.f\n", {"pkg.mod", "pkg"}),
        (".. automethod:: pkg.mod.Model.fit\n", {"pkg.mod"}),
        # names relative to the current module
        (".. currentmodule:: pkg.sam\n\n.. autoclass:: Model\n", {"pkg.sam"}),
        (".. py:module:: pkg.io\n.. autofunction:: load\n", {"pkg.io"}),
        # look-alikes: a literal block, a different directive, prose
        ("::\n\n    automodule:: pkg.mod\n.. module:: pkg.other\nuse automodule here\n", set()),
    ],
)
def test_autodoc_names(text: str, want: set[str]) -> None:
    assert autodoc_names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("see [Peters1964]_ and [KH2013]_.", {"peters1964", "kh2013"}),
        ("a footnote [1]_ or [#]_ or [#note]_ is none", set()),
        ("code ``x[i]_`` and `[Link]_` and word[Ref1]_", set()),
    ],
)
def test_source_cites(text: str, want: set[str]) -> None:
    assert source_cites(text) == want


def test_module_file(tmp_path: Path) -> None:
    (tmp_path / "src" / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "src" / "pkg" / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "src" / "pkg" / "fast.pyx").write_text("", encoding="utf-8")
    roots = [tmp_path]
    assert module_file("pkg.sub", roots) == tmp_path / "src" / "pkg" / "sub" / "__init__.py"
    assert module_file("pkg.fast", roots) == tmp_path / "src" / "pkg" / "fast.pyx"
    assert module_file("pkg.sub.Model", roots) is None  # a class, not a module
    assert module_file("numpy.linalg", roots) is None


LINES: list[Callable[[int], str]] = [
    lambda n: ".. automodule:: " + "a." * (n // 2),
    lambda n: "[" * n,
    lambda n: "[a" * (n // 2),
    lambda n: "[Ab]" * (n // 4),
]


@pytest.mark.parametrize("line", LINES)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: (autodoc_names(text), source_cites(text)), line)
