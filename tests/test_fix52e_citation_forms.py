"""Citations in forms that were dropped silently (fix52e): reStructuredText hyperlink
references to citation labels (```Lee21`_``, ``Lee21_``), docutils' ``<dl class="citation">``
in Sphinx HTML, roles inside an entry's bold title, APA's "Retrieved …, from", and typed
author-date citations in a text with no reference list read.  Documents written for the
tests in the shapes those tools and styles print."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    LiteratureEntry,
    RawDocument,
    Reference,
    TextBlock,
)
from bibcheck.parse.references import parse_reference
from bibcheck.parse.uncitedforms import unrecognised
from bibcheck.readers import rst
from bibcheck.readers.datedunlisted import _in_text, cited_without_list
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# reStructuredText: a citation's label is a reference name
# --------------------------------------------------------------------------

_RST = """Tidal mills
===========

Mills need a tidal range {first}. The pond fills twice a day {second}.
See also the `Python`_ scripts and the `archive <https://example.org/a>`_.

.. _Python: https://www.python.org/
{target}
.. rubric:: References

.. [Bell91] Bell, A. (1991). **Mills of the Coast.** Leeds: Dale.
.. [CoDu04] Cole, I., & Dunn, M. (2004). **Tidal ponds.** Coastal Studies, 12(3), 44-60.
"""


def _rst(first: str, second: str, target: str = "") -> str:
    return _RST.format(first=first, second=second, target=target)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        pytest.param(_rst("(see `Bell91`_)", "(`CoDu04`_)"), ["Bell91", "CoDu04"], id="backticked"),
        pytest.param(_rst("(see Bell91_)", "(CoDu04_)"), ["Bell91", "CoDu04"], id="bare-word"),
        pytest.param(_rst("(`bell91`_)", "[CoDu04]_"), ["Bell91", "CoDu04"], id="case-and-bracket"),
        # (negatives) an anonymous reference goes to the next anonymous target, never a
        # citation; a hyperlink target of the same name makes the reference a link
        pytest.param(_rst("(Bell91__)", "(`CoDu04`_)"), ["CoDu04"], id="anonymous-not"),
        pytest.param(
            _rst("(Bell91_)", "(CoDu04_)", ".. _Bell91: https://example.org/bell\n"),
            ["CoDu04"],
            id="target-wins",
        ),
    ],
)
def test_rst_hyperlink_references_to_citations_cite(page: str, want: list[str]) -> None:
    raw = rst.read(page)
    assert sorted({m.label for m in raw.markers}) == want
    uncited = [a for a in raw.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert len(uncited) == 2 - len(want)


def test_rst_ordinary_hyperlink_reference_is_a_link_not_a_citation() -> None:
    raw = rst.read(_rst("(`Bell91`_)", "(`CoDu04`_)"))
    assert "python" not in {m.label.lower() for m in raw.markers}
    assert {m.label for m in raw.markers} == {"Bell91", "CoDu04"}


def test_rst_citation_reference_inside_a_footnote_makes_it_a_remark() -> None:
    page = _rst("[#n1]_", "(`CoDu04`_)") + "\n.. [#n1] For the proof see `Bell91`_, p. 3.\n"
    raw = rst.read(page)
    assert {m.label for m in raw.markers} == {"1", "Bell91", "CoDu04"}


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        pytest.param(
            "**On :math:`k`-anonymity for panels.** Data Mining 11(2), 195-212.",
            "On k-anonymity for panels",
            id="math-role-in-strong",
        ),
        pytest.param(
            "**Using ``pandas`` for panels.** Data Mining 11(2), 195-212.",
            "Using pandas for panels",
            id="literal-in-strong",
        ),
        # (negative) a title with no markup is kept as written
        pytest.param(
            "**On anonymity for panels.** Data Mining 11(2), 195-212.",
            "On anonymity for panels",
            id="plain-strong",
        ),
    ],
)
def test_rst_roles_inside_a_bold_title_are_their_text(entry: str, title: str) -> None:
    page = f"Text\n====\n\nAs shown [DoTo05]_.\n\n.. [DoTo05] Doe, J., & Toro, V. (2005). {entry}\n"
    doc = parse_bytes(page.encode(), "page.rst")
    note = next(f for f in doc.footnotes if f.label == "DoTo05")
    assert note.reference.title == title


# --------------------------------------------------------------------------
# APA's retrieval statement
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "access"),
    [
        pytest.param(
            "Smith, J. (2019). Open data in practice. Retrieved March 3, 2020, from "
            "https://example.org/report",
            "Open data in practice",
            "2020-03-03",
            id="apa6-retrieved-from",
        ),
        pytest.param(
            "Weber, K. (2018). Offene Daten im Alltag. Abgerufen am 3. März 2020 von "
            "https://example.org/bericht",
            "Offene Daten im Alltag",
            "2020-03-03",
            id="german-abgerufen-von",
        ),
        # (negative) no date: the phrase was always cut whole
        pytest.param(
            "Smith, J. (2019). Open data in practice. Retrieved from https://example.org/r",
            "Open data in practice",
            None,
            id="retrieved-from-no-date",
        ),
        # (negative) a bracketed access date ends at its bracket: what follows stays
        pytest.param(
            "Lee, P. (2017). Rivers from above. Photo essay (accessed 3 May 2020). "
            "https://example.org/rivers",
            "Rivers from above",
            "2020-05-03",
            id="bracketed",
        ),
    ],
)
def test_retrieval_statement_is_no_part_of_the_title(
    text: str, title: str, access: str | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == title
    assert (ref.access_date.isoformat() if ref.access_date else None) == access


# --------------------------------------------------------------------------
# Sphinx HTML: docutils' <dl class="citation">
# --------------------------------------------------------------------------

_HTML = """<!DOCTYPE html><html><head><title>Mills</title></head><body>
<div class="body" role="main"><section id="mills"><h1>Mills</h1>
<p>Mills need a tidal range (see <a class="reference internal" href="#bell91">Bell91</a>).</p>
<p>The pond fills twice a day <a class="reference internal" href="#codu04" id="id2"><span>[CoDu04]</span></a>.</p>
<p class="rubric">References</p>
<{tag} class="{cls}">
<dt class="label" id="bell91"><span class="brackets">Bell91</span></dt>
<dd><p>Bell, A. (1991). <strong>Mills of the Coast.</strong> Leeds: Dale.</p></dd>
<dt class="label" id="codu04"><span class="brackets">CoDu04</span></dt>
<dd><p>Cole, I., &amp; Dunn, M. (2004). <strong>Tidal ponds.</strong> Coastal Studies, 12(3), 44-60.</p></dd>
</{tag}>
</section></div></body></html>
"""


def test_sphinx_dl_citation_list_and_its_links_are_read() -> None:
    doc = parse_bytes(_HTML.format(tag="dl", cls="citation").encode(), "mills.html")
    assert [e.reference.year for e in doc.literature] == [1991, 2004]
    cited = {f.literature.number for f in doc.footnotes if f.markers and f.literature}
    assert cited == {1, 2}
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]


def test_a_definition_list_of_terms_is_no_citation_list() -> None:
    page = _HTML.format(tag="dl", cls="glossary simple").replace("References", "Terms")
    with pytest.raises(Exception, match=r"(?i)nothing|no footnote|citation"):
        parse_bytes(page.encode(), "mills.html")


# --------------------------------------------------------------------------
# Typed author-date citations with no reference list read
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "as argued (Cruz 2012, Cruz & Reyes 2017, a.o.) here",
            ["Cruz 2012", "Cruz & Reyes 2017"],
            id="chicago-parenthesis",
        ),
        pytest.param(
            "(see Hall, 2019; Lee & Park, 2020: 4)",
            ["Hall, 2019", "Lee & Park, 2020"],
            id="apa-semicolons",
        ),
        pytest.param(
            "(Moreau et al. 2015, Blanc 2010; 2012)",
            ["Moreau et al. 2015", "Blanc 2010"],
            id="et-al",
        ),
        pytest.param(
            "Hall and Lee (2001) and Park et al. (2003) agree",
            ["Hall and Lee 2001", "Park et al. 2003"],
            id="narrative",
        ),
        # (negatives) a month, a part of a work, a bare number, a name alone before a
        # year in parentheses (a place or a thing as often as an author)
        pytest.param("(March 2019)", [], id="month-not"),
        pytest.param("(Table 2, 2019)", [], id="table-not"),
        pytest.param("(n = 2012)", [], id="number-not"),
        pytest.param("Lithuania (2021) reported", [], id="lone-name-not"),
        pytest.param("(Villa et al. XXXX)", [], id="placeholder-not"),
    ],
)
def test_dated_citations_by_shape(text: str, want: list[str]) -> None:
    assert [shown for _, shown in _in_text(text)] == want


def _raw(reader: str, texts: list[str], literature: bool = False) -> RawDocument:
    from bibcheck.model import RawNote

    blocks = tuple(TextBlock(t, ((0, n * 2 + 1),)) for n, t in enumerate(texts))
    entries = (RawNote("1", "Cruz, A. 2012. Title. Place: Press.", 40, 40),) if literature else ()
    return RawDocument(reader, None, blocks, (), (), entries)


_CITING = [
    "Clefts are common (Cruz 2012, Cruz & Reyes 2017).",
    "Focus fronting differs (Moreau et al. 2015; Blanc 2010).",
]


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        pytest.param(_raw("docx", _CITING), 1, id="docx"),
        pytest.param(_raw("odt", _CITING), 1, id="odt"),
        pytest.param(_raw("pandoc-markdown", _CITING), 1, id="markdown"),
        # (negatives) a list read; a reader citing by command; two works only
        pytest.param(_raw("docx", _CITING, literature=True), None, id="list-read-not"),
        pytest.param(_raw("latex", _CITING), None, id="latex-not"),
        pytest.param(_raw("docx", _CITING[:1]), None, id="two-works-not"),
    ],
)
def test_no_literature_list_for_typed_author_date(raw: RawDocument, line: int | None) -> None:
    found = cited_without_list(raw)
    assert (found.line if found else None) == line
    if found is not None:
        assert found.code is AnomalyCode.NO_LITERATURE_LIST
        assert "(Cruz 2012)" in found.message and "line 1, 3" in found.message


def test_markdown_author_date_with_no_list_is_said() -> None:
    page = (
        "# Clefts\n\nClefts are common (Cruz 2012, Cruz & Reyes 2017).\n\n"
        "Focus fronting differs (Moreau et al. 2015; Blanc 2010).[^1]\n\n"
        "[^1]: A remark of ours.\n\n## References\n"
    )
    doc = parse_bytes(page.encode(), "clefts.md")
    found = [a for a in doc.anomalies if a.code is AnomalyCode.NO_LITERATURE_LIST]
    assert len(found) == 1 and "by author and date" in found[0].message


def test_markdown_author_date_with_a_list_is_not_said() -> None:
    page = (
        "# Clefts\n\nClefts are common (Cruz 2012; Cruz & Reyes 2017; Blanc 2010).\n\n"
        "## References\n\n- Cruz, A. 2012. *Clefts*. Leeds: Dale.\n"
        "- Cruz, A., and B. Reyes. 2017. *Fronting*. Leeds: Dale.\n"
        "- Blanc, C. 2010. *Focus*. Leeds: Dale.\n"
    )
    doc = parse_bytes(page.encode(), "clefts.md")
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.NO_LITERATURE_LIST]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "(Cruz " * (n // 6), id="open-names"),
        pytest.param(lambda n: "(" + "Cruz 2012, " * (n // 11) + ")", id="long-parenthesis"),
        pytest.param(lambda n: "(" + "Ab & " * (n // 5) + "2012)", id="ands"),
        pytest.param(lambda n: "Ab et al. " * (n // 10), id="et-als"),
    ],
)
def test_dated_citation_shapes_stay_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(_in_text(text)), line)


# --------------------------------------------------------------------------
# MediaWiki: a <ref> holding two short citations cites both works
# --------------------------------------------------------------------------

_WIKI = """'''Hulls''' are convex.<ref>{{{{harvtxt|Berg|Kreveld|2000}}}}, p. 6. The idea comes \
from a scan by {second}.</ref> Hulls nest.{{{{sfn|Knuth|1992}}}}

