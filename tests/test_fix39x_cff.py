"""A Citation File Format file is refused by name, never as "no reader recognises it"
or "not valid JSON"; YAML given to the CSL-JSON reader is judged as YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.readers.cff import is_cff

CFF = """cff-version: 1.2.0
message: "Please cite this package."
title: gridtools
authors:
  - family-names: Vale
    given-names: Rita
url: "https://example.org/gridtools"
"""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("CITATION.cff", CFF, True),
        ("citation.yaml", CFF, True),
        ("notes.cff", "title: x\n", True),
        ("refs.yaml", "references:\n  - id: a\n    title: T\n", False),
        ("paper.md", "The cff-version: key is explained here.\n", False),
    ],
    ids=["named", "content", "extension", "csl-yaml", "prose-mention"],
)
def test_is_cff(name: str, text: str, expected: bool) -> None:
    assert is_cff(name, text) is expected


@pytest.mark.parametrize("reader", [None, "csl-json"], ids=["auto", "csl-json"])
def test_cff_refused_by_name(tmp_path: Path, reader: str | None) -> None:
    path = tmp_path / "CITATION.cff"
    path.write_text(CFF, encoding="utf-8")
    with pytest.raises(InputError, match=r"Citation File Format \(CITATION.cff\) is not read"):
        parse_file(path, reader=reader)


def test_yaml_given_to_csl_json_is_no_json_error(tmp_path: Path) -> None:
    path = tmp_path / "meta.txt"
    path.write_text("title: Notes\nitems:\n  - one\n", encoding="utf-8")
    doc = parse_file(path, reader="csl-json")
    messages = [a.message for a in doc.all_anomalies()]
    assert messages and not any("not valid JSON" in m for m in messages)
