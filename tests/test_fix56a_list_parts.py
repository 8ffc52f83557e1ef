"""Fix 56a: reference-list headings that mean the same in every reader
(:mod:`bibcheck.readers.listscope`, headings found by :mod:`bibcheck.readers.sourceheads`
or by the Word/ODT reader's heading paragraphs).

1. A further-reading list (``Further reading``, ``Works consulted``, ``Weiterführende
   Literatur``, ``Lecturas recomendadas``, ``Pour aller plus loin``), also as a sub-heading
   of the list, holds works the text need not cite: none is uncited.  A work cited and in
   no list is still missing.
2. An appendix's own list (``Appendix A`` → ``References``; ``<section
   class="appendix">``) is its part's: its entries are not uncited against the main text.
   The document's only list, wherever it stands, stays its list.
3. Sections that only look like a list (``Sources of error``, ``Reading`` in a lesson plan,
   ``Literature`` about literature) are not taken for the list.

Own fixtures: an invented paper on harbour ledgers in each format.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.listscope import (
    Part,
    SectionHead,
    entry_parts,
    is_appendix_heading,
    is_further_reading_heading,
)
from bibcheck.readers.sourceheads import source_heads
from tests.helpers import docx_with_footnotes, word_run
from tests.test_reader_odt import note, odt
from tests.test_regex_growth import assert_linear

# ---------------------------------------------------------------- the headings themselves

READING = {
    "Further reading": True,
    "Further Readings": True,
    "Works consulted": True,
    "Suggested readings": True,
    "Recommended literature": True,
    "Weiterführende Literatur": True,
    "Zum Weiterlesen": True,
    "Lecturas recomendadas": True,
    "Bibliografía consultada": True,
    "Pour aller plus loin": True,
    "Pour en savoir plus": True,
    "Per approfondire": True,
    "Further reading and external links": True,
    "Recommended and further literature": True,
    "Recommended changes and literature review": False,
    "Дополнительная литература": True,
    "Further reading and literature": True,
    "The further reading of it": False,
    # a reading word alone names no list, nor does a list's own name
    "Further work": False,
    "Suggested improvements": False,
    "Recommendations": False,
    "References": False,
    "Literature": False,
    "Reading": False,
    "Sources of error": False,
    "Works cited": False,
}


@pytest.mark.parametrize(("text", "want"), READING.items())
def test_further_reading_heading(text: str, want: bool) -> None:
    assert is_further_reading_heading(text) is want


APPENDIX = {
    "Appendix": True,
    "Appendix A": True,
    "Appendix B: Survey instrument": True,
    "Appendices": True,
    "Anhang": True,
    "Anhang 2 – Fragebogen": True,
    "Annexe 1": True,
    "Apéndice I. Entrevistas": True,
    "Anexo A": True,
    "Bijlage 3": True,
    # words that begin the same, and an appendix named inside another heading
    "Appendicitis in children": False,
    "Annexation of the harbour": False,
    "Anhänger und Gegner": False,
    "Notes on the appendix": False,
    "References": False,
}


@pytest.mark.parametrize(("text", "want"), APPENDIX.items())
def test_appendix_heading(text: str, want: bool) -> None:
    assert is_appendix_heading(text) is want


H = SectionHead
PARTS = [
    # (headings, entry lines, parts)
    pytest.param(
        [H(1, 1, "Paper"), H(10, 2, "References"), H(20, 2, "Further reading")],
        [11, 12, 21],
        [Part.MAIN, Part.MAIN, Part.READING],
        id="reading-after-list",
    ),
    pytest.param(
        [H(10, 2, "References"), H(20, 3, "Further reading"), H(30, 2, "Appendix")],
        [11, 21, 31],
        [Part.MAIN, Part.READING, Part.MAIN],
        id="reading-sub-heading-closed-by-next-section",
    ),
    pytest.param(
        [H(10, 1, "Further reading"), H(12, 2, "Books"), H(20, 2, "Articles")],
        [13, 21],
        [Part.READING, Part.READING],
        id="parts-of-a-reading-list",
    ),
    pytest.param(
        [H(10, 2, "References"), H(20, 2, "Appendix A"), H(25, 3, "References")],
        [11, 26],
        [Part.MAIN, Part.APPENDIX],
        id="appendix-own-list",
    ),
    pytest.param(
        [H(10, 1, "Appendix A"), H(15, 2, "References"), H(20, 1, "Bibliography")],
        [16, 21],
        [Part.APPENDIX, Part.MAIN],
        id="appendix-before-the-list",
    ),
    pytest.param(
        [H(10, 1, "Anhang"), H(15, 2, "Literatur")],
        [16, 17],
        [Part.MAIN, Part.MAIN],
        id="only-list-in-appendix-stays-the-list",
    ),
    pytest.param(
        [H(10, 2, "References", appendix=True), H(20, 2, "Notes")],
        [11, 12],
        [Part.MAIN, Part.MAIN],
        id="list-heading-marked-appendix",
    ),
    pytest.param(
        [H(10, 2, "References"), H(20, 0, "Appendix A"), H(25, 0, "References")],
        [11, 26],
        [Part.MAIN, Part.MAIN],
        id="unknown-levels-nest-nothing",
    ),
]


@pytest.mark.parametrize(("heads", "lines", "want"), PARTS)
def test_entry_parts(heads: list[SectionHead], lines: list[int], want: list[Part]) -> None:
    assert entry_parts(lines, heads) == want


# ---------------------------------------------------------------- documents in each format

CITED = [
    "Berg, Anna. 2004. The Customs House and Its Books. London: Verso.",
    "Hale, Thomas. 2011. Clerks of the Port. Oxford: Clarendon Press.",
]
UNCITED = "Moss, Ian. 2015. Tides of Trade. Leeds: Northern Press."
MORE = [
    "Jones, Mark. 2020. Order in the Ledger. Hull: Maritime Books.",
    "Lee, Sara. 2018. Quays and Cranes. York: River Press.",
    "Quist, Ada. 2009. Cranes and Sheds. Bristol: Dock Press.",
    "Ruiz, Pablo. 2013. The Bonded Warehouse. Cardiff: Wharf Books.",
]
NOTES = ["Berg (2004), p. 12.", "Hale (2011), p. 40."]
APPENDIX_TEXT = "The survey of 1998 is reprinted here as it was printed, with its own sources."

# a document: its sections, each (level, heading, paragraphs or entries)
Section = tuple[int, str, list[str]]
Doc = list[Section]


def _md(doc: Doc, notes: list[str]) -> bytes:
    out = ["# Harbour ledgers", "", "The ledgers were read as trade records.[^1] Later work"]
    out += ["saw the clerks in them.[^2]", ""]
    out += [f"[^{k}]: {n}" for k, n in enumerate(notes, 1)] + [""]
    for level, head, items in doc:
        out += [f"{'#' * (level + 1)} {head}", ""]
        out += [f"- {e}" if e[0].isupper() and "20" in e else e for e in items] + [""]
    return "\n".join(out).encode()


def _html(doc: Doc, notes: list[str]) -> bytes:
    out = ["<!DOCTYPE html><html><head><title>Harbour ledgers</title></head><body>"]
    out += ["<h1>Harbour ledgers</h1>", "<p>The ledgers were read as trade records."]
    out += ['<sup><a href="#fn1" id="r1">1</a></sup> Later work saw the clerks.']
    out += ['<sup><a href="#fn2" id="r2">2</a></sup></p>', '<section class="footnotes"><ol>']
    out += [f'<li id="fn{k}">{n}</li>' for k, n in enumerate(notes, 1)] + ["</ol></section>"]
    for level, head, items in doc:
        opens = head.startswith("Appendix")
        if opens:
            out += ['<section class="appendix">']
            head = "The reprinted survey"
        out += [f"<h{level + 1}>{head}</h{level + 1}>"]
        out += _html_items(items)
    out += ["</section>" if any(h.startswith("Appendix") for _, h, _ in doc) else ""]
    return "\n".join([*out, "</body></html>"]).encode()


def _html_items(items: list[str]) -> list[str]:
    """Paragraphs (``**x**`` in bold) and runs of entries as lists, in order."""
    out: list[str] = []
    for item in items:
        if not ("20" in item or "19" in item[:30]):
            bold = item.startswith("**")
            out.append(f"<p><strong>{item[2:-2]}</strong></p>" if bold else f"<p>{item}</p>")
        elif out and out[-1] == "</ul>":
            out[-1:] = [f"<li>{item}</li>", "</ul>"]
        else:
            out += ["<ul>", f"<li>{item}</li>", "</ul>"]
    return out


def _org(doc: Doc, notes: list[str]) -> bytes:
    out = ["#+TITLE: Harbour ledgers", "", "* Introduction"]
    out += ["The ledgers were read as trade records.[fn:1] Later work saw the clerks.[fn:2]"]
    out += ["", "* Notes", *(f"[fn:{k}] {n}" for k, n in enumerate(notes, 1)), ""]
    for level, head, items in doc:
        out += [f"{'*' * level} {head}", *(f"- {e}" for e in items), ""]
    return "\n".join(out).encode()


def _adoc(doc: Doc, notes: list[str]) -> bytes:
    out = ["= Harbour ledgers", ""]
    out += [f"The ledgers were read as trade records.footnote:[{notes[0]}]", ""]
    out += [f"Later work saw the clerks.footnote:[{notes[1]}]", ""]
    for level, head, items in doc:
        out += [f"{'=' * (level + 1)} {head}", "", *(f"* {e}" for e in items), ""]
    return "\n".join(out).encode()


def _text(doc: Doc, notes: list[str]) -> bytes:
    out = ["Harbour ledgers", "", "The ledgers were read as trade records.1 Later work"]
    out += ["saw the clerks in them.2", "", "Notes", ""]
    out += [f"{k} {n}" for k, n in enumerate(notes, 1)] + [""]
    for _, head, items in doc:
        out += [head, "", *items, ""]
    return "\n".join(out).encode()


def _bold(text: str) -> str:
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(doc: Doc, notes: list[str]) -> bytes:
    def ref(i: int) -> str:
        return f'<w:r><w:footnoteReference w:id="{i}"/></w:r>'

    body = [
        f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{word_run("Harbour ledgers")}</w:p>',
        f"<w:p>{word_run('The ledgers were read as trade records.')}{ref(1)}"
        f"{word_run(' Later work saw the clerks.')}{ref(2)}</w:p>",
    ]
    for level, head, items in doc:
        body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>{word_run(head)}</w:p>')
        body += [
            f"<w:p>{_bold(e[2:-2]) if e.startswith('**') else word_run(e)}</w:p>" for e in items
        ]
    return docx_with_footnotes(body, notes)


def _odt(doc: Doc, notes: list[str]) -> bytes:
    body = (
        "<text:h text:outline-level='1'>Harbour ledgers</text:h>"
        f"<text:p>The ledgers were read as trade records.{note('1', notes[0])} "
        f"Later work saw the clerks.{note('2', notes[1])}</text:p>"
    )
    for level, head, items in doc:
        body += f"<text:h text:outline-level='{level}'>{head}</text:h>"
        body += "".join(f"<text:p>{e}</text:p>" for e in items)
    return odt(body)


Maker = Callable[[Doc, list[str]], bytes]
FORMATS: dict[str, tuple[Maker, str]] = {
    "pandoc-markdown": (_md, "paper.md"),
    "html": (_html, "paper.html"),
    "org": (_org, "paper.org"),
    "asciidoc": (_adoc, "paper.adoc"),
    "pdf-text": (_text, "paper.txt"),
    "docx": (_docx, "paper.docx"),
    "odt": (_odt, "paper.odt"),
}


def _read(fmt: str, doc: Doc, notes: list[str] = NOTES) -> ParsedDocument:
    make, name = FORMATS[fmt]
    return parse_bytes(make(doc, notes), name)


def _uncited(parsed: ParsedDocument) -> set[str]:
    """The surnames of the entries reported uncited."""
    by_line = {e.line: e.reference.raw.split(",")[0] for e in parsed.literature}
    return {
        by_line[a.line]
        for a in parsed.anomalies
        if a.code is AnomalyCode.LITERATURE_UNCITED and a.line is not None
    }


def _surnames(parsed: ParsedDocument) -> set[str]:
    return {e.reference.raw.split(",")[0] for e in parsed.literature}


READING_DOCS = [
    # (formats, document) : Moss in the list proper stays uncited, the reading list's never
    pytest.param(
        ["pandoc-markdown", "html", "pdf-text", "docx", "odt", "org"],
        [(1, "References", [*CITED, UNCITED]), (1, "Further reading", MORE)],
        id="further-reading",
    ),
    pytest.param(
        ["pandoc-markdown", "html", "docx", "odt", "asciidoc"],
        [(1, "References", [*CITED, UNCITED]), (2, "Further reading", MORE)],
        id="further-reading-sub-heading",
    ),
    pytest.param(
        ["pandoc-markdown", "html", "pdf-text", "docx", "odt"],
        [(1, "Works cited", [*CITED, UNCITED]), (1, "Works consulted", MORE)],
        id="works-consulted",
    ),
    pytest.param(
        ["pandoc-markdown", "docx"],
        [(1, "Literatur", [*CITED, UNCITED]), (1, "Weiterführende Literatur", MORE)],
        id="weiterfuehrende-literatur",
    ),
    pytest.param(
        ["pandoc-markdown", "odt"],
        [(1, "Bibliografía", [*CITED, UNCITED]), (1, "Lecturas recomendadas", MORE)],
        id="lecturas-recomendadas",
    ),
]


@pytest.mark.parametrize(
    ("part", "want"),
    [
        ("Further reading", {"Moss"}),
        ("Works consulted", {"Moss"}),
        ("Books", {"Moss", "Jones", "Lee"}),
    ],
)
@pytest.mark.parametrize("fmt", ["docx", "pandoc-markdown", "html"])
def test_part_heading_in_bold(fmt: str, part: str, want: set[str]) -> None:
    """A part of the list headed by a bold paragraph, not a heading: read, and scoped."""
    parsed = _read(fmt, [(1, "References", [*CITED, UNCITED, f"**{part}**", *MORE[:2]])])
    assert [e.reference.raw.split(",")[0] for e in parsed.literature] == [
        "Berg",
        "Hale",
        "Moss",
        "Jones",
        "Lee",
    ]
    assert _uncited(parsed) == want


@pytest.mark.parametrize(("formats", "doc"), READING_DOCS)
def test_further_reading_entries_are_never_uncited(formats: list[str], doc: Doc) -> None:
    for fmt in formats:
        parsed = _read(fmt, doc)
        assert parsed.reader == fmt
        assert {"Jones", "Lee"} <= _surnames(parsed), fmt  # the reading list is read
        assert _uncited(parsed) == {"Moss"}, fmt  # (the list proper's uncited work is said)


RST_CITED = """Harbour ledgers
===============

