"""fix41b: plain text whose ``[n]`` markers call endnotes numbered under a notes heading,
followed by a bibliography of one entry a line (the notes are notes, the bibliography the
literature); heading names of the Tibetan, Burmese, Sinhala, Khmer and Lao scripts and a
heading ended by its script's full stop (the Tibetan shad ``།``); month names of
Malagasy, Swahili, Hausa, Tagalog, Malay, Esperanto, Hawaiian, Samoan and Māori in dates
(an access-date in them is no malformed field)."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.fields import MONTHS, parse_date
from bibcheck.readers.common import is_literature_heading, is_notes_heading
from bibcheck.readers.wordnotes import headed_notes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("21 Janoary 2020", date(2020, 1, 21)),  # Malagasy
        ("4 Martsa 2022", date(2022, 3, 4)),
        ("30 Jona 2019", date(2019, 6, 30)),
        ("8 Aogositra 2018", date(2018, 8, 8)),
        ("17 Desambra 2021", date(2021, 12, 17)),
        ("2 Machi 2017", date(2017, 3, 2)),  # Swahili
        ("19 Septemba 2016", date(2016, 9, 19)),
        ("11 Satumba 2015", date(2015, 9, 11)),  # Hausa
        ("6 Hunyo 2014", date(2014, 6, 6)),  # Tagalog
        ("Nobyembre 3, 2013", date(2013, 11, 3)),
        ("27 Ogos 2012", date(2012, 8, 27)),  # Malay
        ("5 Disember 2011", date(2011, 12, 5)),
        ("14 aŭgusto 2010", date(2010, 8, 14)),  # Esperanto
        ("9 ʻOkakopa 2009", date(2009, 10, 9)),  # Hawaiian
        ("23 Kepakemapa 2008", date(2008, 9, 23)),
        ("1 Aukuso 2007", date(2007, 8, 1)),  # Samoan
        ("12 Hepetema 2006", date(2006, 9, 12)),  # Māori
        ("31 Tīhema 2005", date(2005, 12, 31)),
    ],
)
def test_month_names_of_more_languages(raw: str, expected: date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("word", ["mac", "me"])
def test_month_names_that_are_common_words_are_left_out(word: str) -> None:
    assert word not in MONTHS


def test_malagasy_access_date_is_no_malformed_field() -> None:
    text = (
        "'''Tanàna''' dia tanàna iray.<ref>{{Cite web |title=Tantara |url=https://example.org/a"
        " |website=Example |access-date=7 Febroary 2024}}</ref>\n\n== Loharano ==\n"
        "<references />\n"
    )
    doc = parse_bytes(text.encode(), "tanana.wiki")
    assert not [a for a in doc.all_anomalies() if "access-date" in a.message]


@pytest.mark.parametrize(
    ("line", "notes"),
    [
        ("མཆན།", True),  # Tibetan, with the shad
        ("ཞབས་མཆན", True),
        ("དཔྱད་གཞི།", False),
        ("ကိုးကား။", False),  # Burmese, with the section mark
        ("මූලාශ්\u200dර", False),  # Sinhala
        ("සටහන්", True),
        ("ໝາຍເຫດ", True),  # Lao
        ("កំណត់សម្គាល់។", True),  # Khmer, with the khan
    ],
)
def test_script_headings(line: str, notes: bool) -> None:
    assert is_notes_heading(f"# {line}") is notes
    assert is_literature_heading(f"# {line}") is not notes


_ENGLISH = """Harbour Works at Fenmouth

The first quay was built of timber in 1791.[1] Its piles rotted within a
generation, and the harbour board rebuilt it in stone.[2] The board's minutes
survive only from 1840.[3]

Later works

The breakwater followed in 1868.[4]

Notes

1. Anna Pell, The Fenmouth Quays (Norwich: Dunmore Press, 1988), 14.
2. Ibid., 22.

3. The earlier minutes were lost in the fire of 1839.
4. Pell, Fenmouth Quays, 40.

Bibliography

Pell, Anna. The Fenmouth Quays. Norwich: Dunmore Press, 1988.
Rudd, Thomas. Harbours of the East Coast. London: Haldane, 1902.
"""

_TIBETAN = """ཆུ་ཁ་དང་གྲུ་ཁ།

གྲུ་ཁ་དང་པོ་ལོ་ ༡༧༩༡ ལ་བཞེངས།[1] དེ་ནས་རྡོ་ལས་བསྐྱར་བཞེངས་བྱས།[2] ཡིག་ཚང་ཉུང་ངུ་ལས་མེད།[3]

མཆན།

1. Anna Pell, The Fenmouth Quays (Norwich: Dunmore Press, 1988), 14.
2. Ibid., 22.
3. ཡིག་ཚང་སྔ་མ་རྣམས་མེ་ལ་ཤོར།

དཔྱད་གཞི།

Pell, Anna. The Fenmouth Quays. Norwich: Dunmore Press, 1988.
Rudd, Thomas. Harbours of the East Coast. London: Haldane, 1902.
"""


@pytest.mark.parametrize(("text", "notes"), [(_ENGLISH, 4), (_TIBETAN, 3)])
def test_endnotes_under_a_heading_then_a_bibliography(text: str, notes: int) -> None:
    doc = parse_bytes(text.encode(), "paper.txt")
    assert doc.reader == "plain-text"
    assert [f.label for f in doc.footnotes] == [str(n) for n in range(1, notes + 1)]
    assert sorted(m.label for f in doc.footnotes for m in f.markers) == [
        str(n) for n in range(1, notes + 1)
    ]
    assert [e.reference.title for e in doc.literature][1] == "Harbours of the East Coast"
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.LITERATURE_NUMBERING not in codes


def test_a_numbered_bibliography_is_the_list_the_text_cites() -> None:
    lines = _ENGLISH.replace("Pell, Anna.", "1. Pell, Anna.").replace("Rudd,", "2. Rudd,")
    assert headed_notes(lines.splitlines()) is None


def test_notes_must_be_numbered_from_one() -> None:
    lines = _ENGLISH.replace("1. Anna", "5. Anna").splitlines()
    assert headed_notes(lines) is None


def test_indices_in_code_are_no_citations() -> None:
    text = """Reading the sensor

```
first = values[1]
second = values[2]
third = values[3]
```

Notes

1. The sensor is read twice a second.
2. Values are in kelvin.
3. The third value is a checksum.

References

Acme Ltd. Sensor manual. 2020.
"""
    with pytest.raises(InputError):
        parse_bytes(text.encode(), "sensor.txt")


def test_tibetan_ibid_repeats_the_note_before() -> None:
    text = _TIBETAN.replace("2. Ibid., 22.", "2. དེ་ཉིད།, 22.")
    doc = parse_bytes(text.encode(), "paper.txt")
    second = next(f for f in doc.footnotes if f.label == "2")
    assert second.reference is not None
    assert second.reference.title == "The Fenmouth Quays"
