"""A citation key made of numbers and hyphens (``0953-8984-22-26-265006``, ``3-4``) is one
key in the readers that cite by key (Typst, AsciiDoc, Pandoc), never a range of numbered notes.
Fixtures written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.common import BlockCollector
from bibcheck.readers.keyed import TOKEN

BIB = """@article{0953-8984-22-26-265006,
  author = {Lund, Kari}, title = {Surface phonons}, journal = {J. Phys.}, year = {2010}}
@book{3-4, author = {Ng, Alma}, title = {Coastal Voices}, publisher = {Harbor}, year = {2008}}
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param(
            "notes.typ",
            "Phonons were measured #cite(<0953-8984-22-26-265006>) and mapped @3-4.\n\n"
            '#bibliography("refs.bib")\n',
            id="typst",
        ),
        pytest.param(
            "notes.adoc",
            "= Notes\n:bibtex-file: refs.bib\n\nPhonons were measured"
            " <<0953-8984-22-26-265006>> and mapped <<3-4>>.\n\n"
            "[bibliography]\n== References\n\n"
            "* [[[0953-8984-22-26-265006]]] Lund, K. Surface phonons. J. Phys., 2010.\n"
            "* [[[3-4]]] Ng, A. Coastal Voices. Harbor, 2008.\n",
            id="asciidoc",
        ),
        pytest.param(
            "notes.md",
            "---\nbibliography: refs.bib\n---\n\nPhonons were measured"
            " [@0953-8984-22-26-265006; @3-4].\n",
            id="pandoc",
        ),
    ],
)
def test_numeric_looking_keys_stay_whole(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    labels = sorted(m.label for f in doc.footnotes for m in f.markers)
    assert "0953" not in labels and "3" not in labels
    assert "0953-8984-22-26-265006" in labels and "3-4" in labels


@pytest.mark.parametrize(("keys", "expected"), [(True, ["3-4"]), (False, ["3", "4"])])
def test_block_collector_keys(keys: bool, expected: list[str]) -> None:
    collector = BlockCollector(TOKEN, keys=keys)
    collector.line(1, "Mapped \ue0003-4\ue0020\ue001 here.")
    _, markers, _ = collector.finish()
    assert [m.label for m in markers] == expected
