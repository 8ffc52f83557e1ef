"""A Sphinx project named by its root page is read as a whole: the pages its toctrees reach.

Fixtures are written here in the shapes Sphinx projects use (sphinxcontrib-bibtex roles,
``bibtex_bibfiles`` in ``conf.py``, nested toctrees, titled and globbed entries).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.books import BookKind, find_book

_CONF = "extensions = ['sphinxcontrib.bibtex']\nbibtex_bibfiles = ['refs.bib']\n"


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


CASES = [
    (
        "plain entries, nested toctree in a subpage",
        {
            "conf.py": _CONF,
            "index.rst": "Home\n====\n\n.. toctree::\n   :maxdepth: 2\n\n   intro\n   models\n",
            "intro.rst": "Intro\n=====\n\nAs :cite:t:`smith2001` showed.\n",
            "models.rst": "Models\n======\n\n.. toctree::\n\n   models/linear\n",
            "models/linear.rst": "Linear\n======\n\nSee :cite:p:`doe1999`.\n",
        },
        "index.rst",
        ["intro.rst", "models.rst", "models/linear.rst"],
    ),
    (
        "titled entries, self and a web address left out",
        {
            "conf.py": _CONF,
            "index.rst": (
                "Start\n=====\n\n.. toctree::\n   :caption: Contenu\n\n   self\n"
                "   Théorie <theorie>\n   Dépôt <https://example.org/depot>\n"
            ),
            "theorie.rst": "Théorie\n=======\n\nVoir :cite:`martin2010`.\n",
        },
        "index.rst",
        ["theorie.rst"],
    ),
    (
        "glob pattern and a root_doc other than index",
        {
            "conf.py": _CONF + "root_doc = 'contents'\n",
            "contents.rst": "Inhalt\n======\n\n.. toctree::\n   :glob:\n\n   kapitel/*\n",
            "kapitel/a.rst": "A\n=\n\nNach :cite:p:`mueller2005`.\n",
            "kapitel/b.rst": "B\n=\n\nNach :cite:p:`schulz2007`.\n",
        },
        "contents.rst",
        ["kapitel/a.rst", "kapitel/b.rst"],
    ),
    (
        "an absolute entry is relative to the source folder",
        {
            "conf.py": _CONF,
            "index.rst": ".. toctree::\n\n   guide/index\n",
            "guide/index.rst": "Guide\n=====\n\n.. toctree::\n\n   /appendix\n",
            "appendix.rst": "Appendix\n========\n\nFrom :cite:`lee2020`.\n",
        },
        "index.rst",
        ["guide/index.rst", "appendix.rst"],
    ),
]


@pytest.mark.parametrize(("label", "files", "root", "chapters"), CASES, ids=[c[0] for c in CASES])
def test_sphinx_root_reaches_toctree_pages(
    tmp_path: Path, label: str, files: dict[str, str], root: str, chapters: list[str]
) -> None:
    _write(tmp_path, files)
    book = find_book(tmp_path / root)
    assert book is not None, label
    assert book.kind is BookKind.SPHINX
    assert [p.relative_to(tmp_path).as_posix() for p in book.chapters] == chapters
    assert book.problems == ()


def test_sphinx_entry_naming_no_page_is_a_problem(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "conf.py": _CONF,
            "index.rst": ".. toctree::\n\n   present\n   absent\n",
            "present.rst": "P\n=\n\n:cite:`a2000`\n",
        },
    )
    book = find_book(tmp_path / "index.rst")
    assert book is not None
    assert [p.name for p in book.chapters] == ["present.rst"]
    assert any("absent" in problem for problem in book.problems)


def test_sphinx_page_named_alone_is_no_root(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "conf.py": _CONF,
            "index.rst": ".. toctree::\n\n   one\n",
            "one.rst": "One\n===\n\n:cite:`a2000`\n",
        },
    )
    assert find_book(tmp_path / "one.rst") is None
