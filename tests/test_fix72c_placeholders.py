"""Unformatted citations of Word citation managers (EndNote, Zotero RTF Scan, Citavi,
Papers): the placeholder grammar, and documents that hold them with and without a list.

The examples are written here in the shapes the managers write; expected values by hand.
"""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError, NothingCitedError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.parse.cmplaceholders import Manager, placeholders
from bibcheck.parse.coverage import NO_CITATIONS, coverage
from bibcheck.readers.authoryear import author_years, spans
from tests.test_reader_docx import build_docx, note, p, ref, t

E, Z, CI, P = Manager.ENDNOTE, Manager.ZOTERO, Manager.CITAVI, Manager.PAPERS

# text -> [(manager, key, author, year, locator)] of its cites, in order
GRAMMAR: list[tuple[str, list[tuple[Manager, str, str | None, str | None, str | None]]]] = [
    ("as shown {Okafor, 2014 #88}.", [(E, "endnote:88", "Okafor", "2014", None)]),
    (
        "{Okafor, 2014 #88; Lindqvist, 2020 #7}",
        [(E, "endnote:88", "Okafor", "2014", None), (E, "endnote:7", "Lindqvist", "2020", None)],
    ),
    ("{Okafor, 2014 #88@112-119}", [(E, "endnote:88", "Okafor", "2014", "112-119")]),
    ("{see Okafor, 2014 #88@9, for details}", [(E, "endnote:88", "Okafor", "2014", "9")]),
    ("{e.g., Okafor, 2014 #88}", [(E, "endnote:88", "Okafor", "2014", None)]),
    ("{compare \\Okafor, 2014 #88}", [(E, "endnote:88", "Okafor", "2014", None)]),
    ("{Okafor, #88}", [(E, "endnote:88", "Okafor", None, None)]),
    ("{, 2014 #88}", [(E, "endnote:88", None, "2014", None)]),
    ("{Okafor & Brandt, 2009 #3}", [(E, "endnote:3", "Okafor", "2009", None)]),
    ("{Okafor et al., 2009b #31}", [(E, "endnote:31", "Okafor", "2009b", None)]),
    ("{van der Meer, 1998 #5}", [(E, "endnote:5", "van der Meer", "1998", None)]),
    (
        "{ | Brandt, 2017 | p. 12 | | zu:3012:QWER5678 }",
        [(Z, "zotero:zu:3012:QWER5678", "Brandt", "2017", "p. 12")],
    ),
    (
        "{ | Brandt, (2017) | | |zg:4471:ZXCV }",
        [(Z, "zotero:zg:4471:ZXCV", "Brandt", "2017", None)],
    ),
    (
        "{Compare | Brandt & Moreau, 2021 | pp. 8–9 | and others |zu:0:AB12}",
        [(Z, "zotero:zu:0:AB12", "Brandt", "2021", "pp. 8–9")],
    ),
    (
        "{ | Brandt, 2017 | | | zu:1:AAA }{ | Moreau, 2011 | | | zu:1:BBB }",
        [
            (Z, "zotero:zu:1:AAA", "Brandt", "2017", None),
            (Z, "zotero:zu:1:BBB", "Moreau", "2011", None),
        ],
    ),
    (
        "{ | Brandt, 2017 | | | zu:1:AAA ; | Moreau, 2011 | | | zu:1:BBB }",
        [
            (Z, "zotero:zu:1:AAA", "Brandt", "2017", None),
            (Z, "zotero:zu:1:BBB", "Moreau", "2011", None),
        ],
    ),
    ("{Moreau 2011 #40}", [(CI, "citavi:40", "Moreau", "2011", None)]),
    ("{Moreau et al. 2011 #40: 77}", [(CI, "citavi:40", "Moreau", "2011", "77")]),
    ("{Moreau:2011xy}", [(P, "papers:Moreau:2011xy", "Moreau", "2011", None)]),
    (
        "{Moreau:2011xy, Okafor:2014pq}",
        [
            (P, "papers:Moreau:2011xy", "Moreau", "2011", None),
            (P, "papers:Okafor:2014pq", "Okafor", "2014", None),
        ],
    ),
    # never a placeholder: LaTeX, templates, code, JSON, CSS, Pandoc attributes, prose
    ("\\cite{Moreau:2011xy}", []),
    ("\\citep[p.~4]{Moreau:2011xy}", []),
    ("@article{Moreau:2011xy, title={X}}", []),
    ("{{ Okafor, 2014 #88 }}", []),
    ("{% if page #3 %}", []),
    ("${Okafor, 2014 #88}", []),
    ('{"author": "Okafor", "year": 2014}', []),
    ("{color: #336699}", []),
    ("## Methods {#sec-methods .unnumbered}", []),
    ("{1999, #3}", []),
    ("{Okafor, 2014}", []),
    ("{Moreau:2011}", []),
    ("{ a | b | c | d }", []),
    ("{Okafor, 2014 #88; and more}", []),
]


