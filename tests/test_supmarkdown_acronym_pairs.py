"""sup-markdown: a superscript after a pair of acronyms cites; a ratio's divisor is a power.

``criteri STOPP/START<sup>4</sup>;``, ``HIV/AIDS<sup>2</sup>`` and ``ICD-10/DSM<sup>3</sup>``
name two instruments or conditions and cite a note, in a list item as in running text;
``kg/m<sup>2</sup>``, ``ASM/height<sup>2</sup>`` and ``m/s<sup>2</sup>`` stay powers.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.supmarkdown import read as read_sup

LIST = """
## Bibliografia

1. Okafor N, Lind P. Falls in hospital wards. Age Ageing. 2019;48:12-20.
2. Brandt L. Living with HIV in later life. AIDS Care. 2020;32:201-9.
3. Vale J. Two manuals compared. Psychol Med. 2018;48:1-9.
4. Marsh T. Screening tools for prescribing. BMJ. 2021;372:n12.
"""


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("- revisione dei farmaci secondo i criteri STOPP/START<sup>4</sup>;", ["4"]),
        ("Farmaci rivisti con STOPP/START<sup>4</sup>. Cadute ridotte<sup>1</sup>.", ["4", "1"]),
        ("Care for people with HIV/AIDS<sup>2</sup> is long.", ["2"]),
        ("Both manuals (ICD/DSM<sup>3</sup>) agree.", ["3"]),
        ("Скрининг по критериям STOPP/START<sup>4</sup>.", ["4"]),
        ("The index (kg/m<sup>2</sup>) was normal<sup>1</sup>.", ["1"]),
        ("Muscle mass (ASM/height<sup>2</sup>) fell<sup>1</sup>.", ["1"]),
        ("It accelerated at 3 m/s<sup>2</sup> in trials<sup>3</sup>.", ["3"]),
    ],
    ids=[
        "list-item-italian",
        "running-text",
        "hiv-aids",
        "in-brackets",
        "cyrillic-text",
        "unit-ratio",
        "word-ratio",
        "acceleration",
    ],
)
def test_acronym_pairs_cite_and_ratios_are_powers(text: str, labels: list[str]) -> None:
    doc = read_sup(f"# Cadute\n\n{text}\n{LIST}")
    assert [m.label for m in doc.markers] == labels
