"""No silent success after a reference list, and in the refusal's evidence.

* markdown-links: a list under a bold line heading (``**References**``,
  ``**Sources:**``) ends at the next ``#`` heading or bold line heading, and the text
  after its last entry is the body's: the sections after it, a paragraph after it, their
  links and ``[n]`` markers are read (as after a ``#``-heading list), never dropped.
* The "Found: ..." evidence of a refusal counts a list written as plain paragraphs
  under a References heading ("a 'References' heading (line 5) with 3 paragraphs under
  it"), not "no citation-like text".

Own fixtures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.evidence import citation_evidence, describe
from bibcheck.readers.mask import mask
from bibcheck.readers.mdlinks import _BOLD_LINE
from bibcheck.readers.mdlinks import read as read_links
from tests.test_regex_growth import assert_linear

_BODY = """# Tide pools

The [survey of tide pools](https://example.org/tides) found more crabs than expected.
A later [count](https://example.org/count) agreed.

"""
_LIST = """1. [Survey of tide pools](https://example.org/tides), Coastal Notes, 2020.
2. [A crab count](https://example.org/count), Shore Letters, 2021.
"""
_AFTER = "The appendix repeats the [survey](https://example.org/tides) method [2].\n"


@pytest.mark.parametrize(
    ("text", "after_line"),
    [
        pytest.param(
            _BODY + "**References**\n\n" + _LIST + "\n## Appendix\n\n" + _AFTER,
            13,
            id="bold-then-atx-section",
        ),
        pytest.param(
            _BODY + "**Sources:**\n\n" + _LIST + "\n**Appendix**\n\n" + _AFTER,
            13,
            id="bold-then-bold-section",
        ),
        pytest.param(
            _BODY + "**References**\n" + _LIST + "\n" + _AFTER,
            10,
            id="bold-then-paragraph",
        ),
        pytest.param(
            _BODY + "## References\n\n" + _LIST + "\n## Appendix\n\n" + _AFTER,
            13,
            id="atx-then-atx-section-unchanged",
        ),
    ],
)
def test_text_after_a_bold_headed_list_is_read(text: str, after_line: int) -> None:
    doc = read_links(text)
    assert [e.label for e in doc.literature] == ["1", "2"]
    cited = sorted((m.label, m.line) for m in doc.markers)
    # the body's two links, and after the list: a link to entry 1 and "[2]"
    assert cited == [("1", 3), ("1", after_line), ("2", 4), ("2", after_line)]


def test_unmatched_link_after_a_bold_list_is_reported() -> None:
    text = _BODY + "**References**\n\n" + _LIST + "\nSee also [my notes](https://example.net/n).\n"
    doc = read_links(text)
    assert [e.label for e in doc.literature] == ["1", "2"]
    assert any(a.code.value == "link-not-cited" for a in doc.anomalies)


def test_entries_stop_at_the_next_section() -> None:
    text = _BODY + "**References**\n\n" + _LIST + "\n## More\n\n- [Other](https://example.com/o)\n"
    assert [e.label for e in read_links(text).literature] == ["1", "2"]


_PARAGRAPH_LIST = """# Notes on soil

Some prose here about soil.

{heading}

Adams, J. 2019. Soil carbon. Journal of Soils 3: 1-9.

Brown, K. 2020. Roots. Plant Letters 4: 2-5.

Cole, M. 2018. Worms and rain.
Ecology Today 7: 11.
"""


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("## References", "a 'References' heading (line 5) with 3 paragraphs under it"),
        ("Bibliography", "a 'Bibliography' heading (line 5) with 3 paragraphs under it"),
        ("## References\n\n- Adams 2019", "a list under 'References' (heading at line 5)"),
    ],
)
def test_evidence_counts_paragraph_entries(heading: str, expected: str) -> None:
    found = describe(citation_evidence(mask(_PARAGRAPH_LIST.format(heading=heading))))
    assert found.startswith(expected)


def test_evidence_one_paragraph() -> None:
    text = "# T\n\nProse.\n\n## References\n\nAdams, J. 2019. Soil carbon.\n"
    assert describe(citation_evidence(text)) == (
        "a 'References' heading (line 5) with 1 paragraph under it"
    )


@pytest.mark.parametrize(
    ("line", "bold"),
    [("**References**", True), ("**Sources:**  ", True), ("**a** and **b**", False), ("x", False)],
)
def test_bold_line(line: str, bold: bool) -> None:
    assert (_BOLD_LINE.match(line) is not None) is bold


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "**" + "a" * n, id="unclosed"),
        pytest.param(lambda n: "**a**" + " :" * (n // 2) + "x", id="trailing-run"),
        pytest.param(lambda n: "**a" * (n // 3), id="openings"),
    ],
)
def test_bold_line_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: _BOLD_LINE.match(text) is not None, line)


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("\\input{refs-not-here}", False),
        ("\\end{document}", False),
        ("Smith, J. 2001. Title of the work.", True),
        ("Трудов А. Сборник научных статей", True),
        ("Lee 2001", False),
    ],
)
def test_a_paragraph_of_markup_alone_is_no_paragraph_of_entries(line: str, prose: bool) -> None:
    from bibcheck.readers.evidence import _paragraph_starts

    assert _paragraph_starts(["", line, ""]) == ([1] if prose else [])


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a" * n, id="one-long-word"),
        pytest.param(lambda n: "ab " * (n // 3), id="short-words"),
        pytest.param(lambda n: "\\ab " * (n // 4), id="commands"),
    ],
)
def test_prose_search_is_linear(line: Callable[[int], str]) -> None:
    from bibcheck.readers.evidence import _PROSE
    from tests.test_regex_growth import assert_linear

    assert_linear(_PROSE.search, line)
