"""An archive named in full in one note and by its initials in a later one, undefined
(``North Riding Record Office, ZK/4/12`` then ``NRRO, ZK/4/13``): the later note cites the
same archive, which a literature list need not hold."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.repeat import abbreviations


@pytest.mark.parametrize(
    ("notes", "found"),
    [
        pytest.param(["North Riding Record Office, Northallerton, ZK/4/12, minutes.",
                      "NRRO Northallerton, ZK/4/13."],
                     {"NRRO": "North Riding Record Office"}, id="record-office"),
        pytest.param(["The National Archives, Kew, CO 137/45, fol. 12.", "TNA, CO 137/46."],
                     {"TNA": "The National Archives"}, id="the-in-initials"),
        pytest.param(["Staffordshire County Archive Service, D/1/2.", "SCAS, D/1/3."],
                     {"SCAS": "Staffordshire County Archive Service"}, id="archive-service"),
        pytest.param(["NRRO, ZK/4/13.", "North Riding Record Office, ZK/4/12."], {},
                     id="initials-before-the-name"),
        pytest.param(["John Smith, History of Leeds (London: Sage, 2010), 4.", "JS, 5."], {},
                     id="not-an-archive"),
        pytest.param(["West Yorkshire Archive Service, Calderdale, MR/1.",
                      "NHS England, Report (London, 2013)."], {}, id="other-initials"),
    ],
)  # fmt: skip
def test_archive_initials(notes: list[str], found: dict[str, str]) -> None:
    assert abbreviations(notes) == found


DOC = """\
# Chapels of the Dales

The society met weekly.[^1] Its class book survives.[^2] Hymns were sung.[^3]

[^1]: North Riding Record Office, Northallerton, ZK/4/12, society minutes, 1801.
[^2]: NRRO Northallerton, ZK/4/13, class book, 1802.
[^3]: Mary Fenwick, *Hymns at Work* (London: Epworth, 1999), 4.

## Bibliography

Fenwick, Mary. *Hymns at Work*. London: Epworth, 1999.
"""


def test_note_by_archive_initials_needs_no_entry() -> None:
    doc = parse_bytes(DOC.encode(), "dales.md")
    missing = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]
    assert missing == []
