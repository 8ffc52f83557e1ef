"""reStructuredText in a Sphinx project: docutils citations are global, so a chapter may
cite ``[Label]_`` whose target ``.. [Label] …`` stands on another page of the project
(the book's bibliography page).  Those targets are the chapter's notes and that page its
literature (lines of that page); a label found on no page is reported as before, and an
entry another chapter cites is not uncited.  Also: a footnote that is a remark holding a
citation is commentary.  Projects and pages written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, FindingKind, ParsedDocument, RefKind
from bibcheck.readers import rst, rstproject

CONF = 'project = "Estuary Ecology"\nextensions = ["sphinx.ext.mathjax"]\n'

WORKS = """.. _works:

Works cited
===========

.. [Okafor2003] Okafor, N. (2003). *Salt Marsh Hydrology*. Cambridge University
   Press.

.. [Vance1999] Vance, P., & Hale, R. (1999). Sediment transport on tidal flats.
   *Journal of Coastal Research*, 15(2), 210–225.

.. [Ruiz2010] Ruiz, M. (2010). *Mangroves and Their Margins*. Springer.
"""

CHAPTER = """.. _ch-tides:

Tidal channels
==============

Channels deepen where the tidal prism grows [Okafor2003]_. Fine sediment
settles at slack water [vance1999]_, a point made earlier [Nowhere2000]_.

.. note::

   Survey dates are in :ref:`ch-methods`.
"""

OTHER_CHAPTER = """Mangroves
=========

Mangroves trap sediment [Ruiz2010]_.
"""


def _project(root: Path, layout: dict[str, str]) -> None:
    for name, text in layout.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _parse(root: Path, layout: dict[str, str], chapter: str) -> ParsedDocument:
    _project(root, layout)
    return parse_file(root / chapter)


def _summary(doc: ParsedDocument) -> dict[str, object]:
    findings = analyse_document(doc, {}, {})
    return {
        "notes": sorted(
            (f.label, f.reference.authors[0] if f.reference.authors else None)
            for f in doc.footnotes
            if f.markers
        ),
        "stray": sorted({m.label for m in doc.stray_markers}),
        "literature": [e.label for e in doc.literature],
        "files": [b.text() for b in doc.bibliographies],
        "uncited": sorted(
            e.label
            for e in doc.literature
            for f in findings
            if f.kind is FindingKind.UNCITED_LITERATURE_ENTRY and e.line in f.lines
        ),
        "bib-message": any(
            a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE for a in doc.all_anomalies()
        ),
    }


FOUND = {
    "notes": [("Okafor2003", "Okafor, N."), ("Vance1999", "Vance, P.")],
    "stray": ["Nowhere2000"],
    "literature": ["Okafor2003", "Vance1999", "Ruiz2010"],
    "uncited": [],
    "bib-message": False,
}


@pytest.mark.parametrize(
    ("layout", "chapter", "want"),
    [
        pytest.param(
            {
                "docs/conf.py": CONF,
                "docs/works.rst": WORKS,
                "docs/chapters/tides.rst": CHAPTER,
                "docs/chapters/mangroves.rst": OTHER_CHAPTER,
            },
            "docs/chapters/tides.rst",
            {**FOUND, "files": ["../works.rst (3 entries)"]},
            id="conf-above-bibliography-page-one-folder-up",
        ),
        pytest.param(
            {
                "book/conf.py": CONF,
                "book/back/works.rst": WORKS,
                "book/tides.rst": CHAPTER,
                "book/mangroves.rst": OTHER_CHAPTER,
            },
            "book/tides.rst",
            {**FOUND, "files": ["back/works.rst (3 entries)"]},
            id="conf-beside-bibliography-page-in-a-sub-folder",
        ),
        pytest.param(
            {
                "docs/conf.py": CONF,
                "docs/works.rst": WORKS,
                "docs/tides.rst": CHAPTER,
            },
            "docs/tides.rst",
            {**FOUND, "files": ["works.rst (3 entries)"], "uncited": ["Ruiz2010"]},
            id="an-entry-no-page-cites-is-uncited",
        ),
        pytest.param(
            {
                "docs/works.rst": WORKS,
                "docs/tides.rst": CHAPTER,
                "docs/mangroves.rst": OTHER_CHAPTER,
            },
            "docs/tides.rst",
            {
                "notes": [],
                "stray": ["Nowhere2000", "Okafor2003", "vance1999"],
                "literature": [],
                "files": [],
                "uncited": [],
                "bib-message": False,
            },
            id="no-sphinx-project",
        ),
        pytest.param(
            {
                "docs/conf.py": CONF + 'exclude_patterns = ["_build", "drafts/*"]\n',
                "docs/drafts/works.rst": WORKS,
                "docs/_build/works.rst": WORKS,
                "docs/.cache/works.rst": WORKS,
                "docs/tides.rst": CHAPTER,
            },
            "docs/tides.rst",
            {
                "notes": [],
                "stray": ["Nowhere2000", "Okafor2003", "vance1999"],
                "literature": [],
                "files": [],
                "uncited": [],
                "bib-message": False,
            },
            id="excluded-build-and-hidden-folders-are-no-pages",
        ),
    ],
)
def test_citation_targets_on_another_page_of_the_project(
    tmp_path: Path, layout: dict[str, str], chapter: str, want: dict[str, object]
) -> None:
    assert _summary(_parse(tmp_path, layout, chapter)) == want


def test_targets_keep_the_lines_of_their_page(tmp_path: Path) -> None:
    doc = _parse(
        tmp_path,
        {"docs/conf.py": CONF, "docs/works.rst": WORKS, "docs/ch/tides.rst": CHAPTER},
        "docs/ch/tides.rst",
    )
    lines = {f.label: (f.line, [m.line for m in f.markers]) for f in doc.footnotes}
    assert lines["Okafor2003"] == (6, [6])
    assert lines["Vance1999"] == (9, [7])
    assert [e.line for e in doc.literature] == [6, 9, 12]
    assert doc.literature[1].reference.title == "Sediment transport on tidal flats"
    # ... and say which page those lines are lines of
    assert {f.label: f.file for f in doc.footnotes if f.label in lines} == {
        "Okafor2003": "../works.rst",
        "Vance1999": "../works.rst",
    }
    assert {e.file for e in doc.literature} == {"../works.rst"}


BARE = """Mangroves
=========

