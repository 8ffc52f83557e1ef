"""Fix 52i: list headings that pdftotext prints letter-spaced: small capitals with the
large first letter apart (``R EFERENCES``, ``L ITERATURE C ITED``, ``R ÉFÉRENCES``), a
heading set letter by letter (``R E F E R E N C E S``), after a section number or not; the
pdf-text reader finds the list under them in its author-date path as in its numeric one
(an IEEE paper's list still goes through the column-order path:
tests/test_pdftext_ieee_list.py).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import pdftext
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("R E F E R E N C E S", "REFERENCES"),
        ("L I T E R A T U R E   C I T E D", "LITERATURE CITED"),
        ("7  L I T E R A T U R E   C I T E D", "7 LITERATURE CITED"),
        ("4.2 B I B L I O G R A P H Y", "4.2 BIBLIOGRAPHY"),
        ("R ÉFÉRENCES", "RÉFÉRENCES"),
        ("R EFERENCES AND N OTES", "REFERENCES AND NOTES"),
        # (negatives: three letters are initials, lower case is no small capitals)
        ("A B C", "A B C"),
        ("R e f e r e n c e s", "R e f e r e n c e s"),
    ],
)
def test_small_caps_joined(line: str, expected: str) -> None:
    assert pdftext.small_caps(line) == expected


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("R EFERENCES", True),
        ("6 R EFERENCES", True),
        ("6. R EFERENCES", True),
        ("VI. R EFERENCES", True),
        ("B IBLIOGRAPHY", True),
        ("L ITERATURE C ITED", True),
        ("R ÉFÉRENCES", True),
        ("R EFERENCES AND N OTES", True),
        ("R E F E R E N C E S", True),
        ("3  L I T E R A T U R E   C I T E D", True),
        # (negatives: a title in small capitals, another section's heading)
        ("T HE U SES OF R EFERENCES IN L AW", False),
        ("IV. R ESULTS", False),
        ("S EED R AIN M ODELS", False),
        ("R E S U L T S", False),
    ],
)
def test_reference_heading(line: str, heading: bool) -> None:
    assert pdftext._is_reference_heading(line) is heading


def _paper(heading: str, title: str = "Seed rain under small birds") -> str:
    head = "Journal of Imaginary Ecology 31 (2027) 40-48"
    page1 = [
        head,
        "",
        title,
        "",
        "1 I NTRODUCTION",
        "",
        "Thrushes carry seeds far from the parent tree (Ruiz and Amadi, 2020). Similar",
        "distances were found in montane forest (Pell et al., 2023), though Varga (2019)",
        "found them shorter. Both results were later confirmed (Ruiz and Amadi, 2020;",
        "Ekdahl, 2024).",
        "",
        "2 M ETHODS",
        "",
        "Traps were set as in Ekdahl (2024) and emptied weekly (Sato, 2021).",
        "",
        "40",
    ]
    page2 = [
        head,
        "",
        heading,
        "",
        "Ekdahl, J., 2024. Trap designs for seed rain. Methods Ecol. 9, 11-19.",
        "Pell, A., Moss, B., Iyer, C., 2023. Montane seed shadows. Ecology 51, 2-15.",
        "Ruiz, D., Amadi, E., 2020. Thrushes as dispersers. J. Avian Biol. 7,",
        "   101-118.",
        "Sato, F., 2021. Weekly sampling of traps. Oikos 30, 55-60.",
        "Varga, G., 2019. Short dispersal in dry forest. Biotropica 4, 9-21.",
        "",
        "41",
    ]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f"


@pytest.mark.parametrize(
    "heading",
    [
        "6 R EFERENCES",
        "6. L ITERATURE C ITED",
        "7  L I T E R A T U R E   C I T E D",
        "6 References",
    ],
)
def test_author_date_list_under_spaced_heading(heading: str) -> None:
    text = _paper(heading)
    assert pdftext.score(text) >= 0.5
    doc = pdftext.read(text)
    assert [n.text.split(",")[0] for n in doc.literature] == [
        "Ekdahl",
        "Pell",
        "Ruiz",
        "Sato",
        "Varga",
    ]
    assert doc.literature_heading_line == 19
    assert len(doc.markers) >= 6


def test_small_caps_title_is_no_heading() -> None:
    # (a title in small capitals naming references stays body text: the list is the one
    # under the real heading)
    text = _paper("6 R EFERENCES", title="T HE R OLE OF R EFERENCES IN S EED S TUDIES")
    doc = pdftext.read(text)
    assert doc.literature_heading_line == 19
    assert len(doc.literature) == 5


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "R " * (n // 2), id="letters"),
        pytest.param(lambda n: "R E  " * (n // 5) + "x", id="words-then-lower"),
        pytest.param(lambda n: "1." * (n // 2) + " R", id="numbers"),
        pytest.param(lambda n: "R E F" + " " * n + "!", id="gap"),
    ],
)
def test_small_caps_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(pdftext.small_caps, line)
