"""Author-date (APA) papers converted from PDF: "(Okafor et al., 2006; Whitcombe, 2021)" and
"Haddad and Lind (2019b)" cite the entries of an unnumbered References list."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

HERE = Path(__file__).parent / "fixtures" / "authordate"

# (first author's family name, year) of each entry, in list order; each is cited twice
ENTRIES = [
    ("Brandt", 2015),
    ("Haddad", 2019),
    ("Haddad", 2019),
    ("Moreno-Vidal", 2018),
    ("National Nursing Council", 2022),
    ("Okafor", 2006),
    ("Tshabalala", 2020),
    ("Whitcombe", 2021),
]
# the entries' titles start (2019a and 2019b tell Haddad and Lind's two papers apart)
TITLES = [
    "Adapting the Karolinska",
    "Napping on night shifts",
    "Bright light at night",
    "Measuring vigilance",
    "Research involving health-care staff",
    "Validation of a sleepiness scale",
    "Thematic analysis in nursing research",
    "Rest breaks and fatigue",
]


@pytest.mark.parametrize(
    "name", ["nurses-apa.txt", "nurses-apa-layout.txt", "nurses-apa-notes.txt"]
)
def test_author_date_citations_of_an_unnumbered_list(name: str) -> None:
    doc = parse_file(HERE / name)
    assert doc.reader == "pdf-text"
    heads = [(e.reference.authors[0].split(",")[0], e.reference.year) for e in doc.literature]
    assert heads == ENTRIES
    assert [
        (e.reference.title or "")[: len(t)] for e, t in zip(doc.literature, TITLES, strict=True)
    ] == TITLES
    cited = Counter(
        fn.literature.number for fn in doc.footnotes for _ in fn.markers if fn.literature
    )
    assert cited == {n: 2 for n in range(1, 9)}
    codes = [a.code for a in doc.all_anomalies()]
    assert not {C.MARKER_WITHOUT_DEFINITION, C.NUMBERING_GAP, C.NUMBERING_OUT_OF_ORDER} & set(codes)


def test_note_numbers_tied_to_nothing_are_said_not_read() -> None:
    # the two note numbers pdftotext printed as a block cite nothing: they are neither
    # markers of list entries nor passed over in silence
    doc = parse_file(HERE / "nurses-apa-notes.txt")
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and "could not be tied" in unread[0].message


def test_an_author_date_list_is_cited_where_the_name_and_year_stand() -> None:
    doc = parse_file(HERE / "nurses-apa.txt")
    okafor = next(fn for fn in doc.footnotes if fn.reference.year == 2006)
    # line 7 "(Okafor et al., 2006; Whitcombe, 2021)"; line 11-12 "(Okafor et al.," / "2006, p. 7)"
    assert sorted(m.line for m in okafor.markers) in ([7, 11], [7, 12])
