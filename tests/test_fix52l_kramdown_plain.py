"""Fix 52l: plain ``[KEY]`` citations in kramdown-rfc Internet-Drafts.

kramdown-rfc leaves ``[RFC8446]`` as text, but the rendered draft shows every citation as
its anchor in brackets, so authors write the plain form beside ``{{RFC8446}}``.  A plain
``[KEY]`` of a declared reference (or of an RFC / draft name, whose missing reference is
then said) is a citation; links, link definitions, code, images, escaped brackets and
bracketed words that name no reference are not.  Own fixtures."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.kramdownrfc import rewrite
from tests.test_regex_growth import assert_linear

FRONT = textwrap.dedent(
    """\
    ---
    title: Sample Key Exchange
    docname: draft-sample-kex-latest
    normative:
      RFC8446:
      NIST-SP-800-56:
        title: Recommendation for Pair-Wise Key-Establishment Schemes
        author: {org: National Institute of Standards and Technology}
        date: 2018
      KLM+21:
        title: A Sample Combiner
    informative:
      RFC5869:
    --- abstract

    Abstract text on {{RFC5869}}.

    --- middle

    # Introduction
    """
)
FIRST = FRONT.count("\n") + 1  # the line after the front part


def _cited(body: str) -> list[tuple[str, int]]:
    doc = parse_bytes((FRONT + body).encode(), "draft-sample-kex.md")
    markers = [*doc.stray_markers, *(m for f in doc.footnotes for m in f.markers)]
    # the abstract's {{RFC5869}} makes every fixture a draft read with confidence
    return sorted((m.label, m.line - FIRST + 1) for m in markers if m.line >= FIRST)


CASES = [
    pytest.param("TLS 1.3 [RFC8446] is used.\n", [("RFC8446", 1)], id="rfc-declared"),
    pytest.param(
        "Keys per [NIST-SP-800-56] and\nthe combiner [KLM+21].\n",
        [("KLM+21", 2), ("NIST-SP-800-56", 1)],
        id="hyphen-and-plus-keys",
    ),
    pytest.param(
        "As defined in [RFC5869]:\n\n- one\n",
        [("RFC5869", 1)],
        id="colon-after-in-prose",
    ),
    pytest.param(
        "Both {{RFC8446}} and [RFC8446].\n",
        [("RFC8446", 1), ("RFC8446", 1)],
        id="beside-the-kramdown-form",
    ),
    pytest.param("A [TBD] value and [optional] field.\n", [], id="negative-plain-words"),
    pytest.param("Write `[RFC8446]` in the text.\n", [], id="negative-code-span"),
    pytest.param("~~~\nbytes [RFC8446] here\n~~~\n", [], id="negative-figure"),
    pytest.param("See [RFC8446](https://example.org/x).\n", [], id="negative-inline-link"),
    pytest.param("See [the spec][RFC8446].\n", [], id="negative-reference-link"),
    pytest.param("An escaped \\[RFC8446] bracket.\n", [], id="negative-escaped"),
    pytest.param(
        "See [RFC5869] here.\n\n[RFC5869]: https://example.org/hkdf\n",
        [],
        id="negative-defined-as-a-link",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_plain_bracket_citations(body: str, expected: list[tuple[str, int]]) -> None:
    assert _cited(body) == expected


def test_an_undeclared_rfc_is_cited_and_its_missing_reference_said() -> None:
    doc = parse_bytes((FRONT + "Unlike [RFC9999], and [TBD].\n").encode(), "draft-sample-kex.md")
    missing = [
        a.footnote for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_MISSING
    ]
    assert missing == ["RFC9999"]


def test_no_plain_citation_outside_a_draft() -> None:
    text = "---\ntitle: Post\n---\n\nThe protocol [RFC8446] here.\n"
    assert rewrite(text) is None


def test_the_rewrite_keeps_the_line_count() -> None:
    body = "TLS [RFC8446] and [KLM+21] and [TBD].\n"
    draft = rewrite(FRONT + body)
    assert draft is not None
    after = draft.text.split("\n")
    assert len(after) == len((FRONT + body).split("\n"))
    assert "[@RFC8446]" in after[FIRST - 1] and "[TBD]" in after[FIRST - 1]


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "[RFC8446" * (n // 8), id="unclosed-keys"),
    pytest.param(lambda n: "[RFC8446]" * (n // 9), id="many-keys"),
    pytest.param(lambda n: "[a" + "-" * (n - 2), id="long-key-unclosed"),
    pytest.param(lambda n: "](" * (n // 2), id="link-halves"),
]


@pytest.mark.parametrize("line", LINES)
def test_plain_citations_are_linear(line: Line) -> None:
    assert_linear(lambda text: rewrite(FRONT + text + "\n"), line)
