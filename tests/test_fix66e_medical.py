"""Round 66e: biomedical reference lists as health papers, lab pages and docs print them.

* Pandoc's citeproc entries kept as Markdown bracketed spans over several lines
  (``[1. ]{.csl-left-margin}[Lee K, Han S.`` … ``]{.csl-right-inline}``, the ``:::`` fences
  stripped) are a numbered reference list (:mod:`bibcheck.readers.cslspans`), and a
  superscript range written with Pandoc's en dash (``<sup>7--9</sup>``) cites each number;
* a list heading qualified in parentheses (``References (Selected Publications)``) names
  a reference list (:mod:`bibcheck.readers.headqualifier`);
* a numbered item whose first line holds its Vancouver authors only goes on in the
  unindented lines under it (:mod:`bibcheck.readers.namesline`), and a date's day wrapped to
  the start of a line (``Epub 2014 Feb`` / ``21. Erratum in: …``) is no new item
  (:mod:`bibcheck.readers.wrapday`);
* Vancouver names beyond doubt (two, or initials of two letters) end where the title begins,
  even a title opening ``Smoking, drinking and …`` or ``Diet and Exercise …``; and an
  article ahead of print whose DOI stands where the volume would has no volume.

All entries and sentences below are made up for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.readers.common import expand_labels, is_literature_heading, read_list
from bibcheck.readers.cslspans import unwrap
from bibcheck.readers.namesline import names_only
from bibcheck.readers.wrapday import day_after_month

# --- the small pieces ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor CN, Brandt J, Lindqvist A, Moreau P.", True),
        ("Okafor CN, Brandt J, Lindqvist A, Moreau", True),  # the initials on the next line
        ("Okafor CN, Brandt J,", True),
        ("Okafor CN, de Vries AB, Van Horn LV, et al.", True),
        ("Okafor CN, Brandt-Sørensen J-P.", True),
        ("Moreau P.", True),
        ("See Table S.", False),
        ("Okafor CN. Rates of admission in rural clinics.", False),
        ("Rates of admission were lower.", False),
        ("In 2019, Okafor CN", False),
    ],
)
def test_names_only(text: str, expected: bool) -> None:
    assert names_only(text) is expected


@pytest.mark.parametrize(
    ("before", "line", "expected"),
    [
        ("doi: 10.1000/xyz123. Epub 2014 Feb", "21. Erratum in: J Rural Med. 2014;3:9.", True),
        ("J Rural Med. 2011 May", "11;106(2):630-40.", True),
        ("Trop Med Int Health. 2019 September", "3. PMID: 31234567.", True),
        ("Okafor CN. Rates of admission. 2014 Feb", "32. Moreau P. Title.", False),
        ("The clinics opened in May", "2. Moreau P. Title. 2019.", False),
        ("Okafor CN. Title. J Rural Med. 2014;3:9.", "4. Moreau P. Title.", False),
    ],
)
def test_day_after_month(before: str, line: str, expected: bool) -> None:
    assert day_after_month(before, line) is expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("# References (Selected Publications)", True),
        ("## Bibliography (selection)", True),
        ("## Literatur (Auswahl)", True),
        ("## References (cont.)", True),
    ],
)
def test_qualified_heading(heading: str, expected: bool) -> None:
    assert is_literature_heading(heading) is expected


def test_qualifier_only_after_a_list_name() -> None:
    assert is_literature_heading("## References (selected)")
    assert not is_literature_heading("## Notes (selected)")
    assert not is_literature_heading("## Results (overview)")


@pytest.mark.parametrize(
    ("label", "expected"), [("7--9", ["7", "8", "9"]), ("2,4--5", ["2", "4", "5"])]
)
def test_pandoc_en_dash_range(label: str, expected: list[str]) -> None:
    assert expand_labels(label) == expected


def test_unwrap_keeps_lines_and_text() -> None:
    lines = [
        "[3. ]{.csl-left-margin}[Okafor CN, Brandt J.",
        '"[Malaria in the highlands]{.nocase}." *Trop Med',
        "Int Health*. 2019;24(3):311--320.]{.csl-right-inline}",
        "",
        "[[4] ]{.csl-left-margin}[Moreau P. Rural care. 2020.]{.csl-right-inline}",
    ]
    out = unwrap(lines)
    assert len(out) == len(lines)
    assert out[0] == "3. Okafor CN, Brandt J."
    assert out[1].strip() == '"Malaria in the highlands." *Trop Med'
    assert out[1].startswith("   ")  # indented under the item's text
    assert out[2].strip() == "Int Health*. 2019;24(3):311–320."
    assert out[4] == "4. Moreau P. Rural care. 2020."


def test_unwrap_leaves_other_text() -> None:
    lines = ["Some [text]{.nocase} here.", "[1. ]{.csl-left-margin}[never closed"]
    assert unwrap(lines) == lines


# --- lists ----------------------------------------------------------------------


def test_names_line_item_goes_on() -> None:
    lines = [
        "1. Okafor CN, Brandt J, Lindqvist A.",
        "Malaria in the highlands: a cohort. Trop Med Int Health.",
        "2019;24(3):311-20. PMID: 31234567.",
        "",
        "2. Moreau P, Diallo F. Rural care in Mali. Lancet Glob Health. 2020;8(2):e1-9.",
    ]
    notes, _, _ = read_list(lines, 0, set())
    assert [n.label for n in notes] == ["1", "2"]
    assert "PMID: 31234567" in notes[0].text
    assert notes[0].line_starts == (1, 2, 3)


def test_wrapped_day_is_no_item() -> None:
    lines = [
        "1. Okafor CN, Brandt J. Malaria in the highlands. Trop Med Int Health. 2019;24(3):",
        "311-20. doi: 10.1000/tmih.2019.1. Epub 2019 Feb",
        "21. Erratum in: Trop Med Int Health. 2019;24(5):600. PMID: 31234567.",
        "",
        "2. Moreau P, Diallo F. Rural care in Mali. Lancet Glob Health. 2020;8(2):e1-9.",
    ]
    notes, _, _ = read_list(lines, 0, set())
    assert [n.label for n in notes] == ["1", "2"]
    assert "Erratum in" in notes[0].text


_RST = """References
==========

