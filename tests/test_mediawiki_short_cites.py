"""MediaWiki short citations: every ``{{harvnb}}``, ``{{harvtxt}}``, ``{{sfnm}}`` work...
in a note cites its source in the Sources list, not only the first one of the note.

Snippets written for these tests in the patterns of English and French Wikipedia
articles (several short citations in one ``<ref>``, a short citation then prose or a
quotation, ``{{rp}}`` pinpoints, ``ref=`` / ``{{sfnref}}`` / ``{{harvid}}`` / ``id=``
anchors, year suffixes, four authors)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers import mediawiki
from tests.worksteps import counted


def read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "page.wiki")


def works(text: str) -> list[list[tuple[str | None, str | None]]]:
    """Per note: (title, pages) of its own reference, then of each further work it cites."""
    raw = mediawiki.read(text)
    return [
        [(r.title, r.pages) for r in (n.reference, *n.also) if r is not None] for n in raw.footnotes
    ]


def uncited(doc: ParsedDocument) -> list[int]:
    return [a.literature_entry or 0 for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]


def codes(doc: ParsedDocument) -> set[C]:
    return {a.code for a in doc.all_anomalies()}


SOURCES_EN = """
== Sources ==
* {{cite book |last=Okafor |first=Ngozi |title=Harbours of the North |year=1987}}
* {{cite journal |last1=Brandt |first1=Ulla |last2=Sato |first2=Ken |title=Tidal mills
 |journal=J. Hydraul. Hist. |year=2004 |pages=100–140}}
* {{Citation |last1=Ruiz |last2=Moss |last3=Tan |last4=Ivers |title=Four hands |date=March 1990}}
* {{cite book |last=Ferro |first=Lia |title=Salt roads |year=2011a}}
* {{cite book |last=Ferro |first=Lia |title=Salt rivers |year=2011b}}
"""


H, T, F, S, R = "Harbours of the North", "Tidal mills", "Four hands", "Salt roads", "Salt rivers"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ports grew.<ref>{{harvnb|Okafor|1987}}, {{harvnb|Brandt|Sato|2004|p=112}}.</ref>",
            [(H, None), (T, "112")],
            id="two-harvnb-in-one-ref",
        ),
        pytest.param(
            "Mills turned.<ref>{{harvtxt|Brandt|Sato|2004}}: {{quote|the wheel was older}}</ref>",
            [(T, "100–140")],  # (no pinpoint: the entry's pages)
            id="harvtxt-then-quotation",
        ),
        pytest.param(
            "Early work.<ref>On the harbours, {{harv|Okafor|1987|p=ix}} recommends "
            "{{harv|Ruiz|Moss|Tan|Ivers|1990|pp=3–9}} above all.</ref>",
            [(H, "ix"), (F, "3–9")],
            id="harv-prose-harv-four-authors",
        ),
        pytest.param(
            "Salt.<ref>{{harvnb|Ferro|2011b|p=4}}; {{harvnb|Ferro|2011a|loc=ch. 2}}; "
            "{{harvp|Okafor|1987}}.</ref>",
            [(R, "4"), (S, "ch. 2"), (H, None)],
            id="year-suffixes-loc-harvp",
        ),
        pytest.param(
            "Both.{{sfnm|1a1=Okafor|1y=1987|1p=5|2a1=Brandt|2a2=Sato|2y=2004|2pp=101–102}}",
            [(H, "5"), (T, "101–102")],
            id="sfnm-two-works",
        ),
        pytest.param(
            "Salt again.<ref>{{harvs|nb|last=Ferro|year=2011a|year2=2011b}}.</ref>",
            [(S, None), (R, None)],
            id="harvs-two-years",
        ),
        pytest.param(
            "Pinpoint.<ref>{{harvnb|Okafor|1987}}{{rp|44}} and {{harvnb|Ferro|2011a}}</ref>",
            [(H, "44"), (S, None)],
            id="rp-pinpoint-in-ref",
        ),
        pytest.param(
            "Both kinds.<ref>{{cite web |url=https://news.example.org/mills |title=Mills"
            " reopen |website=Example News |date=2019-05-03}} See also "
            "{{harvnb|Brandt|Sato|2004|p=120}}.</ref>",
            [("Mills reopen", None), (T, "120")],
            id="full-citation-then-harvnb",
        ),
    ],
)
def test_every_short_citation_in_a_note_cites_its_entry(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    text = body + "\n" + SOURCES_EN
    assert works(text)[0] == expected
    doc = read(text)
    assert C.CITATION_KEY_MISSING not in codes(doc)
    # the rendered page shows one marker for the note: no marker of its own for the others
    assert len([m for f in doc.footnotes for m in f.markers]) == 1
    listed = {e.reference.title: e.number for e in doc.literature}
    assert not {listed[t] for t, _ in expected if t in listed} & set(uncited(doc))


def test_all_sources_cited_leaves_no_uncited_entry() -> None:
    body = (
        "A.<ref>{{harvnb|Okafor|1987}}, {{harvnb|Brandt|Sato|2004|p=112}}.</ref> "
        "B.<ref>{{harvtxt|Ruiz|Moss|Tan|Ivers|1990}} argue so.</ref> "
        "C.{{sfnm|1a1=Ferro|1y=2011a|2a1=Ferro|2y=2011b}}"
    )
    doc = read(body + "\n" + SOURCES_EN)
    assert C.LITERATURE_UNCITED not in codes(doc)
    assert C.CITATION_KEY_MISSING not in codes(doc)


def test_a_named_note_reused_is_one_note_citing_both_works() -> None:
    text = (
        'First.<ref name="pair">{{harvnb|Okafor|1987}}; {{harvnb|Ferro|2011a}}</ref> '
        'Second.<ref name="pair" />\n' + SOURCES_EN
    )
    assert works(text) == [[(H, None), (S, None)]]
    doc = read(text)
    assert sorted((m.label, m.column) for f in doc.footnotes for m in f.markers) == [
        ("1", 7),
        ("1", 84),
    ]


def test_a_dangling_extra_short_citation_is_a_missing_key() -> None:
    doc = read("X.<ref>{{harvnb|Okafor|1987}}; {{harvnb|Nobody|1999}}</ref>\n" + SOURCES_EN)
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("1", 1)]
    assert "Nobody 1999" in missing[0].message


@pytest.mark.parametrize(
    "anchor",
    [
        pytest.param("|ref={{sfnref|Harbour Board|1999}}", id="sfnref"),
        pytest.param("|ref={{harvid|Harbour Board|1999}}", id="harvid"),
        pytest.param("|ref=CITEREFHarbour_Board1999", id="citeref"),
    ],
)
def test_explicit_anchors_resolve_a_second_short_citation(anchor: str) -> None:
    text = (
        "Dues.<ref>{{harvnb|Okafor|1987}}; {{harvnb|Harbour Board|1999|p=2}}</ref>\n"
        + SOURCES_EN
        + f"* {{{{cite report |author=Northern Harbour Board |title=Dues |year=1999 {anchor}}}}}\n"
    )
    assert works(text)[0][1] == ("Dues", "2")
    assert 6 not in uncited(read(text))


FRENCH = """\
Le port s'agrandit<ref>{{harvsp|Dupuis|1987|p=12|id=Ports du Nord}} et \
{{harvsp|Marchal|Lenoir|2004|p=7}}.</ref>. Les moulins{{sfn|Marchal|Lenoir|2004|p=9}}.

