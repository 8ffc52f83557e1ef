"""Linking notes to a list that need not hold them (Wikipedia, links as citations), entries
that share a title, and cited pages inside an entry's range."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import LiteratureEntry, Reference
from bibcheck.parse.matching import LiteratureIndex, differences


def ref(
    title: str, year: int | None = None, authors: tuple[str, ...] = (), pages: str | None = None
) -> Reference:
    return Reference(
        raw=title,
        line=1,
        end_line=1,
        title=title,
        year=year,
        year_raw=str(year) if year else None,
        authors=authors,
        pages=pages,
    )


def test_entries_with_one_title_are_told_apart_by_year_and_author() -> None:
    entries = [
        LiteratureEntry(1, 10, ref("Ibn al-Haytham", 2010, ("El-Bizri, Nader",))),
        LiteratureEntry(2, 20, ref("Ibn al-Haytham", 2012, ("Rooney, Anne",))),
    ]
    match = LiteratureIndex(entries).match(ref("Ibn al-Haytham", 2012, ("Rooney, Anne",)))
    assert match is not None and match.number == 2


@pytest.mark.parametrize(
    ("cited", "span", "differs"),
    [
        pytest.param("122, 128–129", "117–133", False, id="page-list"),
        pytest.param("165–9 & 173–4", "163–174", False, id="abbreviated-ranges"),
        pytest.param("121, n. 13", "117–131", False, id="note-on-a-page"),
        pytest.param("54", "178–216", True, id="outside"),
        pytest.param("12, 300", "1–100", True, id="one-outside"),
    ],
)
def test_cited_pages_inside_the_entry_range(cited: str, span: str, differs: bool) -> None:
    entry = LiteratureEntry(1, 10, ref("Work", 2001, pages=span))
    match = LiteratureIndex([entry]).match(ref("Work", 2001, pages=cited))
    assert match is not None
    codes = {a.code for a in differences(ref("Work", 2001, pages=cited), entry, match, "1")}
    assert (C.LITERATURE_PAGES_DIFFER in codes) is differs


WIKI = """\
Claim one.<ref>Sajjadi, Sadegh, "Alhazen", Great Islamic Encyclopedia, Article No. 1917.</ref>
Claim two.<ref>{{cite web |url=https://news.example.org/a |title=Opening of the port |date=2001}}</ref>

== Further reading ==
* {{cite web |title=Alhazen |url=https://encyclopedia.example.com/alhazen |year=2008}}
* {{cite book |title=Opening of the new port |year=2001 |publisher=Press}}
"""


def test_a_note_is_not_tied_to_a_list_it_need_not_be_in_by_likeness_alone() -> None:
    doc = parse_bytes(WIKI.encode(), "page.wiki")
    assert [f.literature for f in doc.footnotes] == [None, None]
    codes = {a.code for a in doc.all_anomalies()}
    assert not codes & {C.LITERATURE_MISSING, C.LITERATURE_TITLE_DIFFERS, C.LITERATURE_YEAR_DIFFERS}


PANDOC_KEYED = """\
---
title: Ferments
references:
- id: kim2019
  type: book
  title: Microbes in the kitchen
  author: [{family: Kim, given: Ada}]
  issued: {date-parts: [[2019]]}
---

Starters are communities of microbes [@kim2019].^[Search-interest figures from Google
Trends, worldwide, 2004--present, https://trends.google.com/trends/explore?q=sourdough.]
"""

ORG_KEYED = """\
#+TITLE: Ferments
#+BIBLIOGRAPHY: refs.bib

Starters are communities of microbes [cite:@kim2019].[fn:1]

[fn:1] Search-interest figures from Google Trends, worldwide, 2004--present,
https://trends.google.com/trends/explore?q=sourdough.
"""

ADOC_KEYED = """\
= Ferments

Starters are communities of microbes <<kim2019>>.footnote:[Search-interest figures from
Google Trends, worldwide, 2004--present, https://trends.google.com/trends/explore?q=x.]

[bibliography]
== References

* [[[kim2019]]] Ada Kim. _Microbes in the kitchen_. Seoul: Halla, 2019.
"""

BIB = "@book{kim2019, title={Microbes in the kitchen}, author={Kim, Ada}, year={2019}}\n"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("post.md", PANDOC_KEYED, id="pandoc-csl-yaml"),
        pytest.param("notes.org", ORG_KEYED, id="org-bib"),
        pytest.param("chapter.adoc", ADOC_KEYED, id="asciidoc-bibliography"),
    ],
)
def test_a_bibliography_cited_by_key_need_not_hold_a_work_a_note_names_in_words(
    name: str, text: str, tmp_path: Path
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_bytes(text.encode(), str(path))
    assert doc.literature, "the keyed bibliography was read"
    assert len(doc.footnotes) >= 2, "the key citation and the prose note were both read"
    codes = {a.code for a in doc.all_anomalies()}
    assert C.LITERATURE_MISSING not in codes
