"""A numbered ("n." / "n)") reference list of a two-column PDF page, as pdftotext (no
-layout) puts it: the other column's entries above the "References" heading, perhaps with a
paragraph of body text between them, and the end of the list right under the heading before
entry 1.  The entries are read wherever they stand, in document order, and the body text
between them stays body."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.plaintext import read
from tests.test_regex_growth import assert_linear

_ENTRIES = (
    "1. Adams KL, Brown T. Statins and bone density in older women. Bone.\n"
    "2001;28(2):1–8.\n"
    "2. Chen Y, Dauda S, Eriksen P, Fox M. Lipid lowering and fractures: a\n"
    "meta-analysis. Osteoporos Int. 2005;16(4):345–52.\n"
    "3. Garcia R. Registry data on statins. J Bone Miner Res. 2009;24:77–83.\n"
    "4. Hughes D, Ito K. Defining exposure from fillings. Pharmacoepidemiol\n"
    "Drug Saf. 2012;21(1):12–20.\n"
    "5. Jansen L. Drug exposure windows. Eur J Epidemiol. 2014;29:1–9.\n"
    "6. Kowalski W, Lund E. Refill gaps. Clin Epidemiol. 2016;8:45–51.\n"
)

# the list's end is set in the other column: above the heading, a body paragraph between
ABOVE_AND_UNDER = (
    "Statin use and hip fracture: a registry study\n"
    "\n"
    "Background\n"
    "Statins may protect bone [1, 2]. Registry data are mixed [3].\n"
    "\n"
    "Methods\n"
    "We followed the reporting checklist [9] and used Stata [10].\n"
    "Exposure was defined as two fillings [4–6], as the agency advised [11].\n"
    "\n"
    "1\n"
    "\fResults\n"
    "Users had fewer fractures [7], as seen before [8].\n"
    "\n"
    "Conclusions\n"
    "\n"
    "9. van Dijk M, Okoro CA, Lindqvist P. Reporting cohort studies: a\n"
    "checklist. Epidemiology. 2008;19(3):201–9.\n"
    "\n"
    "Statins should be tested in a trial before any advice is given.\n"
    "\n"
    "10. Stata Project. Stata: statistical software [Internet]. College Station:\n"
    "StataCorp; 2021 [cited 2023 Jan 5]. Available from: https://www.stata.com/\n"
    "\n"
    "References\n"
    "\n"
    "11. Health Products Agency. Statins and bone: a safety review. London:\n"
    "HPA; 2020.\n"
    "\n" + _ENTRIES + "7. Moreau J. Hip fracture in statin users. Bone. 2018;110:3–9.\n"
    "8. Nakamura H. Earlier cohorts. Osteoporos Int. 2019;30:88–94.\n"
    "\n"
    "2\n"
)

# a variant: the last two entries in one block above the heading, nothing between
TAIL_ABOVE = (
    "Statins and falls\n"
    "\n"
    "Falls were counted [1–3], as in [4] and [5, 6]; see also [7] and [8].\n"
    "\n"
    "1\n"
    "\f7) de la Cruz A, Moreau J. Falls and statins. Age Ageing. 2018;47:3–9.\n"
    "8) Nakamura H. Earlier cohorts. Osteoporos Int. 2019;30:88–94.\n"
    "\n"
    "References\n"
    + _ENTRIES.replace(". ", ") ", 1)
    .replace("\n2. ", "\n2) ")
    .replace("\n3. ", "\n3) ")
    .replace("\n4. ", "\n4) ")
    .replace("\n5. ", "\n5) ")
    .replace("\n6. ", "\n6) ")
    + "\n2\n"
)


@pytest.mark.parametrize(
    ("text", "labels", "firsts"),
    [
        pytest.param(
            ABOVE_AND_UNDER,
            ["9", "10", "11", "1", "2", "3", "4", "5", "6", "7", "8"],
            {"9": "van Dijk M", "10": "Stata Project. Stata", "11": "Health Products Agency."},
            id="column-end-above-and-under-the-heading",
        ),
        pytest.param(
            TAIL_ABOVE,
            ["7", "8", "1", "2", "3", "4", "5", "6"],
            {"7": "de la Cruz A", "8": "Nakamura H."},
            id="parenthesised-tail-above-the-heading",
        ),
    ],
)
def test_numbered_entries_wherever_the_converter_put_them(
    text: str, labels: list[str], firsts: dict[str, str]
) -> None:
    doc = read(text)
    assert [n.label for n in doc.literature] == labels
    starts = {n.label: n.text for n in doc.literature}
    for label, first in firsts.items():
        assert starts[label].startswith(first)
    codes = {a.code for a in doc.anomalies}
    assert AnomalyCode.LITERATURE_NUMBERING not in codes
    cited = {m.label for m in doc.markers}
    assert cited == set(labels)
    assert all(n.text for n in doc.footnotes)  # every cited number has its entry


def test_body_between_the_entries_stays_body() -> None:
    doc = read(ABOVE_AND_UNDER)
    assert any("tested in a trial" in b.text for b in doc.blocks)
    assert not any("tested in a trial" in n.text for n in doc.literature)


@pytest.mark.parametrize(
    "above",
    [
        # a numbered section heading on the list's page: no entry
        pytest.param("7. Conclusions\nIn 2019 the cohort grew [7], as in [8].\n", id="section"),
        # a numbered point of the body whose number the list has read: no entry
        pytest.param(
            "2. Patients seen in 2019, as in the earlier cohort, were excluded.\n",
            id="number-read",
        ),
        # a numbered point citing by number: body, never an entry
        pytest.param(
            "7. Moreau J showed it first in 2018 [7]; see also [8].\n", id="cites-by-number"
        ),
    ],
)
def test_numbered_body_text_above_the_heading_is_no_entry(above: str) -> None:
    text = (
        "Falls\n\nFalls were counted [1–3], as in [4] and [5, 6].\n\n1\n\f"
        + above
        + "\nReferences\n"
        + _ENTRIES
        + "\n2\n"
    )
    doc = read(text)
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4", "5", "6"]


def test_long_numbered_line_is_linear() -> None:
    assert_linear(
        lambda names: read(
            "Body [1].\n\n1\n\f" + "7. " + names + "2019.\n\nReferences\n" + _ENTRIES
        ),
        lambda n: "Ab, " * (n // 4),
    )
