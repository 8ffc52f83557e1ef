"""reStructuredText reader: inline markup, docutils' footnote numbering, blocks that are
not text, links, Sphinx citations, coverage.  Snippets written for the tests in the
patterns of PEPs and Sphinx documentation."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import LinkPolicy, ParsedDocument
from bibcheck.readers import reader_for
from bibcheck.readers.rstinline import Cite, FootnoteRef, Link, Text, events


def parse(text: str, links: LinkPolicy = LinkPolicy.AUTO) -> ParsedDocument:
    return parse_bytes(text.encode(), "doc.rst", links=links)


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


# --------------------------------------------------------------------------
# inline events
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("PEP 1 [1]_.", [("fn", "1")], id="numbered"),
        pytest.param(
            "A [#]_ b [#note]_ c [*]_", [("fn", "#"), ("fn", "#note"), ("fn", "*")], id="auto"
        ),
        pytest.param("Known [CIT2002]_, see", [("fn", "CIT2002")], id="citation"),
        pytest.param("glued\\ [2]_ here", [("fn", "2")], id="escaped-space"),
        pytest.param("word[3]_ is text for docutils", [], id="no-boundary"),
        pytest.param("``x[0]_`` and ``[1]_``", [], id="inline-literal"),
        pytest.param(":math:`a[2]_`", [], id="math-role"),
        pytest.param("`[4]_` interpreted", [], id="interpreted"),
        pytest.param(":cite:p:`a,b`", [("cite", "a,b")], id="sphinx-cite"),
        pytest.param(":cite:t:`{see}k1{p. 2},k2`", [("cite", "k1,k2")], id="pre-post-notes"),
        pytest.param(":footcite:`k`", [("cite", "k")], id="footcite"),
        pytest.param(":ref:`Title <label>` [5]_", [("fn", "5")], id="role-then-footnote"),
    ],
)
def test_citation_events(text: str, expected: list[tuple[str, str]]) -> None:
    got = []
    for e in events(text):
        if isinstance(e, FootnoteRef):
            got.append(("fn", e.label))
        elif isinstance(e, Cite):
            got.append(("cite", ",".join(e.keys)))
    assert got == expected


@pytest.mark.parametrize(
    ("text", "links"),
    [
        pytest.param(
            "`Python <https://python.example.org/>`_",
            [("Python", "https://python.example.org/", None)],
            id="embedded",
        ),
        pytest.param(
            "`site <https://a.example/x>`__",
            [("site", "https://a.example/x", None)],
            id="embedded-anon",
        ),
        pytest.param("see Python_ now", [("Python", None, "python")], id="named-word"),
        pytest.param("the `web site`_ says", [("web site", None, "web site")], id="named-phrase"),
        pytest.param(
            "snake_case_ names", [("snake_case", None, "snake_case")], id="word-with-underscores"
        ),
        pytest.param("__init__ is no link", [], id="dunder"),
        pytest.param(
            "at https://a.example/p, then",
            [("https://a.example/p", "https://a.example/p", None)],
            id="standalone",
        ),
        pytest.param("`alias <other_>`_", [("alias", None, "other")], id="alias"),
    ],
)
def test_link_events(text: str, links: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.text, e.uri, e.name) for e in events(text) if isinstance(e, Link)]
    assert got == links


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        pytest.param("*emph* and **strong**", "emph and strong", id="emphasis"),
        pytest.param(":pep:`8` style", "PEP 8 style", id="pep"),
        pytest.param(":rfc:`9111` caching", "RFC 9111 caching", id="rfc"),
        pytest.param(":func:`~pkg.mod.run`", "run", id="tilde"),
        pytest.param("|today| and \\*stars\\*", "today and *stars*", id="substitution-escape"),
    ],
)
def test_text_events(text: str, plain: str) -> None:
    assert "".join(e.value for e in events(text) if isinstance(e, Text)) == plain


@pytest.mark.parametrize(
    "unit",
    ["a-", ":", "x", "[", "[#", "a_b-", "`x` "],
    ids=[
        "hyphenated-word",
        "colons",
        "literal-body",
        "brackets",
        "hash-brackets",
        "word-run",
        "spans",
    ],
)
def test_inline_scan_is_linear_on_hostile_runs(unit: str) -> None:
    """Runs of start characters cost one pass, not one per start: 8x the input, < 24x the time.

    (A pattern that restarts at every position is quadratic: 64x, and far more at these sizes.)
    The best of three runs of this process's CPU time is compared, over a 5 ms floor, so other
    processes on a busy machine or a timer's resolution do not decide the result.
    """

    def cost(n: int) -> float:
        text = unit * n
        best = float("inf")
        # (the garbage collector off while timing: a cycle over the heap the rest of the
        # suite built is no cost of the scan, and decided one CI run's ratio)
        gc.collect()
        gc.disable()
        try:
            for _ in range(3):
                started = time.process_time()
                list(events(text))
                best = min(best, time.process_time() - started)
        finally:
            gc.enable()
        return best

    small, large = cost(10_000), cost(80_000)
    assert large < 24 * max(small, 0.005), (small, large)


# --------------------------------------------------------------------------
# footnote numbering as docutils does it
# --------------------------------------------------------------------------

AUTO = """\
Title
=====

