"""A lead-in phrase before the author that ends in "in", and one whose words are a hyperlink.

Word (and HTML) notes often link a few words of prose rather than the title: ``<a
href="https://doi.org/…">A close reading</a> in M. Rossi, Title, …``.  The readers write such
a link as ``A close reading <https://doi.org/…> in M. Rossi, …``: the link target is the
work's link, and the words before "in" are a lead-in, not the title.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start

# (note, where the citation starts, first author, title, DOI)
CASES = [
    (
        "Una lettura ravvicinata in M. Rossi, *Le corporazioni di Siena*, in «Rivista storica "
        "senese», 12 (1988), pp. 45-60.",
        "M. Rossi,",
        "M. Rossi",
        "Le corporazioni di Siena",
        None,
    ),
    (
        "A close reading <https://doi.org/10.5555/hq.1999.04> in P. Lindqvist, *Guild Life in "
        "Stockholm*, in «Historical Quarterly», 41 (1999), pp. 12-30.",
        "P. Lindqvist,",
        "P. Lindqvist",
        "Guild Life in Stockholm",
        "10.5555/hq.1999.04",
    ),
    (
        "Further figures <https://doi.org/10.5555/ej.2004.7> in Hanna Berg, *Ports and Prices* "
        "(Bergen: Fjord Press, 2004), 77.",
        "Hanna Berg,",
        "Hanna Berg",
        "Ports and Prices",
        "10.5555/ej.2004.7",
    ),
]


@pytest.mark.parametrize(
    ("note", "starts", "author", "title", "doi"), CASES, ids=[f"case{i}" for i in range(len(CASES))]
)
def test_lead_in_words_before_in_and_the_author(
    note: str, starts: str, author: str, title: str, doi: str | None
) -> None:
    start, commentary = citation_start(note)
    assert not commentary
    assert note[start:].startswith(starts)
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.authors[:1] == (author,)
    assert ref.title == title
    assert ref.doi == doi


# No lead-in: a title or a place before "in", a link that is the whole citation, linked words
# with nothing bibliographic after them.
KEPT = [
    "Studies in Honour of Anna Weber, ed. Karl Brandt (Kiel: Nord, 1990), 4.",
    "Printed in London, 1850, by the Society, p. 4.",
    "The project's catalogue <https://example.org/catalogue> lists all the letters.",
]


@pytest.mark.parametrize("note", KEPT, ids=[f"kept{i}" for i in range(len(KEPT))])
def test_no_lead_in_found(note: str) -> None:
    assert citation_start(note)[0] == 0
