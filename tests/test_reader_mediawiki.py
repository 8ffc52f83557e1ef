"""MediaWiki reader: the wikitext tree, note numbering as MediaWiki does it, citation
templates, short citations, list-defined references, what is not text, bounds.
Snippets written for the tests in the patterns of Wikipedia articles."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.readers import mediawiki, reader_for
from bibcheck.readers.mediawiki import group_label
from bibcheck.readers.wikitext import LineKind, Ref, Template, Text, mask, parse


def read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "page.wiki")


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


def note(doc: ParsedDocument, label: str):
    return next(f for f in doc.footnotes if f.label == label)


# --------------------------------------------------------------------------
# the tree
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "hidden"),
    [
        pytest.param("a<!-- <ref>x</ref> -->b", "<ref>", id="comment"),
        pytest.param("a<nowiki><ref>x</ref></nowiki>b", "<ref>", id="nowiki"),
        pytest.param("a<math>x<ref>y</ref></math>b", "<ref>", id="math"),
        pytest.param('a<syntaxhighlight lang="py">[1]</syntaxhighlight>b', "[1]", id="code"),
        pytest.param("a<!-- unclosed <ref>x</ref>", "<ref>", id="unclosed-comment-hides-the-rest"),
    ],
)
def test_masked_regions_keep_offsets_and_lines(source: str, hidden: str) -> None:
    masked = mask(source)
    assert len(masked) == len(source) and hidden not in masked


def test_unclosed_opaque_tag_is_text() -> None:
    assert mask("a<nowiki>b") == "a<nowiki>b"


def test_nested_templates_and_named_parameters() -> None:
    wt = parse("{{cite web |url=https://a.example |title=A {{lang|fr|b}} |n=[[x|y]]}}")
    template = wt.nodes[0]
    assert isinstance(template, Template) and template.name == "cite web"
    names = [p.name for p in template.params[1:]]
    assert names == ["url", "title", "n"]
    inner = [c for c in template.params[2].children if isinstance(c, Template)]
    assert [t.name for t in inner] == ["lang"]


@pytest.mark.parametrize(
    ("source", "unclosed"),
    [
        pytest.param("text {{cite web|url=x", ["{{"], id="template"),
        pytest.param("text <ref>never closed", ["<ref>"], id="ref"),
        pytest.param("ok }} and ]] stray", [], id="stray-closers"),
    ],
)
def test_unclosed_markup_is_text_and_recorded(source: str, unclosed: list[str]) -> None:
    wt = parse(source)
    assert [what for what, _ in wt.unclosed] == unclosed
    assert all(isinstance(n, Text) for n in wt.nodes)


def test_line_kinds() -> None:
    wt = parse("== H ==\n* item\n{|\n| cell\n|}\ntext\n\n")
    assert wt.kinds[:7] == [
        LineKind.HEADING,
        LineKind.ITEM,
        LineKind.TABLE,
        LineKind.CELL,
        LineKind.TABLE,
        LineKind.TEXT,
        LineKind.BLANK,
    ]


def test_self_closing_ref_with_slash_in_name() -> None:
    wt = parse('a<ref name="a/b" />c<ref name=x/>')
    refs = [n for n in wt.nodes if isinstance(n, Ref)]
    assert [(r.attrs["name"], r.children) for r in refs] == [("a/b", None), ("x", None)]


# --------------------------------------------------------------------------
# numbering and notes
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "n", "label"),
    [
        ("", 3, "3"),
        ("lower-alpha", 1, "a"),
        ("lower-alpha", 27, "aa"),
        ("upper-alpha", 2, "B"),
        ("lower-roman", 4, "iv"),
        ("upper-roman", 9, "IX"),
        ("lower-greek", 2, "β"),
        ("note", 2, "note 2"),
    ],
)
def test_group_labels(group: str, n: int, label: str) -> None:
    assert group_label(group, n) == label


NOTES = """\
'''Bridge''' opened in 1890.<ref name="a">Smith, J. (2015). ''The Bridge''. Birlinn.</ref>
It is long.<ref>Doe, A. (2019). Length. https://len.example.org/</ref> Still open.<ref name="a" />
A remark.{{efn|Explanatory text only.}} Another.<ref group="note">Group note.</ref>{{r|a}}
Unknown name.<ref name="zz" />
"""


def test_numbering_reuse_groups_and_undefined_names() -> None:
    doc = read(NOTES)
    assert markers(doc) == [
        ("1", 1), ("1", 2), ("2", 2), ("1", 3), ("a", 3), ("note 1", 3), ("3", 4),
    ]  # fmt: skip
    assert note(doc, "2").reference.url == "https://len.example.org/"
    assert note(doc, "a").reference.kind is RefKind.COMMENTARY
    assert [
        (a.code, a.footnote) for a in doc.anomalies if a.code is C.MARKER_WITHOUT_DEFINITION
    ] == [(C.MARKER_WITHOUT_DEFINITION, "3")]


def test_named_note_defined_twice_differently() -> None:
    doc = read('A.<ref name="x">One, 2001.</ref> B.<ref name="x">Two, 2002.</ref>\n')
    assert [a.line for a in doc.anomalies if a.code is C.DUPLICATE_DEFINITION] == [1]
    assert note(doc, "1").reference.year == 2001


def test_list_defined_references() -> None:
    text = (
        'Claim.<ref name="a" /> More.{{r|b}}\n\n== References ==\n{{reflist|refs=\n'
        '<ref name="a">{{cite web |url=https://a.example/ |title=A page}}</ref>\n'
        '<ref name="b">{{cite book |last=Lee |first=K. |title=A book |year=2001}}</ref>\n}}\n'
    )
    doc = read(text)
    assert markers(doc) == [("1", 1), ("2", 1)]
    assert [(f.label, f.reference.title, f.line) for f in doc.footnotes] == [
        ("1", "A page", 5),
        ("2", "A book", 6),
    ]


@pytest.mark.parametrize(
    ("reflist", "category"),
    [
        ("Примітки", "Категорія:Кобзарство"),
        ("Przypisy", "Kategoria:Historia"),
        ("Viitteet", "Luokka:Historia"),
        ("Jegyzetek", "Kategória:Történelem"),
        ("Kaynakça", "Kategori:Tarih"),
        ("Referências", "Categoria:História"),
        ("Tham khảo", "Thể loại:Lịch sử"),
        ("각주", "분류:역사"),
    ],
    ids=["uk", "pl", "fi", "hu", "tr", "pt", "vi", "ko"],
)
def test_list_defined_references_in_other_wikipedias(reflist: str, category: str) -> None:
    # the reference-list template of another Wikipedia holds definitions, not citations;
    # its category links are no reference entries
    text = (
        'Claim.<ref name="a" /> More.<ref>{{cite web |url=https://b.example/ |title=B}}</ref>\n\n'
        f"== Notes ==\n{{{{{reflist}|refs=\n"
        '<ref name="a">{{cite web |url=https://a.example/ |title=A page}}</ref>\n}}\n\n'
        "== Literature ==\n* {{cite book |last=Lee |first=K. |title=A book |year=2001}}\n\n"
        f"[[{category}]]\n"
    )
    doc = read(text)
    assert markers(doc) == [("1", 1), ("2", 1)]
    assert [(f.label, f.reference.title) for f in doc.footnotes] == [("1", "A page"), ("2", "B")]
    assert [e.reference.title for e in doc.literature] == ["A book"]


def test_cite_templates_give_fields_and_archive_url() -> None:
    text = (
        "Claim.<ref>{{cite news |last=Okafor |first=Ada |title=Port opens |work=Daily News "
        "|date=2 March 2021 |url=https://news.example.com/port |access-date=5 March 2021 "
        "|archive-url=https://web.archive.org/web/2021/https://news.example.com/port}}</ref>\n"
    )
    ref = read(text).footnotes[0].reference
    assert (ref.kind, ref.authors, ref.title, ref.host, ref.year) == (
        RefKind.ARTICLE,
        ("Okafor, Ada",),
        "Port opens",
        "Daily News",
        2021,
    )
    assert str(ref.access_date) == "2021-03-05"
    assert ref.archive_url == "https://web.archive.org/web/2021/https://news.example.com/port"


SFN = """\
Claim one.{{sfn|Smith|Jones|2010|p=5}} Claim two.{{sfn|Smith|Jones|2010|p=5}}
Claim three.{{sfnp|Lee|1999|pp=10–12}} Claim four.<ref>{{harvnb|Lee|1999|p=3}}.</ref>
Missing.{{sfn|Nobody|2000}} As {{harvtxt|Lee|1999}} wrote.

