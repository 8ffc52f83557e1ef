"""Author-date lists with the repeated-author dash (``———. 2009. Title,`` / ``1600 to the
Present.``), citations of such an entry (a particle left at a line's end, the name as the
sentence's subject), and notes that cite a work by an abbreviation defined mid-note
(``…, 12–15; hereafter LHR. Entries are cited …``).  Every text here is invented."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.short_forms import defined_short_forms
from bibcheck.readers.authoryear import author_years, line_mentions

_REVIEW = """\
Reviews
A Review of Household Ledgers
The argument begins with the ledgers of Kent (Okafor 2011, 12). It was
taken up later (van Dijk 2004, 33–40) and again in a longer study (van
Dijk 2009, 5). Brandt (1998) disagreed. Van Dijk concedes the point (2009, 71–72),
but the point stands (Okafor 2011, 90; Brandt 1998, 4).
Hannah Reyes
University of Somewhere
References
Brandt, Lutz. 1998. Ledgers and Looms. Leipzig: Imaginary Verlag.
van Dijk, Maarten. 2004. “Household Accounts in Holland.” Journal of Invented History
12 (3): 33–58.
———. 2009. The Ledger Revolution: Accounts and the Household,
1600 to the Present. Utrecht: Fictive Press.
Okafor, Ada. 2011. Kentish Ledgers. London: Nowhere Books.
"""


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "———. 2009. The Ledger Revolution: Accounts and the Household,\n1600 to the "
            "Present. Utrecht: Fictive Press.",
            "The Ledger Revolution: Accounts and the Household, 1600 to the Present",
            2009,
        ),
        (
            "———. 1987. Mills and Their Keepers. Oxford: Fictive Press.",
            "Mills and Their Keepers",
            1987,
        ),
        (
            "---. 2015a. River Trade in the North, 1750–1850. Hull: Nowhere Books.",
            "River Trade in the North, 1750–1850",
            2015,
        ),
    ],
)
def test_dash_entry_author_date(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, (1,) * (text.count("\n") + 1), detect_styles=True)
    assert ref.title == title
    assert ref.year == year
    assert ref.authors == ()  # (the list gives it the authors of the entry before)


def test_dash_entry_takes_the_names_before_for_mentions() -> None:
    index = author_years(
        [
            ("1", "van Dijk, Maarten. 2004. Household Accounts."),
            ("2", "———. 2009. The Ledger Revolution,\n1600 to the Present."),
            ("3", "Okafor, Ada. 2011. Kentish Ledgers."),
        ]
    )
    assert index[("Dijk", "2009")] == "2"
    assert index[("Dijk", "2004")] == "1"
    assert ("Okafor", "2009") not in index


@pytest.mark.parametrize(
    ("line", "following", "want"),
    [
        # a particle left at the line's end: the citation starts on this line
        ("and again in a longer study (van", "Dijk 2009, 5). Brandt disagreed.", [(1, 2)]),
        ("as argued (de", "Wit 2009, 5).", [(1, 2)]),
        # the name as the subject, the year in parentheses after the verb
        ("Van Dijk concedes the point (2009, 71–72), but", "", [(0, 2)]),
        ("Okafor argues (2011) that", "", [(0, 3)]),
        ("Okafor’s survey (2011) shows", "", [(0, 3)]),
    ],
)
def test_line_mentions(line: str, following: str, want: list[tuple[int, str]]) -> None:
    index = {("Dijk", "2009"): "2", ("Okafor", "2011"): "3", ("Wit", "2009"): "2"}
    found = [(row, int(label)) for row, _, label in line_mentions(line, following, index)]
    assert found == want


def test_narrative_mention_needs_an_entry() -> None:
    index = {("Okafor", "2011"): "3"}
    assert line_mentions("Okafor argues the point (2012) that", "", index) == []
    assert line_mentions("Then argues the point (2011) that", "", index) == []


@pytest.mark.parametrize("reader", ["pdf-text", "plain-text"])
def test_review_cites_the_dash_entry(reader: str) -> None:
    doc = parse_bytes(_REVIEW.encode(), "review.txt", reader=reader)
    notes = {fn.label: fn for fn in doc.footnotes}
    assert [m.line for m in notes["3"].markers] == [4, 5]
    assert notes["3"].reference.authors == ("van Dijk, Maarten",)
    assert notes["3"].reference.year == 2009
    assert [m.line for m in notes["2"].markers] == [4]
    assert not [a for a in doc.anomalies if "cited by no footnote" in a.message]


_NOTES = [
    "Ruth Penrose, The Ledger of Hartwell Rectory, ed. Owen Lusk (Oxford: Fictive Press, "
    "1981), 12–15; hereafter LHR. Entries are cited by their date and by the page of this "
    "edition.",
    "Owen Lusk, A Parish in Paper (London: Nowhere Books, 1990), 44.",
    "LHR, 170–73.",
    "Ibid., 172.",
    "Lusk, Parish in Paper, 50.",
    "LHR, 201.",
]


def test_abbreviation_defined_mid_note() -> None:
    assert defined_short_forms(_NOTES) == {"LHR": 0}


def test_abbreviated_notes_and_the_ibid_after_them() -> None:
    found = find_repeats(_NOTES)
    targets = [r.target if r is not None else None for r in found]
    assert targets == [None, None, 0, 0, 1, 0]
    assert found[2] is not None and found[2].locator == "170–73"
