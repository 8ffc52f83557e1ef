"""Notes exported from Notion or Obsidian that cite by inline links to the works of an
unnumbered "Sources" list (``- Author, A. (Year). Title. *Venue*. https://doi.org/…``):
when nothing in the prose cites the list by author and year or by ``[n]``, the links are
the citations, labelled as links are (``L1``, ``L2`` … one per distinct address, in order
of first use), a link to an entry's address carrying that entry's reference, any other
link its own.  A numbered list, or a body that names the entries by author and year
outside its links, keeps citing the entries by their place.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.mdlinks import read

NOTION = """\
# Reading note — shade trees in cities

Owner: R. Alvarez
Tags: reading, climate

Street trees cool the pavement by several degrees ([Lindqvist et al., 2018](https://doi.org/10.1000/uc.2018.4)).
The city's own canopy plan is a good overview ([Canopy plan](https://city.example.gov/canopy-plan)).
A later survey finds the effect strongest at night ([night survey](https://doi.org/10.1000/uh.2021.9)).

| City | Source |
| --- | --- |
| Malmö | [Lindqvist et al.](https://doi.org/10.1000/uc.2018.4) |

## Sources

- Lindqvist, A., Berg, O. and Sato, K. (2018). Street trees and surface heat. *Urban Climate*, 24, 11–20. https://doi.org/10.1000/uc.2018.4
- Okoro, B. (2021). Night-time cooling by urban canopy. *Urban Heat*, 3(2), 40–52. https://doi.org/10.1000/uh.2021.9
- Reyes, M. (2015). *Trees and the Street*. Boston: Harbor Press.
"""

# the same note, but the prose cites the list by author and year as well: the entries
# are cited by their place, the links with them
AUTHOR_DATE = NOTION.replace("A later survey finds", "As Reyes (2015) argues, a later survey finds")

# a numbered list: its printed numbers are the labels
NUMBERED = (
    NOTION.replace("- Lindqvist", "1. Lindqvist")
    .replace("- Okoro", "2. Okoro")
    .replace("- Reyes", "3. Reyes")
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NOTION, [("L1", 6), ("L2", 7), ("L3", 8), ("L1", 12)]),
        (AUTHOR_DATE, [("1", 6), ("3", 8), ("2", 8), ("1", 12)]),
        (NUMBERED, [("1", 6), ("2", 8), ("1", 12)]),
    ],
    ids=["links-cite", "author-date-too", "numbered-list"],
)
def test_labels(text: str, expected: list[tuple[str, int]]) -> None:
    doc = read(text)
    assert sorted((m.label, m.line) for m in doc.markers) == sorted(expected)


def test_link_to_an_entry_carries_its_reference() -> None:
    doc = read(NOTION)
    notes = {n.label: n.reference for n in doc.footnotes}
    first, own, third = notes["L1"], notes["L2"], notes["L3"]
    assert first is not None and first.year == 2018 and first.authors[0].startswith("Lindqvist")
    assert first.title == "Street trees and surface heat"
    assert third is not None and third.title == "Night-time cooling by urban canopy"
    # a link to no entry is a link's own reference
    assert own is not None and own.url == "https://city.example.gov/canopy-plan"
    assert own.year is None
    assert [e.label for e in doc.literature] == ["1", "2", "3"]
    # the links' labels are no numbers the list lacks
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