The ledgers were read as trade records [Berg2004]_.{note}

{definition}References
----------

.. [Berg2004] Berg, Anna. 2004. *The Customs House and Its Books*. London: Verso.
.. [Moss2015] Moss, Ian. 2015. *Tides of Trade*. Leeds: Northern Press.

{heading}
{underline}

.. [Jones2020] Jones, Mark. 2020. *Order in the Ledger*. Hull: Maritime Books.
.. [Lee2018] Lee, Sara. 2018. *Quays and Cranes*. York: River Press.
"""
WIKI = """'''Harbour ledgers''' were kept by clerks.<ref>{{{{harvnb|Berg|2004|p=12}}}}</ref>

== References ==
{{{{reflist}}}}

== Bibliography ==
* {{{{cite book |last=Berg |first=Anna |year=2004 |title=The Customs House |publisher=Verso}}}}
* {{{{cite book |last=Moss |first=Ian |year=2015 |title=Tides of Trade |publisher=Northern}}}}

== {heading} ==
* {{{{cite book |last=Jones |first=Mark |year=2020 |title=Order in the Ledger |publisher=Hull}}}}
* {{{{cite book |last=Lee |first=Sara |year=2018 |title=Quays and Cranes |publisher=River}}}}
"""
NOTE = (" Later work saw the clerks [#f1]_.", ".. [#f1] Hale (2011), p. 40.\n\n")
OWN = [
    # (name, text, the lines reported uncited): the citations of rst (beside notes or
    # cited directly) and MediaWiki's list under a further-reading title or another one
    pytest.param(
        "p.rst",
        RST_CITED.format(
            note=NOTE[0], definition=NOTE[1], heading="Further reading", underline="~" * 15
        ),
        {12},
        id="rst-citations-beside-notes",
    ),
    pytest.param(
        "p.rst",
        RST_CITED.format(note="", definition="", heading="Further reading", underline="~" * 15),
        {10},
        id="rst-citations-cited-directly",
    ),
    pytest.param(
        "p.rst",
        RST_CITED.format(note="", definition="", heading="Ships", underline="~" * 5),
        {10, 15, 16},
        id="rst-citations-under-another-title",
    ),
    pytest.param("p.wiki", WIKI.format(heading="Further reading"), {8}, id="mediawiki"),
    pytest.param("p.wiki", WIKI.format(heading="Sources"), {8, 11, 12}, id="mediawiki-sources"),
]


@pytest.mark.parametrize(("name", "text", "want"), OWN)
def test_further_reading_where_the_reader_reports_uncited(
    name: str, text: str, want: set[int]
) -> None:
    parsed = parse_bytes(text.encode(), name)
    got = {a.line for a in parsed.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED}
    assert got == want


LATEX = """\\documentclass{{article}}
\\begin{{document}}
\\section{{Introduction}}
The ledgers were read as trade records~\\cite{{berg}}.
\\section{{{heading}}}
{text}
\\begin{{thebibliography}}{{9}}
\\bibitem{{berg}} A. Berg, \\emph{{The Customs House and Its Books}}. London: Verso, 2004.
\\bibitem{{hale}} T. Hale, \\emph{{Clerks of the Port}}. Oxford: Clarendon Press, 2011.
\\bibitem{{moss}} I. Moss, \\emph{{Tides of Trade}}. Leeds: Northern Press, 2015.
\\end{{thebibliography}}
\\end{{document}}
"""
LATEX_DOCS = [
    # a further-reading section of prose before the list: the list is the document's
    pytest.param(
        "Further reading", "Start with the survey by Hale~\\cite{hale}.", {10}, id="prose"
    ),
    # the list printed right under a further-reading heading: its works need no citation
    pytest.param("Further reading", "", set(), id="list-under-the-heading"),
    pytest.param("Ships", "", {9, 10}, id="list-under-another-heading"),
]


@pytest.mark.parametrize(("heading", "text", "want"), LATEX_DOCS)
def test_latex_list_under_a_further_reading_heading(
    heading: str, text: str, want: set[int]
) -> None:
    parsed = parse_bytes(LATEX.format(heading=heading, text=text).encode(), "paper.tex")
    got = {a.line for a in parsed.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED}
    assert got == want


@pytest.mark.parametrize("fmt", ["pandoc-markdown", "html", "docx", "odt"])
def test_only_a_further_reading_list(fmt: str) -> None:
    """Only a further-reading list: none of its works is uncited, and the document is not
    clean: a note citing a work no list holds lacks its entry, or the list is said to be
    unread, or no list is found, as before."""
    parsed = _read(fmt, [(1, "Further reading", [CITED[1], *MORE])])
    said = {a.code for a in parsed.anomalies}
    assert said & {
        AnomalyCode.LITERATURE_MISSING,
        AnomalyCode.UNREAD_REGION,
        AnomalyCode.NO_LITERATURE_LIST,
    }
    assert _uncited(parsed) == set()


APPENDIX_DOCS = [
    pytest.param(
        ["pandoc-markdown", "html", "docx", "odt", "asciidoc", "org"],
        [
            (1, "References", [*CITED, UNCITED]),
            (1, "Appendix A: The survey", [APPENDIX_TEXT]),
            (2, "References", MORE[:2]),
        ],
        {"Moss"},
        id="appendix-own-list",
    ),
    pytest.param(
        ["pandoc-markdown", "docx", "odt", "asciidoc"],
        [(1, "Anhang", [APPENDIX_TEXT]), (2, "Literatur", [*CITED, UNCITED])],
        {"Moss"},
        id="only-list-in-an-appendix-stays-the-list",
    ),
    pytest.param(
        ["pandoc-markdown", "html", "docx", "odt", "asciidoc"],
        [
            (1, "Appendix A: The survey", [APPENDIX_TEXT]),
            (1, "References", [*CITED, UNCITED, *MORE[:2]]),
        ],
        {"Moss", "Jones", "Lee"},
        id="list-after-the-appendix-is-the-documents",
    ),
]


@pytest.mark.parametrize(("formats", "doc", "want"), APPENDIX_DOCS)
def test_appendix_lists_belong_to_their_part(formats: list[str], doc: Doc, want: set[str]) -> None:
    for fmt in formats:
        parsed = _read(fmt, doc)
        assert {"Berg", "Hale", "Moss"} <= _surnames(parsed), fmt  # the list proper is read
        assert _uncited(parsed) == want, fmt
        assert not [a for a in parsed.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]


LOOK_ALIKES = [
    pytest.param(
        [
            (1, "References", CITED),
            (1, "Sources of error", ["the gauge stood under a tree, so rain never reached it"]),
            (2, "Reading", ["pupils read the short text on clouds in their workbook first"]),
        ],
        id="lesson-plan",
    ),
    pytest.param(
        [
            (1, "Bibliography", CITED),
            (
                1,
                "Literature",
                [
                    "The literature of travel has always borrowed from the letters and diaries "
                    "of those who went abroad, and the novels of the period show how much the "
                    "writers took from the guide books that their readers carried with them on "
                    "their journeys across the continent and far beyond it."
                ],
            ),
        ],
        id="literature-as-a-subject",
    ),
]


@pytest.mark.parametrize("doc", LOOK_ALIKES)
@pytest.mark.parametrize("fmt", ["pandoc-markdown", "html", "docx", "odt"])
def test_content_sections_are_no_list(fmt: str, doc: Doc) -> None:
    parsed = _read(fmt, doc)
    assert _surnames(parsed) == {"Berg", "Hale"}
    assert _uncited(parsed) == set()
    assert not [a for a in parsed.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]


# ---------------------------------------------------------------- headings per format

SOURCES = [
    pytest.param(
        "pandoc-markdown",
        "# Paper\n\nText.\n\nReferences\n----------\n\n## Appendix B {.appendix}\n",
        [(1, 1, "Paper", False), (5, 2, "References", False), (8, 2, "Appendix B", True)],
        id="markdown-atx-setext-attributes",
    ),
    pytest.param(
        "pandoc-markdown",
        "---\nbibliography: refs.bib\n---\n\n- an item\n---\n",
        [],
        id="markdown-yaml-and-rules-are-no-setext",
    ),
    pytest.param(
        "html",
        '<h1>Paper</h1><section class="appendix"><h2>Survey</h2>\n<h3>Refs\n</h3>',
        [(1, 1, "Paper", False), (1, 2, "Survey", True), (2, 3, "Refs", False)],
        id="html-one-line-and-appendix-section",
    ),
    pytest.param(
        "rst",
        "=====\nPaper\n=====\n\nText.\n\nReferences\n----------\n\nMore\n~~~~\n",
        [(2, 1, "Paper", False), (7, 2, "References", False), (10, 3, "More", False)],
        id="rst-adornment-order",
    ),
    pytest.param(
        "org",
        "* Paper\n** Further reading :noexport:\n*bold* text\n",
        [(1, 1, "Paper", False), (2, 2, "Further reading", False)],
        id="org-stars-and-tags",
    ),
    pytest.param(
        "asciidoc",
        "= Paper\n\n[appendix]\n== Survey\n\n=== References\n",
        [(1, 1, "Paper", False), (4, 2, "Survey", True), (6, 3, "References", False)],
        id="asciidoc-appendix-attribute",
    ),
    pytest.param(
        "latex",
        "\\section*{Further reading}\n\\subsection[s]{Books}\n",
        [(1, 3, "Further reading", False), (2, 4, "Books", False)],
        id="latex-sectioning",
    ),
    pytest.param(
        "latex",
        "\\section{Notes}\nText.\n\\begin{thebibliography}{9}\n",
        [(1, 3, "Notes", False), (3, 3, "References", False)],
        id="latex-bibliography-heads-its-own-section",
    ),
    pytest.param(
        "latex",
        "\\renewcommand{\\refname}{Further Reading}\n\\chapter{A}\nText.\n"
        "\\begin{thebibliography}{9}\n",
        [(2, 2, "A", False), (4, 2, "Further Reading", False)],
        id="latex-refname-renamed",
    ),
    pytest.param(
        "latex",
        "\\section*{Further reading}\n\n\\begin{thebibliography}{9}\n",
        [(1, 3, "Further reading", False)],
        id="latex-bibliography-under-its-heading",
    ),
    pytest.param(
        "pdf-text",
        "References\nBerg, A. 2004. Title.\nWorks consulted\nThe further reading of it\n",
        [(1, 0, "References", False), (3, 0, "Works consulted", False)],
        id="plain-text-lines-naming-a-list",
    ),
    pytest.param("mediawiki", "== Further reading ==\n", [], id="mediawiki-scopes-its-own"),
]


@pytest.mark.parametrize(("reader", "text", "want"), SOURCES)
def test_source_heads(reader: str, text: str, want: list[tuple[int, int, str, bool]]) -> None:
    got = [(h.line, h.level, h.text, h.appendix) for h in source_heads(reader, text.split("\n"))]
    assert got == want


# ---------------------------------------------------------------- linear on hostile lines

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "<h2>" * (n // 4), id="open-headings"),
    pytest.param(lambda n: '<div class="x ' * (n // 14), id="open-classes"),
    pytest.param(lambda n: "Appendix " * (n // 9), id="appendix-words"),
    pytest.param(lambda n: "# " + "further reading " * (n // 16), id="reading-words"),
    pytest.param(lambda n: "\\section{" * (n // 9), id="open-sections"),
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("reader", ["pandoc-markdown", "html", "rst", "org", "latex", "asciidoc"])
def test_source_heads_are_linear(reader: str, line: Callable[[int], str]) -> None:
    assert_linear(lambda text: source_heads(reader, [text, "=" * 20, text]), line)


@pytest.mark.parametrize("line", LINES)
def test_heading_tests_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: (is_appendix_heading(text), is_further_reading_heading(text)), line)