==Notes==
{{{{reflist}}}}

==References==
*{{{{citation|last=Andrew|first=A. M.|title=Another efficient algorithm|journal=IPL|volume=9\
|year=1979}}}}
*{{{{citation|last1=Berg|first1=M.|last2=Kreveld|first2=M.|title=Computational Geometry\
|publisher=Springer|year=2000}}}}
*{{{{citation|last=Knuth|first=D. E.|title=Axioms and hulls|publisher=Springer|year=1992}}}}
"""


@pytest.mark.parametrize(
    ("second", "uncited"),
    [
        pytest.param("{{harvtxt|Andrew|1979}}", 0, id="harvtxt"),
        pytest.param("{{harvnb|Andrew|1979}}", 0, id="harvnb"),
        # (negative) the name in plain words is no citation: the entry is uncited
        pytest.param("Andrew in 1979", 1, id="plain-words"),
    ],
)
def test_second_short_citation_in_a_ref_cites_its_work(second: str, uncited: int) -> None:
    doc = parse_bytes(_WIKI.format(second=second).encode(), "hulls.wiki")
    found = [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert len(found) == uncited


# --------------------------------------------------------------------------
# Most entries uncited while the text names them: one "form not recognised"
# --------------------------------------------------------------------------


def _entries(specs: list[tuple[str, str, int]]) -> list[LiteratureEntry]:
    return [
        LiteratureEntry(
            n,
            20 + n,
            Reference(f"{name} {year}", 20 + n, 20 + n, authors=(name,), year=year),
            label,
        )
        for n, (label, name, year) in enumerate(specs, start=1)
    ]


def _uncited(numbers: list[int]) -> list[Anomaly]:
    return [
        Anomaly(AnomalyCode.LITERATURE_UNCITED, f"entry {n}", 20 + n, literature_entry=n)
        for n in numbers
    ]


_LABELLED = [("Lee21", "Lee, A.", 2021), ("Ro19", "Ro, B.", 2019), ("Kim20", "Kim, C.", 2020)]
_DATED = [("1", "Hall, A.", 2012), ("2", "Moreau, B.", 2015), ("3", "Blanc, C.", 2010)]


@pytest.mark.parametrize(
    ("specs", "uncited", "texts", "kept", "line"),
    [
        pytest.param(
            _LABELLED,
            [1, 2, 3],
            ["As shown (see Lee21) and in Ro19.", "Also Kim20, twice."],
            [],
            1,
            id="labels-named",
        ),
        pytest.param(
            [*_DATED, ("4", "Ngata, D.", 2001)],
            [1, 2, 3, 4],
            ["Hall et al. (2012) and Moreau (2015: 4).", "Blanc’s study (2010) too."],
            [4],
            1,
            id="author-years-named",
        ),
        # (negatives) few uncited; the text names none; most entries cited
        pytest.param(_LABELLED[:2], [1, 2], ["Lee21 and Ro19."], None, None, id="two-not"),
        pytest.param(_LABELLED, [1, 2, 3], ["Nothing cited here."], None, None, id="unnamed-not"),
        pytest.param(
            [*_LABELLED, *_DATED], [1, 2], ["Lee21 and Ro19."], None, None, id="most-cited-not"
        ),
        # (negative) the list's own paragraphs are no naming in the text
        pytest.param(
            _DATED,
            [1, 2, 3],
            ["x", "@22 Hall, A. 2012.", "@23 Moreau, B. 2015.", "@21 Blanc, C. 2010."],
            None,
            None,
            id="list-lines-not",
        ),
    ],
)
def test_uncited_entries_the_text_names(
    specs: list[tuple[str, str, int]],
    uncited: list[int],
    texts: list[str],
    kept: list[int] | None,
    line: int | None,
) -> None:
    entries = _entries(specs)
    # (a text "@22 …" stands on line 22, among the entries; the others on lines 1, 2 …)
    blocks = [
        TextBlock(t.partition(" ")[2], ((0, int(t[1:3])),))
        if t.startswith("@")
        else TextBlock(t, ((0, n + 1),))
        for n, t in enumerate(texts)
    ]
    found = unrecognised(_uncited(uncited), entries, blocks)
    if kept is None:
        assert found is None
        return
    assert found is not None
    assert [a.literature_entry for a in found[0]] == kept
    assert found[1].code is AnomalyCode.UNREAD_REGION and found[1].line == line
    assert "citation form not recognised" in found[1].message