== Notes et références ==
{{Références}}

== Bibliographie ==
* {{Ouvrage |nom1=Dupuis |prénom1=Anne |titre=Les ports du Nord |éditeur=Éditions du Quai \
|lieu=Lille |année=1987 |id=Ports du Nord}}
* {{Article |nom1=Marchal |prénom1=Jean |nom2=Lenoir |prénom2=Paul |titre=Moulins à marée \
|périodique=Revue d'histoire |année=2004 |pages=1-40}}
"""


def test_french_harvsp_with_id_and_automatic_anchor() -> None:
    assert works(FRENCH) == [
        [("Les ports du Nord", "12"), ("Moulins à marée", "7")],
        [("Moulins à marée", "9")],
    ]
    doc = read(FRENCH)
    assert C.LITERATURE_UNCITED not in codes(doc)
    assert C.CITATION_KEY_MISSING not in codes(doc)


def test_links_after_a_citation_template_belong_to_its_entry() -> None:
    # "}} [https://… Vol. 1 online]; [https://… Vol. 2 online]": no entry of their own
    text = (
        "A.<ref>{{harvnb|Vance|2001}}</ref>\n\n== Sources ==\n"
        "* {{Citation\n |title=Tide tables of the coast\n |date=2001\n"
        " |editor-last= Vance |editor-first= Mara\n"
        "|oclc=1234\n }} [https://archive.example.org/t1 Vol. 1 (2001) online];"
        " [https://archive.example.org/t2 Vol. 2 online]\n"
        "* {{Citation |last=Quill |first=Ed |title=Sea charts |date=2003}}\n"
    )
    doc = read(text)
    assert [e.reference.title for e in doc.literature] == [
        "Tide tables of the coast",
        "Sea charts",
    ]


def test_many_short_citations_in_one_ref_cost_no_more_than_as_many_refs() -> None:
    cites = [f"{{{{harvnb|Okafor|1987|p={n}}}}}" for n in range(300)]
    one_text = "Claim.<ref>" + "; ".join(cites) + "</ref>\n" + SOURCES_EN
    doc = read(one_text)
    one_ref = counted(read, one_text)
    many_refs = counted(
        read, "Claim." + "".join(f"<ref>{c}</ref>" for c in cites) + "\n" + SOURCES_EN
    )
    assert len(doc.footnotes) == 1
    # (steps counted, not timed: tests.worksteps)
    assert one_ref < 2 * many_refs


@pytest.mark.parametrize(
    ("body", "label", "shown"),
    [
        (
            "As {{harvs|txt|last=Okafor|year=1987}} argued, ports grew.",
            "Okafor 1987",
            "Okafor (1987)",
        ),
        (
            "As {{harvs|txt|last1=Brandt|last2=Sato|year=2004|p=101}} showed, mills turned.",
            "Brandt Sato 2004",
            "Brandt & Sato (2004)",
        ),
        ("As {{harvtxt|Okafor|1987}} argued, ports grew.", "Okafor 1987", "Okafor (1987)"),
    ],
    ids=["harvs-txt", "harvs-txt-two-authors", "harvtxt"],
)
def test_harvs_txt_in_the_text_is_an_in_text_citation(body: str, label: str, shown: str) -> None:
    # {{harvs|txt}} renders "Okafor (1987)" in the text as {{harvtxt}} does: a citation by
    # key, no footnote number taken from the <ref> notes that follow
    text = body + " Later.<ref>{{cite web |url=https://a.example/x |title=X}}</ref>\n" + SOURCES_EN
    doc = read(text)
    markers = {m.label: m for f in doc.footnotes for m in f.markers}
    assert set(markers) == {label, "1"}
    claim = markers[label].claim
    assert claim is not None and shown in claim.text
    assert C.CITATION_KEY_MISSING not in codes(doc)
