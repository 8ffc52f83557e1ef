"""Claims at markers: quotations, sentences, and the hard cases of real books."""

from __future__ import annotations

import pytest

from bibcheck.model import ClaimKind, TextBlock
from bibcheck.parse.claim_text import claim_at, sentence_start


def _block(text: str, line: int = 1) -> TextBlock:
    return TextBlock(text, ((0, line),))


def _at_end(text: str) -> tuple[TextBlock, int]:
    return _block(text), len(text)


@pytest.mark.parametrize(
    ("text", "kind", "claim"),
    [
        pytest.param(
            'It was this country that "became the first foreign state to recognize us"',
            ClaimKind.QUOTE,
            "became the first foreign state to recognize us",
            id="straight-quote",
        ),
        pytest.param(
            "The ministry said that “exports doubled in a single year”",
            ClaimKind.QUOTE,
            "exports doubled in a single year",
            id="curly-quote",
        ),
        pytest.param(
            "Иванов писал, что «рост торговли носит временный характер»",
            ClaimKind.QUOTE,
            "рост торговли носит временный характер",
            id="guillemets",
        ),
        pytest.param(
            'For example, "a series of biopreparations "Tsipropig", "Biferon - MRS" and '
            '"Circol" was presented. They are intended for animals"',
            ClaimKind.QUOTE,
            'a series of biopreparations "Tsipropig", "Biferon - MRS" and "Circol" was '
            "presented. They are intended for animals",
            id="nested-straight-quotes",
        ),
        pytest.param(
            'Growth was "about 163.3% compared to 2022" .',
            ClaimKind.QUOTE,
            "about 163.3% compared to 2022",
            id="quote-then-stray-period",
        ),
        pytest.param(
            'Secondly, the parties decided on "joint production" and the organization '
            "of joint industrial zones.",
            ClaimKind.SENTENCE,
            'Secondly, the parties decided on "joint production" and the organization '
            "of joint industrial zones.",
            id="sentence-marker-after-period",
        ),
        pytest.param(
            "First sentence here. Belarus supplies wood boards to this country",
            ClaimKind.SENTENCE,
            "Belarus supplies wood boards to this country",
            id="sentence-glued-marker",
        ),
        pytest.param(
            "The visit of Turkish President R.T. Erdogan to Belarus was a milestone",
            ClaimKind.SENTENCE,
            "The visit of Turkish President R.T. Erdogan to Belarus was a milestone",
            id="initials-do-not-split",
        ),
        pytest.param(
            "Earlier. President A. Lukashenko paid an official visit to Turkey",
            ClaimKind.SENTENCE,
            "President A. Lukashenko paid an official visit to Turkey",
            id="single-initial-does-not-split",
        ),
        pytest.param(
            "Intro. Trade reached 5 mln. in 2023 according to Dr. Smith",
            ClaimKind.SENTENCE,
            "Trade reached 5 mln. in 2023 according to Dr. Smith",
            id="abbreviation-before-lowercase-and-dr",
        ),
        pytest.param(
            'Intro. Today there are 100 students studying at the University of Grodno"',
            ClaimKind.SENTENCE,
            "Today there are 100 students studying at the University of Grodno",
            id="unmatched-closing-quote-dropped",
        ),
        pytest.param(
            'Then "in 2017 six citizens of Mongolia began studying at the Branch of BNTU '
            '"Zhodino State College"',
            ClaimKind.QUOTE,
            "in 2017 six citizens of Mongolia began studying at the Branch of BNTU "
            '"Zhodino State College',
            id="one-mark-closes-name-and-quotation",
        ),
        pytest.param(
            'Intro. "The volume of the pilot purchase amounted to 312 tons',
            ClaimKind.SENTENCE,
            "The volume of the pilot purchase amounted to 312 tons",
            id="unmatched-opening-quote-dropped",
        ),
        pytest.param(
            "Intro. Smith et al. (2020) showed that trade grew fast.",
            ClaimKind.SENTENCE,
            "Smith et al. (2020) showed that trade grew fast.",
            id="et-al-and-a-year-in-parentheses",
        ),
        pytest.param(
            "Вступление. Согласно ст. 5 Закона торговля растёт",
            ClaimKind.SENTENCE,
            "Согласно ст. 5 Закона торговля растёт",
            id="russian-article-abbreviation",
        ),
        pytest.param(
            "He said “first “nested” and last words”",
            ClaimKind.QUOTE,
            "first “nested” and last words",
            id="nested-curly-quotes",
        ),
        pytest.param(
            "Он сказал «внешняя «внутренняя» цитата здесь»",
            ClaimKind.QUOTE,
            "внешняя «внутренняя» цитата здесь",
            id="nested-guillemets",
        ),
        pytest.param(
            "Er sagte „das ist wahr und gut“",
            ClaimKind.QUOTE,
            "das ist wahr und gut",
            id="german-low-high-quotes",
        ),
        pytest.param(
            'He called it "Naftan" in 2023',
            ClaimKind.SENTENCE,
            'He called it "Naftan" in 2023',
            id="short-quote-is-not-a-claim",
        ),
        pytest.param(
            'The company "Naftan"',
            ClaimKind.SENTENCE,
            'The company "Naftan"',
            id="short-quote-at-marker-uses-sentence",
        ),
    ],
)
def test_claim_at_end(text: str, kind: ClaimKind, claim: str) -> None:
    block, offset = _at_end(text)
    found = claim_at(block, offset)
    assert found.kind is kind
    assert found.text == claim


def test_marker_in_the_middle_of_a_paragraph() -> None:
    text = 'He said "we will build ten plants" and left. Then more.'
    offset = text.index(" and left")
    found = claim_at(_block(text), offset)
    assert (found.kind, found.text) == (ClaimKind.QUOTE, "we will build ten plants")


def test_marker_at_paragraph_start_uses_previous_paragraph() -> None:
    prev = _block("Intro sentence. The last sentence of the paragraph.", 10)
    found = claim_at(_block("Next paragraph.", 12), 0, prev)
    assert (found.kind, found.text, found.line) == (
        ClaimKind.SENTENCE,
        "The last sentence of the paragraph.",
        10,
    )


def test_no_text_at_all() -> None:
    assert claim_at(_block(""), 0).kind is ClaimKind.NONE


def test_claim_line_is_where_the_claim_starts_in_a_joined_block() -> None:
    first = 'Belarus has "twenty five subjects of infrastructure: 16 technoparks'
    block = TextBlock(
        first + " and the network covers all centers", ((0, 156), (len(first) + 1, 164))
    )
    found = claim_at(block, len(block.text))
    assert found.kind is ClaimKind.SENTENCE
    block = TextBlock(block.text + '"', block.pieces)
    found = claim_at(block, len(block.text))
    assert found.kind is ClaimKind.QUOTE
    assert found.line == 156
    assert found.text.endswith("covers all centers")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("One. Two.", "Two."),
        ("No boundary here", "No boundary here"),
        ('He left. "Quoted start" here', '"Quoted start" here'),
        ("Ended with question? Next one", "Next one"),
        ("In 2023 prices rose. 84 parks exist", "84 parks exist"),
    ],
)
def test_sentence_start(text: str, start: str) -> None:
    assert text[sentence_start(text) :] == start
