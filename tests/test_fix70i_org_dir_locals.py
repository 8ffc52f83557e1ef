"""Org: a document that names no bibliography uses the one the project's ``.dir-locals.el``
sets (org-cite, org-ref, bibtex-completion, citar, RefTeX variables).  Fixtures written
here in the shapes Emacs projects use."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.readers.org import read_opts
from bibcheck.readers.orgdirlocals import dir_locals_files
from bibcheck.readers.registry import ReadOptions

BIB = """\
@article{lindqvist2019,
  author = {Lindqvist, Sara},
  title = {Tidal mixing in fjords},
  journal = {Ocean Dynamics},
  year = {2019}
}
@book{moreau2011,
  author = {Moreau, Luc},
  title = {Les marées},
  publisher = {Dunod},
  year = {2011}
}
"""

PARSE = [
    ('((org-mode . ((org-cite-global-bibliography . ("refs.bib")))))', ["refs.bib"]),
    (
        '((org-mode . ((bibtex-completion-bibliography . ("./thesis.bib"\n'
        '                                                 "./me.bib")))))',
        ["./thesis.bib", "./me.bib"],
    ),
    ('((nil . ((citar-bibliography . "lit/quellen.bib"))))', ["lit/quellen.bib"]),
    (
        '((org-mode . ((org-ref-default-bibliography . ("a.bib"))\n'
        '  ;; (reftex-default-bibliography . ("old.bib"))\n'
        '  (reftex-default-bibliography . ("a.bib" "b.bib")))))',
        ["a.bib", "b.bib"],
    ),
    # the writer's own library is not the project's
    ('((org-mode . ((org-cite-global-bibliography . ("~/zotero.bib" "/srv/x.bib")))))', []),
    ("((org-mode . ((fill-column . 80))))", []),
]


@pytest.mark.parametrize(("text", "names"), PARSE)
def test_dir_locals_files(text: str, names: list[str]) -> None:
    assert dir_locals_files(text) == names


DOCS = [
    # (document, where .dir-locals.el stands relative to the document's folder, setting)
    (
        "#+TITLE: Fjords\n\n* Intro\nMixing is strong [cite:@lindqvist2019; @moreau2011].\n",
        ".",
        '((org-mode . ((org-cite-global-bibliography . ("refs.bib")))))',
    ),
    (
        "#+TITLE: Marées\n\n* Introduction\nLe mélange cite:&lindqvist2019;&moreau2011 domine.\n",
        "..",
        '((org-mode . ((bibtex-completion-bibliography . ("refs.bib")))))',
    ),
    (
        "#+TITLE: Gezeiten\n\n* Einleitung\nSiehe [[cite:&lindqvist2019]] und cite:moreau2011.\n",
        ".",
        '((nil . ((citar-bibliography . "./refs.bib"))))',
    ),
]


@pytest.mark.parametrize(("text", "where", "setting"), DOCS)
def test_org_document_reads_the_dir_locals_bibliography(
    tmp_path: Path, text: str, where: str, setting: str
) -> None:
    doc_dir = tmp_path / "project" / "chapters"
    doc_dir.mkdir(parents=True)
    config_dir = (doc_dir / where).resolve()
    (config_dir / ".dir-locals.el").write_text(setting, encoding="utf-8")
    (config_dir / "refs.bib").write_text(BIB, encoding="utf-8")
    path = doc_dir / "paper.org"
    path.write_text(text, encoding="utf-8")
    doc = read_opts(text, str(path), ReadOptions())
    assert [b.entries for b in doc.bibliographies] == [2]
    assert {n.reference.title for n in doc.footnotes if n.reference} >= {
        "Tidal mixing in fjords",
        "Les marées",
    }


def test_a_named_bibliography_wins(tmp_path: Path) -> None:
    (tmp_path / ".dir-locals.el").write_text(
        '((org-mode . ((org-cite-global-bibliography . ("other.bib")))))', encoding="utf-8"
    )
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    text = "#+TITLE: T\n#+BIBLIOGRAPHY: refs.bib\n\n* A\nSee [cite:@moreau2011].\n"
    path = tmp_path / "paper.org"
    path.write_text(text, encoding="utf-8")
    doc = read_opts(text, str(path), ReadOptions())
    assert [b.name for b in doc.bibliographies] == ["refs.bib"]
