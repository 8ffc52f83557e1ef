"""Fix 40h: hyphens pdftotext dropped where it joined two lines, put back on evidence
of the document's own: the word printed elsewhere with its hyphen, a small word
between a word and itself, an address slug that spells the text's words, an ISSN
inside a DOI.  Own fixtures, in the patterns of converted documents."""

from __future__ import annotations

from collections import Counter

import pytest

from bibcheck.readers.linewrap import (
    joined_hyphen_at,
    printed_hyphens,
    restore_issn_hyphen,
    restore_joined_hyphens,
    restore_slug_hyphens,
)

_NEAR = [72, 70, 74, 71, 69, 73]
_HEAD = "Moreno, Ines, and Karl Vos, A survey of the field in the long run, "


@pytest.mark.parametrize(
    ("line", "elsewhere", "at"),
    [
        # printed elsewhere with its hyphen: "rule-making" (both lower case)
        (_HEAD + "rulemaking and its critics, 2019.", ["On agency rule-making."], 71),
        # printed elsewhere, case aside
        (_HEAD + "rulemaking and its critics, 2019.", ["Rule-Making Today"], 71),
        # printed joined more often than hyphenated: the word is written without one
        (
            _HEAD + "rulemaking and its critics, 2019.",
            ["Rule-Making Today", "rulemaking", "rulemaking", "rulemaking"],
            None,
        ),
        # no evidence: two lower-case words joined stay joined
        (_HEAD + "rulemaking and its critics, 2019.", ["nothing here"], None),
        # a small word between a word and itself: "peer-to-peer"
        (_HEAD + "Peerto-peer lending markets, 2019.", [], 71),
        (_HEAD + "Monthon-months growth, 2019.", [], 72),
        # the small word is part of a longer word: "protein-protein" is no "prote-in"
        (_HEAD + "Protein-protein docking at scale, 2019.", [], None),
    ],
)
def test_joined_hyphen_at_with_the_documents_evidence(
    line: str, elsewhere: list[str], at: int | None
) -> None:
    lines = [line, *elsewhere]
    seen = Counter(w for text in lines for w in text.replace(",", " ").split())
    assert joined_hyphen_at(line, _NEAR, seen, printed_hyphens(lines)) == at


def test_printed_hyphens() -> None:
    assert printed_hyphens(["Pre- and post-war housing; a cross-border case."]) == {
        ("preand", 3): "- ",
        ("postwar", 4): "-",
        ("crossborder", 5): "-",
    }


_BODY = [
    "The first line of a justified paragraph of text in one",
    "column, set by a typesetter that hyphenates words at",
    "the edge: the notes of the chapter and its list of works",
    "cited come after the text, in the same column as the",
    "",
    "body, and every line in it is about as long as the rest",
    "of the lines that stand near it on the same printed page.",
    "A survey of pre- and post-war housing stock in the region",
]


@pytest.mark.parametrize(
    ("line", "restored"),
    [
        # a suspended hyphen the document prints elsewhere: "pre- and"
        (
            "Lund, Eva, Housing after the Wars: a Study of the Stock in Preand Post-War Towns (1999).",
            "Lund, Eva, Housing after the Wars: a Study of the Stock in Pre- and Post-War Towns (1999).",
        ),
        # a DOI with the ISSN of its journal, the ISSN's hyphen lost
        (
            "Berg, A. (1991). Sleep. Journal, 4, 1–9. https://doi.org/10.1016/00221694(91)90017-K",
            "Berg, A. (1991). Sleep. Journal, 4, 1–9. https://doi.org/10.1016/0022-1694(91)90017-K",
        ),
    ],
)
def test_restore_joined_hyphens_in_a_page(line: str, restored: str) -> None:
    lines = [*_BODY[:4], line, *_BODY[4:]]
    out = restore_joined_hyphens(lines)
    assert out[4] == restored
    assert out[:4] == lines[:4] and out[5:] == lines[5:]


@pytest.mark.parametrize(
    ("doi", "restored"),
    [
        ("10.1016/00221694(91)90017-K", "10.1016/0022-1694(91)90017-K"),
        ("10.1016/0378-4371(96)00001-9", "10.1016/0378-4371(96)00001-9"),  # has it
        ("10.1016/00221695(91)90017-K", "10.1016/00221695(91)90017-K"),  # check digit wrong
        ("10.1016/00221694.2019.001", "10.1016/00221694.2019.001"),  # no year in brackets
        ("10.1016/S00221694(91)90017-K", "10.1016/S00221694(91)90017-K"),  # a PII's letter
    ],
)
def test_restore_issn_hyphen(doi: str, restored: str) -> None:
    assert restore_issn_hyphen(f"see doi:{doi}.") == f"see doi:{restored}."


_TITLE = "Rana Ortiz, Why Small Towns Keep Their Old Bridges Longer Than Cities, The Local Post"


@pytest.mark.parametrize(
    ("url", "restored"),
    [
        # two words of the slug joined, the text's words around them on either side
        (
            "https://news.example.org/why-small-townskeep-their-old-bridges/",
            "https://news.example.org/why-small-towns-keep-their-old-bridges/",
        ),
        # at the slug's end: the word before it matches
        (
            "https://news.example.org/a/why-small-towns-keep-their-oldbridges",
            "https://news.example.org/a/why-small-towns-keep-their-old-bridges",
        ),
        # the neighbours in the slug are not the text's: left alone
        (
            "https://news.example.org/how-small-townskeep-bridges/",
            "https://news.example.org/how-small-townskeep-bridges/",
        ),
        # no slug (one or two pieces): a joined segment is the address's own
        (
            "https://news.example.org/localpost/towns-keep/",
            "https://news.example.org/localpost/towns-keep/",
        ),
    ],
)
def test_restore_slug_hyphens(url: str, restored: str) -> None:
    lines = [_TITLE, f"(2021), {url}."]
    assert restore_slug_hyphens(lines) == [_TITLE, f"(2021), {restored}."]
