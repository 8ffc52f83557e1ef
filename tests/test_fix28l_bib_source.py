"""Fix round 28 (L): a .bib read for a Markdown manuscript: a key defined twice is a
duplicate entry (the first used), not an unreadable bibliography; an entry's field anomaly
names the .bib its line is a line of."""

from __future__ import annotations

from pathlib import Path

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

_BIB = """@article{okoro2018,
  author = {Okoro, Ada},
  title = {Tidal mixing in narrow estuaries},
  journal = {J. Coastal Res.},
  year = {2018},
  note = {https://example.org/tides,
          https://example.org/data}
}

@article{okoro2018,
  author = {Okoro, Ada},
  title = {Another entry under the same key},
  year = {2019}
}
"""


def test_bib_duplicate_key_and_field_file(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    md = tmp_path / "paper.md"
    md.write_text(
        "---\ntitle: Tides\nbibliography: refs.bib\n---\n\nMixing is strong [@okoro2018].\n",
        encoding="utf-8",
    )
    doc = parse_file(md)
    codes = [a.code for a in doc.anomalies]
    assert AnomalyCode.BIBLIOGRAPHY_UNREADABLE not in codes
    duplicate = [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_DUPLICATE_ENTRY]
    assert len(duplicate) == 1 and "the first is used" in duplicate[0].message
    assert "refs.bib" in duplicate[0].message
    assert doc.literature[0].reference.title == "Tidal mixing in narrow estuaries"
    field = [a for fn in doc.footnotes for a in fn.reference.anomalies]
    field += [a for e in doc.literature for a in e.reference.anomalies]
    field += [a for a in doc.anomalies if a.code is AnomalyCode.URL_TRAILING_PUNCTUATION]
    trailing = [a for a in field if a.code is AnomalyCode.URL_TRAILING_PUNCTUATION]
    assert trailing and all(a.message.startswith("refs.bib: ") for a in trailing)
