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


REVIEW = """Screen Time and Adolescent Sleep: A Narrative Review

Adolescents who use phones late at night sleep less (Lindqvist et al., 2021; Osei &
Brandt, 2019), although effect sizes are small (Osei & Brandt, 2019, p. 12). In her
fieldwork, hooks (1994) described the classroom as a place of freedom, and Lindqvist et
al. (2021) replicated the sleep effect in three countries.

Parents' rules matter too (Marchetti, 2020). Marchetti (2020) found that a shared family
media plan halved late use.

References

hooks, b. (1994). Teaching to transgress: Education as the practice of freedom. Routledge.

Lindqvist, A., Berg, M., & Sato, K. (2021). Evening phone use and sleep onset in
adolescents. Journal of Adolescence, 88, 40-51. https://doi.org/10.1016/j.adolescence.2021.02.001

Marchetti, L. (2020). Family media plans and teenagers' sleep. Pediatrics Today, 14(2),
101-110.

Osei, K., & Brandt, J. (2019). Smartphones and sleep: A meta-analysis. Sleep Health, 5(1),
9-19.
"""


def test_a_plain_text_author_date_review_is_read_as_plain_text(tmp_path: Path) -> None:
    # no pages: the plain-text reader reads it (as pdf-text reads its lists and mentions);
    # "(… Osei &" / "Brandt, 2019)" is one citation, counted on the line where it starts
    path = tmp_path / "review.txt"
    path.write_text(REVIEW, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "plain-text"
    cites = sorted(
        (fn.reference.authors[0].split(",")[0], m.line) for fn in doc.footnotes for m in fn.markers
    )
    assert cites == [
        ("Lindqvist", 3),
        ("Lindqvist", 5),
        ("Marchetti", 8),
        ("Marchetti", 8),
        ("Osei", 3),
        ("Osei", 4),
        ("hooks", 5),
    ]