Mangroves trap sediment [Ruiz2010]_ and slow the tide [Okafor2003]_.
"""


@pytest.mark.parametrize(
    ("layout", "want"),
    [
        pytest.param(
            {"docs/conf.py": CONF, "docs/works.rst": WORKS, "docs/mangroves.rst": BARE},
            (rst.PROJECT_SCORE, 2),
            id="targets-on-another-page",
        ),
        pytest.param(
            {"docs/conf.py": CONF, "docs/mangroves.rst": BARE},
            (rst.score(BARE), None),
            id="no-page-defines-them",
        ),
        pytest.param(
            {"docs/works.rst": WORKS, "docs/mangroves.rst": BARE},
            (rst.score(BARE), None),
            id="no-sphinx-project",
        ),
    ],
)
def test_a_bare_chapter_is_chosen_by_its_project(
    tmp_path: Path, layout: dict[str, str], want: tuple[float, int | None]
) -> None:
    """A page with only a title and prose citing ``[Label]_`` is too little for the text
    alone (Markdown has underlined titles too); the targets its Sphinx project defines
    settle it, and it is read with them."""
    _project(tmp_path, layout)
    page = tmp_path / "docs/mangroves.rst"
    score, notes = want
    assert rst.score_at(BARE, str(page)) == score
    if notes is not None:
        doc = parse_file(page)
        assert doc.reader == "rst"
        assert sorted(f.label for f in doc.footnotes) == ["Okafor2003", "Ruiz2010"]


def test_the_bound_on_pages_read_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rstproject, "MAX_FILES", 2)
    layout = {
        "docs/conf.py": CONF,
        "docs/a-intro.rst": "Intro\n=====\n\nText.\n",
        "docs/b-methods.rst": "Methods\n=======\n\nText.\n",
        "docs/works.rst": WORKS,
        "docs/tides.rst": CHAPTER,
    }
    doc = _parse(tmp_path, layout, "docs/tides.rst")
    limits = [a for a in doc.all_anomalies() if a.code is AnomalyCode.LIMIT_REACHED]
    assert len(limits) == 1
    assert "2 were read" in limits[0].message
    assert "Okafor2003" in limits[0].message and limits[0].line == 6
    assert doc.literature == ()


def test_a_page_read_alone_or_from_text_looks_nowhere() -> None:
    raw = rst.read(CHAPTER)
    assert raw.footnotes == () and raw.literature == ()
    assert not [a for a in raw.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]


REMARKS = """Title
=====

Text [1]_ and more [2]_ and [3]_ and [4]_.

.. [1] The estimate is biased only for short records. For the general case
   and its derivation see [Okafor2003]_, §4.2.

.. [2] [Okafor2003]_, p. 12.

.. [3] Marsh, T. (1988). *Tidal Flats of the North Sea*. Leeds: Ferry Press.
   See also [Okafor2003]_.

.. [4] Marsh, T. (1988). *Tidal Flats of the North Sea*. Leeds: Ferry Press.

.. [Okafor2003] Okafor, N. (2003). *Salt Marsh Hydrology*. Cambridge University
   Press.
"""


@pytest.mark.parametrize(
    ("label", "kind", "title"),
    [
        pytest.param("1", RefKind.COMMENTARY, None, id="remark-ending-with-a-citation"),
        pytest.param("2", RefKind.COMMENTARY, None, id="only-a-citation"),
        pytest.param("3", None, "Tidal Flats of the North Sea", id="a-work-and-see-also"),
        pytest.param("4", None, "Tidal Flats of the North Sea", id="no-citation-inside"),
    ],
)
def test_a_footnote_that_is_a_remark_holding_a_citation_is_commentary(
    tmp_path: Path, label: str, kind: RefKind | None, title: str | None
) -> None:
    page = tmp_path / "page.rst"
    page.write_text(REMARKS, encoding="utf-8")
    notes = {f.label: f.reference for f in parse_file(page).footnotes}
    if kind is RefKind.COMMENTARY:
        assert notes[label].kind is RefKind.COMMENTARY
    else:
        assert notes[label].kind is not RefKind.COMMENTARY
        assert notes[label].title == title