1.   Okafor CN, Brandt J. Malaria in the highlands of the south. Trop Med Int
Health. 2014 Aug;15(4):585-99. doi: 10.1000/tmih.2014.9. Epub 2014 Feb
21. Erratum in: Trop Med Int Health. 2014 Aug;15(4):601. PubMed PMID:
24558054.

2.   Moreau P, Diallo F. Rural care in Mali. Lancet Glob Health. 2020
Jan;8(2):e1-9. PubMed PMID: 31999999.
"""


def test_rst_list_wrapped_day() -> None:
    doc = parse_bytes(_RST.encode(), "refs.rst", reader="rst")
    assert [e.number for e in doc.literature] == [1, 2]
    assert doc.literature[0].reference.host == "Trop Med Int Health"


_PAGE = """---
layout: default
title: Research
---

# Research

Water near a membrane moves slowly<sup>1,2</sup>, and our instruments<sup>3--5</sup>
measure it.

# References (Selected Publications)

[Full list of publications](https://example.org/pubs){:target="blank"}

[1. ]{.csl-left-margin}[Okafor CN, Brandt J, Lindqvist A.
"[Slow water near membranes]{.nocase}." *J Chem Phys*. 2013
Oct;74(3):33--56. PMID:
[24083461](https://www.ncbi.nlm.nih.gov/pubmed/24083461)
doi:[10.1000/jcp.2013.1](https://doi.org/10.1000/jcp.2013.1)]{.csl-right-inline}

[2. ]{.csl-left-margin}[Moreau P, Okafor CN. "Hydration explained."
*J Magn Reson*. 2019;301:131--175.]{.csl-right-inline}

[3. ]{.csl-left-margin}[Diallo F, Okafor CN. "A spectrometer for the
field." *Rev Sci Instrum*. 2015;86(4):044701.]{.csl-right-inline}

[4. ]{.csl-left-margin}[Lindqvist A, Okafor CN. "Pulses without dead
time." *J Magn Reson*. 2016;262:19--24.]{.csl-right-inline}

[5. ]{.csl-left-margin}[Brandt J, Moreau P. "Arbitrary waveforms."
*J Magn Reson*. 2017;275:95--108.]{.csl-right-inline}
"""


def test_citeproc_spans_page() -> None:
    doc = parse_bytes(_PAGE.encode(), "research.md")
    assert doc.reader == "sup-markdown"
    assert [e.number for e in doc.literature] == [1, 2, 3, 4, 5]
    first = doc.literature[0].reference
    assert first.title == "Slow water near membranes"
    assert first.doi == "10.1000/jcp.2013.1"
    assert doc.literature[1].reference.pages == "131–175"
    assert {f.label for f in doc.footnotes} == {"1", "2", "3", "4", "5"}
    assert not [a for a in doc.anomalies if "uncited" in a.code.value]


# --- fields -----------------------------------------------------------------------

# (entry, authors, title, container, volume)
VANCOUVER = [
    (
        "Okafor CN, Brandt J, Lindqvist A. Smoking, drinking and mortality in older men."
        " BMJ. 2014;349(4):g585.",
        ("Okafor CN", "Brandt J", "Lindqvist A"),
        "Smoking, drinking and mortality in older men",
        "BMJ",
        "349",
    ),
    (
        "Moreau P, Diallo F. Diet and Exercise in rural clinics. Trop Med Int Health."
        " 2020 Jan;25(1):12-20.",
        ("Moreau P", "Diallo F"),
        "Diet and Exercise in rural clinics",
        "Trop Med Int Health",
        "25",
    ),
    (
        "Okafor CN. Ih and HCN channels in cochlear neurons. J Neurophysiol. 2014;112(4):585-99.",
        ("Okafor CN",),
        "Ih and HCN channels in cochlear neurons",
        "J Neurophysiol",
        "112",
    ),
    (
        "Brandt J, Okafor CN, Lindqvist A, et al. Variability in regional brain volume"
        " [published online ahead of print, 2020 Oct 12]. Hum Brain Mapp."
        " 2020;10.1000/hbm.99999. doi:10.1000/hbm.99999",
        ("Brandt J", "Okafor CN", "Lindqvist A"),
        "Variability in regional brain volume",
        "Hum Brain Mapp",
        None,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "container", "volume"), VANCOUVER)
def test_vancouver_fields(
    text: str, authors: tuple[str, ...], title: str, container: str, volume: str | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert tuple(ref.authors) == authors
    assert ref.title == title
    assert ref.host == container
    assert ref.volume == volume


def test_names_written_otherwise_stay() -> None:
    """A name with a stop after one initial is no Vancouver name: "Rob J. Hyndman and …";
    two Vancouver names are, whatever the title's first words."""
    firm = parse_reference(
        "Okafor CN, Brandt J. Smoking, drinking and mortality. BMJ. 2014;349(2):g5.",
        (1,),
        detect_styles=True,
    )
    assert firm.host == "BMJ"
    ref = parse_reference(
        "Rob J. Hyndman and George Athanasopoulos. Forecasting: principles and practice."
        " OTexts; 2018.",
        (1,),
        detect_styles=True,
    )
    assert tuple(ref.authors) == ("Rob J. Hyndman", "George Athanasopoulos")
