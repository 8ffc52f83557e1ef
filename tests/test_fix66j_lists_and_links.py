"""Reference-only course pages, rst PubMed lists and percent-encoded link texts
(fix66j)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.common import is_literature_heading
from bibcheck.urldecoded import SAME, encoded_difference

_ENTRIES = """
1. Harlow QP, Imbert ST. Sleep duration and blood pressure in teenagers. JAMA Pediatr. 2019;173(5):441-448.
2. Okonkwo BE, Tran M. Dietary fibre intake and bowel outcomes. Am J Clin Nutr. 2020;111(2):301-309.
3. Varga L, Pettersen KJ. Exercise for older adults: a trial. BMJ. 2018;361:k1234.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Cited Literature for PH 700A Lectures",
        "Literature cited in this course",
        "References for the seminar",
        "Quellen zur Vorlesung",
        "Literatur zum Seminar",
        "Bibliographie du cours",
        "Bibliografía del curso",
    ],
)
def test_course_list_heading(heading: str) -> None:
    assert is_literature_heading(f"## {heading}")


@pytest.mark.parametrize(
    "heading",
    ["Cited Literature for PH 700A Lectures", "Quellen zur Vorlesung", "Bibliographie du cours"],
)
def test_course_page_is_a_list_without_citations(heading: str) -> None:
    text = f"# Course page\n\n## {heading}\n{_ENTRIES}"
    doc = parse_bytes(text.encode(), "course.md")
    assert len(doc.literature) == 3
    assert [e.reference.year for e in doc.literature] == [2019, 2020, 2018]
    assert not doc.footnotes


_RST_HEAD = """Reading list
============

Background for the module.

"""
_RST_LIST = """References
{rule}

1. Marlow JT, Quist AB. Spine growth in cortical slices. J Neurosci. 2005;25(4):123-30. PMID: 15673700.
2. Ferris PL, Nakamura H. Glial signalling in sleep. J Neurosci. 2007;27(12):3301-10. PMID: 17376991.
{note}
3. Dahl EK. Synaptic pruning in adolescence. Nat Neurosci. 2009;12(3):301-8. PMID: 19234456.
"""


@pytest.mark.parametrize(
    ("lead", "rule", "note"),
    [
        pytest.param(
            ".. note:: exported from PubMed\n\n",
            "----------",
            "\n   Erratum in: J Neurosci. 2007;27(20):5555.\n",
            id="indented-erratum",
        ),
        pytest.param(
            ".. note:: exported from PubMed\n\n",
            "----------",
            "\nErratum in: J Neurosci. 2007;27(20):5555.\n",
            id="flush-erratum",
        ),
        pytest.param(
            ".. exported from PubMed\n\n",
            "----------",
            "\nComment in: Nat Rev Neurosci. 2007;8(6):411.\n",
            id="comment-line-comment-in",
        ),
        pytest.param(
            "",
            "~~~~~~~~~~",
            "\nErratum in: J Neurosci. 2007;27(20):5555.\n",
            id="tilde-underline",
        ),
    ],
)
def test_rst_pubmed_list(lead: str, rule: str, note: str) -> None:
    text = lead + _RST_HEAD + _RST_LIST.format(rule=rule, note=note)
    doc = parse_bytes(text.encode(), "reading.txt")
    assert doc.reader == "rst"
    assert len(doc.literature) == 3
    assert [e.reference.year for e in doc.literature] == [2005, 2007, 2009]


@pytest.mark.parametrize(
    ("shown", "target", "expected"),
    [
        ("https://example.org/a%2Fb", "https://example.org/a/b", "%2F"),
        ("https://example.org/%7Euser/x", "https://example.org/~user/x", SAME),
        ("https://example.org/a%3Fb%2Fc", "https://example.org/a?b/c", "%2F, %3F"),
        ("https://example.org/a", "https://example.org/b", None),
    ],
)
def test_encoded_difference(shown: str, target: str, expected: str | None) -> None:
    assert encoded_difference(shown, target) == expected


@pytest.mark.parametrize(
    ("shown", "target", "said"),
    [
        ("https://example.org/a%2Fb", "https://example.org/a/b", "same after decoding"),
        ("https://example.org/%7Euser/x", "https://example.org/~user/x", None),
    ],
)
def test_link_text_encoded(shown: str, target: str, said: str | None) -> None:
    text = f"# Page\n\nA claim.[^1]\n\n[^1]: See [{shown}]({target}).\n"
    doc = parse_bytes(text.encode(), "page.md")
    differs = [a for a in doc.anomalies if a.code is AnomalyCode.URL_LINK_TEXT_DIFFERS]
    differs += [
        a
        for f in doc.footnotes
        for a in f.reference.anomalies
        if a.code is AnomalyCode.URL_LINK_TEXT_DIFFERS
    ]
    if said is None:
        assert not differs
    else:
        assert differs and said in differs[0].message
