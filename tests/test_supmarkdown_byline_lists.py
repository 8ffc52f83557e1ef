"""sup-markdown: a byline whose affiliations stand one per paragraph, and superscript
lists after a unit.

* ``**Name**<sup>1</sup>, **Name**<sup>2</sup>`` over affiliation lines
  ``<sup>1</sup> Clinic ...`` parted by blank lines (as PDF-to-Markdown converters write
  them) are addresses, not notes: the body's markers cite the reference list;
* a list or range of numbers in a superscript is never an exponent:
  ``μg/L<sup>1,11</sup>``, ``kg/m<sup>2,3</sup>``, ``x<sup>4–6</sup>`` cite.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.supmarkdown import read as read_sup

LIST = """
## References

1. Okafor N, Lind P. Iron stores in pregnancy. Lancet Haematol. 2019;6:e12-e20.
2. Brandt L. Ferritin thresholds revisited. Blood. 2020;135:2011-20.
3. Vale J. Rotor inertia and grid frequency. IEEE Trans Power Syst. 2018;33:1-9.
4. Marsh T. Anaemia screening in primary care. BMJ. 2021;372:n12.
5. Reyes A. Body mass and iron. Obes Rev. 2017;18:1-8.
6. Silva M. Intake of iron in adolescents. Nutrients. 2016;8:30.
"""

BODY = (
    "## Introduction\n\nIron deficiency is common<sup>1</sup>, and so is anaemia<sup>2,3</sup>.\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "**Maria Papadopoulou**<sup>1</sup>, **Nikos Georgiou**<sup>2</sup>\n\n"
        "<sup>1</sup> Μαιευτική Κλινική, Γενικό Νοσοκομείο Λάρισας\n\n"
        "<sup>2</sup> Αιματολογικό Εργαστήριο, Ιατρική Σχολή\n",
        "**Ana Ruiz**<sup>1</sup>, **Luis Mora**<sup>1,2</sup>\n\n"
        "<sup>1</sup> Servicio de Hematología, Hospital del Mar\n\n"
        "<sup>2</sup> Grupo de Investigación en Nutrición\n",
        "Jan Novák<sup>2</sup>, Eva Malá<sup>1</sup>\n\n"
        "<sup>1</sup> Klinika hematologie, Fakultní nemocnice\n\n\n"
        "<sup>2</sup> Oddělení klinické biochemie, Praha\n",
        "**Ελένη Δήμου**<sup>1</sup>, **Γιώργος Νικολάου**<sup>2</sup>\n\n"
        "<sup>1</sup> Εργαστήριο Διατροφής, Χαροκόπειο\n\n"
        "<sup>2</sup> Ιατρική Σχολή, Αθήνα\n",
    ],
    ids=["greek-clinic", "spanish-hospital", "czech-two-blanks", "greek-laboratory-school"],
)
def test_affiliations_parted_by_blank_lines_are_addresses(byline: str) -> None:
    doc = read_sup(f"# Iron in pregnancy\n\n{byline}\n{BODY}{LIST}")
    assert [m.label for m in doc.markers] == ["1", "2", "3"]
    assert [m.line for m in doc.markers] == [doc.markers[0].line] * 3
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.FOOTNOTE_NUMBERING]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("A cut-off of 15 μg/L<sup>1,4</sup> is used.", ["1", "4"]),
        ("Obesity (BMI ≥ 30 kg/m<sup>2,5</sup>) lowers uptake.", ["2", "5"]),
        ("Intake below 10 mg/d<sup>4–6</sup> is low.", ["4", "5", "6"]),
        ("The term x<sup>1, 3</sup> is cited.", ["1", "3"]),
        ("A single power: 30 kg/m<sup>2</sup> and a note<sup>6</sup>.", ["6"]),
    ],
    ids=["ratio-list", "area-list", "ratio-range", "letter-list", "single-stays-power"],
)
def test_a_list_of_numbers_is_no_exponent(text: str, labels: list[str]) -> None:
    doc = read_sup(f"# Iron\n\n{text}\n{LIST}")
    assert [m.label for m in doc.markers] == labels