@pytest.mark.parametrize(("text", "expected"), GRAMMAR)
def test_placeholder_grammar(
    text: str, expected: list[tuple[Manager, str, str | None, str | None, str | None]]
) -> None:
    got = [(c.manager, c.key, c.author, c.year, c.locator) for c in placeholders(text)]
    assert got == expected


def test_cite_offsets_are_their_parts() -> None:
    text = "x {Okafor, 2014 #88; Lindqvist, 2020 #7} y"
    first, second = placeholders(text)
    assert text[first.start : first.end] == "Okafor, 2014 #88"
    assert text[second.start : second.end] == "Lindqvist, 2020 #7"
    assert first.braces == second.braces == (2, 40)


ENTRIES = [
    ("1", "Okafor, N. (2014). Rivers of the delta. Journal of Water, 3, 1–20."),
    ("2", "Lindqvist, A. (2020). Ice and lakes. Nordic Hydrology, 9, 5–9."),
]


def test_spans_read_placeholders_as_author_date() -> None:
    index = author_years(ENTRIES)
    text = "Flow rose {Okafor, 2014 #88@4} and fell { | Lindqvist, 2020 | | | zu:1:KEY }."
    got = [(text[s:e], label) for s, e, label in spans(text, index)]
    assert got == [("Okafor, 2014 #88@4", "1"), ("| Lindqvist, 2020 | | | zu:1:KEY", "2")]


LIST = [
    p(t("References"), style="Heading1"),
    p(t("Okafor, N. (2014). Rivers of the delta. Journal of Water, 3, 1–20.")),
    p(t("Lindqvist, A. (2020). Ice and lakes. Nordic Hydrology, 9, 5–9.")),
    p(t("Moreau, C. (2011). Salt marshes. Coastal Studies, 2, 40–48.")),
]


def codes(doc: ParsedDocument) -> list[C]:
    return [a.code for a in doc.all_anomalies()]


def cited(doc: ParsedDocument) -> dict[str, list[int]]:
    return {
        (fn.reference.authors or ("",))[0]: [m.line for m in fn.markers]
        for fn in doc.footnotes
        if fn.literature is not None
    }


def test_docx_endnote_placeholders_cite_the_list() -> None:
    body = [
        p(t("Flow rose {Okafor, 2014 #88@4} and fell {Lindqvist, 2020 #7; Okafor, 2014 #88}.")),
        p(t("Salt spread too {Nguyen, 2018 #12}.")),
        *LIST,
    ]
    doc = parse_bytes(build_docx(body, None), "rivers.docx")
    assert cited(doc) == {"Okafor, N.": [1, 1], "Lindqvist, A.": [1]}
    uncited = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    assert [a.literature_entry for a in uncited] == [3]  # Moreau: no placeholder names it
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.message, a.line) for a in missing] == [
        ("endnote:12 (Nguyen, 2018) names no entry of the reference list", 2)
    ]


def test_docx_zotero_and_citavi_placeholders_cite_the_list() -> None:
    body = [
        p(t("Flow rose { | Okafor, 2014 | p. 4 | | zu:77:RIVER1 }.")),
        p(t("Marshes differ {Moreau et al. 2011 #40: 41} from lakes {Lindqvist:2020ab}.")),
        *LIST,
    ]
    doc = parse_bytes(build_docx(body, None), "rivers.docx")
    assert cited(doc) == {"Okafor, N.": [1], "Moreau, C.": [2], "Lindqvist, A.": [2]}
    assert C.LITERATURE_UNCITED not in codes(doc)
    assert C.CITATION_KEY_MISSING not in codes(doc)


