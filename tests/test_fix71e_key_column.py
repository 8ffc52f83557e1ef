"""fix71e: a bibliography with alpha keys (``[Knu84]``, ``[ABC+99]``) converted by
``pdftotext`` without ``-layout``: the keys come out as one block, one under another,
then the entries' texts in the same order.  The keys are paired back with their texts
by order when the texts split one way only into as many entries (each naming the key's
first author and holding its year); otherwise the keys are reported as standing apart,
never read with the wrong texts.  Fixtures are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

_TYPESETTING = [
    (
        "ABC+99",
        [
            "Anna Abel, Bruno Bauer, Carla Conti, and Dora Diaz. Breaking paragraphs two",
            "ways. Software: Practice and Experience, 29(4):301-322, 1999.",
        ],
    ),
    (
        "Bre99",
        [
            "Ada Brenner. Columns of text in a single pass. In Proc. Document Engineering,",
            "pages 12-19, 1999.",
        ],
    ),
    ("Knu84", ["Donald E. Knuth. The TeXbook. Addison-Wesley, Reading, MA, 1984."]),
    (
        "KP81",
        [
            "Donald E. Knuth and Michael F. Plass. Breaking paragraphs into lines.",
            "Software: Practice and Experience, 11(11):1119-1184, 1981.",
        ],
    ),
    (
        "Lia83",
        [
            "Franklin M. Liang. Word Hy-phen-a-tion by Com-put-er. PhD thesis, Stanford",
            "University, 1983.",
        ],
    ),
]
_NETWORKS = [
    (
        "Ors07a",
        [
            "Ines Orsini. Routing in sparse radio networks. IEEE Transactions on",
            "Networking, 15(2):220-233, 2007.",
        ],
    ),
    ("Ors07b", ["Ines Orsini. Flooding with fewer messages. In PODC, pages 44-52, 2007."]),
    (
        "vdHT12",
        [
            "Pieter van der Hoek and Mei Tan. Clock drift in wireless sensor",
            "deployments. Ad Hoc Networks, 10(8):1501-1517, 2012.",
        ],
    ),
    ("YZ2015", ["Lan Yu and Wei Zhou. Gossip and its limits. Distributed Computing, 2015."]),
]
_GERMAN = [
    (
        "Alb04",
        [
            "Albers, Karin: Speicher im Dorf. In: Zeitschrift für Agrargeschichte 18",
            "(2004), S. 45-67.",
        ],
    ),
    ("BD12", ["Brenner, Ute ; Dietrich, Hans: Gruppenarbeit. Münster : Waxmann, 2012."]),
    ("Ebe01", ["Ebert, Martin: Kornkammern. Berlin : Akademie, 2001."]),
]


def _column(entries: list[tuple[str, list[str]]], blank_between: bool = False) -> list[str]:
    """The keys one under another, then the texts (a blank line between texts or not)."""
    keys = [f"[{key}]" for key, _ in entries]
    texts: list[str] = []
    for _, lines in entries:
        texts += [*lines, ""] if blank_between else lines
    return [*keys, *texts]


@pytest.mark.parametrize(
    ("entries", "blank_between"),
    [
        (_TYPESETTING, False),
        (_TYPESETTING, True),
        (_NETWORKS, False),
        (_GERMAN, False),
        (_TYPESETTING[1:4], False),
    ],
    ids=["typesetting", "typesetting-paragraphs", "suffixes-particles", "german", "three"],
)
def test_keys_paired_with_their_texts(
    entries: list[tuple[str, list[str]]], blank_between: bool
) -> None:
    from bibcheck.readers.keycolumn import rejoin_keys  # (new in fix71e)

    lines = ["References", "", *_column(entries, blank_between), "", "14"]
    out = rejoin_keys(lines)
    assert len(out) == len(lines)  # (the lines keep their numbers)
    firsts = [line for line in out if line.startswith("[")]
    assert firsts == [f"[{key}] {text[0]}" for key, text in entries]
    # every other line of the texts is left as it was
    rest = [line for line in out if line.strip() and not line.startswith("[")]
    assert rest == [
        "References",
        *(line for _, text in entries for line in text[1:]),
        "14",
    ]


_SWAPPED = [_TYPESETTING[0], _TYPESETTING[2], _TYPESETTING[1], *_TYPESETTING[3:]]


@pytest.mark.parametrize(
    "lines",
    [
        # one key more than there are texts
        [*(f"[{k}]" for k, _ in _TYPESETTING), "[Pla95]", *_column(_TYPESETTING)[5:]],
        # one text more than there are keys
        [*(f"[{k}]" for k, _ in _TYPESETTING[:4]), *_column(_TYPESETTING)[5:]],
        # the texts in another order than the keys: Bre99's text is no 1984 Knuth
        [*(f"[{k}]" for k, _ in _TYPESETTING), *_column(_SWAPPED)[5:]],
        # a single key alone on its line is no column
        ["[Knu84]", "Donald E. Knuth. The TeXbook. Addison-Wesley, Reading, MA, 1984."],
    ],
    ids=["more-keys", "more-texts", "other-order", "one-key"],
)
def test_keys_left_apart_when_not_told(lines: list[str]) -> None:
    from bibcheck.readers.keycolumn import rejoin_keys  # (new in fix71e)

    assert rejoin_keys(lines) == lines


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("[Knu84]", "Knu84"),
        ("  [ABC+99]  ", "ABC+99"),
        ("[vdHT12]", "vdHT12"),
        ("[Ors07b]", "Ors07b"),
        ("[YZ2015]", "YZ2015"),
        ("[12]", None),
        ("[Knu84] Donald E. Knuth. The TeXbook.", None),
        ("[see above]", None),
    ],
)
def test_lone_key(line: str, key: str | None) -> None:
    from bibcheck.readers.keycolumn import lone_key  # (new in fix71e)

    assert lone_key(line) == key


_BODY = """Typesetting Long Documents by Machine
Ada Brenner