== Sources ==
* {{cite book |last1=Smith |last2=Jones |title=Two authors |year=2010 |url=https://a.example/b}}
* {{cite journal |last=Lee |title=One author |journal=J |date=May 1999 |pages=1–20}}
"""


def test_short_citations_resolve_against_the_bibliography() -> None:
    doc = read(SFN)
    assert markers(doc) == [("1", 1), ("1", 1), ("2", 2), ("3", 2), ("4", 3), ("Lee 1999", 3)]
    one, two, three = note(doc, "1"), note(doc, "2"), note(doc, "3")
    assert (one.reference.title, one.reference.pages, one.reference.url) == (
        "Two authors",
        "5",
        "https://a.example/b",
    )
    assert (two.reference.title, two.reference.pages) == ("One author", "10–12")
    assert (three.reference.title, three.reference.pages) == ("One author", "3")
    assert note(doc, "Lee 1999").reference.title == "One author"
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.line, a.footnote) for a in missing] == [(3, "4")]
    assert [e.reference.title for e in doc.literature] == ["Two authors", "One author"]
    assert one.literature is not None and one.literature.number == 1
    # full citations in notes need not be in the list (Wikipedia): no missing-entry anomaly
    assert C.LITERATURE_MISSING not in {a.code for a in doc.all_anomalies()}


def test_russian_templates_and_anchor_by_ref() -> None:
    text = (
        "Город упоминается в летописи{{sfn|Лихачёв|1996|с=13}}.\n\n== Литература ==\n"
        "* {{Книга |автор=Лихачёв Д. С. |заглавие=Повесть временных лет |место=СПб. "
        "|издательство=Наука |год=1996 |ref=Лихачёв}}\n"
    )
    doc = read(text)
    ref = doc.footnotes[0].reference
    assert (ref.authors, ref.title, ref.year, ref.pages, ref.kind) == (
        ("Лихачёв, Д. С.",),
        "Повесть временных лет",
        1996,
        "13",
        RefKind.BOOK,
    )


# --------------------------------------------------------------------------
# what is not text, coverage, choice
# --------------------------------------------------------------------------


def test_noisy_misreads_are_not_markers() -> None:
    text = (
        "Area 5 km<sup>2</sup>.<ref>Real, 2001.</ref> <math>x^{[2]}</math> "
        "<nowiki><ref>not</ref></nowiki> <syntaxhighlight>a[0]</syntaxhighlight>\n"
    )
    doc = read(text)
    assert markers(doc) == [("1", 1)]


def test_templates_give_text_through_positional_parameters() -> None:
    doc = read(
        "{{Short description|A bridge}}\nIt is {{convert|2.5|km}} long{{citation needed|date=May 2020}}.<ref>R, 2001.</ref>\n"
    )
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None and claim.text == "It is 2.5 km long."


def test_reference_section_without_readable_entries_is_an_unread_region() -> None:
    text = (
        "Claim.<ref>R, 2001.</ref>\n\n== Bibliography ==\n{| class=wikitable\n"
        "| Smith || ''Bridges'' || 2001\n|}\n{{Bridges navbox}}\n"
    )
    doc = read(text)
    assert [a.line for a in doc.anomalies if a.code is C.UNREAD_REGION] == [3]


def test_reference_section_lines_of_text_are_entries_and_navboxes_nothing() -> None:
    text = (
        "Claim.<ref>R, 2001.</ref>\n\n== References ==\n{{Reflist}}\n\n"
        "[http://www.imdb.example.com/name/nm1/bio Allen Morris IMDb Biography]\n\n"
        '"Caribiner International, Inc.," New York Times, December 21, 1996, p. 39.\n\n'
        "{{Houston Oilers navbox}}\n"
    )
    doc = read(text)
    assert [(e.line, e.reference.url) for e in doc.literature] == [
        (6, "http://www.imdb.example.com/name/nm1/bio"),
        (8, None),
    ]
    assert C.UNREAD_REGION not in {a.code for a in doc.anomalies}


def test_wikitext_escaped_as_in_an_xml_dump_is_read() -> None:
    text = "== A ==\n'''X''' is old.&lt;ref&gt;Smith, J. (2001). ''Old''. Press.&lt;/ref&gt;\n"
    doc = read(text)
    assert [(f.label, f.reference.year) for f in doc.footnotes] == [("1", 2001)]


def test_unclosed_ref_is_recorded() -> None:
    doc = read("Claim.<ref>R, 2001.</ref> More.<ref>never closed\n")
    assert [a.line for a in doc.anomalies if a.code is C.DOCUMENT_DAMAGED] == [1]


def test_page_with_nothing_to_cite_is_refused() -> None:
    with pytest.raises(InputError, match="no <ref> notes"):
        mediawiki.read("== A ==\nPlain [[wiki]] text with '''bold''' and no sources.\n")


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        pytest.param(NOTES, "mediawiki", id="refs"),
        pytest.param(SFN, "mediawiki", id="sfn"),
    ],
)
def test_reader_choice(text: str, reader: str) -> None:
    assert reader_for("article.txt", text).name == reader


# --------------------------------------------------------------------------
# bounds: linear in notes and in nesting, no recursion
# --------------------------------------------------------------------------


def calls(fn: Callable[[str], object], text: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    fn(text)
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda n: "".join(
                f"Claim {i}.<ref>{{{{cite web|url=https://a.example/{i}|title=T{i}}}}}</ref>\n"
                for i in range(n)
            ),
            id="many-refs",
        ),
        pytest.param(
            lambda n: (
                "".join(f'C{i}.<ref name="n{i % 50}" />' for i in range(n))
                + "".join(f'<ref name="n{i}">R {i}, 2001.</ref>' for i in range(50))
            ),
            id="many-reuses",
        ),
        pytest.param(
            lambda n: "Claim.<ref>" + "{{x|" * n + "deep" + "}}" * n + "</ref>\n",
            id="nested-templates",
        ),
        pytest.param(lambda n: "Claim.<ref>R.</ref>" + "{{" * n + "\n", id="unclosed-templates"),
        pytest.param(lambda n: "Claim.<ref>R.</ref>" + "<!--" * n + "\n", id="comment-openers"),
        pytest.param(lambda n: "Claim.<ref>R.</ref>" + "<nowiki>" * n + "\n", id="nowiki-openers"),
        pytest.param(
            lambda n: "Claim.<ref>R.</ref>" + "[http://a.example " * n + "\n", id="open-ext-links"
        ),
    ],
)
def test_work_grows_linearly(make: Callable[[int], str]) -> None:
    small, large = calls(mediawiki.read, make(500)), calls(mediawiki.read, make(2000))
    assert large / small < 5.5, (small, large)  # 4x the input: ~4x the work, never ~16x


def test_deep_nesting_does_not_recurse() -> None:
    text = "Claim.<ref>" + "{{x|" * 5000 + "Smith, 2001." + "}}" * 5000 + "</ref>\n"
    doc = read(text)
    assert [f.label for f in doc.footnotes] == ["1"]


def test_archive_url_is_stored_and_exported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from bibcheck.export.json import build_export
    from bibcheck.store import open_db
    from bibcheck.store.documents import load_document, save_document

    text = (
        "Claim.<ref>{{cite web |url=https://a.example/p |title=P |access-date=2021-03-05 "
        "|archive-url=https://web.archive.org/web/2020/https://a.example/p}}</ref>\n"
    )
    doc = read(text)
    db = open_db(tmp_path / "b.db")
    save_document(db, doc, size=len(text), now=datetime(2024, 1, 1, tzinfo=UTC))
    back = load_document(db, doc.id)
    assert (
        back.footnotes[0].reference.archive_url
        == "https://web.archive.org/web/2020/https://a.example/p"
    )
    exported = build_export(db)["footnotes"][0]["reference"]
    assert exported["archive_url"] == "https://web.archive.org/web/2020/https://a.example/p"


DE_PAGE = """\
Die '''Obermühle''' ist eine Wassermühle.<ref>Hans Leicht: ''Mühlen im Grabfeld. Geschichte \
und Technik.'' Verlag Mainfranken, Würzburg 1998, ISBN 3-9801234-5-6, S. 45.</ref> \
Sie hat eine Turbine.<ref>Leicht: ''Mühlen im Grabfeld.'' S. 47 f.</ref>
Die Turbine leistet 18 kW.<ref>{{Literatur |Autor=Rüdiger Hartmann |Titel=Kleinwasserkraft \
an der Streu |Sammelwerk=Jahrbuch des Landkreises |Band=27 |Jahr=2005 |Seiten=88–101}}</ref>
Sie ist zu besichtigen.<ref>{{Internetquelle |url=https://www.example.de/muehlentag/ \
|titel=Deutscher Mühlentag |hrsg=Gesellschaft für Mühlenkunde |abruf=2023-02-28}}</ref>

== Einzelnachweise ==
<references />
"""


def test_german_wikipedia_references() -> None:
    doc = read(DE_PAGE)
    refs = {f.label: f.reference for f in doc.footnotes}
    book, short, article, web = refs["1"], refs["2"], refs["3"], refs["4"]
    assert (book.authors, book.title, book.year, book.publisher, book.place) == (
        ("Hans Leicht",),
        "Mühlen im Grabfeld. Geschichte und Technik",
        1998,
        "Verlag Mainfranken",
        "Würzburg",
    )
    # (the short ref repeats note 1: it takes that work's fields)
    assert (short.authors, short.title, short.year) == (
        ("Hans Leicht",),
        "Mühlen im Grabfeld. Geschichte und Technik",
        1998,
    )
    assert (article.kind, article.authors, article.title, article.year, article.host) == (
        RefKind.ARTICLE,
        ("Rüdiger Hartmann",),
        "Kleinwasserkraft an der Streu",
        2005,
        "Jahrbuch des Landkreises",
    )
    assert (article.volume, article.pages) == ("27", "88–101")
    assert (web.kind, web.title, web.url, web.access_date_raw) == (
        RefKind.WEB,
        "Deutscher Mühlentag",
        "https://www.example.de/muehlentag/",
        "2023-02-28",
    )


def test_org_links_are_no_wiki_structure() -> None:
    # an Org document about citations, with file and web links and no citation: neither
    # MediaWiki's nor Org's (nothing to read is said, not read as a wiki page)
    text = (
        "#+TITLE: Notes\n\n* Screens\n[[./screenshots/intro.png]]\n[[./org-ref.org]]\n"
        "[[file:menu.png]]\nSee [[https://example.org/x][the manual]] for ~cite:key~ links.\n"
    )
    assert mediawiki.score(text) == 0.0
    assert mediawiki.score("[[Kobza]] and [[Bandura|bandura]] and [[Lviv]].") == 0.5


def test_text_after_a_multiline_citation_template_closes_its_entry() -> None:
    # "Sources" lists write one {{Citation}} per item over several lines and often end it
    # with "}}." : the period belongs to that entry, it is no entry of its own
    text = (
        "Intro claim.<ref>{{harvnb|Ostrow|1998|p=4}}</ref> Another.<ref>{{harvnb|Lind|2003}}"
        "</ref>\n\n== Notes ==\n{{reflist}}\n\n== Sources ==\n"
        "* {{Citation\n |last=Ostrow\n |first=Hanna\n |date=1998\n"
        " |title=Lenses before Kepler\n |publisher=Meridian Press\n}}.\n\n"
        "* {{citation\n |last= Lind\n |first= Per |title= Optics in the Medieval World\n"
        " |date= 2003\n}}.\n"
        "* {{Citation |last=Vasko |first=Ivo |date=2011 |title=A Treatise Reread}}.\n"
    )
    doc = read(text)
    assert [e.reference.title for e in doc.literature] == [
        "Lenses before Kepler",
        "Optics in the Medieval World",
        "A Treatise Reread",
    ]
    assert [e.line for e in doc.literature] == [7, 15, 20]
    assert not [a for a in doc.all_anomalies() if a.code is C.REFERENCE_UNPARSED]