def test_docx_without_list_says_so() -> None:
    body = [
        p(t("Flow rose {Okafor, 2014 #88@4}.")),
        p(t("It fell { | Lindqvist, 2020 | | | zu:1:KEY }.")),
    ]
    doc = parse_bytes(build_docx(body, None), "draft.docx")
    said = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert [(a.message, a.line) for a in said] == [
        (
            "2 unformatted citation-manager placeholders (EndNote 1, Zotero 1: endnote:88,"
            " zotero:zu:1:KEY); no bibliography to check them against (line 1, 2)",
            1,
        )
    ]


def test_docx_footnote_placeholder_without_list_says_so() -> None:
    doc = parse_bytes(
        build_docx([p(t("Flow rose."), ref(2))], [note(2, t("{Okafor, 2014 #88@4}"))]),
        "draft.docx",
    )
    said = [a.message for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert said == [
        "1 unformatted citation-manager placeholder (EndNote 1: endnote:88); no bibliography"
        " to check them against (line 1)"
    ]


TEXT_LIST = """
References

Okafor, N. (2014). Rivers of the delta. Journal of Water, 3, 1–20.

Lindqvist, A. (2020). Ice and lakes. Nordic Hydrology, 9, 5–9.

Moreau, C. (2011). Salt marshes. Coastal Studies, 2, 40–48.
"""


@pytest.mark.parametrize("name", ["rivers.txt", "rivers.md"])
def test_text_placeholders_cite_the_list(name: str) -> None:
    text = (
        "Flow rose {Okafor, 2014 #88@4} and fell {Lindqvist:2020ab}, see {Brandt 2003 #2}.\n"
        + TEXT_LIST
    )
    doc = parse_bytes(text.encode(), name)
    assert cited(doc) == {"Okafor, N.": [1], "Lindqvist, A.": [1]}
    missing = [a.message for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert missing == ["citavi:2 (Brandt, 2003) names no entry of the reference list"]
    assert [a.literature_entry for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED] == [
        3
    ]


@pytest.mark.parametrize("name", ["draft.txt", "draft.md"])
def test_text_without_list_is_refused_with_the_placeholders(name: str) -> None:
    text = "Flow rose {Okafor, 2014 #88@4}.\n\nIt fell { | Lindqvist, 2020 | | | zu:1:KEY }.\n"
    with pytest.raises(InputError) as raised:
        parse_bytes(text.encode(), name)
    assert str(raised.value) == (
        f"{name}: 2 unformatted citation-manager placeholders (EndNote 1, Zotero 1: endnote:88,"
        " zotero:zu:1:KEY), but no bibliography to check them against"
    )


def test_markdown_code_block_braces_are_no_placeholders() -> None:
    """A fenced block's braces are code: a text with nothing else cites nothing."""
    text = "# Setup\n\nThe settings:\n\n```\nconfig = {Lindqvist, 2020 #7}\n```\n"
    with pytest.raises(NothingCitedError):
        parse_bytes(text.encode(), "setup.md")


def test_docx_footnote_placeholder_cites_the_list() -> None:
    body = [
        p(t("Flow rose {Okafor, 2014 #88@4}."), ref(2)),
        p(t("It fell {Lindqvist, 2020 #7}.")),
        *LIST,
    ]
    notes = [note(2, t("On the delta see {Moreau, 2011 #40@44}."))]
    doc = parse_bytes(build_docx(body, notes), "rivers.docx")
    assert cited(doc) == {"Okafor, N.": [1], "Lindqvist, A.": [2], "Moreau, C.": [1]}
    assert C.LITERATURE_UNCITED not in codes(doc)


def test_coverage_line_says_the_placeholders_were_not_read() -> None:
    doc = parse_bytes(build_docx([p(t("Flow rose {Okafor, 2014 #88@4}."))], None), "draft.docx")
    line = coverage(doc).line()
    assert NO_CITATIONS not in line
    assert "no citations read: 1 part with citations not read, see the anomalies" in line
