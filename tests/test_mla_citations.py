"""MLA 9 author-page citations of a Works Cited list (table-driven, my own fixtures)."""

from __future__ import annotations

import pytest

from bibcheck.readers.mla import mla_index, mla_shaped, scan

ENTRIES = [
    ("1", "Achebe, Chinua. Things Fall Apart. Anchor Books, 1994."),
    ("2", "Gates, Henry Louis, Jr. The Signifying Monkey. Oxford UP, 1988."),
    ("3", "Kermode, Frank. The Sense of an Ending. Oxford UP, 1967."),
    ("4", "Kermode, Frank. Romantic Image. Routledge, 1957."),
    ("5", "Said, Edward W., and Jean Mohr. After the Last Sky. Pantheon, 1986."),
    ("6", "Okonkwo, Ada. “Reading Umuofia.” The Atlantic, 3 Mar. 2021, www.example.org/umuofia."),
    ("7", "Irele, Abiola. The African Imagination. Oxford UP, 2001, pp. ix-xv."),
]
INDEX = mla_index(ENTRIES)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The village is described early (Achebe 3).", ["1"]),
        ("Two views meet (Achebe 18; Irele 42-45).", ["1", "7"]),
        ("Quoted by a critic (qtd. in Irele 12).", ["7"]),
        ("Compare (see also Achebe 101-03).", ["1"]),
        ("As the pair write (Said and Mohr 54).", ["5"]),
        ("A web source has no page (Okonkwo).", ["6"]),
        ("A preface page (Irele xii).", ["7"]),
        ("Wrapped by the exporter (Achebe\n37) here.", ["1"]),
        # a short title tells one author's two works apart
        ("Endings matter (Kermode, Sense of an Ending 44).", ["3"]),
        ("Images too (Kermode, Romantic Image 12).", ["4"]),
        # a page alone after the author is named in the paragraph
        ("As Irele puts it, the novel is “a return” (38).", ["7"]),
        ("Said and Mohr argue that exile is a view of home (213).", ["5"]),
        # ... and after a parenthetical citation of the same work
        ("First (Achebe 3). Then later again (9).", ["1", "1"]),
        # not citations: a year, a percentage, a phrase, a list, no author named, an
        # author with two works and no title, a name no entry has
        ("Achebe published the novel in 1958 (1958).", []),
        ("Achebe reached readers (38%).", []),
        ("Achebe wrote more (see chapter 3).", []),
        ("Achebe lists (1) the yam and (2) the drum.", []),
        ("Nobody is named here (38).", []),
        ("Kermode is cited ambiguously (Kermode 12).", []),
        ("A place (Lagos 12) is no author.", []),
    ],
    ids=[
        "author-page",
        "two-works",
        "qtd-in",
        "see-also-range",
        "two-authors",
        "web-no-page",
        "roman-page",
        "wrapped",
        "short-title-1",
        "short-title-2",
        "page-after-signal-phrase",
        "page-after-two-authors",
        "page-after-citation",
        "year-in-prose",
        "percentage",
        "phrase",
        "enumeration",
        "no-author-named",
        "ambiguous-author",
        "not-an-author",
    ],
)
def test_scan(text: str, labels: list[str]) -> None:
    found, _ = scan(text, INDEX, None)
    assert [label for _, _, label in found] == labels


def test_a_page_alone_takes_the_author_named_in_an_earlier_run() -> None:
    # (the name and the page stand in different runs of text: "<i>Title</i>" between)
    _, last = scan("Irele reads ", INDEX, None)
    found, _ = scan(" as a myth of return (88).", INDEX, last)
    assert [label for _, _, label in found] == ["7"]


@pytest.mark.parametrize(
    ("entries", "shaped"),
    [
        (ENTRIES, True),
        # APA and Harvard put the year after the names; Vancouver has no comma after
        # the family name
        (
            [
                ("1", "Achebe, C. (1994). Things fall apart. Anchor."),
                ("2", "Irele, A. (2001). The African imagination. Oxford UP."),
            ],
            False,
        ),
        (
            [
                ("1", "Achebe, Chinua. 1994. Things Fall Apart. New York: Anchor."),
                ("2", "Irele, Abiola. 2001. The African Imagination. Oxford: Oxford UP."),
            ],
            False,
        ),
        (
            [
                ("1", "Achebe C. Things fall apart. New York: Anchor; 1994."),
                ("2", "Irele A. The African imagination. Oxford: Oxford UP; 2001."),
            ],
            False,
        ),
        ([("1", "Achebe, Chinua. Things Fall Apart. Anchor Books, 1994.")], False),
    ],
    ids=["mla", "apa", "chicago-author-date", "vancouver", "one-entry"],
)
def test_mla_shaped(entries: list[tuple[str, str]], shaped: bool) -> None:
    assert mla_shaped(entries) is shaped


SUFFIXED = [
    ("1", "Gates, Henry Louis, Jr. The Signifying Monkey. Oxford UP, 1988."),
    ("2", "Moreno, Luis A., Jr., et al. *Bridge Failures Revisited*. 3rd ed., Wiley, 2015."),
    ("3", "Lyle, Arthur, Sr., and Dora Vance. “Cable Stays.” Structures, vol. 4, 2001, pp. 3-9."),
    ("4", "Tate, Owen, III. River Works. Harbor Press, 1999."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("A suffix after the given names (Gates 51).", ["1"]),
        ("A suffix, then et al. (Moreno et al. 210).", ["2"]),
        ("A suffix, then a co-author (Lyle and Vance 7).", ["3"]),
        ("A roman-numeral suffix (Tate 88).", ["4"]),
    ],
    ids=["jr-title", "jr-et-al", "sr-and", "roman-suffix"],
)
def test_generational_suffixes_head_their_entries(text: str, labels: list[str]) -> None:
    found, _ = scan(text, mla_index(SUFFIXED), None)
    assert [label for _, _, label in found] == labels