First [#]_, named [#b]_, second [#]_, manual [1]_ and a symbol [*]_ then [*]_.

.. [1] Manual one, 2001.
.. [#] Auto first, 2002.
.. [#b] Named, 2003.
.. [#] Auto second, 2004.
.. [*] Symbol one, 2005.
.. [*] Symbol two, 2006.
"""


def test_auto_numbering_skips_manual_numbers_and_names_take_numbers() -> None:
    doc = parse(AUTO)
    years = {f.label: f.reference.year for f in doc.footnotes}
    # manual 1 is taken: the auto-numbered ones get 2, 3 (named b), 4, in definition order
    assert years == {"1": 2001, "2": 2002, "3": 2003, "4": 2004, "*": 2005, "†": 2006}
    assert markers(doc) == [("*", 4), ("1", 4), ("2", 4), ("3", 4), ("4", 4), ("†", 4)]
    assert not [a for a in doc.all_anomalies() if a.code is C.NUMBERING_GAP]


def test_citations_match_case_insensitively_and_may_repeat() -> None:
    doc = parse(
        "Text [smith2010]_ and again [Smith2010]_.\n\n.. [Smith2010] Smith, J. (2010). T.\n"
    )
    assert [(f.label, len(f.markers)) for f in doc.footnotes] == [("Smith2010", 2)]
    assert C.DUPLICATE_MARKER not in {a.code for a in doc.all_anomalies()}


def test_missing_and_unreferenced_footnotes_are_reported() -> None:
    doc = parse("A claim [1]_ and [3]_.\n\n.. [1] One, 2001.\n.. [2] Two, 2002.\n")
    codes = {(a.code, a.footnote) for a in doc.all_anomalies()}
    assert (C.MARKER_WITHOUT_DEFINITION, "3") in codes
    assert (C.DEFINITION_WITHOUT_MARKER, "2") in codes


def test_definition_continuation_lines_and_lines() -> None:
    text = "Claim here [1]_.\n\n.. [1] Doe, A. (2019). A long title\n   that continues. https://a.example/x\n\nAfter.\n"
    doc = parse(text)
    note = doc.footnotes[0]
    assert (note.line, note.reference.url, note.reference.year) == (3, "https://a.example/x", 2019)
    assert note.markers[0].claim is not None and note.markers[0].claim.text == "Claim here"


# --------------------------------------------------------------------------
# what is not text
# --------------------------------------------------------------------------

NOT_TEXT = """\
Heading
=======

Real claim [1]_.

Example::

    x[2]_ = y  # [3]_

.. code-block:: python

   @dataclass(frozen=True)
   class A:  # [4]_
       pass

.. math::

   a_{[5]_}

>>> print("[6]_")
[6]_

.. This comment mentions [7]_ and is not text.

.. |sub| replace:: text with [8]_

Back to text [9]_.

.. [1] One, 2001.
.. [9] Nine, 2009.
"""


def test_literal_code_math_doctest_comments_hold_no_markers() -> None:
    doc = parse(NOT_TEXT)
    assert markers(doc) == [("1", 4), ("9", 27)]
    assert reader_for("doc.rst", NOT_TEXT).name == "rst"  # the decorator is not a .bib entry


def test_quoted_literal_block_after_double_colon() -> None:
    text = "Output::\n\n> [1]_ quoted\n> more\n\nText [2]_.\n\n.. [2] Two, 2002.\n"
    assert markers(parse(text)) == [("2", 6)]


# --------------------------------------------------------------------------
# links, literature, coverage
# --------------------------------------------------------------------------

LINKS = """\
Blog post
=========

The `survey <https://stats.example.org/2023>`_ says so.  The `guide`_ too,
and an anonymous one__ and the survey_ again.

.. _guide: https://docs.example.org/
   guide.html
.. __: https://anon.example.org/x
"""


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        pytest.param(LinkPolicy.AUTO, [("L1", 4), ("L2", 4), ("L3", 5), ("L1", 5)], id="auto"),
        pytest.param(LinkPolicy.ALWAYS, [("L1", 4), ("L2", 4), ("L3", 5), ("L1", 5)], id="always"),
    ],
)
def test_links_are_citations_in_a_document_without_notes(
    policy: LinkPolicy, expected: list[tuple[str, int]]
) -> None:
    doc = parse(LINKS, policy)
    got = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    assert sorted(got) == sorted(expected)
    urls = {f.label: f.reference.url for f in doc.footnotes}
    assert urls == {
        "L1": "https://stats.example.org/2023",
        "L2": "https://docs.example.org/guide.html",
        "L3": "https://anon.example.org/x",
    }
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None and claim.text == "The survey says so."


def test_links_never_leaves_a_link_only_document_refused() -> None:
    with pytest.raises(InputError, match="only citations found are 3 links"):
        parse(LINKS, LinkPolicy.NEVER)


def test_links_in_a_document_with_notes_are_not_citations_by_default() -> None:
    doc = parse("See `x <https://a.example/>`_ [1]_.\n\n.. [1] One, 2001.\n")
    assert [f.label for f in doc.footnotes] == ["1"]
    doc = parse("See `x <https://a.example/>`_ [1]_.\n\n.. [1] One, 2001.\n", LinkPolicy.ALWAYS)
    assert [f.label for f in doc.footnotes] == ["1", "L1"]


def test_literature_section_items_and_paragraphs() -> None:
    text = (
        "Body cites nothing by marker.\n\nReferences\n----------\n\n"
        "- Smith, J. (2010). *Numerics*. Publisher.\n"
        "- Doe, A. (2012). Another work. https://a.example/w\n\n"
        "Lee, K. (2015). A paragraph entry. City: Press.\n"
    )
    # an underlined title and a list are weak evidence of rst (Markdown has them too)
    with pytest.raises(InputError, match="--reader rst"):
        parse(text)
    doc = parse_bytes(text.encode(), "doc.rst", reader="rst")
    assert [(e.number, e.reference.year) for e in doc.literature] == [
        (1, 2010),
        (2, 2012),
        (3, 2015),
    ]


def test_reference_section_that_yields_nothing_is_an_unread_region() -> None:
    text = "Claim [1]_.\n\n.. [1] One, 2001.\n\nBibliography\n============\n\n.. raw:: html\n\n   <ul><li>x</li></ul>\n"
    doc = parse(text)
    assert [(a.code, a.line) for a in doc.anomalies if a.code is C.UNREAD_REGION] == [
        (C.UNREAD_REGION, 5)
    ]


def test_sphinx_cite_reads_the_bib_named_by_the_directive(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{knuth84, author={Knuth, Donald}, title={The TeXbook}, year={1984}}\n",
        encoding="utf-8",
    )
    rst = tmp_path / "index.rst"
    rst.write_text(
        "Title\n=====\n\nTypesetting :cite:p:`knuth84` and :cite:`nokey`.\n\n"
        ".. bibliography:: refs.bib\n",
        encoding="utf-8",
    )
    from bibcheck.manuscript import parse_file

    doc = parse_file(rst)
    assert [(f.label, f.reference.title, f.markers[0].line) for f in doc.footnotes] == [
        ("knuth84", "The TeXbook", 4)
    ]
    assert [m.label for m in doc.stray_markers] == ["nokey"]


SPHINX_PAGE = (
    "Title\n=====\n\nTypesetting :cite:p:`knuth84` and :cite:t:`lamport94`.\n\n.. bibliography::\n"
)
BIB = (
    "@book{knuth84, author={Knuth, Donald}, title={The TeXbook}, year={1984}}\n"
    "@book{lamport94, author={Lamport, Leslie}, title={LaTeX}, year={1994}}\n"
)


@pytest.mark.parametrize("where", ["option", "conf-above", "none"])
def test_a_sphinx_page_outside_its_project(tmp_path: Path, where: str) -> None:
    """A bare ``.. bibliography::`` takes conf.py's bibtex_bibfiles; a page checked outside
    its project is given its .bib with --bibliography; with neither, one anomaly says
    how to name one."""
    from bibcheck.manuscript import parse_file

    docs = tmp_path / "docs" / "source"
    docs.mkdir(parents=True)
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = docs / "page.rst"
    page.write_text(SPHINX_PAGE, encoding="utf-8")
    bibs: list[Path] = []
    if where == "option":
        bibs = [tmp_path / "refs.bib"]
    elif where == "conf-above":
        (tmp_path / "docs" / "conf.py").write_text(
            'extensions = ["sphinxcontrib.bibtex"]\nbibtex_bibfiles = ["../refs.bib"]\n',
            encoding="utf-8",
        )
    doc = parse_file(page, bibliography=bibs)
    titles = [(f.label, f.reference.title) for f in doc.footnotes]
    unread = [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    if where == "none":
        assert titles == []
        assert len(unread) == 1 and "--bibliography" in unread[0].message
    else:
        assert titles == [("knuth84", "The TeXbook"), ("lamport94", "LaTeX")]
        assert unread == []


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        pytest.param(AUTO, "rst", id="footnotes"),
        pytest.param(LINKS, "rst", id="links-only"),
        pytest.param("Text [1]_.\n\n.. [1] One.\n", "rst", id="minimal"),
    ],
)
def test_reader_choice(text: str, reader: str) -> None:
    assert reader_for("notes.txt", text).name == reader


TYPED = """\
Методика калибровки
===================

.. contents::

Введение
--------

Датчики занижают концентрацию [1], особенно при высокой влажности [2, с. 5; 3].
Поправки описаны в работах [1–3], а пример кода ниже не цитирует ничего::

    values[1] = 0

Литература
----------

#. Morawska L., Thai P. K. Applications of low-cost sensing // Environment
   International. – 2018. – Vol. 116. – P. 286–299.
#. Кузнецова И. Н. Влажность и оптические датчики // Оптика атмосферы. – 2020. – № 5. – С. 1–9.
#. Zheng T., Bergin M. H. Field evaluation of low-cost sensors // Atmos. Meas. Tech. – 2018.
"""


def test_typed_numbers_cite_an_enumerated_reference_list() -> None:
    doc = parse(TYPED)
    assert doc.reader == "rst"
    assert markers(doc) == [("1", 9), ("2", 9), ("3", 9), ("1", 10), ("2", 10), ("3", 10)]
    assert [e.label for e in doc.literature] == ["1", "2", "3"]
    assert [f.label for f in doc.footnotes] == ["1", "2", "3"]
    assert doc.literature[1].reference.year == 2020
    assert C.DUPLICATE_MARKER not in {a.code for a in doc.all_anomalies()}


def test_typed_numbers_are_text_when_the_list_is_bulleted_or_there_are_footnotes() -> None:
    bulleted = TYPED.replace("#. ", "- ")
    assert markers(parse(bulleted)) == []
    with_notes = TYPED.replace("[1], особенно", "[1]_, особенно") + "\n.. [1] Примечание.\n"
    assert [m[0] for m in markers(parse(with_notes))] == ["1"]


def test_a_citation_inside_a_footnote_is_a_citation() -> None:
    doc = parse(
        "Claim [#]_.\n\n.. [#] For this objection see [Elgin1993]_, p. 4.\n\n"
        ".. [Elgin1993] Elgin, C. Z. (1993). Outstanding problems. Synthese 95, 1–9.\n"
    )
    assert markers(doc) == [("1", 1), ("Elgin1993", 3)]
    assert C.DEFINITION_WITHOUT_MARKER not in {a.code for a in doc.all_anomalies()}
