"""A CSL-JSON, CSL-YAML or Hayagriva file given alone is read as a reference list, the way
a ``.bib`` alone is; other JSON and YAML is no bibliography."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.cslfile import read_at, score_at

CSL_JSON = """\
[
  {"id": "fenn2003", "type": "book", "title": "Reed Beds and Rivers",
   "author": [{"family": "Fenn", "given": "Oda"}], "issued": {"date-parts": [[2003]]}},
  {"id": "lowe2011", "type": "article-journal", "title": "Eel Weirs",
   "author": [{"family": "Lowe", "given": "Kit"}], "container-title": "River Notes",
   "issued": {"date-parts": [[2011, 4]]}, "DOI": "10.5555/eel.2011"}
]
"""
CSL_ITEMS = '{"items": [{"id": "a1", "title": "Sluice Gates", "issued": {"raw": "1999"}}]}'
CSL_YAML = """\
---
references:
- id: fenn2003
  type: book
  title: Reed Beds and Rivers
  author:
  - family: Fenn
    given: Oda
  issued: 2003
...
"""
HAYAGRIVA = """\
fenn2003:
  type: book
  title: Reed Beds and Rivers
  author: Fenn, Oda
  date: 2003
lowe2011:
  type: article
  title: Eel Weirs
  author: Lowe, Kit
  date: 2011-04
"""
NOTEBOOK = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
PACKAGE = '[{"id": 3, "name": "pump", "version": "1.0"}]'  # records with ids, no CSL field
CONFIG = "title: My site\ntheme: plain\nreferences: none\n"


@pytest.mark.parametrize(
    ("name", "text", "fit"),
    [
        ("refs.json", CSL_JSON, True),
        ("refs.json", CSL_ITEMS, True),
        ("refs.yaml", CSL_YAML, True),
        ("refs.yml", HAYAGRIVA, True),
        ("refs.txt", CSL_JSON, True),  # JSON is JSON whatever the extension
        ("refs.txt", CSL_YAML, False),  # YAML only by its extension
        ("nb.json", NOTEBOOK, False),
        ("data.json", PACKAGE, False),
        ("data.json", "[]", False),
        ("site.yml", CONFIG, False),
        ("bad.json", '[{"id": "x", "title": ', False),
    ],
)
def test_score(name: str, text: str, fit: bool) -> None:
    assert (score_at(text, name) > 0.9) is fit


@pytest.mark.parametrize(
    ("name", "text", "lines", "titles"),
    [
        ("refs.json", CSL_JSON, [2, 4], ["Reed Beds and Rivers", "Eel Weirs"]),
        ("refs.yaml", CSL_YAML, [3], ["Reed Beds and Rivers"]),
        ("refs.yml", HAYAGRIVA, [1, 6], ["Reed Beds and Rivers", "Eel Weirs"]),
    ],
)
def test_read_items_as_entries(name: str, text: str, lines: list[int], titles: list[str]) -> None:
    raw = read_at(text, name)
    assert [n.label for n in raw.literature] == [str(k) for k in range(1, len(lines) + 1)]
    assert [n.line for n in raw.literature] == lines
    assert [n.reference.title if n.reference else None for n in raw.literature] == titles
    assert not raw.footnotes and not raw.markers


def test_item_without_id_is_said() -> None:
    raw = read_at('[{"title": "No Key"}, {"id": "k", "title": "Keyed"}]', "refs.json")
    assert len(raw.literature) == 1
    assert [a.code for a in raw.anomalies] == [C.BIBLIOGRAPHY_UNREADABLE]


def test_file_alone_is_read_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    path.write_text(CSL_JSON, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "csl-json"
    assert len(doc.literature) == 2


def test_other_json_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text(PACKAGE, encoding="utf-8")
    with pytest.raises(InputError):
        parse_file(path)
