"""A body's filing code as the document's number (round 79): the WHO's and the United
Nations' document symbols -- ``WHO/CDS/TB/2019.15``, ``A/RES/70/1``, ``E/CN.4/1998/53``,
``WHO/2019-nCoV/IPC/2020.4`` -- in parentheses after an APA title, or as a sentence of its
own after a Vancouver title.  The code is the ``number``, no part of the title; the work a
report.  A title's own slashed words (``HIV/AIDS``) and a virus's name stay.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.document_numbers import filing_code
from tests.test_regex_growth import assert_linear

_CASES = [
    (
        "United Nations. (2016). Protecting migrant children at sea (A/RES/71/8). United "
        "Nations General Assembly.",
        "Protecting migrant children at sea",
        "A/RES/71/8",
    ),
    (
        "Commission on the Status of Women. (2001). Report on rural women's work "
        "(E/CN.6/2001/9). United Nations.",
        "Report on rural women's work",
        "E/CN.6/2001/9",
    ),
    (
        "Human Rights Council. (2018). Report on water in prisons (A/HRC/39/12). United Nations.",
        "Report on water in prisons",
        "A/HRC/39/12",
    ),
    (
        "World Health Organization. Guidance on measles surveillance. WHO/IVB/2018.07. "
        "Geneva: World Health Organization; 2018.",
        "Guidance on measles surveillance",
        "WHO/IVB/2018.07",
    ),
    (
        "United Nations General Assembly. Declaration on rural water. A/RES/72/90. New York: "
        "United Nations; 2017.",
        "Declaration on rural water",
        "A/RES/72/90",
    ),
    (
        "Commission on Human Rights. Report on housing rights. E/CN.4/2002/59. Geneva: United "
        "Nations; 2002.",
        "Report on housing rights",
        "E/CN.4/2002/59",
    ),
    # near misses: a title's slashed words, a virus's name, no code
    (
        "Osei, K. (2019). Living with HIV/AIDS in Accra (HIV/AIDS). Harbour Press.",
        "Living with HIV/AIDS in Accra (HIV/AIDS)",
        None,
    ),
    (
        "Osei K. Clinical care for SARS-CoV-2. Accra: Harbour Press; 2021.",
        "Clinical care for SARS-CoV-2",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "number"), _CASES)
def test_filing_code_is_the_number(text: str, title: str, number: str | None) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.number) == (title, number)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("WHO/CDS/TB/2019.15.", "WHO/CDS/TB/2019.15"),
        ("A/RES/70/1", "A/RES/70/1"),
        ("WHO/2019-nCoV/IPC/2020.4", "WHO/2019-nCoV/IPC/2020.4"),
        ("HIV/AIDS/TB", None),
        ("COVID-19", None),
        ("Geneva: WHO; 2019", None),
    ],
)
def test_filing_code(sentence: str, code: str | None) -> None:
    assert filing_code(sentence) == code


def test_filing_code_linear() -> None:
    assert_linear(filing_code, lambda n: "A/" * (n // 2) + "x")
    assert_linear(filing_code, lambda n: "A" * n)
    assert_linear(filing_code, lambda n: "A/RES/" + "7" * (n - 7) + " ")
