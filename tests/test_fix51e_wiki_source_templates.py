"""MediaWiki notes whose source is a template other than a citation template (fix51e).

``<ref>{{Dictionary template|headword}}</ref>`` cites the work the template expands to: the
note keeps the template as its source (the work, the entry, a URL given), not the bare
headword as a comment, and says with an info anomaly that the rest is not known.  Helper
templates are read for what they are: identifiers printed with their label, an archive
link as the citation's archived copy, an ``{{rp}}`` page as the citation's page.
Formatting templates in a real citation or a remark, and ``{{efn}}`` remarks, stay what
they were.  Own fixtures, written in the shapes Wikipedia articles use.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, Footnote, RawNote, RefKind
from bibcheck.readers.mediawiki import read
from bibcheck.readers.wikisources import is_source_template, lead_only, source_reference
from tests.test_regex_growth import assert_linear

PAGE = """\
'''Harrow''' is a farm tool.{note}

== References ==
{{{{reflist}}}}
"""


def only_note(note: str) -> RawNote:
    """The note as the reader gives it."""
    doc = read(PAGE.format(note=note))
    assert len(doc.footnotes) == 1, doc.footnotes
    return doc.footnotes[0]


def parsed_note(note: str) -> Footnote:
    """The note as ingest parses it (free text read into fields)."""
    doc = parse_bytes(PAGE.format(note=note).encode(), "harrow.wiki")
    assert doc.reader == "mediawiki"
    assert len(doc.footnotes) == 1, doc.footnotes
    return doc.footnotes[0]


# (note, kind, title, host, url)
SOURCES = [
    pytest.param(
        "<ref>{{OEtymD|harrow}}</ref>",
        RefKind.UNKNOWN,
        "harrow",
        "Online Etymology Dictionary",
        None,
        id="known-dictionary-by-position",
    ),
    pytest.param(
        "<ref>{{L&S|occa|ref}}</ref>",
        RefKind.UNKNOWN,
        "occa",
        "Lewis & Short, A Latin Dictionary",
        None,
        id="known-lexicon-first-positional",
    ),
    pytest.param(
        "<ref>{{MathWorld|title=Harrow Curve|urlname=HarrowCurve}}</ref>",
        RefKind.UNKNOWN,
        "Harrow Curve",
        "MathWorld",
        None,
        id="named-title",
    ),
    pytest.param(
        "<ref>{{IMDb title|id=0099999|title=The Harrow}}</ref>",
        RefKind.UNKNOWN,
        "The Harrow",
        "IMDb",
        None,
        id="database-title",
    ),
    pytest.param(
        "<ref>{{Cite Merriam-Webster|harrow}}</ref>",
        RefKind.UNKNOWN,
        "harrow",
        "Merriam-Webster",
        None,
        id="cite-template-by-position",
    ),
    pytest.param(
        "<ref>{{Farm Tools Atlas|harrow|url=https://atlas.example.org/harrow}}</ref>",
        RefKind.WEB,
        "harrow",
        "Farm Tools Atlas",
        "https://atlas.example.org/harrow",
        id="unknown-template-name-as-written-with-url",
    ),
    pytest.param(
        "<ref>{{Official website|https://harrow.example.com/}}</ref>",
        RefKind.WEB,
        "official website",
        None,
        "https://harrow.example.com/",
        id="positional-url",
    ),
    pytest.param(
        "<ref>{{Cite EB1911|wstitle=Harrow|volume=12}}</ref>",
        RefKind.UNKNOWN,
        "Harrow",
        "Encyclopædia Britannica (1911)",
        None,
        id="cite-template-entry-by-name",
    ),
    pytest.param(
        "<ref>See {{OEtymD|harrow}}.</ref>",
        RefKind.UNKNOWN,
        "harrow",
        "Online Etymology Dictionary",
        None,
        id="lead-in-word",
    ),
]


@pytest.mark.parametrize(("note", "kind", "title", "host", "url"), SOURCES)
def test_source_template_is_the_source(
    note: str, kind: RefKind, title: str, host: str | None, url: str | None
) -> None:
    raw = only_note(note)
    ref = raw.reference
    assert ref is not None
    assert ref.kind is kind
    assert (ref.title, ref.host, ref.url) == (title, host, url)
    assert ref.raw.startswith("{{") and ref.raw.endswith("}}")
    assert raw.line == 1
    # what bibcheck cannot know is said, never passed over
    assert [a.code for a in ref.anomalies] == [AnomalyCode.REFERENCE_UNPARSED]


def test_two_source_templates_in_one_note() -> None:
    raw = only_note("<ref>{{OEtymD|harrow}}; {{L&S|occa}}</ref>")
    assert raw.reference is not None and raw.reference.title == "harrow"
    assert [(r.title, r.host) for r in raw.also] == [("occa", "Lewis & Short, A Latin Dictionary")]


def test_source_template_on_a_later_line_keeps_its_line() -> None:
    doc = read("Intro.\n\nA tool.<ref>{{MathWorld|title=Harrow}}</ref>\n\n{{reflist}}\n")
    (raw,) = doc.footnotes
    assert raw.line == 3 and raw.reference is not None and raw.reference.line == 3


SOURCES_LIST = """\
'''Harrow''' is a tool.<ref>{{cite web |url=https://a.example.org/ |title=A}}</ref>

== Sources ==
* {{Cite EB1911|wstitle=Harrow|volume=12}}
* {{MathWorld|title=Harrow Curve|urlname=HarrowCurve}}
* {{Commons category|Harrows}}
* {{Wiktionary|harrow}}
* Reed, Ann (1999). ''Harrows''. Field Press. {{ISBN|978-0-00-000000-2}}

== References ==
{{reflist}}
"""


def test_source_templates_in_a_reference_list() -> None:
    """Each source template of a Sources list is an entry; sister-project boxes are none."""
    doc = parse_bytes(SOURCES_LIST.encode(), "harrow.wiki")
    got = [(e.line, e.reference.title, e.reference.host) for e in doc.literature]
    assert got == [
        (4, "Harrow", "Encyclopædia Britannica (1911)"),
        (5, "Harrow Curve", "MathWorld"),
        (8, "Harrows", None),
    ]


# negatives: not a source template
NOT_SOURCES = [
    pytest.param(
        "{{efn|A harrow is not a plough; see {{lang|la|occa}}.}}",
        RefKind.COMMENTARY,
        id="explanatory-note",
    ),
    pytest.param(
        "<ref>The Latin word is {{lang|la|occa}}, from the verb.</ref>",
        RefKind.COMMENTARY,
        id="formatting-in-a-remark",
    ),
    pytest.param(
        "<ref>{{nowrap|Harrows}} were drawn by oxen.</ref>", RefKind.COMMENTARY, id="nowrap"
    ),
    pytest.param(
        "<ref>{{Citation needed|date=May 2020}}</ref>", RefKind.COMMENTARY, id="notice-template"
    ),
]


@pytest.mark.parametrize(("note", "kind"), NOT_SOURCES)
def test_not_a_source_template(note: str, kind: RefKind) -> None:
    fn = parsed_note(note)
    assert fn.reference.kind is kind
    assert not any(a.code is AnomalyCode.REFERENCE_UNPARSED for a in fn.reference.anomalies)


def test_long_remark_around_a_template_is_not_its_source() -> None:
    """A note with sentences of its own is read as text; its template is a part of it."""
    fn = parsed_note(
        "<ref>Older farm books call it a drag harrow, as {{Farm Tools Atlas|harrow}} "
        "notes in passing for the northern counties.</ref>"
    )
    assert not (fn.reference.host or "").startswith("Farm Tools")
    assert not (fn.reference.title or "").startswith("Farm Tools")


def test_formatting_inside_a_citation_template() -> None:
    raw = only_note(
        "<ref>{{cite web |url=https://tools.example.org/h |title={{nowrap|Disc harrows}}"
        " |website=Tools |access-date=3 May 2021}}</ref>"
    )
    ref = raw.reference
    assert ref is not None and ref.kind is RefKind.WEB
    assert (ref.title, ref.url) == ("Disc harrows", "https://tools.example.org/h")
    assert not ref.anomalies


# helpers: read for what they are
@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "<ref>Reed, Ann (1999). ''Harrows''. Field Press. {{ISBN|978-0-00-000000-2}}</ref>",
            "ISBN 978-0-00-000000-2",
            id="isbn-label",
        ),
        pytest.param(
            "<ref>Reed, A. (2003). \"Tines\". ''Farm J.'' {{doi|10.5555/fj.2003.7}}</ref>",
            "doi:10.5555/fj.2003.7",
            id="doi-label",
        ),
        pytest.param(
            "<ref>Reed, Ann (1999). ''Harrows''. {{OCLC|123456}}</ref>",
            "OCLC 123456",
            id="oclc-label",
        ),
    ],
)
def test_identifier_printed_with_its_label(note: str, expected: str) -> None:
    assert expected in only_note(note).text
    fn = parsed_note(note)
    assert fn.reference.kind is not RefKind.COMMENTARY


def test_doi_template_gives_the_doi() -> None:
    fn = parsed_note("<ref>Reed, A. (2003). \"Tines\". ''Farm J.'' {{doi|10.5555/fj.2003.7}}</ref>")
    assert fn.reference.doi == "10.5555/fj.2003.7"


@pytest.mark.parametrize(
    ("note", "archive"),
    [
        pytest.param(
            "<ref>{{cite web |url=https://tools.example.org/h |title=Harrows |website=Tools}}"
            " {{Webarchive|url=https://web.archive.org/web/2019/https://tools.example.org/h"
            " |date=2019-01-01}}</ref>",
            "https://web.archive.org/web/2019/https://tools.example.org/h",
            id="webarchive-after-cite-web",
        ),
        pytest.param(
            "<ref>{{cite web |url=https://tools.example.org/h |title=Harrows |website=Tools"
            " |archive-url=https://archive.example.net/h |archive-date=2018}}"
            " {{Webarchive|url=https://web.archive.org/web/2019/x}}</ref>",
            "https://archive.example.net/h",
            id="own-archive-url-wins",
        ),
        pytest.param(
            "<ref>{{cite web |url=https://tools.example.org/h |title=Harrows}}</ref>",
            None,
            id="no-archive",
        ),
    ],
)
def test_webarchive_is_the_archived_copy(note: str, archive: str | None) -> None:
    raw = only_note(note)
    assert raw.reference is not None and raw.reference.archive_url == archive


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        pytest.param(
            "A tool.<ref name=r>{{cite book |last=Reed |first=Ann |title=Harrows |year=1999}}"
            "</ref>{{rp|12}}",
            "12",
            id="rp-after-note",
        ),
        pytest.param(
            "A tool.<ref name=r>{{cite book |last=Reed |first=Ann |title=Harrows |year=1999}}"
            "</ref>{{rp|12}} Again.<ref name=r />{{rp|12}}",
            "12",
            id="same-page-twice",
        ),
        pytest.param(
            "A tool.<ref name=r>{{cite book |last=Reed |first=Ann |title=Harrows |year=1999}}"
            "</ref>{{rp|12}} Again.<ref name=r />{{rp|40}}",
            None,
            id="pages-differ-by-citation",
        ),
        pytest.param(
            "A tool.<ref name=r>{{cite book |last=Reed |first=Ann |title=Harrows |year=1999}}"
            "</ref> and more text {{rp|12}}",
            None,
            id="rp-not-after-a-note",
        ),
    ],
)
def test_rp_gives_the_page(text: str, pages: str | None) -> None:
    doc = read(text + "\n\n{{reflist}}\n")
    (raw,) = doc.footnotes
    assert raw.reference is not None and raw.reference.pages == pages
    assert "12" not in " ".join(b.text for b in doc.blocks)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("oetymd", True),
        ("farm tools atlas", True),
        ("lang", False),
        ("lang-de", False),
        ("nowrap", False),
        ("isbn", False),
        ("webarchive", False),
        ("rp", False),
        ("convert", False),
    ],
)
def test_is_source_template(name: str, expected: bool) -> None:
    assert is_source_template(name) is expected


def test_source_reference_fields() -> None:
    ref = source_reference(
        "Farm Tools Atlas", "farm tools atlas", {"title": "Harrow"}, [], "{{…}}", (4, 5)
    )
    assert (ref.title, ref.host, ref.url, ref.line, ref.end_line) == (
        "Harrow",
        "Farm Tools Atlas",
        None,
        4,
        5,
    )


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a" * n, id="one-long-word"),
        pytest.param(lambda n: "ab " * (n // 3), id="short-words"),
        pytest.param(lambda n: "http://" + "a" * (n - 7), id="long-address"),
        pytest.param(lambda n: "www." * (n // 4), id="www-runs"),
        pytest.param(lambda n: "https:// " * (n // 9), id="schemes-spaced"),
    ],
)
def test_source_regexes_are_linear(line: Line) -> None:
    assert_linear(
        lambda text: (
            lead_only(text),
            source_reference("X", "x", {"url": text}, [text], "{{x}}", (1, 1)),
        ),
        line,
    )