1   Introduction

Line breaking by dynamic programming was first described in [KP81] and it has been
refined many times since [Knu84, Bre99]. Hyphenation patterns were found by a
separate program [Lia83]. A different approach keeps whole paragraphs in memory and
tries several widths at once [ABC+99], at a cost in speed that is now small.

                                                                             1
\f2                                                     Typesetting Long Documents

The same idea applies to page breaking, though the search space is larger. Floats
make it harder still [ABC+99, Knu84].

References

"""


def _document(entries: list[tuple[str, list[str]]]) -> str:
    return _BODY + "\n".join(_column(entries)) + "\n\n" + "2".rjust(77) + "\n\f"


def _line_of(text: str, needle: str) -> int:
    for n, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


def test_paired_list_is_read_with_its_citations(tmp_path: Path) -> None:
    text = _document(_TYPESETTING)
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    got = [(e.reference.raw.split("\n")[0], e.line) for e in doc.literature]
    assert got == [(lines[0], _line_of(text, lines[0])) for _, lines in _TYPESETTING]
    cited = {f.label: sorted(m.line for m in f.markers) for f in doc.footnotes}
    assert cited["KP81"] == [_line_of(text, "described in [KP81]")]
    assert cited["Knu84"] == [
        _line_of(text, "since [Knu84, Bre99]"),
        _line_of(text, "[ABC+99, Knu84]"),
    ]
    assert not [a for a in doc.anomalies if "stands apart" in a.message]


def test_unpaired_column_is_reported(tmp_path: Path) -> None:
    """More keys than texts: no entry is read with another's text; every key of the
    column is reported as standing apart from its text."""
    text = _document([*_TYPESETTING, ("Pla95", [])])
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        parse_file(str(path))
    message = str(raised.value)
    assert "list label [ABC+99] stands apart from its entry's text" in message


def test_unpaired_column_beside_a_read_one(tmp_path: Path) -> None:
    """A list over two pages: the first page's column pairs, the second's does not (two
    keys, three texts); the first page's entries are read, the second's keys reported."""
    later = [
        (
            "Pla95",
            ["Michael F. Plass. Optimal pagination. PhD thesis, Stanford University, 1995."],
        ),
        ("Zuc97", ["Rosa Zucca. Floats and their placement. TUGboat, 18(2):90-97, 1997."]),
    ]
    extra = ["Otto Quast. Page layout by constraints. Software Tools, 4:1-9, 1996."]
    text = (
        _document(_TYPESETTING)
        + "\n".join(
            [
                "3".ljust(60) + "Typesetting Long Documents",
                "",
                "[Pla95]",
                "[Zuc97]",
                *later[0][1],
                *extra,
                *later[1][1],
                "",
                "3".rjust(77),
            ]
        )
        + "\n\f"
    )
    text = text.replace("[ABC+99, Knu84]", "[ABC+99, Knu84, Pla95, Zuc97]")
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    assert [e.reference.raw.split("\n")[0] for e in doc.literature] == [
        lines[0] for _, lines in _TYPESETTING
    ]
    apart = [
        (a.line, a.message.split(" stands")[0])
        for a in doc.anomalies
        if a.code is AnomalyCode.UNREAD_REGION and "stands apart" in a.message
    ]
    assert apart == [
        (_line_of(text, "[Pla95]"), "list label [Pla95]"),
        (_line_of(text, "[Zuc97]"), "list label [Zuc97]"),
    ]


_ROBUST = "[Oka05] Ngozi Okafor. Robust replication. Journal of Systems, 3:1-9, 2005."


@pytest.mark.parametrize(
    ("lines", "read", "apart"),
    [
        # a column of keys the reader could not pair: no key is read with the texts
        (
            ["References", "[Knu84]", "[KP81]", "[Lia83]", "Donald E. Knuth. The", "Books, 1984."],
            [],
            [("Knu84", 2), ("KP81", 3), ("Lia83", 4)],
        ),
        # ... beside entries read as they stand
        (
            ["References", _ROBUST, "[Knu84]", "[KP81]", "Donald E. Knuth. The", "Books."],
            ["Oka05"],
            [("Knu84", 3), ("KP81", 4)],
        ),
        # (guard, as on main) one key with no text before an entry beside its key: no column
        (
            ["References", "[Knu84]", _ROBUST, "[Lia83] Franklin M. Liang. 1983."],
            ["Oka05", "Lia83"],
            [],
        ),
    ],
    ids=["column", "column-after-entry", "one-textless"],
)
def test_symbolic_list_sets_a_column_apart(
    lines: list[str], read: list[str], apart: list[tuple[str, int]]
) -> None:
    from bibcheck.readers.symbolic import symbolic_list

    found = symbolic_list(lines, range(1, len(lines) + 1))
    assert found is not None
    assert found.labels() == read
    assert list(getattr(found, "apart", ())) == apart
