"""Org: a ``#+bibliography:`` file name with spaces, written without quotes (fix65d, item 2).

org-cite reads one file a keyword, the whole value (``#+bibliography: my refs.bib``);
a name with spaces is one file, never ``my.bib`` and ``refs.bib``.  Several keywords each
add their file; ``#+cite_export:`` lines change nothing; a name that cannot be read is
said with the name as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.orgbibkw import keyword_files


@pytest.mark.parametrize(
    ("value", "files"),
    [
        ("my refs.bib", ["my refs.bib"]),
        ("  Literatur Kapitel 2.json ", ["Literatur Kapitel 2.json"]),
        ("références de la thèse.bib", ["références de la thèse.bib"]),
        ("../bib/all my refs.bibtex", ["../bib/all my refs.bibtex"]),
        ("Zotero export.yaml", ["Zotero export.yaml"]),
        ("参考 文献.bib", ["参考 文献.bib"]),
    ],
)
def test_name_with_spaces(value: str, files: list[str]) -> None:
    assert keyword_files(value) == files


_BIB_A = """@article{okafor2018,
  author = {Okafor, Ngozi},
  title = {Rivers of the delta},
  journal = {Journal of Hydrology},
  year = {2018}
}
"""
_BIB_B = """@book{lindqvist1999,
  author = {Lindqvist, Tove},
  title = {Harbour towns of the north},
  publisher = {Nordic Press},
  year = {1999}
}
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("delta refs.bib", '"harbour refs.bib"'),
        ("delta refs.bib", "harbour refs.bib"),
        ('"delta refs.bib"', "harbour refs.bib"),
    ],
)
def test_several_keywords(tmp_path: Path, first: str, second: str) -> None:
    (tmp_path / "delta refs.bib").write_text(_BIB_A, encoding="utf-8")
    (tmp_path / "harbour refs.bib").write_text(_BIB_B, encoding="utf-8")
    path = tmp_path / "paper.org"
    path.write_text(
        "#+title: Deltas\n"
        f"#+bibliography: {first}\n"
        f"#+bibliography: {second}\n"
        "#+cite_export: csl chicago-author-date.csl\n\n"
        "* Deltas\nThe delta sinks [cite:@okafor2018]. Ports move [cite:@lindqvist1999].\n\n"
        "#+print_bibliography:\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
    assert {fn.label for fn in doc.footnotes} >= {"okafor2018", "lindqvist1999"}


@pytest.mark.parametrize("value", ["lost refs.bib", "Kapitel 3 Quellen.json"])
def test_missing_name_said_whole(tmp_path: Path, value: str) -> None:
    path = tmp_path / "paper.org"
    path.write_text(
        f"#+title: Deltas\n#+bibliography: {value}\n#+cite_export: biblatex\n\n"
        "* Deltas\nThe delta sinks [cite:@okafor2018].\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    unreadable = [a for a in doc.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
    assert len(unreadable) == 1
    assert value in unreadable[0].message
