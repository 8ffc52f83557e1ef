"""A title that begins with a quoted word or phrase ("'Noise' in clinical judgement: …",
"“Fake news” and the public sphere"): the quotation opens the title, the sentence goes on
after it in lower case, and the whole sentence is the title (not the quoted word, not a
chapter).  A quoted title followed by its separator, or by "in" and the book's editor,
stays the quoted span.  And a narrative mention of three or more names ("Ortiz, Bell and
Kaur (2016)") starts at the first name, also when the list is broken over a line end.
Fixture lines written for this test in those patterns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers import authoryear
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        pytest.param(
            "Ortiz M, Bell R, Kaur S (2016) 'Noise' in clinical judgement: a review of "
            "reviews. BMC Med 14(2):e100231. https://doi.org/10.1186/bmcm.2016.100231",
            "'Noise' in clinical judgement: a review of reviews",
            RefKind.ARTICLE,
            id="springer-single-quoted-word",
        ),
        pytest.param(
            'Dunne, P. (2020) "Fake news" and the public sphere. Media Hist 26(1):1-19.',
            '"Fake news" and the public sphere',
            RefKind.ARTICLE,
            id="harvard-double-quoted-phrase",
        ),
        pytest.param(
            "Dunne, Paula. 2020. “Fake news” and the public sphere. Media History 26 (1): 1–19.",
            "“Fake news” and the public sphere",
            RefKind.ARTICLE,
            id="chicago-author-date-curly",
        ),
        pytest.param(
            "Dunne, P. (2020) 'Fake news', Media History, 26(1), pp. 1–19.",
            "Fake news",
            RefKind.ARTICLE,
            id="quoted-title-then-comma",
        ),
        pytest.param(
            "Dunne, P. (2020) 'Fake news' in Hart, L. (ed.) The Press. London: Verso, pp. 3–19.",
            "Fake news",
            RefKind.CHAPTER,
            id="quoted-chapter-in-editor",
        ),
        pytest.param(
            "Harbour Board (2019) “Quay Plan for the Inner Basin,” updated 3 May 2019.",
            "Quay Plan for the Inner Basin",
            None,
            id="quotation-ends-with-its-comma",
        ),
        pytest.param(
            "Dunne, Paula. “Fake News.” Media History 26, no. 1 (2020): 1–19.",
            "Fake News",
            RefKind.ARTICLE,
            id="chicago-notes-quoted-title",
        ),
    ],
)
def test_quoted_word_opens_title(text: str, title: str, kind: RefKind | None) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.title == title
    assert kind is None or ref.kind == kind


_ENTRY = "Ortiz M, Bell R, Kaur S (2016) Noise in clinical judgement. BMC Med 14(2):e100231."


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The review by Ortiz, Bell and Kaur (2016) lists them.", "Ortiz, Bell and Kaur (2016)"),
        ("The review by Ortiz, Bell, and Kaur (2016) lists.", "Ortiz, Bell, and Kaur (2016)"),
        ("As shown (Ortiz, Bell and Kaur 2016), it is.", "Ortiz, Bell and Kaur 2016"),
        # (a word before the names that is no author of the entry is no part of it)
        ("In Leeds, Bell and Kaur (2016) found it.", "Bell and Kaur (2016)"),
    ],
)
def test_narrative_list_starts_at_first_name(text: str, mention: str) -> None:
    index = authoryear.author_years([("1", _ENTRY)])
    found = [text[s:e] for s, e, _ in authoryear.spans(text, index)]
    assert found == [mention]


def test_narrative_list_over_line_end_counts_on_first_line() -> None:
    index = authoryear.author_years([("1", _ENTRY)])
    found = authoryear.line_mentions(
        "was reviewed by Ortiz,", "Bell and Kaur (2016) with care.", index
    )
    assert [(row, label) for row, _, label in found] == [(1, "1")]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Ortiz, " * (n // 7) + "Bell and Kaur (2016)", id="names"),
        pytest.param(lambda n: "'Noise' " + "in " * (n // 3) + "(2016)", id="goes-on"),
    ],
)
def test_new_patterns_are_linear(line: Callable[[int], str]) -> None:
    index = authoryear.author_years([("1", _ENTRY)])
    assert_linear(lambda text: list(authoryear.spans(text, index)), line)
    assert_linear(lambda text: parse_reference("Ortiz M (2016) " + text, [1]), line)
