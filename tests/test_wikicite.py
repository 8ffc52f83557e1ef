"""Citation templates -> references, anchors of short citations, body links as citations."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bibcheck.errors import InputError
from bibcheck.model import AnomalyCode as C
from bibcheck.model import LinkPolicy, RawDocument, RawMarker, RawNote, RefKind
from bibcheck.parse.references.wikicite import (
    CiteTemplate,
    anchor,
    authors,
    cite_reference,
    is_cite_template,
    short_anchor,
)
from bibcheck.readers.links import LinkCollector, apply_link_policy, sentence_end


def template(name: str, **params: str) -> CiteTemplate:
    values = {k.replace("_", "-"): v for k, v in params.items()}
    return CiteTemplate(name, values, {k: 7 for k in values}, "{{...}}", 5, 6)


@pytest.mark.parametrize(
    ("name", "params", "expected"),
    [
        pytest.param(
            "cite web",
            {
                "url": "https://a.example/p",
                "title": "Page",
                "website": "Site",
                "access_date": "5 March 2021",
            },
            {"kind": RefKind.WEB, "title": "Page", "host": "Site", "url": "https://a.example/p"},
            id="web",
        ),
        pytest.param(
            "cite book",
            {
                "last": "Long",
                "first": "Bill",
                "title": "Lights",
                "publisher": "NIB",
                "location": "Dublin",
                "year": "1993",
                "page": "112",
            },
            {
                "kind": RefKind.BOOK,
                "authors": ("Long, Bill",),
                "publisher": "NIB",
                "place": "Dublin",
                "year": 1993,
                "pages": "112",
            },
            id="book",
        ),
        pytest.param(
            "cite book",
            # (a chapter in an edited volume; one of a single-author book is cited as the book:
            # tests/test_fix39n_wiki_chapter_of_own_book.py)
            {
                "last": "Ng",
                "chapter": "Piers",
                "title": "Harbours",
                "editor": "Al Ho",
                "year": "2001",
            },
            {"kind": RefKind.CHAPTER, "title": "Piers", "host": "Harbours"},
            id="chapter",
        ),
        pytest.param(
            "cite journal",
            {
                "last1": "Ó Cléirigh",
                "first1": "N.",
                "last2": "Barrett",
                "first2": "A.",
                "title": "Marks",
                "journal": "JGAHS",
                "volume": "56",
                "issue": "2",
                "doi": "https://doi.org/10.2307/X1",
                "date": "Spring 2004",
            },
            {
                "kind": RefKind.ARTICLE,
                "authors": ("Ó Cléirigh, N.", "Barrett, A."),
                "doi": "10.2307/x1",
                "year": 2004,
                "year_raw": "2004",
                "volume": "56",
                "issue": "2",
            },
            id="journal",
        ),
        pytest.param(
            "cite news",
            {
                "vauthors": "Smith AB, Jones C",
                "title": "Story",
                "newspaper": "Times",
                "date": "2 May 2019",
            },
            {"kind": RefKind.ARTICLE, "authors": ("Smith, AB", "Jones, C"), "host": "Times"},
            id="news-vauthors",
        ),
        pytest.param(
            "citation",
            {"last": "Lee", "title": "Report", "publisher": "Agency", "year": "2010"},
            {"kind": RefKind.BOOK},
            id="citation-book",
        ),
        pytest.param(
            "citation",
            {"title": "Page", "url": "https://a.example/"},
            {"kind": RefKind.WEB},
            id="citation-web",
        ),
        pytest.param(
            "книга",
            {
                "автор": "Иванов И. И., Петров П. П.",
                "заглавие": "Книга",
                "место": "М.",
                "издательство": "Наука",
                "год": "2001",
            },
            {
                "kind": RefKind.BOOK,
                "authors": ("Иванов, И. И.", "Петров, П. П."),
                "place": "М.",
                "publisher": "Наука",
                "year": 2001,
            },
            id="kniga",
        ),
        pytest.param(
            "статья",
            {
                "автор": "Захаров С. Д.",
                "заглавие": "Раскопки",
                "издание": "РА",
                "год": "2004",
                "страницы": "55—67",
            },
            {"kind": RefKind.ARTICLE, "host": "РА", "pages": "55—67"},
            id="statya",
        ),
    ],
)
def test_fields(name: str, params: dict[str, str], expected: dict[str, object]) -> None:
    ref = cite_reference(template(name, **params))
    assert ref.style == "wikitext"
    for field, value in expected.items():
        assert getattr(ref, field) == value, field


@pytest.mark.parametrize(
    ("name", "params", "code"),
    [
        pytest.param("cite web", {"title": "No URL"}, C.URL_MISSING, id="web-without-url"),
        pytest.param("cite web", {"url": "not a url", "title": "T"}, C.URL_INVALID, id="bad-url"),
        pytest.param(
            "cite web",
            {"url": "https://a.example", "access_date": "31 February 2021"},
            C.ACCESS_DATE_INVALID,
            id="bad-access-date",
        ),
        pytest.param(
            "cite book", {"title": "T", "year": "202-"}, C.YEAR_MALFORMED, id="incomplete-year"
        ),
    ],
)
def test_field_problems_are_anomalies_with_the_parameter_line(
    name: str, params: dict[str, str], code: C
) -> None:
    ref = cite_reference(template(name, **params))
    assert [a.code for a in ref.anomalies] == [code]
    assert ref.anomalies[0].line in (5, 7)


@pytest.mark.parametrize("date", ["n.d.", "nd", "б. г."])
def test_undated_work_is_no_malformed_year(date: str) -> None:
    ref = cite_reference(template("cite web", url="https://a.example", title="T", date=date))
    assert ref.year is None and not ref.anomalies


def test_repeated_parameter_is_flagged() -> None:
    t = replace(template("cite web", url="https://a.example", title="B"), repeated=(("title", 9),))
    assert [(a.code, a.line) for a in cite_reference(t).anomalies] == [(C.DUPLICATE_FIELD, 9)]


@pytest.mark.parametrize(
    ("params", "short", "same"),
    [
        pytest.param(
            {"last1": "Smith", "last2": "Jones", "year": "2010"},
            ["Smith", "Jones", "2010"],
            True,
            id="two-authors",
        ),
        pytest.param(
            {"last": "Lee", "date": "May 1999a"}, ["Lee", "1999a"], True, id="date-letter"
        ),
        pytest.param({"last": "Lee", "year": "1999"}, ["Lee", "2000"], False, id="other-year"),
        pytest.param(
            {"last": "Lee", "year": "1999", "ref": "CITEREFLeeOther"},
            ["LeeOther"],
            True,
            id="citeref",
        ),
        pytest.param(
            {"last": "Lee", "year": "1999", "ref": "none"}, ["Lee", "1999"], False, id="ref-none"
        ),
        pytest.param(
            {"автор": "Голубева Л. А.", "год": "1973", "ref": "Голубева"},
            ["Голубева", "1973"],
            True,
            id="ru-ref",
        ),
        pytest.param({"editor-last": "Ward", "year": "1920"}, ["Ward", "1920"], True, id="editor"),
    ],
)
def test_anchors(params: dict[str, str], short: list[str], same: bool) -> None:
    t = CiteTemplate("cite book", params, {}, "", 1, 1)
    assert (anchor(t) == short_anchor(short)) is same


@pytest.mark.parametrize(
    ("name", "cite"),
    [("cite web", True), ("citation", True), ("книга", True), ("sfn", False), ("reflist", False)],
)
def test_is_cite_template(name: str, cite: bool) -> None:
    assert is_cite_template(name) is cite


def test_authors_prefer_numbered_then_vauthors() -> None:
    assert authors({"author": "Commissioners of Irish Lights"}) == (
        "Commissioners of Irish Lights",
    )
    assert authors({"author1": "A", "author2": "B"}) == ("A", "B")


# --------------------------------------------------------------------------
# body links as citations
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "end"),
    [
        ("One two. Three four.", 2, 8),
        ("J. Smith said so. Next.", 5, 17),
        ("No end at all", 3, 13),
        ("Quoted “end.” Next", 3, 13),
    ],
)
def test_sentence_end(text: str, offset: int, end: int) -> None:
    assert sentence_end(text, offset) == end


def test_link_collector_one_note_per_url() -> None:
    links = LinkCollector()
    assert links.add("https://a.example/x", "A", line=1, column=1, block=0, offset=3)
    assert links.add("https://www.a.example/x/", "again", line=2, column=1, block=0, offset=9)
    assert not links.add("/relative", "no", line=3, column=1, block=0, offset=1)
    assert not links.add("mailto:a@b.example", "no", line=3, column=1, block=0, offset=1)
    assert [n.label for n in links.notes] == ["L1"]
    assert [m.label for m in links.markers] == ["L1", "L1"]


def _raw(with_notes: bool) -> RawDocument:
    links = LinkCollector()
    links.add("https://a.example/", "A", line=1, column=1, block=0, offset=1)
    notes = (RawNote("1", "R, 2001.", 3, 3),) if with_notes else ()
    markers = (RawMarker("1", 1, 5, 0, 2),) if with_notes else ()
    return RawDocument(
        "x", None, (), markers, notes, (), link_markers=tuple(links.markers),
        link_notes=tuple(links.notes),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("with_notes", "policy", "labels"),
    [
        (False, LinkPolicy.AUTO, ["L1"]),
        (True, LinkPolicy.AUTO, ["1"]),
        (True, LinkPolicy.ALWAYS, ["1", "L1"]),
        (True, LinkPolicy.NEVER, ["1"]),
    ],
)
def test_link_policy(with_notes: bool, policy: LinkPolicy, labels: list[str]) -> None:
    raw = apply_link_policy(_raw(with_notes), policy)
    assert [n.label for n in raw.footnotes] == labels
    assert raw.literature_partial is ("L1" in labels)


def test_link_policy_never_refuses_a_links_only_document() -> None:
    with pytest.raises(InputError, match="links to other sites"):
        apply_link_policy(_raw(False), LinkPolicy.NEVER)
