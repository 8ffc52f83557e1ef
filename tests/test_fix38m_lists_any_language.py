"""Reference lists known by their shape and use, not by their heading's words, and an
inverted name in a script without capitals before a quoted title.

* Markdown that cites by links: the last section that is a numbered list of linked entries,
  two of which the body links to, is the reference list whatever its heading says; its
  entries are cited by their numbers and its own links are no citations.
* MediaWiki: a section whose items are citation templates that ``{{sfn}}``/``{{harvnb}}``
  short citations point at is the page's literature, whatever its heading says.
* ``Family, Given. "Title." *Periodical*, 2023.`` in Sinhala, Malayalam, Telugu, Kannada,
  Devanagari, Hebrew: the author is read (the names hold viramas and joiners).

Texts written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.caseless import _INVERTED_QUOTED
from bibcheck.readers import mdlinks, mediawiki
from tests.test_regex_growth import assert_linear

# --- Markdown: a numbered list cited by the body's links -------------------------------

_POST = (
    '+++\ntitle = "Rivers"\n+++\n\n'
    "The delta grew by a third "
    "[in the last century](https://river.example.org/delta-growth.html).\n\n"
    "## {second}\n\n"
    "Dams changed the flow, as [the survey shows](https://survey.example.net/dams/2019).\n\n"
    "## {heading}\n\n"
    "1. Aung Min. [Delta growth](https://river.example.org/delta-growth.html). River News, 2018.\n"
    "2. Hla Hla. [Dams of the north](https://survey.example.net/dams/2019). Survey, 2019.\n"
    "3. Soe Win. [Floods](https://floods.example.com/report). Flood Office, 2020.\n"
    "\n---\n\nShare: [Facebook](https://www.facebook.com/sharer/sharer.php?u=x)\n"
)


@pytest.mark.parametrize(
    "heading",
    ["ကိုးကား", "წყაროები", "ឯកសារយោង", "Mga sanggunian", "Ffynonellau"],
    ids=["burmese", "georgian", "khmer", "tagalog", "welsh"],
)
def test_numbered_linked_list_under_any_heading(heading: str) -> None:
    doc = mdlinks.read(_POST.format(heading=heading, second="ဒုတိယ"))
    assert [(m.label, m.line) for m in doc.markers] == [("1", 5), ("2", 9)]
    assert [n.label for n in doc.literature] == ["1", "2", "3"]
    assert doc.literature[0].reference is not None
    assert doc.literature[0].reference.title == "Delta growth"


@pytest.mark.parametrize(
    ("items", "listed"),
    [
        pytest.param(  # the list's addresses linked by the body: the reference list
            "1. A. [One](https://a.example.org/1). X, 2001.\n"
            "2. B. [Two](https://b.example.org/2). Y, 2002.\n",
            True,
            id="cited-list",
        ),
        pytest.param(  # one entry linked: too little to know it
            "1. A. [One](https://a.example.org/1). X, 2001.\n"
            "2. B. [Other](https://c.example.org/9). Y, 2002.\n",
            False,
            id="one-cited",
        ),
        pytest.param(  # a bulleted list of links: further reading, not numbered entries
            "- A. [One](https://a.example.org/1). X, 2001.\n"
            "- B. [Two](https://b.example.org/2). Y, 2002.\n",
            False,
            id="bulleted",
        ),
        pytest.param(  # steps without links
            "1. Open the valve.\n2. Wait an hour.\n",
            False,
            id="steps",
        ),
    ],
)
def test_cited_list_needs_numbers_links_and_use(items: str, listed: bool) -> None:
    text = (
        "Water rose [fast](https://a.example.org/1) and then "
        "[slowly](https://b.example.org/2).\n\n## Ilmaisut\n\n" + items
    )
    doc = mdlinks.read(text)
    assert bool(doc.literature) is listed
    labels = {m.label for m in doc.markers}
    assert (labels == {"1", "2"}) is listed


def test_cited_list_is_linear() -> None:
    assert_linear(
        lambda t: mdlinks._list_at(t.split("\n")),
        lambda n: "## h\n" + "1. [a](https://x.org/a)\n" * (n // 25),
    )


# --- MediaWiki: a list of the works short citations name -----------------------------------

_BOOK = "{{cite book |last=%s |first=A. |year=%d |title=%s |publisher=P}}"


def _page(heading: str, sfn: bool = True) -> str:
    cite = "{{sfn|Kovač|1971|p=12}}" if sfn else "<ref>Kovač 1971, p. 12.</ref>"
    return (
        "The '''gorge''' is deep." + cite + " It is old.{{sfn|Lind|1988|p=4}}\n\n"
        "== Tham khảo ==\n{{reflist}}\n\n"
        f"== {heading} ==\n"
        "* " + _BOOK % ("Kovač", 1971, "Rivers of stone") + "\n"
        "* " + _BOOK % ("Lind", 1988, "The long valley") + "\n\n"
        "== Liên kết ngoài ==\n* [https://example.org/ Valley site]\n"
    )


@pytest.mark.parametrize(
    "heading", ["स्रोत", "Nguồn", "წყაროები", "Izvori"], ids=["ne", "vi", "ka", "hr"]
)
def test_sources_of_short_citations_under_any_heading(heading: str) -> None:
    doc = mediawiki.read(_page(heading))
    titles = [n.reference.title for n in doc.literature if n.reference is not None]
    assert titles == ["Rivers of stone", "The long valley"]
    # the short citations resolve to them
    assert {n.reference.year for n in doc.footnotes if n.reference is not None} == {1971, 1988}


def test_cite_list_no_short_citation_names_is_no_literature() -> None:
    page = _page("Đọc thêm", sfn=False).replace("{{sfn|Lind|1988|p=4}}", "<ref>x</ref>")
    assert mediawiki.read(page).literature == ()


def test_prose_under_an_unknown_heading_is_no_literature() -> None:
    page = _page("Lịch sử").replace("* {{cite book |last=Lind", "Text here. {{cite book |last=Lind")
    assert mediawiki.read(page).literature == ()


# --- an inverted name in a caseless script before a quoted title ---------------------------

_INVERTED = [
    pytest.param(
        'පෙරේරා, නිමල්. "ගල් ලෙන් සහ චිත්‍ර." *ලංකාදීප*, 2021 මාර්තු 3. <https://x.example.lk/a>',
        {"authors": ("පෙරේරා, නිමල්",), "title": "ගල් ලෙන් සහ චිත්‍ර", "year": 2021},
        id="sinhala",
    ),
    pytest.param(
        'മേനോൻ, രാമൻ. "കായൽ ജീവിതം." *മാതൃഭൂമി*, 2019.',
        {"authors": ("മേനോൻ, രാമൻ",), "title": "കായൽ ജീവിതം", "year": 2019},
        id="malayalam",
    ),
    pytest.param(
        'రెడ్డి, సుధ. "నదీ తీరాలు." *ఈనాడు*, 2020.',
        {"authors": ("రెడ్డి, సుధ",), "title": "నదీ తీరాలు", "year": 2020},
        id="telugu",
    ),
    pytest.param(
        'ಹೆಗ್ಡೆ, ಕಿರಣ್. "ಕೋಟೆಗಳ ಕಥೆ." *ಪ್ರಜಾವಾಣಿ*, 2017.',
        {"authors": ("ಹೆಗ್ಡೆ, ಕಿರಣ್",), "title": "ಕೋಟೆಗಳ ಕಥೆ", "year": 2017},
        id="kannada",
    ),
    pytest.param(
        'शर्मा, राजेश. "नदी का किनारा." *दैनिक*, 2016.',
        {"authors": ("शर्मा, राजेश",), "title": "नदी का किनारा", "year": 2016},
        id="devanagari",
    ),
    pytest.param(
        'לוי, ד. "בתי הבד בגליל." *קתדרה*, 1994.',
        {"authors": ("לוי, ד",), "title": "בתי הבד בגליל", "year": 1994},
        id="hebrew-initial",
    ),
    pytest.param(  # natural order, as before
        'ዘውዱ ታደሰ. "የአክሱም ሐውልቶች." *ጥናት*, 1999.',
        {"authors": ("ዘውዱ ታደሰ",), "title": "የአክሱም ሐውልቶች", "year": 1999},
        id="amharic-natural",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), _INVERTED)
def test_inverted_caseless_name_before_quoted_title(text: str, want: dict[str, Any]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    for name, value in want.items():
        assert getattr(ref, name) == value, name


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "ශ" * n + ". x", id="letters"),
        pytest.param(lambda n: "ශ, " + "ශ" * n + ". x", id="given-letters"),
        pytest.param(lambda n: "ශ," * (n // 2) + '. "', id="commas"),
        pytest.param(lambda n: "ශ, ශ" * (n // 4) + '. "', id="inverted-runs"),
    ],
)
def test_inverted_caseless_name_is_linear(line: Any) -> None:
    assert_linear(_INVERTED_QUOTED.match, line)
