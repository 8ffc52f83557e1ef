"""Notes citing works a bibliography leaves out, or an archive by an abbreviation.

* a newspaper issue (title, full date, page) and an Act by regnal year and chapter are
  cited in notes only (Chicago): no ``missing-literature-entry``; a book note is not one;
* ``(hereafter TNA)`` defines an abbreviation: a later note ``TNA, HO 44/12, 3.`` cites
  that archive, which a literature list need not hold.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.repeat import abbreviations, expand_abbreviations
from bibcheck.parse.references.unlisted import newspaper_issue, regnal_act


@pytest.mark.parametrize(
    ("text", "newspaper", "act"),
    [
        ("*Manchester Guardian*, 12 March 1851, 3.", True, False),
        ("The Scotsman (Edinburgh), 4 June 1866, p. 6.", True, False),
        ("Boston Evening Transcript, April 9, 1873, 2.", True, False),
        ("*Het Volk*, 3 Januarie 1902, bl. 4.", True, False),
        ("10 & 11 Vict., c. xxxiv (1847).", False, True),
        ("18 Geo. II, c. 21.", False, True),
        ("Jane Doe, *Ports and Trade* (Bristol: Arrow, 1971), 33.", False, False),
        ("Doe, *Ports and Trade*, 33.", False, False),
        ("Smith 1998, 4.", False, False),
    ],
    ids=["italic", "place", "us-date", "afrikaans", "act", "act-roman", "book", "short", "ad"],
)
def test_unlisted_shapes(text: str, newspaper: bool, act: bool) -> None:
    assert newspaper_issue(text) is newspaper
    assert regnal_act(text) is act


def test_abbreviation_names() -> None:
    texts = [
        "Letter of 3 May 1840, The National Archives, Kew (hereafter TNA), HO 44/12.",
        "Minutes, Glamorgan Archives, Cardiff (henceforth GA), D/D 1/2.",
    ]
    names = abbreviations(texts)
    assert names == {"TNA": "The National Archives, Kew", "GA": "Glamorgan Archives, Cardiff"}
    assert expand_abbreviations("TNA, HO 44/13, 2.", names) == (
        "The National Archives, Kew, HO 44/13, 2."
    )


DOC = """# Chapter

Trade grew.[^1] Ships came.[^2] The port was paved.[^3] An Act followed.[^4]
A book said so.[^5] A later letter too.[^6]

[^1]: Harbour Board, *Minutes*, 1840, The National Archives, Kew (hereafter TNA), HO 44/12.
[^2]: TNA, HO 44/13, letter of 9 May 1841.
[^3]: *Bristol Mirror*, 14 August 1841, 3.
[^4]: 4 & 5 Vict., c. lxii (1841).
[^5]: Jane Doe, *Ports and Trade* (Bristol: Arrow, 1971), 33.
[^6]: Fiona Roe, *Sail and Steam* (Hull: Barton, 1988), 12.

## Bibliography

1. Doe, Jane. *Ports and Trade*. Bristol: Arrow, 1971.
"""


def test_no_missing_entry_for_unlisted_works() -> None:
    doc = parse_bytes(DOC.encode(), "chapter.md")
    missing = sorted(
        a.footnote or "" for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING
    )
    assert missing == ["6"]  # the book not in the list; not the archive, paper or Act
