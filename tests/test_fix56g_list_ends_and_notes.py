"""Fix 56g: where a typed Word/ODT reference list ends, notes that are not footnote
markup, and small project points.  Own fixtures, written in the shapes real documents
use (none copied from a corpus document).

* a list's end is decided by what its paragraphs hold (:mod:`bibcheck.readers.listclose`):
  an entry set in a heading style by a slip stays an entry; a plain ``Ábrajegyzék`` /
  ``Appendix`` paragraph or an appendix's data table ends the list; author-date
  citations of a list whose typed numbers repeat link by place, not by number;
* Pandoc's gfm / commonmark end-notes (``[1] text`` paragraphs ending the document) are
  read as notes (:func:`bibcheck.readers.endnotetext.bare_end_notes`);
* ``\\footnotemark`` in a box with its ``\\footnotetext`` after it pair in order;
* ``doi = {none}`` is no DOI; an unclosed Pandoc citation bracket is reported; path
  macros in LaTeX include and bibliography names are expanded (or said undefined); a
  Quarto header's ``\\addbibresource`` names the bibliography.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.parse.references.nodoi import says_no_doi
from bibcheck.readers.endnotetext import bare_end_notes, without_comments
from bibcheck.readers.latex.bibmacros import expanded_path
from bibcheck.readers.listafter import ends_list
from bibcheck.readers.listclose import reads_as_entry
from bibcheck.readers.pandocopen import unclosed_openings
from bibcheck.readers.quartoheader import bib_names, header_bibliographies
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# A small DOCX builder: paragraphs with a style, bold runs, tables
# --------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = (
    f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_OFFICE}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOC_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId2" Type="{_OFFICE}/styles" Target="styles.xml"/></Relationships>'
)
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>'
)


def _p(text: str, style: str = "", bold: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _h(text: str) -> str:
    return _p(text, "H1")


def _table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{_p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def _docx(*body: str) -> bytes:
    doc = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
        f"{''.join(body)}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", _STYLES)
    return buf.getvalue()


def _entries(doc: ParsedDocument) -> list[str]:
    return [e.reference.raw.split()[0].strip(",.") for e in doc.literature]


def _linked(doc: ParsedDocument) -> dict[int, str]:
    """The paragraph of each citation -> the first word of the entry it is tied to, as a
    sorted "line:Name" list per line."""
    by_number = {e.number: e.reference.raw.split()[0].strip(",.") for e in doc.literature}
    out: dict[int, list[str]] = {}
    for fn in doc.footnotes:
        if fn.literature is not None:
            for m in fn.markers or ():
                out.setdefault(m.line, []).append(by_number[fn.literature.number])
    return {line: " ".join(sorted(names)) for line, names in out.items()}


# --------------------------------------------------------------------------
# 1. Where a typed list ends
# --------------------------------------------------------------------------

GERMAN_BODY = _p(
    "Die Montage gilt als Verfahren der Moderne (Keller 2017, S. 12). Früh beschrieb man "
    "sie als Schnitt (Brandt/Fiedler 2020). Die Presse nutzte sie (Nolte 2012; Weiß 1978)."
)
GERMAN_ENTRIES = [
    "Keller, Elisabeth: Montage und Moderne. Wien: LIT 2017.",
    "Brandt, Veronika/ Fiedler, Magnus: Schnitt und Text. Eine Einführung. Tübingen: Narr 2020.",
    "Nolte, Andreas: Das Feuilleton der Zwischenkriegszeit. Berlin: de Gruyter 2012.",
    "Weiß, Hilde: Die Zeitung als Bühne. Salzburg: Residenz 1978.",
]
HUNGARIAN_BODY = _p(
    "A szőlő nemesítése régi hagyomány (Zadori és Lőrincz, 2015). A hibridek értékelése "
    "(Balog, 1991) szerint fontos, és a termés minősége (Hajós, 2013) is számít."
)
HUNGARIAN_ENTRIES = [
    "1. Balog I. (1991): Szőlőfajták. Mezőgazdasági Kiadó, Budapest. 320 p.",
    "2. Hajós K. (2013): A bor minősége. Kertészet és Szőlészet 62 (4): 12–14.",
    "3. Zadori A., Lőrincz A. (2015): Nemesítés a gyakorlatban. Agroinform, Budapest. 88 p.",
]
ENGLISH_BODY = _p(
    "Well-being is more than the absence of illness (Carr, 2019; Fava & Guidi, 2020). "
    "Guidelines for such scales exist (Mok et al., 2018)."
)
ENGLISH_ENTRIES = [
    "Carr, D. (2019). Euthymia and well-being. Psychotherapy and Psychosomatics, 88(1), 1–5.",
    "Fava, G. A., & Guidi, J. (2020). The pursuit of euthymia. World Psychiatry, 19(1), 40–50.",
    "Mok, L. B., Terwee, C. B., & de Vet, H. C. (2018). Guideline for outcome measures. "
    "Quality of Life Research, 27(5), 1147–1157.",
]
DATA_TABLE = _table([["Item", "T2", "T3"], ["20", "31", "12"], ["ja", "nein", "13"]])

LIST_CASES = [
    pytest.param(
        (
            _h("Einleitung"),
            GERMAN_BODY,
            _h("Literaturverzeichnis"),
            _p(GERMAN_ENTRIES[0]),
            _h(GERMAN_ENTRIES[1]),  # an entry set in "Überschrift 1" by a slip
            *(_p(e) for e in GERMAN_ENTRIES[2:]),
        ),
        ["Keller", "Brandt", "Nolte", "Weiß"],
        id="de-entry-in-heading-style-kept",
    ),
    pytest.param(
        (
            _h("Einleitung"),
            GERMAN_BODY,
            _h("Literaturverzeichnis"),
            *(_p(e) for e in GERMAN_ENTRIES),
            _h("Anhang"),
            _p("Die folgenden Tabellen zeigen die Auszählung der Feuilletons."),
        ),
        ["Keller", "Brandt", "Nolte", "Weiß"],
        id="de-real-heading-still-ends",
    ),
    pytest.param(
        (
            _h("Einleitung"),
            GERMAN_BODY,
            _h("Literaturverzeichnis"),
            *(_p(e) for e in GERMAN_ENTRIES),
            # reads like an entry, but prose follows it: a heading after the list
            _h("Keller, Elisabeth: Nachwort zur Neuauflage. Wien 2017."),
            _p("Dieses Nachwort erzählt, wie die Arbeit entstand und wem sie dankt."),
        ),
        ["Keller", "Brandt", "Nolte", "Weiß"],
        id="de-entry-like-heading-over-prose-ends",
    ),
    pytest.param(
        (
            _h("Bevezetés"),
            HUNGARIAN_BODY,
            _h("IRODALOMJEGYZÉK"),
            *(_p(e) for e in HUNGARIAN_ENTRIES),
            _p("ÁBRAJEGYZÉK", bold=True),
            _p("1. Kovács B. (2002): Ültetvény térkép. Saját szerkesztés."),
            _p("X. MELLÉKLETEK", bold=True),
            DATA_TABLE,
        ),
        ["Balog", "Hajós", "Zadori"],
        id="hu-plain-figure-list-heading-ends",
    ),
    pytest.param(
        (
            _h("Introduction"),
            ENGLISH_BODY,
            _h("References"),
            *(_p(e) for e in ENGLISH_ENTRIES),
            _p("Appendix", bold=True),
            DATA_TABLE,
        ),
        ["Carr", "Fava", "Mok"],
        id="en-plain-appendix-ends",
    ),
    pytest.param(
        (_h("Introduction"), ENGLISH_BODY, _h("References"), *(_p(e) for e in ENGLISH_ENTRIES),
         DATA_TABLE),
        ["Carr", "Fava", "Mok"],
        id="en-data-table-right-after-the-list-ends",
    ),
    pytest.param(
        (
            _h("Introduction"),
            ENGLISH_BODY,
            _h("References"),
            # a list rendered as a table: its cells hold the entries (negative case)
            _table([[e] for e in ENGLISH_ENTRIES]),
        ),
        ["Carr", "Fava", "Mok"],
        id="en-list-as-table-kept",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), LIST_CASES)
def test_typed_list_ends_by_content(body: tuple[str, ...], expected: list[str]) -> None:
    doc = parse_bytes(_docx(*body), "thesis.docx")
    assert _entries(doc) == expected
    assert not [a for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]


def test_author_date_never_resolved_through_repeated_numbers() -> None:
    entries = [
        "1. Alkai J. (2000): Szőlőtermesztés. Mezőgazda Kiadó, Budapest. 210 p.",
        "2. Balog I. (1991): Szőlőfajták. Mezőgazdasági Kiadó, Budapest. 320 p.",
        "1. Kovács B. (2002): Ültetvény térkép. Saját szerkesztés, Budapest.",
        "2. Bakos F., Vida P. (2018): Fürt fotó. Saját felvétel, Budapest.",
    ]
    body = _p("A termés mennyisége (Alkai, 2000) és a térkép (Kovács, 2002) is számít.")
    doc = parse_bytes(
        _docx(_h("Bevezetés"), body, _h("Irodalom"), *(_p(e) for e in entries)), "a.docx"
    )
    assert _linked(doc) == {2: "Alkai Kovács"}  # Kovács is entry 3, not "1" (Alkai)
    uncited = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
    assert len(uncited) == 2  # Balog and Bakos are truly uncited


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Brandt, Veronika/ Fiedler, Magnus: Schnitt und Text. Tübingen: Narr 2020.", True),
        ("Zadori A., Lőrincz A. (2015): Nemesítés a gyakorlatban. Agroinform, Budapest.", True),
        ("Carr, D. (2019). Euthymia and well-being. Psychotherapy, 88(1), 1–5.", True),
        ("3. Hajós K. (2013): A bor minősége. Kertészet és Szőlészet 62 (4): 12–14.", True),
        ("2. Ergebnisse", False),
        ("Appendix A: Items of the scale", False),
        ("T2", False),
        ("Results of the 2019 harvest in the northern vineyards were poor", False),
    ],
)
def test_reads_as_entry(text: str, entry: bool) -> None:
    assert reads_as_entry(text) is entry


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("ÁBRAJEGYZÉK", True),
        ("X. MELLÉKLETEK", True),
        ("Táblázatjegyzék", True),
        ("Függelék", True),
        ("Bijlagen", True),
        ("Bilagor", True),
        ("Spis rysunków", True),
        ("Приложение", True),
        ("Apêndice A", True),
        ("Mellékletek és források listája a könyvtárban", False),
        ("Balog I. (1991): Függelék. Budapest.", False),
        ("Bilateral trade", False),
    ],
)
def test_blocks_after_a_list(line: str, ends: bool) -> None:
    assert ends_list(line) is ends


# --------------------------------------------------------------------------
# 2. Pandoc gfm / commonmark end-notes
# --------------------------------------------------------------------------

_NOTE_TEXTS = [
    "Ann Keller, “The Compiler Slept Here,” *Traditio* 35 (1979): 145–72.",
    "(trans. AK) “Our best source is the book.” John Weir, *The Jurist* (Washington, DC: "
    "Catholic University of America Press, 2016), 33.",
    "Robert Linden, *The Making of the Codex* (Cambridge: Cambridge University Press, "
    "2000), 122–45.",
]
_BODY = [
    "The code is a striking achievement of the twelfth century. Most of what was",
    "thought known has proved to be legend,[1] and the text is the best guide.[2]",
    "",
    "Four manuscripts preserve an earlier version.[3]",
    "",
    "<!-- draft remark: see [9] in the old numbering -->",
    "",
]


def _gfm(form: Callable[[int, str], str], body: list[str] = _BODY) -> list[str]:
    lines = list(body)
    for k, text in enumerate(_NOTE_TEXTS, 1):
        lines += [form(k, text), ""]
    return lines


NOTE_CASES = [
    pytest.param(_gfm(lambda k, t: f"[{k}] {t}"), ["1", "2", "3"], id="gfm-bracket"),
    pytest.param(_gfm(lambda k, t: f"[{k}]: {t}"), ["1", "2", "3"], id="bracket-colon"),
    pytest.param(
        [*_gfm(lambda k, t: f"[{k}] {t}")[:-1], "", "A second paragraph of the last note."],
        ["1", "2", "3"],
        id="note-of-two-paragraphs",
    ),
    # negatives: a reference list cited again ([1] twice) is no notes; nor are bracketed
    # paragraphs followed by more text; nor notes numbered without brackets and no rule
    pytest.param(
        _gfm(lambda k, t: f"[{k}] {t}", [*_BODY[:4], "As shown before [1].", ""]),
        None,
        id="reused-number-is-a-list",
    ),
    pytest.param(
        [*_gfm(lambda k, t: f"[{k}] {t}"), "## Conclusion", "", "The end."],
        None,
        id="not-at-the-end",
    ),
    pytest.param(_gfm(lambda k, t: f"{k} {t}"), None, id="unbracketed-without-rule"),
]


@pytest.mark.parametrize(("lines", "labels"), NOTE_CASES)
def test_bare_end_notes(lines: list[str], labels: list[str] | None) -> None:
    found = bare_end_notes(lines)
    if labels is None:
        assert found is None
        return
    assert found is not None
    assert [n.label for n in found.notes] == labels
    assert found.notes[1].text.startswith("(trans. AK)")


def test_gfm_end_notes_read_as_notes(tmp_path: Path) -> None:
    path = tmp_path / "chapter.markdown"
    path.write_text("\n".join(_gfm(lambda k, t: f"[{k}] {t}")) + "\n", encoding="utf-8")
    doc = parse_file(path)
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3"]
    assert [m.line for fn in doc.footnotes for m in fn.markers] == [2, 2, 4]
    assert not [a for a in doc.all_anomalies() if a.code is C.MARKER_WITHOUT_DEFINITION]


@pytest.mark.parametrize("anchor", ['<span id="fn{k}"></span>', '<a id="fn{k}"></a>', ""])
def test_commonmark_end_notes_with_anchors(tmp_path: Path, anchor: str) -> None:
    body = [line.replace("[1]", "<sup>[1](#fn1)</sup>") for line in _BODY[:4]]
    body = [line.replace("[2]", "<sup>[2](#fn2)</sup>") for line in body]
    body = [*body, "Four manuscripts preserve it.<sup>[3](#fn3)</sup>", "", "-" * 72, ""]
    for k, text in enumerate(_NOTE_TEXTS, 1):
        body += [f"{k}.  {anchor.format(k=k)}{text}[↩](#fnref{k})", ""]
    path = tmp_path / "chapter.md"
    path.write_text("\n".join(body), encoding="utf-8")
    doc = parse_file(path)
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3"]
    assert doc.footnotes[0].reference.authors == ("Ann Keller",)
    assert "<span" not in doc.footnotes[0].reference.raw


@pytest.mark.parametrize(
    ("extra", "unread"),
    [
        ("As said before [1], see [the archive](https://example.org/archive).", True),
        ("See [the archive](https://example.org/archive).", False),  # read as notes
    ],
)
def test_unread_trailing_notes_are_said(tmp_path: Path, extra: str, unread: bool) -> None:
    lines = _gfm(lambda k, t: f"[{k}] {t}")
    path = tmp_path / "chapter.markdown"
    path.write_text("\n".join([*lines[:3], extra, *lines[3:]]), encoding="utf-8")
    doc = parse_file(path, reader="markdown-links")
    said = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert bool(said) is True  # the links reader reads no notes: said either way
    assert "[1] to [3]" in said[0].message
    if not unread:  # chosen freely, the notes are read
        assert [fn.label for fn in parse_file(path).footnotes] == ["1", "2", "3"]


def test_comments_blanked_lines_kept() -> None:
    assert without_comments(["a <!-- x", "y --> b", "c"]) == ["a ", " b", "c"]
    assert without_comments(["a <!-- never closed", "b"]) == ["a <!-- never closed", "b"]


# --------------------------------------------------------------------------
# 3. \footnotemark in a box, \footnotetext after it
# --------------------------------------------------------------------------

_BIB = (
    "@book{smith, author={Smith, John}, title={Syntax}, publisher={Narr}, year={1990}}\n"
    "@book{jones, author={Jones, Ann}, title={Morphology}, publisher={Niemeyer}, year={1995}}\n"
)


def _latex(tmp_path: Path, body: str) -> ParsedDocument:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / "main.tex"
    path.write_text(
        "\\documentclass{article}\n"
        "\\newcommand{\\longex}[1]{\\begin{minipage}[t]{.8\\linewidth}#1\\end{minipage}}\n"
        f"\\begin{{document}}\n{body}\n\\bibliography{{refs}}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    return parse_file(path)


MARK_CASES = [
    pytest.param(
        "Text.\\footnote{A plain note.}\n"
        "\\begin{exe}\n\\ex An example.\\footnotemark\n\\footnotetext{\\cite{smith}}\n"
        "\\ex \\longex{A long example.\\footnotemark}\n\\footnotetext{\\cite{jones}}\n"
        "\\end{exe}\nMore.\\footnote{A later note.}",
        ["1", "2", "minipage1.a", "3"],
        id="mark-in-box-text-after",
    ),
    pytest.param(
        "\\longex{A boxed example.\\footnotemark\\footnotetext{\\cite{smith}}}\n"
        "Text.\\footnote{A plain note.}",
        ["minipage1.a", "1"],
        id="mark-and-text-in-box",
    ),
    pytest.param(
        "A\\footnotemark, B\\footnotemark.\n\\addtocounter{footnote}{-1}\n"
        "\\footnotetext{\\cite{smith}}\\stepcounter{footnote}\\footnotetext{\\cite{jones}}",
        ["1", "2"],
        id="table-idiom-unchanged",
    ),
]


@pytest.mark.parametrize(("body", "labels"), MARK_CASES)
def test_footnotemark_pairs(tmp_path: Path, body: str, labels: list[str]) -> None:
    doc = _latex(tmp_path, body)
    notes = [fn.label for fn in doc.footnotes if fn.label not in ("smith", "jones")]
    assert notes == labels
    bad = {C.MARKER_WITHOUT_DEFINITION, C.DUPLICATE_DEFINITION}
    assert not [a for a in doc.all_anomalies() if a.code in bad]


# --------------------------------------------------------------------------
# 4. Small points
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "none"),
    [
        ("none", True),
        ("{None}", True),
        ("n/a", True),
        ("N.A.", True),
        ("-", True),
        ("—", True),
        ("no DOI", True),
        ("keine", True),
        ("10.1234/abc", False),
        ("nonexistent", False),
        ("10/none", False),
    ],
)
def test_says_no_doi(value: str, none: bool) -> None:
    assert says_no_doi(value) is none


def test_doi_none_is_no_invalid_doi(tmp_path: Path) -> None:
    (tmp_path / "d.bib").write_text(
        "@book{a, author={Lee, Ann}, title={Phonology}, publisher={X}, year={1995}, doi={none}}\n"
        "@book{b, author={Ng, Bo}, title={Semantics}, publisher={Y}, year={1996}, doi={n/a}}\n"
        "@book{c, author={Ode, Cy}, title={Pragmatics}, publisher={Z}, year={1997}, "
        "doi={10.12 34}}\n",
        encoding="utf-8",
    )
    path = tmp_path / "p.tex"
    path.write_text(
        "\\documentclass{article}\\begin{document}\\cite{a}, \\cite{b}, \\cite{c}."
        "\\bibliography{d}\\end{document}\n",
        encoding="utf-8",
    )
    invalid = [a for a in parse_file(path).all_anomalies() if a.code is C.DOI_INVALID]
    assert len(invalid) == 1 and "10.12 34" in invalid[0].message  # the real slip only


UNCLOSED_CASES = [
    pytest.param(
        "Motion conveys emotion [@nakata98;@masuda10 and the model of affect [@mehr96].",
        ["nakata98", "masuda10"],
        id="unclosed-before-another-group",
    ),
    pytest.param("As argued [@allport54; @pettigrew98", ["allport54", "pettigrew98"], id="eol"),
    pytest.param("As argued [@allport54;\n@pettigrew98] before.", [], id="closed-next-line"),
    pytest.param("See [@allport54] and [the list](#x).", [], id="closed"),
    pytest.param("Mail [me] at x@a.org [today. Shown [@allport54].", [], id="no-group"),
]


@pytest.mark.parametrize(("text", "keys"), UNCLOSED_CASES)
def test_unclosed_citation_brackets(tmp_path: Path, text: str, keys: list[str]) -> None:
    names = ["nakata98", "masuda10", "mehr96", "allport54", "pettigrew98"]
    (tmp_path / "r.bib").write_text(
        "".join(f"@book{{{k}, author={{A, B}}, title={{T {k}}}, year={{1999}}}}\n" for k in names),
        encoding="utf-8",
    )
    path = tmp_path / "p.md"
    path.write_text(f"---\nbibliography: r.bib\n---\n\n{text}\n", encoding="utf-8")
    doc = parse_file(path)
    damaged = [a for a in doc.all_anomalies() if a.code is C.DOCUMENT_DAMAGED]
    assert len(damaged) == (1 if keys else 0)
    cited = {fn.label for fn in doc.footnotes}
    assert set(keys) <= cited  # every key of the unclosed group is kept
    assert len(unclosed_openings(text)) == (1 if keys else 0)


@pytest.mark.parametrize(
    ("name", "texts", "expected"),
    [
        ("\\econRoot/Appendices/a", ["\\newcommand{\\econRoot}{.}"], ("./Appendices/a", ())),
        ("\\bibdir/refs", ["\\def\\bibdir{bib}"], ("bib/refs", ())),
        ("\\bibfilesfound", ["\\newcommand{\\other}{x}"], ("\\bibfilesfound", ("bibfilesfound",))),
        ("\\para/x", ["\\newcommand{\\para}[1]{#1}"], ("\\para/x", ("para",))),
    ],
)
def test_expanded_path(name: str, texts: list[str], expected: tuple[str, tuple[str, ...]]) -> None:
    assert expanded_path(name, texts) == expected


def test_path_macros_in_a_latex_project(tmp_path: Path) -> None:
    (tmp_path / "sections").mkdir()
    (tmp_path / "sections" / "one.tex").write_text("Section text \\cite{jones}.\n", "utf-8")
    (tmp_path / "root.tex").write_text("\\newcommand{\\paperRoot}{.}\n", "utf-8")
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\input{root}\n\\begin{document}\nIntro \\cite{smith}.\n"
        "\\input{\\paperRoot/sections/one}\n\\bibliography{\\paperRoot/refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(main)
    assert {fn.label for fn in doc.footnotes} == {"smith", "jones"}
    assert not doc.all_anomalies()
    other = tmp_path / "other.tex"
    other.write_text(
        "\\documentclass{article}\\begin{document}Intro \\cite{smith}.\n"
        "\\bibliography{\\bibfilesfound}\\end{document}\n",
        encoding="utf-8",
    )
    said = [
        a.message for a in parse_file(other).all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE
    ]
    assert len(said) == 1 and "named by a macro (\\bibfilesfound)" in said[0]


def test_quarto_header_bibliographies(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "preamble.tex").write_text(
        "\\usepackage{biblatex}\n% \\addbibresource{old.bib}\n\\addbibresource{config/thesis.bib}\n",
        encoding="utf-8",
    )
    (tmp_path / "config" / "thesis.bib").write_text(_BIB, encoding="utf-8")
    data = {"format": {"pdf": {"include-in-header": ["config/preamble.tex"]}}}
    assert header_bibliographies(data, tmp_path) == ["config/thesis.bib"]
    inline = {"include-in-header": {"text": "\\bibliography{a,b}"}}
    assert header_bibliographies(inline, tmp_path) == ["a.bib", "b.bib"]
    assert bib_names("\\addbibresource{\\x}") == []  # a macro names no file here
    path = tmp_path / "doc.qmd"
    path.write_text(
        "---\ntitle: Crédito\nformat:\n  pdf:\n    cite-method: biblatex\n"
        "    include-in-header:\n      - config/preamble.tex\n---\n\nO crédito [@smith].\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [fn.literature is not None for fn in doc.footnotes] == [True]
    assert not doc.all_anomalies()


# --------------------------------------------------------------------------
# Growth
# --------------------------------------------------------------------------

LINES = [
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "[@a " * (n // 4), id="open-groups"),
    pytest.param(lambda n: "[@a]" * (n // 4), id="closed-groups"),
    pytest.param(lambda n: "Smith, " * (n // 7), id="commas"),
    pytest.param(lambda n: "\\x" * (n // 2), id="macros"),
    pytest.param(lambda n: "a" * n, id="one-word"),
]


@pytest.mark.parametrize("line", LINES)
def test_new_scans_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(unclosed_openings, line)
    assert_linear(lambda t: unclosed_openings(t.replace(" ", "\n")), line)
    assert_linear(reads_as_entry, line)
    assert_linear(bib_names, line)
    assert_linear(lambda t: expanded_path(t, ["\\newcommand{\\x}{y}"]), line)
    assert_linear(says_no_doi, line)
    assert_linear(lambda t: Counter(without_comments([t, "<!--", t])), line)
